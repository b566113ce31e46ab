using System.Collections.Concurrent;
using StaticMath.Site.Content;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Bibliography;

/// <summary>
/// Build-wide cache of parsed .bib files (several posts often share one), created through
/// <c>SiteBuildContext.GetOrAddService</c>. A file's problems (syntax, unreadable, outside the site) are reported, at
/// their own lines, to every page that loads it: each page's render keeps the problems it depends on, so an
/// incremental rebuild that reuses the page shows them again (the build lists each once).
/// </summary>
public sealed class BibliographyCache(string siteDirectory)
{
    private readonly ConcurrentDictionary<string, Lazy<(BibDatabase Database, IReadOnlyList<Diagnostic> Problems)>> _files = new(StringComparer.Ordinal);

    /// <summary>The parsed file; its problems are added to <paramref name="reportTo"/> (the loading page's diagnostics).</summary>
    public BibDatabase Load(string fullPath, DiagnosticBag reportTo)
    {
        var (database, problems) = _files.GetOrAdd(fullPath, path =>
            new Lazy<(BibDatabase, IReadOnlyList<Diagnostic>)>(() => Read(path), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
        reportTo.AddRange(problems);
        return database;
    }

    private (BibDatabase, IReadOnlyList<Diagnostic>) Read(string path)
    {
        var display = Path.GetRelativePath(siteDirectory, path).Replace('\\', '/');
        if (SiteBoundary.Escape(path, siteDirectory) is { } leadsTo)
            return (BibTexParser.Parse(""), [Diagnostic.Error(DiagnosticCodes.OutsideSite, display, 0, 0, SiteBoundary.Message("this bibliography", leadsTo))]);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (BibTexParser.Parse(""), [Diagnostic.Warning(DiagnosticCodes.MissingBibliography, display, 0, 0, $"cannot read the bibliography: {e.Message}")]);
        }
        var db = BibTexParser.Parse(text);
        return (db, db.Errors.Select(error => Diagnostic.Warning(DiagnosticCodes.BibliographySyntax, display, error.Line, error.Column, error.Message)).ToList());
    }
}
