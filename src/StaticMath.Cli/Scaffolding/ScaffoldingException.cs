namespace StaticMath.Cli.Scaffolding;

/// <summary>A `new` command that cannot proceed (e.g. the target exists); the message is for the user.</summary>
public sealed class ScaffoldingException(string message) : Exception(message);
