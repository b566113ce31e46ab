using AngleSharp.Dom;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Liquid;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Distill;

/// <summary>
/// Distill front matter that is not content: <c>_styles</c> (CSS for this page only, into its &lt;head&gt;) and
/// <c>mermaid</c> (diagrams need client-side JavaScript, which we do not ship: the source stays visible as code).
/// </summary>
public sealed class DistillHeadProcessor : IHtmlPostProcessor
{
    public bool NeedsDom(FragmentTokens page, PageRenderContext ctx) => false;

    public void Process(IDocument html, IElement body, PageRenderContext ctx) =>
        Apply(ctx, () => body.QuerySelector("code.language-mermaid, pre.mermaid, div.mermaid") is not null);

    public void ProcessTokens(FragmentTokens page, PageRenderContext ctx) =>
        Apply(ctx, () => page.Tokens.Exists(t => t.IsStartTag("code") && t.HasClass("language-mermaid")
            || (t.IsStartTag("pre") || t.IsStartTag("div")) && t.HasClass("mermaid")));

    private static void Apply(PageRenderContext ctx, Func<bool> hasMermaidBlock)
    {
        var front = ctx.Page.FrontMatter;
        if (front.TryGetValue("_styles", out var styles) && styles is string css && css.Trim().Length > 0)
        {
            // "</style" inside the CSS would end the element early; nothing legitimate needs it.
            var safe = css.Replace("</style", "<\\/style", StringComparison.OrdinalIgnoreCase);
            ctx.HeadHtml.Add("<style data-page-styles>\n" + safe.TrimEnd() + "\n</style>");
        }
        if (front.TryGetValue("mermaid", out var mermaid) && IsEnabled(mermaid) && hasMermaidBlock())
        {
            ctx.Diagnostics.Warning(DiagnosticCodes.UnsupportedFeature, ctx.SourcePath, ctx.Page.FrontMatterLine("mermaid"), 1,
                "mermaid diagrams need client-side JavaScript, which StaticMath does not ship; they are shown as source code");
        }
    }

    private static bool IsEnabled(object? value) => value switch
    {
        bool b => b,
        string s => s.Equals("true", StringComparison.OrdinalIgnoreCase),
        IReadOnlyDictionary<string, object?> map => map.TryGetValue("enabled", out var e) && IsEnabled(e),
        System.Collections.IDictionary map => map.Contains("enabled") && IsEnabled(map["enabled"]),
        _ => false,
    };
}
