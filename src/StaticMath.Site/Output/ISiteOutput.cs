namespace StaticMath.Site.Output;

/// <summary>
/// Where a build puts the site's files: a folder on disk for <c>staticmath build</c>, memory for the preview server.
/// Paths are relative to the output root with '/' separators. Implementations are thread-safe (pages are written in
/// parallel) and throw <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> on failure.
/// </summary>
public interface ISiteOutput
{
    void WriteText(string relativePath, string text);

    /// <summary>Writes a page as one text file: on disk from the pieces its layouts were written in, never joined into
    /// one string first; in memory as the text <see cref="Liquid.PageText.ToString"/> joins once (a kept page is
    /// written again by every later build of a session).</summary>
    void WriteText(string relativePath, Liquid.PageText text);

    void CopyFile(string relativePath, string sourceFullPath);

    void CopyStream(string relativePath, Func<Stream> open);

    /// <summary>
    /// Puts a file the last build wrote (<paramref name="previousFullPath"/>, in the output folder this output
    /// replaces) at <paramref name="relativePath"/>, unchanged: a hard link where the file system makes one (the old
    /// folder goes when this one is committed), else a copy. Never for files the build did not write itself: a link to
    /// a source file would let an edit of the output change the source.
    /// </summary>
    void KeepFile(string relativePath, string previousFullPath);
}
