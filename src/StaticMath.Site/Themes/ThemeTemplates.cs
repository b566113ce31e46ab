using System.Collections.Concurrent;
using StaticMath.Site.Configuration;
using StaticMath.Site.Content;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Liquid;

namespace StaticMath.Site.Themes;

/// <summary>
/// What a configuration and a theme make once and every build reuses until either changes (<c>serve</c> keeps it
/// across rebuilds): the site's one <see cref="LiquidEnvironment"/> (Jekyll's tags and filters, the theme's filters),
/// the theme's words, and each layout and partial parsed once with the problems found in it. Nothing here belongs to
/// a build: problems are kept as values and reported by each build's <see cref="LayoutEngine"/>.
/// </summary>
public sealed class ThemeTemplates
{
    private readonly ConcurrentDictionary<string, Lazy<LoadedLayout>> _layouts = new(StringComparer.Ordinal);
    private readonly Lazy<IReadOnlyList<CheckedPartial>> _partials;

    private ThemeTemplates(string siteDirectory, ThemeFiles theme, SiteConfig config, LiquidEnvironment liquid, Translations translations,
        IReadOnlyList<Diagnostic> setupDiagnostics)
    {
        SiteDirectory = siteDirectory;
        Theme = theme;
        Config = config;
        Liquid = liquid;
        Translations = translations;
        SetupDiagnostics = setupDiagnostics;
        _partials = new Lazy<IReadOnlyList<CheckedPartial>>(CheckPartials, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// Builds the environment from the features' Liquid tags and filters (<paramref name="features"/>: the
    /// <see cref="LiquidRegistry"/> part of the configuration's one feature registration, left unchanged) and the theme's filters.
    /// </summary>
    public static ThemeTemplates Create(string siteDirectory, ThemeFiles theme, SiteConfig config, LiquidRegistry features)
    {
        var problems = new DiagnosticBag();
        var translations = Translations.Load(theme, config.Language, problems);
        // The theme's filters depend on its translations, which change without the configuration: add them to a copy.
        var registry = features.Copy();
        LiquidFilters.Register(registry, config, translations);
        return new ThemeTemplates(siteDirectory, theme, config, registry.Build(new ThemeFileProvider(theme)), translations, problems.ToList());
    }

    /// <summary>Absolute path of the site folder (Jekyll includes in layouts are looked up in its <c>_includes/</c> and <c>includes/</c>).</summary>
    public string SiteDirectory { get; }

    public ThemeFiles Theme { get; }

    public SiteConfig Config { get; }

    public LiquidEnvironment Liquid { get; }

    public Translations Translations { get; }

    /// <summary>Problems found while making this (the theme's translation files); every build reports them again.</summary>
    public IReadOnlyList<Diagnostic> SetupDiagnostics { get; }

    /// <summary>A layout problem, located in the template file (the same problem found twice is one).</summary>
    public sealed record Problem(string Code, string File, int Line, int Column, string Message);

    /// <summary>A layout parsed once: the template, or the problem that makes it unusable; and warnings about it.</summary>
    internal sealed record LoadedLayout(LayoutTemplate? Template, Problem? Broken, IReadOnlyList<Diagnostic> Warnings);

    /// <summary>A partial (<c>layouts/partials/…</c>) checked once: the problem that breaks it, if any, and warnings.</summary>
    internal sealed record CheckedPartial(string IncludePath, Problem? Broken, IReadOnlyList<Diagnostic> Warnings);

    internal LoadedLayout Layout(string name) =>
        _layouts.GetOrAdd(name, n => new Lazy<LoadedLayout>(() => Load(n), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    internal IReadOnlyList<CheckedPartial> Partials => _partials.Value;

    private LoadedLayout Load(string name)
    {
        var file = Theme.Find(LayoutEngine.LayoutPath(name));
        if (file is null) return new LoadedLayout(null, null, []);
        string text;
        try { text = file.ReadAllText(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Broken(new(DiagnosticCodes.CannotReadFile, file.DisplayPath, 0, 0, $"cannot read layout: {e.Message}"));
        }

        var split = FrontMatterParser.Parse(text);
        if (split.Error is { } fmError)
            return Broken(new(DiagnosticCodes.LayoutSyntax, file.DisplayPath, fmError.Line, fmError.Column, fmError.Message));
        if (LiquidNesting.Check(split.Body) is { } deep)
        {
            var (deepLine, deepColumn) = LiquidSourceText.LineColumnOf(split.Body, deep.Offset);
            return Broken(new(DiagnosticCodes.LayoutSyntax, file.DisplayPath, deepLine + split.BodyLineOffset - 1, deepColumn, deep.Message));
        }
        if (!Liquid.TryParse(split.Body, out var template, out var error))
        {
            var (line, column) = LayoutEngine.ErrorPosition(error);
            return Broken(new(DiagnosticCodes.LayoutSyntax, file.DisplayPath, line > 0 ? line + split.BodyLineOffset - 1 : 0, column,
                "Liquid syntax error: " + LayoutEngine.CleanMessage(error)));
        }
        var warnings = new DiagnosticBag();
        UnknownFilterCheck.Check(template, text, file.DisplayPath, Liquid.Options, warnings);
        var parent = split.Values.TryGetValue("layout", out var p) ? p?.ToString() : null;
        if (string.IsNullOrWhiteSpace(parent) || parent == name) parent = null;
        return new LoadedLayout(new LayoutTemplate(name, file.DisplayPath, LiquidBudgetRewriter.Apply(template), parent, split.Values), null, warnings.ToList());
    }

    private static LoadedLayout Broken(Problem problem) => new(null, problem, []);

    /// <summary>Every partial under <c>layouts/</c> parsed once, so a syntax error is found at its own line even in a partial only some pages include.</summary>
    private List<CheckedPartial> CheckPartials()
    {
        var checkedPartials = new List<CheckedPartial>();
        foreach (var file in Theme.ListUnder("layouts"))
        {
            if (!file.Path.EndsWith(".liquid", StringComparison.Ordinal)) continue;
            var relative = file.Path["layouts/".Length..^".liquid".Length];
            if (!relative.Contains('/')) continue; // a layout, not a partial
            var include = file.Path["layouts/".Length..];
            string text;
            try { text = file.ReadAllText(); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                checkedPartials.Add(new(include, new(DiagnosticCodes.CannotReadFile, file.DisplayPath, 0, 0, $"cannot read partial: {e.Message}"), []));
                continue;
            }
            if (LiquidNesting.Check(text) is { } deep)
            {
                var (deepLine, deepColumn) = LiquidSourceText.LineColumnOf(text, deep.Offset);
                checkedPartials.Add(new(include, new(DiagnosticCodes.LayoutSyntax, file.DisplayPath, deepLine, deepColumn, deep.Message), []));
            }
            else if (Liquid.TryParse(text, out var partial, out var error))
            {
                var warnings = new DiagnosticBag();
                UnknownFilterCheck.Check(partial, text, file.DisplayPath, Liquid.Options, warnings);
                checkedPartials.Add(new(include, null, warnings.ToList()));
            }
            else
            {
                var (line, column) = LayoutEngine.ErrorPosition(error);
                checkedPartials.Add(new(include, new(DiagnosticCodes.LayoutSyntax, file.DisplayPath, line, column, "Liquid syntax error: " + LayoutEngine.CleanMessage(error)), []));
            }
        }
        return checkedPartials;
    }
}
