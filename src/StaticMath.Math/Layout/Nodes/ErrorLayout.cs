using StaticMath.Math.Layout.Boxes;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Layout.Nodes;

/// <summary>Something the parser could not understand: its source text in red, in place, so the rest still lays out.</summary>
internal static class ErrorLayout
{
    public const string ErrorColor = "#cc0000";

    public static Atom Layout(ErrorNode error, LayoutContext context) =>
        new(RedText(error.Text, error.Offset, context), AtomClass.Ord);

    public static Box RedText(string text, int offset, LayoutContext context)
    {
        var upright = context.WithStyle(context.Style is MathStyle.Display ? MathStyle.Text : context.Style);
        return new ColorBox(GlyphFactory.TextRun(text, upright, offset), ErrorColor);
    }

    /// <summary>A red frame the size of a letter, standing for a character the font cannot draw.</summary>
    public static Box MissingGlyphBox(LayoutContext context)
    {
        var width = context.Em * 0.5;
        var height = context.Em * 0.7;
        var t = context.Em * 0.04;
        var frame = new VBox(
        [
            new PlacedBox(new RuleBox(width, t, 0), 0, height - t),
            new PlacedBox(new RuleBox(width, t, 0), 0, 0),
            new PlacedBox(new RuleBox(t, height, 0), 0, 0),
            new PlacedBox(new RuleBox(t, height, 0), width - t, 0),
        ], width, height, 0);
        return new ColorBox(frame, ErrorColor);
    }
}
