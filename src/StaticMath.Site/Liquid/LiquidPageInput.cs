using StaticMath.Site.Content;
using StaticMath.Site.Core;

namespace StaticMath.Site.Liquid;

/// <summary>
/// What Liquid in one page body may see and resolve: <c>site.*</c> and <c>page.*</c> values, the base URL for
/// <c>relative_url</c>, the include folders, and lookups for <c>post_url</c>/<c>link</c>. Built per page by
/// <see cref="LiquidBodyPreprocessor"/> from the site pipeline's objects.
/// </summary>
public sealed class LiquidPageInput
{
    /// <summary>Path relative to the site root, used in diagnostics.</summary>
    public required string SourcePath { get; init; }

    /// <summary>1-based file line of the body's first line (front matter lines come before it).</summary>
    public int BodyLineOffset { get; init; } = 1;

    public IReadOnlyDictionary<string, object?> Site { get; init; } = new Dictionary<string, object?>();

    public IReadOnlyDictionary<string, object?> Page { get; init; } = new Dictionary<string, object?>();

    /// <summary>The <c>staticmath</c> object (see <see cref="StaticMathObject"/>); null leaves it undefined.</summary>
    public IReadOnlyDictionary<string, object?>? StaticMath { get; init; }

    /// <summary>Path prefix of the site, without trailing slash ("" or "/blog").</summary>
    public string BaseUrl { get; init; } = "";

    /// <summary>Scheme and host for <c>absolute_url</c> (e.g. "https://example.org"), or null when unknown.</summary>
    public string? SiteUrl { get; init; }

    /// <summary>Include folders in lookup order (site's <c>_includes/</c>, <c>includes/</c>, then the theme's).</summary>
    public IReadOnlyList<string> IncludeDirectories { get; init; } = [];

    /// <summary>Extra include lookup tried after the folders (e.g. the embedded default theme); null when absent.</summary>
    public Func<string, LiquidIncludeFile?>? FindEmbeddedInclude { get; init; }

    /// <summary><c>{% post_url 2020-01-01-name %}</c> → URL, or null when no such post.</summary>
    public Func<string, string?>? ResolvePostUrl { get; init; }

    /// <summary><c>{% link path/to/file.md %}</c> → URL, or null when no such file.</summary>
    public Func<string, string?>? ResolveLink { get; init; }

    /// <summary>Hugo's <c>ref</c>/<c>relref</c> target (<c>posts/x.md</c>, <c>x</c>, <c>x.md#part</c>) → URL, or null when no such page.</summary>
    public Func<string, string?>? ResolveHugoRef { get; init; }

    /// <summary>The build's "now" for <c>{{ "now" | date }}</c> (see <c>BuildClock</c>); the clock when null.</summary>
    public DateTimeOffset? Now { get; init; }

    /// <summary>The site folder: an include must really be inside it (a symbolic link out of it is refused); null skips the check.</summary>
    public string? SiteDirectory { get; init; }

    /// <summary>Called with every include file path looked at, found or not (the builder tracks them as dependencies).</summary>
    public Action<string>? OnIncludeLookup { get; init; }

    /// <summary>A site's own include folders, in lookup order: Jekyll's <c>_includes/</c>, then <c>includes/</c>.</summary>
    public static IReadOnlyList<string> SiteIncludeDirectories(string siteDirectory) =>
        [Path.Combine(siteDirectory, "_includes"), Path.Combine(siteDirectory, "includes")];

    /// <summary>Looks an include up in <see cref="IncludeDirectories"/> then <see cref="FindEmbeddedInclude"/>.</summary>
    public LiquidIncludeFile? FindInclude(string name)
    {
        var relative = name.Replace('\\', '/').TrimStart('/');
        if (relative.Split('/').Contains("..")) return null; // includes stay inside their folders
        foreach (var directory in IncludeDirectories)
        {
            var path = Path.Combine(directory, relative);
            OnIncludeLookup?.Invoke(path);
            if (!File.Exists(path)) continue;
            if (SiteDirectory is not null && SiteBoundary.Escape(path, SiteDirectory) is { } leadsTo)
                return new LiquidIncludeFile(path, "") { LeadsOutsideTo = leadsTo };
            return new LiquidIncludeFile(path, File.ReadAllText(path));
        }
        return FindEmbeddedInclude?.Invoke(relative);
    }
}

/// <summary>An include's display path (for diagnostics) and text; <see cref="LeadsOutsideTo"/> when it was refused unread.</summary>
public sealed record LiquidIncludeFile(string DisplayPath, string Text)
{
    public string? LeadsOutsideTo { get; init; }
}
