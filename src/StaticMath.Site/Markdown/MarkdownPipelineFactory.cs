using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.EmphasisExtras;
using StaticMath.Site.Configuration;
using StaticMath.Site.Markdown.Extensions;
using StaticMath.Site.Markdown.Extensions.HugoShortcodes;
using StaticMath.Site.Markdown.Extensions.KramdownExtensions;
using StaticMath.Site.Markdown.Extensions.MarkdownItToc;
using StaticMath.Site.Markdown.Extensions.ZolaShortcodes;
using StaticMath.Site.Markdown.Extensions.InlineAttributes;
using StaticMath.Site.Markdown.Extensions.KramdownAttributes;
using StaticMath.Site.Markdown.Extensions.LinkLabels;
using StaticMath.Site.Markdown.Extensions.InlineFootnotes;
using StaticMath.Site.Markdown.Extensions.PandocCitations;

namespace StaticMath.Site.Markdown;

/// <summary>
/// The one place that wires Markdig extensions. The pipeline is built once per build and shared by all page builds
/// (Markdig pipelines are thread-safe). Our own extensions live in <c>Markdown/Extensions/&lt;Name&gt;/</c> and are
/// added here with one <c>.UseXxx()</c> line each.
/// Not <c>UseAdvancedExtensions()</c>: it brings Markdig's own math (<c>UseMathematics</c>), which would fight our
/// <c>$</c> handling, and a few extensions we do not want (emoji, smarty pants, diagrams).
/// </summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create(SiteConfig config)
    {
        _ = config; // Extensions read their options from it.
        var builder = new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UsePipeTables()
            .UseFootnotes()
            .UseTaskLists()
            .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
            .UseAutoLinks()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseDefinitionLists()
            .UseUnicodeLinkLabels();

        // Our extensions (one line each).
        builder.Use(new Extensions.Math.MathExtension(config.Math));
        builder.UseMarkdownInHtml().UseCallouts().UseConvo().UseImageFigures().UseEmbeds(config.Embeds).UseCodeHighlighting(config.Code);
        builder.UsePandocCitations().UseInlineFootnotes();
        builder.UseHugoShortcodes().UseZolaShortcodes().UseKramdownExtensions().UseMarkdownItToc();
        builder.Use<Extensions.VerbatimHtml.VerbatimHtmlExtension>();

        // Attributes must come last: they attach `{#id .class}` to what the other extensions produced.
        builder.UseInlineAttributes();
        // kramdown `{: …}` lists: added after generic attributes so its inline parser is consulted first for '{:'.
        builder.UseKramdownAttributes();
        return builder.Build();
    }
}
