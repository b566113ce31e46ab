using AngleSharp.Html.Parser.Tokens;

namespace StaticMath.Site.Tests.CommonMark;

/// <summary>
/// The accepted differences of the spec run, each a deliberate feature of StaticMath's output, removed from our HTML
/// before it is compared with the spec's.
/// </summary>
internal sealed class StaticMathMarkup : SpecOutputAdjustments
{
    public override TagAdjustment StartTag(HtmlTagToken tag)
    {
        var classes = (tag.GetAttribute("class") ?? "").Split(' ');
        return tag.Name switch
        {
            // Code blocks: highlighting wraps the <pre> in div.code-block, each line in span.line, tokens in
            // span.tok-*, and shows the language in span.code-block__lang (documented in CodeBlockHtml).
            "div" when classes.Contains("code-block") => TagAdjustment.Unwrap,
            "span" when classes.Contains("line") || classes.Any(c => c.StartsWith("tok-", StringComparison.Ordinal)) => TagAdjustment.Unwrap,
            "span" when classes.Contains("code-block__lang") => TagAdjustment.Remove,
            // Theme: text and inline elements left bare between blocks (after raw HTML) are wrapped so the content
            // grid sets them in the text column, not in a narrow track (ContentGridTextWrapper).
            "div" when classes.Contains("content-grid__text") => TagAdjustment.Unwrap,
            // Figures: an image alone in its paragraph becomes a figure captioned by its title or alt text.
            "figcaption" => TagAdjustment.Remove,
            _ => TagAdjustment.Keep,
        };
    }

    // Figures: the paragraph around a lone image is a <figure> (see figcaption above).
    public override string Rename(string name) => name == "figure" ? "p" : name;

    public override bool SkipAttribute(string element, string attribute) => (element, attribute) switch
    {
        // Heading ids: every heading gets a GitHub-style anchor id for links and the table of contents.
        ("h1" or "h2" or "h3" or "h4" or "h5" or "h6", "id") => true,
        // Lazy images: images load lazily and decode off the main thread.
        ("img", "loading" or "decoding") => true,
        ("figure", "class") => true,
        _ => false,
    };

    /// <summary>
    /// Applied to the spec's HTML where our page has a figure: the figure's caption shows the image title, so its
    /// img does not repeat it as a tooltip.
    /// </summary>
    public sealed class FigureTitles : SpecOutputAdjustments
    {
        public override bool SkipAttribute(string element, string attribute) => element == "img" && attribute == "title";
    }
}
