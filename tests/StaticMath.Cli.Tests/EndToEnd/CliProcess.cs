namespace StaticMath.Cli.Tests.EndToEnd;

/// <summary>Runs the <c>staticmath</c> built next to the tests (<c>dotnet staticmath.dll …</c>) as a separate process: the
/// command line end to end, without packing the tool.</summary>
public static class CliProcess
{
    public static ProcessResult Run(string workingDirectory, params string[] arguments) =>
        ProcessRunner.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "staticmath.dll"), .. arguments], workingDirectory);
}
