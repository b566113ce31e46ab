using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticMath.Site.Configuration;
using StaticMath.Site.Content;
using StaticMath.Site.Core;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Engine;
using StaticMath.Site.Markdown;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Tests.Blocks;

/// <summary>
/// A throw-away site folder plus the real page pipeline (SiteFeatures), so block
/// tests exercise exactly the wiring a build uses.
/// </summary>
internal sealed class BlockTestSite : IDisposable
{
    public BlockTestSite(SiteConfig? config = null)
    {
        Directory = Path.Combine(Path.GetTempPath(), "sm-blocks-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Config = config ?? new SiteConfig();
    }

    public string Directory { get; }

    public SiteConfig Config { get; }

    public DiagnosticBag Diagnostics { get; } = new();

    public string LastHtml { get; private set; } = "";

    public void WriteFile(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Renders a page body; <paramref name="bodyLineOffset"/> is the file line of the body's first line.</summary>
    public IElement Render(string markdown, string sourcePath = "content/posts/test.md", int bodyLineOffset = 1)
    {
        var build = new SiteBuildContext(Config, new BuildOptions { SourceDirectory = Directory }, Diagnostics, ThemeFiles.EmbeddedDefault());
        var page = new Page
        {
            SourcePath = sourcePath,
            ContentPath = sourcePath.StartsWith("content/", StringComparison.Ordinal) ? sourcePath["content/".Length..] : sourcePath,
            Kind = PageKind.Post,
            Title = "Test",
            Slug = "test",
            Url = "/posts/test/",
            OutputPath = "posts/test/index.html",
            Body = markdown,
            BodyLineOffset = bodyLineOffset,
        };
        var ctx = new PageRenderContext(page, build);
        var renderer = new PageRenderer(SiteFeatures.Pipeline(Config, build.Diagnostics));
        LastHtml = renderer.RenderFragment(ctx);
        var document = new HtmlParser().ParseDocument("<!doctype html><html><body>" + LastHtml + "</body></html>");
        return document.Body!;
    }

    public IReadOnlyList<Diagnostic> Warnings(string code) => Diagnostics.Sorted().Where(d => d.Code == code).ToList();

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Directory, recursive: true); }
        catch (IOException) { }
    }
}
