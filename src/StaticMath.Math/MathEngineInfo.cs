namespace StaticMath.Math;

/// <summary>Version stamp that goes into cache keys: bump it whenever layout or SVG output changes.</summary>
public static class MathEngineInfo
{
    public const string Version = "0.1.0-dev1";
}
