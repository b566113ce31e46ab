namespace StaticMath.Site.Engine;

/// <summary>What <see cref="PageRenderer"/> makes of a page: its HTML fragment and its word count
/// (<see cref="Content.WordCount.Of"/> of <see cref="PageFragment.Held"/>).</summary>
public sealed record RenderedFragment(PageFragment Fragment, int WordCount);
