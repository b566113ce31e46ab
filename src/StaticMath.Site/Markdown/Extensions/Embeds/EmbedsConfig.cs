namespace StaticMath.Site.Markdown.Extensions.Embeds;

/// <summary><c>embeds:</c> in staticmath.yml.</summary>
public sealed class EmbedsConfig
{
    /// <summary><c>embed</c> (default): iframes load lazily; <c>click-to-load</c>: a static placeholder link instead of any
    /// third-party iframe, so nothing is requested from the provider until the reader clicks through.</summary>
    public string Mode { get; set; } = "embed";

    public bool ClickToLoad => Mode.Trim().Equals("click-to-load", StringComparison.OrdinalIgnoreCase);
}
