using Acornima.Ast;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Import;

/// <summary>
/// Eleventy: the configuration file (read with a JavaScript parser: <c>dir</c>, <c>addPassthroughCopy</c>, the
/// markdown-it math plugin's <c>macros</c>), the site metadata in <c>_data/</c> (<c>metadata</c> or <c>site</c>, JSON or
/// a JavaScript module), the Markdown under the input folder (content/), passthrough copies (static/), and MathJax
/// configuration in the includes. Nunjucks/Liquid templates are reported, not imported.
/// </summary>
public sealed class EleventyReader : ISiteReader
{
    private static readonly string[] ConfigNames = [".eleventy.js", "eleventy.config.js", "eleventy.config.mjs", "eleventy.config.cjs"];

    private static readonly string[] MetadataNames = ["metadata.json", "site.json", "metadata.js", "site.js", "metadata.mjs", "site.mjs"];

    private static readonly string[] TemplateExtensions = [".njk", ".liquid", ".html", ".11ty.js", ".hbs", ".mustache", ".ejs", ".pug", ".webc"];

    public void Read(ImportedSite site)
    {
        var folders = new Dictionary<string, string>(StringComparer.Ordinal) { ["input"] = ".", ["includes"] = "_includes", ["data"] = "_data", ["output"] = "_site" };
        var passthrough = new List<(string From, string To)>();
        if (ConfigNames.FirstOrDefault(site.FileExists) is { } configName && site.ReadSourceText(configName) is { } code)
        {
            var source = JsSource.Parse(code, 1, out var error);
            if (source is null) site.Report.Fail(DiagnosticCodes.ImportUnreadableConfig, configName, error!.Value.Line, $"invalid JavaScript, no setting imported: {error.Value.Message}");
            else ReadConfig(site, configName, source, folders, passthrough);
        }

        site.SetConfig("permalinks.posts", "/{section}/{slug}/", ConfigNames.FirstOrDefault(site.FileExists) ?? ".", 0, "Eleventy's URLs /FOLDER/NAME/ → permalinks.posts: /{section}/{slug}/");
        var input = folders["input"].Trim('.', '/');
        string InInput(string folder) => input.Length == 0 ? folder.TrimStart('.', '/') : input + "/" + folder.TrimStart('.', '/');
        var includes = InInput(folders["includes"]);
        var data = InInput(folders["data"]);
        ReadMetadata(site, data);

        var passthroughSources = passthrough.Select(p => p.From).ToList();
        foreach (var file in site.FilesUnder(input))
        {
            var below = input.Length == 0 ? file : file[(input.Length + 1)..];
            var top = file.Split('/')[0];
            if (top is "node_modules" or "_site" || file.StartsWith(folders["output"].Trim('.', '/') + "/", StringComparison.Ordinal)) continue;
            if (file.StartsWith(includes + "/", StringComparison.Ordinal) || file.StartsWith(data + "/", StringComparison.Ordinal)) continue;
            if (passthroughSources.Any(p => file == p || file.StartsWith(p + "/", StringComparison.Ordinal))) continue;
            if (Content.ContentLoader.IsMarkdown(file) && !IsReadme(file, input)) site.CopyFile(file, "content/" + below);
            else if (TemplateExtensions.Any(e => file.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                site.NotImported(file, "an Eleventy template (Nunjucks/Liquid/HTML): StaticMath's theme makes the home, tag and feed pages; port other pages to Markdown");
            else if (file.EndsWith(".11tydata.json", StringComparison.OrdinalIgnoreCase) || IsDirectoryData(file))
                site.NotImported(file, "directory data (front matter for a folder's pages) is not applied by StaticMath; add it to the posts' front matter");
        }
        var copied = site.Files.Count;
        if (copied > 0) site.Report.Convert(input.Length == 0 ? "./" : input + "/", 0, $"{copied} Markdown file(s) → content/");
        foreach (var (from, to) in passthrough)
        {
            if (site.FileExists(from)) { if (site.CopyFile(from, "static/" + to)) site.Report.Convert(from, 0, $"passthrough copy → static/{to}"); }
            else site.CopyFolder(from, "static/" + to);
        }
        if (site.FolderExists(includes)) site.NotImported(includes + "/", "Eleventy's layouts and includes are not imported; the site uses StaticMath's theme");
        foreach (var file in site.FilesUnder(includes)) MathConfigReader.ReadFile(site, file);
    }

    private static void ReadConfig(ImportedSite site, string path, JsSource source, Dictionary<string, string> folders, List<(string, string)> passthrough)
    {
        foreach (var dir in source.PropertiesNamed("dir").Select(p => p.Value).OfType<ObjectExpression>())
        foreach (var entry in dir.Properties.OfType<Property>())
        {
            if (JsSource.KeyName(entry) is { } key && folders.ContainsKey(key) && JsSource.StringValue(entry.Value) is { } folder)
            {
                folders[key] = folder;
                site.Report.Convert(path, source.LineOf(entry), $"dir.{key}: {folder}");
            }
        }
        foreach (var call in source.Nodes().OfType<CallExpression>())
        {
            if (call.Callee is not MemberExpression { Property: Identifier { Name: "addPassthroughCopy" } } || call.Arguments.Count == 0) continue;
            switch (call.Arguments[0])
            {
                case ObjectExpression map:
                    foreach (var entry in map.Properties.OfType<Property>())
                        if (JsSource.KeyName(entry) is { } from && JsSource.StringValue(entry.Value) is { } to) passthrough.Add((from.Trim('.', '/'), to.Trim('.', '/')));
                    break;
                case var argument when JsSource.StringValue(argument) is { } glob && !glob.Contains('*'):
                    passthrough.Add((glob.Trim('.', '/'), glob.Trim('.', '/')));
                    break;
                default:
                    site.Report.NotConverted(DiagnosticCodes.ImportFileNotImported, path, source.LineOf(call), "a passthrough copy given by a glob or computed value was not followed; copy those files into static/");
                    break;
            }
        }
        MathConfigReader.Read(site, path, source);
    }

    /// <summary>The site's metadata file in <c>_data/</c>: JSON, or a module exporting an object literal.</summary>
    private static void ReadMetadata(ImportedSite site, string dataFolder)
    {
        if (MetadataNames.Select(n => dataFolder + "/" + n).FirstOrDefault(site.FileExists) is not { } file || site.ReadSourceText(file) is not { } text) return;
        // JSON is a JavaScript expression: one parser reads both forms, with the same lines.
        var code = file.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? "(" + text + "\n)" : text;
        var source = JsSource.Parse(code, 1, out var error);
        if (source is null)
        {
            site.Report.NotConverted(DiagnosticCodes.ImportSettingNotConverted, file, error!.Value.Line, $"not read: {error.Value.Message}");
            return;
        }
        if (source.Nodes().OfType<ObjectExpression>().FirstOrDefault() is not { } metadata) return;
        foreach (var entry in metadata.Properties.OfType<Property>())
        {
            var key = JsSource.KeyName(entry);
            var value = JsSource.StringValue(entry.Value);
            var line = source.LineOf(entry);
            if (key == "author" && entry.Value is ObjectExpression author)
                value = author.Properties.OfType<Property>().Where(p => JsSource.KeyName(p) == "name").Select(p => JsSource.StringValue(p.Value)).FirstOrDefault();
            var target = key switch
            {
                "title" => "title", "description" => "description", "author" => "author", "url" => "baseUrl", "language" => "language", _ => null,
            };
            if (target is null || value is null)
            {
                site.Report.NotConverted(DiagnosticCodes.ImportSettingNotConverted, file, line, $"{key}: no StaticMath setting for this; not carried over");
                continue;
            }
            if (target == "baseUrl" && !value.EndsWith('/')) value += "/";
            if (target == "language") value = value.Split('-', '_')[0].ToLowerInvariant();
            site.SetConfig(target, value, file, line, $"{key} → {target}: {value}");
        }
    }

    private static bool IsReadme(string file, string input) =>
        input.Length == 0 && file.Equals("README.md", StringComparison.OrdinalIgnoreCase);

    /// <summary>Eleventy's directory data file: <c>posts/posts.json</c> names its folder.</summary>
    private static bool IsDirectoryData(string file)
    {
        var parts = file.Split('/');
        return parts.Length >= 2 && file.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && Path.GetFileNameWithoutExtension(parts[^1]) == parts[^2];
    }
}
