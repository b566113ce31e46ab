using StaticMath.Site.Content;

namespace StaticMath.Site.Tests.Foundation;

/// <summary>al-folio posts repeat <c>authors:</c>; Jekyll keeps the last value. So do we, with a warning at the dropped key.</summary>
public class DuplicateFrontMatterKeyTests
{
    private const string AlFolioStyle = """
        ---
        layout: distill
        title: A post
        authors:
          - name: First Draft
        description: text
        authors:
          - name: Albert Einstein
            url: "https://example.com/"
            affiliations:
              name: IAS, Princeton
          - name: Boris Podolsky
        tags: [a]
        ---
        Body
        """;

    [Fact]
    public void Repeated_top_level_key_keeps_the_last_value_and_warns_at_the_dropped_line()
    {
        var fm = FrontMatterParser.Parse(AlFolioStyle);
        Assert.Null(fm.Error);
        var authors = Assert.IsAssignableFrom<System.Collections.IList>(fm.Values["authors"]);
        Assert.Equal(2, authors.Count);
        Assert.Contains("Albert Einstein", ((IReadOnlyDictionary<string, object?>)authors[0]!)["name"]!.ToString());
        Assert.Equal("A post", fm.Values["title"]);
        Assert.Equal("text", fm.Values["description"]);
        var warning = Assert.Single(fm.Warnings);
        Assert.Equal(4, warning.Line); // the first 'authors:' is file line 4
        Assert.Contains("authors", warning.Message);
        Assert.Equal(7, fm.LineOf("authors"));
        Assert.Equal(15, fm.BodyLineOffset);
    }

    [Fact]
    public void Repeated_scalar_key_keeps_the_last_value()
    {
        var fm = FrontMatterParser.Parse("---\ntitle: one\ntitle: two\n---\n");
        Assert.Null(fm.Error);
        Assert.Equal("two", fm.Values["title"]);
        Assert.Equal(2, Assert.Single(fm.Warnings).Line);
    }

    [Fact]
    public void Repeated_nested_keys_are_not_touched_and_valid_front_matter_has_no_warnings()
    {
        var fm = FrontMatterParser.Parse("---\na:\n  b: 1\nc:\n  b: 2\n---\n");
        Assert.Null(fm.Error);
        Assert.Empty(fm.Warnings);
    }

    [Fact]
    public void A_site_with_a_repeated_key_builds_with_a_warning_at_file_and_line()
    {
        using var site = new TempSite();
        site.With("content/posts/2024-01-01-dup.md", AlFolioStyle);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "SM1102");
        Assert.Equal("content/posts/2024-01-01-dup.md(4,1): warning SM1102: front matter key 'authors' appears again later; the later value is used, as Jekyll does", warning.ToString());
    }
}
