using StaticMath.Site.Configuration;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Liquid;
using StaticMath.Site.Markdown.Extensions.Embeds;
using StaticMath.Site.Pipeline;
using StaticMath.Site.Tests.Foundation;

namespace StaticMath.Site.Tests.Blocks;

public sealed class EmbedTests : IDisposable
{
    private readonly BlockTestSite _site = new();

    public void Dispose() => _site.Dispose();

    private const string YouTubeIframe = """
        <iframe
          src="https://www.youtube.com/embed/aircAruvnKk?rel=0"
          title="Gradient descent explainer"
          style="width:min(100%, 720px); aspect-ratio:16/9; border:0;"
          allowfullscreen>
        </iframe>
        """;

    [Fact]
    public void YouTube_iframe_is_wrapped_made_lazy_and_moved_to_the_privacy_host()
    {
        var body = _site.Render("Before.\n\n" + YouTubeIframe + "\n\nAfter.\n");
        var box = body.QuerySelector("div.embed.embed--youtube")!;
        Assert.Contains("--embed-ratio: 16 / 9", box.GetAttribute("style"));
        var iframe = box.QuerySelector(":scope > iframe")!;
        Assert.Equal("https://www.youtube-nocookie.com/embed/aircAruvnKk?rel=0", iframe.GetAttribute("src"));
        Assert.Equal("lazy", iframe.GetAttribute("loading"));
        Assert.Equal("Gradient descent explainer", iframe.GetAttribute("title"));
        Assert.Null(iframe.GetAttribute("style"));
        Assert.Equal(3, body.Children.Length);
    }

    [Fact]
    public void Iframe_size_attributes_give_the_aspect_ratio()
    {
        var body = _site.Render("<iframe src=\"https://player.vimeo.com/video/1\" width=\"640\" height=\"480\"></iframe>\n");
        var box = body.QuerySelector("div.embed.embed--vimeo")!;
        Assert.Contains("--embed-ratio: 640 / 480", box.GetAttribute("style"));
        Assert.Contains("max-width: 640px", box.GetAttribute("style"));
        Assert.Equal("https://player.vimeo.com/video/1", box.QuerySelector("iframe")!.GetAttribute("src"));
    }

    [Fact]
    public void Tweet_blockquote_becomes_a_static_card_and_widget_script_is_removed()
    {
        var body = _site.Render("""
            <blockquote class="twitter-tweet"><p lang="en" dir="ltr">Code Interpreter is out.<br><br>Try it.</p>&mdash; OpenAI (@OpenAI) <a href="https://twitter.com/OpenAI/status/1677015057316872192?ref_src=twsrc%5Etfw">July 6, 2023</a></blockquote> <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>
            """);
        Assert.Empty(body.QuerySelectorAll("script"));
        Assert.Null(body.QuerySelector(".twitter-tweet"));
        var card = body.QuerySelector("blockquote.tweet")!;
        Assert.StartsWith("Code Interpreter is out.", card.QuerySelector("p")!.TextContent);
        Assert.Equal("OpenAI (@OpenAI)", card.QuerySelector(".tweet__author")!.TextContent);
        var link = card.QuerySelector("a.tweet__link")!;
        Assert.Equal("https://twitter.com/OpenAI/status/1677015057316872192", link.GetAttribute("href"));
        Assert.Equal("July 6, 2023", link.TextContent);
    }

    [Theory]
    [InlineData("https://www.youtube.com/watch?v=aircAruvnKk", "https://www.youtube-nocookie.com/embed/aircAruvnKk")]
    [InlineData("https://youtu.be/aircAruvnKk?t=90", "https://www.youtube-nocookie.com/embed/aircAruvnKk?start=90")]
    [InlineData("<https://www.youtube.com/shorts/aircAruvnKk>", "https://www.youtube-nocookie.com/embed/aircAruvnKk")]
    public void A_line_holding_only_a_YouTube_url_becomes_an_embed(string line, string src)
    {
        var body = _site.Render("Intro.\n\n" + line + "\n\nOutro.\n");
        Assert.Equal(src, body.QuerySelector("div.embed > iframe")!.GetAttribute("src"));
        Assert.Equal("lazy", body.QuerySelector("iframe")!.GetAttribute("loading"));
    }

    [Fact]
    public void A_line_holding_only_a_tweet_url_becomes_a_link_card()
    {
        var body = _site.Render("https://x.com/OpenAI/status/1677015057316872192\n");
        var card = body.QuerySelector("blockquote.tweet")!;
        Assert.Equal("@OpenAI", card.QuerySelector(".tweet__author")!.TextContent);
        Assert.Equal("https://x.com/OpenAI/status/1677015057316872192", card.QuerySelector("a.tweet__link")!.GetAttribute("href"));
    }

    [Fact]
    public void A_url_inside_running_text_stays_a_link()
    {
        var body = _site.Render("Watch https://youtu.be/aircAruvnKk later.\n");
        Assert.Null(body.QuerySelector("iframe"));
        Assert.NotNull(body.QuerySelector("p > a"));
    }

    [Fact]
    public void Click_to_load_mode_replaces_every_iframe_with_a_placeholder_link()
    {
        using var site = new BlockTestSite(new SiteConfig { Sections = { new EmbedsConfig { Mode = "click-to-load" } } });
        var body = site.Render(YouTubeIframe + "\n\nhttps://youtu.be/abcdefghijk\n\n<iframe src=\"https://example.org/widget\" title=\"Widget\"></iframe>\n");
        Assert.Empty(body.QuerySelectorAll("iframe"));
        var links = body.QuerySelectorAll("div.embed--placeholder a.embed__placeholder").ToList();
        Assert.Equal(3, links.Count);
        Assert.Equal("https://www.youtube.com/watch?v=aircAruvnKk", links[0].GetAttribute("href"));
        Assert.Contains("Gradient descent explainer", links[0].TextContent);
        Assert.Equal("https://www.youtube.com/watch?v=abcdefghijk", links[1].GetAttribute("href"));
        Assert.Equal("https://example.org/widget", links[2].GetAttribute("href"));
    }

    [Fact]
    public void Builder_for_liquid_tags_produces_the_embed_markup()
    {
        var html = EmbedHtml.YouTube("aircAruvnKk", 0, "Talk", new EmbedsConfig());
        Assert.Contains("class=\"embed embed--youtube\"", html);
        Assert.Contains("src=\"https://www.youtube-nocookie.com/embed/aircAruvnKk\"", html);
        Assert.Contains("<blockquote class=\"tweet", EmbedHtml.TweetLink("https://twitter.com/a/status/1"));
    }

    [Fact]
    public void The_youtube_and_twitter_liquid_tags_are_registered_by_the_embeds_feature()
    {
        static IReadOnlySet<string> Tags(ISiteFeature feature) =>
            new FeatureRegistry(new SiteConfig(), new DiagnosticBag()).Add(feature).Part<LiquidRegistry>().Build(themeFiles: null).CustomTags;

        Assert.Superset(new HashSet<string> { "youtube", "twitter" }, Tags(new EmbedsFeature()).ToHashSet());
        Assert.DoesNotContain("youtube", Tags(new LiquidFeature()));
    }

    [Fact]
    public void A_youtube_tag_in_a_layout_follows_the_click_to_load_setting()
    {
        using var site = new TempSite()
            .With("staticmath.yml", "title: T\nbaseUrl: https://example.org/\nembeds:\n  mode: click-to-load\n")
            .With("layouts/page.liquid", "<main>{{ content }}</main><aside>{% youtube dQw4w9WgXcQ %}</aside>")
            .With("content/page.md", "---\ntitle: P\n---\nText.\n");

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        var html = site.Read("page/index.html");
        Assert.DoesNotContain("<iframe", html, StringComparison.Ordinal);
        Assert.Contains("https://www.youtube.com/watch?v=dQw4w9WgXcQ", html, StringComparison.Ordinal);
    }
}
