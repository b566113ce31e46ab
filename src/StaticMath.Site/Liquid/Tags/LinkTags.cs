using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Parlot;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Liquid.Tags;

/// <summary><c>{% post_url 2020-01-01-slug %}</c> and <c>{% link path/file.md %}</c> resolved through the site's pages.</summary>
internal static class LinkTags
{
    public static ValueTask<Completion> PostUrlAsync(TextSpan span, TextWriter writer, TextEncoder encoder, TemplateContext context) =>
        ResolveAsync(span, writer, context, "post_url", LiquidRenderState.From(context).Input.ResolvePostUrl);

    public static ValueTask<Completion> LinkAsync(TextSpan span, TextWriter writer, TextEncoder encoder, TemplateContext context) =>
        ResolveAsync(span, writer, context, "link", LiquidRenderState.From(context).Input.ResolveLink);

    private static async ValueTask<Completion> ResolveAsync(TextSpan span, TextWriter writer, TemplateContext context, string tag, Func<string, string?>? resolve)
    {
        var state = LiquidRenderState.From(context);
        var target = span.ToString().Trim().Trim('"', '\'');
        var url = resolve?.Invoke(target);
        if (url is null)
        {
            state.Report(span, DiagnosticSeverity.Warning, DiagnosticCodes.UnknownLinkTarget, $"'{{% {tag} {target} %}}': no such page");
            url = "#";
        }
        await writer.WriteAsync(url);
        return Completion.Normal;
    }
}
