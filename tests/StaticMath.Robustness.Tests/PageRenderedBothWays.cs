using AngleSharp.Dom;
using StaticMath.Site.Configuration;
using StaticMath.Site.Content;
using StaticMath.Site.Core;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Engine;
using StaticMath.Site.Pipeline;

namespace StaticMath.Robustness.Tests;

/// <summary>
/// One post rendered through the real page pipeline as it is built, or with every page forced onto the DOM path: the
/// fuzz tests of the token path compare the two.
/// </summary>
internal static class PageRenderedBothWays
{
    /// <summary>The rendered fragment, the page's context (body end HTML, features) and the build's diagnostics and phases.</summary>
    public sealed record Rendered(string Fragment, PageRenderContext Context, DiagnosticBag Diagnostics, BuildPhases Phases)
    {
        public bool BuiltDom => Phases.Snapshot().Any(p => p.Name == "page: HTML parse into DOM");

        public bool WrittenFromTokens => Phases.Snapshot().Any(p => p.Name == "page: HTML passes on tokens, written");
    }

    public static Rendered Render(string body, SiteConfig config, string siteDirectory, bool alwaysDom)
    {
        var diagnostics = new DiagnosticBag();
        var build = new SiteBuildContext(config, new BuildOptions { SourceDirectory = siteDirectory, NoCache = true },
            diagnostics, ThemeFiles.EmbeddedDefault());
        var registry = SiteFeatures.Register(config, diagnostics);
        if (alwaysDom) registry.Add(new AlwaysDom());
        var page = new Page
        {
            SourcePath = "content/posts/fuzz.md", ContentPath = "posts/fuzz.md", Kind = PageKind.Post, Title = "Fuzz", Slug = "fuzz",
            Url = "/posts/fuzz/", OutputPath = "posts/fuzz/index.html", Body = body, BodyLineOffset = 4,
        };
        var ctx = new PageRenderContext(page, build);
        var fragment = new PageRenderer(registry.Freeze()).RenderFragment(ctx);
        return new Rendered(fragment, ctx, diagnostics, build.Phases);
    }

    /// <summary>A pass that sends every page to the DOM and does nothing there: only the path changes.</summary>
    private sealed class AlwaysDom : IHtmlPostProcessor, ISiteFeature
    {
        public void Register(FeatureRegistry registry) => registry.Html(HtmlStage.Finish, this);

        public bool NeedsDom(FragmentTokens page, PageRenderContext ctx) => true;

        public void Process(IDocument html, IElement body, PageRenderContext ctx)
        {
            // Nothing: only the path changes.
        }

        public void ProcessTokens(FragmentTokens page, PageRenderContext ctx) => throw new InvalidOperationException("asked for the DOM");
    }
}
