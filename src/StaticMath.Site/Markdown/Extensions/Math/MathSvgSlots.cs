using System.Text;
using System.Text.RegularExpressions;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// Keeps a page's equation SVGs out of its HTML passes. Most of a math page's bytes and nodes are SVG, which the
/// passes never change, yet parsing them into the page's DOM, walking them with every selector and serialising them
/// again was most of a build's time. While the page renders, each SVG is held here and an empty
/// <c>&lt;svg data-staticmath-svg="…" aria-label="…"&gt;</c> stands in for it (the same element with the same
/// accessible name, so the passes see what they saw before); <see cref="Splice"/> puts each SVG back, written as
/// the passes would have written it (<see cref="EngineSvgHtml"/>). One per page rendered by <see cref="PageRenderer"/>;
/// a page without it (a standalone render) gets its SVGs inline.
/// </summary>
public sealed partial class MathSvgSlots
{
    private const string Attribute = "data-staticmath-svg";
    private readonly List<string> _svgs = [];
    private readonly Dictionary<string, string> _written = new(StringComparer.Ordinal);

    // Unguessable per page, so an author's own <svg data-staticmath-svg> is never replaced.
    private readonly string _nonce = Guid.NewGuid().ToString("N")[..16];

    /// <summary>The SVG characters held so far beyond their placeholders (the page's math budget counts the SVG).</summary>
    public long HeldChars { get; private set; }

    public static MathSvgSlots? For(PageRenderContext? page) => page?.FindFeature<MathSvgSlots>();

    /// <summary>The placeholder element that stands for <paramref name="svg"/> until <see cref="Splice"/>.</summary>
    public string Hold(string svg)
    {
        _svgs.Add(svg);
        var placeholder = new StringBuilder(96).Append("<svg ").Append(Attribute).Append("=\"").Append(_nonce).Append(':').Append(_svgs.Count - 1).Append('"');
        if (AriaLabel(svg) is { } label) placeholder.Append(" aria-label=\"").Append(label).Append('"');
        var text = placeholder.Append("></svg>").ToString();
        HeldChars += svg.Length - text.Length;
        return text;
    }

    /// <summary>The HTML with every placeholder (as the HTML passes wrote it back) replaced by its SVG.</summary>
    public string Splice(string html)
    {
        if (_svgs.Count == 0 || !html.Contains(_nonce, StringComparison.Ordinal)) return html;
        return Placeholder().Replace(html, match =>
        {
            if (!match.Groups[1].ValueSpan.SequenceEqual(_nonce) || !int.TryParse(match.Groups[2].ValueSpan, out var index) || index >= _svgs.Count)
                return match.Value;
            // A page repeats its small equations ($x$, $t$): each distinct SVG is written once.
            var svg = _svgs[index];
            if (!_written.TryGetValue(svg, out var written)) _written[svg] = written = EngineSvgHtml.AsParsed(svg);
            return written;
        });
    }

    /// <summary>The raw (still escaped) value of the SVG root's <c>aria-label</c>: the engine writes it on the root.</summary>
    private static string? AriaLabel(string svg)
    {
        var end = svg.IndexOf('>', StringComparison.Ordinal);
        var start = end < 0 ? -1 : svg.IndexOf(" aria-label=\"", 0, end, StringComparison.Ordinal);
        if (start < 0) return null;
        start += " aria-label=\"".Length;
        var close = svg.IndexOf('"', start);
        return close < 0 ? null : svg[start..close];
    }

    // Attribute values are always quoted with their quotes escaped, but may hold a raw '>' (an aria-label "a > b").
    [GeneratedRegex("<svg data-staticmath-svg=\"([0-9a-f]+):([0-9]+)\"(?: [^\\s=\"]+=\"[^\"]*\")*></svg>")]
    private static partial Regex Placeholder();
}
