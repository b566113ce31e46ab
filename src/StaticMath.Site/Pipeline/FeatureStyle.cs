namespace StaticMath.Site.Pipeline;

/// <summary>
/// CSS a feature ships in its own folder rather than in a theme file (<see cref="FeatureRegistry.Style"/>): it goes once
/// into the head of each page whose render asks for it (<see cref="PageRenderContext.UseStyle"/>), so pages without the
/// feature's HTML are unchanged. It comes after the theme's stylesheets; a theme restyles it with more specific rules.
/// </summary>
public sealed class FeatureStyle
{
    internal FeatureStyle(string feature, string css)
    {
        Feature = feature;
        Css = css.Trim();
        HeadHtml = $"<style data-feature=\"{feature}\">\n{Css}\n</style>";
    }

    /// <summary>The feature that registered it (its type name).</summary>
    public string Feature { get; }

    public string Css { get; }

    /// <summary>The <c>&lt;style&gt;</c> element a page's head gets.</summary>
    public string HeadHtml { get; }
}
