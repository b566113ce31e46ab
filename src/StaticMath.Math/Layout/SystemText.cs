using System.Globalization;
using System.Text;
using StaticMath.Math.Layout.Boxes;

namespace StaticMath.Math.Layout;

/// <summary>
/// The last resort for a character neither the math font nor its fallback has (CJK, most scripts beyond Latin, Greek and
/// Cyrillic): it is written as SVG text for the reader's own fonts, with a warning naming it, rather than dropped or
/// turned into an error. Widths are estimated as MathJax does without a browser: 1 em for East Asian wide characters,
/// 0.6 em for the rest. Only the guess warrants a warning: a wide character (Chinese, Japanese, Korean, full-width
/// forms) is one em in every font that has it, drawn by the same fonts as the page's own text, so it is silent.
/// </summary>
internal static class SystemText
{
    /// <summary>Warning code: a character was left to the reader's fonts.</summary>
    public const string WarningCode = "SM2010";

    /// <summary>Characters that can be written as text: visible ones, not controls, private use or unassigned.</summary>
    public static bool CanDraw(int codePoint)
    {
        if (!Rune.IsValid(codePoint))
        {
            return false;
        }

        return Rune.GetUnicodeCategory(new Rune(codePoint)) is not (UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator);
    }

    /// <summary>Most characters named in one warning; a longer run ends the list with "…".</summary>
    private const int NamedCharacters = 8;

    /// <summary>A run of such characters as one text box, with one warning naming them (a sentence in Chinese is one
    /// problem, not one per character).</summary>
    public static Box Box(IReadOnlyList<int> codePoints, LayoutContext context, int offset, bool bold = false, bool italic = false)
    {
        var text = new StringBuilder();
        var width = 0.0;
        foreach (var codePoint in codePoints)
        {
            text.Append(char.ConvertFromUtf32(codePoint));
            width += (IsWide(codePoint) ? 1.0 : 0.6) * context.Em;
        }

        var distinct = codePoints.Where(c => !IsWide(c)).Distinct().ToList();
        if (distinct.Count > 0)
        {
            Warn(context, offset, text.ToString(), distinct);
        }

        return new SystemTextBox(text.ToString(), context.Em, width, bold, italic);
    }

    /// <summary>One warning for a run, naming the characters whose width is a guess.</summary>
    private static void Warn(LayoutContext context, int offset, string text, List<int> distinct)
    {
        var named = string.Join(" ", distinct.Take(NamedCharacters).Select(c => $"U+{c:X4}")) + (distinct.Count > NamedCharacters ? " …" : "");
        var glyphs = distinct.Count == 1 ? "a glyph" : "glyphs";
        context.State.AddWarning(offset, WarningCode,
            $"no embedded font has {glyphs} for '{text}' ({named}); drawn as SVG text in the reader's fonts, its width estimated");
    }

    /// <summary>East Asian Wide and Fullwidth ranges (UAX #11), where a character takes a full em.</summary>
    private static bool IsWide(int c) =>
        c is >= 0x1100 and <= 0x115F
            or >= 0x2E80 and <= 0x303E
            or >= 0x3041 and <= 0x33FF
            or >= 0x3400 and <= 0x4DBF
            or >= 0x4E00 and <= 0x9FFF
            or >= 0xA000 and <= 0xA4CF
            or >= 0xA960 and <= 0xA97F
            or >= 0xAC00 and <= 0xD7A3
            or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F
            or >= 0xFF00 and <= 0xFF60
            or >= 0xFFE0 and <= 0xFFE6
            or >= 0x1F300 and <= 0x1F64F
            or >= 0x1F900 and <= 0x1F9FF
            or >= 0x20000 and <= 0x3FFFD;
}
