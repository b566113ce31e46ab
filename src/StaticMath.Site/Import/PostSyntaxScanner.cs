using System.Text.RegularExpressions;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Import;

/// <summary>
/// Finds, in the imported posts, syntax of the source generator that is copied as written — shortcodes, kramdown
/// extensions, template tags, executable cells — and reports each at its line, so the user knows what to check.
/// Fenced code is skipped: syntax shown as code is meant literally.
/// </summary>
public static partial class PostSyntaxScanner
{
    private sealed record Pattern(Regex Regex, string What);

    private static readonly Dictionary<SourceGenerator, Pattern[]> Patterns = new()
    {
        [SourceGenerator.Jekyll] = [new(KramdownExtension(), "kramdown extension")],
        [SourceGenerator.Hugo] = [new(HugoShortcode(), "Hugo shortcode")],
        [SourceGenerator.Zola] = [new(ZolaShortcode(), "Zola shortcode")],
        [SourceGenerator.Quarto] = [new(HugoShortcode(), "Quarto shortcode"), new(ExecutableCell(), "Quarto executable code cell")],
        [SourceGenerator.Eleventy] = [new(TemplateTag(), "Nunjucks/Liquid tag"), new(MarkdownItToc(), "markdown-it table of contents")],
    };

    public static void Scan(ImportedSite site)
    {
        var patterns = Patterns[site.Generator];
        foreach (var file in site.Files.Where(f => f.TargetPath.StartsWith("content/", StringComparison.Ordinal) && Content.ContentLoader.IsMarkdown(f.TargetPath)))
        {
            if (site.ReadSourceText(file.SourcePath) is not { } text) continue;
            var inFence = false;
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                // A fence's opening line is still read: Quarto's executable cells are fences with a {language}.
                var isFence = Fence().IsMatch(lines[i]);
                if (inFence)
                {
                    if (isFence) inFence = false;
                    continue;
                }
                inFence = isFence;
                foreach (var pattern in patterns)
                foreach (Match match in pattern.Regex.Matches(lines[i]))
                    site.Report.NotConverted(DiagnosticCodes.ImportPostSyntaxKept, file.SourcePath, i + 1, $"{pattern.What} left as written: {match.Value.Trim()}");
            }
        }
    }

    [GeneratedRegex(@"^\s{0,3}(```|~~~)")]
    private static partial Regex Fence();

    [GeneratedRegex(@"\{::\w+[^}]*\}")]
    private static partial Regex KramdownExtension();

    [GeneratedRegex(@"\{\{[<%].*?[>%]\}\}")]
    private static partial Regex HugoShortcode();

    [GeneratedRegex(@"\{\{\s*\w+\(.*?\}\}|\{%\s*(end\b|\w+\().*?%\}")]
    private static partial Regex ZolaShortcode();

    [GeneratedRegex(@"^\s{0,3}```+\s*\{[^}]*\}")]
    private static partial Regex ExecutableCell();

    [GeneratedRegex(@"\{%.*?%\}|\{\{.*?\}\}")]
    private static partial Regex TemplateTag();

    [GeneratedRegex(@"\[\[toc\]\]", RegexOptions.IgnoreCase)]
    private static partial Regex MarkdownItToc();
}
