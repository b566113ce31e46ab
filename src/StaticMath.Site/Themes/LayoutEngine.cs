using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Fluid;
using StaticMath.Site.Configuration;
using StaticMath.Site.Content;
using StaticMath.Site.Core;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Themes;

/// <summary>
/// Finds, parses (once, thread-safely) and renders theme layouts with Fluid. A template problem — a syntax error
/// (SM3141), a failure while rendering (SM3142) — is reported once, at the template file's line, with the number of
/// pages it kept from being written (<see cref="ReportFailures"/>); pages that need a broken or missing layout are not written.
/// </summary>
public sealed partial class LayoutEngine
{
    private const int MaxLayoutDepth = 16;

    private readonly ThemeFiles _theme;
    private readonly DiagnosticBag _diagnostics;
    private readonly FluidParser _parser = new();
    private readonly ConcurrentDictionary<string, Lazy<LayoutTemplate?>> _layouts = new(StringComparer.Ordinal);
    private readonly TemplateFailures _failures = new();
    // The problem that makes a layout (by name) or an included file (by path under layouts/) unusable.
    private readonly ConcurrentDictionary<string, TemplateFailures.Problem> _brokenLayouts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TemplateFailures.Problem> _brokenIncludes = new(StringComparer.Ordinal);

    /// <param name="now">The build's "now" (<c>{{ "now" | date }}</c>), fixed per build and honouring <c>SOURCE_DATE_EPOCH</c>; the clock when null.</param>
    public LayoutEngine(ThemeFiles theme, SiteConfig config, DiagnosticBag diagnostics, DateTimeOffset? now = null)
    {
        _theme = theme;
        _diagnostics = diagnostics;
        Options = new TemplateOptions
        {
            CultureInfo = CultureInfo.InvariantCulture,
            TimeZone = TimeZoneInfo.Utc,
            FileProvider = new ThemeFileProvider(theme),
            MaxRecursion = 64,
            MaxSteps = Liquid.LiquidBudget.MaxSteps,
        };
        if (now is { } fixedNow) Options.Now = () => fixedNow;
        LiquidFilters.Register(Options, config);
        Translations = Translations.Load(theme, config.Language, diagnostics);
        TranslationFilters.Register(Options, Translations);
    }

    /// <summary>The theme's words in the site's language (also used for the titles of generated pages).</summary>
    public Translations Translations { get; }

    /// <summary>Shared template options (filters, include provider); read-only once built.</summary>
    public TemplateOptions Options { get; }

    public bool Exists(string name) => IsValidName(name) && _theme.Find(LayoutPath(name)) is not null;

    /// <summary>The parsed layout, or null when it is missing or broken (broken ones are reported once).</summary>
    public LayoutTemplate? Get(string name) =>
        !IsValidName(name) ? null : _layouts.GetOrAdd(name, n => new Lazy<LayoutTemplate?>(() => Load(n), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>
    /// Renders <paramref name="layoutName"/> and its parents around the content. Problems are reported against
    /// <paramref name="pageSourcePath"/>; returns null when the page cannot be written.
    /// </summary>
    public string? Render(string layoutName, LayoutModel model, string pageSourcePath, int pageLine = 1)
    {
        var content = model.Content;
        var name = layoutName;
        for (var depth = 0; name is not null; depth++)
        {
            if (depth >= MaxLayoutDepth)
            {
                _diagnostics.Error(DiagnosticCodes.LayoutTooDeep, pageSourcePath, pageLine, 1, $"layout '{layoutName}' nests more than {MaxLayoutDepth} levels (a cycle?)");
                return null;
            }
            if (!Exists(name))
            {
                _diagnostics.Error(DiagnosticCodes.UnknownLayout, pageSourcePath, pageLine, 1, depth == 0
                    ? $"unknown layout '{name}' (no layouts/{name}.liquid in the site or theme)"
                    : $"layout '{layoutName}' names an unknown parent layout '{name}'");
                return null;
            }
            var layout = Get(name);
            if (layout is null)
            {
                if (_brokenLayouts.TryGetValue(name, out var broken)) _failures.Record(broken, pageSourcePath);
                else _diagnostics.Error(DiagnosticCodes.PageLayoutBroken, pageSourcePath, pageLine, 1, $"page not written: layout '{name}' has errors (reported at the layout)");
                return null;
            }

            var context = new TemplateContext(Options);
            context.SetValue("site", model.Site);
            context.SetValue("page", model.Page);
            context.SetValue("content", content);
            context.SetValue("layout", layout.FrontMatter);
            if (model.Paginator is not null) context.SetValue("paginator", model.Paginator);
            if (model.Extra is not null)
            {
                foreach (var (key, value) in model.Extra) context.SetValue(key, value);
            }
            try
            {
                using var writer = new Liquid.BoundedStringWriter(Core.OutputBudget.MaxPageChars);
                layout.Template.RenderAsync(writer, context, NullEncoder.Default).AsTask().GetAwaiter().GetResult();
                content = writer.ToString();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                _failures.Record(RenderProblem(layout, e), pageSourcePath);
                return null;
            }
            name = layout.Parent;
        }
        return content;
    }

    /// <summary>Reports every template problem of this build once, with the pages it affected; call after all pages are laid out.</summary>
    public void ReportFailures() => _failures.ReportTo(_diagnostics);

    /// <summary>Where a failure while rendering comes from: a broken or missing included file, else the layout itself.</summary>
    private TemplateFailures.Problem RenderProblem(LayoutTemplate layout, Exception e)
    {
        if (IncludeParseFailure().Match(e.Message) is { Success: true } parse)
        {
            var include = parse.Groups[1].Value;
            if (_brokenIncludes.TryGetValue(include, out var known)) return known;
            var (line, column) = ErrorPosition(parse.Groups[2].Value);
            return new(DiagnosticCodes.LayoutSyntax, _theme.Find("layouts/" + include)?.DisplayPath ?? layout.DisplayPath, line, column,
                "Liquid syntax error: " + CleanMessage(parse.Groups[2].Value));
        }
        if (e is FileNotFoundException)
        {
            var missing = e.Message.Trim();
            var (file, line, column) = FirstMention(missing) ?? (layout.DisplayPath, 0, 0);
            return new(DiagnosticCodes.LayoutRender, file, line, column, $"include of '{missing}' failed: there is no layouts/{missing} in the site or theme");
        }
        return new(DiagnosticCodes.LayoutRender, layout.DisplayPath, 0, 0, $"layout '{layout.Name}' failed: {OneLine(e.Message)}");
    }

    /// <summary>The first layout or partial that mentions <paramref name="text"/>, with its line and column.</summary>
    private (string File, int Line, int Column)? FirstMention(string text)
    {
        foreach (var file in _theme.ListUnder("layouts").OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            string source;
            try { source = file.ReadAllText(); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { continue; }
            var at = source.IndexOf(text, StringComparison.Ordinal);
            if (at < 0) continue;
            var (line, column) = Liquid.LiquidSourceText.LineColumnOf(source, at);
            return (file.DisplayPath, line, column);
        }
        return null;
    }

    private void RecordBroken(ConcurrentDictionary<string, TemplateFailures.Problem> broken, string key, TemplateFailures.Problem problem)
    {
        broken[key] = problem;
        _failures.Record(problem, null);
    }

    /// <summary>
    /// Parses every layout and partial once so a syntax error is reported at its own file and line, even in a
    /// partial that only some pages include. Returns the number of broken files.
    /// </summary>
    public int Validate()
    {
        var broken = 0;
        foreach (var file in _theme.ListUnder("layouts"))
        {
            if (!file.Path.EndsWith(".liquid", StringComparison.Ordinal)) continue;
            var relative = file.Path["layouts/".Length..^".liquid".Length];
            var include = file.Path["layouts/".Length..];
            if (!relative.Contains('/'))
            {
                if (Get(relative) is null) broken++;
                continue;
            }
            string text;
            try { text = file.ReadAllText(); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                RecordBroken(_brokenIncludes, include, new(DiagnosticCodes.CannotReadFile, file.DisplayPath, 0, 0, $"cannot read partial: {e.Message}"));
                broken++;
                continue;
            }
            if (Liquid.LiquidNesting.Check(text) is { } deep)
            {
                var (deepLine, deepColumn) = Liquid.LiquidSourceText.LineColumnOf(text, deep.Offset);
                RecordBroken(_brokenIncludes, include, new(DiagnosticCodes.LayoutSyntax, file.DisplayPath, deepLine, deepColumn, deep.Message));
                broken++;
            }
            else if (_parser.TryParse(text, out var partial, out var error))
            {
                UnknownFilterCheck.Check(partial, text, file.DisplayPath, Options, _diagnostics);
            }
            else
            {
                var (line, column) = ErrorPosition(error);
                RecordBroken(_brokenIncludes, include, new(DiagnosticCodes.LayoutSyntax, file.DisplayPath, line, column, "Liquid syntax error: " + CleanMessage(error)));
                broken++;
            }
        }
        return broken;
    }

    private LayoutTemplate? Load(string name)
    {
        var file = _theme.Find(LayoutPath(name));
        if (file is null) return null;
        string text;
        try { text = file.ReadAllText(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            RecordBroken(_brokenLayouts, name, new(DiagnosticCodes.CannotReadFile, file.DisplayPath, 0, 0, $"cannot read layout: {e.Message}"));
            return null;
        }

        var split = FrontMatterParser.Parse(text);
        if (split.Error is { } fmError)
        {
            RecordBroken(_brokenLayouts, name, new(DiagnosticCodes.LayoutSyntax, file.DisplayPath, fmError.Line, fmError.Column, fmError.Message));
            return null;
        }
        if (Liquid.LiquidNesting.Check(split.Body) is { } deep)
        {
            var (deepLine, deepColumn) = Liquid.LiquidSourceText.LineColumnOf(split.Body, deep.Offset);
            RecordBroken(_brokenLayouts, name, new(DiagnosticCodes.LayoutSyntax, file.DisplayPath, deepLine + split.BodyLineOffset - 1, deepColumn, deep.Message));
            return null;
        }
        if (!_parser.TryParse(split.Body, out var template, out var error))
        {
            var (line, column) = ErrorPosition(error);
            RecordBroken(_brokenLayouts, name, new(DiagnosticCodes.LayoutSyntax, file.DisplayPath, line > 0 ? line + split.BodyLineOffset - 1 : 0, column, "Liquid syntax error: " + CleanMessage(error)));
            return null;
        }
        UnknownFilterCheck.Check(template, text, file.DisplayPath, Options, _diagnostics);
        var parent = split.Values.TryGetValue("layout", out var p) ? p?.ToString() : null;
        if (string.IsNullOrWhiteSpace(parent) || parent == name) parent = null;
        return new LayoutTemplate(name, file.DisplayPath, Liquid.LiquidBudgetRewriter.Apply(template), parent, split.Values);
    }

    private static string LayoutPath(string name) => $"layouts/{name}.liquid";

    private static bool IsValidName(string name) =>
        name.Length > 0 && !name.Contains("..", StringComparison.Ordinal) && !name.StartsWith('/') && !name.Contains('\\');

    /// <summary>Fluid messages end with a position like <c>at (3:14)</c>.</summary>
    internal static (int Line, int Column) ErrorPosition(string message)
    {
        var m = PositionPattern().Match(message);
        return m.Success
            ? (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))
            : (0, 0);
    }

    private static string CleanMessage(string message) => OneLine(PositionPattern().Replace(message, "")).TrimEnd('.', ',', ' ');

    /// <summary>Diagnostics are one line each: drop Fluid's quoted source excerpt and join the rest.</summary>
    private static string OneLine(string message)
    {
        var source = message.IndexOf("\nSource:", StringComparison.Ordinal);
        if (source >= 0) message = message[..source];
        return string.Join(" ", message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [GeneratedRegex(@"\s*(?:at\s*)?\((\d+):(\d+)\)")]
    private static partial Regex PositionPattern();

    /// <summary>Fluid's message when an included file does not parse: <c>Failed to parse template 'partials/x.liquid'. …</c>.</summary>
    [GeneratedRegex(@"^Failed to parse template '([^']+)'\.\s*(.*)$", RegexOptions.Singleline)]
    private static partial Regex IncludeParseFailure();
}
