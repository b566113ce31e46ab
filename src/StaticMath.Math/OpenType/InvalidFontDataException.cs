namespace StaticMath.Math.OpenType;

/// <summary>The font's binary data contradicts the OpenType specification.</summary>
public sealed class InvalidFontDataException(string message) : Exception(message);
