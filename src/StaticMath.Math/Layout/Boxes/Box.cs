namespace StaticMath.Math.Layout.Boxes;

/// <summary>
/// A TeX box: a rectangle with a reference point on its left edge at the baseline. All sizes are font design units at
/// the final size (script scaling already applied); <see cref="Height"/> is above the baseline, <see cref="Depth"/>
/// below. Boxes are immutable once built, so a laid-out tree can be walked by any number of writers.
/// </summary>
internal abstract class Box
{
    public abstract double Width { get; }
    public abstract double Height { get; }
    public abstract double Depth { get; }

    /// <summary>Height plus depth.</summary>
    public double TotalHeight => Height + Depth;

    /// <summary>The boxes this one draws, with their reference points relative to this box's reference point (y up).</summary>
    /// <remarks>A span, not a list interface: the writers walk every box of every equation, and the interface calls'
    /// dispatch stubs (arrays and one-child lists behind one call site) were a tenth of the typesetting samples in a
    /// profile; a one-child box also no longer makes a list on each walk.</remarks>
    public virtual ReadOnlySpan<PlacedBox> Children => [];
}

/// <summary>A child box positioned inside its parent: <see cref="X"/> to the right, <see cref="Y"/> up from the parent's reference point.</summary>
internal readonly record struct PlacedBox(Box Box, double X, double Y);
