namespace StaticMath.Math.Syntax;

/// <summary>TeX's four styles; cramping is tracked separately by the layout.</summary>
public enum MathStyle
{
    Display,
    Text,
    Script,
    ScriptScript,
}
