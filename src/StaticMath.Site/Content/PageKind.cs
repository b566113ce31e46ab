namespace StaticMath.Site.Content;

/// <summary>Posts are dated entries listed on the home page, in tags and in the feed; pages stand alone.</summary>
public enum PageKind
{
    Page,
    Post,
}
