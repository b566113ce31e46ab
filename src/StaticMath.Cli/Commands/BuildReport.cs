using System.Globalization;
using Spectre.Console;
using StaticMath.Site.Build;
using StaticMath.Site.Content;
using StaticMath.Site.Core;

namespace StaticMath.Cli.Commands;

/// <summary>Prints a build's diagnostics (stderr, one <c>path(line,col): error SMnnnn: message</c> per line) and summary (stdout).</summary>
public static class BuildReport
{
    /// <summary>One line per code on stderr (count, severity, first message) so a CI log shows what kind of problems there are.</summary>
    private static void PrintSummaryByCode(BuildResult result)
    {
        var groups = result.Diagnostics.GroupBy(d => (d.Code, d.IsError)).OrderByDescending(g => g.Key.IsError).ThenBy(g => g.Key.Code, StringComparer.Ordinal).ToList();
        if (groups.Count < 2 && result.Diagnostics.Count < 5) return;
        Console.Error.WriteLine("Problems by code:");
        foreach (var group in groups)
        {
            var first = group.First();
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {group.Key.Code} {(group.Key.IsError ? "error  " : "warning")} ×{group.Count(),-4} e.g. {first.Path}({first.Line},{System.Math.Max(1, first.Column)}): {first.Message}"));
        }
    }

    public static void Print(BuildResult result, BuildOptions options, bool quiet)
    {
        foreach (var diagnostic in result.Diagnostics)
            Console.Error.WriteLine(diagnostic.ToString());

        var outputName = Path.GetRelativePath(Environment.CurrentDirectory, result.OutputDirectory);
        if (result.Cancelled)
        {
            Console.Error.WriteLine($"Build cancelled; {outputName} was left unchanged.");
            return;
        }
        PrintSummaryByCode(result);
        if (!result.Succeeded)
        {
            var why = result.ErrorCount > 0 ? $"{result.ErrorCount} error(s)" : $"{result.WarningCount} warning(s) under --strict";
            Console.Error.WriteLine($"Build failed with {why}; {outputName} was left unchanged.");
        }
        if (quiet) return;

        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var table = new Table().Border(TableBorder.None).HideHeaders().AddColumn("what").AddColumn("value");
        var pages = result.PagesWritten.ToString(CultureInfo.InvariantCulture);
        if (result.PagesReused > 0) pages += $" ({result.PagesReused.ToString(CultureInfo.InvariantCulture)} unchanged, kept from the last build)";
        table.AddRow("pages", Markup.Escape(pages));
        table.AddRow("files copied", result.FilesCopied.ToString(CultureInfo.InvariantCulture));
        foreach (var (name, value) in result.Counters)
        {
            if (EquationSummary.IsPartOfEquationLine(name)) continue;
            table.AddRow(Markup.Escape(name), value.ToString(CultureInfo.InvariantCulture));
        }
        if (EquationSummary.Line(result.Counters) is { } equations)
            table.AddRow("equations", Markup.Escape(equations));
        table.AddRow("warnings", result.WarningCount.ToString(CultureInfo.InvariantCulture));
        table.AddRow("errors", result.ErrorCount.ToString(CultureInfo.InvariantCulture));
        table.AddRow("elapsed", seconds + " s");
        AnsiConsole.Write(table);
        foreach (var line in SkippedPostsNotice.Lines(options.IncludeDrafts ? 0 : result.DraftsSkipped, options.IncludeFuture ? 0 : result.FutureSkipped))
            Console.WriteLine(line);
        if (result.Succeeded)
            AnsiConsole.MarkupLine($"[green]Built[/] {Markup.Escape(outputName)}");
    }

    /// <summary>
    /// <c>--verbose</c>: each phase's time and item count, in the order they ran. Lines starting with <c>page:</c> are
    /// summed over the parallel page workers, so together they can exceed the wall time of the page phase.
    /// </summary>
    public static void PrintPhases(BuildResult result)
    {
        if (result.Phases.Count == 0) return;
        var table = new Table().Border(TableBorder.None).AddColumn("phase").AddColumn(new TableColumn("seconds").RightAligned()).AddColumn(new TableColumn("items").RightAligned());
        foreach (var phase in result.Phases)
        {
            table.AddRow(Markup.Escape(phase.Name), phase.Elapsed.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture),
                phase.Count.ToString(CultureInfo.InvariantCulture));
        }
        // Time the runtime stopped every thread to collect garbage: the page lines above include it wherever it fell.
        table.AddRow("garbage collection pauses (whole process; items: collections, of them full)",
            GC.GetTotalPauseDuration().TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture),
            $"{GC.CollectionCount(0)}, {GC.CollectionCount(2)}");
        AnsiConsole.Write(table);
    }
}
