namespace StaticMath.Math.Layout.Boxes;

/// <summary>A filled rectangle (fraction bars, radical overbars, \rule); an invisible strut when <see cref="Visible"/> is false.</summary>
internal sealed class RuleBox(double width, double height, double depth, bool visible = true) : Box
{
    public override double Width { get; } = width;
    public override double Height { get; } = height;
    public override double Depth { get; } = depth;
    public bool Visible { get; } = visible;
}
