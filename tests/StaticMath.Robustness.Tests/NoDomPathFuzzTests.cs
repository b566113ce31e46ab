using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CsCheck;
using StaticMath.Site.Configuration;
using StaticMath.Site.Content;
using StaticMath.Site.Core;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Engine;
using StaticMath.Site.Pipeline;

namespace StaticMath.Robustness.Tests;

/// <summary>
/// Pages that need no DOM are written from their tokens. Two properties keep that exact: any fragment the tokens accept
/// writes back as the DOM round trip does, and random Markdown renders the same page whether or not the DOM is built.
/// </summary>
public class NoDomPathFuzzTests
{
    private static readonly string[] HtmlPieces =
    [
        "<p>", "</p>", "<div class=\"a b\">", "</div>", "<span>", "</span>", "<em>", "</em>", "<strong>", "</strong>", "<a href=\"#x\">", "<a href=\"a&amp;b\">", "</a>",
        "<ul>", "</ul>", "<ol>", "</ol>", "<li>", "</li>", "<dl>", "</dl>", "<dt>", "</dt>", "<dd>", "</dd>", "<h2 id=\"h\">", "</h2>", "<h3>", "</h3>",
        "<pre>", "</pre>", "<code>", "</code>", "<blockquote>", "</blockquote>", "<table>", "</table>", "<thead>", "</thead>", "<tbody>", "</tbody>",
        "<tr>", "</tr>", "<td>", "</td>", "<th style=\"text-align: left\">", "</th>", "<figure>", "</figure>", "<figcaption>", "</figcaption>",
        "<br />", "<br>", "</br>", "<hr />", "<img src=\"x.png\" alt=\"a &lt; b &quot;c&quot; &gt;\" />", "<input type=\"checkbox\" disabled=\"disabled\" />",
        "<svg data-staticmath-svg=\"n:1\" aria-label=\"x&lt;y\"></svg>", "<svg viewBox=\"0 0 1 1\">", "</svg>", "<path d=\"M0\"/>",
        "<!-- c -->", "<!--x-->", "<script>", "</script>", "<textarea>", "<style>", "<b>", "</b>", "<i>", "</i>", "<div />", "<p id=\"a\" id=\"b\">",
        "text", " ", "\n", "\n\n", "&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "&nbsp;", "\u00A0", "&#8617;", "&copy;", "&bogus;", "&", "<", ">", "\"", "'", "é", "\t",
    ];

    private static string DomRoundTrip(string fragment)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><head></head><body></body></html>");
        document.Body!.InnerHtml = fragment;
        return LinearHtmlSerializer.InnerHtml(document.Body);
    }

    [Fact]
    public void Fragments_the_tokens_accept_write_back_as_the_DOM_round_trip()
    {
        var accepted = 0;
        Gen.OneOf(HtmlPieces).Array[0, 30].Select(p => string.Concat(p)).Sample(fragment =>
        {
            if (FragmentTokens.Read(fragment) is not { } tokens) return;
            accepted++;
            var written = tokens.Write();
            if (written != DomRoundTrip(fragment))
                throw new InvalidOperationException($"tokens write\n{written}\nbut the DOM writes\n{DomRoundTrip(fragment)}\nfor\n{fragment}");
        }, iter: FuzzSettings.Iterations(3000), threads: 1);
        Assert.True(accepted > 0, "no random fragment was accepted: the property tested nothing");
    }

    private static readonly string[] MarkdownPieces =
    [
        "# Heading\n", "## Sub $x$\n", "text ", "**bold** ", "_em_ ", "`code` ", "[link](/x/) ", "[ref](other.md) ", "[up](../a.md#b) ", "![img](i.png) ",
        "$x^2$", "$a<b$", ". ", ", ", ") ", "…", "\"", "'", "$$a=b$$ ", "$$\n\\begin{align}a&=b\\label{e}\\end{align}\n$$\n", "\\(y\\) ", "$\\eqref{e}$ ",
        "\n\n", "\n", "- item\n", "1. one\n", "> quote\n", "```python\nprint(1)\n```\n", "| a | b |\n|---|---|\n| $x$ | 2 |\n", "::: theorem\n", ":::\n",
        "> [!NOTE]\n> note\n", "[^1] ", "[^1]: foot $z$.\n", "[](#e) ", "[](#nowhere) ", "{:toc}\n", "[x](javascript:alert(1)) ", "<span>raw</span> ",
        "&amp; &lt; &copy; ", "Term\n: def\n", "<div class='x'>\n", "</div>\n", "<b>", "</b>", "<br/>", "<p>raw</p>\n",
        "<a href=\"other.md\">", "</a>", "<!-- c -->", "<td>", "<table>\n", "- [x] done\n", "***\n", "<", ">", "&", "*", "_", "[", "]", "(", ")", "|", "\u00A0",
    ];

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

    private static string Render(string body, bool alwaysDom)
    {
        var config = new SiteConfig();
        var diagnostics = new DiagnosticBag();
        var build = new SiteBuildContext(config, new BuildOptions { SourceDirectory = Path.Combine(Path.GetTempPath(), "sm-fuzz"), NoCache = true },
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
        return fragment + "\n--- body end\n" + string.Join("\n", ctx.BodyEndHtml) + "\n--- diagnostics\n"
            + string.Join("\n", diagnostics.Sorted()) + "\n--- uses page index: " + ctx.UsesPageIndex;
    }

    [Fact]
    public void Random_markdown_renders_the_same_with_and_without_the_DOM()
    {
        Gen.OneOf(MarkdownPieces).Array[0, 30].Select(p => string.Concat(p)).Sample(body =>
        {
            var asBuilt = Render(body, alwaysDom: false);
            var withDom = Render(body, alwaysDom: true);
            if (asBuilt != withDom) throw new InvalidOperationException($"without the DOM:\n{asBuilt}\nwith it:\n{withDom}\nfor\n{body}");
        }, iter: FuzzSettings.Iterations(300), threads: 1);
    }
}
