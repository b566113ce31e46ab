namespace StaticMath.Site.Pipeline;

/// <summary>When a Markdown document processor runs; inside a stage, in the order features are listed, then registered.</summary>
public enum DocumentStage
{
    /// <summary>Raw HTML made whole again (verbatim blocks, unclosed inline tags) before anything reads it.</summary>
    RawHtml,

    /// <summary>Whole paragraphs turned into blocks (quote callouts, image figures, URL embeds), attributes resolved by now.</summary>
    Blocks,

    /// <summary>Numbering that needs the final blocks (equation numbers and labels).</summary>
    Numbering,
}
