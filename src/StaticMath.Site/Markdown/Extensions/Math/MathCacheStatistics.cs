namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>A math cache store's entries and bytes in use, and the look-ups of the last build that saved to it
/// (for <c>staticmath cache info</c>).</summary>
/// <param name="LastBuildAt">Unix seconds; 0 when no build has saved yet.</param>
public sealed record MathCacheStatistics(long Entries, long Bytes, long Lookups, long Hits, long LastBuildAt)
{
    /// <summary>Share of the last build's look-ups served from the cache, 0 to 1 (0 without look-ups).</summary>
    public double HitRate => Lookups == 0 ? 0 : (double)Hits / Lookups;

    internal static MathCacheStatistics ForBuild(long lookups, long hits) => new(0, 0, lookups, hits, 0);
}
