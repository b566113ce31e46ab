using StaticMath.Site.Tests.CommonMark;
using StaticMath.Site.Tests.Foundation;
using StaticMath.Site.Tests.Golden;

namespace StaticMath.Site.Tests.Blocks;

/// <summary>Quarto's panel tabsets: the examples of <c>PanelTabsets.spec.md</c>, and the feature's own CSS on the pages with tabs only.</summary>
public sealed class PanelTabsetTests : IDisposable
{
    private static readonly IReadOnlyList<SpecExample> Examples =
        SpecExample.Load(Path.Combine(GoldenSnapshot.RepositoryRoot, "tests", "StaticMath.Site.Tests", "Blocks", "PanelTabsets.spec.md"));

    private readonly BlockTestSite _site = new();

    public void Dispose() => _site.Dispose();

    public static TheoryData<int> ExampleNumbers() => [.. Examples.Select(e => e.Number)];

    [Theory]
    [MemberData(nameof(ExampleNumbers))]
    public void Spec_example(int number)
    {
        var example = Examples[number - 1];

        _site.Render(example.Markdown);

        Assert.Equal(example.Html, _site.LastHtml.TrimEnd('\n') + "\n");
        Assert.Empty(_site.Diagnostics.Sorted());
    }

    [Fact]
    public void The_spec_has_its_examples()
    {
        Assert.Equal(5, Examples.Count);
    }

    [Fact]
    public void The_tabs_css_is_in_the_head_of_the_pages_with_tabs_only()
    {
        using var site = new TempSite()
            .With("staticmath.yml", "title: T\nbaseUrl: https://example.org/\n")
            .With("content/tabs.md", "---\ntitle: Tabs\n---\n::: {.panel-tabset}\n## A\none\n## B\ntwo\n:::\n\n::: {.panel-tabset}\n## C\nthree\n:::\n")
            .With("content/plain.md", "---\ntitle: Plain\n---\nNo tabs.\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var tabs = site.Read("tabs/index.html");
        var head = tabs[..tabs.IndexOf("</head>", StringComparison.Ordinal)];
        Assert.Equal(1, head.Split("<style data-feature=\"PanelTabsetsFeature\">").Length - 1);
        Assert.Contains(".panel-tabset__radio:checked + .panel-tabset__tab + .panel-tabset__panel { display: block; }", head, StringComparison.Ordinal);
        Assert.DoesNotContain("panel-tabset", site.Read("plain/index.html"), StringComparison.Ordinal);
    }
}
