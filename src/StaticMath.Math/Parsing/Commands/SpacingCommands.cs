using StaticMath.Math.Parsing.Tokens;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing.Commands;

/// <summary>
/// Horizontal space: <c>\, \: \; \! \quad …</c> in mu or em, <c>\hspace{…}</c>, <c>\kern</c>, <c>\mkern</c>,
/// <c>\mskip</c>, <c>\hskip</c> with any TeX unit, and commands that only matter for line breaking (ignored).
/// </summary>
internal static class SpacingCommands
{
    /// <summary>Width of <c>\ </c> and <c>~</c>: the interword space of a 10pt text font (3.33pt).</summary>
    public const double InterwordSpaceEm = 0.333;

    public static void Register(CommandRegistry.Builder registry)
    {
        AddMu(registry, ",", 3);
        AddMu(registry, "thinspace", 3);
        AddMu(registry, ":", 4);
        AddMu(registry, ">", 4);
        AddMu(registry, "medspace", 4);
        AddMu(registry, ";", 5);
        AddMu(registry, "thickspace", 5);
        AddMu(registry, "!", -3);
        AddMu(registry, "negthinspace", -3);
        AddMu(registry, "negmedspace", -4);
        AddMu(registry, "negthickspace", -5);
        AddEm(registry, "quad", 1);
        AddEm(registry, "qquad", 2);
        AddEm(registry, "enspace", 0.5);
        AddEm(registry, "enskip", 0.5);
        AddEm(registry, " ", InterwordSpaceEm);
        AddEm(registry, "space", InterwordSpaceEm);
        AddEm(registry, "nobreakspace", InterwordSpaceEm);
        registry.Add("hspace", HSpace);
        registry.Add("kern", Kern);
        registry.Add("mkern", Kern);
        registry.Add("mskip", Kern);
        registry.Add("hskip", Kern);
        registry.Add("mspace", Kern);
        registry.Add("Space", Space);
        // A line break outside an alignment and not at the top level (e.g. inside braces): MathJax accepts and ignores it.
        registry.Add("\\", (p, _) =>
        {
            p.ReadRowGap();
            return null;
        });
        registry.Add("newline", Ignored);
        registry.Add("cr", Ignored);
        foreach (var ignored in (string[])["nobreak", "allowbreak", "displaybreak", "hfill", "hfil", "hss", "break", "noindent", "par", "linebreak", "nolinebreak", "pagebreak", "newpage", "ignorespaces", "protect"])
        {
            registry.Add(ignored, Ignored);
        }
    }

    private static void AddMu(CommandRegistry.Builder registry, string name, double mu) =>
        registry.Add(name, (_, _) => new SpaceNode(mu, SpaceUnit.Mu));

    private static void AddEm(CommandRegistry.Builder registry, string name, double em) =>
        registry.Add(name, (_, _) => new SpaceNode(em, SpaceUnit.Em));

    /// <summary>MathJax's <c>\Space{width}{height}{depth}</c>: empty space that also holds the line open vertically.</summary>
    private static MathNode Space(MathParser parser, Token command)
    {
        var width = parser.ReadDimensionArgument(command)?.ToEm() ?? 0;
        var height = parser.ReadDimensionArgument(command)?.ToEm() ?? 0;
        var depth = parser.ReadDimensionArgument(command)?.ToEm() ?? 0;
        return new MathList(
        [
            new RuleNode(0, height + depth, -depth) { Offset = command.Offset },
            new SpaceNode(width, SpaceUnit.Em) { Offset = command.Offset },
        ]) { Offset = command.Offset };
    }

    public static SpaceNode FromDimension(Dimension dimension) =>
        dimension.IsMu ? new SpaceNode(dimension.Amount, SpaceUnit.Mu) : new SpaceNode(dimension.ToEm(), SpaceUnit.Em);

    private static MathNode? HSpace(MathParser parser, Token command)
    {
        parser.ReadStar();
        var dimension = parser.ReadDimensionArgument(command);
        return dimension is { } d ? FromDimension(d) : null;
    }

    private static MathNode? Kern(MathParser parser, Token command)
    {
        var dimension = parser.ReadInlineDimension(command);
        return dimension is { } d ? FromDimension(d) : null;
    }

    private static MathNode? Ignored(MathParser parser, Token command)
    {
        // \displaybreak[n], \linebreak[n] take an optional argument.
        if (command.Text is "displaybreak" or "linebreak" or "nolinebreak" or "pagebreak")
        {
            parser.ReadOptionalStringArgument();
        }

        return null;
    }
}
