namespace StaticMath.Math;

/// <summary>Facts about the engine: its version, the stamp its caches are keyed on, and what it can typeset.</summary>
public static class MathEngineInfo
{
    /// <summary>Human-readable engine version (shown to templates as <c>staticmath.math_engine_version</c>).</summary>
    public const string Version = "0.1.0-dev2";

    /// <summary>
    /// What cache keys are derived from: the version plus the engine assembly's module version id. Builds are
    /// deterministic, so the MVID is a hash of everything compiled into the assembly — code, the embedded fonts and
    /// the symbol table — and changes with any of them while staying the same for identical builds. A forgotten
    /// version bump therefore can never serve stale SVG from a cache.
    /// </summary>
    public static string BuildStamp { get; } =
        Version + "+" + typeof(MathEngineInfo).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>
    /// Every control sequence and environment the engine accepts in math mode, read from the parser's own registries
    /// (command families, the symbol table, built-in macros, macro definition commands, environments), ordered by
    /// kind, family and name. Documentation is generated from this so it cannot drift from the engine.
    /// </summary>
    public static IReadOnlyList<MathCommandInfo> SupportedCommands() => Parsing.SupportedCommandCatalog.All;
}
