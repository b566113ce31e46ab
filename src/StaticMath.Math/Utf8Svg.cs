namespace StaticMath.Math;

/// <summary>An SVG's text as UTF-8 (<see cref="Bytes"/>) and its length in characters.</summary>
public sealed record Utf8Svg(ReadOnlyMemory<byte> Bytes, int Length)
{
    /// <summary>The length in characters of the XML this is the HTML form of (<see cref="MathResult.Svg"/>), which a
    /// caller that asked for no XML (<see cref="MathRenderOptions.WithXmlSvg"/>) still budgets by.</summary>
    public int XmlLength { get; init; }

    /// <summary>The root's <c>aria-label</c> as the XML writes it (escaped); null for a decorative SVG.</summary>
    public string? XmlAriaLabel { get; init; }
}
