using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions;

/// <summary>
/// Warnings raised by the authoring-block extensions while parsing or rendering, located at the Markdown block's file
/// line. Outside a page build (a plain Markdig conversion) there is no page to report to and nothing is reported.
/// </summary>
internal static class BlockDiagnostics
{
    public static void WarningAt(HtmlRenderer renderer, MarkdownObject at, string code, string message)
    {
        if (renderer is PageHtmlRenderer page) page.Context.WarningAtBody(code, at.Line, at.Column, message);
    }

    public static void WarningAt(BlockProcessor processor, MarkdownObject at, string code, string message)
    {
        if (processor.Context?.Properties.TryGetValue(typeof(PageRenderContext), out var value) == true && value is PageRenderContext ctx)
            ctx.WarningAtBody(code, at.Line, at.Column, message);
    }
}
