using System.Reflection;
using StaticMath.Site.Content;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Content;

/// <summary>
/// The theme as a stack of layers, first match wins, file by file: the site's <c>layouts/</c> and <c>i18n/</c> (standing
/// for the theme's folders of the same names), the site's <c>themes/NAME/</c> (or a theme path), then the default theme embedded in
/// the tool. So a site overrides one layout, partial or CSS file by placing a file with the same path.
/// </summary>
public sealed class ThemeFiles
{
    public const string EmbeddedPrefix = "theme/default/";
    public const string EmbeddedDisplayPrefix = "(default theme)/";

    private readonly IReadOnlyList<IThemeLayer> _layers;

    private ThemeFiles(IReadOnlyList<IThemeLayer> layers) => _layers = layers;

    /// <summary>The folder of a site's or a theme's translations (<c>i18n/LANG.yml</c>).</summary>
    public const string TranslationsFolder = "i18n";

    public static ThemeFiles Resolve(string siteDirectory, string? theme, DiagnosticBag diagnostics)
    {
        var layers = new List<IThemeLayer>();
        var siteLayouts = Path.Combine(siteDirectory, "layouts");
        if (Directory.Exists(siteLayouts))
            layers.Add(new DirectoryLayer(siteLayouts, "layouts/", siteDirectory, siteDirectory, diagnostics));
        var siteTranslations = Path.Combine(siteDirectory, TranslationsFolder);
        if (Directory.Exists(siteTranslations))
            layers.Add(new DirectoryLayer(siteTranslations, TranslationsFolder + "/", siteDirectory, siteDirectory, diagnostics));

        var name = string.IsNullOrWhiteSpace(theme) ? "default" : theme.Trim();
        var looksLikePath = name.Contains('/') || name.Contains('\\') || name.StartsWith('.');
        var themeDirectory = looksLikePath ? Path.GetFullPath(Path.Combine(siteDirectory, name)) : Path.Combine(siteDirectory, "themes", name);
        // Kept as a layer even while the folder is absent: a page that looked for an include there depends on that path.
        layers.Add(new DirectoryLayer(themeDirectory, "", siteDirectory, themeDirectory, diagnostics));
        if (!Directory.Exists(themeDirectory) && name != "default")
            diagnostics.Warning(DiagnosticCodes.ThemeNotFound, "staticmath.yml", 0, 0, $"theme '{name}' not found (looked in {Relative(siteDirectory, themeDirectory)}); using the default theme");

        layers.Add(EmbeddedLayer.Instance);
        return new ThemeFiles(layers);
    }

    /// <summary>Only the embedded default theme (for tests and tools that work without a site).</summary>
    public static ThemeFiles EmbeddedDefault() => new([EmbeddedLayer.Instance]);

    /// <param name="lookedAt">
    /// Called with each file on disk looked at, up to the one found: a file created later at one of these paths
    /// would be found instead, so whoever reads the result depends on them.
    /// </param>
    public ThemeFile? Find(string path, Action<string>? lookedAt = null)
    {
        path = path.Replace('\\', '/').TrimStart('/');
        if (path.Split('/').Any(s => s is ".." or ".")) return null;
        foreach (var layer in _layers)
        {
            if (lookedAt is not null && layer.PathOnDisk(path) is { } full) lookedAt(full);
            var file = layer.Find(path);
            if (file is not null) return file;
        }
        return null;
    }

    /// <summary>The folders on disk the theme's layers read (some may not exist yet); the embedded theme has none.</summary>
    public IEnumerable<string> Folders => _layers.Select(layer => layer.Folder).OfType<string>();

    /// <summary>Every layer's file at <paramref name="path"/>, the one that wins first (translations merge them all).</summary>
    public IReadOnlyList<ThemeFile> FindAll(string path)
    {
        path = path.Replace('\\', '/').TrimStart('/');
        if (path.Split('/').Any(s => s is ".." or ".")) return [];
        return _layers.Select(layer => layer.Find(path)).OfType<ThemeFile>().ToList();
    }

    /// <summary>All files under a theme folder (e.g. <c>assets/</c>; empty for every file), overrides applied, ordinal order.</summary>
    public IReadOnlyList<ThemeFile> ListUnder(string folder)
    {
        folder = folder.Length == 0 ? "" : folder.TrimEnd('/') + "/";
        var result = new SortedDictionary<string, ThemeFile>(StringComparer.Ordinal);
        foreach (var layer in _layers)
        {
            foreach (var file in layer.List(folder))
                result.TryAdd(file.Path, file);
        }
        return result.Values.ToList();
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    private interface IThemeLayer
    {
        ThemeFile? Find(string path);

        /// <summary>Where the layer would hold <paramref name="path"/> on disk; null when it cannot (embedded, other folder).</summary>
        string? PathOnDisk(string path);

        /// <summary>The layer's folder on disk; null for the embedded theme.</summary>
        string? Folder { get; }

        IEnumerable<ThemeFile> List(string folder);
    }

    /// <summary>
    /// A folder on disk; <c>prefix</c> is the part of the theme path this folder stands for. Its files must really be
    /// inside <c>boundary</c> (the site for its own <c>layouts/</c>, the theme folder for a theme): a symbolic link out
    /// of it is reported once and not read.
    /// </summary>
    private sealed class DirectoryLayer(string root, string prefix, string siteDirectory, string boundary, DiagnosticBag diagnostics) : IThemeLayer
    {
        private readonly SiteFileWalker _walker = new(boundary, diagnostics, siteDirectory);
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _reported = new(StringComparer.Ordinal);

        public string? Folder => root;

        public string? PathOnDisk(string path) =>
            path.StartsWith(prefix, StringComparison.Ordinal) ? Path.Combine(root, path[prefix.Length..]) : null;

        public ThemeFile? Find(string path)
        {
            if (PathOnDisk(path) is not { } full || !File.Exists(full)) return null;
            if (SiteBoundary.Escape(full, boundary) is { } leadsTo)
            {
                if (_reported.TryAdd(full, true))
                    diagnostics.Error(DiagnosticCodes.OutsideSite, Relative(siteDirectory, full), 0, 0, SiteBoundary.Message("this theme file", leadsTo));
                return null;
            }
            return Make(path, full);
        }

        public IEnumerable<ThemeFile> List(string folder)
        {
            string directory;
            if (folder.StartsWith(prefix, StringComparison.Ordinal)) directory = Path.Combine(root, folder[prefix.Length..]);
            else return [];
            return _walker.Files(directory, _ => false)
                .Select(full => Make(prefix + Path.GetRelativePath(root, full).Replace('\\', '/'), full));
        }

        private ThemeFile Make(string path, string full) =>
            new(path, Relative(siteDirectory, full), () => File.OpenRead(full), full);
    }

    private sealed class EmbeddedLayer : IThemeLayer
    {
        public static readonly EmbeddedLayer Instance = new();

        private readonly Assembly _assembly = typeof(ThemeFiles).Assembly;
        private readonly string[] _names;

        private EmbeddedLayer() =>
            _names = _assembly.GetManifestResourceNames()
                .Where(n => n.StartsWith(EmbeddedPrefix, StringComparison.Ordinal))
                .Order(StringComparer.Ordinal).ToArray();

        public string? Folder => null;

        public string? PathOnDisk(string path) => null;

        public ThemeFile? Find(string path) =>
            Array.BinarySearch(_names, EmbeddedPrefix + path, StringComparer.Ordinal) >= 0 ? Make(path) : null;

        public IEnumerable<ThemeFile> List(string folder) =>
            _names.Where(n => n.StartsWith(EmbeddedPrefix + folder, StringComparison.Ordinal))
                .Select(n => Make(n[EmbeddedPrefix.Length..]));

        private ThemeFile Make(string path) =>
            new(path, EmbeddedDisplayPrefix + path, () => _assembly.GetManifestResourceStream(EmbeddedPrefix + path)!);
    }
}
