using System.CommandLine;
using StaticMath.Site.Themes;

namespace StaticMath.Cli.Commands;

/// <summary><c>staticmath theme export [DIR]</c>: writes the embedded default theme's files so a site can change them.</summary>
public static class ThemeCommand
{
    public static Command Create()
    {
        var command = new Command("theme", "Work with the theme built into the tool");

        var directory = new Argument<string?>("directory")
        {
            Description = "Folder to write the theme into (default: the site's themes/default, which a site with theme: default uses over the built-in copy)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var force = new Option<bool>("--force") { Description = "Overwrite files that already exist in the folder" };
        var export = new Command("export", "Write the default theme's layouts, partials, translations and assets into a folder to customise them");
        export.Arguments.Add(directory);
        export.Options.Add(force);
        export.Options.Add(SiteSource.Option);
        export.SetAction(parse =>
        {
            if (parse.GetValue(directory) is { } given) return Export(given, parse.GetValue(force));
            // Without a folder the theme goes into the site (found as every command finds it), wherever in it the user stands.
            return SiteSource.Resolve(parse) is { } site
                ? Export(Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(site, "themes", "default")), parse.GetValue(force))
                : CommandLineApp.Usage;
        });
        command.Subcommands.Add(export);
        return command;
    }

    private static int Export(string directory, bool force)
    {
        var full = Path.GetFullPath(directory);
        ThemeExport.Result result;
        try
        {
            result = ThemeExport.Export(full, force);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"staticmath: cannot write the theme: {e.Message}");
            return CommandLineApp.Failure;
        }
        var shown = directory.Replace('\\', '/').TrimEnd('/');
        if (result.Written.Count == 0)
        {
            foreach (var path in result.Existing) Console.Error.WriteLine($"staticmath: {shown}/{path} already exists");
            Console.Error.WriteLine($"staticmath: nothing written: {result.Existing.Count} file(s) of the theme already exist in {shown}/ (pass --force to overwrite them)");
            return CommandLineApp.Failure;
        }
        foreach (var path in result.Written) Console.WriteLine($"{shown}/{path}");
        Console.WriteLine($"Wrote {result.Written.Count} files{(result.Existing.Count > 0 ? $" ({result.Existing.Count} overwritten)" : "")}. Layouts: {string.Join(", ", ThemeExport.LayoutNames())}.");
        return CommandLineApp.Success;
    }
}
