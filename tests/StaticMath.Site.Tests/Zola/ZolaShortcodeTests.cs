using StaticMath.Site.Tests.Blocks;

namespace StaticMath.Site.Tests.Zola;

/// <summary>Issue 22: Zola posts' shortcodes build unchanged (math, toc, img, cap; unknown ones kept with a warning).</summary>
public sealed class ZolaShortcodeTests : IDisposable
{
    private readonly BlockTestSite _site = new();

    public void Dispose() => _site.Dispose();

    // In the style of a Zola blog post (content/blog/langevin.md) with the theme's math and image shortcodes.
    private const string ZolaPost = """
        {{ toc() }}

        ## The update

        Each step moves by {{ m(body="\eta \nabla \log p(x)") }} plus noise {{ m(body="\sqrt{2\eta}\,z") }}.

        {% math() %}
        x_{k+1} = x_k + \eta \nabla \log p(x_k) + \sqrt{2\eta}\, z_k
        {% end %}

        {{ img(path="samples.png", alt="Samples", caption="Samples after $1000$ steps") }}

        {% cap() %}
        Figure 1: *every* chain mixes.
        {% end %}

        ## Why it works

        Done.
        """;

    [Fact]
    public void Math_shortcodes_are_typeset_inline_and_as_displays()
    {
        var body = _site.Render(ZolaPost);

        Assert.Equal(2, body.QuerySelectorAll("p .math-inline svg").Length);
        Assert.Single(body.QuerySelectorAll(".math-display svg"));
        Assert.DoesNotContain("{%", body.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", body.TextContent, StringComparison.Ordinal);
        Assert.Empty(_site.Diagnostics.Sorted().Where(d => d.Code is "SM1603" || d.IsError).Select(d => d.ToString()));
    }

    [Fact]
    public void Toc_img_and_cap_become_contents_figure_and_caption_box()
    {
        var body = _site.Render(ZolaPost);

        Assert.Equal(["The update", "Why it works"], body.QuerySelectorAll("nav.toc a").Select(a => a.TextContent));
        var figure = Assert.Single(body.QuerySelectorAll("figure"));
        Assert.Equal("Samples", figure.QuerySelector("img")!.GetAttribute("alt"));
        Assert.NotNull(figure.QuerySelector("figcaption svg"));
        Assert.Equal("every", body.QuerySelector(".shortcode-cap em")!.TextContent);
    }

    [Fact]
    public void Unknown_shortcodes_warn_at_their_line_and_keep_their_text()
    {
        var body = _site.Render("See {{ youtube(id=\"dQw4w9WgXcQ\") }} here.\n\n{% spoiler(title=\"Answer\") %}\nIt is **42**.\n{% end %}\n");

        Assert.Contains("{{ youtube(id=\"dQw4w9WgXcQ\") }}", body.TextContent, StringComparison.Ordinal);
        Assert.Equal("42", body.QuerySelector(".shortcode-spoiler strong")!.TextContent);
        Assert.Equal([1, 3], _site.Warnings("SM1603").Select(w => w.Line));
        Assert.All(_site.Diagnostics.Sorted(), d => Assert.Equal("SM1603", d.Code));
    }
}
