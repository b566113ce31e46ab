using System.Text;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.VerbatimHtml;

/// <summary>
/// <see cref="AsWrittenHtml"/> for a page written from its tokens: a raw HTML region (between its two marker comments)
/// whose tokens no pass changed is written as the author wrote it, a region a pass changed as its tokens write it, and
/// the markers not at all. It follows <see cref="AsWrittenFormatter"/> step by step, the tokens' order standing for the
/// DOM's (<see cref="FragmentTokens.Read"/> accepts only HTML whose tree is built in that order), so both paths give the
/// same page. Pages it cannot follow that way (<see cref="Record"/> gives null) take the DOM.
/// </summary>
public sealed class AsWrittenTokens
{
    private readonly RawHtmlRegions _regions;
    private readonly string?[] _parsed;
    // The tokens each region held before the passes: a pass's wrapper around them is told apart by not being one.
    private readonly HashSet<FragmentToken> _seenInRegions;

    private AsWrittenTokens(RawHtmlRegions regions, string?[] parsed, HashSet<FragmentToken> seenInRegions)
    {
        _regions = regions;
        _parsed = parsed;
        _seenInRegions = seenInRegions;
    }

    /// <summary>
    /// Each region's tokens as written before the passes, or null when the markers are not in pairs, each region once
    /// (an author's comment that looks like one), or a region opens an element closed outside every region (its end
    /// tag was written by Markdown, which the DOM path drops when the region is kept as written).
    /// </summary>
    public static AsWrittenTokens? Record(FragmentTokens page, RawHtmlRegions regions)
    {
        var parsed = new string?[regions.Count];
        var seen = new HashSet<FragmentToken>(ReferenceEqualityComparer.Instance);
        var open = new Stack<int>(); // for each open element, the region its start tag is in (-1: none)
        var output = new StringBuilder();
        var current = -1;
        var tokens = page.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (IsMarker(token, regions, out var index, out var start))
            {
                if (start ? current >= 0 || parsed[index] is not null : index != current) return null;
                if (start) output.Clear();
                else parsed[index] = output.ToString();
                current = start ? index : -1;
                continue;
            }
            if (token.Kind == FragmentTokenKind.StartTag && !FragmentTokens.IsVoid(token.Name)) open.Push(current);
            if (token.Kind == FragmentTokenKind.EndTag && open.Pop() >= 0 && current < 0) return null;
            if (current < 0) continue;
            if (token.Kind != FragmentTokenKind.EndTag) seen.Add(token);
            page.WriteToken(output, i);
        }
        return current < 0 ? new AsWrittenTokens(regions, parsed, seen) : null;
    }

    /// <summary>The page after the passes: unchanged regions as written, the rest as the tokens write it.</summary>
    public string Write(FragmentTokens page)
    {
        var tokens = page.Tokens;
        var output = FragmentTokens.PageTextBuilders.Take();
        var written = new bool[_regions.Count];
        var current = -1;
        var currentStart = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (IsMarker(token, _regions, out var index, out var start))
            {
                if (start)
                {
                    current = index;
                    currentStart = output.Length;
                }
                else if (index == current)
                {
                    KeepAsWritten(output, currentStart, index, written);
                    current = -1;
                }
                continue;
            }
            var before = output.Length;
            page.WriteToken(output, i);
            // A pass wrapped the region's tokens (the theme's div around bare text): the wrapper is not part of the region.
            // (The token is the first written in the region when nothing was written there before it.)
            if (current >= 0 && output.Length > currentStart && before == currentStart && IsWrapperAtRegionStart(page, i)) currentStart = output.Length;
        }
        return FragmentTokens.PageTextBuilders.ToStringAndKeep(output);
    }

    /// <summary>The region's text as written in place of its tokens, when they write as they did before the passes.</summary>
    private void KeepAsWritten(StringBuilder output, int regionStart, int index, bool[] written)
    {
        if (written[index] || _parsed[index] is not { } parsed || output.Length - regionStart != parsed.Length
            || output.ToString(regionStart, parsed.Length) != parsed) return;
        output.Length = regionStart;
        output.Append(_regions[index]);
        written[index] = true;
    }

    /// <summary>
    /// The start tag just written (the region's first) is one a pass made around tokens the region held (as
    /// <see cref="AsWrittenFormatter"/> tells a wrapper: not seen in the region, every child seen).
    /// </summary>
    private bool IsWrapperAtRegionStart(FragmentTokens page, int at)
    {
        var tokens = page.Tokens;
        var wrapper = tokens[at];
        if (wrapper.Kind != FragmentTokenKind.StartTag || FragmentTokens.IsVoid(wrapper.Name) || _seenInRegions.Contains(wrapper)) return false;
        var children = 0;
        var nesting = 0;
        for (var i = at + 1; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == FragmentTokenKind.EndTag)
            {
                if (nesting == 0) return children > 0;
                nesting--;
                continue;
            }
            if (nesting == 0)
            {
                if (!_seenInRegions.Contains(token)) return false;
                children++;
            }
            if (token.Kind == FragmentTokenKind.StartTag && !FragmentTokens.IsVoid(token.Name)) nesting++;
        }
        return false;
    }

    private static bool IsMarker(FragmentToken token, RawHtmlRegions regions, out int index, out bool start)
    {
        index = -1;
        start = false;
        return token.Kind == FragmentTokenKind.Comment && RawHtmlRegions.TryReadMarker(token.Data, out index, out start) && index < regions.Count;
    }
}
