using System.Text.RegularExpressions;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticMath.Site.Markdown.Extensions.LinkLabels;

/// <summary>
/// Reference links matched by Unicode case folding, as CommonMark prescribes (example 542: <c>[ẞ]</c> finds
/// <c>[SS]: /url</c>). Markdig looks labels up with ordinal ignore-case, which knows only one-to-one mappings, and
/// its lookup cannot be replaced; so before inlines are parsed, each bracketed text of the page that folds to a
/// defined label but is not spelled like it is added as another name of that definition.
/// </summary>
public sealed partial class UnicodeLabelsExtension : IMarkdownExtension
{
    private static readonly object Subscribed = new();

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        var paragraphs = pipeline.BlockParsers.Find<ParagraphBlockParser>();
        if (paragraphs is null) return;
        paragraphs.Closed -= OnParagraphClosed;
        paragraphs.Closed += OnParagraphClosed;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    // Definitions are read from paragraphs; the aliases are added once all blocks (and so all definitions) are known.
    private static void OnParagraphClosed(BlockProcessor processor, Block block)
    {
        var document = processor.Document;
        if (document.GetData(Subscribed) is not null) return;
        document.SetData(Subscribed, true);
        document.ProcessInlinesBegin += AddFoldedAliases;
    }

    private static void AddFoldedAliases(InlineProcessor processor, Inline? inline)
    {
        var document = processor.Document;
        document.ProcessInlinesBegin -= AddFoldedAliases;
        var links = document.GetLinkReferenceDefinitions(addGroup: false).Links;
        var byFold = new Dictionary<string, LinkReferenceDefinition>(StringComparer.Ordinal);
        foreach (var (label, definition) in links)
            byFold.TryAdd(Key(label), definition);
        if (byFold.Count == 0) return;

        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf.Lines.Count == 0) continue;
            foreach (Match candidate in BracketedText().Matches(leaf.Lines.ToString()))
            {
                var written = candidate.Groups[1].Value;
                if (!byFold.TryGetValue(Key(written), out var definition)) continue;
                // Markdig looks the label up as written or with its whitespace collapsed: both spellings find it. Set
                // on the group would ignore a definition it already holds, so the names go straight into its table.
                links.TryAdd(written, definition);
                links.TryAdd(Whitespace().Replace(written.Trim(), " "), definition);
            }
        }
    }

    /// <summary>CommonMark's label matching: trimmed, inner whitespace collapsed, Unicode case folded.</summary>
    private static string Key(string label) => UnicodeCaseFold.Fold(Whitespace().Replace(label.Trim(), " "));

    // A link label: up to 999 characters with no unescaped bracket, not opened by an escaped '['.
    [GeneratedRegex(@"(?<!\\)\[((?:[^\[\]\\]|\\.){1,999}?)\]", RegexOptions.Singleline)]
    private static partial Regex BracketedText();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

public static class UnicodeLabelsPipelineExtensions
{
    /// <summary>Matches reference link labels by Unicode case folding (CommonMark).</summary>
    public static MarkdownPipelineBuilder UseUnicodeLinkLabels(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<UnicodeLabelsExtension>();
        return pipeline;
    }
}
