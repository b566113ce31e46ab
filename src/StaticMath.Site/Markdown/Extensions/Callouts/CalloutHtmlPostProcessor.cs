using AngleSharp.Dom;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.Callouts;

/// <summary>
/// Works on the rendered page, where every callout form has met: upgrades plain <c>&lt;div class="theorem"&gt;</c> /
/// <c>&lt;div class="proof"&gt;</c> boxes to callouts, numbers callouts per page (by kind family, shared, or not at all,
/// per <c>callouts.numbering</c>) in document order, records "Theorem 2" for references, and ends proofs with ∎.
/// The corpus' hand-written HTML callouts carry their own label and are not numbered (their posts render unchanged).
/// </summary>
public sealed class CalloutHtmlPostProcessor(CalloutsConfig config) : IHtmlPostProcessor
{
    /// <summary>Only the odd structures <see cref="CalloutTokenRewrite.NeedsDom"/> names; the rest is done on the tokens.</summary>
    public bool NeedsDom(FragmentTokens page, PageRenderContext ctx) =>
        CalloutTokenRewrite.MayHaveCalloutsAsRead(page) && CalloutTokenRewrite.HasCallouts(page) && CalloutTokenRewrite.NeedsDom(page, config.NumberingMode);

    public void ProcessTokens(FragmentTokens page, PageRenderContext ctx)
    {
        if (!CalloutTokenRewrite.HasCallouts(page)) return;
        CalloutTokenRewrite.Apply(page, config.NumberingMode, ctx.GetOrAddFeature(() => new BlockReferenceTable()));
    }

    public void Process(IDocument html, IElement body, PageRenderContext ctx) =>
        Apply(html, body, config.NumberingMode, ctx.GetOrAddFeature(() => new BlockReferenceTable()));

    public static void Apply(IDocument html, IElement body, CalloutNumbering numbering, BlockReferenceTable references)
    {
        UpgradePlainDivs(html, body);

        var counters = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var box in body.QuerySelectorAll($"[{CalloutHtml.FamilyAttribute}]"))
        {
            var family = box.GetAttribute(CalloutHtml.FamilyAttribute)!;
            box.RemoveAttribute(CalloutHtml.FamilyAttribute);
            var label = LabelOf(box);
            if (label is null) continue;
            if (numbering != CalloutNumbering.None)
            {
                var key = numbering == CalloutNumbering.Shared ? "" : family;
                var number = counters.GetValueOrDefault(key) + 1;
                counters[key] = number;
                // "Theorem 2": the number in its own span so themes can style it; the text reads naturally when copied.
                label.TextContent = label.TextContent.TrimEnd() + " ";
                var numberSpan = html.CreateElement("span");
                numberSpan.ClassList.Add(CalloutHtml.NumberClass);
                numberSpan.TextContent = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
                label.AppendChild(numberSpan);
            }
            if (!string.IsNullOrEmpty(box.Id)) references.Add(box.Id, label.TextContent.Trim());
        }

        // Unnumbered boxes with an id (hand-written HTML callouts, notes) are still reference targets: "Definition".
        foreach (var box in body.QuerySelectorAll($".{CalloutHtml.BoxClass}[id]"))
        {
            if (LabelOf(box) is { } label && label.TextContent.Trim().Length > 0) references.Add(box.Id!, label.TextContent.Trim());
        }

        foreach (var proof in body.QuerySelectorAll($".{CalloutHtml.KindClass("proof")}"))
        {
            // The theme already ends a plain <div class="proof"> with ∎ through CSS.
            if (proof.ClassList.Contains("proof")) continue;
            if (proof.QuerySelector("." + CalloutHtml.QedClass) is not null) continue;
            var qed = html.CreateElement("span");
            qed.ClassList.Add(CalloutHtml.QedClass);
            qed.SetAttribute("aria-label", "end of proof");
            qed.TextContent = "\u220E";
            var last = proof.LastElementChild;
            if (last is not null && last.LocalName == "p" && !last.ClassList.Contains(CalloutHtml.TitleClass)) last.AppendChild(qed);
            else
            {
                var line = html.CreateElement("p");
                line.ClassList.Add(CalloutHtml.QedClass + "-line");
                line.AppendChild(qed);
                proof.AppendChild(line);
            }
        }
    }

    private static IElement? LabelOf(IElement box) =>
        box.Children.FirstOrDefault(c => c.ClassList.Contains(CalloutHtml.TitleClass))?
            .Children.FirstOrDefault(c => c.ClassList.Contains(CalloutHtml.LabelClass));

    private static void UpgradePlainDivs(IDocument html, IElement body)
    {
        foreach (var div in body.QuerySelectorAll("div").ToList())
        {
            if (div.ClassList.Contains(CalloutHtml.BoxClass)) continue;
            var kindName = div.ClassList.FirstOrDefault(CalloutKinds.PlainDivKinds.Contains);
            if (kindName is null || CalloutKinds.Find(kindName) is not { } kind) continue;

            div.ClassList.Add(CalloutHtml.BoxClass);
            div.ClassList.Add(CalloutHtml.KindClass(kind.Name));
            if (kind.Family is not null) div.SetAttribute(CalloutHtml.FamilyAttribute, kind.Family);
            if (div.Children.Any(c => c.ClassList.Contains(CalloutHtml.TitleClass))) continue;

            // `<div class="theorem" data-title="Name">` (or title=) names the box, as amsthm's optional argument does.
            var name = div.GetAttribute("data-title") ?? div.GetAttribute("title");
            div.RemoveAttribute("data-title");
            var titleHtml = CalloutHtml.Title(CalloutHtml.Encode(kind.Label), name is null ? null : CalloutHtml.Encode(name));
            div.Insert(AdjacentPosition.AfterBegin, titleHtml);
        }
    }
}
