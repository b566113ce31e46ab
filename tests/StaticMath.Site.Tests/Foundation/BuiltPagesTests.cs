using StaticMath.Site.Engine;
using StaticMath.Site.Build;
using StaticMath.Site.Content;

namespace StaticMath.Site.Tests.Foundation;

/// <summary>
/// A one-shot build lets a page's fragment go once the page is written, keeping what later phases read from it;
/// memory then stays bounded by the pages in flight, not by the site.
/// </summary>
public sealed class BuiltPagesTests
{
    private const string Fragment = "<p>One two three <strong>four</strong>.</p>";

    [Fact]
    public void OneShotBuildKeepsTextButNotTheFragmentOfAPageNoLaterPhaseReads()
    {
        var page = Post("a");
        var built = new BuiltPages(keepFragments: false, new HashSet<Page>(), new HashSet<Page>(), (_, _) => "entry");

        built.Add(page, Body(page));

        var kept = built.BodyOf(page)!;
        Assert.False(kept.HasFragment);
        Assert.Equal("", kept.Fragment);
        Assert.Equal(RenderedText.Of(page, PageFragment.Of(Fragment)), kept.Text);
        Assert.True(built.Contains(page));
    }

    [Fact]
    public void OneShotBuildLetsTheLayoutOnlyHtmlOfAWrittenPageGo()
    {
        var page = Post("a");
        var built = new BuiltPages(keepFragments: false, new HashSet<Page>(), new HashSet<Page>(), (_, _) => "entry");
        var values = new Dictionary<string, object?> { ["toc"] = "<ul><li>x</li></ul>" };

        built.Add(page, new RenderedBody(1, page, PageFragment.Of(Fragment), "<style>a{}</style>", "<svg><defs><path id=\"g1\"/></defs></svg>", values, [], [], null));

        var kept = built.BodyOf(page)!;
        Assert.Equal("", kept.HeadHtml);
        Assert.Equal("", kept.BodyEndHtml);
        Assert.Empty(kept.PageValues);
    }

    [Fact]
    public void FeedEntryIsMadeFromTheEndOfBodyHtmlBeforeItIsLetGo()
    {
        var post = Post("p");
        var built = new BuiltPages(keepFragments: false, new HashSet<Page> { post }, new HashSet<Page>(), (_, body) => body.Fragment + body.BodyEndHtml);

        built.Add(post, new RenderedBody(1, post, PageFragment.Of(Fragment), "", "<svg><defs/></svg>", new Dictionary<string, object?>(), [], [], null));

        Assert.Equal(Fragment + "<svg><defs/></svg>", built.FeedEntry(post).Html);
        Assert.Equal("", built.BodyOf(post)!.BodyEndHtml);
    }

    [Fact]
    public void FragmentsAreKeptForReadersAndByASessionThatKeepsBodies()
    {
        var card = Post("card");
        var other = Post("other");
        var oneShot = new BuiltPages(keepFragments: false, new HashSet<Page>(), new HashSet<Page> { card }, (_, _) => null);
        var session = new BuiltPages(keepFragments: true, new HashSet<Page>(), new HashSet<Page>(), (_, _) => null);

        oneShot.Add(card, Body(card));
        session.Add(other, Body(other));

        Assert.Equal(Fragment, oneShot.FragmentOf(card));
        Assert.Equal(Fragment, session.FragmentOf(other));
    }

    [Fact]
    public void ASocialCardPostKeepsItsOutlineButNotItsFragment()
    {
        var card = Post("card");
        var built = new BuiltPages(keepFragments: false, new HashSet<Page>(), new HashSet<Page>(), (_, _) => null,
            outlineReaders: new HashSet<Page> { card });

        built.Add(card, new RenderedBody(1, card, PageFragment.Of("<div class=\"math-display\"><svg aria-label=\"x^2\"></svg></div>"), "", "", new Dictionary<string, object?>(), [], [], null));

        var kept = built.BodyOf(card)!;
        Assert.False(kept.HasFragment);
        Assert.Equal("x^2", kept.Outline.FirstDisplayTex);
    }

    [Fact]
    public void FeedEntryIsMadeOnceWhenThePageIsWrittenWhateverTheNumberOfFeedsListingIt()
    {
        var post = Post("p");
        var made = 0;
        var built = new BuiltPages(keepFragments: false, new HashSet<Page> { post }, new HashSet<Page>(), (p, body) =>
        {
            made++;
            return "entry of " + p.Slug + ": " + body.Fragment;
        });

        built.Add(post, Body(post));
        Assert.Equal(1, made);

        var site = built.FeedEntry(post);
        var tag = built.FeedEntry(post);
        Assert.Equal(1, made);
        Assert.Equal("entry of p: " + Fragment, site.Html);
        Assert.Equal(site, tag);
    }

    [Fact]
    public void PostWhoseFragmentWasLetGoGetsALinkOnlyEntry()
    {
        var post = Post("late");
        var built = new BuiltPages(keepFragments: false, new HashSet<Page>(), new HashSet<Page>(), (_, _) => "entry");

        built.Add(post, Body(post));

        Assert.Null(built.FeedEntry(post).Html);
        Assert.Null(built.FeedEntry(Post("unbuilt")).Html);
    }

    private static Page Post(string slug) => new()
    {
        SourcePath = $"content/posts/{slug}.md", ContentPath = $"posts/{slug}.md", Kind = PageKind.Post, Title = slug,
        Slug = slug, Url = $"/posts/{slug}/", OutputPath = $"posts/{slug}/index.html", Body = "",
    };

    private static RenderedBody Body(Page page) =>
        new(1, page, PageFragment.Of(Fragment), "", "", new Dictionary<string, object?>(), [], [], null);
}
