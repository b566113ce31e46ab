using AngleSharp.Html.Parser;
using StaticMath.Site.Tests.Foundation;

namespace StaticMath.Site.Tests.Hugo;

/// <summary>Issue 22: Hugo's <c>{{&lt; ref &gt;}}</c>/<c>{{&lt; relref &gt;}}</c> link to the page they name.</summary>
public sealed class HugoRefTests
{
    [Fact]
    public void Ref_and_relref_become_links_to_the_page()
    {
        using var site = new TempSite()
            .With("staticmath.yml", "title: T\n")
            .With("content/posts/brownian/index.md", "---\ntitle: Brownian motion\ndate: 2024-03-01\n---\n## Definition\n\nText.\n")
            .With("content/posts/ito.md", "---\ntitle: Ito\ndate: 2024-03-05\n---\n" +
                "As [the last post]({{< ref \"posts/brownian/index.md\" >}}) showed, and [its definition]({{< relref \"brownian#definition\" >}}).\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var links = new HtmlParser().ParseDocument(site.Read("posts/ito/index.html")).QuerySelectorAll("main p a[href^='/posts/brownian']");
        Assert.Equal(["/posts/brownian/", "/posts/brownian/#definition"], links.Select(a => a.GetAttribute("href")));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("SM3", StringComparison.Ordinal) || d.Code == "SM1606");
    }

    [Fact]
    public void A_ref_to_no_page_is_a_located_warning_and_kept_as_written()
    {
        using var site = new TempSite()
            .With("staticmath.yml", "title: T\n")
            .With("content/posts/ito.md", "---\ntitle: Ito\n---\nIntro.\n\nSee {{< ref \"missing.md\" >}} here.\n");

        var result = site.Build();

        var warning = Assert.Single(result.Diagnostics, d => d.Code == "SM1606");
        Assert.Equal(6, warning.Line);
        Assert.Contains("{{< ref \"missing.md\" >}}", new HtmlParser().ParseDocument(site.Read("posts/ito/index.html")).Body!.TextContent, StringComparison.Ordinal);
    }
}
