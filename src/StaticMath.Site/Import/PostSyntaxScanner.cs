using System.Text.RegularExpressions;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Markdown.Extensions;

namespace StaticMath.Site.Import;

/// <summary>
/// Finds, in the imported posts, syntax of the source generator and reports each at its line: what the build reads
/// itself (<see cref="GeneratorSyntax"/>: kramdown's {::options}, Hugo's highlight, Zola's math(), [[toc]]…) as read by
/// the build as written, the rest — other shortcodes, template tags, executable cells — as left as written (SM1667),
/// so the user knows what to check. Fenced code is skipped: syntax shown as code is meant literally.
/// </summary>
public static partial class PostSyntaxScanner
{
    /// <summary>A kind of syntax; <c>Reads</c> says whether the build reads the one named by the match's <c>name</c> group.</summary>
    private sealed record Pattern(Regex Regex, string What, Func<string, bool> Reads);

    private static readonly Regex MarkdownItToc = new(Regex.Escape(GeneratorSyntax.MarkdownItTocMarker), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Pattern Kramdown = new(KramdownExtension(), "kramdown extension", GeneratorSyntax.ReadsKramdownExtension);
    private static readonly Pattern Zola = new(ZolaShortcode(), "Zola shortcode", GeneratorSyntax.ReadsZolaShortcode);

    private static readonly Dictionary<SourceGenerator, Pattern[]> Patterns = new()
    {
        [SourceGenerator.Jekyll] = [Kramdown],
        [SourceGenerator.Hugo] = [new(HugoShortcode(), "Hugo shortcode", GeneratorSyntax.ReadsHugoShortcode)],
        [SourceGenerator.Zola] = [Zola],
        [SourceGenerator.Quarto] = [new(HugoShortcode(), "Quarto shortcode", GeneratorSyntax.ReadsHugoShortcode), new(ExecutableCell(), "Quarto executable code cell", _ => false)],
        [SourceGenerator.Eleventy] = [new(TemplateTag(), "Nunjucks/Liquid tag", _ => false), new(MarkdownItToc, "markdown-it table of contents", _ => true)],
    };

    public static void Scan(ImportedSite site)
    {
        var patterns = Patterns[site.Generator];
        foreach (var file in site.Files.Where(f => f.TargetPath.StartsWith("content/", StringComparison.Ordinal) && Content.ContentLoader.IsMarkdown(f.TargetPath)))
        {
            if (site.ReadSourceText(file.SourcePath) is not { } text) continue;
            var inFence = false;
            // Zola's {% end %} closes the innermost body shortcode: it is read when that one is.
            var openBodies = new Stack<bool>();
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
                {
                    var read = ReadByBuild(pattern, match, openBodies);
                    if (read) site.Report.Convert(file.SourcePath, i + 1, $"{pattern.What} read by the build as written: {match.Value.Trim()}");
                    else site.Report.NotConverted(DiagnosticCodes.ImportPostSyntaxKept, file.SourcePath, i + 1, $"{pattern.What} left as written: {match.Value.Trim()}");
                }
            }
        }
    }

    private static bool ReadByBuild(Pattern pattern, Match match, Stack<bool> openBodies)
    {
        var name = match.Groups["name"].Value;
        if (pattern != Zola) return pattern.Reads(name);
        if (name == "end") return openBodies.TryPop(out var opener) && opener;
        var read = pattern.Reads(name);
        if (match.Value.StartsWith("{%", StringComparison.Ordinal)) openBodies.Push(read);
        return read;
    }

    [GeneratedRegex(@"^\s{0,3}(```|~~~)")]
    private static partial Regex Fence();

    [GeneratedRegex(@"\{::(?<name>\w+)[^}]*\}")]
    private static partial Regex KramdownExtension();

    [GeneratedRegex(@"\{\{[<%]\s*/?\s*(?<name>[\w-]*).*?[>%]\}\}")]
    private static partial Regex HugoShortcode();

    [GeneratedRegex(@"\{\{\s*(?<name>\w+)\(.*?\}\}|\{%\s*(?:(?<name>end)\b|(?<name>\w+)\().*?%\}")]
    private static partial Regex ZolaShortcode();

    [GeneratedRegex(@"^\s{0,3}```+\s*\{[^}]*\}")]
    private static partial Regex ExecutableCell();

    [GeneratedRegex(@"\{%.*?%\}|\{\{.*?\}\}")]
    private static partial Regex TemplateTag();
}
