namespace StaticMath.Site.Content;

/// <summary>
/// What a build says about the posts it left out on purpose, with the flag that builds them: a blog whose posts are
/// mostly drafts (Quarto's <c>draft: true</c>) would otherwise seem to lose them without a word.
/// </summary>
public static class SkippedPostsNotice
{
    public static IEnumerable<string> Lines(int drafts, int future)
    {
        if (drafts > 0)
            yield return $"{Pages(drafts)} skipped as drafts (draft: true, published: false or in _drafts/); build them with --drafts";
        if (future > 0)
            yield return $"{Pages(future)} dated in the future skipped; build them with --future";
    }

    private static string Pages(int count) => count == 1 ? "1 page" : $"{count} pages";
}
