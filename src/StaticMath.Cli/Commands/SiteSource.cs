using System.CommandLine;
using StaticMath.Site.Configuration;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Cli.Commands;

/// <summary>
/// The <c>--source</c> option every site command shares, and how it resolves: the folder given, which must be a site,
/// or else the nearest folder at or above the current one holding <c>staticmath.yml</c> (see <see cref="SiteRoot"/>).
/// </summary>
public static class SiteSource
{
    public static readonly Option<string?> Option = new("--source", "-s")
    {
        Description = "Site folder (default: the nearest folder at or above the current one holding staticmath.yml)",
    };

    /// <summary>The site folder, or null after printing why there is none (the command then exits with <see cref="CommandLineApp.Usage"/>).</summary>
    public static string? Resolve(ParseResult parse)
    {
        var given = parse.GetValue(Option);
        if (given is null)
        {
            var current = Environment.CurrentDirectory;
            var found = SiteRoot.FindFrom(current);
            if (found is null)
                Console.Error.WriteLine(Diagnostic.Error(DiagnosticCodes.NotASite, current, 0, 0,
                    $"not inside a site: no {SiteConfigLoader.FileName} here or in any folder above; run the command in a site, pass --source DIR, or create a site with 'staticmath new site DIR'"));
            return found;
        }
        var source = Path.GetFullPath(given);
        if (!Directory.Exists(source))
        {
            Console.Error.WriteLine($"staticmath: the source folder '{source}' does not exist");
            return null;
        }
        if (!SiteRoot.IsSite(source))
        {
            Console.Error.WriteLine(Diagnostic.Error(DiagnosticCodes.NotASite, source, 0, 0,
                $"not a site: --source names a folder without {SiteConfigLoader.FileName}; create one (a 'title:' line is enough) or create a site with 'staticmath new site DIR'"));
            return null;
        }
        return source;
    }
}
