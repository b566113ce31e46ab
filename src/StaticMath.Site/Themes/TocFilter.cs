using System.Net;
using AngleSharp.Html.Parser;
using Fluid;
using Fluid.Values;

namespace StaticMath.Site.Themes;

/// <summary>
/// The <c>toc_html</c> Liquid filter: <c>{{ content | toc_html: page.toc }}</c> is the page's table of contents as
/// nested <c>&lt;ol&gt;</c> links, or empty. With <c>toc: true</c> it lists the content's h2/h3 headings that carry an
/// id (math in a heading is kept, ids and links inside it dropped so ids stay unique). With Distill's list form
/// (<c>- name: …</c> with optional <c>subsections</c>) each name links to the heading of the same text, falling back
/// to its slug. Anything else (absent, false) gives no table of contents.
/// </summary>
public static class TocFilter
{
    public static void Register(Liquid.LiquidRegistry registry) =>
        registry.AddFilter("toc_html", async (input, arguments, context) =>
        {
            var toc = arguments.Count > 0 ? arguments.At(0) : BooleanValue.True;
            var html = input.ToStringValue();
            if (toc is ArrayValue entries)
                return new StringValue(await FromEntriesAsync(html, entries, context), encode: false);
            var enabled = toc is BooleanValue { } b ? b.ToBooleanValue() : toc is StringValue sv && sv.ToStringValue() == "true";
            return new StringValue(enabled ? Render(html) : "", encode: false);
        });

    /// <summary>Distill's <c>toc:</c> list: names (and subsections' names) linked to the matching headings.</summary>
    private static async ValueTask<string> FromEntriesAsync(string html, ArrayValue entries, TemplateContext context)
    {
        var ids = HeadingIdsByText(html);
        var listed = new List<Distill.TocList.Entry>();
        foreach (var entry in entries.Values)
        {
            var name = (await entry.GetValueAsync("name", context)).ToStringValue();
            if (name.Length == 0) continue;
            listed.Add(Listed(1, name, ids));
            if (await entry.GetValueAsync("subsections", context) is not ArrayValue subsections) continue;
            foreach (var sub in subsections.Values)
            {
                var subName = (await sub.GetValueAsync("name", context)).ToStringValue();
                if (subName.Length > 0) listed.Add(Listed(2, subName, ids));
            }
        }
        return Distill.TocList.Nested(listed);
    }

    private static Distill.TocList.Entry Listed(int level, string name, IReadOnlyDictionary<string, string> ids) =>
        new(level, ids.TryGetValue(Normalise(name), out var found) ? found : Content.Slug.From(name), WebUtility.HtmlEncode(name));

    private static Dictionary<string, string> HeadingIdsByText(string html)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(html)) return ids;
        var document = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        foreach (var heading in document.Body!.QuerySelectorAll("h1[id],h2[id],h3[id],h4[id],h5[id],h6[id]"))
            ids.TryAdd(Normalise(heading.TextContent), heading.Id!);
        return ids;
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    public static string Render(string html, int minLevel = 2, int maxLevel = 3)
    {
        if (string.IsNullOrEmpty(html) || minLevel < 1 || maxLevel > 6 || minLevel > maxLevel)
            return "";
        var document = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        // The pipeline already wrote a contents list at the top of the content (toc: true): reuse it, so the sidebar
        // and the inline list always agree (it honours .no_toc and the kramdown rules).
        if (document.Body!.Children.Length > 0 && document.Body.Children[0] is { LocalName: "nav" } first && first.ClassList.Contains("toc") &&
            first.QuerySelector("ol, ul") is { } existing)
            return existing.OuterHtml;
        var selector = string.Join(',', Enumerable.Range(minLevel, maxLevel - minLevel + 1).Select(l => $"h{l}[id]:not(.no_toc)"));
        var headings = document.Body!.QuerySelectorAll(selector)
            // Headings inside boxes (callouts, details, convo) are not sections of the article.
            .Where(h => h.Closest("aside, details, blockquote, .math-callout, .convo, nav, d-appendix") is null)
            .ToList();
        return Distill.TocList.Nested(headings.Select(Distill.TocList.Entry.Of));
    }
}
