namespace StaticMath.Site.Diagnostics;

/// <summary>
/// Warnings that would repeat on every page for one cause (an unknown code language used in 300 posts) are reported
/// once per build: the first occurrence in path and line order keeps its location and says how many more there are.
/// </summary>
public static class OncePerBuild
{
    /// <summary>Codes reported once per distinct message.</summary>
    public static readonly IReadOnlySet<string> Codes = new HashSet<string>(StringComparer.Ordinal) { DiagnosticCodes.UnknownCodeLanguage };

    /// <summary>The diagnostics (already in their deterministic order) with repeats of <see cref="Codes"/> folded into the first.</summary>
    public static IReadOnlyList<Diagnostic> Fold(IReadOnlyList<Diagnostic> sorted)
    {
        var repeats = sorted.Where(d => Codes.Contains(d.Code)).GroupBy(d => (d.Code, d.Message)).ToDictionary(g => g.Key, g => g.Count());
        if (repeats.Count == 0) return sorted;
        var seen = new HashSet<(string, string)>();
        var result = new List<Diagnostic>(sorted.Count);
        foreach (var diagnostic in sorted)
        {
            if (!Codes.Contains(diagnostic.Code)) { result.Add(diagnostic); continue; }
            var key = (diagnostic.Code, diagnostic.Message);
            if (!seen.Add(key)) continue;
            var more = repeats[key] - 1;
            result.Add(more == 0 ? diagnostic : diagnostic with { Message = $"{diagnostic.Message} (and {more} more in this build)" });
        }
        return result;
    }
}
