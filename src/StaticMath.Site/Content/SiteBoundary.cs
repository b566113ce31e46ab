namespace StaticMath.Site.Content;

/// <summary>
/// The one check for every file the build reads or writes by a name the site chose (pages, static files, includes,
/// layouts, bibliographies, images, the cache): where the name really leads, symbolic links resolved, must be inside
/// the folder it belongs to — the site, or the theme folder for theme files.
/// </summary>
public static class SiteBoundary
{
    /// <summary>Null when <paramref name="path"/> really is inside <paramref name="root"/>; else where it leads.</summary>
    public static string? Escape(string path, string root)
    {
        try
        {
            var real = RealPath.Of(path);
            return RealPath.IsInside(real, RealPath.Of(root)) ? null : real;
        }
        catch (IOException e)
        {
            return e.Message; // a link cycle leads nowhere
        }
    }

    /// <summary>The message for a name leading outside: what it is, where it leads, what to do.</summary>
    public static string Message(string what, string leadsTo) =>
        $"{what} is a symbolic link leading outside the site (to {leadsTo}); it is not read or published. Copy the file into the site instead";
}
