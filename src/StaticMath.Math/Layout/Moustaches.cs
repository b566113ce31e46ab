using StaticMath.Math.OpenType;

namespace StaticMath.Math.Layout;

/// <summary>
/// \lmoustache ⎰ and \rmoustache ⎱, which neither embedded font has as a glyph, built as TeX's cmex builds them: the top
/// hook of one curly brace over the bottom hook of the other, joined by the brace extender. The parts and connector
/// lengths come from the font's own brace assemblies, so they fit together as in a big brace.
/// </summary>
internal static class Moustaches
{
    public static bool TryAssembly(int codePoint, IMathFont font, out GlyphAssembly assembly)
    {
        assembly = null!;
        var (topBrace, bottomBrace) = codePoint switch
        {
            0x23B0 => ('{', '}'),
            0x23B1 => ('}', '{'),
            _ => ((char)0, (char)0),
        };
        if (topBrace == 0
            || BraceParts(font, topBrace) is not { } top
            || BraceParts(font, bottomBrace) is not { } bottom
            || top.FirstOrDefault(p => p.IsExtender) is not { Glyph: not 0 } extender)
        {
            return false;
        }

        // Parts run bottom to top: the bottom hook of one brace, the extender, the top hook of the other.
        assembly = new GlyphAssembly(0, [bottom[0], extender, top[^1]]);
        return true;
    }

    private static IReadOnlyList<GlyphPart>? BraceParts(IMathFont font, char brace) =>
        font.TryGetGlyph(brace, out var glyph) && font.GetAssembly(glyph, vertical: true) is { Parts.Count: >= 3 } assembly
            && !assembly.Parts[0].IsExtender && !assembly.Parts[^1].IsExtender
            ? assembly.Parts
            : null;
}
