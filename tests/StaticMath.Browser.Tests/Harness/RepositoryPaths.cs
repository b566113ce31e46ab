namespace StaticMath.Browser.Tests.Harness;

internal static class RepositoryPaths
{
    /// <summary>The repository root: the folder holding StaticMath.sln above the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    public static string SampleSite => Path.Combine(Root, "samples", "math-blog");

    /// <summary>Screenshots go next to the test binaries (never committed: bin/ is ignored).</summary>
    public static string ScreenshotDirectory => Path.Combine(AppContext.BaseDirectory, "screenshots");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StaticMath.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("cannot find the repository root (StaticMath.sln) above " + AppContext.BaseDirectory);
    }
}
