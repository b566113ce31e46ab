using System.Text;

namespace StaticMath.Site.Output;

/// <summary>Writes the site into a folder (the working folder of an <see cref="AtomicOutput"/>).</summary>
public sealed class DirectoryOutput(string root) : ISiteOutput
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public string Root { get; } = root;

    public void WriteText(string relativePath, string text) => File.WriteAllText(Prepare(relativePath), text, Utf8);

    public void WriteText(string relativePath, Liquid.PageText text)
    {
        // Each piece encoded straight into the file through one encoder, which carries a surrogate pair that one piece
        // ends and the next begins (the stream keeps no buffer of its own). The encoder and its buffer are the
        // thread's: a writer per page allocated ~160 KB of buffers for every page.
        using var file = new FileStream(Prepare(relativePath), FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 0);
        var encoder = t_encoder ??= Utf8.GetEncoder();
        var bytes = t_bytes ??= new byte[EncodedBytes];
        encoder.Reset();
        var pieces = text.Pieces;
        for (var i = 0; i < pieces.Count; i++)
        {
            var chars = pieces[i].AsSpan();
            var last = i == pieces.Count - 1;
            do
            {
                encoder.Convert(chars, bytes, flush: last, out var used, out var written, out _);
                file.Write(bytes, 0, written);
                chars = chars[used..];
            }
            while (chars.Length > 0);
        }

        if (pieces.Count == 0) return;
        // A flush with nothing left still gives out a high surrogate the last piece ended with.
        encoder.Convert([], bytes, flush: true, out _, out var tail, out _);
        file.Write(bytes, 0, tail);
    }

    private const int EncodedBytes = 1 << 16;
    [ThreadStatic] private static Encoder? t_encoder;
    [ThreadStatic] private static byte[]? t_bytes;

    public void CopyFile(string relativePath, string sourceFullPath) => File.Copy(sourceFullPath, Prepare(relativePath), overwrite: true);

    public void KeepFile(string relativePath, string previousFullPath)
    {
        var target = Prepare(relativePath);
        if (!HardLink.TryCreate(previousFullPath, target)) File.Copy(previousFullPath, target, overwrite: true);
    }

    public void CopyStream(string relativePath, Func<Stream> open)
    {
        using var source = open();
        using var destination = File.Create(Prepare(relativePath));
        source.CopyTo(destination);
    }

    private string Prepare(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relativePath));
        // The builder only produces safe paths; this is the last line of defence against writing outside the output.
        if (!full.StartsWith(Path.GetFullPath(Root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new IOException($"'{relativePath}' is outside the output folder");
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return full;
    }
}
