using StaticMath.Site.Build;
using StaticMath.Site.Core;

namespace StaticMath.Browser.Tests.Harness;

/// <summary>Builds a site folder with the real site engine (the same code path as <c>staticmath build</c>).</summary>
internal static class SampleSiteBuild
{
    public static void Build(string siteDirectory, string outputDirectory)
    {
        if (!Directory.Exists(siteDirectory))
            throw new InvalidOperationException($"sample site not found: {siteDirectory}");
        var result = SiteBuilder.Build(new BuildOptions { SourceDirectory = siteDirectory, OutputDirectory = outputDirectory });
        if (!result.OutputWritten)
            throw new InvalidOperationException("building the sample site failed:\n" + string.Join("\n", result.Diagnostics));
    }
}
