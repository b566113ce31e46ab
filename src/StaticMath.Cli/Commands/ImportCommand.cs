using System.CommandLine;
using StaticMath.Site.Import;

namespace StaticMath.Cli.Commands;

/// <summary>
/// <c>staticmath import --from SITE --to NEW</c>: writes a StaticMath site from a Jekyll, Hugo, Zola, Quarto or
/// Eleventy site. What was converted goes to stdout (<c>file:line: what → where</c>); what was not, as located
/// warnings on stderr; exit 1 when nothing could be written.
/// </summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "The site to import (its folder is only read)", Required = true };
        var to = new Option<string>("--to") { Description = "Folder for the new StaticMath site (new or empty, or an earlier import with --force)", Required = true };
        var generator = new Option<SourceGenerator?>("--generator") { Description = "The source site's generator: jekyll, hugo, zola, quarto or eleventy (default: detected from its configuration file)" };
        var force = new Option<bool>("--force") { Description = "Replace the files of an earlier import into the same folder (never files the import did not write)" };
        var command = new Command("import", "Create a StaticMath site from a Jekyll/al-folio, Hugo, Zola, Quarto or Eleventy site: settings, math macros, posts, assets, bibliographies");
        command.Options.Add(from);
        command.Options.Add(to);
        command.Options.Add(generator);
        command.Options.Add(force);
        command.SetAction(parse => Run(new ImportOptions(parse.GetValue(from)!, parse.GetValue(to)!, parse.GetValue(generator), parse.GetValue(force)), Console.Out, Console.Error));
        return command;
    }

    public static int Run(ImportOptions options, TextWriter output, TextWriter errors)
    {
        ImportResult result;
        try
        {
            result = SiteImporter.Import(options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine($"staticmath: the import stopped: {e.Message}");
            return CommandLineApp.Failure;
        }
        if (result.Generator is { } generator) output.WriteLine($"Importing the {generator} site in {options.SourceDirectory}");
        foreach (var item in result.Report.Converted) output.WriteLine("  " + item);
        foreach (var problem in result.Report.Problems.Sorted()) errors.WriteLine(problem.ToString());
        var problems = result.Report.Problems;
        if (problems.HasErrors)
        {
            errors.WriteLine($"staticmath: nothing imported ({problems.ErrorCount} error(s))");
            return CommandLineApp.Failure;
        }
        output.WriteLine($"Converted {result.Report.Converted.Count} item(s); {problems.WarningCount} not converted (warnings above). Wrote {result.WrittenFiles.Count} file(s) to {options.TargetDirectory}.");
        output.WriteLine($"Build it with: staticmath build --source {options.TargetDirectory}");
        return CommandLineApp.Success;
    }
}
