using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Markdown.Extensions.MarkdownInHtml;

/// <summary>
/// Opens a <see cref="MarkdownHtmlBlock"/> on a line starting with <c>&lt;div markdown="1"&gt;</c> (or details, section,
/// aside, figure, blockquote) and closes it on the line starting with the matching closing tag. Everything between is
/// handed to the normal block parsers, so paragraphs, lists, math and nested blocks work inside.
/// Without the attribute (or with <c>markdown="0"</c>) the line is left to Markdig's raw HTML block parser.
/// </summary>
public sealed partial class MarkdownHtmlBlockParser : BlockParser
{
    public static readonly IReadOnlySet<string> SupportedTags =
        new HashSet<string>(StringComparer.Ordinal) { "div", "details", "section", "aside", "figure", "blockquote" };

    [System.Text.RegularExpressions.GeneratedRegex("(`+)[^`].*?\\1")]
    private static partial System.Text.RegularExpressions.Regex CodeSpan();

    public MarkdownHtmlBlockParser()
    {
        OpeningCharacters = ['<'];
    }

    public override bool CanInterrupt(BlockProcessor processor, Block block) => true;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent) return BlockState.None;
        var tag = TryReadMarkdownTag(processor.Line, KramdownExtensions.KramdownOptions.ParseBlockHtml(processor.Context));
        if (tag is null) return BlockState.None;

        var block = new MarkdownHtmlBlock(this, tag.Name)
        {
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(processor.Start, processor.Line.End),
        };
        var attributes = block.GetAttributes();
        foreach (var (name, value) in tag.Attributes)
        {
            if (string.Equals(name, "markdown", StringComparison.OrdinalIgnoreCase)) continue;
            if (name == "id") attributes.Id = value;
            else if (name == "class")
            {
                foreach (var cls in value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) attributes.AddClass(cls);
            }
            else attributes.AddProperty(name, value);
        }
        processor.NewBlocks.Push(block);

        // Content after the tag on the same line (`<details markdown="1"><summary>…`) is parsed as the first child line.
        processor.Line.Start += tag.Length;
        processor.Line.TrimStart();
        return processor.Line.IsEmpty ? BlockState.ContinueDiscard : BlockState.Continue;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var html = (MarkdownHtmlBlock)block;
        if (processor.IsBlankLine) return BlockState.Continue;

        // A deeper open Markdown-HTML block owns the next closing tag; code blocks own their lines verbatim.
        // (Markdig clears IsOpen on deeper blocks before continuing them, so openness is read from the blocks themselves.)
        for (var d = (html as ContainerBlock).LastChild; d is not null; d = (d as ContainerBlock)?.LastChild)
        {
            if (d is MarkdownHtmlBlock { HasClosingTag: false }) return BlockState.Continue;
            if (d is FencedCodeBlock { ClosingFencedCharCount: 0 }) return BlockState.Continue;
            if (d is CodeBlock and not FencedCodeBlock && processor.IsCodeIndent) return BlockState.Continue;
        }

        var line = processor.Line;
        line.TrimStart();
        if (TryReadMarkdownTag(line, KramdownExtensions.KramdownOptions.ParseBlockHtml(processor.Context)) is not null) return BlockState.Continue;

        var closing = "</" + html.TagName + ">";
        if (html.RawDepth == 0 && line.MatchLowercase(closing))
        {
            html.HasClosingTag = true;
            html.UpdateSpanEnd(line.End);
            return BlockState.BreakDiscard;
        }

        // Tags shown in code spans (`<div>`) are text, not structure.
        var text = CodeSpan().Replace(line.ToString(), "");
        html.RawDepth = System.Math.Max(0, html.RawDepth + CountOpenings(text, html.TagName) - CountOccurrences(text, closing));
        return BlockState.Continue;
    }

    public override bool Close(BlockProcessor processor, Block block)
    {
        if (block is MarkdownHtmlBlock { HasClosingTag: false } html)
        {
            BlockDiagnostics.WarningAt(processor, html, DiagnosticCodes.UnclosedMarkdownHtmlBlock,
                $"<{html.TagName} markdown=\"1\"> is never closed; its content runs to the end of the enclosing block");
        }
        return true;
    }

    /// <summary>The opening tag of a Markdown HTML block: one with <c>markdown="1"</c>, or any supported one without the
    /// attribute once kramdown's <c>parse_block_html</c> is on (<paramref name="parseBlockHtml"/>).</summary>
    private static HtmlOpeningTag? TryReadMarkdownTag(StringSlice line, bool parseBlockHtml)
    {
        if (line.CurrentChar != '<') return null;
        // With parse_block_html a tag needs no markdown attribute (it was required here, so the option did nothing).
        var tag = HtmlOpeningTag.TryRead(line, parseBlockHtml ? "" : "markdown");
        if (tag is null || !SupportedTags.Contains(tag.Name)) return null;
        var flag = tag.GetAttribute("markdown");
        return flag == "0" || (flag is null && !parseBlockHtml) ? null : tag;
    }

    private static int CountOpenings(string line, string tagName)
    {
        var count = 0;
        var needle = "<" + tagName;
        for (var i = line.IndexOf(needle, StringComparison.OrdinalIgnoreCase); i >= 0;
             i = line.IndexOf(needle, i + needle.Length, StringComparison.OrdinalIgnoreCase))
        {
            var next = i + needle.Length < line.Length ? line[i + needle.Length] : ' ';
            if (char.IsWhiteSpace(next) || next == '>' ) count++;
        }
        return count;
    }

    private static int CountOccurrences(string line, string needle)
    {
        var count = 0;
        for (var i = line.IndexOf(needle, StringComparison.OrdinalIgnoreCase); i >= 0;
             i = line.IndexOf(needle, i + needle.Length, StringComparison.OrdinalIgnoreCase)) count++;
        return count;
    }
}
