using StaticMath.Site.Output;

namespace StaticMath.Robustness.Tests;

/// <summary>Two builds into one output folder: the second is refused while the first holds the lock, and touches nothing of it.</summary>
public class OutputLockTests
{
    [Fact]
    public void A_second_build_into_a_locked_output_is_refused_and_leaves_the_first_ones_working_folder()
    {
        using var site = new TempSite();
        site.Write("content/posts/2024-01-01-a.md", "---\ntitle: A\n---\n\nText.\n");
        Assert.True(site.Build().Succeeded);
        var before = site.OutputHashes();

        // The first build, mid-way: it holds the lock and is writing its working folder.
        using (var first = AtomicOutput.Begin(site.Output))
        {
            File.WriteAllText(Path.Combine(first.WorkingDirectory, "index.html"), "<p>first build, half written</p>");

            var second = site.Build();

            Assert.False(second.Succeeded);
            Assert.Contains(second.Diagnostics, d => d.Code == "SM1401" && d.Message.Contains("another staticmath build", StringComparison.Ordinal));
            Assert.True(File.Exists(Path.Combine(first.WorkingDirectory, "index.html")));
            Assert.Equal(before, site.OutputHashes());
            first.Commit();
        }
        Assert.Equal("<p>first build, half written</p>", File.ReadAllText(Path.Combine(site.Output, "index.html")));
        Assert.True(site.Build().Succeeded); // the lock went with the first build
    }
}
