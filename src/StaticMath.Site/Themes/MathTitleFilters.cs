using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Fluid;
using Fluid.Values;
using StaticMath.Math;
using StaticMath.Site.Configuration;
using StaticMath.Site.Markdown.Extensions.Math;

namespace StaticMath.Site.Themes;

/// <summary>
/// Titles and descriptions written with math (<c>title: "Updating $\theta$"</c>): <c>math_text</c> gives the readable
/// text for <c>&lt;title&gt;</c> and meta tags (the TeX without its delimiters), <c>math_title</c> gives HTML with the
/// math typeset as self-contained inline SVG for headings and post lists (the rest escaped).
/// </summary>
internal static class MathTitleFilters
{
    public static void Register(Liquid.LiquidRegistry registry, SiteConfig config)
    {
        var renderOptions = new MathRenderOptions
        {
            GlyphMode = GlyphMode.Inline,
            Macros = config.Section<MathConfig>().MacroDefinitions(_ => { }),
        };
        // The same title appears on many pages (lists, neighbours): typeset it once per configuration.
        var typeset = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        registry.AddFilter("math_text", (input, _, _) =>
            new ValueTask<FluidValue>(new StringValue(MathPlainText.FromSource(input.ToStringValue()))));
        registry.AddFilter("math_title", (input, _, _) =>
        {
            var text = input.ToStringValue();
            return new ValueTask<FluidValue>(new StringValue(typeset.GetOrAdd(text, t => Typeset(t, renderOptions)), encode: false));
        });
    }

    private static string Typeset(string text, MathRenderOptions options)
    {
        var html = new StringBuilder(text.Length);
        var i = 0;
        var plainFrom = 0;
        while (i < text.Length)
        {
            if (text[i] is '$' or '\\' && MathSpanMatcher.Match(text, i, text.Length, 0) is { } span)
            {
                html.Append(WebUtility.HtmlEncode(Unescape(text[plainFrom..i])));
                var tex = text[span.TexStart..span.TexEnd];
                var result = MathRenderer.Default.Render(tex, MathMode.Inline, options);
                html.Append(result.HasErrors ? WebUtility.HtmlEncode(tex) : MathHtml.Inline(result, tex));
                i = plainFrom = span.End;
                continue;
            }
            i += text[i] == '\\' && i + 1 < text.Length ? 2 : 1;
        }
        return html.Append(WebUtility.HtmlEncode(Unescape(text[plainFrom..]))).ToString();
    }

    private static string Unescape(string plain) => plain.Replace("\\$", "$", StringComparison.Ordinal);
}
