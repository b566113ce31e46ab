namespace StaticMath.Math;

/// <summary>Inline (text style) or display (display style, centred block) math.</summary>
public enum MathMode
{
    Inline,
    Display,
}
