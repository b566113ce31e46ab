using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using StaticMath.Site.Build;
using StaticMath.Site.Core;
using StaticMath.Site.Markdown.Extensions.Math;

namespace StaticMath.Site.Tests.Math;

/// <summary>Whole builds with the math cache: the output never depends on it, and a damaged store costs time only.</summary>
public sealed class MathCacheBuildTests : IDisposable
{
    private readonly string _site = Path.Combine(Path.GetTempPath(), "sm-cachebuild-" + Guid.NewGuid().ToString("N"));

    public MathCacheBuildTests()
    {
        Write("staticmath.yml", "title: Cache\nmath:\n  numbering: ams\n  macros:\n    RR: '\\mathbb{R}'\n");
        for (var i = 0; i < 6; i++)
        {
            Write($"content/posts/2024-01-0{i + 1}-post{i}.md",
                $"---\ntitle: Post {i}\n---\n" +
                $"Inline $x_{i} + \\RR^{i}$ and $\\frac{{a_{i}}}{{b}}$, a long one $a + b + c + d + e + f + g + h + {i} = z$.\n\n" +
                $"$$\n\\begin{{align}}\n f(x) &= \\sum_{{k=0}}^{{{i}}} \\binom{{n}}{{k}} x^k \\label{{eq:s{i}}} \\\\\n g &= \\sqrt{{{i}}}\n\\end{{align}}\n$$\n\n" +
                $"By \\eqref{{eq:s{i}}} and $\\undefinedmacro{i}$, shared $E = mc^2$.\n");
        }
    }

    [Fact]
    public void Output_is_byte_identical_without_the_cache_with_a_cold_and_a_warm_one_on_one_thread_and_all()
    {
        var reference = Build(noCache: true, threads: 1);
        Assert.False(File.Exists(MathCache.StorePathFor(_site)));
        Assert.Equal(reference, Build(noCache: true, threads: 0));

        var cold = Build(noCache: false, threads: 0);
        Assert.True(File.Exists(MathCache.StorePathFor(_site)));
        Assert.Equal(reference, cold);
        Assert.Equal(reference, Build(noCache: false, threads: 1, expectFromCache: true));
        Assert.Equal(reference, Build(noCache: false, threads: 0, expectFromCache: true));
    }

    [Fact]
    public void Equations_parsed_only_on_a_miss_see_the_definitions_made_before_them_and_no_later_one()
    {
        // Inline and display equations whose parse is put off (see PageMath.ParseLater) before and after a definition.
        Write("content/posts/2024-02-01-defs.md",
            "---\ntitle: Definitions\n---\n" +
            "Before: $\\later + 1$ and $x^2$.\n\n" +
            "$$\ny = \\later\n$$\n\n" +
            "$$\n\\newcommand{\\later}{L}\n$$\n\n" +
            "After: $\\later + 2$ and $x^2$.\n\n" +
            "$$\ny = \\later\n$$\n\n" +
            "$$\n\\begin{align} a &= \\later \\label{eq:late} \\end{align}\n$$\n\n" +
            "See \\eqref{eq:late}.\n");
        var reference = Build(noCache: true, threads: 1);
        foreach (var (threads, fromCache) in new[] { (0, false), (1, true), (0, true) })
        {
            var result = BuildEveryPage(Options(noCache: false, threads));
            Assert.Equal(reference, Hashes());
            // The two uses before the definition, and only they, are undefined (the page's lines 4 and 7).
            var undefined = result.Diagnostics.Where(d => d.Path.EndsWith("defs.md", StringComparison.Ordinal) && d.Message.Contains(@"\later", StringComparison.Ordinal));
            Assert.Equal([4, 7], undefined.Select(d => d.Line).Order());
            if (fromCache) Assert.Equal(0, Count(result, MathBuildServices.TypesetCounter));
        }

        var page = File.ReadAllText(Path.Combine(_site, "_site", "posts", "defs", "index.html"));
        Assert.Contains("(1)", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("garbage")]
    [InlineData("format")]
    public void A_damaged_store_gives_the_right_output_one_warning_and_a_working_store_again(string damage)
    {
        var reference = Build(noCache: true, threads: 0);
        // One thread: with more, two pages may both typeset an equation they share, and the counts would vary.
        var cold = BuildEveryPage(Options(noCache: false, threads: 1));
        // Enough entries for the store to span many pages, so truncation cuts through them.
        using (var connection = new SqliteConnection($"Data Source={MathCache.StorePathFor(_site)};Pooling=False"))
        {
            connection.Open();
            using var pad = connection.CreateCommand();
            pad.CommandText = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 64) " +
                              "INSERT INTO entries(key, value, saved, writer) SELECT randomblob(32), randomblob(900), 0, 0 FROM n";
            pad.ExecuteNonQuery();
        }

        MathCacheFaults.Damage(MathCache.StorePathFor(_site), damage);

        var damaged = BuildEveryPage(Options(noCache: false, threads: 1));
        var warning = Assert.Single(damaged.Diagnostics, d => d.Code == "SM2050");
        Assert.False(warning.IsError);
        Assert.Equal(".staticmath/math-cache.db", warning.Path);
        Assert.Equal(Count(cold, MathBuildServices.TypesetCounter), Count(damaged, MathBuildServices.TypesetCounter));
        Assert.Equal(reference, Hashes());

        var next = BuildEveryPage(Options(noCache: false, threads: 0));
        Assert.DoesNotContain(next.Diagnostics, d => d.Code == "SM2050");
        Assert.Equal(0, Count(next, MathBuildServices.TypesetCounter));
        Assert.Equal(reference, Hashes());
    }

    [Fact]
    public void Two_builds_of_one_site_at_once_share_the_store_without_damage()
    {
        var reference = Build(noCache: true, threads: 0);
        var outputs = new[] { Path.Combine(_site, "out-a"), Path.Combine(_site, "out-b") };
        var results = new BuildResult[2];
        Parallel.For(0, 2, i => results[i] = SiteBuilder.Build(new BuildOptions { SourceDirectory = _site, OutputDirectory = outputs[i], MaxParallelism = 1 }));
        Assert.All(results, r => Assert.True(r.Succeeded, string.Join("\n", r.Diagnostics.Where(d => d.IsError))));
        Assert.All(results, r => Assert.Equal("", string.Join("\n", r.Diagnostics.Where(d => d.Code == "SM2050"))));

        var warm = BuildEveryPage(Options(noCache: false, threads: 0));
        Assert.Equal(0, Count(warm, MathBuildServices.TypesetCounter));
        Assert.Equal(reference, Hashes());
        Assert.Equal(reference, Hashes(outputs[0]));
    }

    [Fact]
    public void Verbose_phases_report_the_stores_opening_reads_and_save()
    {
        var cold = BuildEveryPage(Options(noCache: false, threads: 1));
        Assert.Equal(1, Phase(cold, MathCache.OpenPhase).Count);
        // No store yet: nothing to read ahead.
        Assert.DoesNotContain(cold.Phases, p => p.Name == MathCache.PreparePhase);
        Assert.Equal(Count(cold, MathBuildServices.TypesetCounter), Phase(cold, MathCache.SavePhase).Count);

        var warm = BuildEveryPage(Options(noCache: false, threads: 1));
        Assert.Equal(1, Phase(warm, MathCache.OpenPhase).Count);
        Assert.Equal(1, Phase(warm, MathCache.PreparePhase).Count);
        Assert.True(Count(warm, MathBuildServices.FromCacheCounter) > 30);
        Assert.Equal(Count(warm, MathBuildServices.FromCacheCounter), Phase(warm, MathCache.ReadPhase).Count);
        Assert.Equal(0, Phase(warm, MathCache.SavePhase).Count);

        // Into the same output folder again: every page is kept, so nothing is read ahead.
        var kept = SiteBuilder.Build(Options(noCache: false, threads: 1));
        Assert.Equal(0, Count(kept, MathBuildServices.FromCacheCounter));
        Assert.DoesNotContain(kept.Phases, p => p.Name is MathCache.PreparePhase or MathCache.ReadPhase);

        // The output folder deleted, the records kept (a CI checkout restoring .staticmath): read ahead again.
        Directory.Delete(Path.Combine(_site, "_site"), recursive: true);
        var newFolder = SiteBuilder.Build(Options(noCache: false, threads: 1));
        Assert.Equal(1, Phase(newFolder, MathCache.PreparePhase).Count);
        Assert.Equal(Count(warm, MathBuildServices.FromCacheCounter), Count(newFolder, MathBuildServices.FromCacheCounter));

        var uncached = BuildEveryPage(Options(noCache: true, threads: 1));
        Assert.DoesNotContain(uncached.Phases, p => p.Name is MathCache.OpenPhase or MathCache.PreparePhase or MathCache.ReadPhase or MathCache.SavePhase);
    }

    private static PhaseTime Phase(BuildResult result, string name) => Assert.Single(result.Phases, p => p.Name == name);

    private static long Count(BuildResult result, string counter) => result.Counters.FirstOrDefault(c => c.Key == counter).Value;

    private IReadOnlyDictionary<string, string> Build(bool noCache, int threads, bool expectFromCache = false)
    {
        var result = BuildEveryPage(Options(noCache, threads));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        if (expectFromCache)
        {
            Assert.Equal(0, Count(result, MathBuildServices.TypesetCounter));
            Assert.True(Count(result, MathBuildServices.FromCacheCounter) > 30);
        }

        return Hashes();
    }

    /// <summary>A build that makes every page: with the last build's page records it would keep them and read no equation.</summary>
    private BuildResult BuildEveryPage(BuildOptions options)
    {
        SiteBuilder.ClearPageRecords(_site);
        return SiteBuilder.Build(options);
    }

    private BuildOptions Options(bool noCache, int threads) => new() { SourceDirectory = _site, NoCache = noCache, MaxParallelism = threads };

    private IReadOnlyDictionary<string, string> Hashes(string? output = null)
    {
        output ??= Path.Combine(_site, "_site");
        return Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetRelativePath(output, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_site, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_site, recursive: true);
    }
}
