namespace StaticMath.Site.Core;

/// <summary>
/// What the program running a build says about itself, for the <c>staticmath</c> Liquid object (as Jekyll's
/// <c>jekyll.version</c>): its version and its command-line commands, so a CLI reference page is generated from the
/// command definitions instead of copied by hand. Null when the library is used directly.
/// </summary>
public sealed class ToolInfo
{
    public string Version { get; init; } = "";

    /// <summary>Every command, parents before children, with its full name (<c>new site</c>).</summary>
    public IReadOnlyList<ToolCommand> Commands { get; init; } = [];
}

/// <param name="Name">The full command name after the tool's name (<c>build</c>, <c>new site</c>).</param>
public sealed record ToolCommand(string Name, string Description, IReadOnlyList<ToolArgument> Arguments, IReadOnlyList<ToolOption> Options);

public sealed record ToolArgument(string Name, string Description);

/// <param name="Names">The option's name first, then its aliases (<c>--output</c>, <c>-o</c>).</param>
/// <param name="Value">The value placeholder (<c>&lt;output&gt;</c>), empty for a flag.</param>
/// <param name="Default">The default value as text, empty when there is none worth showing (flags, nulls).</param>
public sealed record ToolOption(IReadOnlyList<string> Names, string Value, string Description, string Default = "");
