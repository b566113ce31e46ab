using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using StaticMath.Site.Markdown.Extensions.FencedDivs;

namespace StaticMath.Site.Markdown.Extensions.PandocCitations;

/// <summary>
/// Where the page's reference list goes: inside a <c>::: {#refs}</c> div when the author wrote one (pandoc's
/// convention, the author supplies the heading), else at the end of the page — before the footnotes — as a
/// "References" section.
/// </summary>
public sealed class ReferencesBlock : LeafBlock
{
    public ReferencesBlock() : base(null)
    {
        ProcessInlines = false;
    }

    /// <summary>True when placed in the author's <c>#refs</c> div (no section or heading of its own).</summary>
    public bool InAuthorsDiv { get; init; }

    /// <summary>Adds the block to a document that has citations (called once the document is parsed).</summary>
    public static void Place(MarkdownDocument document)
    {
        if (document.GetData(CitationInlineParser.CitationMade) is not true || !document.Descendants<CitationInline>().Any())
        {
            return;
        }

        var refsDiv = document.Descendants<FencedDivBlock>().FirstOrDefault(d => d.TryGetAttributes()?.Id == "refs");
        if (refsDiv is not null)
        {
            refsDiv.Add(new ReferencesBlock { InAuthorsDiv = true });
            return;
        }

        var index = document.Count;
        while (index > 0 && document[index - 1] is FootnoteGroup)
        {
            index--;
        }

        document.Insert(index, new ReferencesBlock());
    }
}
