using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Import;

/// <summary>
/// Quarto websites and blogs: <c>_quarto.yml</c> (<c>website:</c> title, site-url, description; <c>format: html:</c>),
/// <c>_metadata.yml</c> folder defaults (reported: StaticMath has none), every <c>.qmd</c>/<c>.md</c> and the files
/// beside them (images, <c>.bib</c>) copied in place under content/, and the MathJax/KaTeX configuration in the
/// files <c>include-in-header</c> names. Listing pages are left out: the theme's home page lists the posts.
/// </summary>
public sealed class QuartoReader : ISiteReader
{
    private static readonly string[] Skipped = ["_site", "_freeze", "_extensions", "renv", "node_modules"];

    public void Read(ImportedSite site)
    {
        var config = ConfigDocument.Load(site.FullPath("_quarto.yml"), "_quarto.yml");
        var headers = new List<string>();
        if (config.Error is { } error) site.Report.Fail(DiagnosticCodes.ImportUnreadableConfig, "_quarto.yml", error.Line, $"invalid YAML, no setting imported: {error.Message}");
        else ReadSettings(site, new SettingMapper(site, config), headers);

        foreach (var file in site.FilesUnder(""))
        {
            var top = file.Split('/')[0];
            var name = Path.GetFileName(file);
            if (Skipped.Contains(top) || name is "_quarto.yml" || name.StartsWith('_') && !file.Contains('/')) continue;
            if (name == "_metadata.yml") ReadFolderMetadata(site, file);
            else if (name.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase)) site.NotImported(file, "a Jupyter notebook: StaticMath builds Markdown (.qmd, .md); convert it with quarto convert");
            else if (name.EndsWith(".scss", StringComparison.OrdinalIgnoreCase)) site.NotImported(file, "a Quarto theme's Sass: StaticMath does not compile Sass (the theme brings its own CSS)");
            else if (IsListing(site, file)) site.NotImported(file, "a listing page: StaticMath's home page lists the posts");
            else if (headers.Contains(file)) continue;
            else site.CopyFile(file, "content/" + file);
        }
        if (site.Files.Count > 0) site.Report.Convert("./", 0, $"{site.Files.Count} file(s) (pages, posts and the files beside them) → content/");
        foreach (var header in headers.Where(site.FileExists)) MathConfigReader.ReadFile(site, header);
    }

    private static void ReadSettings(ImportedSite site, SettingMapper settings, List<string> headers)
    {
        var config = settings.Config;
        settings.Text("website.title", "title");
        settings.Text("website.description", "description");
        settings.Text("website.site-url", "baseUrl", url => url.EndsWith('/') ? url : url + "/");
        settings.Text("author", "author");
        settings.Language("lang");
        site.SetConfig("permalinks.posts", "/{section}/{slug}/", config.DisplayPath, 0, "Quarto's URLs /FOLDER/NAME/ → permalinks.posts: /{section}/{slug}/");
        // Pandoc reads math exactly as written (no Markdown escapes inside $…$).
        site.SetConfig("math.escapes", "tex", config.DisplayPath, 0, "Pandoc's math (escapes kept as written) → math.escapes: tex");
        settings.Use("website", "project", "format", "author", "lang");
        foreach (var key in new[] { "format.html.include-in-header", "format.html.include-before-body" })
        {
            switch (config.Value(key))
            {
                case string file: headers.Add(file.TrimStart('/')); break;
                case List<object?> files: headers.AddRange(files.Select(f => f is Dictionary<string, object?> d ? d.GetValueOrDefault("file") as string : f as string).OfType<string>().Select(f => f.TrimStart('/'))); break;
            }
        }
        settings.Explain("format.html.toc", "a table of contents on every page: StaticMath writes one where a page's front matter says toc: true");
        settings.Explain("format.html.theme", "Quarto's Bootstrap theme is not imported; the site uses StaticMath's theme");
        settings.Explain("format.html.html-math-method", "StaticMath prerenders every equation to SVG at build time; no math script is needed");
        settings.Explain("website.navbar", "the navigation bar is not converted; list the links under nav: in staticmath.yml");
        settings.Explain("website.drafts", "StaticMath has no drafts list: give those posts draft: true and build with --drafts to see them");
        settings.Explain("bibliography", "a site-wide bibliography: StaticMath reads the bibliography: each post names (the .bib files are copied beside the posts)");
        settings.ReportRest();
    }

    /// <summary>A folder's <c>_metadata.yml</c> sets front matter for its pages; StaticMath has no such defaults, so each key is reported.</summary>
    private static void ReadFolderMetadata(ImportedSite site, string file)
    {
        var metadata = ConfigDocument.Load(site.FullPath(file), file);
        if (metadata.Error is { } error)
        {
            site.Report.NotConverted(DiagnosticCodes.ImportSettingNotConverted, file, error.Line, $"invalid YAML, not read: {error.Message}");
            return;
        }
        foreach (var key in metadata.Keys.Where(k => !k.Contains('.')))
            site.NotConverted(metadata, key, "folder-wide front matter is not applied by StaticMath; add it to the front matter of the posts that need it");
    }

    private static bool IsListing(ImportedSite site, string file) =>
        Content.ContentLoader.IsMarkdown(file) && site.ReadSourceText(file) is { } text
        && Content.FrontMatterParser.Parse(text).Values.ContainsKey("listing");
}
