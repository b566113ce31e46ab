namespace StaticMath.Site.Pipeline;

/// <summary>
/// Edits the rendered page fragment, parsed once with AngleSharp and serialised back after all passes ran (raw-HTML
/// idioms: d-cite, convo, iframes, image sizes...). A feature registers it at an <see cref="HtmlStage"/>.
/// Most pages need no DOM: the fragment is read as tokens (<see cref="FragmentTokens"/>), each pass says from them
/// whether it needs the DOM on this page, and only when one does is the DOM built and every pass run on it;
/// otherwise each pass does its work, if any, on the tokens.
/// </summary>
public interface IHtmlPostProcessor
{
    /// <summary>
    /// Whether <see cref="Process"/> would change this page or report from it in a way <see cref="ProcessTokens"/>
    /// does not do; must be exact in that direction (a pass that says no is skipped on this page).
    /// </summary>
    bool NeedsDom(FragmentTokens page, PageRenderContext ctx);

    void Process(AngleSharp.Dom.IDocument html, AngleSharp.Dom.IElement body, PageRenderContext ctx);

    /// <summary>The pass's work on a page that no pass needs the DOM for (the same result as <see cref="Process"/> there).</summary>
    void ProcessTokens(FragmentTokens page, PageRenderContext ctx);
}
