using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing.Commands;

/// <summary><c>\displaystyle … \scriptscriptstyle</c> and the size commands <c>\tiny … \Huge</c> (rest of the list).</summary>
internal static class StyleCommands
{
    public static void Register(CommandRegistry.Builder registry)
    {
        registry.Add("displaystyle", (_, _) => new StyleNode(MathStyle.Display));
        registry.Add("textstyle", (_, _) => new StyleNode(MathStyle.Text));
        registry.Add("scriptstyle", (_, _) => new StyleNode(MathStyle.Script));
        registry.Add("scriptscriptstyle", (_, _) => new StyleNode(MathStyle.ScriptScript));
        // LaTeX's sizes at 10pt: 5, 7, 8, 9, 10, 12, 14.4, 17.28, 20.74, 24.88 pt.
        AddSize(registry, "tiny", 0.5);
        AddSize(registry, "scriptsize", 0.7);
        AddSize(registry, "footnotesize", 0.8);
        AddSize(registry, "small", 0.9);
        AddSize(registry, "normalsize", 1.0);
        AddSize(registry, "large", 1.2);
        AddSize(registry, "Large", 1.44);
        AddSize(registry, "LARGE", 1.728);
        AddSize(registry, "huge", 2.074);
        AddSize(registry, "Huge", 2.488);
    }

    private static void AddSize(CommandRegistry.Builder registry, string name, double scale) =>
        registry.Add(name, (_, _) => new SizeNode(scale));
}
