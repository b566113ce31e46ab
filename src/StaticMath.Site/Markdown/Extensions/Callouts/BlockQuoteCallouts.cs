using System.Text;
using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticMath.Site.Markdown.Extensions.Callouts;

/// <summary>
/// al-folio's callouts are blockquotes followed by a kramdown attribute list: <c>&gt; text</c> then <c>{: .block-tip}</c>.
/// In CommonMark the IAL line is a lazy continuation of the quote's last paragraph (or, after a blank line, a
/// paragraph of its own); either way we remove it and mark the quote as a callout of kind tip, warning or danger.
/// If another extension already turned the IAL into a class on the last paragraph, that class is honoured too.
/// </summary>
public static partial class BlockQuoteCallouts
{
    private static readonly string[] Kinds = ["tip", "warning", "danger"];

    [GeneratedRegex(@"^\{:\s*(?<body>[^}]*)\}$")]
    private static partial Regex KramdownIal();

    /// <summary>
    /// The callout kind of a quote, or null. Asked at render time, after every parse hook ran, so a <c>block-*</c> class
    /// put on the quote or its last paragraph by the kramdown attribute extension counts as well as our own mark.
    /// </summary>
    public static CalloutKind? KindOf(QuoteBlock quote)
    {
        if (quote.GetData(typeof(BlockQuoteCallouts)) is CalloutKind marked) return marked;
        var kind = FromQuoteClass(quote) ?? FromParagraphClass(quote);
        if (kind is null) return null;
        quote.SetData(typeof(BlockQuoteCallouts), kind);
        quote.GetAttributes().AddClass("block-" + kind.Name);
        return kind;
    }

    private static CalloutKind? FromQuoteClass(QuoteBlock quote)
    {
        if (quote.TryGetAttributes()?.Classes is not { } classes) return null;
        foreach (var name in Kinds)
        {
            if (classes.Contains("block-" + name)) return CalloutKinds.Find(name);
        }
        return null;
    }

    /// <summary>Parse hook for the IAL left as plain text (no kramdown attribute extension in the pipeline).</summary>
    public static void Apply(MarkdownDocument document)
    {
        foreach (var quote in document.Descendants<QuoteBlock>().ToList())
        {
            if (quote is Markdig.Extensions.Alerts.AlertBlock) continue;
            var kind = FromTrailingLine(quote) ?? FromTrailingAttributes(quote) ?? FromFollowingParagraph(quote);
            if (kind is null) continue;
            quote.SetData(typeof(BlockQuoteCallouts), kind);
            quote.GetAttributes().AddClass("block-" + kind.Name);
        }
    }

    private static CalloutKind? FromTrailingLine(QuoteBlock quote)
    {
        if (quote.LastChild is not ParagraphBlock { Inline: { } inline }) return null;
        var lineBreak = inline.Descendants<LineBreakInline>().LastOrDefault();
        if (lineBreak is null || lineBreak.Parent != inline) return null;
        var trailing = new List<Inline>();
        for (var next = lineBreak.NextSibling; next is not null; next = next.NextSibling) trailing.Add(next);
        if (trailing.Count == 0 || trailing.Any(i => i is not LiteralInline)) return null;
        var kind = FromIal(string.Concat(trailing.Select(i => ((LiteralInline)i).Content.ToString())));
        if (kind is null) return null;
        foreach (var i in trailing) i.Remove();
        lineBreak.Remove();
        return kind;
    }

    /// <summary>Markdig's generic attributes read <c>{: .block-tip}</c> too, attaching the class to the last inline or the paragraph.</summary>
    private static CalloutKind? FromTrailingAttributes(QuoteBlock quote) =>
        quote.LastChild is ParagraphBlock paragraph ? TakeBlockClass(paragraph) : null;

    private static CalloutKind? FromFollowingParagraph(QuoteBlock quote)
    {
        if (quote.Parent is not { } parent) return null;
        var index = parent.IndexOf(quote);
        if (index + 1 >= parent.Count || parent[index + 1] is not ParagraphBlock { Inline: { } inline } paragraph) return null;
        var text = string.Concat(inline.Select(i => i is LiteralInline literal ? literal.Content.ToString() : i is LineBreakInline ? "" : "\u0000"));
        var kind = FromIal(text);
        if (kind is null && string.IsNullOrWhiteSpace(text)) kind = TakeBlockClass(paragraph);
        if (kind is not null) parent.Remove(paragraph);
        return kind;
    }

    private static CalloutKind? TakeBlockClass(ParagraphBlock paragraph)
    {
        var holders = new List<MarkdownObject> { paragraph };
        if (paragraph.Inline is { } inline) holders.AddRange(inline);
        foreach (var holder in holders)
        {
            if (holder.TryGetAttributes()?.Classes is not { } classes) continue;
            foreach (var name in Kinds)
            {
                if (classes.Remove("block-" + name)) return CalloutKinds.Find(name);
            }
        }
        return null;
    }

    private static CalloutKind? FromParagraphClass(QuoteBlock quote)
    {
        if (quote.LastChild is not ParagraphBlock paragraph || paragraph.TryGetAttributes()?.Classes is not { } classes) return null;
        foreach (var name in Kinds)
        {
            if (classes.Remove("block-" + name)) return CalloutKinds.Find(name);
        }
        return null;
    }

    private static CalloutKind? FromIal(string text)
    {
        var match = KramdownIal().Match(text.Trim());
        if (!match.Success) return null;
        foreach (var token in match.Groups["body"].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in Kinds)
            {
                if (token == ".block-" + name) return CalloutKinds.Find(name);
            }
        }
        return null;
    }
}
