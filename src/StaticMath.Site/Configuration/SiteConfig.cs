namespace StaticMath.Site.Configuration;

/// <summary>
/// The site's settings from <c>staticmath.yml</c>. Keys are matched case-insensitively (so Jekyll's <c>baseurl</c>
/// works as well as <c>baseUrl</c>). Every top-level key this class does not know is kept in <see cref="Extra"/> and
/// exposed to templates as <c>site.*</c>. These are the core settings; a feature's own section (<c>math:</c>,
/// <c>code:</c>…) is declared by the feature (<see cref="SettingsSection"/>) and read with <see cref="Section{T}"/>.
/// </summary>
public sealed class SiteConfig
{
    public string Title { get; set; } = "StaticMath site";

    public string Description { get; set; } = "";

    /// <summary>Absolute URL of the published site, possibly with a path prefix (<c>https://me.github.io/notes/</c>).</summary>
    public string BaseUrl { get; set; } = "";

    public string Author { get; set; } = "";

    /// <summary>Language of the pages (<c>&lt;html lang&gt;</c>).</summary>
    public string Language { get; set; } = "en";

    /// <summary>Theme name (folder under <c>themes/</c>) or path; <c>default</c> is the theme embedded in the tool.</summary>
    public string Theme { get; set; } = "default";

    public PermalinkConfig Permalinks { get; set; } = new();

    /// <summary><c>security:</c> what to do with URLs that run script (<c>unsafeUrls: warn|error|allow</c>).</summary>
    public SecurityConfig Security { get; set; } = new();

    /// <summary>Posts per home page; 0 disables pagination.</summary>
    public int Paginate { get; set; } = 10;

    /// <summary>How many posts the Atom feed carries.</summary>
    public int FeedLimit { get; set; } = 20;

    /// <summary>
    /// <c>search: true</c> writes a search index (<c>search.json</c>) and a search page at <c>/search/</c>, the one
    /// page with a script (it reads the index in the browser). Off by default: no page of the site has a script.
    /// </summary>
    public bool Search { get; set; }

    /// <summary>
    /// <c>markdown: kramdown</c> (Jekyll's key): HTML blocks end where their elements close, as kramdown reads them, so
    /// text right after <c>&lt;/div&gt;</c> is Markdown. <c>commonmark</c>: they run to the next blank line. Unset:
    /// kramdown for <c>.md</c> posts in a <c>_posts/</c> folder, CommonMark elsewhere.
    /// </summary>
    public string Markdown { get; set; } = "";

    /// <summary>
    /// <c>feedEntryKilobytes:</c> the size budget of one feed entry's HTML; a longer post's entry keeps its leading
    /// blocks that fit and links to the rest. 0 means no budget.
    /// </summary>
    public int FeedEntryKilobytes { get; set; } = 100;

    /// <summary>
    /// <c>socialCards:</c> draw a social image (<c>og:image</c>) for each post whose front matter names none: its title
    /// and first display equation, as <c>social-card.png</c> beside the post. Off by default: drawing and encoding
    /// a card costs about 55 ms per post, a third of a large blog's build.
    /// </summary>
    public bool SocialCards { get; set; }

    /// <summary>
    /// <c>cname:</c> the custom domain GitHub Pages serves the site under (<c>notes.example.org</c>); when set, the
    /// build writes it to a <c>CNAME</c> file at the output root.
    /// </summary>
    public string Cname { get; set; } = "";

    /// <summary>
    /// <c>include:</c> dot-files and dot-folders (by name) copied from <c>content/</c> and <c>static/</c> although
    /// hidden files are skipped otherwise, as Jekyll's <c>include:</c>. <c>.well-known</c> is always copied;
    /// <c>.git</c> and <c>.staticmath</c> never are.
    /// </summary>
    public List<string> Include { get; set; } = [];

    /// <summary>
    /// <c>timezone:</c> the site's IANA time zone (<c>Europe/Paris</c>), as Jekyll's <c>timezone</c> and Hugo's
    /// <c>timeZone</c>: <c>date: today</c> / <c>date: now</c> in front matter are read in it. Empty means UTC.
    /// </summary>
    public string Timezone { get; set; } = "";

    /// <summary>The features' sections (<c>math:</c>, <c>code:</c>…) as the loader read them, by settings class.</summary>
    [YamlDotNet.Serialization.YamlIgnore]
    public FeatureSettings Sections { get; } = new();

    /// <summary>A feature's section by its settings class; the class's defaults when the file has none.</summary>
    public T Section<T>() where T : class, new() => Sections.Get<T>();

    /// <summary>Where each key was written in the configuration file, for diagnostics about values found later.</summary>
    [YamlDotNet.Serialization.YamlIgnore]
    public ConfigKeyLocations Locations { get; set; } = new();

    /// <summary>Top-level keys not mapped to a property, converted to plain values (string, bool, decimal, list, map).</summary>
    [YamlDotNet.Serialization.YamlIgnore]
    public IReadOnlyDictionary<string, object?> Extra { get; set; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>The URL's origin (<c>https://me.github.io</c>) or empty when no base URL is set.</summary>
    public string Origin => SiteUrls.OriginOf(BaseUrl);

    /// <summary>The path prefix without trailing slash (<c>/notes</c>), empty when the site lives at the root.</summary>
    public string BasePath => SiteUrls.BasePathOf(BaseUrl);
}
