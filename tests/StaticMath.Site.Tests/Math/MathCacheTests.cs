using StaticMath.Math;
using StaticMath.Site.Markdown.Extensions.Math;

namespace StaticMath.Site.Tests.Math;

public sealed class MathCacheTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "sm-mathcache-" + Guid.NewGuid().ToString("N"));

    private static MathResult Result(string svg) => new()
    {
        Svg = svg,
        WidthEm = 1.25,
        HeightEm = 0.75,
        DepthEm = 0.25,
        Rows = [new MathEquationRow("1", false, "x", true, false, 0.5)],
        GlyphIds = ["g-LMM-12", "g-LMM-7"],
        Environment = "equation",
    };

    private static string Key(string tex) => MathCache.KeyFor("engine-key:" + tex, GlyphMode.SharedDefinitions, []);

    [Fact]
    public void A_stored_result_comes_back_equal()
    {
        var cache = new MathCache(_directory);
        var key = Key("a");
        Assert.False(cache.TryGet(key, out _));
        cache.Put(key, Result("<svg>a</svg>"));
        Assert.True(cache.TryGet(key, out var read));
        Assert.Equal("<svg>a</svg>", read.Svg);
        Assert.Equal(1.25, read.WidthEm);
        Assert.Equal(0.5, Assert.Single(read.Rows).CenterFromTopEm);
        Assert.Equal(["g-LMM-12", "g-LMM-7"], read.GlyphIds);
    }

    [Fact]
    public void A_new_cache_on_the_same_folder_sees_earlier_entries()
    {
        new MathCache(_directory).Put(Key("b"), Result("<svg>b</svg>"));
        Assert.True(new MathCache(_directory).TryGet(Key("b"), out var read));
        Assert.Equal("<svg>b</svg>", read.Svg);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"Format\":1,\"Key\":\"")]
    [InlineData("not json at all")]
    [InlineData("{\"Format\":1,\"Key\":\"other\",\"Result\":{\"Svg\":\"<svg/>\",\"WidthEm\":1,\"HeightEm\":1,\"DepthEm\":0}}")]
    [InlineData("{\"Format\":99,\"Key\":\"KEY\",\"Result\":{\"Svg\":\"<svg/>\",\"WidthEm\":1,\"HeightEm\":1,\"DepthEm\":0}}")]
    public void A_corrupt_truncated_or_mismatched_entry_is_a_miss_and_is_rewritten(string content)
    {
        var cache = new MathCache(_directory);
        var key = Key("c");
        cache.Put(key, Result("<svg>c</svg>"));
        var file = Assert.Single(Directory.GetFiles(_directory, "*.json", SearchOption.AllDirectories));
        File.WriteAllText(file, content.Replace("KEY", key));

        Assert.False(cache.TryGet(key, out _));
        cache.Put(key, Result("<svg>fresh</svg>"));
        Assert.True(cache.TryGet(key, out var read));
        Assert.Equal("<svg>fresh</svg>", read.Svg);
    }

    [Fact]
    public void Writes_leave_no_temporary_files_even_when_many_threads_write_the_same_key()
    {
        var cache = new MathCache(_directory);
        var key = Key("d");
        Parallel.For(0, 64, i => cache.Put(key, Result("<svg>d</svg>")));
        Assert.True(cache.TryGet(key, out var read));
        Assert.Equal("<svg>d</svg>", read.Svg);
        Assert.Empty(Directory.GetFiles(_directory, "*.tmp", SearchOption.AllDirectories));
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

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
