namespace StaticMath.Math;

/// <summary>Facts about the engine: its version stamp and what it can typeset.</summary>
public static class MathEngineInfo
{
    /// <summary>Version stamp that goes into cache keys: bump it whenever layout or SVG output changes.</summary>
    public const string Version = "0.1.0-dev2";

    /// <summary>
    /// Every control sequence and environment the engine accepts in math mode, read from the parser's own registries
    /// (command families, the symbol table, built-in macros, macro definition commands, environments), ordered by
    /// kind, family and name. Documentation is generated from this so it cannot drift from the engine.
    /// </summary>
    public static IReadOnlyList<MathCommandInfo> SupportedCommands() => Parsing.SupportedCommandCatalog.All;
}
