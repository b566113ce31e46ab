using StaticMath.Site.Configuration;
using StaticMath.Site.Content;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Import;

/// <summary>What <c>staticmath import</c> was asked to do.</summary>
public sealed record ImportOptions(string SourceDirectory, string TargetDirectory, SourceGenerator? Generator = null, bool Force = false);

/// <summary>The outcome: the generator read, the report, and the files written (none when the report has errors).</summary>
public sealed record ImportResult(SourceGenerator? Generator, ImportReport Report, IReadOnlyList<string> WrittenFiles);

/// <summary>
/// Turns another generator's site into a StaticMath site in a new folder: reads everything first (only reading the
/// source, never writing there), then, when nothing stops it, copies the files and writes staticmath.yml.
/// </summary>
public static class SiteImporter
{
    public static ImportResult Import(ImportOptions options)
    {
        var source = Path.GetFullPath(options.SourceDirectory);
        var target = Path.GetFullPath(options.TargetDirectory);
        var failed = new ImportReport();
        if (!Directory.Exists(source))
        {
            failed.Fail(DiagnosticCodes.ImportNoGenerator, options.SourceDirectory, 0, "the site to import is not a folder");
            return new ImportResult(null, failed, []);
        }
        if (RealPath.IsInside(RealPath.Of(target), RealPath.Of(source)) || RealPath.IsInside(RealPath.Of(source), RealPath.Of(target)))
        {
            failed.Fail(DiagnosticCodes.ImportTargetOverlapsSource, options.TargetDirectory, 0, "the new site must be outside the site being imported (and not hold it): the source is never written to");
            return new ImportResult(null, failed, []);
        }
        var generator = options.Generator ?? GeneratorDetector.Detect(source)?.Generator;
        if (generator is null)
        {
            failed.Fail(DiagnosticCodes.ImportNoGenerator, options.SourceDirectory, 0,
                "no Jekyll (_config.yml), Hugo (hugo.toml, config.toml), Zola (config.toml), Quarto (_quarto.yml) or Eleventy (.eleventy.js, eleventy.config.js) configuration here; name the generator with --generator");
            return new ImportResult(null, failed, []);
        }

        var site = new ImportedSite(source, generator.Value);
        ReaderFor(generator.Value).Read(site);
        LayoutBridges.Add(site);
        PostSyntaxScanner.Scan(site);
        var written = new List<string> { SiteConfigLoader.FileName };
        written.AddRange(site.TargetPaths);
        if (ImportTarget.Refusal(target, written, options.Force) is { } refusal)
            site.Report.Fail(DiagnosticCodes.ImportTargetRefused, options.TargetDirectory, 0, refusal);
        if (site.Report.Problems.HasErrors) return new ImportResult(generator, site.Report, []);

        Write(site, target);
        return new ImportResult(generator, site.Report, written);
    }

    private static ISiteReader ReaderFor(SourceGenerator generator) => generator switch
    {
        SourceGenerator.Jekyll => new JekyllReader(),
        SourceGenerator.Hugo => new HugoReader(),
        SourceGenerator.Zola => new ZolaReader(),
        SourceGenerator.Quarto => new QuartoReader(),
        _ => new EleventyReader(),
    };

    private static void Write(ImportedSite site, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in site.Files)
        {
            var destination = Path.Combine(target, file.TargetPath);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(site.FullPath(file.SourcePath), destination, overwrite: true);
        }
        foreach (var (path, text) in site.GeneratedFiles)
        {
            var destination = Path.Combine(target, path);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.WriteAllText(destination, text);
        }
        File.WriteAllText(Path.Combine(target, SiteConfigLoader.FileName), ImportedConfigWriter.Write(site));
        ImportTarget.WriteStamp(target, [SiteConfigLoader.FileName, .. site.TargetPaths]);
    }
}
