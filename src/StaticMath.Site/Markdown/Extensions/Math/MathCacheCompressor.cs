using K4os.Compression.LZ4;
using K4os.Compression.LZ4.Engine;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// LZ4 against <see cref="MathCacheDictionary"/>, with one compression state per thread kept from entry to entry: an
/// encoder made per entry (its hash table zeroed, its buffers allocated, the dictionary copied in) cost more than the
/// compression itself. Each entry goes into one buffer right after the dictionary, <c>[dictionary | entry]</c>, and is
/// compressed as the block after the dictionary's, so it refers back into the dictionary only: LZ4 keeps the previous
/// block as its only history, and the entry before is history for the dictionary's block alone, whose output is
/// dropped. The buffer is pinned because the state keeps its address from one entry to the next. The result is the
/// one block <see cref="LZ4Codec.Decode(ReadOnlySpan{byte}, Span{byte}, ReadOnlySpan{byte})"/> decodes with the
/// dictionary, as before.
/// </summary>
internal sealed unsafe class MathCacheCompressor : IDisposable
{
    [ThreadStatic] private static MathCacheCompressor? t_current;

    private Pubternal.FastContext? _context;
    private byte[] _window = [];
    private byte[] _output = [];

    /// <summary>This thread's compressor (it is not safe to share).</summary>
    public static MathCacheCompressor ForThisThread() => t_current ??= new MathCacheCompressor();

    /// <summary>The LZ4 block of <paramref name="payload"/>; valid until this thread compresses again.</summary>
    public ReadOnlySpan<byte> Compress(ReadOnlySpan<byte> payload)
    {
        var dictionaryLength = MathCacheDictionary.Bytes.Length;
        Reserve(payload.Length);
        payload.CopyTo(_window.AsSpan(dictionaryLength));
        fixed (byte* window = _window)
        fixed (byte* output = _output)
        {
            // The dictionary's block only fills the state's hash table with the dictionary's places again.
            Pubternal.CompressFast(_context!, window, output, dictionaryLength, _output.Length, 1);
            var written = Pubternal.CompressFast(_context!, window + dictionaryLength, output, payload.Length, _output.Length, 1);
            if (written <= 0) throw new InvalidOperationException("LZ4 could not compress a math cache entry into its maximal size");
            return _output.AsSpan(0, written);
        }
    }

    public void Dispose() => _context?.Dispose();

    /// <summary>Room for a payload of <paramref name="length"/> bytes; a new window needs a new state, which would
    /// otherwise still point into the old one.</summary>
    private void Reserve(int length)
    {
        var dictionary = MathCacheDictionary.Bytes;
        if (_window.Length - dictionary.Length >= length) return;
        var capacity = System.Math.Max(length, 16 << 10);
        capacity = (int)System.Math.Min((long)capacity * 2, Array.MaxLength - dictionary.Length);
        capacity = System.Math.Max(capacity, length);
        _window = GC.AllocateUninitializedArray<byte>(dictionary.Length + capacity, pinned: true);
        dictionary.CopyTo(_window, 0);
        _output = GC.AllocateUninitializedArray<byte>(LZ4Codec.MaximumOutputSize(System.Math.Max(capacity, dictionary.Length)), pinned: true);
        _context?.Dispose();
        _context = new Pubternal.FastContext();
    }
}
