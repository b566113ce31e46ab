namespace StaticMath.Site.Diagnostics;

/// <summary>
/// Marks a code in <see cref="DiagnosticCodes"/> with the severity it is usually reported at and a one-line summary,
/// which the docs page of diagnostics lists (see <see cref="DiagnosticCatalog"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class DiagnosticCodeAttribute(DiagnosticSeverity severity, string summary) : Attribute
{
    public DiagnosticSeverity Severity { get; } = severity;

    public string Summary { get; } = summary;
}
