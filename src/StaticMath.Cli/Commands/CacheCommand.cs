using System.CommandLine;
using System.Globalization;
using StaticMath.Site.Configuration;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Engine;
using StaticMath.Site.Markdown.Extensions.Math;

namespace StaticMath.Cli.Commands;

/// <summary>
/// <c>staticmath cache info</c> (equations, size, bound, the last build's hit rate) and <c>staticmath cache clear</c>
/// (deletes the math cache store, the records of the pages earlier builds wrote, and the per-equation files earlier
/// versions kept in <c>.staticmath/cache/</c> — only those files, nothing else in the folder).
/// </summary>
public static class CacheCommand
{
    public static Command Create()
    {
        var command = new Command("cache", "Show or clear the math cache (.staticmath/math-cache.db)");
        command.Subcommands.Add(Info());
        command.Subcommands.Add(Clear());
        return command;
    }

    private static Command Info()
    {
        var command = new Command("info", "Equations in the math cache, its size and bound, and the last build's hit rate");
        command.Options.Add(SiteSource.Option);
        command.SetAction(parse =>
        {
            if (SiteFolder(parse) is not { } site)
                return CommandLineApp.Usage;

            var config = SiteConfigLoader.LoadFromDirectory(site, SiteFeatures.Sections, new DiagnosticBag());
            _ = MathConfig.TryParseCacheSize(config.Section<MathConfig>().CacheSize, out var bound); // an unreadable size leaves the default bound
            var statistics = MathCache.Describe(site);
            if (statistics is null)
                Console.Out.WriteLine($"{MathCache.StoreDisplayPath}: no math cache yet (bound {Size(bound)})");
            else
                Print(statistics, bound, MathCache.StorePathFor(site));

            var legacy = LegacyMathCacheFiles.Find(site);
            if (legacy.Count > 0)
                Console.Out.WriteLine($"{LegacyMathCacheFiles.DisplayPath}: {legacy.Count:N0} files of an earlier version's cache, no longer read; 'staticmath cache clear' removes them");
            return CommandLineApp.Success;
        });
        return command;
    }

    private static Command Clear()
    {
        var command = new Command("clear", "Delete the math cache and the page records (the next build typesets every equation and makes every page)");
        command.Options.Add(SiteSource.Option);
        command.SetAction(parse =>
        {
            if (SiteFolder(parse) is not { } site)
                return CommandLineApp.Usage;

            var removedStore = MathCache.Clear(site);
            var removedRecords = Site.Build.SiteBuilder.ClearPageRecords(site);
            var removedLegacy = LegacyMathCacheFiles.Delete(site);
            Console.Out.WriteLine(removedStore || removedRecords || removedLegacy > 0
                ? $"math cache cleared{(removedLegacy > 0 ? $" ({removedLegacy:N0} files of an earlier version's cache removed)" : "")}"
                : "no math cache to clear");
            return CommandLineApp.Success;
        });
        return command;
    }

    private static void Print(MathCacheStatistics statistics, long bound, string path)
    {
        var onDisk = new FileInfo(path).Length;
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{MathCache.StoreDisplayPath}: {statistics.Entries:N0} equations, {Size(onDisk)} on disk (bound {Size(bound)}, math.cacheSize)"));
        Console.Out.WriteLine(statistics.LastBuildAt == 0
            ? "last build: none recorded"
            : string.Create(CultureInfo.InvariantCulture,
                $"last build: {statistics.Lookups:N0} look-ups, {statistics.Hits:N0} from the cache ({statistics.HitRate * 100:0.0}%), {DateTimeOffset.FromUnixTimeSeconds(statistics.LastBuildAt):yyyy-MM-dd HH:mm} UTC"));
    }

    /// <summary>The site whose cache is meant, found as every site command finds it.</summary>
    private static string? SiteFolder(ParseResult parse) => SiteSource.Resolve(parse);

    private static string Size(long bytes) => bytes switch
    {
        >= 1L << 30 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 30):0.##} GB"),
        >= 1L << 20 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 20):0.#} MB"),
        >= 1L << 10 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 10):0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };
}
