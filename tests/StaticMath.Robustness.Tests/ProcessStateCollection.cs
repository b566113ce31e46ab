namespace StaticMath.Robustness.Tests;

/// <summary>Runs alone: these tests change process-wide state for a moment (environment variables) that other tests must not see.</summary>
[CollectionDefinition(nameof(ProcessStateCollection), DisableParallelization = true)]
public sealed class ProcessStateCollection;
