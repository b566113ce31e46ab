using System.Reflection;

namespace StaticMath.Site.Diagnostics;

/// <summary>One entry of the catalogue: a code, its usual severity and what it means.</summary>
public sealed record DiagnosticInfo(string Code, string Name, DiagnosticSeverity Severity, string Summary);

/// <summary>Every diagnostic code, read from the declarations in <see cref="DiagnosticCodes"/>, in code order.</summary>
public static class DiagnosticCatalog
{
    public static IReadOnlyList<DiagnosticInfo> All { get; } = typeof(DiagnosticCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral)
        .Select(field => (Field: field, Info: field.GetCustomAttribute<DiagnosticCodeAttribute>()
            ?? throw new InvalidOperationException($"DiagnosticCodes.{field.Name} has no [DiagnosticCode]")))
        .Select(entry => new DiagnosticInfo((string)entry.Field.GetRawConstantValue()!, entry.Field.Name, entry.Info.Severity, entry.Info.Summary))
        .OrderBy(info => info.Code, StringComparer.Ordinal)
        .ToList();
}
