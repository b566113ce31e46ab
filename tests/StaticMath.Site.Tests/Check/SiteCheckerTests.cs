using StaticMath.Site.Check;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Tests.Check;

public sealed class SiteCheckerTests
{
    private static CheckReport CheckFolder(OutputFolder folder, string basePath = "/", string? siteUrl = null) =>
        SiteChecker.Check(new SiteCheckOptions { OutputDirectory = folder.Root, BasePath = basePath, SiteUrl = siteUrl, MaxParallelism = 1 });

    [Fact]
    public void A_consistent_site_has_no_problems()
    {
        using var site = new OutputFolder()
            .Page("index.html", "<a href=\"posts/a/\">a</a> <a href=\"/posts/a/#sec\">sec</a> <a href=\"#top\">top</a>" +
                                "<img src=\"img/x.png\" alt=\"\"> <a href=\"https://example.org/missing\">ext</a>",
                  "<link rel=\"stylesheet\" href=\"/assets/css/base.css\">\n")
            .Page("posts/a/index.html", "<h2 id=\"sec\">S</h2><a href=\"../../\">home</a><a href=\"#sec\">again</a>" +
                                        "<svg><defs><path id=\"g-1\" d=\"M0 0\"/></defs><use href=\"#g-1\"/></svg>" +
                                        "<a href=\"mailto:x@example.org\">mail</a>")
            .Write("img/x.png", "png")
            .Write("assets/css/base.css", "body{}");

        var report = CheckFolder(site);

        Assert.Empty(report.Problems);
        Assert.Equal(2, report.Pages);
        Assert.Equal(3, report.Anchors);
        Assert.Equal(2, report.Assets);
        Assert.Equal(2, report.ExternalLinksSkipped);
        Assert.Contains("no problems", report.Summary);
    }

    [Fact]
    public void A_link_to_a_missing_page_is_reported_with_its_position()
    {
        using var site = new OutputFolder().Page("index.html", "<p><a href=\"/nowhere/\">x</a></p>");

        var problem = Assert.Single(CheckFolder(site).Problems);

        Assert.Equal(DiagnosticCodes.BrokenLink, problem.Code);
        Assert.Equal("index.html", problem.Path);
        Assert.Equal(10, problem.Line);
        Assert.Contains("/nowhere/", problem.Message);
    }

    [Fact]
    public void An_anchor_missing_in_another_page_is_reported()
    {
        using var site = new OutputFolder()
            .Page("index.html", "<a href=\"/about/#team\">team</a>")
            .Page("about/index.html", "<h2 id=\"people\">People</h2>");

        var problem = Assert.Single(CheckFolder(site).Problems);

        Assert.Equal(DiagnosticCodes.BrokenAnchor, problem.Code);
        Assert.Contains("no id \"team\" in about/index.html", problem.Message);
    }

    [Fact]
    public void An_in_page_anchor_and_an_svg_use_without_target_are_reported()
    {
        using var site = new OutputFolder()
            .Page("index.html", "<a href=\"#eq-missing\">(1)</a><svg><use href=\"#g-LMM-7\"/></svg>");

        var problems = CheckFolder(site).Problems;

        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal(DiagnosticCodes.BrokenAnchor, p.Code));
        Assert.Contains(problems, p => p.Message.Contains("svg <use> target") && p.Message.Contains("g-LMM-7"));
    }

    [Fact]
    public void Missing_images_stylesheets_and_srcset_candidates_are_reported()
    {
        using var site = new OutputFolder()
            .Page("posts/p/index.html", "<img src=\"fig.png\" alt=\"\"><img srcset=\"small.png 1x, big.png 2x\" alt=\"\">",
                  "<link rel=\"stylesheet\" href=\"/assets/site.css\">\n")
            .Write("posts/p/fig.png", "png")
            .Write("posts/p/small.png", "png");

        var problems = CheckFolder(site).Problems;

        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal(DiagnosticCodes.MissingAsset, p.Code));
        Assert.Contains(problems, p => p.Message.Contains("missing image \"big.png\""));
        Assert.Contains(problems, p => p.Message.Contains("/assets/site.css"));
    }

    [Fact]
    public void Duplicate_ids_are_reported_at_the_second_occurrence()
    {
        using var site = new OutputFolder().Page("index.html", "<h2 id=\"intro\">a</h2>\n<p>x</p>\n<h2 id=\"intro\">b</h2>");

        var problem = Assert.Single(CheckFolder(site).Problems);

        Assert.Equal(DiagnosticCodes.DuplicateId, problem.Code);
        Assert.Equal(12, problem.Line);
        Assert.Contains("first used on line 10", problem.Message);
    }

    [Fact]
    public void Html_parse_errors_are_reported()
    {
        using var site = new OutputFolder().Write("index.html", "<html><body><p>unterminated <b>bold</i></p></body></html>");

        var problems = CheckFolder(site).Problems;

        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.Equal(DiagnosticCodes.HtmlParseError, p.Code));
    }

    [Fact]
    public void Theme_scripts_are_reported_but_author_scripts_in_content_are_allowed()
    {
        using var site = new OutputFolder()
            .Page("index.html", "<script>console.log('author')</script>", "<script src=\"https://cdn.example/mathjax.js\"></script>\n");

        var problem = Assert.Single(CheckFolder(site).Problems);

        Assert.Equal(DiagnosticCodes.UnexpectedScript, problem.Code);
        Assert.Equal(7, problem.Line);
    }

    [Fact]
    public void Pages_not_written_by_the_theme_may_carry_scripts()
    {
        using var site = new OutputFolder()
            .Write("demo.html", "<!DOCTYPE html><html><head><title>demo</title><script>1</script></head><body></body></html>");

        Assert.Empty(CheckFolder(site).Problems);
    }

    [Fact]
    public void Base_path_and_absolute_site_url_are_resolved_inside_the_output()
    {
        using var site = new OutputFolder()
            .Page("index.html", "<a href=\"/blog/posts/a/\">a</a><a href=\"https://example.org/blog/posts/a/#s\">abs</a>" +
                                "<a href=\"/elsewhere/\">out</a>",
                  "<link rel=\"canonical\" href=\"https://example.org/blog/\">\n")
            .Page("posts/a/index.html", "<h2 id=\"s\">s</h2>");

        var report = CheckFolder(site, "/blog/", "https://example.org/blog");

        var problem = Assert.Single(report.Problems);
        Assert.Equal(DiagnosticCodes.LinkOutsideSite, problem.Code);
        Assert.Equal(0, report.ExternalLinksSkipped);
        Assert.Equal(3, report.InternalLinks);
    }

    [Fact]
    public void Extensionless_and_directory_links_resolve_like_static_hosts()
    {
        using var site = new OutputFolder()
            .Page("index.html", "<a href=\"about\">about</a><a href=\"posts/a\">a</a><a href=\"notes/\">notes</a>")
            .Page("about.html", "")
            .Page("posts/a/index.html", "");

        var problem = Assert.Single(CheckFolder(site).Problems);

        Assert.Contains("notes/", problem.Message);
    }

    [Fact]
    public void A_missing_output_folder_is_a_problem_not_a_crash()
    {
        var report = SiteChecker.Check(new SiteCheckOptions { OutputDirectory = Path.Combine(Path.GetTempPath(), "sm-none-" + Guid.NewGuid()) });

        Assert.Equal(DiagnosticCodes.OutputMissing, Assert.Single(report.Problems).Code);
    }
}
