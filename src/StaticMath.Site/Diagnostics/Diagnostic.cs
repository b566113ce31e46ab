namespace StaticMath.Site.Diagnostics;

/// <summary>
/// A build problem with its location, printed as <c>path(line,col): error SMnnnn: message</c> (MSBuild style, so
/// editors and CI annotate it). Line and column are 1-based; 0 means unknown.
/// Code ranges: SM1xxx content (site, config, front matter, Markdown, blocks, bibliographies, output), SM2xxx math,
/// SM3xxx templates (layouts, Liquid), SM4xxx assets and links (images, anchors, check).
/// </summary>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Path, int Line, int Column, string Message)
{
    public static Diagnostic Error(string code, string path, int line, int column, string message) =>
        new(DiagnosticSeverity.Error, code, path, line, column, message);

    public static Diagnostic Warning(string code, string path, int line, int column, string message) =>
        new(DiagnosticSeverity.Warning, code, path, line, column, message);

    public bool IsError => Severity == DiagnosticSeverity.Error;

    public override string ToString()
    {
        var kind = IsError ? "error" : "warning";
        var where = Line > 0 ? $"{Path}({Line},{System.Math.Max(1, Column)})" : Path;
        return $"{where}: {kind} {Code}: {Message}";
    }
}
