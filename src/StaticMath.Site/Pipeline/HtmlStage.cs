namespace StaticMath.Site.Pipeline;

/// <summary>When an HTML pass runs; inside a stage, in the order features are listed, then registered.</summary>
public enum HtmlStage
{
    /// <summary>Math written in raw HTML found and typeset; heading ids of headings with math.</summary>
    RawHtmlMath,

    /// <summary>Authoring blocks in their HTML forms (callouts, figures, embeds, conversations) numbered and shaped.</summary>
    Blocks,

    /// <summary><c>[](#id)</c> references to the numbered blocks, which exist by now.</summary>
    CrossReferences,

    /// <summary>What the page asks of its head (Distill front matter, per-page styles).</summary>
    Head,

    /// <summary>Footnotes gathered and numbered, before citations so a citation inside a note is numbered where the note ends up.</summary>
    Notes,

    /// <summary>Citations resolved and the reference list written.</summary>
    Citations,

    /// <summary>The table of contents, over the final headings.</summary>
    Contents,

    /// <summary>Authoring-only attributes removed.</summary>
    Cleanup,

    /// <summary>Typography on the final text (punctuation glued to math, the content grid).</summary>
    Typography,

    /// <summary>URLs that would run script reported, on the HTML as it will be written.</summary>
    LinkSafety,

    /// <summary>Last: shared glyph definitions collected, links made relative and put under the base path.</summary>
    Finish,
}
