using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticMath.Site.Markdown.Extensions.InlineFootnotes;

/// <summary>
/// Keeps inline notes and <c>[^x]</c> footnotes in one list numbered by first reference, as pandoc does. While the
/// document is parsed the inline notes wait in a container at its end (so Markdig parses their inlines after the
/// text that holds them); once parsing is done they join Markdig's footnote group, which is renumbered and given
/// its back-links again.
/// </summary>
public static class InlineFootnoteNumbering
{
    /// <summary>Markdig's footnote blocks need a parser; ours are made by the inline parser, so they name Markdig's.</summary>
    internal static readonly FootnoteParser FootnoteOwner = new();

    /// <summary>The container of inline notes awaiting numbering, created at the document's end on first use.</summary>
    internal static PendingInlineFootnotes Pending(MarkdownDocument document)
    {
        if (document.GetData(typeof(PendingInlineFootnotes)) is PendingInlineFootnotes pending)
        {
            return pending;
        }

        pending = new PendingInlineFootnotes();
        document.Add(pending);
        document.SetData(typeof(PendingInlineFootnotes), pending);
        return pending;
    }

    /// <summary>Runs when the document is parsed; does nothing when it has no inline notes.</summary>
    public static void Finish(MarkdownDocument document)
    {
        if (document.GetData(typeof(PendingInlineFootnotes)) is not PendingInlineFootnotes pending)
        {
            return;
        }

        document.RemoveData(typeof(PendingInlineFootnotes));

        // Document order of first references, read while the pending notes are still in the tree (nested notes too).
        var ordered = new List<Footnote>();
        foreach (var link in document.Descendants<FootnoteLink>())
        {
            if (!link.IsBackLink && !ordered.Contains(link.Footnote))
            {
                ordered.Add(link.Footnote);
            }
        }

        document.Remove(pending);
        var group = document.OfType<FootnoteGroup>().LastOrDefault();
        if (group is null)
        {
            group = new FootnoteGroup(FootnoteOwner);
        }
        else
        {
            document.Remove(group);
        }

        foreach (var footnote in group.OfType<Footnote>().Concat(pending.OfType<Footnote>()).ToList())
        {
            ((ContainerBlock)footnote.Parent!).Remove(footnote);
        }

        var linkIndex = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            var footnote = ordered[i];
            if (footnote.Parent is ContainerBlock parent)
            {
                parent.Remove(footnote);
            }

            footnote.Order = i + 1;
            group.Add(footnote);
            var paragraph = BackLinkParagraph(footnote);
            foreach (var link in footnote.Links)
            {
                link.Index = ++linkIndex;
                paragraph.Inline!.AppendChild(new FootnoteLink(footnote) { Index = linkIndex, IsBackLink = true });
            }
        }

        // The notes go last, after anything (such as a reference list) placed at the end.
        document.Add(group);
    }

    /// <summary>The footnote's last paragraph with any earlier back-links removed (they are renumbered).</summary>
    private static ParagraphBlock BackLinkParagraph(Footnote footnote)
    {
        foreach (var old in footnote.Descendants<FootnoteLink>().Where(l => l.IsBackLink).ToList())
        {
            old.Remove();
        }

        if (footnote.LastChild is not ParagraphBlock paragraph)
        {
            paragraph = new ParagraphBlock();
            footnote.Add(paragraph);
        }

        paragraph.Inline ??= new ContainerInline();
        return paragraph;
    }
}

/// <summary>Inline notes waiting, during parsing, to join the footnote group (never rendered).</summary>
internal sealed class PendingInlineFootnotes : ContainerBlock
{
    public PendingInlineFootnotes() : base(null)
    {
    }
}
