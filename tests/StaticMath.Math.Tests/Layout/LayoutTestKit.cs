using StaticMath.Math.Layout;
using StaticMath.Math.Layout.Boxes;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Tests.Layout;

/// <summary>Hand-made syntax trees and layout against the fake font.</summary>
internal static class LayoutTestKit
{
    public static readonly FakeMathFont Font = new();

    public static SymbolAtom Ord(string text) => new(AtomClass.Ord, text);

    public static SymbolAtom Bin(string text) => new(AtomClass.Bin, text);

    public static SymbolAtom Rel(string text) => new(AtomClass.Rel, text);

    public static SymbolAtom Open(string text) => new(AtomClass.Open, text);

    public static SymbolAtom Close(string text) => new(AtomClass.Close, text);

    public static MathList List(params MathNode[] items) => new(items);

    public static LayoutContext Context(MathStyle style = MathStyle.Text, bool cramped = false) =>
        new(Font, style, cramped, 1.0, new TypesetState(new MathRenderOptions()));

    public static Box Typeset(MathNode node, MathStyle style = MathStyle.Text) =>
        MathTypesetter.LayoutRoot(node, Context(style));

    public static ParsedMath Parsed(MathNode root, MathMode mode = MathMode.Display, string tex = "x") =>
        new() { Tex = tex, Mode = mode, Root = root, CacheKey = "test" };

    /// <summary>The child boxes of a layout with their positions, depth first, relative to the root's reference point.</summary>
    public static List<(Box Box, double X, double Y)> Flatten(Box root)
    {
        var all = new List<(Box, double, double)>();
        void Walk(Box box, double x, double y)
        {
            all.Add((box, x, y));
            foreach (var child in box.Children)
            {
                Walk(child.Box, x + child.X, y + child.Y);
            }
        }

        Walk(root, 0, 0);
        return all;
    }

    public static (GlyphBox Glyph, double X, double Y) FindGlyph(Box root, Func<GlyphBox, bool> match)
    {
        var (box, x, y) = Flatten(root).First(b => b.Box is GlyphBox g && match(g));
        return ((GlyphBox)box, x, y);
    }

    public static (RuleBox Rule, double X, double Y) FindRule(Box root)
    {
        var (box, x, y) = Flatten(root).First(b => b.Box is RuleBox { Visible: true });
        return ((RuleBox)box, x, y);
    }

    public static ushort GlyphOf(int codePoint) =>
        Font.TryGetGlyph(codePoint, out var glyph) ? glyph : throw new InvalidOperationException();

    public static ushort GlyphOf(string text) => GlyphOf(char.ConvertToUtf32(text, 0));

    /// <summary>The glyph TeX's default alphabet gives a Latin letter (math italic).</summary>
    public static ushort ItalicGlyph(char letter) => GlyphOf(0x1D44E + letter - 'a');
}
