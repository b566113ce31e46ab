namespace StaticMath.Math;

/// <summary>An SVG's text as UTF-8 (<see cref="Bytes"/>) and its length in characters.</summary>
public sealed record Utf8Svg(ReadOnlyMemory<byte> Bytes, int Length);
