namespace StaticMath.Site.Liquid;

/// <summary>Diagnostic codes of the Jekyll compatibility layer (SM3xxx templates; bibliography problems are content, SM13xx).</summary>
public static class LiquidCodes
{
    /// <summary>Liquid syntax error; the offending tag is left in the page as text.</summary>
    public const string SyntaxError = "SM3001";
    /// <summary>A tag Jekyll/al-folio posts use that we do not know; left in the page as text.</summary>
    public const string UnknownTag = "SM3002";
    /// <summary><c>{% include NAME %}</c> file not found in the site's or theme's include folders.</summary>
    public const string MissingInclude = "SM3003";
    /// <summary>An include file failed to parse or render.</summary>
    public const string IncludeError = "SM3004";
    /// <summary>Rendering the body's Liquid failed (the body is kept as written).</summary>
    public const string RenderError = "SM3005";
    /// <summary>A tag's arguments could not be read (e.g. <c>{% youtube %}</c> without an id).</summary>
    public const string BadTagArguments = "SM3006";
    /// <summary><c>{% post_url %}</c> / <c>{% link %}</c> target not found.</summary>
    public const string UnknownLinkTarget = "SM3007";
    /// <summary>A Liquid variable that does not exist (Jekyll renders it as nothing).</summary>
    public const string UndefinedVariable = "SM3009";
    /// <summary>Too many Liquid errors in one page; the rest of its Liquid is left as text.</summary>
    public const string TooManyErrors = "SM3008";

    /// <summary>A .bib file could not be parsed cleanly.</summary>
    public const string BibliographySyntax = "SM1301";
    /// <summary>The page's <c>bibliography:</c> file was not found.</summary>
    public const string MissingBibliography = "SM1302";
    /// <summary>A citation key is not in the bibliography; shown as [?].</summary>
    public const string UnknownCitationKey = "SM1303";
    /// <summary><c>&lt;d-cite&gt;</c> without keys.</summary>
    public const string EmptyCitation = "SM1304";

    /// <summary>A <c>toc:</c> front matter entry names no heading of the page.</summary>
    public const string TocEntryNotFound = "SM3201";
    /// <summary>Front matter feature we cannot honour without client-side JavaScript (e.g. mermaid).</summary>
    public const string UnsupportedFeature = "SM3202";
}
