using System.Globalization;
using System.Net;
using System.Text.Json;
using Fluid;
using Fluid.Values;
using StaticMath.Site.Configuration;
using StaticMath.Site.Liquid.Tags;

namespace StaticMath.Site.Liquid;

/// <summary>
/// The Jekyll/al-folio idioms on top of Liquid's standard filters that Fluid provides, for page bodies and layouts
/// alike: the tags include (Jekyll's <c>k=v</c> syntax), highlight, details, post_url and link (cite and bibliography
/// are the citations feature's, youtube and twitter the embeds feature's), and Jekyll's filters (<c>relative_url</c> and <c>absolute_url</c> by <see cref="SiteUrls"/>, with the
/// base URL of the render's <see cref="LiquidPageInput"/>). Fluid's own <c>date</c> filter does strftime.
/// </summary>
public static class JekyllLiquid
{
    public static void Register(LiquidRegistry registry)
    {
        registry
            .AddTag("include", IncludeTag.RenderAsync)
            .AddBlock("highlight", HighlightBlock.RenderAsync)
            .AddBlock("details", DetailsBlock.RenderAsync)
            .AddTag("post_url", LinkTags.PostUrlAsync)
            .AddTag("link", LinkTags.LinkAsync);

        registry
            .AddFilter("relative_url", (input, _, ctx) => Str(SiteUrls.Relative(input.ToStringValue(), LiquidRenderState.From(ctx).Input.BaseUrl)))
            .AddFilter("absolute_url", (input, _, ctx) =>
            {
                var page = LiquidRenderState.From(ctx).Input;
                return Str(SiteUrls.Absolute(input.ToStringValue(), page.SiteUrl ?? "", page.BaseUrl));
            })
            .AddFilter("xml_escape", (input, _, _) => Str(WebUtility.HtmlEncode(input.ToStringValue())))
            .AddFilter("slugify", (input, _, _) => Str(Content.Slug.From(input.ToStringValue())))
            .AddFilter("date_to_xmlschema", (input, _, ctx) => new ValueTask<FluidValue>(input.TryGetDateTimeInput(ctx, out var d)
                ? new StringValue(d.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture))
                : NilValue.Instance))
            .AddFilter("date_to_rfc822", (input, _, ctx) => new ValueTask<FluidValue>(input.TryGetDateTimeInput(ctx, out var d)
                ? new StringValue(Rfc822(d))
                : NilValue.Instance))
            .AddFilter("cgi_escape", (input, _, _) => Str(WebUtility.UrlEncode(input.ToStringValue())))
            .AddFilter("uri_escape", (input, _, _) => Str(Uri.EscapeDataString(input.ToStringValue()).Replace("%2F", "/").Replace("%3A", ":")))
            .AddFilter("jsonify", (input, _, _) => Str(JsonSerializer.Serialize(input.ToObjectValue()?.ToString(), LiquidJson.Default.String)))
            .AddFilter("normalize_whitespace", (input, _, _) =>
                Str(string.Join(' ', input.ToStringValue().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))))
            .AddFilter("date_to_string", (input, _, ctx) => Date(input, ctx, "dd MMM yyyy"))
            .AddFilter("date_to_long_string", (input, _, ctx) => Date(input, ctx, "dd MMMM yyyy"))
            // Assets in Jekyll can carry a cache-busting query; our output URLs are already stable, so these are identity.
            .AddFilter("bust_file_cache", (input, _, _) => new ValueTask<FluidValue>(input))
            .AddFilter("bust_css_cache", (input, _, _) => new ValueTask<FluidValue>(input));
    }

    /// <summary>
    /// An environment of the Jekyll layer alone, without a theme's or features' filters: what page bodies use when they
    /// are rendered outside a site build (the build gives them the site's environment, <c>ThemeTemplates.Liquid</c>).
    /// </summary>
    public static LiquidEnvironment CreateEnvironment()
    {
        var registry = new LiquidRegistry();
        Register(registry);
        return registry.Build(themeFiles: null);
    }

    private static ValueTask<FluidValue> Str(string s) => new(new StringValue(s));

    private static string Rfc822(DateTimeOffset d) =>
        d.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture) + (d.Offset < TimeSpan.Zero ? "-" : "+") +
        d.Offset.ToString("hhmm", CultureInfo.InvariantCulture);

    /// <summary>A date in Jekyll's format; input that is not a date is output unchanged, as Jekyll does.</summary>
    private static ValueTask<FluidValue> Date(FluidValue input, TemplateContext ctx, string format)
    {
        if (input.ToObjectValue() is DateTimeOffset dto) return Str(dto.ToString(format, CultureInfo.InvariantCulture));
        if (input.ToObjectValue() is DateTime dt) return Str(new DateTimeOffset(dt, TimeSpan.Zero).ToString(format, CultureInfo.InvariantCulture));
        if (DateTimeOffset.TryParse(input.ToStringValue(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            return Str(parsed.ToString(format, CultureInfo.InvariantCulture));
        return new ValueTask<FluidValue>(input);
    }
}
