namespace StaticMath.Site.Markdown.Extensions.KramdownExtensions;

/// <summary><c>kramdown:</c> in staticmath.yml, the options a Jekyll site sets in its <c>_config.yml</c> <c>kramdown:</c> section.</summary>
public sealed class KramdownConfig
{
    /// <summary>
    /// <c>parseBlockHtml: true</c> (kramdown's <c>parse_block_html</c>): HTML blocks (<c>&lt;details&gt;</c>,
    /// <c>&lt;div&gt;</c>…) have Markdown inside on every page, as with <c>markdown="1"</c>. A page's
    /// <c>{::options parse_block_html="false" /}</c> turns it off there.
    /// </summary>
    public bool ParseBlockHtml { get; set; }
}
