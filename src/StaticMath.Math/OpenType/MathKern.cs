namespace StaticMath.Math.OpenType;

/// <summary>
/// One corner's MathKern table: a staircase of kern values separated by correction heights (font units).
/// <c>Kerns</c> has one more entry than <c>CorrectionHeights</c>.
/// </summary>
public sealed record MathKern(IReadOnlyList<int> CorrectionHeights, IReadOnlyList<int> Kerns)
{
    /// <summary>The kern for a given height: Kerns[i] where i is the number of correction heights at or below it.</summary>
    public int KernAt(int height)
    {
        var i = 0;
        while (i < CorrectionHeights.Count && height >= CorrectionHeights[i])
        {
            i++;
        }
        return Kerns[i];
    }
}

/// <summary>MathKernInfoRecord: the four corners of one glyph (null where the font gives none).</summary>
public sealed record MathKernInfo(MathKern? TopRight, MathKern? TopLeft, MathKern? BottomRight, MathKern? BottomLeft)
{
    public MathKern? this[MathKernCorner corner] => corner switch
    {
        MathKernCorner.TopRight => TopRight,
        MathKernCorner.TopLeft => TopLeft,
        MathKernCorner.BottomRight => BottomRight,
        MathKernCorner.BottomLeft => BottomLeft,
        _ => null,
    };
}

/// <summary>MathGlyphConstruction: size variants (smallest first) and an optional assembly.</summary>
public sealed record GlyphConstruction(IReadOnlyList<GlyphVariant> Variants, GlyphAssembly? Assembly);
