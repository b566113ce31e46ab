using System.Text;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html;

namespace StaticMath.Site.Markdown.Extensions.VerbatimHtml;

/// <summary>
/// Serialises the page's DOM as AngleSharp does, except that a raw HTML region (between its two marker comments) that
/// no pass changed is written as the author wrote it, and an element it opened that the source never closed gets no
/// end tag. It shares the serializer's output (<see cref="Output"/>) so that it can replace a region's text once its
/// end marker is reached. The first walk (before the passes) records each region's text; the second compares with it.
/// </summary>
internal sealed class AsWrittenFormatter : IMarkupFormatter
{
    private readonly RawHtmlRegions _regions;
    private readonly IReadOnlyList<(int Start, int End)> _spans;
    private readonly string?[] _parsed;
    private readonly bool[] _written;
    private readonly bool[] _foreign;
    private readonly bool _recording;
    private readonly HashSet<INode> _seenInRegions;
    private readonly Dictionary<IElement, int> _openedIn = new(ReferenceEqualityComparer.Instance);
    private int _current = -1;
    private int _currentStart;

    private AsWrittenFormatter(RawHtmlRegions regions, IReadOnlyList<(int Start, int End)> spans, string?[] parsed, bool[] foreign,
        HashSet<INode> seenInRegions, bool recording)
    {
        _seenInRegions = seenInRegions;
        _regions = regions;
        _spans = spans;
        _parsed = parsed;
        _foreign = foreign;
        _written = new bool[regions.Count];
        _recording = recording;
    }

    public StringBuilder Output { get; } = new();

    /// <summary>The walk before the passes: records each region's serialised text and whether the parser moved other content into it.</summary>
    public static AsWrittenFormatter Recording(RawHtmlRegions regions, IReadOnlyList<(int Start, int End)> spans) =>
        new(regions, spans, new string?[regions.Count], new bool[regions.Count], new HashSet<INode>(ReferenceEqualityComparer.Instance), recording: true);

    /// <summary>The walk after the passes, against what <paramref name="recorded"/> saw.</summary>
    public static AsWrittenFormatter Writing(AsWrittenFormatter recorded) =>
        new(recorded._regions, recorded._spans, recorded._parsed, recorded._foreign, recorded._seenInRegions, recording: false);

    public string Comment(IComment comment)
    {
        if (!RawHtmlRegions.TryReadMarker(comment.Data, out var index, out var start) || index >= _regions.Count)
            return IsOutsideRecording ? "" : InRegion(comment, HtmlMarkupFormatter.Instance.Comment(comment));
        if (start) Enter(index);
        else if (index == _current) Leave(index);
        return "";
    }

    public string OpenTag(IElement element, bool selfClosing)
    {
        if (IsOutsideRecording) return "";
        var tag = HtmlMarkupFormatter.Instance.OpenTag(element, selfClosing);
        if (_current < 0) return tag;
        if (!_recording && IsWrapperAtRegionStart(element))
        {
            // A pass wrapped the region's nodes (the theme's div around bare text): the wrapper is not part of the region.
            Output.Append(tag);
            _currentStart = Output.Length;
            return "";
        }
        _openedIn[element] = _current;
        // Foster parenting moves Markdown-made elements into a raw table's region: written as written, they would be lost.
        if (_recording && element.SourceReference is { Position.Position: > 0 } source
            && (source.Position.Position < _spans[_current].Start || source.Position.Position > _spans[_current].End))
            _foreign[_current] = true;
        return InRegion(element, tag);
    }

    public string CloseTag(IElement element, bool selfClosing)
    {
        // Closed outside any region means the source has no end tag for it: a region written as written gets none either.
        if (_current < 0 && _openedIn.TryGetValue(element, out var region) && _written[region]) return "";
        return IsOutsideRecording ? "" : HtmlMarkupFormatter.Instance.CloseTag(element, selfClosing);
    }

    public string Text(ICharacterData text) => IsOutsideRecording ? "" : InRegion(text, HtmlMarkupFormatter.Instance.Text(text));

    public string LiteralText(ICharacterData text)
    {
        if (IsOutsideRecording) return "";
        var serialized = InRegion(text, HtmlMarkupFormatter.Instance.LiteralText(text));
        if (_current < 0) return serialized;
        // A <style> or <script> left open takes the end marker as its text: the region ends there all the same.
        var end = RawHtmlRegions.EndMarker(_current);
        var at = serialized.IndexOf(end, StringComparison.Ordinal);
        if (at < 0) return serialized;
        Output.Append(serialized, 0, at);
        Leave(_current);
        return serialized[(at + end.Length)..];
    }

    public string Processing(IProcessingInstruction processing) => HtmlMarkupFormatter.Instance.Processing(processing);

    public string Doctype(IDocumentType doctype) => HtmlMarkupFormatter.Instance.Doctype(doctype);

    /// <summary>
    /// The recording walk keeps only the regions' text: what lies outside them is not formatted at all (it was a whole
    /// serialisation of the page, thrown away).
    /// </summary>
    private bool IsOutsideRecording => _recording && _current < 0;

    private string InRegion(INode node, string serialized)
    {
        if (_recording && _current >= 0) _seenInRegions.Add(node);
        return serialized;
    }

    private bool IsWrapperAtRegionStart(IElement element) =>
        Output.Length == _currentStart && !_seenInRegions.Contains(element) && element.HasChildNodes
        && element.ChildNodes.All(_seenInRegions.Contains);

    private void Enter(int index)
    {
        _current = index;
        _currentStart = Output.Length;
    }

    private void Leave(int index)
    {
        var serialized = Output.ToString(_currentStart, Output.Length - _currentStart);
        _current = -1;
        if (_recording)
        {
            _parsed[index] = serialized;
            return;
        }
        if (_written[index] || _foreign[index] || serialized != _parsed[index]) return;
        Output.Length = _currentStart;
        Output.Append(_regions[index]);
        _written[index] = true;
    }
}
