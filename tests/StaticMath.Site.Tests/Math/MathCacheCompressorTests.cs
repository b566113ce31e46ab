using System.Text;
using K4os.Compression.LZ4;
using StaticMath.Site.Markdown.Extensions.Math;

namespace StaticMath.Site.Tests.Math;

public sealed class MathCacheCompressorTests
{
    /// <summary>Entries like the cache's: SVG phrases (much of them in the dictionary) with varying numbers, each
    /// sharing long runs with the entry before it, which a block may not refer to.</summary>
    private static byte[] Entry(Random random, int index, byte[] previous)
    {
        var text = new StringBuilder();
        var parts = random.Next(1, index % 97 == 0 ? 4000 : 40);
        for (var i = 0; i < parts; i++)
        {
            text.Append("<use href=\"#g-LMM-").Append(random.Next(1, 3000)).Append("\" x=\"")
                .Append(random.NextDouble().ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)).Append("\" y=\"0\"></use>");
        }

        var own = Encoding.UTF8.GetBytes(text.ToString());
        // Half the entries start with the previous entry's bytes: a reference back into it would decode wrongly.
        return index % 2 == 0 && previous.Length > 0 ? [.. previous.AsSpan(0, System.Math.Min(previous.Length, 3000)), .. own] : own;
    }

    /// <summary><paramref name="count"/> entries in a row, as <see cref="Entry"/> makes them.</summary>
    private static IEnumerable<(int Index, byte[] Payload)> Entries(int seed, int count)
    {
        var random = new Random(seed);
        var previous = Array.Empty<byte>();
        for (var index = 0; index < count; index++)
        {
            previous = Entry(random, index, previous);
            yield return (index, previous);
        }
    }

    [Fact]
    public void Each_entry_decodes_alone_with_the_dictionary_though_the_state_is_kept_from_entry_to_entry()
    {
        var compressor = new MathCacheCompressor();
        foreach (var (index, payload) in Entries(20261206, 600))
        {
            var compressed = compressor.Compress(payload).ToArray();
            var decoded = new byte[payload.Length];
            Assert.Equal(payload.Length, LZ4Codec.Decode(compressed, decoded, MathCacheDictionary.Bytes));
            Assert.True(payload.AsSpan().SequenceEqual(decoded), $"entry {index} ({payload.Length} bytes) decoded differently");
        }
    }

    [Fact]
    public void Entries_refer_into_the_dictionary()
    {
        var payload = Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1.5em\" height=\"1em\" viewBox=\"0 -750 1500 1000\" " +
            "style=\"vertical-align:-0.25em;overflow:visible\" fill=\"currentColor\" role=\"img\" focusable=\"false\" aria-label=\"x\">");
        var compressed = new MathCacheCompressor().Compress(payload);
        Assert.True(compressed.Length < payload.Length / 2, $"{compressed.Length} of {payload.Length} bytes");
    }

    [Fact]
    public void The_state_after_the_dictionary_is_kept_and_an_entry_compresses_the_same_after_any_others()
    {
        // A K4os version without the state's address would silently compress the dictionary again for every entry.
        Assert.True(MathCacheCompressor.KeepsPrimedState);
        var shared = new MathCacheCompressor();
        foreach (var (_, payload) in Entries(20261207, 300))
        {
            var afterOthers = shared.Compress(payload).ToArray();
            Assert.Equal(new MathCacheCompressor().Compress(payload).ToArray(), afterOthers);
        }
    }
}
