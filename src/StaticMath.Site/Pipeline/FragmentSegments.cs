using System.Text;

namespace StaticMath.Site.Pipeline;

/// <summary>
/// Parts of a page fragment the site writes itself (its equations' HTML), kept out of the fragment's text until the
/// fragment is read: the text holds a short marker for each part, and <see cref="FragmentTokens.Read"/> puts the
/// part in its place without lexing its HTML — on a math page most of the markup is the equations'. Only a part's top
/// elements become tokens, each holding its content as text (<see cref="FragmentToken.Inner"/>): the passes take an
/// equation as a whole, and its own elements were half of a math page's tokens. Whatever
/// else reads the fragment gets the text with the parts' HTML back in (<see cref="Expand"/>). A marker is U+FDD0, a
/// nonce unguessable per page, the part's index and U+FDD1, so nothing an author writes is taken for one. One per page,
/// used by the page's thread only.
/// </summary>
public sealed class FragmentSegments
{
    private const char MarkerEnd = '\uFDD1';
    private readonly string _markerStart = "\uFDD0" + Guid.NewGuid().ToString("N")[..12] + ":";
    private readonly List<(string Html, Action<MarkupWriter> Write)> _parts = [];

    public static FragmentSegments? For(PageRenderContext? page) => page?.FindFeature<FragmentSegments>();

    public int Count => _parts.Count;

    /// <summary>The marker that stands for a part until the fragment is read.</summary>
    /// <param name="html">The part as HTML text.</param>
    /// <param name="write">Writes the same part to a <see cref="MarkupWriter"/>: what it writes is what reading <paramref name="html"/> gives.</param>
    public string Add(string html, Action<MarkupWriter> write)
    {
        _parts.Add((html, write));
        return _markerStart + (_parts.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + MarkerEnd;
    }

    /// <summary>The text with every marker replaced by its part's HTML.</summary>
    public string Expand(string text)
    {
        var at = _parts.Count == 0 ? -1 : text.IndexOf(_markerStart, StringComparison.Ordinal);
        if (at < 0) return text;
        var expanded = new StringBuilder(text.Length * 2);
        var copied = 0;
        for (; at >= 0; at = text.IndexOf(_markerStart, at, StringComparison.Ordinal))
        {
            if (MarkerAt(text, at) is not { } marker)
            {
                at++;
                continue;
            }
            expanded.Append(text, copied, at - copied).Append(_parts[marker.Index].Html);
            copied = at += marker.Length;
        }
        return expanded.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>Where the next marker may start in <paramref name="text"/> from <paramref name="from"/>, or -1.</summary>
    internal int NextMarker(ReadOnlySpan<char> text, int from)
    {
        var found = text[from..].IndexOf(_markerStart, StringComparison.Ordinal);
        return found < 0 ? -1 : from + found;
    }

    /// <summary>The part and the marker's length when a marker of this page starts at <paramref name="at"/>.</summary>
    internal (int Index, int Length)? MarkerAt(ReadOnlySpan<char> text, int at)
    {
        if (!text[at..].StartsWith(_markerStart, StringComparison.Ordinal)) return null;
        var digits = at + _markerStart.Length;
        var end = digits;
        while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
        if (end == digits || end >= text.Length || text[end] != MarkerEnd
            || !int.TryParse(text[digits..end], System.Globalization.CultureInfo.InvariantCulture, out var index) || index >= _parts.Count)
            return null;
        return (index, end + 1 - at);
    }

    /// <summary>Whether the text holds anything that may be a marker (a part whose marker landed in an attribute or comment).</summary>
    internal bool MayHoldMarker(string text) => text.Contains('\uFDD0');

    internal void WriteTokens(int index, MarkupWriter writer) => _parts[index].Write(writer);
}
