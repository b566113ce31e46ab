using StaticMath.Site.Liquid;
using StaticMath.Site.Markdown.Extensions.Math;

namespace StaticMath.Site.Engine;

/// <summary>
/// A page's rendered fragment as it leaves the pipeline: its HTML with each equation's SVG still held aside
/// (<see cref="Held"/>: a placeholder element stands for it) and the SVGs. The page's file is written from
/// <see cref="Pieces"/>, each SVG in the UTF-8 the engine wrote; the HTML as one string with its SVGs in it
/// (<see cref="Html"/>, megabytes on a math page) is made only for what reads it whole (a feed entry, the search index,
/// a contents list), once. Placeholders never leave it: every way out puts the SVGs back.
/// </summary>
public sealed class PageFragment
{
    private readonly MathSvgSlots? _svgs;
    private PageText? _pieces;
    private (int End, long Growth)[]? _growth;

    /// <param name="held">The HTML with <paramref name="svgs"/>' placeholders in it.</param>
    /// <param name="svgs">The SVGs held aside while the page rendered; null when it has none held.</param>
    public PageFragment(string held, MathSvgSlots? svgs)
    {
        Held = held;
        _svgs = svgs;
    }

    /// <summary>A fragment with nothing held aside.</summary>
    public static PageFragment Of(string html) => new(html, null);

    /// <summary>The HTML with the placeholders: what the pipeline's passes saw (the word count and excerpt read it).</summary>
    public string Held { get; }

    /// <summary>The HTML in pieces, the SVGs in their place (made once; reading two at once makes it twice, the same).</summary>
    public PageText Pieces => _pieces ??= _svgs?.Pieces(Held) ?? PageText.Of(Held);

    /// <summary>The HTML as one string, the SVGs in their place (made once).</summary>
    public string Html => Pieces.ToString();

    /// <summary>The length of <see cref="Html"/>, without making it.</summary>
    public int Length => Pieces.Length;

    /// <summary>A part of <see cref="Held"/> with its SVGs in their place.</summary>
    public string WithSvgs(string part) => _svgs?.Splice(part) ?? part;

    /// <summary>Where a position of <see cref="Held"/> that is not inside a placeholder is in <see cref="Html"/>.</summary>
    public long HtmlPositionOf(int heldPosition)
    {
        var growth = _growth ??= _svgs?.GrowthAt(Held) ?? [];
        // The last placeholder ending at or before the position: its growth is all that comes before.
        int low = 0, high = growth.Length - 1, last = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (growth[middle].End <= heldPosition)
            {
                last = middle;
                low = middle + 1;
            }
            else high = middle - 1;
        }
        return heldPosition + (last < 0 ? 0 : growth[last].Growth);
    }
}
