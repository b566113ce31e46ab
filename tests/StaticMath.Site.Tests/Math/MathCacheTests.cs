using Microsoft.Data.Sqlite;
using StaticMath.Math;
using StaticMath.Site.Markdown.Extensions.Math;

namespace StaticMath.Site.Tests.Math;

public sealed class MathCacheTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "sm-mathcache-" + Guid.NewGuid().ToString("N"));
    private readonly List<string> _warnings = [];
    private readonly ManualClock _clock = new();

    private string StorePath => MathCache.StorePathFor(_directory);

    private MathCache Cache(long sizeLimit = MathCache.DefaultSizeLimit) => new(StorePath, sizeLimit, _warnings.Add, _clock);

    private static MathResult Result(string svg) => new()
    {
        Svg = svg,
        WidthEm = 1.25,
        HeightEm = 0.75,
        DepthEm = 0.25,
        Rows = [new MathEquationRow("1", false, "x", true, false, 0.5, 0.625), new MathEquationRow(null, true, null, false, true, 1.5)],
        GlyphIds = ["g-LMM-12", "g-LMM-7"],
        Environment = "equation",
        Errors = [new MathError(3, "Undefined control sequence \\foo", 4) { Code = null, IsLocal = true }],
        Warnings = [new MathError(1, "drawn as text", 1) { Code = "SM2010" }],
        LinePieces = [new MathLinePiece("<svg>left</svg>", 0.5, 0.7, 0.2), new MathLinePiece("<svg>right</svg>", 0.75, 0.6, 0.1)],
    };

    private static string Key(string tex) => MathCache.KeyFor("engine-key:" + tex, GlyphMode.SharedDefinitions, []);

    private void Save(string tex, string svg)
    {
        using var cache = Cache();
        cache.Put(Key(tex), Result(svg));
        cache.Save();
    }

    [Fact]
    public void A_stored_result_comes_back_equal_in_every_field()
    {
        Save("a", "<svg>a</svg>");
        using var cache = Cache();
        Assert.True(cache.TryGet(Key("a"), out var read));
        var expected = Result("<svg>a</svg>");
        Assert.Equal(expected.Svg, read.Svg);
        Assert.Equal((1.25, 0.75, 0.25), (read.WidthEm, read.HeightEm, read.DepthEm));
        Assert.Equal(expected.Rows, read.Rows);
        Assert.Equal(expected.GlyphIds, read.GlyphIds);
        Assert.Equal(expected.Errors, read.Errors);
        Assert.Equal(expected.Warnings, read.Warnings);
        Assert.Equal(expected.LinePieces, read.LinePieces);
        Assert.Equal("equation", read.Environment);
        Assert.Empty(_warnings);
    }

    [Fact]
    public void Entries_are_written_at_the_end_of_the_build_into_one_file()
    {
        using (var cache = Cache())
        {
            Assert.False(cache.TryGet(Key("b"), out _));
            cache.Put(Key("b"), Result("<svg>b</svg>"));
            // Within the build the new entry is served already; on disk only after Save.
            Assert.True(cache.TryGet(Key("b"), out _));
            using var other = Cache();
            Assert.False(other.TryGet(Key("b"), out _));
            cache.Save();
        }

        // The database alone: the write-ahead log is checkpointed away when the build closes the store.
        Assert.Equal(["math-cache.db"], Directory.GetFiles(Path.GetDirectoryName(StorePath)!).Select(Path.GetFileName));
        using var next = Cache();
        Assert.True(next.TryGet(Key("b"), out var read));
        Assert.Equal("<svg>b</svg>", read.Svg);
    }

    [Fact]
    public void A_damaged_entry_is_a_miss_and_is_replaced()
    {
        Save("c", "<svg>c</svg>");
        using (var connection = new SqliteConnection($"Data Source={StorePath};Pooling=False"))
        {
            connection.Open();
            using var flip = connection.CreateCommand();
            // Same length, one byte changed in the compressed data: only the checksum can tell.
            flip.CommandText = "UPDATE entries SET value = CAST(substr(value, 1, 20) || x'5A' || substr(value, 22) AS BLOB)";
            flip.ExecuteNonQuery();
        }

        using (var cache = Cache())
        {
            Assert.False(cache.TryGet(Key("c"), out _));
            cache.Put(Key("c"), Result("<svg>fresh</svg>"));
            cache.Save();
        }

        using var repaired = Cache();
        Assert.True(repaired.TryGet(Key("c"), out var read));
        Assert.Equal("<svg>fresh</svg>", read.Svg);
        Assert.Empty(_warnings);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("garbage")]
    [InlineData("format")]
    [InlineData("short")]
    public void A_damaged_store_is_reported_once_and_rebuilt(string damage)
    {
        using (var filler = Cache())
        {
            for (var i = 0; i < 200; i++) filler.Put(Key("filler" + i), Result(MathCacheFaults.IncompressibleSvg(i)));
            filler.Save();
        }

        MathCacheFaults.Damage(StorePath, damage);

        using (var cache = Cache())
        {
            for (var i = 0; i < 200; i++)
            {
                Assert.False(cache.TryGet(Key("filler" + i), out _));
            }

            cache.Put(Key("d"), Result("<svg>d</svg>"));
            cache.Save();
        }

        Assert.Single(_warnings);
        Assert.Contains("damaged", _warnings[0]);
        using var rebuilt = Cache();
        Assert.True(rebuilt.TryGet(Key("d"), out var read));
        Assert.Equal("<svg>d</svg>", read.Svg);
        Assert.Single(_warnings);
    }

    [Fact]
    public void Least_recently_used_entries_are_evicted_down_to_the_size_bound()
    {
        const long limit = 256 << 10;
        // Incompressible SVG text: each entry takes over 2 KB, and 200 of them overflow 256 KB.
        for (var batch = 0; batch < 4; batch++)
        {
            _clock.Advance(TimeSpan.FromHours(2));
            using var cache = Cache(limit);
            // Entry 0 is read in every build: recently used, it must survive.
            Assert.Equal(batch > 0, cache.TryGet(Key("e0"), out _));
            for (var i = batch * 50; i < (batch + 1) * 50; i++)
            {
                cache.Put(Key("e" + i), Result(MathCacheFaults.IncompressibleSvg(i)));
            }

            cache.Save();
        }

        var statistics = MathCache.Describe(_directory)!;
        Assert.InRange(statistics.Bytes, 1, limit);
        Assert.InRange(new FileInfo(StorePath).Length, 1, limit + (64 << 10));
        using var after = Cache(limit);
        Assert.True(after.TryGet(Key("e0"), out _));
        Assert.True(after.TryGet(Key("e199"), out _), "the newest entries stay");
        Assert.False(after.TryGet(Key("e1"), out _), "the oldest unused entries go first");
        Assert.True(statistics.Entries < 200);
    }

    [Fact]
    public void Pages_damaged_inside_a_large_store_give_misses_and_one_warning_never_wrong_svg()
    {
        const int entries = 1200;
        using (var writer = Cache())
        {
            for (var i = 0; i < entries; i++)
            {
                writer.Put(Key("r" + i), Result("<svg>" + i + "</svg>"));
            }

            writer.Save();
        }

        SqliteConnection.ClearAllPools();
        // Garbage over the middle third: the header and the file's length still look right.
        var length = new FileInfo(StorePath).Length;
        using (var file = new FileStream(StorePath, FileMode.Open))
        {
            var garbage = new byte[length / 3];
            new Random(7).NextBytes(garbage);
            file.Position = length / 3;
            file.Write(garbage);
        }

        var found = 0;
        using (var cache = Cache())
        {
            for (var i = 0; i < entries; i++)
            {
                if (cache.TryGet(Key("r" + i), out var result))
                {
                    Assert.Equal("<svg>" + i + "</svg>", result.Svg);
                    found++;
                }
            }
        }

        Assert.Single(_warnings);
        Assert.InRange(found, 0, entries - 1);
    }

    [Fact]
    public void Two_builds_at_once_on_one_store_both_save_and_neither_corrupts_it()
    {
        Save("shared", "<svg>shared</svg>");
        using var first = Cache();
        using var second = Cache();
        var barrier = new Barrier(2);
        Parallel.Invoke(
            () => Fill(first, "first"),
            () => Fill(second, "second"));

        void Fill(MathCache cache, string name)
        {
            Assert.True(cache.TryGet(Key("shared"), out _));
            for (var i = 0; i < 100; i++) cache.Put(Key(name + i), Result($"<svg>{name}{i}</svg>"));
            barrier.SignalAndWait();
            cache.Save();
        }

        using var after = Cache();
        Assert.True(after.TryGet(Key("first99"), out var a));
        Assert.True(after.TryGet(Key("second99"), out var b));
        Assert.Equal(("<svg>first99</svg>", "<svg>second99</svg>"), (a.Svg, b.Svg));
        Assert.Equal(201, MathCache.Describe(_directory)!.Entries);
        Assert.Empty(_warnings);
    }

    [Fact]
    public void Statistics_report_the_last_builds_hit_rate_and_clear_removes_only_the_store()
    {
        Save("s1", "<svg>1</svg>");
        using (var cache = Cache())
        {
            Assert.True(cache.TryGet(Key("s1"), out _));
            Assert.False(cache.TryGet(Key("s2"), out _));
            Assert.False(cache.TryGet(Key("s3"), out _));
            cache.Put(Key("s2"), Result("<svg>2</svg>"));
            cache.Save();
        }

        var statistics = MathCache.Describe(_directory)!;
        Assert.Equal((2L, 3L, 1L), (statistics.Entries, statistics.Lookups, statistics.Hits));
        Assert.Equal(1.0 / 3, statistics.HitRate, 6);
        var neighbour = Path.Combine(_directory, ".staticmath", "notes.txt");
        File.WriteAllText(neighbour, "not ours");
        Assert.True(MathCache.Clear(_directory));
        Assert.Null(MathCache.Describe(_directory));
        Assert.True(File.Exists(neighbour));
        Assert.False(MathCache.Clear(_directory));
    }

    [Fact]
    public void Keys_differ_with_glyph_mode_and_resolved_references()
    {
        var plain = MathCache.KeyFor("k", GlyphMode.SharedDefinitions, []);
        Assert.NotEqual(plain, MathCache.KeyFor("k", GlyphMode.Inline, []));
        Assert.NotEqual(
            MathCache.KeyFor("k", GlyphMode.SharedDefinitions, [new("a", "1")]),
            MathCache.KeyFor("k", GlyphMode.SharedDefinitions, [new("a", "2")]));
        Assert.Matches("^[0-9a-f]{64}$", plain);
    }

    [Theory]
    [InlineData("256MB", 256L << 20)]
    [InlineData("1.5 GB", 3L << 29)]
    [InlineData("800kb", 800L << 10)]
    [InlineData("4096", 4096L)]
    [InlineData("", MathCache.DefaultSizeLimit)]
    public void Cache_sizes_are_read_with_their_unit(string text, long bytes)
    {
        Assert.True(MathConfig.TryParseCacheSize(text, out var parsed));
        Assert.Equal(bytes, parsed);
    }

    [Theory]
    [InlineData("lots")]
    [InlineData("-5MB")]
    [InlineData("0")]
    public void A_size_that_is_not_one_is_refused(string text)
    {
        Assert.False(MathConfig.TryParseCacheSize(text, out var parsed));
        Assert.Equal(MathCache.DefaultSizeLimit, parsed);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public void Advance(TimeSpan by) => _now += by;

        public override DateTimeOffset GetUtcNow() => _now;
    }
}
