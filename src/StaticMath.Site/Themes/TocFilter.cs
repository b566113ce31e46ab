using System.Net;
using Fluid;
using Fluid.Values;

namespace StaticMath.Site.Themes;

/// <summary>
/// The <c>toc_html</c> Liquid filter: <c>{{ content | toc_html: page.toc }}</c> is the page's table of contents as
/// nested <c>&lt;ol&gt;</c> links, or empty. With <c>toc: true</c> it lists the content's h2/h3 headings that carry an
/// id (math in a heading is kept, ids and links inside it dropped so ids stay unique). With Distill's list form
/// (<c>- name: …</c> with optional <c>subsections</c>) each name links to the heading of the same text, falling back
/// to its slug. Anything else (absent, false) gives no table of contents. Applied to a page's own content, it reads
/// the page's outline (<see cref="PageOutline"/>, read once per page) instead of parsing the content.
/// </summary>
public static class TocFilter
{
    public static void Register(Liquid.LiquidRegistry registry) =>
        registry.AddFilter("toc_html", async (input, arguments, context) =>
        {
            var toc = arguments.Count > 0 ? arguments.At(0) : BooleanValue.True;
            if (toc is ArrayValue entries)
                return new StringValue(await FromEntriesAsync(OutlineOf(input, context), entries, context), encode: false);
            var enabled = toc is BooleanValue { } b ? b.ToBooleanValue() : toc is StringValue sv && sv.ToStringValue() == "true";
            // The page's content is not made one string only to be found empty (or not asked for).
            var empty = input is Liquid.PageTextValue pieces ? pieces.Text.Length == 0 : input.ToStringValue().Length == 0;
            return new StringValue(enabled && !empty ? Render(OutlineOf(input, context)) : "", encode: false);
        });

    private const string AmbientKey = "StaticMath.ContentOutline";

    /// <summary>The page's content being laid out and its outline: the filter applied to that content reads the outline.</summary>
    private sealed record ContentOutline(Liquid.PageText Content, Func<PageOutline> Outline);

    internal static void AttachOutline(TemplateContext context, Liquid.PageText content, Func<PageOutline> outline) =>
        context.AmbientValues[AmbientKey] = new ContentOutline(content, outline);

    private static PageOutline OutlineOf(FluidValue input, TemplateContext context)
    {
        if (!context.AmbientValues.TryGetValue(AmbientKey, out var value) || value is not ContentOutline page)
            return PageOutline.Of(input.ToStringValue());
        if (input is Liquid.PageTextValue pieces && ReferenceEquals(pieces.Text, page.Content)) return page.Outline();
        var html = input.ToStringValue();
        return html.Length == page.Content.Length && string.Equals(page.Content.ToString(), html, StringComparison.Ordinal)
            ? page.Outline()
            : PageOutline.Of(html);
    }

    /// <summary>Distill's <c>toc:</c> list: names (and subsections' names) linked to the matching headings.</summary>
    private static async ValueTask<string> FromEntriesAsync(PageOutline outline, ArrayValue entries, TemplateContext context)
    {
        var ids = HeadingIdsByText(outline);
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

    private static Dictionary<string, string> HeadingIdsByText(PageOutline outline)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var heading in outline.Headings)
            ids.TryAdd(Normalise(heading.Element.TextContent), heading.Id);
        return ids;
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    /// <summary>The contents list of an HTML fragment: its h2 and h3 headings (or the given levels).</summary>
    public static string Render(string html, int minLevel = 2, int maxLevel = 3) =>
        string.IsNullOrEmpty(html) ? "" : Render(PageOutline.Of(html), minLevel, maxLevel);

    private static string Render(PageOutline outline, int minLevel = 2, int maxLevel = 3)
    {
        if (minLevel < 1 || maxLevel > 6 || minLevel > maxLevel)
            return "";
        // The pipeline already wrote a contents list at the top of the content (toc: true): reuse it, so the sidebar
        // and the inline list always agree (it honours .no_toc and the kramdown rules).
        if (outline.LeadingContentsList is { } existing)
            return existing;
        var headings = outline.Headings
            .Where(h => h.Level >= minLevel && h.Level <= maxLevel && !h.IsNoToc && !h.InBox)
            .Select(h => Distill.TocList.Entry.Of(h.Element));
        return Distill.TocList.Nested(headings);
    }
}
