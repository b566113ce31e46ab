using System.Globalization;

namespace StaticMath.Robustness.Tests;

/// <summary>The same input gives byte-identical output folders whatever the thread count, culture or file order.</summary>
public class DeterminismTests
{
    private static IReadOnlyList<string> BuildHashes(int parallelism, string? culture = null, string extraConfig = "")
    {
        using var site = SampleSite.Create(extraConfig);
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture);
        try
        {
            if (culture is not null)
            {
                var info = CultureInfo.GetCultureInfo(culture);
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = info;
                // Parallel page builds run on pool threads: give them the culture too.
                CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = info;
            }
            var result = site.Build(parallelism);
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            return site.OutputHashes();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture) = previous;
            CultureInfo.DefaultThreadCurrentUICulture = null;
        }
    }

    [Fact]
    public void Output_is_the_same_with_one_thread_and_many()
    {
        var one = BuildHashes(1);
        Assert.Equal(one, BuildHashes(8));
        Assert.Equal(one, BuildHashes(0));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("fr-CH")]
    public void Output_is_the_same_in_every_culture(string culture)
    {
        Assert.Equal(BuildHashes(2), BuildHashes(2, culture));
    }

    [Theory]
    [InlineData("de", "en-US")]
    [InlineData("ja", "tr-TR")]
    [InlineData("fr", "ar-SA")]
    public void A_translated_site_is_the_same_in_every_process_culture(string language, string culture)
    {
        var config = $"language: {language}\n";
        Assert.Equal(BuildHashes(2, extraConfig: config), BuildHashes(4, culture, config));
    }

    [Fact]
    public void A_german_site_writes_german_dates_whatever_the_process_culture()
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.DefaultThreadCurrentCulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.DefaultThreadCurrentCulture = CultureInfo.GetCultureInfo("en-US");
            using var site = SampleSite.Create("language: de\n");
            Assert.True(site.Build(2).Succeeded);
            var html = File.ReadAllText(Path.Combine(site.Directory, "_site", "posts", "post-0", "index.html"));
            Assert.Contains(">10. Januar 2024</time>", html);
            Assert.DoesNotContain("January 10, 2024</time>", html);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.DefaultThreadCurrentCulture) = previous;
        }
    }

    [Fact]
    public void Output_does_not_depend_on_the_order_files_were_created()
    {
        // Directory enumeration order follows creation order on many file systems: create the same files reversed.
        using var forward = SampleSite.Create();
        Assert.True(forward.Build().Succeeded);
        using var reversed = new TempSite("title: Determinism\nbaseUrl: https://example.org/\npaginate: 2\nmath:\n  numbering: ams\n");
        foreach (var file in Directory.EnumerateFiles(forward.Directory, "*", SearchOption.AllDirectories)
                     .Where(f => !f.Contains("_site", StringComparison.Ordinal) && !f.Contains(".staticmath", StringComparison.Ordinal))
                     .OrderByDescending(f => f, StringComparer.Ordinal))
            reversed.WriteBytes(Path.GetRelativePath(forward.Directory, file), File.ReadAllBytes(file));
        Assert.True(reversed.Build().Succeeded);
        Assert.Equal(forward.OutputHashes(), reversed.OutputHashes());
    }

    [Fact]
    public void Dates_in_the_output_come_from_the_content_not_the_clock()
    {
        var first = BuildHashes(2);
        Thread.Sleep(1100);
        Assert.Equal(first, BuildHashes(2));
    }
}
