using Fluid;
using Parlot;
using Parlot.Fluent;
using StaticMath.Site.Liquid.Tags;
using static Parlot.Fluent.Parsers;

namespace StaticMath.Site.Liquid;

/// <summary>
/// Fluid's Liquid parser plus the tags Jekyll/al-folio posts use: include (Jekyll's <c>k=v</c> syntax), highlight,
/// details, youtube, twitter, post_url, link, cite and bibliography. Built once; Fluid parsers are immutable after
/// construction and safe to share between threads.
/// </summary>
public sealed class JekyllLiquidParser : FluidParser
{
    public static JekyllLiquidParser Instance { get; } = new();

    /// <summary>Options shared by every render: Jekyll filters registered once; contexts are per render.</summary>
    internal static TemplateOptions Options { get; } = CreateOptions();

    /// <summary>Tag names we accept; used to tell "unknown tag" from other syntax errors.</summary>
    public static readonly IReadOnlySet<string> CustomTags = new HashSet<string>(StringComparer.Ordinal)
    {
        "include", "highlight", "details", "youtube", "twitter", "post_url", "link", "cite", "bibliography",
    };

    private JekyllLiquidParser() : base(new FluidParserOptions { AllowFunctions = false })
    {
        // The raw text up to "%}" — Jekyll's tag arguments do not follow Liquid's expression grammar.
        var arguments = AnyCharBefore(TagEnd, canBeEmpty: true);
        RegisterParserTag("include", arguments, IncludeTag.RenderAsync);
        RegisterParserBlock("highlight", arguments, HighlightBlock.RenderAsync);
        RegisterParserBlock("details", arguments, DetailsBlock.RenderAsync);
        RegisterParserTag("youtube", arguments, EmbedTags.YouTubeAsync);
        RegisterParserTag("twitter", arguments, EmbedTags.TwitterAsync);
        RegisterParserTag("post_url", arguments, LinkTags.PostUrlAsync);
        RegisterParserTag("link", arguments, LinkTags.LinkAsync);
        RegisterParserTag("cite", arguments, ScholarTags.CiteAsync);
        RegisterParserTag("bibliography", arguments, ScholarTags.BibliographyAsync);
    }

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions
        {
            CultureInfo = System.Globalization.CultureInfo.InvariantCulture,
            MaxRecursion = 20,
            MaxSteps = LiquidBudget.MaxSteps,
        };
        JekyllFilters.Register(options.Filters);
        return options;
    }
}
