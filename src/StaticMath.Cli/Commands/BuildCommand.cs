using System.CommandLine;
using Spectre.Console;
using StaticMath.Site.Build;
using StaticMath.Site.Core;

namespace StaticMath.Cli.Commands;

/// <summary><c>staticmath build</c>: builds the site, prints problems on stderr and a summary on stdout.</summary>
public static class BuildCommand
{
    public static readonly Option<string?> Output = new("--output", "-o") { Description = "Output folder (default: _site in the site folder)" };
    public static readonly Option<bool> Force = new("--force") { Description = "Replace the output folder even if it holds files staticmath did not write" };
    public static readonly Option<bool> Drafts = new("--drafts") { Description = "Include drafts" };
    public static readonly Option<bool> Future = new("--future") { Description = "Include posts dated in the future" };
    public static readonly Option<string?> BaseUrl = new("--base-url") { Description = "Override baseUrl from staticmath.yml" };
    public static readonly Option<bool> Strict = new("--strict") { Description = "Treat warnings as errors" };
    public static readonly Option<bool> Quiet = new("--quiet", "-q") { Description = "Print only problems" };
    public static readonly Option<bool> Verbose = new("--verbose") { Description = "Also print where the time went: each build phase's time and item count" };
    public static readonly Option<bool> NoCache = new("--no-cache") { Description = "Make every page and typeset every equation; neither read nor write the math cache (.staticmath/math-cache.db) or the page records (.staticmath/pages.db)" };

    public static Command Create()
    {
        var command = new Command("build", "Build the site into the output folder (replaced only when the build succeeds)");
        foreach (var option in new Option[] { SiteSource.Option, Output, Force, Drafts, Future, BaseUrl, Strict, Quiet, Verbose, NoCache })
            command.Options.Add(option);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var source = SiteSource.Resolve(parse);
            if (source is null) return CommandLineApp.Usage;
            var output = parse.GetValue(Output);
            var options = new BuildOptions
            {
                SourceDirectory = source,
                OutputDirectory = output is null ? null : Path.GetFullPath(output),
                ReplaceOutput = parse.GetValue(Force),
                IncludeDrafts = parse.GetValue(Drafts),
                IncludeFuture = parse.GetValue(Future),
                BaseUrl = parse.GetValue(BaseUrl),
                Strict = parse.GetValue(Strict),
                NoCache = parse.GetValue(NoCache),
                ForPublishing = true,
                Tool = ToolCommands.Describe(parse.RootCommandResult.Command),
            };
            var quiet = parse.GetValue(Quiet);
            var result = await RunAsync(options, quiet, cancellationToken);
            BuildReport.Print(result, options, quiet);
            if (parse.GetValue(Verbose)) BuildReport.PrintPhases(result);
            return result.Succeeded ? CommandLineApp.Success : CommandLineApp.Failure;
        });
        return command;
    }

    private static async Task<BuildResult> RunAsync(BuildOptions options, bool quiet, CancellationToken cancellationToken)
    {
        if (quiet || !AnsiConsole.Profile.Capabilities.Interactive)
            return await Task.Run(() => SiteBuilder.Build(options, null, cancellationToken), cancellationToken);

        BuildResult? result = null;
        await AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async progressContext =>
            {
                var task = progressContext.AddTask("Building pages");
                var progress = new Progress<BuildProgress>(p =>
                {
                    task.MaxValue = System.Math.Max(1, p.Total);
                    task.Value = p.Done;
                });
                result = await Task.Run(() => SiteBuilder.Build(options, progress, cancellationToken), cancellationToken);
                task.Value = task.MaxValue;
            });
        return result!;
    }
}
