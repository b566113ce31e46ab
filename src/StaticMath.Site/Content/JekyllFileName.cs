using System.Globalization;
using System.Text.RegularExpressions;

namespace StaticMath.Site.Content;

/// <summary>
/// Jekyll post file names, <c>2026-02-20-my-post.md</c>: the date and the slug they carry. Month and day may have one
/// digit (<c>2021-5-5-score.md</c>), as Jekyll's own pattern allows, so such posts keep their Jekyll URL.
/// </summary>
public static partial class JekyllFileName
{
    public static bool TryParse(string fileNameWithoutExtension, out DateTimeOffset date, out string slug)
    {
        date = default;
        slug = "";
        var m = Pattern().Match(fileNameWithoutExtension);
        if (!m.Success) return false;
        if (!DateTime.TryParseExact(m.Groups[1].Value, "yyyy-M-d", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return false;
        date = new DateTimeOffset(day, TimeSpan.Zero);
        slug = m.Groups[2].Value;
        return true;
    }

    [GeneratedRegex(@"^(\d{4}-\d{1,2}-\d{1,2})-(.+)$")]
    private static partial Regex Pattern();
}
