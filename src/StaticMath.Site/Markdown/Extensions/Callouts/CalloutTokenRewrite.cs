using System.Globalization;
using StaticMath.Site.Pipeline;
using static StaticMath.Site.Pipeline.FragmentTokenQueries;

namespace StaticMath.Site.Markdown.Extensions.Callouts;

/// <summary>
/// <see cref="CalloutHtmlPostProcessor"/>'s work on a page's tokens: the DOM version's four steps in its order (plain
/// divs upgraded, boxes numbered, unnumbered boxes recorded, proofs ended), each over the whole page, with its exact
/// effect on attributes and text. <see cref="NeedsDom"/> names the few structures only the DOM version follows.
/// </summary>
internal static class CalloutTokenRewrite
{
    private static readonly string ProofClass = CalloutHtml.KindClass("proof");

    /// <summary>False when the page, as read, had nothing <see cref="HasCallouts"/> looks for (asked before any pass).</summary>
    public static bool MayHaveCalloutsAsRead(FragmentTokens page) =>
        page.AsRead.HasAttribute(CalloutHtml.FamilyAttribute) || page.AsRead.HasClass(CalloutHtml.BoxClass) || page.AsRead.HasClass(ProofClass)
        || page.AsRead.HasElement("div") && page.AsRead.HasClassWhere(name => PlainDivKinds.Contains(name));

    /// <summary>Whether the page has anything the callout pass works on.</summary>
    /// <remarks>Start tags only (nothing else has attributes), asked twice a page: once whether it needs the DOM, once
    /// before the work.</remarks>
    public static bool HasCallouts(FragmentTokens page)
    {
        foreach (var token in page.Tokens)
        {
            if (token.Kind != FragmentTokenKind.StartTag) continue;
            if (token.HasAttribute(CalloutHtml.FamilyAttribute) || token.HasClass(CalloutHtml.BoxClass) || token.HasClass(ProofClass)
                || PlainDivKind(token) is not null)
                return true;
        }
        return false;
    }

    /// <summary>
    /// Structures whose DOM edits the tokens do not follow: a box inside (or on) a label numbering rewrites (the DOM
    /// version still numbers the box it cut out), a label or proof that is a void element (the DOM gives it children),
    /// and a <c>data-title</c> whose title HTML the tree builder would repair.
    /// </summary>
    public static bool NeedsDom(FragmentTokens page, CalloutNumbering numbering)
    {
        var tokens = page.Tokens;
        var ends = MatchingEnds(tokens);
        var insideLabelUntil = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != FragmentTokenKind.StartTag) continue;
            var isLabel = token.HasClass(CalloutHtml.LabelClass);
            var plainKind = PlainDivKind(token);
            var willBeBox = token.HasAttribute(CalloutHtml.FamilyAttribute) || plainKind?.Family is not null;
            if (willBeBox && numbering != CalloutNumbering.None && (isLabel || i < insideLabelUntil)) return true;
            if ((isLabel || token.HasClass(ProofClass)) && ends[i] == i) return true;
            if (plainKind is not null && FirstChildWithClass(tokens, ends, i, CalloutHtml.TitleClass) < 0 && TitleTokens(token, plainKind) is null)
                return true;
            if (isLabel) insideLabelUntil = System.Math.Max(insideLabelUntil, ends[i]);
        }
        return false;
    }

    /// <remarks>The steps share one table of end tags (<see cref="FragmentTokenQueries.MatchingEnds"/>), made again
    /// only after a step replaced the tokens: the other edits change attributes, never the structure.</remarks>
    public static void Apply(FragmentTokens page, CalloutNumbering numbering, BlockReferenceTable references)
    {
        var ends = MatchingEnds(page.Tokens);
        if (UpgradePlainDivs(page, ends)) ends = MatchingEnds(page.Tokens);
        if (Number(page, ends, numbering, references)) ends = MatchingEnds(page.Tokens);
        AddUnnumberedReferences(page, ends, references);
        EndProofs(page, ends);
    }

    /// <summary>The kind a plain <c>&lt;div class="theorem"&gt;</c> upgrades to (its first class naming one), or null.</summary>
    /// <remarks>The class list is read in place: asked of every div of a page, splitting it into a list allocated for
    /// each (the displays' divs among them).</remarks>
    private static CalloutKind? PlainDivKind(FragmentToken token)
    {
        if (!token.IsStartTag("div") || token.GetAttribute("class") is not { } classes || token.HasClass(CalloutHtml.BoxClass)) return null;
        var rest = classes.AsSpan();
        while (true)
        {
            rest = rest.TrimStart(FragmentToken.HtmlWhitespace);
            if (rest.IsEmpty) return null;
            var end = rest.IndexOfAny(FragmentToken.HtmlWhitespace);
            var name = end < 0 ? rest : rest[..end];
            if (PlainDivKinds.TryGetValue(name, out var kindName)) return CalloutKinds.Find(kindName);
            if (end < 0) return null;
            rest = rest[end..];
        }
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlainDivKinds =
        new HashSet<string>(CalloutKinds.PlainDivKinds, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The title paragraph the DOM version inserts into a plain div, as the div's first children.</summary>
    private static List<FragmentToken>? TitleTokens(FragmentToken div, CalloutKind kind)
    {
        var name = div.GetAttribute("data-title") ?? div.GetAttribute("title");
        var html = CalloutHtml.Title(CalloutHtml.Encode(kind.Label), name is null ? null : CalloutHtml.Encode(name));
        return ReadChildren(html, div.Depth);
    }

    /// <returns>Whether the tokens were replaced.</returns>
    private static bool UpgradePlainDivs(FragmentTokens page, int[] ends)
    {
        var tokens = page.Tokens;
        var titles = new List<(int Before, List<FragmentToken> Tokens)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (PlainDivKind(tokens[i]) is not { } kind) continue;
            var div = tokens[i];
            div.AddClass(CalloutHtml.BoxClass);
            div.AddClass(CalloutHtml.KindClass(kind.Name));
            if (kind.Family is not null) div.SetAttribute(CalloutHtml.FamilyAttribute, kind.Family);
            if (FirstChildWithClass(tokens, ends, i, CalloutHtml.TitleClass) >= 0) continue;
            var title = TitleTokens(div, kind) ?? throw new InvalidOperationException("a callout title the tokens cannot hold reached the token path");
            div.RemoveAttribute("data-title");
            titles.Add((i + 1, title));
        }
        if (titles.Count == 0) return false;
        page.Replace(WithInsertions(tokens, titles));
        return true;
    }

    /// <returns>Whether the tokens were replaced.</returns>
    private static bool Number(FragmentTokens page, int[] ends, CalloutNumbering numbering, BlockReferenceTable references)
    {
        var tokens = page.Tokens;
        var counters = new Dictionary<string, int>(StringComparer.Ordinal);
        var numberedLabels = new List<(int Label, List<FragmentToken> Content)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != FragmentTokenKind.StartTag || tokens[i].GetAttribute(CalloutHtml.FamilyAttribute) is not { } family) continue;
            var box = tokens[i];
            box.RemoveAttribute(CalloutHtml.FamilyAttribute);
            var label = LabelOf(tokens, ends, i);
            if (label < 0) continue;
            var text = TextContent(tokens, ends, label);
            if (numbering != CalloutNumbering.None)
            {
                var key = numbering == CalloutNumbering.Shared ? "" : family;
                var number = counters.GetValueOrDefault(key) + 1;
                counters[key] = number;
                var numberText = number.ToString(CultureInfo.InvariantCulture);
                numberedLabels.Add((label, NumberedLabelContent(text.TrimEnd() + " ", numberText, tokens[label].Depth)));
                text = text.TrimEnd() + " " + numberText;
            }
            if (!string.IsNullOrEmpty(box.GetAttribute("id"))) references.Add(box.GetAttribute("id")!, text.Trim());
        }
        if (numberedLabels.Count == 0) return false;
        page.Replace(WithContentReplaced(tokens, ends, numberedLabels));
        return true;
    }

    /// <summary>"Theorem 2": the label's text, then the number in its own span (as the DOM version sets them).</summary>
    private static List<FragmentToken> NumberedLabelContent(string text, string number, int labelDepth) =>
    [
        FragmentToken.Text(text, labelDepth + 1),
        FragmentToken.Start("span", [new("class", CalloutHtml.NumberClass)], labelDepth + 1),
        FragmentToken.Text(number, labelDepth + 2),
        FragmentToken.End("span", labelDepth + 1),
    ];

    /// <summary>The tokens with each element's content replaced (none of the elements inside another).</summary>
    /// <remarks>Applied in document order, which is not the order boxes are numbered in: a box's label may come after
    /// the label of a box inside it.</remarks>
    private static List<FragmentToken> WithContentReplaced(List<FragmentToken> tokens, int[] ends, List<(int Element, List<FragmentToken> Content)> replacements)
    {
        var result = new List<FragmentToken>(tokens.Count + replacements.Count * 4);
        var copied = 0;
        foreach (var (element, content) in replacements.OrderBy(r => r.Element))
        {
            result.AddRange(tokens.Skip(copied).Take(element + 1 - copied));
            result.AddRange(content);
            copied = ends[element];
        }
        result.AddRange(tokens.Skip(copied));
        return result;
    }

    // Unnumbered boxes with an id (hand-written HTML callouts, notes) are still reference targets: "Definition".
    private static void AddUnnumberedReferences(FragmentTokens page, int[] ends, BlockReferenceTable references)
    {
        var tokens = page.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var box = tokens[i];
            if (box.Kind != FragmentTokenKind.StartTag || !box.HasClass(CalloutHtml.BoxClass) || box.GetAttribute("id") is not { } id) continue;
            var label = LabelOf(tokens, ends, i);
            if (label >= 0 && TextContent(tokens, ends, label).Trim() is { Length: > 0 } text) references.Add(id, text);
        }
    }

    private static void EndProofs(FragmentTokens page, int[] ends)
    {
        var tokens = page.Tokens;
        var marks = new List<(int Before, List<FragmentToken> Tokens)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var proof = tokens[i];
            // The theme already ends a plain <div class="proof"> with ∎ through CSS.
            if (proof.Kind != FragmentTokenKind.StartTag || !proof.HasClass(ProofClass) || proof.HasClass("proof")) continue;
            if (HasQed(tokens, ends, i) || marks.Exists(m => i < m.Before && m.Before <= ends[i])) continue;
            var last = ChildElements(tokens, ends, i).LastOrDefault(-1);
            if (last >= 0 && tokens[last].Name == "p" && !tokens[last].HasClass(CalloutHtml.TitleClass))
            {
                marks.Add((ends[last], QedMark(tokens[last].Depth + 1)));
                continue;
            }
            var depth = proof.Depth + 1;
            List<FragmentToken> line = [FragmentToken.Start("p", [new("class", CalloutHtml.QedClass + "-line")], depth), .. QedMark(depth + 1), FragmentToken.End("p", depth)];
            marks.Add((ends[i], line));
        }
        if (marks.Count > 0) page.Replace(WithInsertions(tokens, marks));
    }

    private static bool HasQed(List<FragmentToken> tokens, int[] ends, int proof)
    {
        for (var i = proof + 1; i < ends[proof]; i++)
        {
            if (tokens[i].Kind == FragmentTokenKind.StartTag && tokens[i].HasClass(CalloutHtml.QedClass)) return true;
        }
        return false;
    }

    private static List<FragmentToken> QedMark(int depth) =>
    [
        FragmentToken.Start("span", [new("class", CalloutHtml.QedClass), new("aria-label", "end of proof")], depth),
        FragmentToken.Text("\u220E", depth + 1),
        FragmentToken.End("span", depth),
    ];

    /// <summary>The label span in the box's title paragraph (each the first child with its class), or -1.</summary>
    private static int LabelOf(List<FragmentToken> tokens, int[] ends, int box)
    {
        var title = FirstChildWithClass(tokens, ends, box, CalloutHtml.TitleClass);
        return title < 0 ? -1 : FirstChildWithClass(tokens, ends, title, CalloutHtml.LabelClass);
    }
}
