using Markdig;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.KramdownExtensions;

/// <summary>
/// What a post's <c>{::options … /}</c> asks for. <c>parse_block_html="true"</c> is applied: from there on, HTML blocks
/// (<c>&lt;details&gt;</c>, <c>&lt;div&gt;</c>…) have Markdown inside, as with <c>markdown="1"</c>. Options whose effect
/// StaticMath has anyway are accepted silently; any other is reported (SM1604), never dropped without a word.
/// </summary>
public static class KramdownOptions
{
    /// <summary>Options that change nothing here: math is prerendered whatever the engine, ids and span HTML are already on.</summary>
    private static readonly HashSet<string> AlreadyInEffect = new(StringComparer.Ordinal)
    {
        "math_engine", "math_engine_opts", "syntax_highlighter", "syntax_highlighter_opts", "auto_ids", "parse_span_html", "input",
        "hard_wrap", "footnote_nr", "entity_output", "smart_quotes", "typographic_symbols", "toc_levels",
    };

    private sealed class ParseBlockHtmlFlag;

    /// <summary>
    /// Whether HTML blocks hold Markdown where the page is being parsed: as its last <c>{::options}</c> said, else as
    /// the site's <c>kramdown.parseBlockHtml</c> says.
    /// </summary>
    public static bool ParseBlockHtml(MarkdownParserContext? context)
    {
        if (context is null) return false;
        if (context.Properties.TryGetValue(typeof(ParseBlockHtmlFlag), out var on)) return on is true;
        return context.Properties.TryGetValue(typeof(PageRenderContext), out var page) && page is PageRenderContext ctx
            && ctx.Build.Config.Section<KramdownConfig>().ParseBlockHtml;
    }

    /// <summary>Applies the options it can to the page being parsed; returns the names it could not apply.</summary>
    internal static IEnumerable<string> Apply(IReadOnlyDictionary<string, string> options, MarkdownParserContext? context)
    {
        foreach (var (name, value) in options)
        {
            if (name == "parse_block_html" && context is not null)
            {
                context.Properties[typeof(ParseBlockHtmlFlag)] = value.Trim() == "true";
                continue;
            }
            if (name == "auto_ids" && value.Trim() == "false") yield return name;
            else if (!AlreadyInEffect.Contains(name)) yield return name;
        }
    }
}
