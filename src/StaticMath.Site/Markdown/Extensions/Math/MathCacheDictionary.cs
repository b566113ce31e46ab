using System.Text;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// What every math cache entry is compressed against: the phrases of the final HTML of the engine's SVGs (each
/// element and attribute as it is written) and of common TeX (in the <c>aria-label</c>). An entry of a few hundred
/// bytes rarely repeats a phrase of its own, so without them LZ4 finds little to refer to; with them it refers back into
/// this text. Part of the store's format: changing it changes every entry, so <see cref="MathCacheStore.FormatVersion"/>
/// goes up with it (entries also carry a checksum of their decoded bytes, so a mismatch is a miss, never wrong SVG).
/// If the engine's SVG changes shape, entries only get larger.
/// </summary>
internal static class MathCacheDictionary
{
    // The most common phrases last: LZ4's encoder remembers the last place of each 4-byte sequence, so where phrases
    // share one, the later phrase is the one found.
    private const string Phrases =
        "\\mathcal{\\mathrm{d}\\operatorname{\\mathbb{R}\\mathbb{E}\\left(\\right)\\left[\\right]\\left\\|\\right\\|\\nabla_\\theta" +
        "\\alpha\\beta\\gamma\\delta\\epsilon\\sigma\\lambda\\mu\\phi\\psi\\omega\\sum_{\\int_\\frac{\\sqrt{\\mathbf{\\boldsymbol{\\hat{\\tilde{" +
        "\\text{\\partial \\cdot \\top \\sim \\approx \\leq \\geq \\infty \\log \\exp \\quad \\begin{aligned}\\end{aligned}\\\\ &= " +
        "<span class=\"math-tex\"></span><path d=\"M<rect x=\"\" width=\"\" height=\"\"></rect><g fill=\"#\"></g>" +
        "<text x=\"\" font-size=\"\"></text>) scale(0.5)\"></use>) scale(0.7)\"></use>\" transform=\"translate(" +
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"em\" height=\"em\" viewBox=\"0 -\" style=\"vertical-align:-" +
        "em;overflow:visible\" fill=\"currentColor\" role=\"img\" focusable=\"false\" aria-label=\"" +
        "\"><use href=\"#g-LMM-\" x=\"0\" y=\"0\"></use><use href=\"#g-LMM-\" y=\"0\"></use></svg>";

    public static readonly byte[] Bytes = Encoding.UTF8.GetBytes(Phrases);
}
