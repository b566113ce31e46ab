using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Fluid;
using StaticMath.Site.Configuration;
using StaticMath.Site.Content;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Themes;

/// <summary>
/// Finds, parses (once, thread-safely) and renders theme layouts with Fluid. Layout syntax errors are reported once,
/// at the layout file's line, as SM3141; pages that need a broken or missing layout are not written.
/// </summary>
public sealed partial class LayoutEngine
{
    private const int MaxLayoutDepth = 16;

    private readonly ThemeFiles _theme;
    private readonly DiagnosticBag _diagnostics;
    private readonly FluidParser _parser = new();
    private readonly ConcurrentDictionary<string, Lazy<LayoutTemplate?>> _layouts = new(StringComparer.Ordinal);

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
        };
        if (now is { } fixedNow) Options.Now = () => fixedNow;
        LiquidFilters.Register(Options, config);
    }

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
                _diagnostics.Error("SM3144", pageSourcePath, pageLine, 1, $"layout '{layoutName}' nests more than {MaxLayoutDepth} levels (a cycle?)");
                return null;
            }
            if (!Exists(name))
            {
                _diagnostics.Error("SM3140", pageSourcePath, pageLine, 1, depth == 0
                    ? $"unknown layout '{name}' (no layouts/{name}.liquid in the site or theme)"
                    : $"layout '{layoutName}' names an unknown parent layout '{name}'");
                return null;
            }
            var layout = Get(name);
            if (layout is null)
            {
                _diagnostics.Error("SM3143", pageSourcePath, pageLine, 1, $"page not written: layout '{name}' has errors (reported at the layout)");
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
                content = layout.Template.Render(context);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                _diagnostics.Error("SM3142", pageSourcePath, pageLine, 1, $"layout '{name}' ({layout.DisplayPath}) failed: {OneLine(e.Message)}");
                return null;
            }
            name = layout.Parent;
        }
        return content;
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
            if (!relative.Contains('/'))
            {
                if (Get(relative) is null) broken++;
                continue;
            }
            string text;
            try { text = file.ReadAllText(); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _diagnostics.Error("SM1120", file.DisplayPath, 0, 0, $"cannot read partial: {e.Message}");
                broken++;
                continue;
            }
            if (Liquid.LiquidNesting.FindTooDeep(text) is { } deep)
            {
                var (deepLine, deepColumn) = Liquid.LiquidSourceText.LineColumnOf(text, deep);
                _diagnostics.Error("SM3141", file.DisplayPath, deepLine, deepColumn, $"Liquid blocks nested more than {Liquid.LiquidNesting.MaxDepth} deep");
                broken++;
            }
            else if (!_parser.TryParse(text, out _, out var error))
            {
                var (line, column) = ErrorPosition(error);
                _diagnostics.Error("SM3141", file.DisplayPath, line, column, "Liquid syntax error: " + CleanMessage(error));
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
            _diagnostics.Error("SM1120", file.DisplayPath, 0, 0, $"cannot read layout: {e.Message}");
            return null;
        }

        var split = FrontMatterParser.Parse(text);
        if (split.Error is { } fmError)
        {
            _diagnostics.Error("SM3141", file.DisplayPath, fmError.Line, fmError.Column, fmError.Message);
            return null;
        }
        if (Liquid.LiquidNesting.FindTooDeep(split.Body) is { } deep)
        {
            var (deepLine, deepColumn) = Liquid.LiquidSourceText.LineColumnOf(split.Body, deep);
            _diagnostics.Error("SM3141", file.DisplayPath, deepLine + split.BodyLineOffset - 1, deepColumn, $"Liquid blocks nested more than {Liquid.LiquidNesting.MaxDepth} deep");
            return null;
        }
        if (!_parser.TryParse(split.Body, out var template, out var error))
        {
            var (line, column) = ErrorPosition(error);
            _diagnostics.Error("SM3141", file.DisplayPath, line > 0 ? line + split.BodyLineOffset - 1 : 0, column, "Liquid syntax error: " + CleanMessage(error));
            return null;
        }
        var parent = split.Values.TryGetValue("layout", out var p) ? p?.ToString() : null;
        if (string.IsNullOrWhiteSpace(parent) || parent == name) parent = null;
        return new LayoutTemplate(name, file.DisplayPath, template, parent, split.Values);
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
}
