using StaticMath.Site.Content;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Import;

/// <summary>A file of the source site and where its copy goes in the new site (relative, '/'-separated).</summary>
public sealed record ImportedFile(string SourcePath, string TargetPath);

/// <summary>
/// The StaticMath site an import is making, gathered before anything is written: the settings for staticmath.yml (in
/// the order they were found), the files to copy, and the report of what was converted and what was not. Importers
/// only read the source through it.
/// </summary>
public sealed class ImportedSite(string sourceDirectory, SourceGenerator generator)
{
    private readonly List<ImportedFile> _files = [];
    private readonly HashSet<string> _targets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _generated = new(StringComparer.Ordinal);

    public string SourceDirectory { get; } = Path.GetFullPath(sourceDirectory);

    public SourceGenerator Generator { get; } = generator;

    public ImportReport Report { get; } = new();

    /// <summary>staticmath.yml's settings; sections (<c>math</c>, <c>permalinks</c>…) are nested maps.</summary>
    public Dictionary<string, object?> Config { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<ImportedFile> Files => _files;

    /// <summary>Files the import writes itself (besides staticmath.yml), by target path.</summary>
    public IReadOnlyDictionary<string, string> GeneratedFiles => _generated;

    /// <summary>Every path the new site will hold from this import.</summary>
    public IEnumerable<string> TargetPaths => _files.Select(f => f.TargetPath).Concat(_generated.Keys);

    public string FullPath(string relative) => Path.Combine(SourceDirectory, relative);

    public bool FileExists(string relative) => File.Exists(FullPath(relative));

    public bool FolderExists(string relative) => Directory.Exists(FullPath(relative));

    /// <summary>Sets a setting (<c>permalinks.posts</c>) and reports where it came from.</summary>
    public void SetConfig(string key, object value, string fromPath, int line, string message)
    {
        var section = Config;
        var parts = key.Split('.');
        foreach (var part in parts[..^1])
        {
            if (section.GetValueOrDefault(part) is not Dictionary<string, object?> child)
                section[part] = child = new Dictionary<string, object?>(StringComparer.Ordinal);
            section = child;
        }
        section[parts[^1]] = value;
        Report.Convert(fromPath, line, message);
    }

    public void AddMacro(string name, object definition, string fromPath, int line)
    {
        var shown = definition is List<object?> list ? $"[{string.Join(", ", list)}]" : definition.ToString();
        SetConfig("math.macros." + name, definition, fromPath, line, $"macro \\{name} → math.macros.{name}: {shown}");
    }

    /// <summary>The text of a source file, or null (reported) when it cannot be read.</summary>
    public string? ReadSourceText(string relative)
    {
        try
        {
            return File.ReadAllText(FullPath(relative));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Report.NotConverted(DiagnosticCodes.ImportFileNotImported, relative, 0, $"cannot read the file: {e.Message}");
            return null;
        }
    }

    /// <summary>Files under a source folder (relative to the site, '/'-separated, sorted), skipping dot-files and dot-folders.</summary>
    public IEnumerable<string> FilesUnder(string relativeFolder)
    {
        var root = FullPath(relativeFolder);
        if (!Directory.Exists(root)) return [];
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true };
        return Directory.EnumerateFiles(root, "*", options)
            .Select(f => Path.GetRelativePath(SourceDirectory, f).Replace('\\', '/'))
            .Where(r => !r.Split('/').Any(s => s.StartsWith('.')))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>Plans the copy of one file, unless it is a symbolic link out of the source site or its target is taken.</summary>
    public bool CopyFile(string sourceRelative, string targetRelative)
    {
        var full = FullPath(sourceRelative);
        if (SiteBoundary.Escape(full, SourceDirectory) is { } leadsTo)
        {
            Report.NotConverted(DiagnosticCodes.ImportFileNotImported, sourceRelative, 0, SiteBoundary.Message(sourceRelative, leadsTo));
            return false;
        }
        if (!_targets.Add(targetRelative))
        {
            Report.NotConverted(DiagnosticCodes.ImportFileNotImported, sourceRelative, 0, $"not copied: {targetRelative} already comes from another file of the site");
            return false;
        }
        _files.Add(new ImportedFile(sourceRelative, targetRelative));
        return true;
    }

    /// <summary>Plans a file the import writes; false when the path is already taken.</summary>
    public bool AddGeneratedFile(string targetRelative, string text)
    {
        if (!_targets.Add(targetRelative)) return false;
        _generated[targetRelative] = text;
        return true;
    }

    /// <summary>Plans the copy of a folder's files to <paramref name="targetFolder"/> and reports it as one line.</summary>
    public void CopyFolder(string sourceFolder, string targetFolder, Func<string, bool>? include = null)
    {
        var count = 0;
        foreach (var file in FilesUnder(sourceFolder))
        {
            if (include is not null && !include(file)) continue;
            var below = sourceFolder.Length == 0 ? file : file[(sourceFolder.Length + 1)..];
            if (CopyFile(file, Join(targetFolder, below))) count++;
        }
        if (count > 0) Report.Convert(sourceFolder.Length == 0 ? "./" : sourceFolder + "/", 0, $"{count} file(s) → {(targetFolder.Length == 0 ? "./" : targetFolder + "/")}");
    }

    public void NotImported(string path, string message) => Report.NotConverted(DiagnosticCodes.ImportFileNotImported, path, 0, message);

    public void NotConverted(ConfigDocument config, string key, string message) =>
        Report.NotConverted(DiagnosticCodes.ImportSettingNotConverted, config.DisplayPath, config.Line(key), $"{key}: {message}");

    private static string Join(string folder, string name) => folder.Length == 0 ? name : folder + "/" + name;
}
