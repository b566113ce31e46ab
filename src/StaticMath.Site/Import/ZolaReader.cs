using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Import;

/// <summary>
/// Zola: <c>config.toml</c> (<c>base_url</c>, <c>taxonomies</c>, <c>[markdown]</c>, <c>[extra]</c>), <c>content/</c>
/// with its <c>+++</c> TOML front matter (the build reads it), <c>static/</c>, and the KaTeX/MathJax configuration in
/// <c>templates/</c> or a theme's templates.
/// </summary>
public sealed class ZolaReader : ISiteReader
{
    // Zola folders whose templates and styles have no StaticMath counterpart; reported, not copied.
    private static readonly string[] ThemeFolders = ["templates", "sass", "themes"];

    public void Read(ImportedSite site)
    {
        var config = ConfigDocument.Load(site.FullPath("config.toml"), "config.toml");
        if (config.Error is { } error) site.Report.Fail(DiagnosticCodes.ImportUnreadableConfig, "config.toml", error.Line, $"invalid TOML, no setting imported: {error.Message}");
        else ReadSettings(site, new SettingMapper(site, config));

        SectionPages.CopyContent(site);
        site.CopyFolder("static", "static");
        foreach (var folder in ThemeFolders.Where(site.FolderExists))
            site.NotImported(folder + "/", "Zola's templates, Sass and themes are not imported; the site uses StaticMath's theme");
        var templates = site.FilesUnder("templates").Concat(site.FilesUnder("themes").Where(f => f.Contains("/templates/", StringComparison.Ordinal)))
            .Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase));
        foreach (var file in templates) MathConfigReader.ReadFile(site, file);
        foreach (var file in site.FilesUnder("static").Where(f => f.EndsWith(".js", StringComparison.OrdinalIgnoreCase) && !f.EndsWith(".min.js", StringComparison.OrdinalIgnoreCase)))
            MathConfigReader.ReadFile(site, file);
    }

    private static void ReadSettings(ImportedSite site, SettingMapper settings)
    {
        var config = settings.Config;
        settings.Text("title", "title");
        settings.Text("description", "description");
        if (!settings.Text("extra.author", "author")) settings.Text("author", "author");
        settings.Text("base_url", "baseUrl");
        settings.Language("default_language");
        site.SetConfig("permalinks.posts", "/{section}/{slug}/", config.DisplayPath, 0, "Zola's URLs /SECTION/SLUG/ → permalinks.posts: /{section}/{slug}/");
        settings.Use("taxonomies");
        if (config.Value("taxonomies") is List<object?> taxonomies)
        {
            foreach (var name in taxonomies.OfType<Dictionary<string, object?>>().Select(t => t.GetValueOrDefault("name") as string).OfType<string>())
            {
                if (name == "tags") site.Report.Convert(config.DisplayPath, config.Line("taxonomies"), "taxonomy tags → tag pages at permalinks.tags (/tags/{slug}/)");
                else site.NotConverted(config, "taxonomies", $"StaticMath makes pages for tags only; '{name}' stay in the posts' front matter without pages of their own");
            }
        }
        settings.CodeStyle("markdown.highlight_theme", "code.light", "code.dark");
        settings.Use("markdown", "extra", "generate_feeds", "generate_feed", "compile_sass", "build_search_index");
        if (config.Value("build_search_index") is true)
            site.SetConfig("search", true, config.DisplayPath, config.Line("build_search_index"), "build_search_index → search: true");
        HugoReader.ReadMacroTables(site, settings);
        settings.ReportRest();
    }
}
