using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Microsoft.Extensions.FileProviders;
using Parlot;

namespace StaticMath.Site.Liquid;

/// <summary>A tag that reads its arguments as raw text (Jekyll style: everything up to <c>%}</c>).</summary>
public delegate ValueTask<Completion> LiquidTag(TextSpan arguments, TextWriter writer, TextEncoder encoder, TemplateContext context);

/// <summary>A block (<c>{% name … %}…{% endname %}</c>) whose opening tag's arguments are raw text.</summary>
public delegate ValueTask<Completion> LiquidBlock(TextSpan arguments, IReadOnlyList<Statement> body, TextWriter writer, TextEncoder encoder, TemplateContext context);

/// <summary>
/// Where the site's Liquid tags and filters are registered, once each, before the one <see cref="LiquidEnvironment"/>
/// that page bodies and layouts share is built from it: the Jekyll idioms (<see cref="JekyllLiquid"/>), the theme's
/// filters, and any feature's own. Registering a name twice is a programming error and throws, so two registrations
/// can never silently disagree. Callbacks get per-render state (diagnostics, the page, budgets) from the
/// <see cref="TemplateContext"/> (<see cref="LiquidRenderState.From"/>), never from what they captured: the environment
/// outlives a build (it is kept across <c>serve</c> rebuilds until the configuration or the theme changes).
/// </summary>
public sealed class LiquidRegistry
{
    private readonly Dictionary<string, FilterDelegate> _filters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LiquidTag> _tags = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LiquidBlock> _blocks = new(StringComparer.Ordinal);

    /// <summary>Adds a filter (<c>{{ x | name: args }}</c>); a name of Liquid's standard set replaces Fluid's.</summary>
    public LiquidRegistry AddFilter(string name, FilterDelegate filter)
    {
        if (!_filters.TryAdd(name, filter)) throw new InvalidOperationException($"Liquid filter '{name}' is registered twice");
        return this;
    }

    /// <summary>
    /// Adds a tag. <c>include</c> is special: a quoted name (<c>{% include 'partials/x' %}</c>, as themes write it) keeps
    /// Liquid's own include of a theme file; any other spelling (Jekyll's <c>{% include figure.liquid k=v %}</c>) goes to this tag.
    /// </summary>
    public LiquidRegistry AddTag(string name, LiquidTag tag)
    {
        if (!_tags.TryAdd(name, tag) || _blocks.ContainsKey(name)) throw new InvalidOperationException($"Liquid tag '{name}' is registered twice");
        return this;
    }

    /// <summary>Adds a block tag, closed by <c>{% endNAME %}</c>.</summary>
    public LiquidRegistry AddBlock(string name, LiquidBlock block)
    {
        if (!_blocks.TryAdd(name, block) || _tags.ContainsKey(name)) throw new InvalidOperationException($"Liquid tag '{name}' is registered twice");
        return this;
    }

    /// <summary>A registry with the same registrations, to add to without changing this one.</summary>
    public LiquidRegistry Copy()
    {
        var copy = new LiquidRegistry();
        foreach (var (name, filter) in _filters) copy._filters.Add(name, filter);
        foreach (var (name, tag) in _tags) copy._tags.Add(name, tag);
        foreach (var (name, block) in _blocks) copy._blocks.Add(name, block);
        return copy;
    }

    /// <summary>Freezes the registrations into the parser and template options every render shares.</summary>
    /// <param name="themeFiles">Where quoted includes are read from (the theme's <c>layouts/</c>); null when there is no theme.</param>
    public LiquidEnvironment Build(IFileProvider? themeFiles)
    {
        var parser = new SiteLiquidParser(_tags, _blocks);
        var options = new TemplateOptions
        {
            CultureInfo = System.Globalization.CultureInfo.InvariantCulture,
            // Dates without an offset are UTC, so output never depends on the machine's time zone.
            TimeZone = TimeZoneInfo.Utc,
            MaxRecursion = 64,
            MaxSteps = LiquidBudget.MaxSteps,
        };
        if (themeFiles is not null) options.FileProvider = themeFiles;
        foreach (var (name, filter) in _filters) options.Filters.AddFilter(name, filter);
        return new LiquidEnvironment(parser, options, _tags.Keys.Concat(_blocks.Keys).ToHashSet(StringComparer.Ordinal));
    }
}
