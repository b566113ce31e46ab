namespace StaticMath.Site.Build;

/// <summary>Progress of a build stage (e.g. "pages" 12 of 40).</summary>
public readonly record struct BuildProgress(string Stage, int Done, int Total);
