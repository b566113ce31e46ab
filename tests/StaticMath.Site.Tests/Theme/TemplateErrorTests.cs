using StaticMath.Site.Tests.Foundation;

namespace StaticMath.Site.Tests.Theme;

/// <summary>
/// A template problem is reported once, at the template's own file and line, with the number of pages it kept from
/// being written — never once per page, and never at a generated page's "(generated /)" pseudo-path.
/// </summary>
public class TemplateErrorTests
{
    private static TempSite Blog(int posts)
    {
        var site = new TempSite().With("staticmath.yml", "title: T\nbaseUrl: https://example.org/\npaginate: 5\n");
        for (var i = 0; i < posts; i++) site.With($"content/posts/2024-01-01-p{i:000}.md", $"---\ntitle: Post {i}\ntags: [t{i % 3}]\n---\nText {i}.\n");
        return site;
    }

    [Fact]
    public void A_syntax_error_in_a_partial_is_one_error_at_the_partial_with_the_count_of_pages()
    {
        using var site = Blog(40).With("layouts/partials/footer.liquid", "<footer>\n{% if site.title %}\nnever closed\n");

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("layouts/partials/footer.liquid", "SM3141"), (error.Path, error.Code));
        Assert.True(error.Line >= 2, error.ToString());
        // 40 posts, 8 home pages, 3 tag pages, the tag index and the 404 page all include the footer.
        Assert.Contains("; 53 pages not written: ", error.Message);
        Assert.EndsWith(" and 50 more", error.Message);
    }

    [Fact]
    public void A_missing_include_is_one_error_at_the_line_that_includes_it()
    {
        using var site = Blog(12).With("layouts/partials/footer.liquid", "<footer>\n  {% include 'partials/gone.liquid' %}\n</footer>\n");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("layouts/partials/footer.liquid(2,15): error SM3142: include of 'partials/gone.liquid' failed: there is no layouts/partials/gone.liquid in the site or theme; 20 pages not written: (generated /), (generated /404.html), (generated /page/2/) and 17 more",
            error.ToString());
    }

    [Fact]
    public void An_unknown_filter_warns_once_at_its_first_use_with_the_nearest_known_filter()
    {
        using var site = Blog(12).With("layouts/partials/footer.liquid", "<footer>\n{{ page.date | date_to_xmlshema }}\n{{ page.url | date_to_xmlshema }}</footer>\n");

        var result = site.Build();

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("layouts/partials/footer.liquid(2,14): warning SM1502: unknown Liquid filter 'date_to_xmlshema': its input is output unchanged (did you mean 'date_to_xmlschema'?)",
            warning.ToString());
        Assert.False(site.Build(strict: true).Succeeded);
    }

    [Fact]
    public void The_default_theme_uses_only_known_filters()
    {
        using var site = Blog(3);
        var result = site.Build();
        Assert.True(result.Succeeded);
        Assert.Empty(result.Diagnostics);
    }
}
