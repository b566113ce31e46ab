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
    public bool NeedsDom(FragmentTokens page, PageRenderContext ctx) => false;

    /// <summary>The same renaming on the tokens: headings with an id and math inside, then the links to their old ids.</summary>
    public void ProcessTokens(FragmentTokens page, PageRenderContext ctx)
    {
        var tokens = page.Tokens;
        var headings = new List<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i] is { Kind: FragmentTokenKind.StartTag, Name: "h1" or "h2" or "h3" or "h4" or "h5" or "h6" } heading && heading.HasAttribute("id")
                && FragmentTokenQueries.HasDescendant(tokens, i, t => t.HasClass("math-inline")))
                headings.Add(i);
        }
        if (headings.Count == 0) return;

        var taken = FragmentTokenQueries.Ids(tokens);
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var i in headings)
        {
            var id = tokens[i].GetAttribute("id")!;
            if (NewId(id, TextWithoutMath(tokens, i), MathPlainText.Of(tokens, i), taken) is not { } unique) continue;
            tokens[i].SetAttribute("id", unique);
            renamed.TryAdd(id, unique);
        }
        if (renamed.Count == 0) return;
        foreach (var link in tokens)
        {
            if (link.IsStartTag("a") && link.GetAttribute("href") is ['#', .. var target] && renamed.TryGetValue(target, out var now))
                link.SetAttribute("href", "#" + now);
        }
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
            if (NewId(id, TextWithoutMath(heading), MathPlainText.Of(heading), taken) is not { } unique) continue;
            heading.Id = unique;
            renamed.TryAdd(id, unique);
        }
        if (renamed.Count == 0) return;
        foreach (var link in body.QuerySelectorAll("a[href^='#']"))
        {
            if (renamed.TryGetValue(link.GetAttribute("href")![1..], out var now)) link.SetAttribute("href", "#" + now);
        }
    }

    /// <summary>
    /// The heading's id from its readable text, unique among <paramref name="taken"/> (and then taken), or null when
    /// the author chose the id or it already is that one.
    /// </summary>
    private static string? NewId(string id, string textWithoutMath, string plainText, HashSet<string> taken)
    {
        if (!IsAutomatic(id, LinkHelper.UrilizeAsGfm(textWithoutMath)) && !IsAutomatic(id, LinkHelper.UrilizeAsGfm(textWithoutMath.Trim()))) return null;
        var wanted = LinkHelper.UrilizeAsGfm(plainText.Trim());
        if (wanted.Length == 0 || wanted == id) return null;
        var unique = wanted;
        for (var n = 1; taken.Contains(unique); n++) unique = wanted + "-" + n;
        taken.Add(unique);
        return unique;
    }

    /// <summary>The heading's text around its math, from which Markdig made the id (with its "-1", "-2" for repeats).</summary>
    private static string TextWithoutMath(IElement heading)
    {
        var copy = (IElement)heading.Clone(deep: true);
        foreach (var math in copy.QuerySelectorAll(".math-inline").ToList()) math.Remove();
        return copy.TextContent;
    }

    /// <summary><see cref="TextWithoutMath(IElement)"/> of the heading starting at <paramref name="start"/>.</summary>
    private static string TextWithoutMath(List<FragmentToken> tokens, int start)
    {
        var text = new System.Text.StringBuilder();
        var end = FragmentTokenQueries.EndOf(tokens, start);
        for (var i = start + 1; i < end; i++)
        {
            if (tokens[i].Kind == FragmentTokenKind.StartTag && tokens[i].HasClass("math-inline")) i = FragmentTokenQueries.EndOf(tokens, i);
            else if (tokens[i].Kind == FragmentTokenKind.Text) text.Append(tokens[i].Data);
        }
        return text.ToString();
    }

    private static bool IsAutomatic(string id, string automatic)
    {
        if (id == automatic) return true;
        if (!id.StartsWith(automatic + "-", StringComparison.Ordinal)) return false;
        return id.AsSpan(automatic.Length + 1).IndexOfAnyExceptInRange('0', '9') < 0;
    }
}
