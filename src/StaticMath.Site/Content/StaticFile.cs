namespace StaticMath.Site.Content;

/// <summary>A file copied as-is: <see cref="SourcePath"/> is site-relative, <see cref="OutputPath"/> output-relative.</summary>
public sealed record StaticFile(string SourcePath, string FullPath, string OutputPath);
