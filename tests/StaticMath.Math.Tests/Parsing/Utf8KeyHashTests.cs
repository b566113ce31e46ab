using System.IO.Hashing;
using System.Text;

namespace StaticMath.Math.Tests.Parsing;

/// <summary>Cache keys hashed part by part must be the keys hashing the joined text gave (stores keep their entries).</summary>
public sealed class Utf8KeyHashTests
{
    public static TheoryData<string[]> Parts => new()
    {
        { ["tex\u0000", "x^2", "\u0000mode\u0000", "inline"] },
        { ["", "é", "𝔄𝔅", "\\frac{a}{b}", ""] },
        // Lone surrogates become U+FFFD either way.
        { ["a\uD835", "\uDD04b", "\uDC00"] },
        // A part longer than the kept buffer.
        { ["start", new string('ж', 50_000) + "𝔄", "end"] },
    };

    [Theory]
    [MemberData(nameof(Parts))]
    public void Parts_hash_as_their_joined_utf8_does(string[] parts)
    {
        var key = Utf8KeyHash.ForThisThread();
        foreach (var part in parts) key.Append(part);
        var expected = Convert.ToHexStringLower(XxHash128.Hash(Encoding.UTF8.GetBytes(string.Concat(parts))));
        Assert.Equal(expected, key.ToHexAndReset());
        // Reset: the next key starts empty.
        Assert.Equal(Convert.ToHexStringLower(XxHash128.Hash(Encoding.UTF8.GetBytes("x"))), key.Append("x").ToHexAndReset());
    }

    [Fact]
    public void A_key_left_unfinished_does_not_leak_into_the_next()
    {
        Utf8KeyHash.ForThisThread().Append("parts of a key whose making threw");
        Assert.Equal(Convert.ToHexStringLower(XxHash128.Hash(Encoding.UTF8.GetBytes("x"))), Utf8KeyHash.ForThisThread().Append("x").ToHexAndReset());
    }

    [Fact]
    public void An_expression_key_is_the_hash_of_its_joined_parts()
    {
        var scope = new StaticMath.Math.Parsing.Macros.MacroScope(new Dictionary<string, MacroDefinition>());
        var joined = string.Concat("tex\u0000", "\\alpha_𝔄", "\u0000mode\u0000", "display", "\u0000scope\u0000", scope.Digest,
            "\u0000font\u0000", "LMM", "\u0000engine\u0000", "stamp");
        Assert.Equal(Convert.ToHexStringLower(XxHash128.Hash(Encoding.UTF8.GetBytes(joined))),
            StaticMath.Math.Parsing.MathCacheKey.Compute("\\alpha_𝔄", MathMode.Display, scope, "LMM", "stamp"));
    }
}
