namespace StaticMath.Site.Liquid;

/// <summary>Diagnostic codes of the Jekyll compatibility layer (SM4xxx).</summary>
public static class LiquidCodes
{
    /// <summary>Liquid syntax error; the offending tag is left in the page as text.</summary>
    public const string SyntaxError = "SM4001";
    /// <summary>A tag Jekyll/al-folio posts use that we do not know; left in the page as text.</summary>
    public const string UnknownTag = "SM4002";
    /// <summary><c>{% include NAME %}</c> file not found in the site's or theme's include folders.</summary>
    public const string MissingInclude = "SM4003";
    /// <summary>An include file failed to parse or render.</summary>
    public const string IncludeError = "SM4004";
    /// <summary>Rendering the body's Liquid failed (the body is kept as written).</summary>
    public const string RenderError = "SM4005";
    /// <summary>A tag's arguments could not be read (e.g. <c>{% youtube %}</c> without an id).</summary>
    public const string BadTagArguments = "SM4006";
    /// <summary><c>{% post_url %}</c> / <c>{% link %}</c> target not found.</summary>
    public const string UnknownLinkTarget = "SM4007";
    /// <summary>A Liquid variable that does not exist (Jekyll renders it as nothing).</summary>
    public const string UndefinedVariable = "SM4009";
    /// <summary>Too many Liquid errors in one page; the rest of its Liquid is left as text.</summary>
    public const string TooManyErrors = "SM4008";

    /// <summary>A .bib file could not be parsed cleanly.</summary>
    public const string BibliographySyntax = "SM4101";
    /// <summary>The page's <c>bibliography:</c> file was not found.</summary>
    public const string MissingBibliography = "SM4102";
    /// <summary>A citation key is not in the bibliography; shown as [?].</summary>
    public const string UnknownCitationKey = "SM4103";
    /// <summary><c>&lt;d-cite&gt;</c> without keys.</summary>
    public const string EmptyCitation = "SM4104";

    /// <summary>A <c>toc:</c> front matter entry names no heading of the page.</summary>
    public const string TocEntryNotFound = "SM4201";
    /// <summary>Front matter feature we cannot honour without client-side JavaScript (e.g. mermaid).</summary>
    public const string UnsupportedFeature = "SM4202";
}
