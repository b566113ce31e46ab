using AngleSharp.Dom;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions;

/// <summary>
/// Fills empty same-page links <c>[](#thm-dsm)</c> with the numbered label of their target ("Theorem 2") and gives
/// them the class <c>sm-ref</c>. An empty link to an id that exists nowhere on the page is an SM4020 warning and shows
/// <c>??</c> (as LaTeX does). Runs after the callout and figure numbering.
/// </summary>
public sealed class BlockReferenceResolver : IHtmlPostProcessor
{
    /// <summary>A link to <c>#id</c> with no text or elements of its own, which this pass fills in.</summary>
    public bool NeedsDom(FragmentTokens page, PageRenderContext ctx)
    {
        if (!page.AsRead.HasAttribute("href")) return false;
        var tokens = page.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsStartTag("a") || tokens[i].GetAttribute("href") is not { } href || !href.StartsWith('#')) continue;
            var end = page.EndOf(i);
            var empty = true;
            for (var j = i + 1; j < end && empty; j++)
                empty = tokens[j].Kind == FragmentTokenKind.Comment || tokens[j].Kind == FragmentTokenKind.Text && string.IsNullOrWhiteSpace(tokens[j].Data);
            if (empty) return true;
        }
        return false;
    }

    public void ProcessTokens(FragmentTokens page, PageRenderContext ctx)
    {
        // Nothing to do where NeedsDom says no.
    }

    public void Process(IDocument html, IElement body, PageRenderContext ctx)
    {
        var table = ctx.GetOrAddFeature(() => new BlockReferenceTable());
        foreach (var link in body.QuerySelectorAll("a[href^='#']"))
        {
            if (link.ChildElementCount > 0 || !string.IsNullOrWhiteSpace(link.TextContent)) continue;
            var id = link.GetAttribute("href")![1..];
            if (id.Length == 0) continue;
            if (table.TryGet(id, out var text))
            {
                link.TextContent = text;
                link.ClassList.Add("sm-ref");
            }
            else if (body.QuerySelector($"[id='{CssEscape(id)}']") is null)
            {
                ctx.Diagnostics.Warning(DiagnosticCodes.UnresolvedBlockReference, ctx.SourcePath, SourceLines.Find(ctx, "(#" + id + ")"), 0,
                    $"reference to '#{id}', but no element on this page has that id");
                link.TextContent = "??";
                link.ClassList.Add("sm-ref");
                link.ClassList.Add("sm-ref--missing");
            }
            else if (link.ClassList.Contains("quarto-xref"))
            {
                // Quarto's @fig-x to a block that exists but has no number (e.g. figures.numbering is off).
                ctx.Diagnostics.Warning(DiagnosticCodes.UnresolvedBlockReference, ctx.SourcePath, SourceLines.Find(ctx, "@" + id), 0,
                    $"cross-reference '@{id}': that block has no number (figures need figures.numbering: true)");
                link.TextContent = "?@" + id;
                link.ClassList.Add("sm-ref");
                link.ClassList.Add("sm-ref--missing");
            }
        }
    }

    private static string CssEscape(string id) => id.Replace("\\", "\\\\").Replace("'", "\\'");
}
