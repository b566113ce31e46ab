namespace StaticMath.Site.Pipeline;

/// <summary>
/// Edits the rendered page fragment, parsed once with AngleSharp and serialised back after all passes ran (raw-HTML
/// idioms: d-cite, convo, iframes, image sizes...). A feature registers it at an <see cref="HtmlStage"/>.
/// </summary>
public interface IHtmlPostProcessor
{
    void Process(AngleSharp.Dom.IDocument html, AngleSharp.Dom.IElement body, PageRenderContext ctx);
}
