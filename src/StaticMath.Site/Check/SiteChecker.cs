using System.Collections.Concurrent;
using StaticMath.Site.Configuration;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Check;

/// <summary>
/// Verifies a built site folder: every page parses, ids are unique per page, the theme adds no script, and every
/// internal link, <c>#anchor</c>, image and asset resolves to a file of the folder. External URLs are never fetched.
/// </summary>
public static class SiteChecker
{
    public static CheckReport Check(SiteCheckOptions options)
    {
        var root = Path.GetFullPath(options.OutputDirectory);
        if (!Directory.Exists(root))
        {
            return new CheckReport(
                [Diagnostic.Error(DiagnosticCodes.OutputMissing, options.OutputDirectory, 0, 0, "output folder does not exist")],
                0, 0, 0, 0, 0);
        }

        var files = new HashSet<string>(StringComparer.Ordinal);
        var directories = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            files.Add(Relative(root, file));
        foreach (var directory in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories))
            directories.Add(Relative(root, directory));

        var htmlFiles = files.Where(IsHtml).OrderBy(f => f, StringComparer.Ordinal).ToList();
        var pages = new ConcurrentDictionary<string, ScannedPage>(StringComparer.Ordinal);
        Parallel.ForEach(htmlFiles,
            new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism > 0 ? options.MaxParallelism : Environment.ProcessorCount },
            file => pages[file] = HtmlPageScanner.Scan(file, File.ReadAllText(Path.Combine(root, file)), options.MaxParseErrorsPerPage));

        var resolver = new OutputUrlResolver(options.BasePath, options.SiteUrl);
        var problems = new List<Diagnostic>();
        int links = 0, anchors = 0, assets = 0, external = 0;
        foreach (var file in htmlFiles)
        {
            var page = pages[file];
            problems.AddRange(page.Problems);
            var pageUrl = resolver.PageUrl(file);
            foreach (var reference in page.References)
            {
                var place = reference is { Element: "video", Kind: ReferenceKind.Image } ? "video-poster" : reference.Element;
                if (UnsafeUrls.IsUnsafe(place, reference.Url))
                {
                    if (UnsafeUrls.Report(options.UnsafeUrls, page.RelativePath, reference.Line, reference.Column, reference.Element, reference.Url) is { } unsafeUrl)
                        problems.Add(unsafeUrl);
                    continue;
                }
                var target = resolver.Resolve(pageUrl, reference.Url);
                switch (target.Kind)
                {
                    case UrlTargetKind.External:
                        external++;
                        continue;
                    case UrlTargetKind.Invalid:
                        problems.Add(Problem(DiagnosticCodes.BrokenLink, page, reference, $"invalid URL \"{reference.Url}\""));
                        continue;
                    case UrlTargetKind.OutsideBasePath:
                        problems.Add(Problem(DiagnosticCodes.LinkOutsideSite, page, reference,
                            $"\"{reference.Url}\" points outside the site's base path {options.BasePath}"));
                        continue;
                }

                if (reference.Kind is ReferenceKind.Link or ReferenceKind.SvgUse)
                    links++;
                else
                    assets++;

                var found = OutputUrlResolver.FindFile(target.Path, files.Contains, directories.Contains);
                if (found is null)
                {
                    problems.Add(reference.Kind switch
                    {
                        ReferenceKind.Image => Problem(DiagnosticCodes.MissingAsset, page, reference, $"missing image \"{reference.Url}\""),
                        ReferenceKind.Asset => Problem(DiagnosticCodes.MissingAsset, page, reference,
                            $"missing file \"{reference.Url}\" (<{reference.Element}>)"),
                        _ => Problem(DiagnosticCodes.BrokenLink, page, reference, $"broken link \"{reference.Url}\": no such page"),
                    });
                    continue;
                }

                if (string.IsNullOrEmpty(target.Fragment) || IsTopOfDocument(target.Fragment) || !IsHtml(found))
                    continue;
                anchors++;
                if (!pages[found].Anchors.Contains(target.Fragment))
                {
                    var where = found == file ? "in this page" : $"in {found}";
                    var what = reference.Kind == ReferenceKind.SvgUse ? "svg <use> target" : "anchor";
                    problems.Add(Problem(DiagnosticCodes.BrokenAnchor, page, reference,
                        $"broken {what} \"{reference.Url}\": no id \"{target.Fragment}\" {where}"));
                }
            }
        }

        var sorted = problems
            .OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
        return new CheckReport(sorted, htmlFiles.Count, links, anchors, assets, external);
    }

    // "#top" scrolls to the top of any HTML document (HTML's rule for finding a fragment).
    private static bool IsTopOfDocument(string fragment) => fragment.Equals("top", StringComparison.OrdinalIgnoreCase);

    private static bool IsHtml(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    private static Diagnostic Problem(string code, ScannedPage page, PageReference reference, string message) =>
        Diagnostic.Error(code, page.RelativePath, reference.Line, reference.Column, message);
}
