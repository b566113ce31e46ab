using System.Globalization;
using System.Text;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// Keeps a page's equation SVGs out of its HTML passes. Most of a math page's bytes and nodes are SVG, which the
/// passes never change, yet parsing them into the page's DOM, walking them with every selector and serialising them
/// again was most of a build's time. While the page renders, each SVG is held here and an empty
/// <c>&lt;svg data-staticmath-svg="…" aria-label="…"&gt;</c> stands in for it (the same element with the same
/// accessible name, so the passes see what they saw before); <see cref="Splice"/> puts each SVG back in its final
/// form (<see cref="EquationSvg"/>: written as the passes would have written it). One per page rendered by
/// <see cref="PageRenderer"/>; a page without it (a standalone render) gets the engine's SVGs inline.
/// </summary>
public sealed class MathSvgSlots
{
    private const string Attribute = "data-staticmath-svg";
    private const string PlaceholderEnd = "></svg>";
    private readonly List<EquationSvg> _svgs = [];

    // With a nonce unguessable per page, so an author's own <svg data-staticmath-svg> is never replaced.
    private readonly string _placeholderStart = "<svg " + Attribute + "=\"" + Guid.NewGuid().ToString("N")[..16] + ":";

    /// <summary>The SVG characters held so far beyond their placeholders (the page's math budget counts the SVG).</summary>
    public long HeldChars { get; private set; }

    public static MathSvgSlots? For(PageRenderContext? page) => page?.FindFeature<MathSvgSlots>();

    /// <summary>The placeholder element that stands for <paramref name="svg"/> until <see cref="Splice"/>.</summary>
    public string Hold(EquationSvg svg)
    {
        _svgs.Add(svg);
        var index = (_svgs.Count - 1).ToString(CultureInfo.InvariantCulture);
        // One string made at once (a builder grew past its first buffer for a long label).
        var text = svg.AriaLabel is { } label
            ? string.Concat([_placeholderStart, index, "\" aria-label=\"", label, "\"", PlaceholderEnd])
            : string.Concat(_placeholderStart, index, "\"", PlaceholderEnd);
        HeldChars += svg.EngineLength - text.Length;
        return text;
    }

    /// <summary>
    /// A placeholder <see cref="Hold"/> made, written as markup: the element with its two attributes (the label
    /// unescaped, as the tokenizer reads it; the engine escapes it with character references HTML decodes the same way).
    /// </summary>
    public static void WritePlaceholder(MarkupWriter markup, string placeholder)
    {
        const string start = "<svg " + Attribute + "=\"";
        const string label = "\" aria-label=\"";
        if (!placeholder.StartsWith(start, StringComparison.Ordinal) || !placeholder.EndsWith(PlaceholderEnd, StringComparison.Ordinal))
            throw new ArgumentException("not an SVG placeholder", nameof(placeholder));
        var body = placeholder.AsSpan(start.Length, placeholder.Length - start.Length - PlaceholderEnd.Length);
        var labelAt = body.IndexOf(label, StringComparison.Ordinal);
        if (labelAt < 0)
        {
            markup.Open("svg", (Attribute, body[..^1].ToString()));
        }
        else
        {
            var escaped = body[(labelAt + label.Length)..^1].ToString();
            markup.Open("svg", (Attribute, body[..labelAt].ToString()), ("aria-label", escaped.Contains('&') ? System.Net.WebUtility.HtmlDecode(escaped) : escaped));
        }
        markup.Close("svg");
    }

    /// <summary>The HTML with every placeholder (as the HTML passes wrote it back) replaced by its SVG.</summary>
    /// <remarks>Made at its exact length in one allocation: on a math page the result is megabytes, and a builder
    /// (its buffer, then the string copied out of it) doubled that.</remarks>
    public string Splice(string html)
    {
        if (Placeholders(html) is not var (found, length)) return html;
        if (length > Array.MaxLength) throw new InvalidOperationException("the page with its SVGs would be longer than a string can be");
        return string.Create((int)length, (html, found, _svgs), static (target, state) =>
        {
            var (source, placeholders, svgs) = state;
            var copied = 0;
            foreach (var (start, end, index) in placeholders)
            {
                source.AsSpan(copied, start - copied).CopyTo(target);
                target = target[(start - copied)..];
                svgs[index].WriteHtml(target);
                target = target[svgs[index].HtmlLength..];
                copied = end;
            }

            source.AsSpan(copied).CopyTo(target);
        });
    }

    /// <summary>
    /// <see cref="Splice"/>'s text as pieces, not one string: the HTML between placeholders as parts of
    /// <paramref name="html"/>, each SVG as the UTF-8 it is kept in. A page's file is written from them, so the page
    /// need not be made one string with its SVGs in it (megabytes a page, UTF-16) only to be encoded again.
    /// </summary>
    public Liquid.PageText Pieces(string html)
    {
        if (Placeholders(html) is not var (found, length)) return Liquid.PageText.Of(html);
        if (length > int.MaxValue) throw new InvalidOperationException("the page with its SVGs would be longer than a page can be");
        var pieces = new List<Liquid.PageTextPiece>(found.Count * 2 + 1);
        var copied = 0;
        foreach (var (start, end, index) in found)
        {
            if (start > copied) pieces.Add(Liquid.PageTextPiece.Of(html.AsMemory(copied, start - copied)));
            pieces.Add(Liquid.PageTextPiece.OfUtf8(_svgs[index].Utf8Html, _svgs[index].HtmlLength));
            copied = end;
        }

        if (copied < html.Length) pieces.Add(Liquid.PageTextPiece.Of(html.AsMemory(copied)));
        return new Liquid.PageText(pieces, (int)length);
    }

    /// <summary>
    /// The end in <paramref name="html"/> of each of this page's placeholders, in order, with how much longer the text
    /// up to it is with the SVGs in their place (see <see cref="Engine.PageFragment.HtmlPositionOf"/>).
    /// </summary>
    public (int End, long Growth)[] GrowthAt(string html)
    {
        if (Placeholders(html) is not var (found, _)) return [];
        var growth = new (int End, long Growth)[found.Count];
        long total = 0;
        for (var i = 0; i < found.Count; i++)
        {
            var (start, end, index) = found[i];
            total += _svgs[index].HtmlLength - (end - start);
            growth[i] = (end, total);
        }
        return growth;
    }

    /// <summary>This page's placeholders in <paramref name="html"/> (start, end, held index) and the length of the
    /// text with their SVGs in their place; null when there are none.</summary>
    private (List<(int Start, int End, int Index)> Found, long Length)? Placeholders(string html)
    {
        var at = _svgs.Count == 0 ? -1 : html.IndexOf(_placeholderStart, StringComparison.Ordinal);
        if (at < 0) return null;
        var found = new List<(int Start, int End, int Index)>();
        long length = html.Length;
        for (; at >= 0; at = html.IndexOf(_placeholderStart, at, StringComparison.Ordinal))
        {
            if (PlaceholderAt(html, at) is not { } placeholder)
            {
                at++;
                continue;
            }

            found.Add((at, placeholder.End, placeholder.Index));
            length += _svgs[placeholder.Index].HtmlLength - (placeholder.End - at);
            at = placeholder.End;
        }

        return found.Count == 0 ? null : (found, length);
    }

    /// <summary>
    /// The held SVG's index and the end of a placeholder that starts at <paramref name="start"/>, or null when what
    /// starts there is not one of this page's placeholders. The passes write attribute values quoted, with their
    /// quotes escaped, but an <c>aria-label</c> may hold a raw '&gt;' ("a &gt; b"): the element is read attribute by
    /// attribute up to its empty end.
    /// </summary>
    private (int Index, int End)? PlaceholderAt(string html, int start)
    {
        var at = start + _placeholderStart.Length;
        var digits = at;
        while (at < html.Length && char.IsAsciiDigit(html[at])) at++;
        if (at == digits || !int.TryParse(html.AsSpan(digits, at - digits), out var index) || index >= _svgs.Count
            || at >= html.Length || html[at++] != '"')
        {
            return null;
        }

        // Then ( name="value")* and the end: a name is anything but whitespace, '=' and '"'; a value anything but '"'.
        while (!html.AsSpan(at).StartsWith(PlaceholderEnd, StringComparison.Ordinal))
        {
            if (at >= html.Length || html[at++] != ' ') return null;
            var name = at;
            while (at < html.Length && html[at] is not ('=' or '"') && !char.IsWhiteSpace(html[at])) at++;
            if (at == name || !html.AsSpan(at).StartsWith("=\"", StringComparison.Ordinal)) return null;
            var close = html.IndexOf('"', at + 2);
            if (close < 0) return null;
            at = close + 1;
        }

        return (index, at + PlaceholderEnd.Length);
    }
}
