namespace StaticMath.Math;

/// <summary>How glyph outlines are written into equation SVGs.</summary>
public enum GlyphMode
{
    /// <summary>Equations <c>&lt;use&gt;</c> shared ids; the page holds the definitions once (MathJax's "global cache").</summary>
    SharedDefinitions,
    /// <summary>Each SVG is self-contained: paths written in place, no ids.</summary>
    Inline,
}
