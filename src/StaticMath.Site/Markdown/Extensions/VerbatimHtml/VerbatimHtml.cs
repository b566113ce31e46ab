using System.Text.RegularExpressions;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.VerbatimHtml;

/// <summary>
/// Raw HTML of a page that the HTML post-processing must not see, held aside as a placeholder comment and put back
/// as written once the page's HTML is final. One per page (<see cref="PageRenderContext.GetOrAddFeature{T}"/>).
/// </summary>
public sealed partial class VerbatimHtml
{
    private readonly List<string> _chunks = [];

    /// <summary>A comment standing for <paramref name="raw"/> until <see cref="Restore"/>.</summary>
    public string Hold(string raw)
    {
        _chunks.Add(raw);
        return $"<!--staticmath-verbatim-{_chunks.Count - 1}-->";
    }

    public static string Restore(string html, PageRenderContext ctx)
    {
        if (ctx.FindFeature<RawHtmlRegions>() is not null)
        {
            html = RawHtmlRegions.RemoveMarkers(html);
            for (var i = 0; i < ctx.HeadHtml.Count; i++) ctx.HeadHtml[i] = RawHtmlRegions.RemoveMarkers(ctx.HeadHtml[i]);
            for (var i = 0; i < ctx.BodyEndHtml.Count; i++) ctx.BodyEndHtml[i] = RawHtmlRegions.RemoveMarkers(ctx.BodyEndHtml[i]);
            foreach (var (key, value) in ctx.PageValues.ToList())
            {
                if (value is string text) ctx.PageValues[key] = RawHtmlRegions.RemoveMarkers(text);
            }
        }
        var verbatim = ctx.GetOrAddFeature(() => new VerbatimHtml());
        if (verbatim._chunks.Count == 0) return html;
        return Placeholder().Replace(html, match => int.TryParse(match.Groups[1].ValueSpan, out var index) && index < verbatim._chunks.Count
            ? verbatim._chunks[index]
            : match.Value);
    }

    [GeneratedRegex("<!--staticmath-verbatim-([0-9]+)-->")]
    private static partial Regex Placeholder();
}
