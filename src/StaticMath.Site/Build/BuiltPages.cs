using System.Collections.Concurrent;
using StaticMath.Site.Content;
using StaticMath.Site.Output;

namespace StaticMath.Site.Build;

/// <summary>
/// The pages one build wrote in its page phase, as the later phases (lists, feeds, social cards, search) read them.
/// A one-shot build (<paramref name="keepFragments"/> false) keeps a page's HTML fragment only when a later phase
/// reads it: its word count and excerpt are taken once, the feed entry of a post that can be in a feed is made at
/// once, on the worker that rendered it, and the fragment — most of a math page's bytes — is let go. Holding every
/// fragment until the end was most of a large build's memory.
/// </summary>
/// <param name="keepFragments">True when the session keeps bodies between builds (serve): nothing is let go.</param>
/// <param name="feedCandidates">Posts among the newest <c>feedLimit</c> of the site's feed or of a tag's feed.</param>
/// <param name="fragmentReaders">Pages whose fragment a later phase reads (the search index).</param>
/// <param name="makeFeedEntry">A post's feed entry HTML from its rendered body (null: the entry is a link only).</param>
/// <param name="outlineReaders">Pages whose outline a later phase reads (social cards: the first equation), read at once.</param>
internal sealed class BuiltPages(bool keepFragments, IReadOnlySet<Page> feedCandidates, IReadOnlySet<Page> fragmentReaders,
    Func<Page, RenderedBody, string?> makeFeedEntry, IReadOnlySet<Page>? outlineReaders = null)
{
    private readonly ConcurrentDictionary<Page, RenderedBody> _bodies = new();
    private readonly ConcurrentDictionary<Page, Lazy<string?>> _feedEntries = new();

    /// <summary>Records a page as written, with the body it was laid out from.</summary>
    /// <param name="keptFeedEntry">For a page whose file was kept from the last build: the feed entry that build made.</param>
    public void Add(Page page, RenderedBody body, string? keptFeedEntry = null)
    {
        if (keptFeedEntry is not null) _feedEntries[page] = new Lazy<string?>(keptFeedEntry);
        if (!keepFragments)
        {
            if (feedCandidates.Contains(page)) _ = FeedEntryLazy(page, body).Value;
            if (outlineReaders?.Contains(page) == true) _ = body.Outline;
            if (!fragmentReaders.Contains(page)) body = body.WithoutFragment();
        }
        _bodies[page] = body;
    }

    /// <summary>True when a later phase reads the page's whole fragment or its outline (search, social card).</summary>
    public bool ReadsFragmentOf(Page page) => fragmentReaders.Contains(page) || outlineReaders?.Contains(page) == true;

    /// <summary>True for a post among the newest <c>feedLimit</c> of a feed: its feed entry is made with its body.</summary>
    public bool IsFeedCandidate(Page page) => feedCandidates.Contains(page);

    /// <summary>True when the page was written by this build.</summary>
    public bool Contains(Page page) => _bodies.ContainsKey(page);

    public RenderedBody? BodyOf(Page page) => _bodies.GetValueOrDefault(page);

    /// <summary>The fragment of a written page whose fragment is kept (see <c>fragmentReaders</c>).</summary>
    public string FragmentOf(Page page) => _bodies[page].Fragment;

    /// <summary>
    /// The post's feed entry, made once per build whatever the number of feeds listing it. A post that was not a
    /// candidate only reaches a feed when a newer post failed to build; such a build has an error and publishes
    /// nothing, and its entry is a link without content.
    /// </summary>
    public FeedWriter.Entry FeedEntry(Page post) =>
        new(post, _bodies.TryGetValue(post, out var body) ? FeedEntryLazy(post, body).Value : null);

    private Lazy<string?> FeedEntryLazy(Page post, RenderedBody body) =>
        _feedEntries.GetOrAdd(post, _ => new Lazy<string?>(() => body.HasFragment ? makeFeedEntry(post, body) : null));
}
