using StaticMath.Math.Unicode;

namespace StaticMath.Math.Tests.Unicode;

public class LatinCompositionsTests
{
    [Theory]
    [InlineData('e', 0x0301, 0x00E9)] // é
    [InlineData('c', 0x0327, 0x00E7)] // ç
    [InlineData('O', 0x030B, 0x0150)] // Ő
    [InlineData('z', 0x030C, 0x017E)] // ž
    [InlineData('a', 0x0307, 0x0227)] // ȧ
    [InlineData('d', 0x0323, 0x1E0D)] // ḍ
    public void LetterAndMarkComposeToTheUnicodeCharacter(int letter, int mark, int composed)
    {
        Assert.True(LatinCompositions.TryCompose(letter, mark, out var actual));
        Assert.Equal(composed, actual);
        Assert.True(LatinCompositions.TryDecompose(composed, out var l, out var m));
        Assert.Equal((letter, mark), (l, m));
    }

    [Fact]
    public void PairsWithoutAPrecomposedCharacterDoNotCompose()
    {
        Assert.False(LatinCompositions.TryCompose('x', 0x0301, out _));
        Assert.False(LatinCompositions.TryDecompose('x', out _, out _));
    }
}
