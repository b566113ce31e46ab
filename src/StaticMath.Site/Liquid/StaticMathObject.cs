using StaticMath.Math;
using StaticMath.Site.Core;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Liquid;

/// <summary>
/// The <c>staticmath</c> object page bodies can read: <c>staticmath.version</c>, <c>staticmath.commands</c> (the CLI's
/// commands, when a tool runs the build) and <c>staticmath.math</c> (every command the math engine supports, grouped
/// by kind and family, from <see cref="MathEngineInfo.SupportedCommands"/>) and <c>staticmath.diagnostics</c> (the
/// <see cref="DiagnosticCatalog"/>). Our docs render their reference tables
/// from it, so they list exactly what the tool and engine do.
/// </summary>
public static class StaticMathObject
{
    public static Dictionary<string, object?> Create(ToolInfo? tool) => new(StringComparer.Ordinal)
    {
        ["version"] = tool?.Version ?? "",
        ["math_engine_version"] = MathEngineInfo.Version,
        ["commands"] = (tool?.Commands ?? []).Select(Command).ToList<object?>(),
        ["math"] = MathModel.Value,
        ["diagnostics"] = DiagnosticCatalog.All.Select(DiagnosticEntry).ToList<object?>(),
    };

    private static Dictionary<string, object?> DiagnosticEntry(DiagnosticInfo info) => new(StringComparer.Ordinal)
    {
        ["code"] = info.Code,
        ["severity"] = info.Severity == DiagnosticSeverity.Error ? "error" : "warning",
        ["summary"] = info.Summary,
    };

    private static readonly Lazy<Dictionary<string, object?>> MathModel = new(CreateMathModel, LazyThreadSafetyMode.ExecutionAndPublication);

    private static Dictionary<string, object?> Command(ToolCommand command) => new(StringComparer.Ordinal)
    {
        ["name"] = command.Name,
        ["description"] = command.Description,
        ["arguments"] = command.Arguments.Select(a => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["name"] = a.Name,
            ["description"] = a.Description,
        }).ToList(),
        ["options"] = command.Options.Select(o => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["names"] = o.Names.ToList<object?>(),
            ["name"] = o.Names.Count > 0 ? o.Names[0] : "",
            ["aliases"] = o.Names.Skip(1).ToList<object?>(),
            ["value"] = o.Value,
            ["description"] = o.Description,
            ["default"] = o.Default,
        }).ToList(),
    };

    private static Dictionary<string, object?> CreateMathModel()
    {
        var all = MathEngineInfo.SupportedCommands();
        var model = new Dictionary<string, object?>(StringComparer.Ordinal) { ["count"] = all.Count };
        foreach (var kind in Enum.GetValues<MathCommandKind>())
        {
            var families = all.Where(c => c.Kind == kind)
                .GroupBy(c => c.Family, StringComparer.Ordinal)
                .Select(g => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["name"] = g.Key,
                    ["count"] = g.Count(),
                    ["names"] = g.Select(c => (object?)c.Usage).ToList(),
                })
                .ToList();
            model[Key(kind)] = families;
        }
        return model;
    }

    /// <summary><c>commands</c>, <c>symbols</c>, <c>macros</c>, <c>definitions</c>, <c>environments</c>.</summary>
    private static string Key(MathCommandKind kind) => kind switch
    {
        MathCommandKind.Command => "commands",
        MathCommandKind.Symbol => "symbols",
        MathCommandKind.Macro => "macros",
        MathCommandKind.Definition => "definitions",
        _ => "environments",
    };
}
