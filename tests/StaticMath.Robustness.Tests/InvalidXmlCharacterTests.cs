using System.Xml.Linq;

namespace StaticMath.Robustness.Tests;

/// <summary>
/// Issue 21: one form feed or ESC in a post (pasted from a PDF) aborted the whole build in the feed writer. Characters
/// XML 1.0 cannot carry are dropped from the feed and sitemap, which stay well-formed; the page keeps its text.
/// </summary>
public class InvalidXmlCharacterTests
{
    [Fact]
    public void Control_characters_in_a_post_leave_a_well_formed_feed_and_sitemap()
    {
        using var site = new TempSite();
        site.Write("content/posts/2024-01-01-pasted.md",
            "---\ntitle: \"Form\\ffeed \\e[0m\"\ndescription: \"tab\\vvertical\"\ntags: [\"a\\fb\"]\n---\n\nPasted \f from a PDF \u001b[0m here, \u0001 \uFFFE and 😀.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var feed = XDocument.Load(Path.Combine(site.Output, "feed.xml"));
        XDocument.Load(Path.Combine(site.Output, "sitemap.xml"));
        var ns = XNamespace.Get("http://www.w3.org/2005/Atom");
        var entry = feed.Root!.Element(ns + "entry")!;
        Assert.Equal("Formfeed [0m", entry.Element(ns + "title")!.Value);
        Assert.Contains("Pasted  from a PDF [0m here,   and 😀.", entry.Element(ns + "content")!.Value);
        Assert.Contains("Pasted \f from a PDF", File.ReadAllText(Path.Combine(site.Output, "posts", "pasted", "index.html")));
    }
}
