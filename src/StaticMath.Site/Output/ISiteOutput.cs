namespace StaticMath.Site.Output;

/// <summary>
/// Where a build puts the site's files: a folder on disk for <c>staticmath build</c>, memory for the preview server.
/// Paths are relative to the output root with '/' separators. Implementations are thread-safe (pages are written in
/// parallel) and throw <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> on failure.
/// </summary>
public interface ISiteOutput
{
    void WriteText(string relativePath, string text);

    void CopyFile(string relativePath, string sourceFullPath);

    void CopyStream(string relativePath, Func<Stream> open);
}
