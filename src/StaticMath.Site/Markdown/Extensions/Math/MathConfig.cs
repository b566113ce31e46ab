using System.Globalization;
using StaticMath.Math;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// The <c>math:</c> section of <c>staticmath.yml</c>:
/// <code>
/// math:
///   numbering: ams        # none (default: only \tag) | ams (numbered environments) | all (every display)
///   glyphs: shared        # shared (one &lt;defs&gt; per page) | inline (self-contained SVGs)
///   escapes: markdown     # markdown (x\_i means x_i, as Hugo/Zola/Eleventy) | tex (math exactly as written)
///   cacheSize: 256MB      # bound of the math cache file (KB, MB, GB; least recently used equations go first)
///   macros:               # as MathJax's Macros: name → definition, or [definition, arity(, default)]
///     RR: '\mathbb{R}'
///     norm: ['\left\lVert #1 \right\rVert', 1]
/// </code>
/// Plain strings so YAML spelling mistakes become diagnostics instead of load failures.
/// </summary>
public sealed class MathConfig
{
    public string Numbering { get; set; } = "none";

    public string Glyphs { get; set; } = "shared";

    public string Escapes { get; set; } = "markdown";

    public string CacheSize { get; set; } = "256MB";

    public Dictionary<string, object?> Macros { get; set; } = new(StringComparer.Ordinal);

    public static bool TryParseEscapes(string? text, out MathEscapes escapes)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "markdown":
                escapes = MathEscapes.Markdown;
                return true;
            case "tex" or "none" or "false":
                escapes = MathEscapes.Tex;
                return true;
            default:
                escapes = MathEscapes.Markdown;
                return false;
        }
    }

    public static bool TryParseNumbering(string? text, out MathNumbering numbering)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "none" or "false":
                numbering = MathNumbering.None;
                return true;
            case "ams":
                numbering = MathNumbering.Ams;
                return true;
            case "all" or "true":
                numbering = MathNumbering.All;
                return true;
            default:
                numbering = MathNumbering.None;
                return false;
        }
    }

    /// <summary>A size such as <c>256MB</c>, <c>1.5 GB</c>, <c>800KB</c> or a plain number of bytes (units of 1024).</summary>
    public static bool TryParseCacheSize(string? text, out long bytes)
    {
        bytes = MathCache.DefaultSizeLimit;
        var trimmed = text?.Trim().ToUpperInvariant() ?? "";
        if (trimmed.Length == 0)
        {
            return true;
        }

        var (digits, unit) = trimmed.EndsWith("GB", StringComparison.Ordinal) ? (trimmed[..^2], 1L << 30)
            : trimmed.EndsWith("MB", StringComparison.Ordinal) ? (trimmed[..^2], 1L << 20)
            : trimmed.EndsWith("KB", StringComparison.Ordinal) ? (trimmed[..^2], 1L << 10)
            : trimmed.EndsWith('B') ? (trimmed[..^1], 1L)
            : (trimmed, 1L);
        if (!double.TryParse(digits.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            || amount * unit is not (>= 1 and <= long.MaxValue / 2))
        {
            return false;
        }

        bytes = (long)(amount * unit);
        return true;
    }

    public static bool TryParseGlyphMode(string? text, out GlyphMode mode)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "shared":
                mode = GlyphMode.SharedDefinitions;
                return true;
            case "inline":
                mode = GlyphMode.Inline;
                return true;
            default:
                mode = GlyphMode.SharedDefinitions;
                return false;
        }
    }

    /// <summary>Converts the YAML macros to engine definitions; a malformed entry is reported and skipped.</summary>
    public IReadOnlyDictionary<string, MacroDefinition> MacroDefinitions(Action<string> reportProblem)
    {
        var result = new Dictionary<string, MacroDefinition>(StringComparer.Ordinal);
        foreach (var (rawName, value) in Macros.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var name = rawName.TrimStart('\\');
            if (ToDefinition(value) is { } definition)
            {
                result[name] = definition;
            }
            else
            {
                reportProblem($"math.macros.{rawName}: expected a definition or [definition, arity] or [definition, arity, default]");
            }
        }

        return result;
    }

    private static MacroDefinition? ToDefinition(object? value)
    {
        switch (value)
        {
            case string body:
                return new MacroDefinition(body);
            case IEnumerable<object?> list:
                var items = list.ToList();
                if (items.Count is < 1 or > 3 || items[0] is not string definition)
                {
                    return null;
                }

                var arity = 0;
                if (items.Count >= 2 && !int.TryParse(Convert.ToString(items[1], CultureInfo.InvariantCulture), NumberStyles.Integer, CultureInfo.InvariantCulture, out arity))
                {
                    return null;
                }

                if (arity is < 0 or > 9)
                {
                    return null;
                }

                var optionalDefault = items.Count == 3 ? Convert.ToString(items[2], CultureInfo.InvariantCulture) : null;
                return new MacroDefinition(definition, arity, optionalDefault);
            default:
                return null;
        }
    }
}

/// <summary>Which display equations get automatic numbers.</summary>
public enum MathNumbering
{
    /// <summary>Only <c>\tag{…}</c> shows a number.</summary>
    None,
    /// <summary>Unstarred numbered environments (equation, align, gather, multline…) number their rows.</summary>
    Ams,
    /// <summary>Every display equation is numbered.</summary>
    All,
}
