using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Import;

/// <summary>
/// Jekyll and al-folio: <c>_config.yml</c>, <c>_posts</c>/<c>_drafts</c> (kept as such under content/, where the build
/// reads them with Jekyll's rules), <c>_pages</c> and top-level Markdown pages, <c>_bibliography</c>, <c>_includes</c>
/// (Liquid in posts includes from it), everything else Jekyll would publish as static files, and the MathJax
/// configuration in <c>_includes</c>, <c>_layouts</c> or <c>assets/js</c>.
/// </summary>
public sealed class JekyllReader : ISiteReader
{
    // al-folio splits the author's name over three keys.
    private static readonly string[] AuthorNameKeys = ["first_name", "middle_name", "last_name"];

    /// <summary>What Jekyll never publishes by default (its own exclude list).</summary>
    private static readonly string[] DefaultExcludes = ["Gemfile", "Gemfile.lock", "node_modules", "vendor", "_site", "package.json", "package-lock.json", "README.md", "LICENSE", "CHANGELOG.md", "Dockerfile", "docker-compose.yml"];

    public void Read(ImportedSite site)
    {
        var config = ConfigDocument.Load(site.FullPath("_config.yml"), "_config.yml");
        var settings = new SettingMapper(site, config);
        if (config.Error is { } error)
        {
            site.Report.Fail(DiagnosticCodes.ImportUnreadableConfig, "_config.yml", error.Line, $"invalid YAML, no setting imported: {error.Message}");
        }
        else
        {
            ReadSettings(site, settings);
        }

        var excludes = DefaultExcludes.Concat(config.Value("exclude") is List<object?> list ? list.OfType<string>() : []).Select(e => e.TrimEnd('/')).ToHashSet(StringComparer.Ordinal);
        bool Excluded(string relative) => excludes.Any(e => relative == e || relative.StartsWith(e + "/", StringComparison.Ordinal));

        site.CopyFolder("_posts", "content/_posts");
        site.CopyFolder("_drafts", "content/_drafts");
        site.CopyFolder("_pages", "content", f => IsMarkdown(f) || !f.EndsWith(".html", StringComparison.OrdinalIgnoreCase));
        foreach (var html in site.FilesUnder("_pages").Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase)))
            site.NotImported(html, "an HTML page built with the Jekyll theme's Liquid; StaticMath's theme has its own home, tag and archive pages");
        site.CopyFolder("_bibliography", "_bibliography");
        site.CopyFolder("_includes", "_includes");

        foreach (var folder in Directory.EnumerateDirectories(site.SourceDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            if (folder is null || folder.StartsWith('.') || Excluded(folder)) continue;
            if (folder.StartsWith('_'))
            {
                if (folder is not ("_posts" or "_drafts" or "_pages" or "_bibliography" or "_includes" or "_site"))
                    site.NotImported(folder + "/", folder is "_layouts" or "_sass" or "_plugins" or "_data"
                        ? "the Jekyll theme's layouts, styles, plugins and data are not imported; the site uses StaticMath's theme"
                        : "a Jekyll collection or folder StaticMath does not read; copy its Markdown under content/ to publish it");
                continue;
            }
            CopyPublished(site, folder, Excluded);
        }
        foreach (var file in Directory.EnumerateFiles(site.SourceDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            if (file is null || file.StartsWith('.') || file.StartsWith('_') || Excluded(file)) continue;
            if (IsMarkdown(file)) site.CopyFile(file, "content/" + file);
            else if (HasFrontMatter(site, file)) site.NotImported(file, "a page built with the Jekyll theme's Liquid; StaticMath's theme makes the home, feed and archive pages");
            else site.CopyFile(file, "static/" + file);
        }

        foreach (var file in MathConfigFiles(site)) MathConfigReader.ReadFile(site, file);
    }

    private static void ReadSettings(ImportedSite site, SettingMapper settings)
    {
        var config = settings.Config;
        settings.Text("title", "title");
        settings.Text("description", "description");
        if (!settings.Text("author", "author") && !settings.Text("author.name", "author"))
        {
            // al-folio names the author in parts.
            var parts = AuthorNameKeys.Select(config.Text).Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
            settings.Use("first_name", "middle_name", "last_name");
            if (parts.Count > 0) site.SetConfig("author", string.Join(' ', parts), config.DisplayPath, config.Line("first_name"), $"first_name/last_name → author: {string.Join(' ', parts)}");
        }
        settings.Use("url", "baseurl");
        var url = (config.Text("url") ?? "").TrimEnd('/');
        var basePath = (config.Text("baseurl") ?? "").Trim('/');
        if (url.Length > 0 || basePath.Length > 0)
        {
            var baseUrl = url + "/" + (basePath.Length > 0 ? basePath + "/" : "");
            site.SetConfig("baseUrl", baseUrl, config.DisplayPath, config.Line(url.Length > 0 ? "url" : "baseurl"), $"url + baseurl → baseUrl: {baseUrl}");
        }
        settings.Language("lang");
        settings.Text("timezone", "timezone");
        settings.Permalink("permalink", "permalinks.posts", PermalinkPatterns.FromJekyll);
        settings.Permalink("jekyll-archives.permalinks.tag", "permalinks.tags", p => PermalinkPatterns.FromJekyll(p.Replace(":name", "{slug}", StringComparison.Ordinal)));
        settings.Number("paginate", "paginate");
        settings.Number("pagination.per_page", "paginate");
        // Jekyll reads posts with kramdown by default; saying so also gives its pages kramdown's HTML-block rule.
        var markdown = config.Text("markdown") ?? "kramdown";
        settings.Use("markdown");
        if (markdown.Equals("kramdown", StringComparison.OrdinalIgnoreCase))
            site.SetConfig("markdown", "kramdown", config.DisplayPath, config.Line("markdown"), "markdown: kramdown (Jekyll's Markdown) → markdown: kramdown");
        settings.Flag("kramdown.parse_block_html", "kramdown.parseBlockHtml");
        settings.CodeStyle("highlight_theme_light", "code.light");
        settings.CodeStyle("highlight_theme_dark", "code.dark");
        settings.Explain("show_drafts", "StaticMath has no drafts setting: drafts (content/_drafts/, draft: true) build with --drafts");
        settings.Explain("future", "StaticMath has no future setting: posts dated later build with --future");
        settings.Use("exclude", "include", "kramdown", "jekyll-archives");
        settings.ReportRest();
    }

    /// <summary>A non-underscore folder: Markdown becomes pages in content/, everything else static files.</summary>
    private static void CopyPublished(ImportedSite site, string folder, Func<string, bool> excluded)
    {
        site.CopyFolder(folder, "content/" + folder, f => !excluded(f) && IsMarkdown(f));
        site.CopyFolder(folder, "static/" + folder, f => !excluded(f) && !IsMarkdown(f) && !IsSass(site, f));
        foreach (var sass in site.FilesUnder(folder).Where(f => !excluded(f) && IsSass(site, f)))
            site.NotImported(sass, "Sass with front matter is compiled by Jekyll; StaticMath does not compile Sass (the theme brings its own CSS)");
    }

    private static bool IsSass(ImportedSite site, string file) =>
        (file.EndsWith(".scss", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".sass", StringComparison.OrdinalIgnoreCase)) && HasFrontMatter(site, file);

    private static bool HasFrontMatter(ImportedSite site, string file)
    {
        try
        {
            using var reader = new StreamReader(site.FullPath(file));
            return reader.ReadLine()?.TrimEnd() == "---";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static IEnumerable<string> MathConfigFiles(ImportedSite site) =>
        site.FilesUnder("_includes").Concat(site.FilesUnder("_layouts")).Where(IsTemplate)
            .Concat(site.FilesUnder("assets/js").Where(f => f.EndsWith(".js", StringComparison.OrdinalIgnoreCase) && !f.EndsWith(".min.js", StringComparison.OrdinalIgnoreCase)));

    private static bool IsTemplate(string file) =>
        file.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".liquid", StringComparison.OrdinalIgnoreCase);

    internal static bool IsMarkdown(string file) => Content.ContentLoader.IsMarkdown(file);
}
