using StaticMath.Site.Build;
using StaticMath.Site.Core;

namespace StaticMath.Robustness.Tests;

/// <summary><c>{{ "now" | date }}</c> in bodies and layouts, and <c>site.time</c>, are the build's time: <c>SOURCE_DATE_EPOCH</c> when set.</summary>
[Collection(nameof(ProcessStateCollection))]
public class SourceDateEpochTests
{
    [Fact]
    public void Now_and_site_time_follow_SOURCE_DATE_EPOCH_in_bodies_and_layouts()
    {
        using var site = new TempSite();
        site.Write("layouts/stamp.liquid", "<html><body>layout-now={{ \"now\" | date: \"%s\" }} site-time={{ site.time | date: \"%s\" }} {{ content }}</body></html>");
        site.Write("content/p.md", "---\ntitle: P\nlayout: stamp\n---\n\nbody-now={{ \"now\" | date: \"%s\" }} body-today={{ \"today\" | date: \"%Y\" }}\n");
        var previous = Environment.GetEnvironmentVariable(BuildClock.SourceDateEpochVariable);
        Environment.SetEnvironmentVariable(BuildClock.SourceDateEpochVariable, "1000000000");
        try
        {
            // No BuildOptions.Now: the build must take its time from the environment, as the CLI does.
            var result = Bounded.Run(() => SiteBuilder.Build(new BuildOptions { SourceDirectory = site.Directory, NoCache = true }), "build");
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        }
        finally
        {
            Environment.SetEnvironmentVariable(BuildClock.SourceDateEpochVariable, previous);
        }

        var html = File.ReadAllText(Path.Combine(site.Output, "p", "index.html"));
        Assert.Contains("layout-now=1000000000 ", html, StringComparison.Ordinal);
        Assert.Contains("site-time=1000000000 ", html, StringComparison.Ordinal);
        Assert.Contains("body-now=1000000000 ", html, StringComparison.Ordinal);
        Assert.Contains("body-today=2001", html, StringComparison.Ordinal);
    }
}
