using StaticMath.Site.Configuration;
using StaticMath.Site.Content;
using StaticMath.Site.Core;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Engine;
using StaticMath.Site.Markdown;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Tests.CommonMark;

/// <summary>Builds every spec example as a post body through the real page pipeline and compares normalised HTML.</summary>
internal static class SpecRun
{
    public sealed record Result(SpecExample Example, string Expected, string Actual, string RawHtml)
    {
        public bool Passed => Expected == Actual;
    }

    public static IReadOnlyList<SpecExample> Examples { get; } =
        SpecExample.Load(Path.Combine(AppContext.BaseDirectory, "CommonMark", "spec.txt"));

    public static IReadOnlyList<Result> Run()
    {
        var directory = Path.Combine(Path.GetTempPath(), "sm-commonmark-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var config = new SiteConfig();
            var build = new SiteBuildContext(config, new BuildOptions { SourceDirectory = directory, NoCache = true }, new DiagnosticBag(), ThemeFiles.EmbeddedDefault());
            var renderer = new PageRenderer(SiteFeatures.Pipeline(config, build.Diagnostics));
            return Examples.Select(example =>
            {
                var html = renderer.RenderFragment(new PageRenderContext(Post(example), build));
                var expected = html.Contains("<figure class=\"figure\">", StringComparison.Ordinal)
                    ? SpecHtmlNormalizer.Normalize(example.Html, new StaticMathMarkup.FigureTitles())
                    : SpecHtmlNormalizer.Normalize(example.Html);
                return new Result(example, expected,
                    SpecHtmlNormalizer.Normalize(html, new StaticMathMarkup()), html);
            }).ToList();
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static Page Post(SpecExample example) => new()
    {
        SourcePath = $"content/posts/example-{example.Number}.md",
        ContentPath = $"posts/example-{example.Number}.md",
        Kind = PageKind.Post,
        Title = $"Example {example.Number}",
        Slug = $"example-{example.Number}",
        Url = $"/posts/example-{example.Number}/",
        OutputPath = $"posts/example-{example.Number}/index.html",
        Body = example.Markdown,
        BodyLineOffset = 1,
    };
}
