using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;
using StaticMath.Site.Content;

namespace StaticMath.Site.Themes;

/// <summary>
/// Lets Fluid's <c>{% include 'partials/x' %}</c> read partials from the layered theme: include paths are relative to
/// the theme's <c>layouts/</c> folder.
/// </summary>
internal sealed class ThemeFileProvider(ThemeFiles theme) : IFileProvider
{
    // Theme files do not change during a build; a fixed stamp keeps Fluid's template cache valid.
    private static readonly DateTimeOffset Stamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public IFileInfo GetFileInfo(string subpath)
    {
        var file = theme.Find("layouts/" + subpath.Replace('\\', '/').TrimStart('/'));
        return file is null ? new NotFoundFileInfo(subpath) : new ThemeFileInfo(file);
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class ThemeFileInfo(ThemeFile file) : IFileInfo
    {
        // A partial too deep for Fluid is served empty: parsing it would overflow the stack, and
        // LayoutEngine.Validate has already reported it at its own line.
        private readonly Lazy<byte[]> _bytes = new(() =>
        {
            using var stream = file.OpenRead();
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var bytes = memory.ToArray();
            return Liquid.LiquidNesting.Check(System.Text.Encoding.UTF8.GetString(bytes)) is null ? bytes : [];
        });

        public bool Exists => true;

        public long Length => _bytes.Value.Length;

        public string? PhysicalPath => null;

        public string Name => Path.GetFileName(file.Path);

        public DateTimeOffset LastModified => Stamp;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => new MemoryStream(_bytes.Value, writable: false);
    }
}
