namespace StaticMath.Browser.Tests;

// What the in-page scripts (Scripts.cs) return, deserialised by Playwright.

public sealed class PageOverflow
{
    public int ScrollWidth { get; set; }
    public int InnerWidth { get; set; }
    public string Widest { get; set; } = "";
}

public sealed class MathBox
{
    public string Tex { get; set; } = "";
    public double Width { get; set; }
    public double Height { get; set; }
}

public sealed class InlineBaseline
{
    public string Tex { get; set; } = "";
    public double OffsetEm { get; set; }
}

public sealed class WideDisplay
{
    public string Tex { get; set; } = "";
    public double ClientWidth { get; set; }
    public double ScrollWidth { get; set; }
    public string OverflowX { get; set; } = "";
    public double Scrolled { get; set; }
}

public sealed class MathColour
{
    public string Tex { get; set; } = "";
    public double Luminance { get; set; }
    public double TextLuminance { get; set; }
}

public sealed class RefusedRequest
{
    public required string Url { get; init; }
    public required string ResourceType { get; init; }
}
