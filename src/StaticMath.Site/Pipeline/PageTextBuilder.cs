using System.Text;

namespace StaticMath.Site.Pipeline;

/// <summary>
/// One builder per thread for writing a page's whole fragment: a new builder per page grows a page's worth of chunks
/// that become garbage at once (a quarter of a gigabyte in a 1,000-post build). Taken, written, then turned into the
/// page's string by <see cref="ToStringAndKeep"/>; a builder grown past a very large page's size is let go rather
/// than kept for the thread's life. A second take before the first is given back gets a builder of its own.
/// </summary>
internal static class PageTextBuilder
{
    private const int LargestKeptCapacity = 4 << 20;
    [ThreadStatic] private static StringBuilder? t_kept;

    public static StringBuilder Take()
    {
        var builder = t_kept ?? new StringBuilder();
        t_kept = null;
        return builder.Clear();
    }

    public static string ToStringAndKeep(StringBuilder builder)
    {
        var text = builder.ToString();
        if (builder.Capacity <= LargestKeptCapacity) t_kept = builder;
        return text;
    }
}
