using StaticMath.Site.Core;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Build;

/// <summary>What a build did. <see cref="Succeeded"/> is false on any error (or warning under --strict); then the output was not replaced.</summary>
public sealed record BuildResult
{
    public required bool Succeeded { get; init; }

    /// <summary>True when the new site replaced the output folder.</summary>
    public required bool OutputWritten { get; init; }

    public required string OutputDirectory { get; init; }

    public required int PagesWritten { get; init; }

    public required int FilesCopied { get; init; }

    /// <summary>Of <see cref="PagesWritten"/>, pages whose file was kept from the last build: nothing they were made from changed.</summary>
    public int PagesReused { get; init; }

    public int DraftsSkipped { get; init; }

    public int FutureSkipped { get; init; }

    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    public required TimeSpan Elapsed { get; init; }

    public IReadOnlyList<KeyValuePair<string, long>> Counters { get; init; } = [];

    /// <summary>Where the time went, phase by phase (see <see cref="BuildPhases"/>).</summary>
    public IReadOnlyList<PhaseTime> Phases { get; init; } = [];

    public bool Cancelled { get; init; }

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}
