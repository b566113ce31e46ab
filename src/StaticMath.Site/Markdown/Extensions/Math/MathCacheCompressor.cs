using System.Reflection;
using System.Runtime.CompilerServices;
using K4os.Compression.LZ4;
using K4os.Compression.LZ4.Engine;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// LZ4 against <see cref="MathCacheDictionary"/>, with one compression state per thread kept from entry to entry: an
/// encoder made per entry (its hash table zeroed, its buffers allocated, the dictionary copied in) cost more than the
/// compression itself. Each entry goes into one buffer right after the dictionary, <c>[dictionary | entry]</c>, and is
/// compressed as the block after the dictionary's, so it refers back into the dictionary only. The buffer is pinned
/// because the state keeps its address from one entry to the next. The result is the one block
/// <see cref="LZ4Codec.Decode(ReadOnlySpan{byte}, Span{byte}, ReadOnlySpan{byte})"/> decodes with the dictionary.
/// </summary>
/// <remarks>
/// The state as it is right after the dictionary's block is kept and copied back before each entry: compressing the
/// dictionary again for every entry was half of the compression time (a cold 1,000-post build compresses 267,398
/// entries). Each entry is then compressed from the same state, so its bytes do not depend on the entries before it.
/// K4os keeps the state's address internal (<c>FastContext.Context</c>); should a version of the package not have it,
/// the dictionary's block is compressed again for every entry (<see cref="KeepsPrimedState"/> says which).
/// </remarks>
internal sealed unsafe class MathCacheCompressor : IDisposable
{
    [ThreadStatic] private static MathCacheCompressor? t_current;

    private static readonly PrimedStateAccess? StateAccess = PrimedStateAccess.Find();

    private Pubternal.FastContext? _context;
    private byte[] _window = [];
    private byte[] _output = [];
    // The current context's state (its address is fixed while it lives), null when it cannot be reached; and the state
    // after the dictionary's block, null until primed.
    private byte* _state;
    private byte[]? _primed;

    /// <summary>This thread's compressor (it is not safe to share).</summary>
    public static MathCacheCompressor ForThisThread() => t_current ??= new MathCacheCompressor();

    /// <summary>Whether the state after the dictionary's block is copied back (true) or made again for each entry.</summary>
    public static bool KeepsPrimedState => StateAccess is not null;

    /// <summary>The LZ4 block of <paramref name="payload"/>; valid until this thread compresses again.</summary>
    public ReadOnlySpan<byte> Compress(ReadOnlySpan<byte> payload)
    {
        var dictionaryLength = MathCacheDictionary.Bytes.Length;
        Reserve(payload.Length);
        payload.CopyTo(_window.AsSpan(dictionaryLength));
        fixed (byte* window = _window)
        fixed (byte* output = _output)
        {
            if (_primed is not null) _primed.AsSpan().CopyTo(new Span<byte>(_state, _primed.Length));
            else
            {
                // The dictionary's block only fills the state's hash table with the dictionary's places.
                Pubternal.CompressFast(_context!, window, output, dictionaryLength, _output.Length, 1);
                if (_state is not null) _primed = new ReadOnlySpan<byte>(_state, StateAccess!.Size).ToArray();
            }

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
        _state = StateAccess is null ? null : StateAccess.Address(_context);
        _primed = null;
    }

    /// <summary>Where a context's state is (the LZ4 stream: its hash table and positions) and its size in bytes.</summary>
    private sealed class PrimedStateAccess(PropertyInfo state, int size)
    {
        // An LZ4 stream is its 16 KB hash table and a few fields; anything else is not the state this expects.
        private const int HashTableBytes = 4096 * sizeof(uint);
        private const int MaxStateBytes = 64 << 10;

        public static PrimedStateAccess? Find()
        {
            try
            {
                var property = typeof(Pubternal.FastContext).GetProperty("Context", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);
                if (property?.PropertyType is not { IsPointer: true } pointer || pointer.GetElementType() is not { IsValueType: true } stream) return null;
                var size = RuntimeHelpers.SizeOf(stream.TypeHandle);
                return size is >= HashTableBytes and <= MaxStateBytes ? new PrimedStateAccess(property, size) : null;
            }
            catch (Exception e) when (e is MemberAccessException or TargetInvocationException or ArgumentException or NotSupportedException)
            {
                return null;
            }
        }

        public int Size => size;

        public byte* Address(Pubternal.FastContext context) => (byte*)Pointer.Unbox(state.GetValue(context)!);
    }
}
