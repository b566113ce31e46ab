using System.Globalization;

namespace StaticMath.Math.Parsing.Colors;

/// <summary>
/// Turns LaTeX colour specifications into CSS colour strings: names pass through (as MathJax does), colour models
/// (<c>rgb</c>, <c>RGB</c>, <c>HTML</c>, <c>gray</c>, <c>cmyk</c>) and xcolor mixes (<c>red!50</c>, <c>red!30!blue</c>)
/// become <c>#rrggbb</c>. Anything that is not a plain name or number is rejected, so a colour can never inject
/// markup into the SVG.
/// </summary>
internal static class ColorParser
{
    private static readonly Dictionary<string, (byte R, byte G, byte B)> KnownColors = new(StringComparer.OrdinalIgnoreCase)
    {
        ["black"] = (0, 0, 0), ["white"] = (255, 255, 255), ["red"] = (255, 0, 0), ["green"] = (0, 128, 0),
        ["blue"] = (0, 0, 255), ["cyan"] = (0, 255, 255), ["magenta"] = (255, 0, 255), ["yellow"] = (255, 255, 0),
        ["gray"] = (128, 128, 128), ["grey"] = (128, 128, 128), ["orange"] = (255, 165, 0), ["purple"] = (128, 0, 128),
        ["brown"] = (165, 42, 42), ["pink"] = (255, 192, 203), ["lime"] = (0, 255, 0), ["olive"] = (128, 128, 0),
        ["teal"] = (0, 128, 128), ["violet"] = (238, 130, 238), ["darkgray"] = (169, 169, 169),
        ["lightgray"] = (211, 211, 211), ["navy"] = (0, 0, 128), ["maroon"] = (128, 0, 0),
    };

    /// <summary>Resolves a colour as written in <c>\color{…}</c>; null when it is not a valid colour.</summary>
    /// <param name="lookup">Colours defined with <c>\definecolor</c> on the page.</param>
    public static string? Resolve(string spec, Func<string, string?> lookup)
    {
        spec = spec.Trim();
        if (spec.Length == 0)
        {
            return null;
        }

        if (spec.Contains('!'))
        {
            return Mix(spec, lookup);
        }

        if (lookup(spec) is { } defined)
        {
            return defined;
        }

        if (spec[0] == '#')
        {
            return IsHex(spec.AsSpan(1)) && spec.Length is 4 or 7 ? spec.ToLowerInvariant() : null;
        }

        return IsPlainName(spec) ? spec : null;
    }

    /// <summary>A colour in an explicit model, as in <c>\color[RGB]{255,0,0}</c> or <c>\definecolor{x}{rgb}{1,0,0}</c>.</summary>
    public static string? FromModel(string model, string spec)
    {
        var parts = spec.Split(',', StringSplitOptions.TrimEntries);
        switch (model)
        {
            case "HTML":
            case "html":
                var hex = spec.Trim().TrimStart('#');
                return hex.Length == 6 && IsHex(hex) ? "#" + hex.ToLowerInvariant() : null;
            case "RGB":
                if (parts.Length == 3 && TryNumbers(parts, out var rgb255))
                {
                    return Hex(rgb255[0], rgb255[1], rgb255[2]);
                }

                return null;
            case "rgb":
                if (parts.Length == 3 && TryNumbers(parts, out var rgb))
                {
                    return Hex(rgb[0] * 255, rgb[1] * 255, rgb[2] * 255);
                }

                return null;
            case "gray":
                if (parts.Length == 1 && TryNumbers(parts, out var gray))
                {
                    return Hex(gray[0] * 255, gray[0] * 255, gray[0] * 255);
                }

                return null;
            case "cmyk":
                if (parts.Length == 4 && TryNumbers(parts, out var cmyk))
                {
                    double k = cmyk[3];
                    return Hex(255 * (1 - cmyk[0]) * (1 - k), 255 * (1 - cmyk[1]) * (1 - k), 255 * (1 - cmyk[2]) * (1 - k));
                }

                return null;
            case "named":
                return IsPlainName(spec.Trim()) ? spec.Trim() : null;
            default:
                return null;
        }
    }

    private static string? Mix(string spec, Func<string, string?> lookup)
    {
        // xcolor: c1!p!c2!q!c3… mixes p% of c1 with c2, then q% of that with c3; c2 defaults to white.
        var parts = spec.Split('!', StringSplitOptions.TrimEntries);
        if (!TryRgb(parts[0], lookup, out var current))
        {
            return null;
        }

        for (var i = 1; i < parts.Length; i += 2)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var percent))
            {
                return null;
            }

            var other = (R: 255.0, G: 255.0, B: 255.0);
            if (i + 1 < parts.Length && !TryRgb(parts[i + 1], lookup, out other))
            {
                return null;
            }

            var p = System.Math.Clamp(percent, 0, 100) / 100;
            current = (current.R * p + other.R * (1 - p), current.G * p + other.G * (1 - p), current.B * p + other.B * (1 - p));
        }

        return Hex(current.R, current.G, current.B);
    }

    private static bool TryRgb(string name, Func<string, string?> lookup, out (double R, double G, double B) rgb)
    {
        var resolved = lookup(name) ?? name;
        if (resolved.Length == 7 && resolved[0] == '#' && IsHex(resolved.AsSpan(1)))
        {
            var value = int.Parse(resolved.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            rgb = ((value >> 16) & 255, (value >> 8) & 255, value & 255);
            return true;
        }

        if (KnownColors.TryGetValue(resolved, out var known))
        {
            rgb = (known.R, known.G, known.B);
            return true;
        }

        rgb = default;
        return false;
    }

    private static bool TryNumbers(string[] parts, out double[] values)
    {
        values = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string Hex(double r, double g, double b) =>
        string.Create(CultureInfo.InvariantCulture, $"#{Channel(r):x2}{Channel(g):x2}{Channel(b):x2}");

    private static int Channel(double value) => (int)System.Math.Round(System.Math.Clamp(value, 0, 255), MidpointRounding.AwayFromZero);

    private static bool IsHex(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return text.Length > 0;
    }

    private static bool IsPlainName(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
