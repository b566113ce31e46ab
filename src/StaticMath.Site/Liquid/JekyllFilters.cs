using System.Globalization;
using System.Net;
using System.Text.Json;
using Fluid;
using Fluid.Values;

namespace StaticMath.Site.Liquid;

/// <summary>The Jekyll filters post bodies use, on top of Liquid's standard ones that Fluid provides.</summary>
internal static class JekyllFilters
{
    public static void Register(FilterCollection filters)
    {
        filters.AddFilter("relative_url", (input, _, ctx) =>
            Str(JekyllUrls.Relative(input.ToStringValue(), LiquidRenderState.From(ctx).Input.BaseUrl)));
        filters.AddFilter("absolute_url", (input, _, ctx) =>
        {
            var page = LiquidRenderState.From(ctx).Input;
            return Str(JekyllUrls.Absolute(input.ToStringValue(), page.BaseUrl, page.SiteUrl));
        });
        filters.AddFilter("slugify", (input, _, _) => Str(Content.Slug.From(input.ToStringValue())));
        filters.AddFilter("xml_escape", (input, _, _) => Str(WebUtility.HtmlEncode(input.ToStringValue())));
        filters.AddFilter("cgi_escape", (input, _, _) => Str(WebUtility.UrlEncode(input.ToStringValue())));
        filters.AddFilter("uri_escape", (input, _, _) => Str(Uri.EscapeDataString(input.ToStringValue()).Replace("%2F", "/").Replace("%3A", ":")));
        filters.AddFilter("jsonify", (input, _, _) => Str(JsonSerializer.Serialize(input.ToObjectValue()?.ToString())));
        filters.AddFilter("normalize_whitespace", (input, _, _) =>
            Str(string.Join(' ', input.ToStringValue().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));
        filters.AddFilter("number_of_words", (input, _, _) =>
            new ValueTask<FluidValue>(NumberValue.Create(input.ToStringValue().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length)));
        filters.AddFilter("date_to_xmlschema", (input, _, ctx) => Date(input, ctx, "yyyy-MM-dd'T'HH:mm:sszzz"));
        filters.AddFilter("date_to_string", (input, _, ctx) => Date(input, ctx, "dd MMM yyyy"));
        filters.AddFilter("date_to_long_string", (input, _, ctx) => Date(input, ctx, "dd MMMM yyyy"));
        // Assets in Jekyll can carry a cache-busting query; our output URLs are already stable, so these are identity.
        filters.AddFilter("bust_file_cache", (input, _, _) => new ValueTask<FluidValue>(input));
        filters.AddFilter("bust_css_cache", (input, _, _) => new ValueTask<FluidValue>(input));
    }

    private static ValueTask<FluidValue> Str(string s) => new(new StringValue(s));

    private static ValueTask<FluidValue> Date(FluidValue input, TemplateContext ctx, string format)
    {
        if (input.ToObjectValue() is DateTimeOffset dto) return Str(dto.ToString(format, CultureInfo.InvariantCulture));
        if (input.ToObjectValue() is DateTime dt) return Str(new DateTimeOffset(dt, TimeSpan.Zero).ToString(format, CultureInfo.InvariantCulture));
        if (DateTimeOffset.TryParse(input.ToStringValue(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            return Str(parsed.ToString(format, CultureInfo.InvariantCulture));
        return new ValueTask<FluidValue>(input);
    }
}
