namespace StaticMath.Site.Engine;

/// <summary>What <see cref="PageRenderer"/> makes of a page: its HTML fragment and its word count
/// (<see cref="Content.WordCount.Of"/> of <paramref name="Html"/>).</summary>
public sealed record RenderedFragment(string Html, int WordCount);
