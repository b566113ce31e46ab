using System.Text;
using StaticMath.Math;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// One SVG of an equation as a page writes it: its final HTML (the engine's XML as the page's HTML passes would have
/// written it, <see cref="EngineSvgHtml"/>), the accessible name its placeholder carries meanwhile (the engine's
/// <c>aria-label</c>, still escaped) and the engine SVG's length (what the page's math budget counts). Made once
/// when the equation is typeset and kept in the math cache, so a page read from the cache does no XML work.
/// </summary>
/// <remarks>The HTML is kept as UTF-8, the form the cache stores: a read entry's SVGs are slices of its decoded bytes
/// and become characters only where the page is put together (<see cref="MathSvgSlots.Splice"/>). Making a string of
/// each SVG on reading was half of a warm build's read time and most of what it allocated.</remarks>
public sealed class EquationSvg : IEquatable<EquationSvg>
{
    public EquationSvg(string html, string? ariaLabel, int engineLength)
        : this(Encoding.UTF8.GetBytes(html), html.Length, ariaLabel, engineLength)
    {
    }

    /// <param name="htmlLength">The HTML's length in characters.</param>
    internal EquationSvg(ReadOnlyMemory<byte> utf8Html, int htmlLength, string? ariaLabel, int engineLength)
    {
        Utf8Html = utf8Html;
        HtmlLength = htmlLength;
        AriaLabel = ariaLabel;
        EngineLength = engineLength;
    }

    public ReadOnlyMemory<byte> Utf8Html { get; }

    /// <summary>The HTML's length in characters.</summary>
    public int HtmlLength { get; }

    public string? AriaLabel { get; }

    public int EngineLength { get; }

    /// <summary>The HTML as a string (made on each call: pages use <see cref="WriteHtml"/>).</summary>
    public string Html => Encoding.UTF8.GetString(Utf8Html.Span);

    /// <summary>Writes the HTML's <see cref="HtmlLength"/> characters at the start of <paramref name="target"/>.</summary>
    public void WriteHtml(Span<char> target) => Encoding.UTF8.GetChars(Utf8Html.Span, target);

    /// <summary>Equal when a page would write the same: the same HTML, label and length.</summary>
    public bool Equals(EquationSvg? other) =>
        other is not null && Utf8Html.Span.SequenceEqual(other.Utf8Html.Span) && AriaLabel == other.AriaLabel && EngineLength == other.EngineLength;

    public override bool Equals(object? obj) => Equals(obj as EquationSvg);

    public override int GetHashCode() => HashCode.Combine(HtmlLength, AriaLabel, EngineLength);

    public override string ToString() => Html;

    /// <param name="svg">The engine's SVG (empty when it wrote only <paramref name="engineHtml"/>).</param>
    /// <param name="engineHtml">Its HTML form as the engine wrote it (<see cref="MathResult.HtmlSvg"/>), when it did:
    /// the same text the conversion of <paramref name="svg"/> gives (tested), without reading the XML again.</param>
    public static EquationSvg FromEngine(string svg, Utf8Svg? engineHtml = null)
    {
        if (engineHtml is not null) return new(engineHtml.Bytes, engineHtml.Length, engineHtml.XmlAriaLabel, engineHtml.XmlLength);
        return PlainEngineSvg.ToUtf8Html(svg) is var (utf8, length)
            ? new(utf8, length, AriaLabelOf(svg), svg.Length)
            : new(EngineSvgHtml.NotPlain(svg), AriaLabelOf(svg), svg.Length);
    }

    /// <summary>The raw (still escaped) value of the SVG root's <c>aria-label</c>: the engine writes it on the root.</summary>
    private static string? AriaLabelOf(string svg)
    {
        var end = svg.IndexOf('>', StringComparison.Ordinal);
        var start = end < 0 ? -1 : svg.IndexOf(" aria-label=\"", 0, end, StringComparison.Ordinal);
        if (start < 0) return null;
        start += " aria-label=\"".Length;
        var close = svg.IndexOf('"', start);
        return close < 0 ? null : svg[start..close];
    }
}
