using Xunit.Abstractions;

namespace StaticMath.Site.Tests.CommonMark;

/// <summary>
/// The CommonMark spec run: every example of spec.txt (0.31.2) built as a post through the real page pipeline and
/// compared after the spec's normalize.py rules.
/// </summary>
public sealed class CommonMarkSpecTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_spec_example_builds_as_commonmark_prescribes_apart_from_the_accepted_differences()
    {
        var results = SpecRun.Run();
        var failed = results.Where(r => !r.Passed).ToList();
        output.WriteLine($"{results.Count - failed.Count} of {results.Count} CommonMark examples pass");
        foreach (var result in failed)
            output.WriteLine($"example {result.Example.Number} ({result.Example.Section})\n  expected {result.Expected}\n  actual   {result.Actual}");

        var expectedFailures = SpecAcceptedDifferences.Examples.Keys.Concat(SpecAcceptedDifferences.KnownDefects.Keys).Order();
        Assert.Equal(expectedFailures, failed.Select(r => r.Example.Number).Order());
    }

    [Fact]
    public void The_spec_file_has_every_example()
    {
        Assert.Equal(652, SpecRun.Examples.Count);
        Assert.Equal("Tabs", SpecRun.Examples[0].Section);
        Assert.Equal("\tfoo\tbaz\t\tbim\n", SpecRun.Examples[0].Markdown);
    }

    [Theory]
    [InlineData("<p>a  <em>b</em>\n</p>", "<p>a <em>b</em></p>")]
    [InlineData("<img src=\"x\" alt=\"y\" />", "<img alt=\"y\" src=\"x\">")]
    [InlineData("<p>&ouml; &amp; &#x27;</p>", "<p>ö &amp; '</p>")]
    [InlineData("<pre><code>a  \n b\n</code></pre>\n", "<pre><code>a  \n b\n</code></pre>")]
    [InlineData("<p>foo <?php echo $a; ?> <![CDATA[>&<]]></p>", "<p>foo <?php echo $a; ?> <![CDATA[>&<]]></p>")]
    public void The_normaliser_follows_normalize_py(string html, string normalized) =>
        Assert.Equal(normalized, SpecHtmlNormalizer.Normalize(html));

    [Fact]
    public void Processing_instructions_turned_into_comments_do_not_compare_equal() =>
        Assert.NotEqual(SpecHtmlNormalizer.Normalize("<?php x ?>"), SpecHtmlNormalizer.Normalize("<!--?php x ?-->"));
}
