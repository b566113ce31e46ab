using System.Collections.Concurrent;
using System.Text;

namespace StaticMath.Site.Output;

/// <summary>
/// The site held in memory (the preview server serves from it, nothing is written to <c>_site</c>). Generated pages are
/// kept as bytes; copied files are referenced by their source path and read when requested.
/// </summary>
public sealed class MemoryOutput : ISiteOutput
{
    private readonly ConcurrentDictionary<string, MemoryOutputFile> _files = new(StringComparer.Ordinal);

    // Text is kept as the string (often the same instance as the previous build's): encoding a thousand pages on every
    // rebuild would cost more than the rebuild; a page is encoded when it is requested.
    public void WriteText(string relativePath, string text) => _files[Normalize(relativePath)] = new MemoryOutputFile(text, null, null);

    public void WriteText(string relativePath, Liquid.PageText text) => WriteText(relativePath, text.ToString());

    public void CopyFile(string relativePath, string sourceFullPath) => _files[Normalize(relativePath)] = new MemoryOutputFile(null, sourceFullPath, null);

    // Read when requested, like a copied file (the preview server keeps its pages in memory and never asks for this).
    public void KeepFile(string relativePath, string previousFullPath) => CopyFile(relativePath, previousFullPath);

    public void CopyStream(string relativePath, Func<Stream> open) => _files[Normalize(relativePath)] = new MemoryOutputFile(null, null, open);

    /// <summary>The file at an output-relative path ('/' separators, no leading slash), or null.</summary>
    public MemoryOutputFile? Find(string relativePath) => _files.GetValueOrDefault(relativePath);

    public IReadOnlyCollection<string> Paths => (IReadOnlyCollection<string>)_files.Keys;

    private static string Normalize(string relativePath) => relativePath.Replace('\\', '/').TrimStart('/');
}

/// <summary>One output file: its text, or the source file it copies, or a stream to copy (embedded theme asset).</summary>
public sealed record MemoryOutputFile(string? Text, string? SourcePath, Func<Stream>? Open)
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public Stream OpenRead() => Text is not null ? new MemoryStream(Utf8.GetBytes(Text), writable: false)
        : SourcePath is not null ? File.OpenRead(SourcePath)
        : Open!();
}
