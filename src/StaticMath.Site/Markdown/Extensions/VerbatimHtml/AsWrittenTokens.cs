using System.Text;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.VerbatimHtml;

/// <summary>
/// <see cref="AsWrittenHtml"/>'s rule on a page written from its tokens: each raw HTML region (between its marker
/// comments) is written once before the passes and once after, and a region whose writing no pass changed is written
/// as its source text. The tokens are only accepted where the DOM would hold the same tree, so both paths agree.
/// </summary>
public sealed class AsWrittenTokens
{
    private readonly RawHtmlRegions _regions;
    private readonly string?[] _recorded;

    private AsWrittenTokens(RawHtmlRegions regions)
    {
        _regions = regions;
        _recorded = new string?[regions.Count];
    }

    /// <summary>Records each region's writing before the passes.</summary>
    public static AsWrittenTokens Record(FragmentTokens tokens, RawHtmlRegions regions)
    {
        var asWritten = new AsWrittenTokens(regions);
        asWritten.Write(tokens, recording: true);
        return asWritten;
    }

    /// <summary>The page after the passes: unchanged regions as written, the rest as the DOM's serializer writes it.</summary>
    public string Write(FragmentTokens tokens) => Write(tokens, recording: false);

    private string Write(FragmentTokens tokens, bool recording)
    {
        var html = new StringBuilder();
        var current = -1;
        var start = 0;
        for (var i = 0; i < tokens.Tokens.Count; i++)
        {
            var token = tokens.Tokens[i];
            if (token.Kind != FragmentTokenKind.Comment || !RawHtmlRegions.TryReadMarker(token.Data, out var index, out var isStart) || index >= _regions.Count)
            {
                tokens.WriteToken(html, i);
                continue;
            }
            if (isStart)
            {
                current = index;
                start = html.Length;
            }
            else if (index == current)
            {
                current = -1;
                var written = html.ToString(start, html.Length - start);
                if (recording)
                {
                    _recorded[index] = written;
                }
                else if (written == _recorded[index])
                {
                    html.Length = start;
                    html.Append(_regions[index]);
                }
            }
        }
        return html.ToString();
    }
}
