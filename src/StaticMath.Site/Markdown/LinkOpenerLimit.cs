namespace StaticMath.Site.Markdown;

/// <summary>
/// Markdig reads the destination of every <c>[text](</c> to the end of its line when no <c>)</c> closes it, so a
/// line of many unclosed link openers costs the square of its length (40,000 <c>[a](</c> took 15 s). A line with
/// more openers than any real paragraph has is refused before parsing, naming the line.
/// </summary>
public static class LinkOpenerLimit
{
    public const int MaxPerLine = 1_000;

    /// <summary>The 1-based line of the body holding more than <see cref="MaxPerLine"/> <c>](</c>, or null.</summary>
    public static int? FindOverLimit(string body)
    {
        var line = 1;
        var count = 0;
        for (var i = 0; i + 1 < body.Length; i++)
        {
            if (body[i] == '\n') { line++; count = 0; }
            else if (body[i] == ']' && body[i + 1] == '(' && ++count > MaxPerLine) return line;
        }
        return null;
    }
}
