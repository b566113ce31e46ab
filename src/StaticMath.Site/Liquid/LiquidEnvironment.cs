using Fluid;

namespace StaticMath.Site.Liquid;

/// <summary>
/// The one Liquid parser and template options (tags, filters, value conversion, limits) that page bodies and theme
/// layouts share, made by <see cref="LiquidRegistry.Build"/> once per configuration and theme. It holds nothing of a
/// build: each render makes its own <see cref="TemplateContext"/> (<see cref="NewContext"/>) carrying that render's
/// state, so the environment can be kept across <c>serve</c> rebuilds.
/// </summary>
public sealed class LiquidEnvironment
{
    private readonly SiteLiquidParser _parser;

    internal LiquidEnvironment(SiteLiquidParser parser, TemplateOptions options, IReadOnlySet<string> customTags)
    {
        _parser = parser;
        Options = options;
        CustomTags = customTags;
    }

    /// <summary>Read-only once built: filters and limits shared by every render.</summary>
    public TemplateOptions Options { get; }

    /// <summary>Tag names registered on top of Liquid's own.</summary>
    public IReadOnlySet<string> CustomTags { get; }

    public bool TryParse(string text, out IFluidTemplate template, out string error) => _parser.TryParse(text, out template, out error);

    /// <summary>A context for one render: <paramref name="state"/> is what tags and filters may read and report to.</summary>
    /// <param name="now">The build's "now" (<c>{{ "now" | date }}</c>, honouring <c>SOURCE_DATE_EPOCH</c>); the clock when null.</param>
    public TemplateContext NewContext(LiquidRenderState state, DateTimeOffset? now)
    {
        var context = new TemplateContext(Options);
        if (now is { } fixedNow) context.Now = () => fixedNow;
        state.AttachTo(context);
        return context;
    }
}
