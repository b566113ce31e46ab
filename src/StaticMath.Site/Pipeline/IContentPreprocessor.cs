namespace StaticMath.Site.Pipeline;

/// <summary>
/// Rewrites the Markdown body before parsing (e.g. Liquid in post bodies). Keep line count and positions
/// where possible so diagnostics still point at the right file line.
/// </summary>
public interface IContentPreprocessor
{
    string Process(string body, PageRenderContext ctx);
}
