using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Values;
using StaticMath.Site.Configuration;

namespace StaticMath.Site.Themes;

/// <summary>
/// Filters our templates (and Jekyll users) expect beyond Fluid's standard set: <c>relative_url</c> and
/// <c>absolute_url</c> (honouring a base URL with a path prefix), <c>xml_escape</c>, <c>date_to_xmlschema</c>,
/// <c>date_to_rfc822</c>, <c>slugify</c>, <c>number_of_words</c>. Fluid's own <c>date</c> filter does strftime.
/// </summary>
public static partial class LiquidFilters
{
    public static void Register(TemplateOptions options, SiteConfig config)
    {
        var origin = config.Origin;
        var basePath = config.BasePath;
        options.Filters.AddFilter("relative_url", (input, _, _) =>
            new ValueTask<FluidValue>(new StringValue(SiteUrls.Relative(input.ToStringValue(), basePath))));
        options.Filters.AddFilter("absolute_url", (input, _, _) =>
            new ValueTask<FluidValue>(new StringValue(SiteUrls.Absolute(input.ToStringValue(), origin, basePath))));
        options.Filters.AddFilter("xml_escape", (input, _, _) =>
            new ValueTask<FluidValue>(new StringValue(WebUtility.HtmlEncode(input.ToStringValue()))));
        options.Filters.AddFilter("date_to_xmlschema", (input, _, context) =>
            new ValueTask<FluidValue>(input.TryGetDateTimeInput(context, out var d)
                ? new StringValue(d.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture))
                : NilValue.Instance));
        options.Filters.AddFilter("date_to_rfc822", (input, _, context) =>
            new ValueTask<FluidValue>(input.TryGetDateTimeInput(context, out var d)
                ? new StringValue(Rfc822(d))
                : NilValue.Instance));
        options.Filters.AddFilter("slugify", (input, _, _) =>
            new ValueTask<FluidValue>(new StringValue(Content.Slug.From(input.ToStringValue()))));
        options.Filters.AddFilter("number_of_words", (input, _, _) =>
            new ValueTask<FluidValue>(NumberValue.Create(CountWords(input.ToStringValue()))));
        TocFilter.Register(options);
        MathTitleFilters.Register(options, config);
    }

    private static string Rfc822(DateTimeOffset d) =>
        d.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture) + (d.Offset < TimeSpan.Zero ? "-" : "+") +
        d.Offset.ToString("hhmm", CultureInfo.InvariantCulture);

    /// <summary>Words of a text or HTML fragment (tags and SVG contents are not words).</summary>
    public static int CountWords(string htmlOrText)
    {
        var text = SvgElement().Replace(htmlOrText, " ");
        text = Tag().Replace(text, " ");
        return Words().Count(text);
    }

    [GeneratedRegex(@"<svg\b.*?</svg>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex SvgElement();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*")]
    private static partial Regex Words();
}
