using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Import;

/// <summary>
/// Hugo: <c>hugo.toml</c>/<c>hugo.yaml</c>/<c>config.toml</c>, <c>content/</c> (page bundles keep their files beside
/// them), <c>static/</c>, <c>assets/</c> (copied as static files: Hugo Pipes does not run), and the KaTeX/MathJax
/// configuration in the site's or its theme's layouts (partials such as <c>math.html</c>, <c>katex.html</c>).
/// </summary>
public sealed class HugoReader : ISiteReader
{
    // Hugo folders whose templates and data have no StaticMath counterpart; reported, not copied.
    private static readonly string[] ThemeFolders = ["layouts", "themes", "data", "i18n", "archetypes"];

    private static readonly string[] ConfigNames = ["hugo.toml", "hugo.yaml", "hugo.yml", "config.toml", "config.yaml", "config.yml"];

    public void Read(ImportedSite site)
    {
        if (ConfigNames.FirstOrDefault(site.FileExists) is { } name)
        {
            var config = ConfigDocument.Load(site.FullPath(name), name);
            if (config.Error is { } error) site.Report.Fail(DiagnosticCodes.ImportUnreadableConfig, name, error.Line, $"invalid configuration, no setting imported: {error.Message}");
            else ReadSettings(site, new SettingMapper(site, config));
        }

        SectionPages.CopyContent(site);
        ReportMovedBundles(site);
        site.CopyFolder("static", "static");
        site.CopyFolder("assets", "static");
        foreach (var folder in ThemeFolders.Where(site.FolderExists))
            site.NotImported(folder + "/", "Hugo's templates, themes, data and archetypes are not imported; the site uses StaticMath's theme");

        var templates = site.FilesUnder("layouts").Concat(site.FilesUnder("themes").Where(f => f.Contains("/layouts/", StringComparison.Ordinal)))
            .Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase));
        foreach (var file in templates) MathConfigReader.ReadFile(site, file);
        foreach (var file in site.FilesUnder("assets").Concat(site.FilesUnder("static")).Where(IsOwnScript)) MathConfigReader.ReadFile(site, file);
    }

    private static void ReadSettings(ImportedSite site, SettingMapper settings)
    {
        var config = settings.Config;
        settings.Text("title", "title");
        if (!settings.Text("params.description", "description")) settings.Text("description", "description");
        if (!settings.Text("params.author", "author") && !settings.Text("params.author.name", "author") && !settings.Text("author.name", "author"))
            settings.Text("author", "author");
        settings.Text("baseURL", "baseUrl");
        if (!config.Has("languageCode")) settings.Language("defaultContentLanguage");
        else settings.Language("languageCode");
        settings.Use("defaultContentLanguage");
        settings.Text("timeZone", "timezone");
        var permalink = config.Has("permalinks.page.posts") ? "permalinks.page.posts" : "permalinks.posts";
        if (settings.Permalink(permalink, "permalinks.posts", PermalinkPatterns.FromHugo))
        {
            if (config.Text(permalink) is { } pattern && (pattern.Contains(":slug", StringComparison.Ordinal) || pattern.Contains(":title", StringComparison.Ordinal)))
                site.NotConverted(config, permalink, "Hugo's :slug and :title fall back to the post's title, StaticMath's {slug} to its file name: a post without slug: in its front matter whose file name differs from its title gets a different URL");
        }
        else
            site.SetConfig("permalinks.posts", "/{section}/{slug}/", config.DisplayPath, 0, "Hugo's default URLs /SECTION/NAME/ → permalinks.posts: /{section}/{slug}/");
        settings.Use("permalinks");
        if (!config.Has("pagination.pagerSize")) settings.Number("paginate", "paginate");
        else settings.Number("pagination.pagerSize", "paginate");
        settings.Use("paginate", "pagination");
        ReadTaxonomies(site, settings);
        settings.CodeStyle("markup.highlight.style", "code.light", "code.dark");
        settings.Use("markup");
        settings.Explain("buildDrafts", "StaticMath has no drafts setting: posts with draft: true build with --drafts");
        settings.Explain("buildFuture", "StaticMath has no future setting: posts dated later build with --future");
        ReadMacroTables(site, settings);
        settings.Use("params");
        settings.ReportRest();
    }

    /// <summary>Hugo's <c>[taxonomies]</c>: tags get StaticMath's tag pages; others stay in front matter only.</summary>
    private static void ReadTaxonomies(ImportedSite site, SettingMapper settings)
    {
        settings.Use("taxonomies");
        foreach (var key in settings.Config.Children("taxonomies"))
        {
            var plural = settings.Config.Text(key);
            if (plural == "tags")
                site.Report.Convert(settings.Config.DisplayPath, settings.Config.Line(key), "taxonomy tags → tag pages at permalinks.tags (/tags/{slug}/)");
            else
                site.NotConverted(settings.Config, key, $"StaticMath makes pages for tags only; '{plural}' stay in the posts' front matter (page.{plural}) without pages of their own");
        }
    }

    /// <summary>Themes read KaTeX/MathJax macros from <c>[params]</c> (<c>params.math.macros</c>, <c>params.katex.macros</c>…).</summary>
    internal static void ReadMacroTables(ImportedSite site, SettingMapper settings)
    {
        var config = settings.Config;
        foreach (var table in config.Keys.Where(k => k.EndsWith(".macros", StringComparison.OrdinalIgnoreCase) || k.Equals("macros", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            settings.Use(table);
            foreach (var key in config.Children(table))
            {
                var name = key[(table.Length + 1)..].TrimStart('\\');
                if (config.Value(key) is string body) site.AddMacro(name, body, config.DisplayPath, config.Line(key));
                else if (config.Value(key) is List<object?> { Count: >= 1 and <= 3 } list && list[0] is string) site.AddMacro(name, list.Select(v => v is long l ? (int)l : v).ToList(), config.DisplayPath, config.Line(key));
                else site.Report.NotConverted(DiagnosticCodes.ImportMathNotConverted, config.DisplayPath, config.Line(key), $"macro \\{name}: not a string or [string, arity], not converted");
            }
        }
    }

    /// <summary>
    /// A page bundle's files are published beside its Markdown (content/posts/x/), which is where Hugo puts the page
    /// only without a permalink pattern; with one, the page moves and its relative links to them would break.
    /// </summary>
    private static void ReportMovedBundles(ImportedSite site)
    {
        if (site.Config.GetValueOrDefault("permalinks") is not Dictionary<string, object?> permalinks || permalinks.GetValueOrDefault("posts") is not string pattern
            || pattern == "/{section}/{slug}/") return;
        foreach (var bundle in site.Files.Where(f => Path.GetFileName(f.TargetPath) == "index.md").Select(f => f.TargetPath[..^"/index.md".Length]).ToList())
        {
            if (!site.Files.Any(f => f.TargetPath.StartsWith(bundle + "/", StringComparison.Ordinal) && !Content.ContentLoader.IsMarkdown(f.TargetPath))) continue;
            var folderUrl = bundle["content".Length..] + "/";
            site.Report.NotConverted(DiagnosticCodes.ImportFileNotImported, bundle["content/".Length..].Length > 0 ? bundle + "/" : bundle, 0,
                $"a page bundle: its files are published at {folderUrl}, but permalinks.posts ({pattern}) puts the page elsewhere, so its relative links to them break; give it permalink: {folderUrl} or link the files by that path");
        }
    }

    private static bool IsOwnScript(string file) =>
        file.EndsWith(".js", StringComparison.OrdinalIgnoreCase) && !file.EndsWith(".min.js", StringComparison.OrdinalIgnoreCase);
}
