using System.Text.RegularExpressions;
using Fluid.Values;
using StaticMath.Site.Configuration;
using StaticMath.Site.Liquid;

namespace StaticMath.Site.Themes;

/// <summary>
/// The theme's filters on top of Liquid's and Jekyll's (<see cref="Liquid.JekyllLiquid"/>): <c>number_of_words</c>
/// (<see cref="CountWords"/>), <c>toc_html</c>, <c>math_text</c>/<c>math_title</c>, <c>t</c> and <c>localized_date</c>.
/// </summary>
public static partial class LiquidFilters
{
    public static void Register(LiquidRegistry registry, SiteConfig config, Translations translations)
    {
        registry.AddFilter("number_of_words", (input, _, _) =>
            new ValueTask<FluidValue>(NumberValue.Create(CountWords(input.ToStringValue()))));
        TocFilter.Register(registry);
        MathTitleFilters.Register(registry, config);
        TranslationFilters.Register(registry, translations);
    }

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
