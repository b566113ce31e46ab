using System.Text.RegularExpressions;

namespace StaticMath.Site.Liquid;

/// <summary>Reads Fluid's parse error text: "message at (line:column)\nSource: …".</summary>
internal static partial class LiquidErrorMessage
{
    public static (int Line, int Column) Position(string error)
    {
        var match = PositionPattern().Match(error);
        return match.Success ? (int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value)) : (0, 0);
    }

    public static string WithoutPosition(string error)
    {
        var firstLine = error.Split('\n')[0];
        return PositionPattern().Replace(firstLine, "").Trim();
    }

    /// <summary>The tag name an "Unknown tag 'x'" error names, or null.</summary>
    public static string? UnknownTag(string error)
    {
        var match = UnknownTagPattern().Match(error);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>The block an "'{% endX %}' was expected" error is waiting for, or null.</summary>
    public static string? ExpectedEnd(string error)
    {
        var match = ExpectedEndPattern().Match(error);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"\s*at \((\d+):(\d+)\)")]
    private static partial Regex PositionPattern();

    [GeneratedRegex(@"Unknown tag '([^']*)'")]
    private static partial Regex UnknownTagPattern();

    [GeneratedRegex(@"'\{% end(\w+) %\}' was expected")]
    private static partial Regex ExpectedEndPattern();
}
