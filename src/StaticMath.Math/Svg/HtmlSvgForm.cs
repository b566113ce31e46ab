using System.Text;

namespace StaticMath.Math.Svg;

/// <summary>
/// The SVG as an HTML page holds it once an HTML parser has read it and a serialiser written it back: each empty
/// element closed by an end tag, attribute values and text escaped as HTML escapes them (<c>&amp;nbsp;</c> for a
/// no-break space; a line break, carriage return or tab in a value as the character itself, which is what the XML's
/// references read as). Written beside the XML by <see cref="SvgWriter"/>, into one reused buffer per thread, and
/// handed over as UTF-8 (<see cref="Utf8Svg"/>): a site embedding the SVG in HTML would otherwise read the XML again.
/// Only for plain SVGs: a colour group, a <c>line</c> element or a control character the HTML parser would treat
/// differently gives no HTML form (the caller converts the XML instead).
/// </summary>
internal sealed class HtmlSvgForm
{
    [ThreadStatic] private static HtmlSvgForm? t_spare;
    // A buffer that grew past this (a huge equation) is let go rather than kept for the thread's lifetime.
    private const int LargestKeptCapacity = 1 << 18;

    private char[] _chars = new char[4096];
    private int _length;

    /// <summary>False once something was written that this form does not take: then there is no HTML form.</summary>
    public bool IsPlain { get; private set; } = true;

    /// <summary>This thread's writer, empty (give it back with <see cref="Return"/>).</summary>
    public static HtmlSvgForm Rent()
    {
        var form = t_spare ?? new HtmlSvgForm();
        t_spare = null;
        form._length = 0;
        form.IsPlain = true;
        return form;
    }

    public void Return()
    {
        if (_chars.Length <= LargestKeptCapacity) t_spare = this;
    }

    public void NotPlain() => IsPlain = false;

    /// <summary>What the XML wrote the same (copied from the XML writer's builder).</summary>
    public void Append(StringBuilder xml, int start, int count)
    {
        if (!IsPlain || count == 0) return;
        Reserve(count);
        xml.CopyTo(start, _chars.AsSpan(_length, count), count);
        _length += count;
    }

    public void Append(string text)
    {
        Reserve(text.Length);
        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
    }

    /// <summary>An empty element's end tag (where the XML closes it with <c>/&gt;</c>).</summary>
    public void EndTag(string name)
    {
        if (!IsPlain) return;
        Append("></");
        Append(name);
        Append(">");
    }

    /// <summary>A double-quoted attribute's value in HTML's escaping.</summary>
    public void AttributeValue(string value) => Escaped(value, inAttribute: true);

    /// <summary>Element content in HTML's escaping.</summary>
    public void Text(string text) => Escaped(text, inAttribute: false);

    private void Escaped(string text, bool inAttribute)
    {
        foreach (var ch in text)
        {
            if (!IsPlain) return;
            switch (ch)
            {
                case '&': Append("&amp;"); break;
                case '<': Append("&lt;"); break;
                case '>': Append("&gt;"); break;
                case '"' when inAttribute: Append("&quot;"); break;
                case '\u00A0': Append("&nbsp;"); break;
                // What the XML's references in a value read as; in text they would be raw control characters.
                case '\n' or '\r' or '\t' when inAttribute: Append(ch); break;
                case < ' ': IsPlain = false; break;
                default: Append(ch); break;
            }
        }
    }

    /// <summary>The form as UTF-8, or null when the SVG was not plain.</summary>
    public Utf8Svg? ToUtf8()
    {
        if (!IsPlain) return null;
        var written = _chars.AsSpan(0, _length);
        var utf8 = GC.AllocateUninitializedArray<byte>(Encoding.UTF8.GetByteCount(written));
        Encoding.UTF8.GetBytes(written, utf8);
        return new Utf8Svg(utf8, _length);
    }

    private void Append(char ch)
    {
        Reserve(1);
        _chars[_length++] = ch;
    }

    private void Reserve(int more)
    {
        if (_chars.Length - _length < more) Array.Resize(ref _chars, System.Math.Max(_chars.Length * 2, _length + more));
    }
}
