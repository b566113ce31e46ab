using StaticMath.Site.Diagnostics;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.VerbatimHtml;

/// <summary>
/// kramdown's rule for inline HTML: an element opened in a paragraph and never closed there is closed at the
/// paragraph's end, with warning SM1601. Left open, the browser carries it on: an unclosed <c>&lt;strong&gt;</c>
/// bolds every later paragraph of the page.
/// </summary>
public sealed partial class UnclosedInlineTags : IMarkdownDocumentProcessor
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    public void Process(MarkdownDocument doc, PageRenderContext ctx)
    {
        foreach (var leaf in doc.Descendants<LeafBlock>())
        {
            if (leaf.Inline is { } inlines) CloseAtEnd(inlines, ctx);
        }
    }

    private static void CloseAtEnd(ContainerInline paragraph, PageRenderContext ctx)
    {
        var open = new List<(string Name, HtmlInline Tag)>();
        foreach (var html in paragraph.Descendants<HtmlInline>())
        {
            var tag = TagPattern().Match(html.Tag);
            if (!tag.Success || tag.Groups["self"].Success || VoidElements.Contains(tag.Groups["name"].Value)) continue;
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            if (!tag.Groups["end"].Success)
            {
                open.Add((name, html));
                continue;
            }

            var match = open.FindLastIndex(o => o.Name == name);
            if (match >= 0) open.RemoveRange(match, open.Count - match);
        }

        for (var i = open.Count - 1; i >= 0; i--)
        {
            var (name, tag) = open[i];
            paragraph.AppendChild(new HtmlInline($"</{name}>"));
            ctx.WarningAtBody(DiagnosticCodes.UnclosedInlineTag, tag.Line, tag.Column,
                $"<{name}> is never closed in its paragraph; it is closed at the paragraph's end (as kramdown does)");
        }
    }

    [GeneratedRegex(@"^<(?<end>/)?(?<name>[A-Za-z][A-Za-z0-9-]*)(?:[^>]*?)(?<self>/)?>$", RegexOptions.Singleline)]
    private static partial Regex TagPattern();
}
