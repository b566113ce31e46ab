using AngleSharp.Dom;
using Markdig.Helpers;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// Markdig derives heading ids from the heading's text without its math ("Choosing $\eta$" → <c>choosing-</c>), so
/// headings differing only in their math collide and links written for kramdown or GitHub miss. A heading whose id
/// is that automatic one gets the id of its readable text, TeX included (<c>choosing-eta</c>), kept unique on the
/// page; links to the old id follow. Ids the author chose (<c>{#id}</c>) are left alone.
/// </summary>
public sealed class MathHeadingIdPostProcessor : IHtmlPostProcessor
{
    /// <summary>A heading with an id and math inside it.</summary>
    public bool NeedsDom(FragmentTokens page, PageRenderContext ctx)
    {
        var tokens = page.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i] is not { Kind: FragmentTokenKind.StartTag, Name: "h1" or "h2" or "h3" or "h4" or "h5" or "h6" } heading
                || !heading.HasAttribute("id")) continue;
            var end = page.EndOf(i);
            for (var j = i + 1; j < end; j++)
            {
                if (tokens[j].Kind == FragmentTokenKind.StartTag && tokens[j].HasClass("math-inline")) return true;
            }
        }
        return false;
    }

    public void ProcessTokens(FragmentTokens page, PageRenderContext ctx)
    {
        // Nothing to do where NeedsDom says no.
    }

    public void Process(IDocument html, IElement body, PageRenderContext ctx)
    {
        var headings = body.QuerySelectorAll("h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]")
            .Where(h => h.QuerySelector(".math-inline") is not null).ToList();
        if (headings.Count == 0) return;

        var taken = body.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var heading in headings)
        {
            var id = heading.Id!;
            if (!IsAutomatic(id, heading)) continue;
            var wanted = LinkHelper.UrilizeAsGfm(MathPlainText.Of(heading).Trim());
            if (wanted.Length == 0 || wanted == id) continue;
            var unique = wanted;
            for (var n = 1; taken.Contains(unique); n++) unique = wanted + "-" + n;
            taken.Add(unique);
            heading.Id = unique;
            renamed.TryAdd(id, unique);
        }
        if (renamed.Count == 0) return;
        foreach (var link in body.QuerySelectorAll("a[href^='#']"))
        {
            if (renamed.TryGetValue(link.GetAttribute("href")![1..], out var now)) link.SetAttribute("href", "#" + now);
        }
    }

    /// <summary>The id Markdig made from the text around the math (with its "-1", "-2" for repeats).</summary>
    private static bool IsAutomatic(string id, IElement heading)
    {
        var copy = (IElement)heading.Clone(deep: true);
        foreach (var math in copy.QuerySelectorAll(".math-inline").ToList()) math.Remove();
        return IsAutomatic(id, LinkHelper.UrilizeAsGfm(copy.TextContent)) || IsAutomatic(id, LinkHelper.UrilizeAsGfm(copy.TextContent.Trim()));
    }

    private static bool IsAutomatic(string id, string automatic)
    {
        if (id == automatic) return true;
        if (!id.StartsWith(automatic + "-", StringComparison.Ordinal)) return false;
        return id.AsSpan(automatic.Length + 1).IndexOfAnyExceptInRange('0', '9') < 0;
    }
}
