namespace StaticMath.Site.Import;

/// <summary>The generators whose sites <c>staticmath import</c> reads.</summary>
public enum SourceGenerator
{
    Jekyll,
    Hugo,
    Zola,
    Quarto,
    Eleventy,
}
