using StaticMath.Site.Configuration;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Distill;
using StaticMath.Site.Liquid;
using StaticMath.Site.Markdown;
using StaticMath.Site.Markdown.Extensions;
using StaticMath.Site.Markdown.Extensions.Callouts;
using StaticMath.Site.Markdown.Extensions.CodeHighlighting;
using StaticMath.Site.Markdown.Extensions.Convo;
using StaticMath.Site.Markdown.Extensions.Embeds;
using StaticMath.Site.Markdown.Extensions.Figures;
using StaticMath.Site.Markdown.Extensions.HugoShortcodes;
using StaticMath.Site.Markdown.Extensions.InlineAttributes;
using StaticMath.Site.Markdown.Extensions.KramdownAttributes;
using StaticMath.Site.Markdown.Extensions.KramdownExtensions;
using StaticMath.Site.Markdown.Extensions.Links;
using StaticMath.Site.Markdown.Extensions.MarkdownInHtml;
using StaticMath.Site.Markdown.Extensions.Math;
using StaticMath.Site.Markdown.Extensions.Theme;
using StaticMath.Site.Markdown.Extensions.VerbatimHtml;
using StaticMath.Site.Markdown.Extensions.ZolaShortcodes;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Engine;

/// <summary>
/// The ONE list of the page pipeline's features, one line each. Inside a stage (<see cref="MarkdownStage"/>,
/// <see cref="DocumentStage"/>, <see cref="HtmlStage"/>) parts run in this order, so it matters only between features
/// that share a stage: e.g. citations before footnotes (Markdig's end-of-document hooks), math before links (glyph
/// definitions are collected before links are rewritten).
/// </summary>
public static class SiteFeatures
{
    public static IReadOnlyList<ISiteFeature> All { get; } =
    [
        new StandardMarkdownFeature(),
        new LiquidFeature(),
        new MathFeature(),
        new MarkdownInHtmlFeature(),
        new CalloutsFeature(),
        new ConvoFeature(),
        new Markdown.Extensions.PanelTabsets.PanelTabsetsFeature(),
        new FiguresFeature(),
        new EmbedsFeature(),
        new CodeHighlightingFeature(),
        new CrossReferencesFeature(),
        new DistillFeature(),
        new CitationsFeature(),
        new FootnotesFeature(),
        new HugoShortcodesFeature(),
        new ZolaShortcodesFeature(),
        new KramdownExtensionsFeature(),
        new TableOfContentsFeature(),
        new VerbatimHtmlFeature(),
        new InlineAttributesFeature(),
        new KramdownAttributesFeature(),
        new TypographyFeature(),
        new LinksFeature(),
    ];

    /// <summary>The sections of <c>staticmath.yml</c> the features own (the configuration loader reads them).</summary>
    public static IReadOnlyList<SettingsSection> Sections { get; } = [.. All.Select(f => f.Settings).OfType<SettingsSection>()];

    /// <summary>Every feature registered for <paramref name="config"/> (problems with its settings go to <paramref name="settingsDiagnostics"/>).</summary>
    public static FeatureRegistry Register(SiteConfig config, DiagnosticBag settingsDiagnostics)
    {
        var registry = new FeatureRegistry(config, settingsDiagnostics);
        foreach (var feature in All) registry.Add(feature);
        return registry;
    }

    /// <summary>The frozen page pipeline for <paramref name="config"/>.</summary>
    public static PagePipeline Pipeline(SiteConfig config, DiagnosticBag settingsDiagnostics) => Register(config, settingsDiagnostics).Freeze();
}
