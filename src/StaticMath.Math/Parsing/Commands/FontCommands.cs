using StaticMath.Math.Parsing.Tokens;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing.Commands;

/// <summary>
/// Math alphabets: <c>\mathbb{…}</c>-style commands set the alphabet for their argument (nested groups included),
/// old-style switches (<c>\bf</c>, <c>\rm</c>, <c>\cal</c>) for the rest of the group; <c>\boldsymbol</c>/<c>\bm</c>
/// embolden every symbol, not only letters.
/// </summary>
internal static class FontCommands
{
    public static void Register(CommandRegistry.Builder registry)
    {
        AddArgument(registry, "mathbb", MathVariant.DoubleStruck);
        AddArgument(registry, "Bbb", MathVariant.DoubleStruck);
        AddArgument(registry, "mathcal", MathVariant.Calligraphic);
        AddArgument(registry, "mathscr", MathVariant.Script);
        AddArgument(registry, "mathfrak", MathVariant.Fraktur);
        AddArgument(registry, "frak", MathVariant.Fraktur);
        AddArgument(registry, "mathbf", MathVariant.Bold);
        AddArgument(registry, "mathit", MathVariant.Italic);
        AddArgument(registry, "mathnormal", MathVariant.Italic);
        AddArgument(registry, "mathrm", MathVariant.Normal);
        AddArgument(registry, "mathup", MathVariant.Normal);
        AddArgument(registry, "mathsf", MathVariant.SansSerif);
        AddArgument(registry, "mathtt", MathVariant.Monospace);
        AddArgument(registry, "mathbfit", MathVariant.BoldItalic);
        AddArgument(registry, "mathsfit", MathVariant.SansSerifItalic);
        AddArgument(registry, "mathbfsf", MathVariant.SansSerifBold);
        AddArgument(registry, "mathsfbf", MathVariant.SansSerifBold);
        AddArgument(registry, "boldsymbol", MathVariant.BoldItalic, allSymbols: true);
        AddArgument(registry, "bm", MathVariant.BoldItalic, allSymbols: true);
        AddArgument(registry, "pmb", MathVariant.BoldItalic, allSymbols: true);
        AddSwitch(registry, "rm", MathVariant.Normal);
        AddSwitch(registry, "bf", MathVariant.Bold);
        AddSwitch(registry, "it", MathVariant.Italic);
        AddSwitch(registry, "sf", MathVariant.SansSerif);
        AddSwitch(registry, "tt", MathVariant.Monospace);
        AddSwitch(registry, "cal", MathVariant.Calligraphic);
        AddSwitch(registry, "mit", MathVariant.Italic);
        AddSwitch(registry, "frakfamily", MathVariant.Fraktur);
        AddSwitch(registry, "boldmath", MathVariant.BoldItalic, allSymbols: true);
        AddSwitch(registry, "unboldmath", MathVariant.Default);
    }

    private static void AddArgument(CommandRegistry.Builder registry, string name, MathVariant variant, bool allSymbols = false) =>
        registry.Add(name, (p, t) => WithVariant(p, t, variant, allSymbols));

    private static void AddSwitch(CommandRegistry.Builder registry, string name, MathVariant variant, bool allSymbols = false) =>
        registry.Add(name, (p, _) =>
        {
            // The enclosing group restores the variant when it ends (see MathParser.ParseGroupBody).
            p.CurrentVariant = variant;
            p.VariantAppliesToAllSymbols = allSymbols;
            return null;
        });

    private static MathNode WithVariant(MathParser parser, Token command, MathVariant variant, bool allSymbols)
    {
        var savedVariant = parser.CurrentVariant;
        var savedAll = parser.VariantAppliesToAllSymbols;
        parser.CurrentVariant = variant;
        parser.VariantAppliesToAllSymbols = allSymbols;
        var body = parser.ParseRequiredArgument(command);
        parser.CurrentVariant = savedVariant;
        parser.VariantAppliesToAllSymbols = savedAll;
        // A one-atom argument stays an atom, so \mathbf{x}^2 and \mathrm{d}x space like the bare letter.
        return body.Items.Count == 1 && body.Items[0] is SymbolAtom atom ? atom : body;
    }
}
