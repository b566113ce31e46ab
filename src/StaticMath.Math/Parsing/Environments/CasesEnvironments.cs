using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing.Environments;

/// <summary><c>cases dcases rcases drcases</c> (and mathtools' <c>cases*</c>): left-aligned columns with a brace.</summary>
internal static class CasesEnvironments
{
    public static void Register(EnvironmentRegistry.Builder registry)
    {
        Add(registry, "cases", MathStyle.Text, right: false);
        Add(registry, "cases*", MathStyle.Text, right: false);
        Add(registry, "dcases", MathStyle.Display, right: false);
        Add(registry, "dcases*", MathStyle.Display, right: false);
        Add(registry, "rcases", MathStyle.Text, right: true);
        Add(registry, "drcases", MathStyle.Display, right: true);
    }

    private static void Add(EnvironmentRegistry.Builder registry, string name, MathStyle style, bool right) =>
        registry.Add(name, (parser, begin, n) =>
        {
            var body = ArrayBodyParser.Parse(parser, begin, n);
            var array = body.ToNode(body.UniformColumns(ColumnAlign.Left), ArrayKind.Cases, style);
            return MatrixEnvironments.Wrap(array, right ? null : "{", right ? "}" : null, begin.Offset);
        });
}
