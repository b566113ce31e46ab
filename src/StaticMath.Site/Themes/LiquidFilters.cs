using Fluid.Values;
using StaticMath.Site.Configuration;
using StaticMath.Site.Liquid;

namespace StaticMath.Site.Themes;

/// <summary>
/// The theme's filters on top of Liquid's and Jekyll's (<see cref="Liquid.JekyllLiquid"/>): <c>number_of_words</c>
/// (<see cref="Content.WordCount"/>), <c>toc_html</c>, <c>math_text</c>/<c>math_title</c>, <c>t</c> and <c>localized_date</c>.
/// </summary>
public static partial class LiquidFilters
{
    public static void Register(LiquidRegistry registry, SiteConfig config, Translations translations)
    {
        registry.AddFilter("number_of_words", (input, _, _) =>
            new ValueTask<FluidValue>(NumberValue.Create(Content.WordCount.Of(input.ToStringValue()))));
        TocFilter.Register(registry);
        MathTitleFilters.Register(registry, config);
        TranslationFilters.Register(registry, translations);
    }
}
