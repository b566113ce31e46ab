using StaticMath.Site.Content;
using StaticMath.Site.Themes;

namespace StaticMath.Site.Import;

/// <summary>
/// Posts keep their front matter, so a <c>layout:</c> naming one of the old theme's layouts (al-folio's <c>about</c>,
/// an Eleventy <c>layouts/post.njk</c>) would be an unknown layout. For each such name the import writes a layout of
/// that name in the new site that shows the page with the theme's <c>post</c> or <c>page</c> layout.
/// </summary>
public static class LayoutBridges
{
    private static readonly string[] PostFolders = ["content/_posts/", "content/_drafts/", "content/posts/", "content/blog/"];

    public static void Add(ImportedSite site)
    {
        var known = ThemeExport.LayoutNames().ToHashSet(StringComparer.Ordinal);
        foreach (var file in site.Files.Where(f => f.TargetPath.StartsWith("content/", StringComparison.Ordinal) && ContentLoader.IsMarkdown(f.TargetPath)).ToList())
        {
            if (site.ReadSourceText(file.SourcePath) is not { } text) continue;
            var frontMatter = FrontMatterParser.Parse(text);
            if (frontMatter.Values.GetValueOrDefault("layout") is not string name || known.Contains(name) || !IsSafeName(name)) continue;
            var parent = PostFolders.Any(f => file.TargetPath.StartsWith(f, StringComparison.OrdinalIgnoreCase)) ? "post" : "page";
            var target = $"layouts/{name}.liquid";
            if (!site.AddGeneratedFile(target, $"---\n# Stands for the layout '{name}' of the imported site's theme.\nlayout: {parent}\n---\n{{{{ content }}}}\n")) continue;
            known.Add(name);
            site.Report.Convert(file.SourcePath, frontMatter.LineOf("layout"), $"layout '{name}' → {target} (shows it with the theme's {parent} layout)");
        }
    }

    private static bool IsSafeName(string name) =>
        name.Length > 0 && !name.Contains("..", StringComparison.Ordinal) && !name.StartsWith('/') && !name.Contains('\\') && !name.Contains(':');
}
