using Fluid;
using Fluid.Filters;
using Fluid.Values;

namespace StaticMath.Site.Themes;

/// <summary>
/// The theme's words and dates in the site's language (<see cref="Translations"/>):
/// <c>{{ 'min_read' | t: post.reading_time }}</c> (a number fills <c>{count}</c> and picks the singular or plural form),
/// <c>{{ 'page_n_of_total' | t: page: 2, total: 5 }}</c> (named values fill <c>{page}</c>, <c>{total}</c>), and
/// <c>{{ page.date | localized_date }}</c> (the language's date format and names; a strftime format may follow).
/// </summary>
public static class TranslationFilters
{
    public static void Register(Liquid.LiquidRegistry registry, Translations translations)
    {
        registry.AddFilter("t", (input, arguments, context) =>
        {
            long? count = arguments.Count > 0 && arguments.At(0) is NumberValue n ? (long)n.ToNumberValue() : null;
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var name in arguments.Names) values[name] = arguments[name].ToStringValue();
            return new ValueTask<FluidValue>(new StringValue(translations.Get(input.ToStringValue(), Liquid.LiquidRenderState.From(context).Diagnostics, count, values), encode: false));
        });
        registry.AddFilter("localized_date", (input, arguments, context) =>
        {
            var format = arguments.Count > 0 ? arguments.At(0).ToStringValue() : translations.DateFormat;
            var saved = context.CultureInfo;
            context.CultureInfo = translations.DateCulture;
            try
            {
                return MiscFilters.Date(input, new FilterArguments(new StringValue(format)), context);
            }
            finally
            {
                context.CultureInfo = saved;
            }
        });
    }
}
