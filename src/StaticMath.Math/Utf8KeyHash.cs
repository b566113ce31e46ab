using System.IO.Hashing;
using System.Text;

namespace StaticMath.Math;

/// <summary>
/// XXH3-128 of the UTF-8 of texts appended one after the other, as lower-case hex: the same as hashing the UTF-8 of
/// their concatenation (a part is encoded on its own: a surrogate pair split between two parts would differ, and no
/// key's parts split one). One per thread; not thread-safe.
/// </summary>
public sealed class Utf8KeyHash
{
    [ThreadStatic] private static Utf8KeyHash? t_current;
    // A part longer than this is encoded into a buffer of its own rather than keeping a large one for the thread.
    private const int KeptBufferBytes = 64 << 10;

    private readonly XxHash128 _hash = new();
    private byte[] _buffer = new byte[1024];

    /// <summary>This thread's hasher, empty even when the last key was left unfinished (an exception between its parts
    /// must not leak them into the next key). Not reentrant: finish one key before starting another.</summary>
    public static Utf8KeyHash ForThisThread()
    {
        var key = t_current ??= new Utf8KeyHash();
        key._hash.Reset();
        return key;
    }

    public Utf8KeyHash Append(ReadOnlySpan<char> text)
    {
        var most = Encoding.UTF8.GetMaxByteCount(text.Length);
        var buffer = most <= _buffer.Length ? _buffer : most <= KeptBufferBytes ? _buffer = new byte[most] : new byte[most];
        _hash.Append(buffer.AsSpan(0, Encoding.UTF8.GetBytes(text, buffer)));
        return this;
    }

    public Utf8KeyHash Append(string text) => Append(text.AsSpan());

    public Utf8KeyHash Append(char c) => Append(new ReadOnlySpan<char>(in c));

    /// <summary>The hash of everything appended, in lower-case hex; the hasher is empty again.</summary>
    public string ToHexAndReset()
    {
        Span<byte> digest = stackalloc byte[16];
        _hash.GetHashAndReset(digest);
        return Convert.ToHexStringLower(digest);
    }
}
