using System.Collections.Concurrent;
using StaticMath.Site.Content;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Bibliography;

/// <summary>
/// Build-wide cache of parsed .bib files (several posts often share one), created through
/// <c>SiteBuildContext.GetOrAddService</c>. A file's syntax problems are reported once, at their own lines.
/// </summary>
public sealed class BibliographyCache(string siteDirectory, DiagnosticBag diagnostics)
{
    private readonly ConcurrentDictionary<string, Lazy<BibDatabase>> _files = new(StringComparer.Ordinal);

    public BibDatabase Load(string fullPath) =>
        _files.GetOrAdd(fullPath, path => new Lazy<BibDatabase>(() => Read(path), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private BibDatabase Read(string path)
    {
        var display = Path.GetRelativePath(siteDirectory, path).Replace('\\', '/');
        if (SiteBoundary.Escape(path, siteDirectory) is { } leadsTo)
        {
            diagnostics.Error(DiagnosticCodes.OutsideSite, display, 0, 0, SiteBoundary.Message("this bibliography", leadsTo));
            return BibTexParser.Parse("");
        }
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Warning(DiagnosticCodes.MissingBibliography, display, 0, 0, $"cannot read the bibliography: {e.Message}");
            return BibTexParser.Parse("");
        }
        var db = BibTexParser.Parse(text);
        foreach (var error in db.Errors)
            diagnostics.Warning(DiagnosticCodes.BibliographySyntax, display, error.Line, error.Column, error.Message);
        return db;
    }
}
