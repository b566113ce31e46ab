using System.Text.RegularExpressions;

namespace StaticMath.Site.Liquid;

/// <summary>
/// Refuses Liquid nested too deeply before it reaches Fluid: its parser recurses once per nested block, and a stack
/// overflow cannot be caught in .NET — it would end the whole build. Real templates nest a handful of levels.
/// </summary>
public static partial class LiquidNesting
{
    public const int MaxDepth = 100;

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "if", "unless", "for", "case", "capture", "tablerow", "comment", "raw", "highlight", "paginate", "with", "form",
    };

    /// <summary>The 0-based offset of the first block tag deeper than <see cref="MaxDepth"/>, or null when the text is fine.</summary>
    public static int? FindTooDeep(string text)
    {
        if (!text.Contains("{%", StringComparison.Ordinal)) return null;
        var depth = 0;
        foreach (Match tag in TagName().Matches(text))
        {
            var name = tag.Groups[1].Value;
            if (name.StartsWith("end", StringComparison.Ordinal) && Blocks.Contains(name[3..])) depth = System.Math.Max(0, depth - 1);
            else if (Blocks.Contains(name) && ++depth > MaxDepth) return tag.Index;
        }
        return null;
    }

    [GeneratedRegex(@"\{%-?\s*([a-z_]+)")]
    private static partial Regex TagName();
}
