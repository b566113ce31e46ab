namespace StaticMath.Site.Markdown.Extensions.Figures;

/// <summary><c>figures:</c> in staticmath.yml.</summary>
public sealed class FiguresConfig
{
    /// <summary>Prefix captions with "Figure N:" (per page) and let <c>[](#fig-id)</c> references show "Figure N".</summary>
    public bool Numbering { get; set; }

    /// <summary>The word before the number.</summary>
    public string Label { get; set; } = "Figure";
}
