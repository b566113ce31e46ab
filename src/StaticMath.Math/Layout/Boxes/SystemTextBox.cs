namespace StaticMath.Math.Layout.Boxes;

/// <summary>
/// Characters no embedded font can draw, left to the reader's fonts as an SVG <c>&lt;text&gt;</c> (MathJax's SVG output
/// does the same). The extent is an estimate, since the glyphs are only known in the browser.
/// </summary>
internal sealed class SystemTextBox(string text, double fontSize, double width, bool bold, bool italic) : Box
{
    public string Text { get; } = text;

    /// <summary>The em of the surrounding math, in font units.</summary>
    public double FontSize { get; } = fontSize;

    public bool Bold { get; } = bold;
    public bool Italic { get; } = italic;

    public override double Width { get; } = width;

    // MathJax's estimate for unknown text: 0.75 em above the baseline, 0.2 em below.
    public override double Height => FontSize * 0.75;
    public override double Depth => FontSize * 0.2;
}
