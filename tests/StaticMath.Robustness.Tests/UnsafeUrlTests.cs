using AngleSharp.Html.Parser;
using StaticMath.Site.Check;
using StaticMath.Site.Configuration;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Robustness.Tests;

/// <summary>
/// URLs that run script — <c>javascript:</c> links, <c>data:</c> frames — from Markdown, raw HTML, embeds and
/// <c>video.liquid</c> are reported at their source line by the build and in the output by <c>check</c>, as
/// <c>security.unsafeUrls</c> says; and alt text shown as a caption is text, not HTML.
/// </summary>
public class UnsafeUrlTests
{
    private const string Post = "---\ntitle: P\n---\n\n" +
                                "[click](javascript:alert(1))\n\n" +                                        // line 5
                                "<iframe src=\"data:text/html,<script>alert(1)</script>\"></iframe>\n\n" +   // line 7
                                "{% include video.liquid path=\"data:text/html,x\" %}\n\n" +                 // line 9
                                "[fine](https://example.org/) ![pixel](data:image/png;base64,iVBORw0KGgo=)\n";

    private static TempSite SiteWith(string? policy)
    {
        var site = new TempSite("title: Robustness\nbaseUrl: https://example.org/\n" + (policy is null ? "" : $"security:\n  unsafeUrls: {policy}\n"));
        site.Write("content/posts/2024-01-01-p.md", Post);
        return site;
    }

    [Fact]
    public void By_default_each_unsafe_url_is_a_warning_at_its_source_line()
    {
        using var site = SiteWith(null);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var unsafeUrls = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.UnsafeUrl).ToList();
        Assert.All(unsafeUrls, d => Assert.False(d.IsError));
        Assert.Equal([5, 7, 9], unsafeUrls.Select(d => d.Line).Order());
        Assert.All(unsafeUrls, d => Assert.Equal("content/posts/2024-01-01-p.md", d.Path));
    }

    [Fact]
    public void Under_error_the_build_fails_and_under_allow_nothing_is_said()
    {
        using (var strict = SiteWith("error"))
        {
            var result = strict.Build();
            Assert.False(result.Succeeded);
            Assert.Equal(3, result.Diagnostics.Count(d => d.Code == DiagnosticCodes.UnsafeUrl && d.IsError));
        }
        using (var allowing = SiteWith("allow"))
        {
            var result = allowing.Build();
            Assert.True(result.Succeeded);
            Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.UnsafeUrl);
        }
    }

    [Fact]
    public void Check_flags_unsafe_urls_in_the_output_and_fails_under_error()
    {
        using var site = SiteWith("allow");
        Assert.True(site.Build().Succeeded);
        // The site was built while allowed; checking the same output as a site that says error must fail.
        site.Write("staticmath.yml", "title: Robustness\nbaseUrl: https://example.org/\nsecurity:\n  unsafeUrls: error\n");
        var strict = Bounded.Run(() => SiteCheckRunner.Run(new SiteCheckRunOptions { SourceDirectory = site.Directory, ExistingOutputDirectory = site.Output }), "check");
        Assert.True(strict.HasProblems);
        var flagged = strict.Report.Problems.Where(p => p.Code == DiagnosticCodes.UnsafeUrl).ToList();
        Assert.Equal(3, flagged.Count);
        Assert.All(flagged, p => Assert.Equal("posts/p/index.html", p.Path));

        site.Write("staticmath.yml", "title: Robustness\nbaseUrl: https://example.org/\n");
        var warned = Bounded.Run(() => SiteCheckRunner.Run(new SiteCheckRunOptions { SourceDirectory = site.Directory, ExistingOutputDirectory = site.Output }), "check");
        Assert.Equal(3, warned.Report.Problems.Count(p => p.Code == DiagnosticCodes.UnsafeUrl && !p.IsError));
        Assert.False(warned.HasProblems);
    }

    [Theory]
    [InlineData("a", "javascript:alert(1)", true)]
    [InlineData("a", " \u0001JaVaScRiPt:alert(1)", true)]
    [InlineData("a", "java\tscript:alert(1)", true)]
    [InlineData("a", "vbscript:msgbox", true)]
    [InlineData("iframe", "data:text/html,x", true)]
    [InlineData("a", "data:text/html,x", true)]
    [InlineData("img", "data:image/svg+xml,<svg/>", false)]
    [InlineData("img", "data:text/html,x", true)]
    [InlineData("video-poster", "data:image/png;base64,AA", false)]
    [InlineData("source", "data:video/mp4;base64,AA", false)]
    [InlineData("a", "https://example.org/javascript:x", false)]
    [InlineData("a", "/posts/javascript:alert/", false)]
    [InlineData("a", "mailto:a@example.org", false)]
    public void Schemes_are_read_as_browsers_read_them(string element, string url, bool expected) =>
        Assert.Equal(expected, UnsafeUrls.IsUnsafe(element, url));

    [Fact]
    public void Alt_text_in_a_caption_is_text_not_html()
    {
        using var site = new TempSite();
        site.WriteBytes("static/a.png", Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="));
        site.Write("content/posts/2024-01-01-a.md", "---\ntitle: A\n---\n\n![<img src=x onerror=alert(1)> & *emphasis*](/a.png)\n");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "posts", "a", "index.html")));
        var caption = Assert.Single(page.QuerySelectorAll("figure figcaption"));
        Assert.Empty(caption.QuerySelectorAll("img"));
        Assert.Equal("<img src=x onerror=alert(1)> & emphasis", caption.TextContent.Trim());
        Assert.NotNull(caption.QuerySelector("em"));
    }
}
