namespace StaticMath.Site.Content;

/// <summary>What the content folders hold after loading: pages to build (drafts/future already filtered) and files to copy.</summary>
public sealed record SiteContent(IReadOnlyList<Page> Pages, IReadOnlyList<StaticFile> StaticFiles, int SkippedDrafts, int SkippedFuture);
