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
        // Each piece of characters encoded straight into the thread's buffer through one encoder, which carries a
        // surrogate pair that one piece ends and the next begins; a UTF-8 piece (an equation's SVG) is copied in as it
        // is. The buffer goes to the file when full (the stream keeps no buffer of its own). The encoder and buffer are
        // the thread's: a writer per page allocated ~160 KB of buffers for every page.
        using var file = new FileStream(Prepare(relativePath), FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 0);
        var buffer = new EncodedBuffer(file, t_encoder ??= Utf8.GetEncoder(), t_bytes ??= new byte[EncodedBytes]);
        foreach (var piece in text.Leaves())
        {
            if (piece.IsUtf8) buffer.WriteUtf8(piece.Utf8.Span);
            else buffer.WriteChars(piece.Chars.Span);
        }

        buffer.End();
    }

    /// <summary>A file written through a byte buffer: characters encoded into it, UTF-8 copied into it.</summary>
    private ref struct EncodedBuffer
    {
        private readonly FileStream _file;
        private readonly Encoder _encoder;
        private readonly byte[] _bytes;
        private int _filled;

        public EncodedBuffer(FileStream file, Encoder encoder, byte[] bytes)
        {
            _file = file;
            _encoder = encoder;
            _bytes = bytes;
            encoder.Reset();
        }

        public void WriteChars(ReadOnlySpan<char> chars)
        {
            while (chars.Length > 0)
            {
                // Room for any character's bytes, so the encoder always makes progress.
                if (_bytes.Length - _filled < 16) Drain();
                _encoder.Convert(chars, _bytes.AsSpan(_filled), flush: false, out var used, out var written, out _);
                _filled += written;
                chars = chars[used..];
            }
        }

        public void WriteUtf8(ReadOnlySpan<byte> utf8)
        {
            // A half pair left by the characters before cannot join bytes: it is written as the joined text would encode it.
            FlushEncoder();
            while (utf8.Length > 0)
            {
                if (_filled == _bytes.Length) Drain();
                var count = System.Math.Min(utf8.Length, _bytes.Length - _filled);
                utf8[..count].CopyTo(_bytes.AsSpan(_filled));
                _filled += count;
                utf8 = utf8[count..];
            }
        }

        /// <summary>Gives out a high surrogate the last characters ended with, then writes what is left.</summary>
        public void End()
        {
            FlushEncoder();
            Drain();
        }

        private void FlushEncoder()
        {
            if (_bytes.Length - _filled < 16) Drain();
            _encoder.Convert([], _bytes.AsSpan(_filled), flush: true, out _, out var written, out _);
            _filled += written;
        }

        private void Drain()
        {
            _file.Write(_bytes, 0, _filled);
            _filled = 0;
        }
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
