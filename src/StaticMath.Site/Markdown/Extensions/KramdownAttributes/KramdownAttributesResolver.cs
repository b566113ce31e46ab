using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticMath.Site.Markdown.Extensions.KramdownAttributes;

/// <summary>
/// Applies every <c>{: …}</c> once the document is parsed, following kramdown:
/// right after a span element (link, image, emphasis, code) → that element; on its own line at the end or start of a
/// paragraph, or at the end of a heading → that block; alone as a paragraph → the block directly above it (no blank
/// line between) or else the block below. <c>* TOC</c> + <c>{:toc}</c> becomes a generated table of contents.
/// </summary>
public static class KramdownAttributesResolver
{
    public static void Resolve(MarkdownDocument document)
    {
        foreach (var ial in document.Descendants<KramdownAttributesInline>().ToList())
            ResolveOne(ial);
        foreach (var node in document.Descendants())
            RepairGenericAttributes(node);
    }

    /// <summary>
    /// When Markdig's generic-attributes parser sees a kramdown list first (it does on headings and fenced code, and
    /// inline when it is registered after us) it reads the colon as part of an attribute name: <c>{:target="_blank"}</c>
    /// becomes ":target", <c>{: #id}</c> a stray ":", <c>{:.c}</c> ":.c". Turn those back into what kramdown means.
    /// </summary>
    private static void RepairGenericAttributes(MarkdownObject node)
    {
        if (node.TryGetAttributes() is not { Properties: { Count: > 0 } properties } attributes) return;
        for (var i = properties.Count - 1; i >= 0; i--)
        {
            var (key, value) = properties[i];
            if (!key.StartsWith(':')) continue;
            properties.RemoveAt(i);
            var name = key[1..];
            if (name.Length == 0) continue;
            if (name[0] == '.') attributes.AddClass(name[1..]);
            else if (name[0] == '#') attributes.Id = name[1..];
            else properties.Insert(i, new(name, value));
        }
    }

    private static void ResolveOne(KramdownAttributesInline ial)
    {
        var prev = ial.PreviousSibling;
        var next = ial.NextSibling;
        var leaf = FindLeafBlock(ial);
        if (leaf is null) { ial.Remove(); return; }

        if (ial.Attributes.Words.Contains("toc", StringComparer.OrdinalIgnoreCase) && TryReplaceListWithToc(leaf, ial))
            return;

        if (prev is not null && prev is not LiteralInline && prev is not LineBreakInline)
        {
            ial.Attributes.ApplyTo(prev.GetAttributes());
            ial.Remove();
            return;
        }

        var topLevel = ial.Parent is { Parent: null };
        var startsLine = prev is null or LineBreakInline || IsBlank(prev);
        var endsLine = next is null or LineBreakInline;
        if (topLevel && startsLine && endsLine && leaf is ParagraphBlock paragraph && OnlyIal(paragraph, ial))
        {
            ApplyStandalone(paragraph, ial);
            return;
        }
        if (topLevel && (endsLine || startsLine))
        {
            ial.Attributes.ApplyTo(leaf.GetAttributes());
            if (next is null && prev is LiteralInline literal) TrimEnd(literal);
            if (next is null && prev is LineBreakInline) prev.Remove();
            else if (prev is null && next is LineBreakInline) next.Remove();
        }
        // Elsewhere (after plain text in mid-line) kramdown attaches nothing; the list is just consumed.
        ial.Remove();
    }

    private static void ApplyStandalone(ParagraphBlock paragraph, KramdownAttributesInline ial)
    {
        var parent = paragraph.Parent!;
        var index = parent.IndexOf(paragraph);
        var before = index > 0 ? parent[index - 1] : null;
        var after = index + 1 < parent.Count ? parent[index + 1] : null;
        var target = before is not null && LastLine(before) == paragraph.Line - 1 ? before : after ?? before;
        if (target is not null)
            ial.Attributes.ApplyTo(target.GetAttributes());
        parent.Remove(paragraph);
    }

    private static bool TryReplaceListWithToc(LeafBlock leaf, KramdownAttributesInline ial)
    {
        if (leaf.Parent is not ListItemBlock { Parent: ListBlock list } || list.Count != 1 || list.Parent is null)
            return false;
        var toc = new KramdownTocBlock(list.IsOrdered) { Line = list.Line, Span = list.Span };
        ial.Attributes.ApplyTo(toc.GetAttributes());
        var container = list.Parent;
        var index = container.IndexOf(list);
        container.RemoveAt(index);
        container.Insert(index, toc);
        return true;
    }

    private static LeafBlock? FindLeafBlock(Inline inline)
    {
        var container = inline.Parent;
        while (container?.Parent is not null) container = container.Parent;
        return container?.ParentBlock as LeafBlock;
    }

    private static bool OnlyIal(ParagraphBlock paragraph, KramdownAttributesInline ial) =>
        paragraph.Inline is { } root && root.All(i => ReferenceEquals(i, ial) || i is LineBreakInline || IsBlank(i));

    private static bool IsBlank(Inline inline) => inline is LiteralInline literal && literal.Content.IsEmptyOrWhitespace();

    private static void TrimEnd(LiteralInline literal)
    {
        var content = literal.Content;
        content.TrimEnd();
        literal.Content = content;
    }

    /// <summary>0-based last source line of a block (closing fences and setext underlines included).</summary>
    private static int LastLine(Block block)
    {
        switch (block)
        {
            case ContainerBlock { Count: > 0 } container:
                return LastLine(container.LastChild!);
            case FencedCodeBlock fenced when fenced.Lines.Count > 0:
                return fenced.Lines.Lines[fenced.Lines.Count - 1].Line + (fenced.ClosingFencedCharCount > 0 ? 1 : 0);
            case FencedCodeBlock fenced:
                return fenced.Line + (fenced.ClosingFencedCharCount > 0 ? 1 : 0);
            case HeadingBlock { IsSetext: true } heading:
                return heading.Line + System.Math.Max(1, heading.Lines.Count);
            case LeafBlock { Lines.Count: > 0 } leaf:
                return leaf.Lines.Lines[leaf.Lines.Count - 1].Line;
            default:
                return block.Line;
        }
    }
}
