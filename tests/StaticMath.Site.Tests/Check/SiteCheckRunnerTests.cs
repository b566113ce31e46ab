using StaticMath.Site.Check;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Tests.Check;

/// <summary>`staticmath check` end to end: a real site folder is built, then its output is checked.</summary>
public sealed class SiteCheckRunnerTests
{
    private static OutputFolder Site(string brokenPost) => new OutputFolder()
        .Write("staticmath.yml", "title: Check me\nbaseUrl: https://example.org/blog\n")
        .Write("content/posts/2026-01-01-good.md", "---\ntitle: Good\n---\n## Section\n\nText with $x^2$ and a [link](#section).\n")
        .Write("content/posts/2026-01-02-broken.md", brokenPost);

    [Fact]
    public void A_clean_site_builds_and_checks_without_problems()
    {
        using var site = Site("---\ntitle: Fine\n---\nSee [the section](/blog/posts/good/#section).\n");

        var result = SiteCheckRunner.Run(new SiteCheckRunOptions { SourceDirectory = site.Root });

        Assert.NotNull(result.Build);
        Assert.True(result.Build!.OutputWritten);
        Assert.False(result.HasProblems, string.Join("\n", result.Report.Problems));
        Assert.True(result.Report.Pages >= 4);
        Assert.True(result.Report.Anchors >= 2);
    }

    [Fact]
    public void A_broken_anchor_a_missing_image_and_a_duplicate_id_are_each_reported()
    {
        using var site = Site(
            "---\ntitle: Broken\n---\n" +
            "See [the section](/blog/posts/good/#no-such-section).\n\n" +
            "![Plot](/blog/images/missing.png)\n\n" +
            "<div id=\"twice\">a</div>\n\n<div id=\"twice\">b</div>\n");

        var result = SiteCheckRunner.Run(new SiteCheckRunOptions { SourceDirectory = site.Root });

        Assert.True(result.HasProblems);
        var problems = result.Report.Problems.Where(p => p.Path == "posts/broken/index.html").ToList();
        Assert.Contains(problems, p => p.Code == DiagnosticCodes.BrokenAnchor && p.Message.Contains("no-such-section"));
        Assert.Contains(problems, p => p.Code == DiagnosticCodes.MissingAsset && p.Message.Contains("missing.png"));
        Assert.Contains(problems, p => p.Code == DiagnosticCodes.DuplicateId && p.Message.Contains("\"twice\""));
        Assert.All(result.Report.Problems, p => Assert.True(p.Line > 0, $"no line for {p}"));
    }

    [Fact]
    public void An_existing_output_folder_is_checked_without_building()
    {
        using var site = new OutputFolder()
            .Write("staticmath.yml", "title: t\nbaseUrl: /docs/\n")
            .Page("out/index.html", "<a href=\"/docs/missing/\">x</a>");

        var result = SiteCheckRunner.Run(new SiteCheckRunOptions
        {
            SourceDirectory = site.Root,
            ExistingOutputDirectory = Path.Combine(site.Root, "out"),
        });

        Assert.Null(result.Build);
        Assert.Equal(DiagnosticCodes.BrokenLink, Assert.Single(result.Report.Problems).Code);
    }
}
