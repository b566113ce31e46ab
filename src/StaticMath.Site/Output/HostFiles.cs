using StaticMath.Site.Configuration;

namespace StaticMath.Site.Output;

/// <summary>
/// Small files static hosts read at the output root: <c>.nojekyll</c> (GitHub Pages would otherwise run Jekyll over
/// the output and drop folders starting with '_') and <c>CNAME</c> from the <c>cname:</c> setting (the custom domain
/// GitHub Pages serves the site under).
/// </summary>
public static class HostFiles
{
    public const string NoJekyllPath = ".nojekyll";
    public const string CnamePath = "CNAME";

    /// <summary>The files to write, as output-relative path and text (a malformed <c>cname</c>, reported by the loader, is skipped).</summary>
    public static IReadOnlyList<(string Path, string Text)> For(SiteConfig config)
    {
        var files = new List<(string, string)> { (NoJekyllPath, "") };
        var cname = config.Cname.Trim();
        if (cname.Length > 0 && HostNames.IsHostName(cname)) files.Add((CnamePath, cname.ToLowerInvariant() + "\n"));
        return files;
    }
}
