using System.Text;
using Markdig.Parsers;
using Markdig.Syntax;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>A display equation standing as its own block: <c>$$…$$</c>, <c>\[…\]</c>, <c>\\[…\\]</c> or a bare
/// <c>\begin{equation}…\end{equation}</c>. It may span many lines, blank ones included.</summary>
public sealed class MathBlock : LeafBlock, IMathExpression
{
    public MathBlock(BlockParser parser) : base(parser)
    {
        // The body is TeX, never Markdown.
        ProcessInlines = false;
    }

    public string Tex { get; internal set; } = "";

    public bool IsDisplay => true;

    public MathDelimiter Delimiter { get; internal set; }

    public int TexLine { get; internal set; }

    public int TexColumn { get; internal set; }

    /// <summary>Punctuation written right after the closing delimiter (<c>$$x$$.</c>), shown after the equation.</summary>
    public string? TrailingPunctuation { get; internal set; }

    /// <summary>The id of a Quarto/pandoc-crossref attribute after the closing delimiter (<c>$$ … $$ {#eq-x}</c>): the
    /// equation gets a number and this label.</summary>
    public string? AttributeLabel { get; internal set; }

    // Parser state while the block is open.
    internal string Closer { get; set; } = "";
    internal bool OpenerAlone { get; set; }
    internal bool IsClosed { get; set; }
    internal bool IsRunaway { get; set; }
    /// <summary>Where other text starts after the closing delimiter on its line (-1: none); it becomes a paragraph.</summary>
    internal int TrailerStart { get; set; } = -1;
    internal StringBuilder Body { get; } = new();
}
