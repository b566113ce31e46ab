namespace StaticMath.Site.Markdown.Extensions.PandocCitations;

/// <summary>
/// Pandoc's citation key syntax: <c>@key</c> where the key starts with a letter, digit or <c>_</c> and may hold
/// <c>:.#$%&amp;-+?&lt;&gt;~/</c> between such characters (so "@smith04." ends before the period), or <c>@{any key}</c>.
/// An <c>@</c> right after a letter or digit is not a citation: that is how "me@example.com" stays an address.
/// </summary>
public static class CitationKey
{
    private const string InternalPunctuation = ":.#$%&-+?<>~/";

    /// <summary>True when the character before <paramref name="at"/> lets a citation start there (not a word or address).</summary>
    public static bool MayStartAt(string text, int at, int textStart) => at <= textStart || !IsWordCharacter(text[at - 1]);

    /// <summary>Reads the key of the <c>@</c> at <paramref name="at"/>; <paramref name="next"/> is the index after it.</summary>
    public static bool TryRead(string text, int at, int end, out string key, out int next)
    {
        key = "";
        next = at;
        if (at >= end || text[at] != '@')
        {
            return false;
        }

        var i = at + 1;
        if (i < end && text[i] == '{')
        {
            var close = text.IndexOf('}', i + 1, end - i - 1);
            if (close <= i + 1 || text.AsSpan(i + 1, close - i - 1).ContainsAny('\n', '{'))
            {
                return false;
            }

            key = text[(i + 1)..close].Trim();
            next = close + 1;
            return key.Length > 0;
        }

        if (i >= end || !IsKeyCharacter(text[i]))
        {
            return false;
        }

        var start = i;
        while (i < end)
        {
            if (IsKeyCharacter(text[i]))
            {
                i++;
            }
            else if (InternalPunctuation.Contains(text[i]) && i + 1 < end && IsKeyCharacter(text[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        key = text[start..i];
        next = i;
        return true;
    }

    private static bool IsKeyCharacter(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>Characters that make a following <c>@</c> part of a word or an e-mail address.</summary>
    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c is '_' or '.' or '+' or '-' or '%';
}
