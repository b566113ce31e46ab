using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Fluid;
using StaticMath.Site.Configuration;
using StaticMath.Site.Content;
using StaticMath.Site.Core;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Liquid;

namespace StaticMath.Site.Themes;

/// <summary>
/// Lays pages out in one build with the theme's layouts, parsed once by <see cref="ThemeTemplates"/> (kept across
/// builds). A template problem — a syntax error (SM3141), a failure while rendering (SM3142) — is reported once per
/// build, at the template file's line, with the number of pages it kept from being written (<see cref="ReportFailures"/>);
/// pages that need a broken or missing layout are not written. This build's diagnostics and "now" live here, not in
/// the shared templates.
/// </summary>
public sealed partial class LayoutEngine
{
    private const int MaxLayoutDepth = 16;

    private readonly ThemeTemplates _templates;
    private readonly DiagnosticBag _diagnostics;
    private readonly DateTimeOffset? _now;
    private readonly LiquidPageInput _layoutInput;
    private readonly TemplateFailures _failures = new();
    // Layouts and partials whose problems this build has reported (each once per build).
    private readonly ConcurrentDictionary<string, bool> _reported = new(StringComparer.Ordinal);

    /// <param name="now">The build's "now" (<c>{{ "now" | date }}</c>), fixed per build and honouring <c>SOURCE_DATE_EPOCH</c>; the clock when null.</param>
    public LayoutEngine(ThemeTemplates templates, DiagnosticBag diagnostics, DateTimeOffset? now = null)
    {
        _templates = templates;
        _diagnostics = diagnostics;
        _now = now;
        diagnostics.AddRange(templates.SetupDiagnostics);
        var config = templates.Config;
        _layoutInput = new LiquidPageInput
        {
            SourcePath = "layouts",
            BaseUrl = config.BasePath,
            SiteUrl = config.Origin.Length > 0 ? config.Origin : null,
            IncludeDirectories = LiquidPageInput.SiteIncludeDirectories(templates.SiteDirectory),
            SiteDirectory = templates.SiteDirectory,
            FindEmbeddedInclude = name => templates.Theme.Find("includes/" + name) is { } file ? new LiquidIncludeFile(file.DisplayPath, file.ReadAllText()) : null,
        };
    }

    /// <summary>The theme's words in the site's language (also used for the titles of generated pages), reporting to this build.</summary>
    public ThemeWords Words => new(_templates.Translations, _diagnostics);

    public bool Exists(string name) => IsValidName(name) && _templates.Theme.Find(LayoutPath(name)) is not null;

    /// <summary>The parsed layout, or null when it is missing or broken (broken ones are reported once per build).</summary>
    public LayoutTemplate? Get(string name)
    {
        if (!IsValidName(name)) return null;
        var loaded = _templates.Layout(name);
        if (_reported.TryAdd("layout:" + name, true))
        {
            _diagnostics.AddRange(loaded.Warnings);
            if (loaded.Broken is { } broken) _failures.Record(broken, null);
        }
        return loaded.Template;
    }

    /// <summary>
    /// Renders <paramref name="layoutName"/> and its parents around the content. Problems are reported against
    /// <paramref name="pageSourcePath"/>; returns null when the page cannot be written.
    /// </summary>
    public string? Render(string layoutName, LayoutModel model, string pageSourcePath, int pageLine = 1) =>
        RenderPieces(layoutName, model, pageSourcePath, pageLine)?.ToString();

    /// <summary><see cref="Render"/>, the page left in the pieces it was written in (a page's file is written from them).</summary>
    public Liquid.PageText? RenderPieces(string layoutName, LayoutModel model, string pageSourcePath, int pageLine = 1)
    {
        // The page's fragment, then each layout's output, kept in the pieces it was written in until the last.
        Liquid.PageText? content = null;
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
                if (_templates.Layout(name).Broken is { } broken) _failures.Record(broken, pageSourcePath);
                else _diagnostics.Error(DiagnosticCodes.PageLayoutBroken, pageSourcePath, pageLine, 1, $"page not written: layout '{name}' has errors (reported at the layout)");
                return null;
            }

            var context = _templates.Liquid.NewContext(new LiquidRenderState(_templates.Liquid, _layoutInput, _diagnostics), _now);
            context.SetValue("site", model.Site);
            context.SetValue("page", model.Page);
            context.SetValue("content", new Liquid.PageTextValue(content ?? model.Content));
            if (depth == 0 && model.ContentOutline is { } outline) TocFilter.AttachOutline(context, model.Content, outline);
            context.SetValue("layout", layout.FrontMatter);
            if (model.Paginator is not null) context.SetValue("paginator", model.Paginator);
            if (model.Extra is not null)
            {
                foreach (var (key, value) in model.Extra) context.SetValue(key, value);
            }
            try
            {
                using var writer = new Liquid.PageTextWriter(Core.OutputBudget.MaxPageChars);
                layout.Template.RenderAsync(writer, context, NullEncoder.Default).AsTask().GetAwaiter().GetResult();
                content = writer.ToPageText();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                _failures.Record(RenderProblem(layout, e), pageSourcePath);
                return null;
            }
            name = layout.Parent;
        }
        return content ?? model.Content;
    }

    /// <summary>Reports every template problem of this build once, with the pages it affected; call after all pages are laid out.</summary>
    public void ReportFailures() => _failures.ReportTo(_diagnostics);

    /// <summary>Where a failure while rendering comes from: a broken or missing included file, else the layout itself.</summary>
    private ThemeTemplates.Problem RenderProblem(LayoutTemplate layout, Exception e)
    {
        if (IncludeParseFailure().Match(e.Message) is { Success: true } parse)
        {
            var include = parse.Groups[1].Value;
            if (_templates.Partials.FirstOrDefault(p => p.IncludePath == include)?.Broken is { } known) return known;
            var (line, column) = ErrorPosition(parse.Groups[2].Value);
            return new(DiagnosticCodes.LayoutSyntax, _templates.Theme.Find("layouts/" + include)?.DisplayPath ?? layout.DisplayPath, line, column,
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
        foreach (var file in _templates.Theme.ListUnder("layouts").OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            string source;
            try { source = file.ReadAllText(); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { continue; }
            var at = source.IndexOf(text, StringComparison.Ordinal);
            if (at < 0) continue;
            var (line, column) = LiquidSourceText.LineColumnOf(source, at);
            return (file.DisplayPath, line, column);
        }
        return null;
    }

    /// <summary>
    /// Reports the problems of every layout and partial (parsed once per theme), so a syntax error is reported at its
    /// own file and line, even in a partial that only some pages include. Returns the number of broken files.
    /// </summary>
    public int Validate()
    {
        var broken = 0;
        foreach (var file in _templates.Theme.ListUnder("layouts"))
        {
            if (!file.Path.EndsWith(".liquid", StringComparison.Ordinal)) continue;
            var relative = file.Path["layouts/".Length..^".liquid".Length];
            if (!relative.Contains('/') && Get(relative) is null) broken++;
        }
        foreach (var partial in _templates.Partials)
        {
            if (!_reported.TryAdd("partial:" + partial.IncludePath, true)) continue;
            _diagnostics.AddRange(partial.Warnings);
            if (partial.Broken is null) continue;
            _failures.Record(partial.Broken, null);
            broken++;
        }
        return broken;
    }

    internal static string LayoutPath(string name) => $"layouts/{name}.liquid";

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

    internal static string CleanMessage(string message) => OneLine(PositionPattern().Replace(message, "")).TrimEnd('.', ',', ' ');

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
