using StaticMath.Site.Diagnostics;
using StaticMath.Site.Liquid;

namespace StaticMath.Site.Tests.Jekyll;

public class LiquidBodyRendererTests
{
    /// <summary>The Jekyll layer alone, without a theme's filters.</summary>
    private static readonly LiquidEnvironment Liquid = JekyllEnvironment();

    private static LiquidEnvironment JekyllEnvironment()
    {
        var registry = new LiquidRegistry();
        JekyllLiquid.Register(registry);
        return registry.Build(themeFiles: null);
    }

    private static LiquidPageInput Input(string? includeDir = null) => new()
    {
        SourcePath = "posts/p.md",
        BodyLineOffset = 5,
        BaseUrl = "/blog",
        SiteUrl = "https://example.org",
        Site = new Dictionary<string, object?> { ["title"] = "My Site", ["baseurl"] = "/blog", ["social"] = new Dictionary<object, object> { ["x"] = "me" } },
        Page = new Dictionary<string, object?> { ["title"] = "A <b>post</b>", ["tags"] = new List<object> { "math", "ml" } },
        IncludeDirectories = includeDir is null ? [] : [includeDir],
        ResolvePostUrl = name => name == "2020-01-01-hello" ? "/blog/posts/hello/" : null,
    };

    private static (string Output, IReadOnlyList<Diagnostic> Diagnostics) Render(string body, LiquidPageInput? input = null)
    {
        var bag = new DiagnosticBag();
        var output = LiquidBodyRenderer.Render(body, input ?? Input(), Liquid, bag);
        return (output, bag.Sorted());
    }

    [Fact]
    public void Url_filters_and_site_and_page_values()
    {
        var (output, diagnostics) = Render(
            "{{ '/assets/x.png' | relative_url }} {{ 'assets/y.png' | relative_url }} {{ 'z' | absolute_url }} " +
            "{{ site.baseurl }}|{{ site.title }}|{{ site.social.x }}|{{ page.title }}|{{ page.tags | join: ',' }}|{{ 'Hello World!' | slugify }}");
        Assert.Empty(diagnostics);
        Assert.Equal("/blog/assets/x.png /blog/assets/y.png https://example.org/blog/z /blog|My Site|me|A <b>post</b>|math,ml|hello-world", output);
    }

    [Fact]
    public void Figure_include_becomes_one_line_of_figure_markup()
    {
        var (output, diagnostics) = Render(
            "before\n{% include figure.liquid path=\"assets/img/a.png\" class=\"img-fluid rounded\" alt='An \"A\"' caption=\"The $x$ plot\" zoomable=true max-width=\"80%\" %}\nafter");
        Assert.Empty(diagnostics);
        var lines = output.Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Equal("<figure class=\"figure\"><img src=\"/blog/assets/img/a.png\" alt=\"An &quot;A&quot;\" class=\"img-fluid rounded\" style=\"max-width: 80%;\" loading=\"lazy\" data-zoomable><figcaption>The $x$ plot</figcaption></figure>", lines[1]);
    }

    [Fact]
    public void Figure_include_takes_variables_and_html_variant()
    {
        var (output, _) = Render("{% assign p = 'img/b.jpg' %}{% include figure.html path=p alt='B' %}");
        Assert.Equal("<figure class=\"figure\"><img src=\"/blog/img/b.jpg\" alt=\"B\" loading=\"lazy\"></figure>", output);
    }

    [Fact]
    public void Raw_keeps_liquid_literal_even_inside_fenced_code()
    {
        var (output, diagnostics) = Render("```liquid\n{% raw %}{{ page.title }} {% if x %}{% endraw %}\n```\n{{ page.title }}");
        Assert.Empty(diagnostics);
        Assert.Equal("```liquid\n{{ page.title }} {% if x %}\n```\nA <b>post</b>", output);
    }

    [Fact]
    public void Highlight_becomes_a_fence_with_the_same_lines()
    {
        var body = "text\n{% highlight python linenos %}\nx = {{ 1 | plus: 1 }}\n```\n{% endhighlight %}\nafter";
        var (output, diagnostics) = Render(body);
        Assert.Empty(diagnostics);
        Assert.Equal("text\n````python linenos\nx = 2\n```\n````\nafter", output);
        Assert.Equal(body.Split('\n').Length, output.Split('\n').Length);
    }

    [Fact]
    public void Unknown_tag_is_a_warning_at_its_file_line_and_stays_visible()
    {
        var (output, diagnostics) = Render("line one\nline two {% gist abc123 %} here\n{{ site.title }}");
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownTag, d.Code);
        Assert.Equal(("posts/p.md", 6, 10), (d.Path, d.Line, d.Column));
        Assert.Contains("gist", d.Message);
        Assert.Equal("line one\nline two {% gist abc123 %} here\nMy Site", output);
    }

    [Fact]
    public void Syntax_errors_and_unclosed_blocks_are_reported_and_left_visible()
    {
        var body = "a\n{{ page.title | }}\nb\n{% if page.title %}\nnever closed\n{{ site.title }}";
        var (output, diagnostics) = Render(body);
        Assert.Equal([6, 8], diagnostics.Select(d => d.Line));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticCodes.SyntaxError, d.Code));
        Assert.Equal("a\n{{ page.title | }}\nb\n{% if page.title %}\nnever closed\nMy Site", output);
    }

    [Fact]
    public void Missing_include_warns_and_site_includes_get_their_parameters()
    {
        var dir = Directory.CreateTempSubdirectory("sm-inc").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "note.html"), "<aside class=\"{{ include.kind }}\">{{ include.text }} on {{ site.title }}</aside>");
            File.WriteAllText(Path.Combine(dir, "broken.html"), "ok\n{% if %}");
            var (output, diagnostics) = Render("{% include note.html kind=\"tip\" text=page.title %}\n{% include nope.html %}\n{% include broken.html %}", Input(dir));
            Assert.Equal("<aside class=\"tip\">A <b>post</b> on My Site</aside>\n{% include nope.html %}\n{% include broken.html %}", output);
            Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.MissingInclude && d.Line == 6 && d.Message.Contains("nope.html"));
            Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.IncludeError && d.Path.EndsWith("broken.html") && d.Line == 2);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void Embed_link_details_and_cite_tags()
    {
        var (output, diagnostics) = Render(
            "{% youtube dQw4w9WgXcQ %}\n{% twitter https://twitter.com/jack/status/20 %}\n[x]({% post_url 2020-01-01-hello %})\n" +
            "{% details Click *me* %}\nbody $x$\n{% enddetails %}\n{% cite ho2020 song2021 %}\n{% post_url nope %}");
        var lines = output.Split('\n');
        Assert.Equal(8, lines.Length);
        Assert.Contains("youtube-nocookie.com/embed/dQw4w9WgXcQ", lines[0]);
        Assert.Contains("blockquote class=\"tweet", lines[1]);
        Assert.Equal("[x](/blog/posts/hello/)", lines[2]);
        Assert.Equal("<details markdown=\"1\"><summary>Click *me*</summary>", lines[3]);
        Assert.Equal("</details>", lines[5]);
        Assert.Equal("<d-cite key=\"ho2020,song2021\"></d-cite>", lines[6]);
        var d = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.UnknownLinkTarget, 12), (d.Code, d.Line));
    }

    [Fact]
    public void Text_without_liquid_is_returned_untouched()
    {
        var body = "Plain $\\frac{a}{b}$ and { braces } %}";
        Assert.Same(body, LiquidBodyRenderer.Render(body, Input(), Liquid, new DiagnosticBag()));
    }

    [Fact]
    public void Undefined_variables_render_empty_with_one_warning_each_at_their_line()
    {
        var (output, diagnostics) = Render("a\n$\\frac{{x}}{2}$ and {{x}}\n{{ page.missing }}");
        Assert.Equal("a\n$\\frac{2}$ and \n", output);
        var d = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.UndefinedVariable, 6), (d.Code, d.Line));
        Assert.Contains("'x'", d.Message);
    }
}
