using System.Text;

namespace StaticMath.Site.Pipeline;

/// <summary>
/// One builder per thread for text written over and over (a page's fragment, an equation's HTML): a new builder each
/// time grows chunks that become garbage at once. Taken, written, then turned into a string by
/// <see cref="ToStringAndKeep"/>; a builder grown past <paramref name="largestKeptCapacity"/> is let go rather than
/// kept for the thread's life. A second take before the first is given back gets a builder of its own. Instances are
/// static, for the process's life.
/// </summary>
internal sealed class ReusedStringBuilder(int initialCapacity, int largestKeptCapacity) : IDisposable
{
    private readonly ThreadLocal<StringBuilder?> _kept = new();

    public StringBuilder Take()
    {
        var builder = _kept.Value ?? new StringBuilder(initialCapacity);
        _kept.Value = null;
        return builder.Clear();
    }

    public string ToStringAndKeep(StringBuilder builder)
    {
        var text = builder.ToString();
        if (builder.Capacity <= largestKeptCapacity) _kept.Value = builder;
        return text;
    }

    public void Dispose() => _kept.Dispose();
}
