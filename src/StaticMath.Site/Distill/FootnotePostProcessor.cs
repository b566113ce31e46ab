using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Distill;

/// <summary>
/// Distill's <c>&lt;d-footnote&gt;…&lt;/d-footnote&gt;</c> joins Markdown's <c>[^x]</c> footnotes in ONE numbered list at the
/// end of the article, numbered by order of appearance, with back-links. Uses Markdig's footnote markup so both kinds
/// look the same: <c>a.footnote-ref[href=#fn:…] &gt; sup</c> and <c>div.footnotes &gt; hr + ol &gt; li#fn:… a.footnote-back-ref</c>.
/// Runs before citations, so the reference list follows the footnotes.
/// </summary>
public sealed class FootnotePostProcessor : IHtmlPostProcessor
{
    public bool NeedsDom(FragmentTokens page, PageRenderContext ctx) =>
        page.AsRead.HasElement("d-footnote");

    public void ProcessTokens(FragmentTokens page, PageRenderContext ctx)
    {
        // Nothing to do where NeedsDom says no.
    }

    public void Process(IDocument html, IElement body, PageRenderContext ctx)
    {
        if (body.QuerySelector("d-footnote") is null) return;

        var markdigList = body.QuerySelector("div.footnotes");
        var markdigItems = markdigList?.QuerySelectorAll("li[id]").ToDictionary(li => li.Id!, li => li, StringComparer.Ordinal)
                           ?? new Dictionary<string, IElement>(StringComparer.Ordinal);
        var items = new List<string>();
        var numberByTarget = new Dictionary<string, int>(StringComparer.Ordinal);
        var distillCount = 0;

        foreach (var element in body.QuerySelectorAll("d-footnote, a.footnote-ref").ToList())
        {
            if (element.LocalName == "d-footnote")
            {
                var id = "d" + (++distillCount).ToString(CultureInfo.InvariantCulture);
                var number = items.Count + 1;
                items.Add($"<li id=\"fn:{id}\"><p>{element.InnerHtml.Trim()} <a href=\"#fnref:{id}\" class=\"footnote-back-ref\">&#8617;</a></p></li>");
                element.Insert(AdjacentPosition.BeforeBegin, $"<a id=\"fnref:{id}\" href=\"#fn:{id}\" class=\"footnote-ref\"><sup>{number}</sup></a>");
                element.Remove();
                continue;
            }
            var target = (element.GetAttribute("href") ?? "").TrimStart('#');
            if (!numberByTarget.TryGetValue(target, out var existing))
            {
                if (!markdigItems.TryGetValue(target, out var li)) continue;
                items.Add(li.OuterHtml);
                existing = items.Count;
                numberByTarget[target] = existing;
            }
            if (element.QuerySelector("sup") is { } sup) sup.TextContent = existing.ToString(CultureInfo.InvariantCulture);
        }

        markdigList?.Remove();
        var list = new StringBuilder("<div class=\"footnotes\"><hr /><ol>");
        foreach (var item in items) list.Append(item);
        list.Append("</ol></div>");
        DistillSections.Place(body, list.ToString(), null);
    }
}
