using StaticMath.Site.Configuration;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Engine;
using StaticMath.Site.Markdown.Extensions.Math;

namespace StaticMath.Site.Tests.Foundation;

public class SiteConfigLoaderTests
{
    [Fact]
    public void Known_keys_are_typed_and_unknown_keys_kept_in_extra()
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Parse("title: Notes\nbaseurl: https://me.github.io/notes/\npaginate: 5\ntwitter: me\nnav:\n  - title: About\n    url: /about/\n", "staticmath.yml", SiteFeatures.Sections, diagnostics);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal("Notes", config.Title);
        Assert.Equal(5, config.Paginate);
        Assert.Equal("https://me.github.io", config.Origin);
        Assert.Equal("/notes", config.BasePath);
        Assert.Equal("me", config.Extra["twitter"]);
        Assert.IsType<List<object?>>(config.Extra["nav"]);
        Assert.False(config.Extra.ContainsKey("title"));
    }

    [Fact]
    public void Scalar_permalinks_is_the_post_pattern()
    {
        var config = SiteConfigLoader.Parse("permalinks: /blog/{slug}/\n", "staticmath.yml", SiteFeatures.Sections, new DiagnosticBag());
        Assert.Equal("/blog/{slug}/", config.Permalinks.Posts);
        Assert.Equal("/{path}/", config.Permalinks.Pages);
    }

    [Fact]
    public void Jekyll_url_and_baseurl_are_joined()
    {
        var config = SiteConfigLoader.Parse("url: https://example.org\nbaseurl: /blog\n", "staticmath.yml", SiteFeatures.Sections, new DiagnosticBag());
        Assert.Equal("https://example.org", config.Origin);
        Assert.Equal("/blog", config.BasePath);
    }

    [Fact]
    public void Bad_yaml_is_an_error_with_its_line()
    {
        var diagnostics = new DiagnosticBag();
        SiteConfigLoader.Parse("title: ok\ndescription: [broken\n", "staticmath.yml", SiteFeatures.Sections, diagnostics);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal("SM1001", error.Code);
        Assert.True(error.Line >= 2);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_an_error_at_its_line()
    {
        var diagnostics = new DiagnosticBag();
        SiteConfigLoader.Parse("title: ok\npaginate: lots\n", "staticmath.yml", SiteFeatures.Sections, diagnostics);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal("SM1002", error.Code);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void A_wrong_type_names_the_key_and_the_expected_type_and_keeps_the_other_settings()
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Parse("title: Kept\npaginate: lots\ncode:\n  lineNumbers: maybe\nfeedLimit: 7\n", "staticmath.yml", SiteFeatures.Sections, diagnostics);
        var errors = diagnostics.Sorted();
        Assert.Equal(["staticmath.yml(2,11): error SM1002: invalid configuration value: 'paginate' expects a whole number, not 'lots'; the default is used",
            "staticmath.yml(4,16): error SM1002: invalid configuration value: 'code.lineNumbers' expects true or false, not 'maybe'; the default is used"],
            errors.Select(e => e.ToString()));
        Assert.Equal("Kept", config.Title);
        Assert.Equal(7, config.FeedLimit);
        Assert.Equal(10, config.Paginate);
    }

    [Fact]
    public void Unknown_keys_in_a_section_warn_at_their_line_with_the_nearest_known_key()
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Parse("title: T\nmath:\n  numbring: ams\n  glyphs: inline\n  colour: red\n", "staticmath.yml", SiteFeatures.Sections, diagnostics);
        var warnings = diagnostics.Sorted();
        Assert.Equal(2, warnings.Count);
        Assert.Equal("staticmath.yml(3,3): warning SM1501: unknown setting 'math.numbring' is ignored (did you mean 'math.numbering'?)", warnings[0].ToString());
        Assert.Equal((5, 3, "SM1501"), (warnings[1].Line, warnings[1].Column, warnings[1].Code));
        Assert.Matches(@"\(known keys: [a-zA-Z, ]*\bglyphs, [a-zA-Z, ]*\bnumbering\b", warnings[1].Message);
        Assert.Equal("inline", config.Section<MathConfig>().Glyphs);
    }

    [Fact]
    public void A_top_level_near_miss_of_a_setting_warns_but_the_sites_own_variables_do_not()
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Parse("paginte: 5\nfeed_limit: 3\nnav: []\ngithub_username: me\nurl: https://e.org\n", "staticmath.yml", SiteFeatures.Sections, diagnostics);
        Assert.Equal(["staticmath.yml(1,1): warning SM1501: unknown setting 'paginte' is ignored (did you mean 'paginate'?)",
            "staticmath.yml(2,1): warning SM1501: unknown setting 'feed_limit' is ignored (did you mean 'feedLimit'?)"],
            diagnostics.Sorted().Select(d => d.ToString()));
        Assert.Equal("me", config.Extra["github_username"]);
    }

    [Fact]
    public void Keys_added_to_a_settings_class_are_known_without_a_list()
    {
        // Every settable property of every section is accepted: the check reads the model, so a key another feature
        // adds (as a property) never warns.
        var yaml = string.Join("\n", typeof(SiteConfig).GetProperties()
            .Where(p => p.CanWrite && p.GetCustomAttributes(typeof(YamlDotNet.Serialization.YamlIgnoreAttribute), false).Length == 0)
            .Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..] + ":")) + "\n";
        var diagnostics = new DiagnosticBag();
        SiteConfigLoader.Parse(yaml, "staticmath.yml", SiteFeatures.Sections, diagnostics);
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void An_unknown_math_numbering_is_reported_at_its_line_and_strict_fails_on_a_mistyped_key()
    {
        using var site = new TempSite()
            .With("staticmath.yml", "title: T\nbaseUrl: https://example.org/\nmath:\n  numbering: bogus\n")
            .With("content/index.md", "Text $x$.\n");
        var result = site.Build();
        Assert.True(result.Succeeded);
        Assert.Contains("staticmath.yml(4,3): warning SM2005: math.numbering: unknown value 'bogus'", string.Join("\n", result.Diagnostics));

        site.With("staticmath.yml", "title: T\nbaseUrl: https://example.org/\npaginte: 5\n");
        Assert.True(site.Build().Succeeded);
        Assert.False(site.Build(strict: true).Succeeded);
    }

    [Fact]
    public void Locations_give_the_line_of_every_key()
    {
        var config = SiteConfigLoader.Parse("title: T\nmath:\n  numbering: bogus\n", "staticmath.yml", SiteFeatures.Sections, new DiagnosticBag());
        Assert.Equal((3, 3), config.Locations.Of("math.numbering"));
        Assert.Equal((0, 0), config.Locations.Of("math.glyphs"));
    }

    [Theory]
    [InlineData("https://me.github.io/notes/", "/posts/x/", "/notes/posts/x/", "https://me.github.io/notes/posts/x/")]
    [InlineData("https://example.org", "/posts/x/", "/posts/x/", "https://example.org/posts/x/")]
    [InlineData("", "/a/", "/a/", "/a/")]
    [InlineData("https://me.github.io/notes/", "/notes/x", "/notes/notes/x", "https://me.github.io/notes/notes/x")]
    [InlineData("https://me.github.io/notes/", "assets/a.png", "/notes/assets/a.png", "https://me.github.io/notes/assets/a.png")]
    [InlineData("https://me.github.io/notes/", "", "/notes/", "https://me.github.io/notes/")]
    [InlineData("https://me.github.io/notes/", "tel:+4930123", "tel:+4930123", "tel:+4930123")]
    [InlineData("https://me.github.io/notes/", "//cdn.example.org/x.js", "//cdn.example.org/x.js", "//cdn.example.org/x.js")]
    public void Relative_and_absolute_urls_honour_the_base_path(string baseUrl, string url, string relative, string absolute)
    {
        Assert.Equal(relative, SiteUrls.Relative(url, SiteUrls.BasePathOf(baseUrl)));
        Assert.Equal(absolute, SiteUrls.Absolute(url, SiteUrls.OriginOf(baseUrl), SiteUrls.BasePathOf(baseUrl)));
    }
}
