using System.Text;

namespace StaticMath.Site.Bibliography;

/// <summary>
/// Splits BibTeX name lists: names are separated by <c>and</c> at brace depth 0; each name is "First von Last",
/// "von Last, First" or "von Last, Jr, First". The von part is the run of words starting with a lower-case letter;
/// a braced word such as <c>{Barnes and Noble}</c> is one word and never split.
/// </summary>
public static class BibNameParser
{
    public static IReadOnlyList<BibName> ParseList(string tex)
    {
        var result = new List<BibName>();
        foreach (var part in SplitTopLevel(tex, IsAndAt))
        {
            var name = Parse(part);
            if (name is not null) result.Add(name);
        }
        return result;
    }

    public static BibName? Parse(string tex)
    {
        var commaParts = SplitOnTopLevelCommas(tex);
        if (commaParts.All(p => p.Trim().Length == 0)) return null;
        if (commaParts.Count == 1)
        {
            var words = Words(commaParts[0]);
            if (words.Count == 1) return Make("", "", words[0], "");
            // von starts at the first lower-case word that is not the last word; Last is everything after von.
            var vonStart = words.FindIndex(0, words.Count - 1, IsLowerCaseWord);
            if (vonStart < 0)
                return Make(Join(words[..^1]), "", words[^1], "");
            var vonEnd = vonStart; // exclusive end of von: after the last lower-case word before the final word
            for (var k = vonStart; k < words.Count - 1; k++)
                if (IsLowerCaseWord(words[k])) vonEnd = k + 1;
            return Make(Join(words[..vonStart]), Join(words[vonStart..vonEnd]), Join(words[vonEnd..]), "");
        }

        var (von, last) = SplitVonLast(Words(commaParts[0]));
        var jr = commaParts.Count >= 3 ? commaParts[1] : "";
        var first = commaParts.Count >= 3 ? string.Join(",", commaParts.Skip(2)) : commaParts[1];
        return Make(Join(Words(first)), von, last, Join(Words(jr)));
    }

    private static (string Von, string Last) SplitVonLast(List<string> words)
    {
        if (words.Count == 0) return ("", "");
        var vonEnd = 0;
        for (var k = 0; k < words.Count - 1; k++)
        {
            if (IsLowerCaseWord(words[k])) vonEnd = k + 1;
            else break;
        }
        return (Join(words[..vonEnd]), Join(words[vonEnd..]));
    }

    private static BibName Make(string first, string von, string last, string jr) =>
        new(Text(first), Text(von), Text(last), Text(jr));

    private static string Text(string tex) => LatexText.ToUnicode(tex).Trim();

    private static string Join(List<string> words) => string.Join(' ', words);

    /// <summary>
    /// BibTeX decides case by the first letter at brace depth 0; a group starting with a backslash ("{\'E}mile")
    /// counts as a letter of its content; other braced groups count as upper case.
    /// </summary>
    private static bool IsLowerCaseWord(string word)
    {
        var depth = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c == '{')
            {
                if (depth == 0 && i + 1 < word.Length && word[i + 1] == '\\')
                {
                    var converted = LatexText.ToUnicode(ReadGroup(word, i));
                    var letter = converted.FirstOrDefault(char.IsLetter);
                    return letter != default && char.IsLower(letter);
                }
                depth++;
                continue;
            }
            if (c == '}') { depth--; continue; }
            if (depth == 0 && char.IsLetter(c)) return char.IsLower(c);
            if (depth == 0 && c == '\\')
            {
                var converted = LatexText.ToUnicode(word[i..]);
                var letter = converted.FirstOrDefault(char.IsLetter);
                return letter != default && char.IsLower(letter);
            }
        }
        return false;
    }

    private static string ReadGroup(string s, int start)
    {
        var depth = 0;
        for (var i = start; i < s.Length; i++)
        {
            if (s[i] == '{') depth++;
            else if (s[i] == '}' && --depth == 0) return s[start..(i + 1)];
        }
        return s[start..];
    }

    /// <summary>Whitespace- and tie-separated words at brace depth 0 (hyphens stay inside words).</summary>
    private static List<string> Words(string tex)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        var depth = 0;
        foreach (var c in tex)
        {
            if (c == '{') depth++;
            if (c == '}') depth--;
            if (depth == 0 && (char.IsWhiteSpace(c) || c == '~'))
            {
                if (sb.Length > 0) { words.Add(sb.ToString()); sb.Clear(); }
                continue;
            }
            sb.Append(c);
        }
        if (sb.Length > 0) words.Add(sb.ToString());
        return words;
    }

    private static List<string> SplitOnTopLevelCommas(string tex) =>
        SplitTopLevel(tex, (s, i) => s[i] == ',' ? 1 : 0);

    /// <summary>Matches " and " (any case, any whitespace) at position i; returns the separator length or 0.</summary>
    private static int IsAndAt(string s, int i)
    {
        if (!char.IsWhiteSpace(s[i])) return 0;
        var j = i;
        while (j < s.Length && char.IsWhiteSpace(s[j])) j++;
        if (j + 3 >= s.Length || !s.AsSpan(j, 3).Equals("and", StringComparison.OrdinalIgnoreCase)) return 0;
        if (!char.IsWhiteSpace(s[j + 3])) return 0;
        return j + 3 - i;
    }

    private static List<string> SplitTopLevel(string s, Func<string, int, int> separatorAt)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '{') depth++;
            else if (s[i] == '}') depth--;
            else if (depth == 0)
            {
                var length = separatorAt(s, i);
                if (length > 0)
                {
                    parts.Add(s[start..i]);
                    start = i + length;
                    i = start - 1;
                }
            }
        }
        parts.Add(s[start..]);
        return parts;
    }
}
