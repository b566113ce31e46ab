using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Import;

/// <summary>One thing the import carried over, at the place it came from (<c>_config.yml:4</c>).</summary>
public sealed record ConvertedItem(string Path, int Line, string Message)
{
    public override string ToString() => (Line > 0 ? $"{Path}:{Line}" : Path) + ": " + Message;
}

/// <summary>What an import converted and, as located diagnostics, what it could not.</summary>
public sealed class ImportReport
{
    private readonly List<ConvertedItem> _converted = [];

    public DiagnosticBag Problems { get; } = new();

    public IReadOnlyList<ConvertedItem> Converted => _converted;

    public void Convert(string path, int line, string message) => _converted.Add(new ConvertedItem(path, line, message));

    public void NotConverted(string code, string path, int line, string message) => Problems.Warning(code, path, line, 1, message);

    public void Fail(string code, string path, int line, string message) => Problems.Error(code, path, line, 1, message);
}
