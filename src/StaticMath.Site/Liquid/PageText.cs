using System.Text;

namespace StaticMath.Site.Liquid;

/// <summary>
/// A layout's output as the pieces it was written in: the long ones are the strings that were written, not copies, a
/// page's equation SVGs the UTF-8 the engine wrote, and the layout inside (or the page's fragment) one piece holding
/// that text (see <see cref="PageTextPiece"/>). A page passes through two or three layouts, and copying its megabytes
/// (or its thousand pieces) into each layout's output, then out of it into a string, was most of what laying it out
/// allocated. A page's file is written from the pieces (<see cref="Leaves"/>); the page becomes one string only when
/// something asks for it (<see cref="ToString"/>).
/// </summary>
public sealed class PageText
{
    private IReadOnlyList<PageTextPiece> _pieces;
    private string? _joined;

    internal PageText(IReadOnlyList<PageTextPiece> pieces, int length)
    {
        _pieces = pieces;
        Length = length;
    }

    internal PageText(IReadOnlyList<string> pieces, int length) : this(pieces.Select(PageTextPiece.Of).ToArray(), length)
    {
    }

    /// <summary>A text of one string.</summary>
    public static PageText Of(string text) => new([PageTextPiece.Of(text)], text.Length);

    /// <summary>Its length in characters (UTF-16, as the joined string's).</summary>
    public int Length { get; }

    /// <summary>The pieces in order, a text written into this one as one piece (<see cref="PageTextPiece.Text"/>).</summary>
    public IReadOnlyList<PageTextPiece> Pieces => _pieces;

    /// <summary>The pieces of characters and of UTF-8 in order, the texts written into this one opened: what writing it writes.</summary>
    public IEnumerable<PageTextPiece> Leaves()
    {
        foreach (var piece in _pieces)
        {
            if (piece.Text is not { } inner)
            {
                yield return piece;
                continue;
            }

            foreach (var leaf in inner.Leaves()) yield return leaf;
        }
    }

    /// <summary>The whole text, made once; from then on it is the one piece, so a kept page (serve keeps them between
    /// builds) holds its text once, not its pieces too.</summary>
    public override string ToString()
    {
        if (_joined is not null) return _joined;
        _joined = Join();
        _pieces = [PageTextPiece.Of(_joined)];
        return _joined;
    }

    private string Join()
    {
        if (_pieces.Count == 1 && _pieces[0] is { IsUtf8: false, Text: null } only
            && System.Runtime.InteropServices.MemoryMarshal.TryGetString(only.Chars, out var whole, out var start, out var length)
            && start == 0 && length == whole.Length)
        {
            return whole;
        }

        return string.Create(Length, this, static (target, text) =>
        {
            foreach (var piece in text.Leaves())
            {
                if (piece.IsUtf8) Encoding.UTF8.GetChars(piece.Utf8.Span, target);
                else piece.Chars.Span.CopyTo(target);
                target = target[piece.Length..];
            }
        });
    }
}

/// <summary>
/// One piece of a <see cref="PageText"/>: characters (a string, or part of one), text already encoded as UTF-8 with its
/// length in characters (an equation's SVG as the math engine wrote it: a page's file takes its bytes as they are), or
/// a whole other text (the layout inside, the page's fragment).
/// </summary>
public readonly struct PageTextPiece
{
    private PageTextPiece(ReadOnlyMemory<char> chars, ReadOnlyMemory<byte> utf8, PageText? text, int length, bool isUtf8)
    {
        Chars = chars;
        Utf8 = utf8;
        Text = text;
        Length = length;
        IsUtf8 = isUtf8;
    }

    public static PageTextPiece Of(string text) => Of(text.AsMemory());

    public static PageTextPiece Of(ReadOnlyMemory<char> chars) => new(chars, default, null, chars.Length, isUtf8: false);

    /// <param name="length">The characters <paramref name="utf8"/> decodes to.</param>
    public static PageTextPiece OfUtf8(ReadOnlyMemory<byte> utf8, int length) => new(default, utf8, null, length, isUtf8: true);

    public static PageTextPiece Of(PageText text) => new(default, default, text, text.Length, isUtf8: false);

    /// <summary>Whether the piece is <see cref="Utf8"/> (else <see cref="Chars"/>, or <see cref="Text"/> when set).</summary>
    public bool IsUtf8 { get; }

    public ReadOnlyMemory<char> Chars { get; }

    public ReadOnlyMemory<byte> Utf8 { get; }

    /// <summary>The text this piece is, when it is a whole other one.</summary>
    public PageText? Text { get; }

    /// <summary>Its length in characters.</summary>
    public int Length { get; }
}

/// <summary>
/// The writer Liquid renders into (layouts, page bodies, captures): short writes are gathered, a long string is kept as
/// it is (see <see cref="PageText"/>); refuses to grow past <paramref name="maxChars"/>, before anything is stored.
/// Not thread-safe.
/// </summary>
internal sealed class PageTextWriter(int maxChars) : TextWriter(System.Globalization.CultureInfo.InvariantCulture)
{
    // Shorter strings are copied: a piece per short write would cost more than the copy.
    private const int KeptByReference = 8 * 1024;

    private readonly List<PageTextPiece> _pieces = [];
    private readonly StringBuilder _gathered = new();
    private int _length;

    public override Encoding Encoding => Encoding.Unicode;

    public override void Write(char value)
    {
        Reserve(1);
        _gathered.Append(value);
    }

    public override void Write(string? value)
    {
        if (value is null) return;
        Reserve(value.Length);
        if (value.Length < KeptByReference)
        {
            _gathered.Append(value);
            return;
        }

        Flush();
        _pieces.Add(PageTextPiece.Of(value));
    }

    public override void Write(char[] buffer, int index, int count)
    {
        Reserve(count);
        _gathered.Append(buffer, index, count);
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        Reserve(buffer.Length);
        _gathered.Append(buffer);
    }

    public override void Write(StringBuilder? value)
    {
        if (value is null) return;
        Reserve(value.Length);
        _gathered.Append(value);
    }

    // Writing is synchronous (as StringWriter's is): TextWriter's own async methods would queue each write to the thread pool.
    public override Task WriteAsync(char value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(char[] buffer, int index, int count)
    {
        Write(buffer, index, count);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return Task.CompletedTask;
    }

    public override Task WriteLineAsync(char value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }

    public override Task WriteLineAsync(string? value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }

    public override Task WriteLineAsync(char[] buffer, int index, int count)
    {
        WriteLine(buffer, index, count);
        return Task.CompletedTask;
    }

    public override Task WriteLineAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
    {
        WriteLine(buffer.Span);
        return Task.CompletedTask;
    }

    public override Task FlushAsync()
    {
        Flush();
        return Task.CompletedTask;
    }

    /// <summary>Writes another page text as one piece (nothing of it is copied).</summary>
    public void Write(PageText text)
    {
        Reserve(text.Length);
        Flush();
        _pieces.Add(PageTextPiece.Of(text));
    }

    /// <summary>Moves the gathered short writes into a piece.</summary>
    public override void Flush()
    {
        if (_gathered.Length == 0) return;
        _pieces.Add(PageTextPiece.Of(_gathered.ToString()));
        _gathered.Clear();
    }

    /// <summary>Everything written so far.</summary>
    public PageText ToPageText()
    {
        Flush();
        return new PageText(_pieces.ToArray(), _length);
    }

    public override string ToString() => ToPageText().ToString();

    private void Reserve(int count)
    {
        if ((long)_length + count > maxChars)
            throw new LiquidBudgetExceededException($"output longer than {maxChars} characters");
        _length += count;
    }
}
