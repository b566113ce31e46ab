using StaticMath.Site.Bibliography;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.PandocCitations;

/// <summary>
/// A page's <see cref="PageBibliography"/> loaded for its citations — pandoc's and Distill's alike: the files it read
/// or looked for and did not find become the page's dependencies, their problems the page's diagnostics, and each named file that is missing is a warning (SM1302) at the front matter's
/// <c>bibliography</c> key.
/// </summary>
public static class CitationBibliography
{
    /// <param name="scholarDefaults">When nothing is named, use jekyll-scholar's default files (Distill and <c>{% cite %}</c>).</param>
    /// <param name="citationsShow">What the page's citations show when their entry is missing, for the warning.</param>
    public static PageBibliography Load(PageRenderContext ctx, bool scholarDefaults, string citationsShow)
    {
        var build = ctx.Build;
        var postDirectory = Path.GetDirectoryName(Path.Combine(build.SiteDirectory, ctx.SourcePath)) ?? build.SiteDirectory;
        var cache = build.GetOrAddService(() => new BibliographyCache(build.SiteDirectory));
        var bibliography = PageBibliography.Load(ctx.Page.FrontMatter, postDirectory, build.SiteDirectory, cache, ctx.AddFileDependency, ctx.Diagnostics, scholarDefaults);
        foreach (var name in bibliography.Missing)
        {
            ctx.Diagnostics.Warning(DiagnosticCodes.MissingBibliography, ctx.SourcePath, ctx.Page.FrontMatterLine("bibliography"), 1,
                PageBibliography.MissingMessage(name, citationsShow));
        }
        return bibliography;
    }
}
