namespace StaticMath.Site.Pipeline;

/// <summary>
/// Stage 6: edits the rendered page fragment, parsed once with AngleSharp and serialised back after all
/// post-processors ran (raw-HTML idioms: d-cite, convo, iframes, image sizes...). Lowest Order first.
/// </summary>
public interface IHtmlPostProcessor
{
    int Order { get; }

    void Process(AngleSharp.Dom.IDocument html, AngleSharp.Dom.IElement body, PageRenderContext ctx);
}
