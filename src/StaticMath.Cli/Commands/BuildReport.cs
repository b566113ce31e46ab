using System.Globalization;
using Spectre.Console;
using StaticMath.Site.Build;

namespace StaticMath.Cli.Commands;

/// <summary>Prints a build's diagnostics (stderr, one <c>path(line,col): error SMnnnn: message</c> per line) and summary (stdout).</summary>
public static class BuildReport
{
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
        if (!result.Succeeded)
        {
            var why = result.ErrorCount > 0 ? $"{result.ErrorCount} error(s)" : $"{result.WarningCount} warning(s) under --strict";
            Console.Error.WriteLine($"Build failed with {why}; {outputName} was left unchanged.");
        }
        if (quiet) return;

        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var table = new Table().Border(TableBorder.None).HideHeaders().AddColumn("what").AddColumn("value");
        table.AddRow("pages", result.PagesWritten.ToString(CultureInfo.InvariantCulture));
        table.AddRow("files copied", result.FilesCopied.ToString(CultureInfo.InvariantCulture));
        foreach (var (name, value) in result.Counters)
        {
            if (EquationSummary.IsPartOfEquationLine(name)) continue;
            table.AddRow(Markup.Escape(name), value.ToString(CultureInfo.InvariantCulture));
        }
        if (EquationSummary.Line(result.Counters) is { } equations)
            table.AddRow("equations", Markup.Escape(equations));
        if (result.DraftsSkipped > 0 && !options.IncludeDrafts) table.AddRow("drafts skipped", result.DraftsSkipped.ToString(CultureInfo.InvariantCulture));
        if (result.FutureSkipped > 0 && !options.IncludeFuture) table.AddRow("future posts skipped", result.FutureSkipped.ToString(CultureInfo.InvariantCulture));
        table.AddRow("warnings", result.WarningCount.ToString(CultureInfo.InvariantCulture));
        table.AddRow("errors", result.ErrorCount.ToString(CultureInfo.InvariantCulture));
        table.AddRow("elapsed", seconds + " s");
        AnsiConsole.Write(table);
        if (result.Succeeded)
            AnsiConsole.MarkupLine($"[green]Built[/] {Markup.Escape(outputName)}");
    }
}
