using AngleSharp.Dom;
using StaticMath.Site.Configuration;
using StaticMath.Site.Content;
using StaticMath.Site.Core;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Engine;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Tests.Engine;

/// <summary>
/// Pages whose HTML passes need no DOM are written from their tokens, and give the same page as the DOM path: each page
/// is rendered once as built and once with a pass that asks for the DOM on every page.
/// </summary>
public class PageWithoutDomTests
{
    /// <summary>Asks for the DOM on every page and changes nothing: the page then goes the way every page went before.</summary>
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

    public sealed record Rendered(string Fragment, IReadOnlyList<string> Diagnostics, IReadOnlyList<string> BodyEnd, bool UsesPageIndex, bool BuiltDom, int WordCount);

    public static Rendered Render(string body, string contentPath = "posts/p.md", bool alwaysDom = false, string siteDirectory = "", SiteConfig? config = null)
    {
        config ??= new SiteConfig();
        var diagnostics = new DiagnosticBag();
        var build = new SiteBuildContext(config,
            new BuildOptions { SourceDirectory = siteDirectory.Length > 0 ? siteDirectory : Path.GetTempPath(), NoCache = true },
            diagnostics, ThemeFiles.EmbeddedDefault());
        var registry = SiteFeatures.Register(config, diagnostics);
        if (alwaysDom) registry.Add(new AlwaysDom());
        var page = new Page
        {
            SourcePath = "content/" + contentPath, ContentPath = contentPath, Kind = PageKind.Post, Title = "P", Slug = "p",
            Url = "/posts/p/", OutputPath = "posts/p/index.html", Body = body, BodyLineOffset = 4,
        };
        var ctx = new PageRenderContext(page, build);
        var fragment = new PageRenderer(registry.Freeze()).Render(ctx);
        return new Rendered(fragment.Fragment.Html, diagnostics.Sorted().Select(d => d.ToString()).ToList(), ctx.BodyEndHtml.ToList(), ctx.UsesPageIndex,
            build.Phases.Snapshot().Any(p => p.Name == "page: HTML parse into DOM"), fragment.WordCount);
    }

    private static void AssertSameBothWays(string body, string contentPath = "posts/p.md", string siteDirectory = "")
    {
        var asBuilt = Render(body, contentPath, siteDirectory: siteDirectory);
        var withDom = Render(body, contentPath, alwaysDom: true, siteDirectory: siteDirectory);
        Assert.Equal(withDom.Fragment, asBuilt.Fragment);
        Assert.Equal(withDom.Diagnostics, asBuilt.Diagnostics);
        Assert.Equal(withDom.BodyEnd, asBuilt.BodyEnd);
        Assert.Equal(withDom.UsesPageIndex, asBuilt.UsesPageIndex);
    }

    private const string OrdinaryPost = """
        # A post

        Let $x > 0$. Then $x^2 > 0$, and "quotes" & ampersands stay as they were; $a$) and $b$… too.

        - $\alpha$: one, [next](other.md), [up](../x.md#a) and [site](/about/).
        - **bold $y$**. `code` and ![plot](plot.png)

        $$
        e^{i\pi} + 1 = 0.
        $$

        | a | $b$ |
        |---|-----|
        | 1 | $2$. |

        Footnote[^1].

        [^1]: The note, with $z$.
        """;

    [Fact]
    public void An_ordinary_math_post_is_written_without_a_DOM()
    {
        var rendered = Render(OrdinaryPost.Replace("![plot](plot.png)", "", StringComparison.Ordinal));

        Assert.False(rendered.BuiltDom);
        Assert.Contains("<span class=\"math-glue\">", rendered.Fragment, StringComparison.Ordinal);
        Assert.Contains("<svg", rendered.BodyEnd.Single(), StringComparison.Ordinal); // the page's glyph outlines
    }

    [Theory]
    [InlineData(OrdinaryPost)]
    [InlineData("## The case $n = 1$\n\nSee [the case](#the-case-).\n")]
    [InlineData("::: theorem\nLet $x$.\n:::\n\nBy [](#thm).\n")]
    [InlineData("text [](#nowhere) more\n")]
    [InlineData("[x](javascript:alert(1)) and ![y](data:text/html,z)\n")]
    [InlineData("{:toc}\n\n## A\n\n## B $c$\n")]
    [InlineData("* toc\n{:toc}\n\n## A\n")]
    [InlineData("```mermaid\ngraph A\n```\n")]
    [InlineData("<div class=\"theorem\">$x$.</div>\n\nthen $y$.\n")]
    [InlineData("Inline <span>raw $x$</span>, and $y$.\n")]
    [InlineData("> [!NOTE]\n> $x$, note.\n")]
    [InlineData("Term\n: $x$. Definition\n")]
    [InlineData("<p class='raw'>as <b>written</b>,<br/> kept</p>\n\nthen $x$.\n")]
    [InlineData("<div markdown=\"1\">\n$x$, in a *div*.\n</div>\n")]
    [InlineData("<span title='q'>x</span> and <a href=\"other.md\">a raw link</a>, $y$.\n")]
    [InlineData("<table><tr><td>$x$</td></tr></table>\n")]
    [InlineData("<h2 id=\"the-case-\">The case $n$</h2>\n\nSee [the case](#the-case-).\n")]
    public void Pages_are_the_same_with_and_without_the_DOM(string body) => AssertSameBothWays(body);

    [Fact]
    public void A_figure_whose_only_drawing_is_an_equation_is_a_figure_on_the_tokens_too()
    {
        // Found by the no-DOM fuzz: the equation's SVG is inside its content, which the tokens keep as text.
        const string body = "Term\n: def\n<br/> _<figure>\n**bold**\n$a<b$- item\n";
        Assert.False(Render(body).BuiltDom);
        Assert.Contains("<figure class=\"figure\">", Render(body).Fragment, StringComparison.Ordinal);
        AssertSameBothWays(body);
    }

    public static TheoryData<string> RepositoryPages()
    {
        var root = Golden.GoldenSnapshot.RepositoryRoot;
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "content", "samples" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, folder), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                data.Add(Path.GetRelativePath(root, file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(RepositoryPages))]
    public void The_repository_pages_are_the_same_with_and_without_the_DOM(string file)
    {
        var text = File.ReadAllText(Path.Combine(Golden.GoldenSnapshot.RepositoryRoot, file));
        // The body after the front matter; Liquid in it is read the same way on both paths.
        var body = text.StartsWith("---", StringComparison.Ordinal) && text.IndexOf("\n---", 3, StringComparison.Ordinal) is var end and > 0
            ? text[(text.IndexOf('\n', end + 1) + 1)..]
            : text;
        AssertSameBothWays(body, file.Replace('\\', '/').Split('/', 2)[1]);
    }
}
