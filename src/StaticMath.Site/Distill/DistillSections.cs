using AngleSharp.Dom;

namespace StaticMath.Site.Distill;

/// <summary>Where end-of-article sections (footnotes, references) go: a placeholder, the d-appendix, or the end.</summary>
internal static class DistillSections
{
    public static void Place(IElement body, string html, IElement? placeholder)
    {
        if (placeholder is not null)
        {
            placeholder.Insert(AdjacentPosition.BeforeBegin, html);
            placeholder.Remove();
            return;
        }
        var appendix = body.QuerySelector("d-appendix");
        (appendix ?? body).Insert(AdjacentPosition.BeforeEnd, html);
    }
}
