using StaticMath.Math.OpenType;

namespace StaticMath.Math.Layout.Boxes;

/// <summary>One glyph drawn at <see cref="Scale"/> times its design size. Height and depth come from its ink box.</summary>
internal sealed class GlyphBox : Box
{
    public GlyphBox(ushort glyph, double scale, GlyphMetrics metrics)
    {
        Glyph = glyph;
        Scale = scale;
        Metrics = metrics;
    }

    public ushort Glyph { get; }
    public double Scale { get; }
    public GlyphMetrics Metrics { get; }

    public override double Width => Metrics.Advance * Scale;
    public override double Height => Metrics.Ascent * Scale;
    public override double Depth => Metrics.Descent * Scale;

    /// <summary>Lowest and highest ink (y up), scaled; unlike Height/Depth these may both be above the baseline (accents).</summary>
    public double InkBottom => Metrics.YMin * Scale;
    public double InkTop => Metrics.YMax * Scale;
    public double InkLeft => Metrics.XMin * Scale;
    public double InkRight => Metrics.XMax * Scale;
}
