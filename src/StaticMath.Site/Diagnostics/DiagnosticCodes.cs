using static StaticMath.Site.Diagnostics.DiagnosticSeverity;

namespace StaticMath.Site.Diagnostics;

/// <summary>
/// The catalogue of diagnostic codes: each code is declared here once, with its usual severity and a one-line summary
/// (a test fails on an <c>SMnnnn</c> literal anywhere else in src/). Ranges: SM1xxx content (site, config, front matter,
/// Markdown, blocks, bibliographies, output), SM2xxx math, SM3xxx templates (layouts, Liquid), SM4xxx assets and links.
/// The docs page <c>content/docs/diagnostics.md</c> is rendered from it.
/// </summary>
public static class DiagnosticCodes
{
    // SM10xx: the site and its configuration
    [DiagnosticCode(Error, "staticmath.yml is not valid YAML, not a mapping, nested too deeply or an alias bomb")]
    public const string ConfigSyntax = "SM1001";
    [DiagnosticCode(Error, "the configuration cannot be read, or a value has the wrong type")]
    public const string ConfigValue = "SM1002";
    [DiagnosticCode(Warning, "the configured theme was not found; the default theme is used")]
    public const string ThemeNotFound = "SM1004";
    [DiagnosticCode(Error, "the output folder is the site folder, contains it, or lies inside content/ or static/")]
    public const string OutputInsideSource = "SM1005";
    [DiagnosticCode(Error, "the source folder does not exist")]
    public const string SourceMissing = "SM1006";
    [DiagnosticCode(Error, "cname is not a bare host name; no CNAME file is written")]
    public const string InvalidCname = "SM1007";
    [DiagnosticCode(Warning, "unknown time zone; UTC is used")]
    public const string UnknownTimeZone = "SM1008";

    // SM11xx: pages and files
    [DiagnosticCode(Error, "the front matter is invalid; the page is skipped")]
    public const string FrontMatterError = "SM1101";
    [DiagnosticCode(Warning, "a questionable front matter entry (duplicate key, unexpected type)")]
    public const string FrontMatterWarning = "SM1102";
    [DiagnosticCode(Warning, "a date cannot be read; the file name's date (or none) is used")]
    public const string UnreadableDate = "SM1110";
    [DiagnosticCode(Warning, "a date is ambiguous; the reading used is named")]
    public const string AmbiguousDate = "SM1111";
    [DiagnosticCode(Error, "the page's URL would lead outside the output folder; the page is skipped")]
    public const string UrlOutsideOutput = "SM1112";
    [DiagnosticCode(Error, "a file (page, layout, partial, translation, asset) cannot be read or copied")]
    public const string CannotReadFile = "SM1120";
    [DiagnosticCode(Error, "two pages claim the same URL; the second is skipped")]
    public const string DuplicateUrl = "SM1130";
    [DiagnosticCode(Error, "a static file would overwrite a page's output")]
    public const string FileOverwritesPage = "SM1131";
    [DiagnosticCode(Warning, "two static files provide the same output path; one is ignored")]
    public const string DuplicateStaticFile = "SM1132";
    [DiagnosticCode(Error, "an invalid URL ('.' or '..' segments or reserved characters)")]
    public const string InvalidUrl = "SM1150";
    [DiagnosticCode(Error, "an output file cannot be written")]
    public const string CannotWriteOutput = "SM1160";
    [DiagnosticCode(Error, "the output folder cannot be replaced")]
    public const string CannotReplaceOutput = "SM1161";
    [DiagnosticCode(Error, "the Markdown nests too deeply to render; the page is skipped")]
    public const string NestingTooDeep = "SM1170";
    [DiagnosticCode(Error, "an internal error while building a page (a bug: please report it)")]
    public const string InternalError = "SM1199";

    // SM12xx: authoring blocks
    [DiagnosticCode(Warning, "an unknown ::: block kind; rendered as a plain box")]
    public const string UnknownBlockKind = "SM1201";
    [DiagnosticCode(Warning, "an HTML block with markdown=\"1\" is never closed")]
    public const string UnclosedMarkdownHtmlBlock = "SM1202";
    [DiagnosticCode(Warning, "a ::: block is never closed")]
    public const string UnclosedFencedDiv = "SM1203";

    // SM13xx: bibliographies and citations
    [DiagnosticCode(Warning, "a .bib file has a syntax error")]
    public const string BibliographySyntax = "SM1301";
    [DiagnosticCode(Warning, "the page's bibliography file was not found")]
    public const string MissingBibliography = "SM1302";
    [DiagnosticCode(Warning, "a citation key is not in the bibliography")]
    public const string UnknownCitationKey = "SM1303";
    [DiagnosticCode(Warning, "<d-cite> without keys")]
    public const string EmptyCitation = "SM1304";

    // SM14xx: safety limits and output folder
    [DiagnosticCode(Error, "the output folder holds files staticmath did not write; nothing is written (--force replaces it)")]
    public const string OutputNotOurs = "SM1400";
    [DiagnosticCode(Error, "another build is writing the same output folder")]
    public const string OutputLocked = "SM1401";
    [DiagnosticCode(Error, "a path or symbolic link leads outside the site; it is not read")]
    public const string OutsideSite = "SM1402";
    [DiagnosticCode(Warning, "a folder cannot be read; its files are not part of the site")]
    public const string UnreadableFolder = "SM1403";
    [DiagnosticCode(Warning, "an unsafe URL (javascript:, data:…) in a page; it is removed (an error under security.unsafeUrls: error)")]
    public const string UnsafeUrl = "SM1404";
    [DiagnosticCode(Warning, "an unknown security.unsafeUrls value; warn is used")]
    public const string UnknownUnsafeUrlPolicy = "SM1405";
    [DiagnosticCode(Warning, "a feed entry is too large; the feed links to the post without its content")]
    public const string FeedEntryTooLarge = "SM1430";
    [DiagnosticCode(Error, "the output folder cannot be written")]
    public const string CannotWriteOutputFolder = "SM1432";
    [DiagnosticCode(Warning, "too many tags or categories on one page; the first ones are used")]
    public const string TooManyTerms = "SM1434";
    [DiagnosticCode(Error, "a line has too many link openers '](' to parse; the page is skipped")]
    public const string TooManyLinkOpeners = "SM1435";
    [DiagnosticCode(Warning, "a page's math produced too much SVG; later equations stay as TeX")]
    public const string PageMathTooLarge = "SM1436";

    // SM15xx: settings, themes and the command line
    [DiagnosticCode(Error, "no staticmath.yml in the folder or any folder above it")]
    public const string NotASite = "SM1500";
    [DiagnosticCode(Warning, "an unknown setting is ignored (with a \"did you mean\")")]
    public const string UnknownSetting = "SM1501";
    [DiagnosticCode(Warning, "a template uses an unknown Liquid filter")]
    public const string UnknownFilter = "SM1502";
    [DiagnosticCode(Warning, "no baseUrl: the sitemap, feed ids and og:url are relative")]
    public const string MissingBaseUrl = "SM1503";
    [DiagnosticCode(Warning, "the configured language has no translations; English is used")]
    public const string UnknownLanguage = "SM1530";
    [DiagnosticCode(Warning, "the theme asks for a text no translation file defines")]
    public const string MissingTranslation = "SM1531";
    [DiagnosticCode(Error, "a translation file is invalid")]
    public const string InvalidTranslations = "SM1532";
    [DiagnosticCode(Warning, "no highlighting for a code language; reported once per build")]
    public const string UnknownCodeLanguage = "SM1533";
    [DiagnosticCode(Warning, "an unknown code colour style; the default is used")]
    public const string UnknownCodeStyle = "SM1534";

    // SM16xx: Markdown
    [DiagnosticCode(Warning, "a display math block is never closed")]
    public const string UnclosedDisplayMath = "SM1600";
    [DiagnosticCode(Warning, "an inline HTML tag is never closed")]
    public const string UnclosedInlineTag = "SM1601";
    [DiagnosticCode(Warning, "a Hugo shortcode StaticMath does not know; its text is kept")]
    public const string UnknownHugoShortcode = "SM1602";
    [DiagnosticCode(Warning, "a Zola shortcode StaticMath does not know; its text is kept")]
    public const string UnknownZolaShortcode = "SM1603";
    [DiagnosticCode(Warning, "a kramdown {::options /} setting that StaticMath does not apply")]
    public const string KramdownOptionNotApplied = "SM1604";
    [DiagnosticCode(Warning, "a kramdown {::extension} that is unknown or never closed; its text is kept")]
    public const string UnreadableKramdownExtension = "SM1605";
    [DiagnosticCode(Warning, "a Hugo ref or relref names no page of the site")]
    public const string UnresolvedHugoRef = "SM1606";

    // SM166x: staticmath import
    [DiagnosticCode(Error, "import: the source folder is missing or holds no configuration of a known generator")]
    public const string ImportNoGenerator = "SM1660";
    [DiagnosticCode(Error, "import: the target folder is not empty and not an earlier import, or a file in it was not written by the import")]
    public const string ImportTargetRefused = "SM1661";
    [DiagnosticCode(Error, "import: the target folder is inside the source site or holds it")]
    public const string ImportTargetOverlapsSource = "SM1662";
    [DiagnosticCode(Error, "import: a configuration file of the source site does not parse")]
    public const string ImportUnreadableConfig = "SM1663";
    [DiagnosticCode(Warning, "import: a setting with no StaticMath counterpart is not carried over")]
    public const string ImportSettingNotConverted = "SM1664";
    [DiagnosticCode(Warning, "import: a math macro or option of the MathJax/KaTeX configuration is not converted")]
    public const string ImportMathNotConverted = "SM1665";
    [DiagnosticCode(Warning, "import: a file or folder is not imported (layouts, templates, Sass, notebooks, links out of the site)")]
    public const string ImportFileNotImported = "SM1666";
    [DiagnosticCode(Warning, "import: syntax of the source generator is left as written in a post")]
    public const string ImportPostSyntaxKept = "SM1667";

    // SM2xxx: math
    [DiagnosticCode(Warning, "a TeX error in an equation; it is shown as its TeX")]
    public const string TexError = "SM2001";
    [DiagnosticCode(Warning, "a \\ref or \\eqref names no label (or numbering is off)")]
    public const string UnresolvedEquationReference = "SM2002";
    [DiagnosticCode(Warning, "an equation label is defined twice on a page")]
    public const string DuplicateEquationLabel = "SM2003";
    [DiagnosticCode(Warning, "an invalid math: setting (numbering, macros)")]
    public const string MathSetting = "SM2005";
    [DiagnosticCode(Warning, "the math engine failed on an expression (a bug: please report it)")]
    public const string MathEngineFailure = "SM2009";
    [DiagnosticCode(Warning, "a character in math is left to the reader's fonts")]
    public const string SystemTextInMath = "SM2010";
    [DiagnosticCode(Warning, "the math cache is damaged; it is rebuilt")]
    public const string MathCacheDamaged = "SM2050";
    [DiagnosticCode(Warning, "the records of the last build's pages are damaged; every page is made again")]
    public const string PageRecordsDamaged = "SM2051";

    // SM30xx: Liquid in posts (the Jekyll layer)
    [DiagnosticCode(Warning, "a Liquid syntax error; the tag is left in the page as text")]
    public const string SyntaxError = "SM3001";
    [DiagnosticCode(Warning, "an unknown Liquid tag; left in the page as text")]
    public const string UnknownTag = "SM3002";
    [DiagnosticCode(Warning, "an {% include %} file was not found")]
    public const string MissingInclude = "SM3003";
    [DiagnosticCode(Warning, "an include file failed to parse or render")]
    public const string IncludeError = "SM3004";
    [DiagnosticCode(Warning, "rendering the body's Liquid failed; the body is kept as written")]
    public const string RenderError = "SM3005";
    [DiagnosticCode(Warning, "a tag's arguments cannot be read")]
    public const string BadTagArguments = "SM3006";
    [DiagnosticCode(Warning, "a {% post_url %} or {% link %} target was not found")]
    public const string UnknownLinkTarget = "SM3007";
    [DiagnosticCode(Warning, "too many Liquid errors in one page; the rest is left as text")]
    public const string TooManyErrors = "SM3008";
    [DiagnosticCode(Warning, "a Liquid variable that does not exist (often TeX braces read as {{ }})")]
    public const string UndefinedVariable = "SM3009";

    // SM31xx: layouts
    [DiagnosticCode(Error, "a page names a layout that does not exist")]
    public const string UnknownLayout = "SM3140";
    [DiagnosticCode(Error, "a layout or partial has a syntax error")]
    public const string LayoutSyntax = "SM3141";
    [DiagnosticCode(Error, "a layout failed to render, or includes a missing partial")]
    public const string LayoutRender = "SM3142";
    [DiagnosticCode(Error, "a page is not written because its layout has errors")]
    public const string PageLayoutBroken = "SM3143";
    [DiagnosticCode(Error, "layouts nest too deeply (a cycle?)")]
    public const string LayoutTooDeep = "SM3144";

    // SM32xx: front matter features of Jekyll/Distill
    [DiagnosticCode(Warning, "a toc: entry names no heading of the page")]
    public const string TocEntryNotFound = "SM3201";
    [DiagnosticCode(Warning, "a feature that needs client-side JavaScript (e.g. mermaid) is not honoured")]
    public const string UnsupportedFeature = "SM3202";

    // SM40xx: staticmath check
    [DiagnosticCode(Error, "check: a link to a page that does not exist")]
    public const string BrokenLink = "SM4001";
    [DiagnosticCode(Error, "check: a link to an anchor that does not exist")]
    public const string BrokenAnchor = "SM4002";
    [DiagnosticCode(Error, "check: a missing image, stylesheet or other asset")]
    public const string MissingAsset = "SM4003";
    [DiagnosticCode(Error, "check: a page's HTML cannot be parsed")]
    public const string HtmlParseError = "SM4004";
    [DiagnosticCode(Error, "check: an id used twice on a page")]
    public const string DuplicateId = "SM4005";
    [DiagnosticCode(Error, "check: a script where the theme has none")]
    public const string UnexpectedScript = "SM4006";
    [DiagnosticCode(Error, "check: the output folder does not exist")]
    public const string OutputMissing = "SM4007";
    [DiagnosticCode(Error, "check: a link leads outside the site's base path")]
    public const string LinkOutsideSite = "SM4008";

    // SM40xx: assets and references while building
    [DiagnosticCode(Warning, "a local image does not exist")]
    public const string MissingImage = "SM4010";
    [DiagnosticCode(Warning, "an empty link or @ref to an id that does not exist; shown as ??")]
    public const string UnresolvedBlockReference = "SM4020";
}
