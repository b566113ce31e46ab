using System.Text.RegularExpressions;

namespace StaticMath.Site.Markdown.Extensions.VerbatimHtml;

/// <summary>
/// The raw HTML of one page (HTML blocks and inline HTML) as written, each piece rendered between two marker comments
/// so that the page's DOM shows where it lies once parsed. One per page
/// (<see cref="Pipeline.PageRenderContext.GetOrAddFeature{T}"/>).
/// </summary>
public sealed partial class RawHtmlRegions
{
    private const string Prefix = "<!--staticmath-raw-";
    private readonly List<string> _raw = [];

    public int Count => _raw.Count;

    /// <summary>The text as written, region <paramref name="index"/>.</summary>
    public string this[int index] => _raw[index];

    /// <summary><paramref name="raw"/> between its region's start and end markers.</summary>
    public string Mark(string raw)
    {
        // A tag left open at the end (`<div id="a"` and a blank line) would take the end marker as an attribute.
        if (raw.LastIndexOf('<') > raw.LastIndexOf('>')) return raw;
        _raw.Add(raw);
        var index = _raw.Count - 1;
        return $"{Prefix}s{index}-->{raw}{EndMarker(index)}";
    }

    public static string EndMarker(int index) => $"{Prefix}e{index}-->";

    /// <summary>The marker a comment's data stands for, if it is one: the region and whether it starts it.</summary>
    public static bool TryReadMarker(string commentData, out int index, out bool start)
    {
        index = -1;
        start = false;
        var match = MarkerData().Match(commentData);
        if (!match.Success) return false;
        start = match.Groups[1].ValueSpan[0] == 's';
        return int.TryParse(match.Groups[2].ValueSpan, out index);
    }

    /// <summary>Where each region lies in the rendered fragment, from its start marker to the end of its end marker.</summary>
    public IReadOnlyList<(int Start, int End)> Spans(string fragment)
    {
        var starts = new int[_raw.Count];
        var spans = new (int Start, int End)[_raw.Count];
        foreach (Match marker in Marker().Matches(fragment))
        {
            if (!int.TryParse(marker.Groups[2].ValueSpan, out var index) || index >= _raw.Count) continue;
            if (marker.Groups[1].ValueSpan[0] == 's') starts[index] = marker.Index;
            else spans[index] = (starts[index], marker.Index + marker.Length);
        }
        return spans;
    }

    /// <summary>Markers left where the DOM holds them as text (inside a never-closed <c>&lt;style&gt;</c> or comment) or a pass copied them.</summary>
    public static string RemoveMarkers(string html) =>
        html.Contains(Prefix, StringComparison.Ordinal) ? Marker().Replace(html, "") : html;

    [GeneratedRegex("<!--staticmath-raw-([se])([0-9]+)-->")]
    private static partial Regex Marker();

    [GeneratedRegex("^staticmath-raw-([se])([0-9]+)$")]
    private static partial Regex MarkerData();
}
