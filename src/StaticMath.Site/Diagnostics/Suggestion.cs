namespace StaticMath.Site.Diagnostics;

/// <summary>"Did you mean …?" for a mistyped name: the closest known name by edit distance, if it is close enough to be a typo.</summary>
public static class Suggestion
{
    /// <summary>
    /// The known name nearest to <paramref name="typed"/> (case, '_' and '-' ignored) when at most about one edit in
    /// four characters away (at least one), else null. Ties go to the first candidate, so results are deterministic.
    /// </summary>
    public static string? Closest(string typed, IEnumerable<string> known)
    {
        var key = Normalize(typed);
        var allowed = System.Math.Max(1, key.Length / 4);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = Distance(key, Normalize(candidate));
            if (distance <= allowed && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>" (did you mean 'x'?)" or empty.</summary>
    public static string Hint(string typed, IEnumerable<string> known) =>
        Closest(typed, known) is { } near ? $" (did you mean '{near}'?)" : "";

    private static string Normalize(string name) =>
        new(name.Where(c => c is not ('_' or '-')).Select(char.ToLowerInvariant).ToArray());

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = System.Math.Min(System.Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = System.Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
