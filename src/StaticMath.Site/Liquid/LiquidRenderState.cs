using System.Runtime.CompilerServices;
using Fluid;
using Parlot;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Liquid;

/// <summary>
/// Per-render state reachable from tag and filter callbacks (through <see cref="TemplateContext.AmbientValues"/>): the
/// environment, the page input (URLs, includes, lookups), this build's diagnostics sink, the include budget, and which
/// source text (page body or an include file) a tag's span belongs to, so every diagnostic points at the real file and
/// line. A page body and a layout each get one per render; the shared <see cref="LiquidEnvironment"/> holds none of it.
/// </summary>
public sealed class LiquidRenderState(LiquidEnvironment liquid, LiquidPageInput input, DiagnosticBag diagnostics)
{
    private const string AmbientKey = "StaticMath.Liquid";

    // Keyed by the source string instance: Parlot spans keep a reference to the text they were parsed from.
    private readonly ConditionalWeakTable<string, SourceInfo> _sources = new();

    public LiquidEnvironment Liquid { get; } = liquid;

    public LiquidPageInput Input { get; } = input;
    public DiagnosticBag Diagnostics { get; } = diagnostics;
    internal Dictionary<string, Fluid.IFluidTemplate?> IncludeTemplates { get; } = new(StringComparer.Ordinal);
    internal int IncludeDepth { get; set; }

    /// <summary>Includes rendered so far in this render, at any depth (see <see cref="LiquidBudget.MaxIncludeRenders"/>).</summary>
    internal int IncludeRenders { get; set; }

    public static LiquidRenderState From(TemplateContext context) => (LiquidRenderState)context.AmbientValues[AmbientKey];

    internal void AttachTo(TemplateContext context) => context.AmbientValues[AmbientKey] = this;

    /// <summary>Registers a parsed text; <paramref name="firstLine"/> is the file line of its first line.</summary>
    internal void RegisterSource(string text, string path, int firstLine) => _sources.AddOrUpdate(text, new SourceInfo(path, firstLine));

    internal void Report(TextSpan span, DiagnosticSeverity severity, string code, string message)
    {
        var (path, line, column) = Locate(span.Buffer, span.Offset);
        Diagnostics.Add(new Diagnostic(severity, code, path, line, column, message));
    }

    internal (string Path, int Line, int Column) Locate(string? buffer, int offset)
    {
        if (buffer is null || !_sources.TryGetValue(buffer, out var info))
            return (Input.SourcePath, 0, 0);
        var (line, column) = LiquidSourceText.LineColumnOf(buffer, offset);
        return (info.Path, info.FirstLine + line - 1, column);
    }

    /// <summary>Text on the tag's line before the tag (used to decide between Markdown and HTML output).</summary>
    internal static string TextBeforeOnLine(TextSpan span)
    {
        if (span.Buffer is null) return "";
        var start = System.Math.Min(span.Offset, span.Buffer.Length);
        // The span is the tag's argument text; step back to its "{%".
        var opener = span.Buffer.LastIndexOf("{%", System.Math.Max(0, start - 1), StringComparison.Ordinal);
        if (opener < 0) return "";
        var lineStart = span.Buffer.LastIndexOf('\n', System.Math.Max(0, opener - 1)) + 1;
        return opener > lineStart ? span.Buffer[lineStart..opener] : "";
    }

    private sealed record SourceInfo(string Path, int FirstLine);
}
