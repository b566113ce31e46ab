using StaticMath.Math.Parsing.Tokens;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing.Commands;

/// <summary>Extensible arrows <c>\xrightarrow[below]{above}</c> and friends (fixed arrows are in the symbol table).</summary>
internal static class ArrowCommands
{
    public static void Register(CommandRegistry.Builder registry)
    {
        Add(registry, "xrightarrow", "\u2192");
        Add(registry, "xleftarrow", "\u2190");
        Add(registry, "xleftrightarrow", "\u2194");
        Add(registry, "xRightarrow", "\u21D2");
        Add(registry, "xLeftarrow", "\u21D0");
        Add(registry, "xLeftrightarrow", "\u21D4");
        Add(registry, "xmapsto", "\u21A6");
        Add(registry, "xhookrightarrow", "\u21AA");
        Add(registry, "xhookleftarrow", "\u21A9");
        Add(registry, "xrightharpoonup", "\u21C0");
        Add(registry, "xrightharpoondown", "\u21C1");
        Add(registry, "xleftharpoonup", "\u21BC");
        Add(registry, "xleftharpoondown", "\u21BD");
        Add(registry, "xrightleftharpoons", "\u21CC");
        Add(registry, "xleftrightharpoons", "\u21CB");
        Add(registry, "xtwoheadrightarrow", "\u21A0");
        Add(registry, "xtwoheadleftarrow", "\u219E");
        Add(registry, "xlongequal", "=");
        Add(registry, "xtofrom", "\u21C4");
        Add(registry, "xrightleftarrows", "\u21C4");
        Add(registry, "xrightequilibrium", "\u21CC");
        Add(registry, "xleftequilibrium", "\u21CB");
    }

    private static void Add(CommandRegistry.Builder registry, string name, string arrow) =>
        registry.Add(name, (p, t) => Arrow(p, t, arrow));

    private static MathNode Arrow(MathParser parser, Token command, string arrow)
    {
        var below = parser.ParseOptionalArgument();
        var above = parser.ParseRequiredArgument(command);
        return new ExtensibleArrowNode(arrow, above.Items.Count == 0 ? null : above, below is { Items.Count: > 0 } ? below : null);
    }
}
