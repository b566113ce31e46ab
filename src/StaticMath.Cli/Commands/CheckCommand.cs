using System.CommandLine;
using StaticMath.Site.Check;

namespace StaticMath.Cli.Commands;

/// <summary>
/// <c>staticmath check</c>: builds the site (or reads an existing output folder) and verifies links, anchors,
/// images, HTML well-formedness, unique ids and the absence of theme scripts. Problems go to stdout as
/// <c>path(line,col): error SM5nnn: message</c>, then a summary; exit 1 when anything is wrong. Nothing is fetched.
/// </summary>
public static class CheckCommand
{
    public static readonly Option<string?> Output = new("--output", "-o") { Description = "Check this already built output folder instead of building" };
    public static readonly Option<string?> BaseUrl = new("--base-url") { Description = "Override baseUrl from staticmath.yml (pass the value given to build --base-url)" };
    public static readonly Option<bool> Strict = new("--strict") { Description = "Build warnings fail the check" };

    public static Command Create()
    {
        var command = new Command("check", "Build the site and verify internal links, #anchors, images, HTML, ids and scripts (never fetches external links)");
        command.Options.Add(SiteSource.Option);
        command.Options.Add(Output);
        command.Options.Add(BaseUrl);
        command.Options.Add(Strict);
        command.SetAction(parse =>
        {
            var source = SiteSource.Resolve(parse);
            if (source is null) return CommandLineApp.Usage;
            var output = parse.GetValue(Output);
            var result = SiteCheckRunner.Run(new SiteCheckRunOptions
            {
                SourceDirectory = source,
                ExistingOutputDirectory = output,
                BaseUrl = parse.GetValue(BaseUrl),
                Strict = parse.GetValue(Strict),
                Tool = ToolCommands.Describe(parse.RootCommandResult.Command),
            });

            foreach (var warning in result.ConfigWarnings)
                Console.Error.WriteLine(warning.ToString());
            if (result.Build is { } build)
            {
                foreach (var diagnostic in build.Diagnostics)
                    Console.Error.WriteLine(diagnostic.ToString());
                if (!build.OutputWritten)
                    Console.Error.WriteLine($"staticmath: the build failed with {build.ErrorCount} error(s) and {build.WarningCount} warning(s); nothing to check");
            }
            var prefix = output is null ? "" : Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(output)).Replace('\\', '/') + "/";
            foreach (var problem in result.Report.Problems)
                Console.WriteLine(prefix + problem);
            if (result.Build is not { OutputWritten: false }) Console.WriteLine(result.Report.Summary);
            return result.HasProblems ? CommandLineApp.Failure : CommandLineApp.Success;
        });
        return command;
    }
}
