using System.Globalization;
using System.Text;

namespace StaticMath.Site.Content;

/// <summary>URL slugs: lower case, accents dropped, runs of anything but letters and digits become one hyphen.</summary>
public static class Slug
{
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0) builder.Append('-');
                pendingHyphen = false;
                var folded = LatinFolding.Fold(c);
                if (folded is not null) builder.Append(folded);
                else builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingHyphen = true;
            }
        }
        return builder.ToString();
    }
}
