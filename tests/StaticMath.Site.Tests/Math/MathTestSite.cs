using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticMath.Site.Configuration;
using StaticMath.Site.Content;
using StaticMath.Site.Core;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Engine;
using StaticMath.Site.Markdown;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Tests.Math;

/// <summary>A throw-away site folder and one build context, rendering pages through the real page pipeline.</summary>
internal sealed class MathTestSite : IDisposable
{
    private SiteBuildContext? _build;

    public MathTestSite(SiteConfig? config = null, bool noCache = true, string? directory = null)
    {
        Directory = directory ?? Path.Combine(Path.GetTempPath(), "sm-math-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Config = config ?? new SiteConfig();
        NoCache = noCache;
    }

    public string Directory { get; }

    public SiteConfig Config { get; }

    public bool NoCache { get; }

    public DiagnosticBag Diagnostics { get; } = new();

    public SiteBuildContext Build => _build ??= new SiteBuildContext(
        Config, new BuildOptions { SourceDirectory = Directory, NoCache = NoCache }, Diagnostics, ThemeFiles.EmbeddedDefault());

    /// <summary>HTML the last page asked to append at the end of &lt;body&gt;.</summary>
    public IList<string> LastBodyEnd { get; private set; } = [];

    public string LastHtml { get; private set; } = "";

    public IElement Render(string markdown, int bodyLineOffset = 1, IReadOnlyDictionary<string, object?>? frontMatter = null)
    {
        var page = new Page
        {
            SourcePath = "content/posts/test.md",
            ContentPath = "posts/test.md",
            Kind = PageKind.Post,
            Title = "Test",
            Slug = "test",
            Url = "/posts/test/",
            OutputPath = "posts/test/index.html",
            Body = markdown,
            BodyLineOffset = bodyLineOffset,
            FrontMatter = frontMatter ?? FrontMatter.NoValues,
        };
        var ctx = new PageRenderContext(page, Build);
        var renderer = new PageRenderer(SiteFeatures.Pipeline(Config, Build.Diagnostics));
        LastHtml = renderer.RenderFragment(ctx);
        LastBodyEnd = ctx.BodyEndHtml;
        var document = new HtmlParser().ParseDocument("<!doctype html><html><body>" + LastHtml + string.Concat(LastBodyEnd) + "</body></html>");
        return document.Body!;
    }

    public IReadOnlyList<Diagnostic> Warnings(string code) => Diagnostics.Sorted().Where(d => d.Code == code).ToList();

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
