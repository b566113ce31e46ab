using StaticMath.Site.Configuration;
using StaticMath.Site.Content;
using StaticMath.Site.Core;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Tests.Foundation;

public class TomlFrontMatterTests
{
    private const string HugoPost = """
        +++
        title = "Brownian motion"
        date = 2024-03-05T10:30:00+01:00
        draft = false
        tags = ["probability", "sde"]
        categories = ["notes"]
        summary = "Why paths are nowhere differentiable."
        math = true
        weight = 3
        +++
        Body $x$.
        """;

    [Fact]
    public void Toml_between_plus_fences_gives_typed_values_and_file_lines()
    {
        var fm = FrontMatterParser.Parse(HugoPost);
        Assert.Null(fm.Error);
        Assert.True(fm.Present);
        Assert.Equal("Brownian motion", fm.Values["title"]);
        Assert.Equal(false, fm.Values["draft"]);
        Assert.Equal(true, fm.Values["math"]);
        Assert.Equal(3L, fm.Values["weight"]);
        Assert.Equal(new List<object?> { "probability", "sde" }, fm.Values["tags"]);
        Assert.Equal(2, fm.KeyLines["title"]);
        Assert.Equal(5, fm.KeyLines["tags"]);
        Assert.Equal("Body $x$.", fm.Body);
        Assert.Equal(11, fm.BodyLineOffset);
    }

    [Fact]
    public void Hugo_keys_map_to_title_date_tags_categories_and_description()
    {
        using var site = new TempSite().With("content/posts/brownian.md", HugoPost);
        var (pages, diagnostics) = Load(site);
        Assert.Empty(diagnostics.ToList());
        var page = Assert.Single(pages);
        Assert.Equal("Brownian motion", page.Title);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 10, 30, 0, TimeSpan.FromHours(1)), page.Date!.Value.Value);
        Assert.True(page.Date.Value.HasTime);
        Assert.Equal(["probability", "sde"], page.Tags);
        Assert.Equal(["notes"], page.Categories);
        Assert.Equal("Why paths are nowhere differentiable.", page.Description);
        Assert.False(page.Draft);
    }

    [Fact]
    public void Toml_local_date_and_draft_true_are_understood()
    {
        using var site = new TempSite().With("content/posts/a.md", "+++\ntitle = 'A'\ndate = 2023-01-31\ndraft = true\n+++\n");
        var loaded = Load(site, drafts: true);
        var page = Assert.Single(loaded.Pages);
        Assert.Equal(new DateTimeOffset(2023, 1, 31, 0, 0, 0, TimeSpan.Zero), page.Date!.Value.Value);
        Assert.False(page.Date.Value.HasTime);
        Assert.True(page.Draft);
    }

    [Fact]
    public void Zola_taxonomies_table_gives_tags()
    {
        using var site = new TempSite().With("content/posts/z.md", "+++\ntitle = \"Z\"\n\n[taxonomies]\ntags = [\"rust\", \"math\"]\n+++\nText\n");
        var page = Assert.Single(Load(site).Pages);
        Assert.Equal(["rust", "math"], page.Tags);
    }

    [Fact]
    public void Invalid_toml_is_an_error_at_the_file_line_and_other_pages_still_load()
    {
        using var site = new TempSite()
            .With("content/posts/bad.md", "+++\ntitle = \"ok\"\ntags = [\"a\", \n+++\nBody\n")
            .With("content/posts/good.md", "+++\ntitle = \"Good\"\n+++\n");
        var (pages, diagnostics) = Load(site);
        Assert.Equal("Good", Assert.Single(pages).Title);
        var error = Assert.Single(diagnostics.ToList());
        Assert.Equal("SM1101", error.Code);
        Assert.Equal("content/posts/bad.md", error.Path);
        Assert.InRange(error.Line, 3, 4);
        Assert.Contains("TOML", error.Message);
    }

    [Fact]
    public void Unclosed_plus_fence_is_an_error_on_line_one()
    {
        var fm = FrontMatterParser.Parse("+++\ntitle = \"x\"\nBody\n");
        Assert.NotNull(fm.Error);
        Assert.Equal(1, fm.Error!.Line);
        Assert.Contains("+++", fm.Error.Message);
    }

    [Fact]
    public void A_key_defined_twice_is_an_error_naming_the_line()
    {
        var fm = FrontMatterParser.Parse("+++\ntitle = \"a\"\ntitle = \"b\"\n+++\n");
        Assert.NotNull(fm.Error);
        Assert.Equal(3, fm.Error!.Line);
    }

    private static (IReadOnlyList<Page> Pages, DiagnosticBag Diagnostics) Load(TempSite site, bool drafts = false)
    {
        var diagnostics = new DiagnosticBag();
        var options = new BuildOptions { SourceDirectory = site.Root, IncludeDrafts = drafts, Now = TempSite.Now };
        return (new ContentLoader(new SiteConfig(), options, diagnostics).Load().Pages, diagnostics);
    }
}
