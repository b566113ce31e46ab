namespace StaticMath.Site.Content;

/// <summary>
/// The result of splitting a Markdown file into YAML front matter and body. <see cref="Values"/> holds plain values
/// (see <c>YamlValues</c>); <see cref="KeyLines"/> gives the 1-based file line of each top-level key so diagnostics
/// about a key point at the right line.
/// </summary>
public sealed class FrontMatter
{
    public static readonly IReadOnlyDictionary<string, object?> NoValues = new Dictionary<string, object?>(StringComparer.Ordinal);

    public bool Present { get; init; }

    public IReadOnlyDictionary<string, object?> Values { get; init; } = NoValues;

    public IReadOnlyDictionary<string, int> KeyLines { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>The Markdown body: everything after the closing <c>---</c> (line endings normalised to LF).</summary>
    public string Body { get; init; } = "";

    /// <summary>1-based file line of the body's first line.</summary>
    public int BodyLineOffset { get; init; } = 1;

    /// <summary>The problem that made the front matter unusable, if any (line/column in the file, 1-based).</summary>
    public FrontMatterError? Error { get; init; }

    /// <summary>Problems that did not stop the front matter from being used (e.g. a repeated key: the last one wins).</summary>
    public IReadOnlyList<FrontMatterError> Warnings { get; init; } = [];

    public int LineOf(string key) => KeyLines.TryGetValue(key, out var line) ? line : 1;
}

public sealed record FrontMatterError(int Line, int Column, string Message);
