using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.AutoLinks;
using Markdig.Extensions.DefinitionLists;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using StaticMath.Site.Markdown.Extensions.LinkLabels;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown;

/// <summary>
/// Markdig's CommonMark additions that GitHub and Pandoc readers expect: pipe tables, footnotes, task lists,
/// strikethrough, autolinks, GitHub heading ids, definition lists, link labels in any script.
/// Not <c>UseAdvancedExtensions()</c>: it brings Markdig's own math, which would fight our <c>$</c> handling, and
/// extensions we do not want (emoji, smarty pants, diagrams).
/// </summary>
public sealed class StandardMarkdownFeature : ISiteFeature
{
    public void Register(FeatureRegistry registry) => registry
        .Markdown(MarkdownStage.Standard, new PipeTableExtension(new PipeTableOptions()))
        .Markdown(MarkdownStage.Standard, new FootnoteExtension())
        .Markdown(MarkdownStage.Standard, new TaskListExtension())
        .Markdown(MarkdownStage.Standard, new EmphasisExtraExtension(EmphasisExtraOptions.Strikethrough))
        .Markdown(MarkdownStage.Standard, new AutoLinkExtension(new AutoLinkOptions()))
        .Markdown(MarkdownStage.Standard, new AutoIdentifierExtension(AutoIdentifierOptions.GitHub))
        .Markdown(MarkdownStage.Standard, new DefinitionListExtension())
        .Markdown(MarkdownStage.Standard, new UnicodeLabelsExtension());
}
