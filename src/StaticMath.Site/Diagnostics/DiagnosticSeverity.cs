namespace StaticMath.Site.Diagnostics;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}
