using System.Text;

namespace StaticMath.Site.Liquid;

/// <summary>A string writer that refuses to grow past <paramref name="maxChars"/>, before the characters are stored.</summary>
internal sealed class BoundedStringWriter(int maxChars) : StringWriter(new StringBuilder(), System.Globalization.CultureInfo.InvariantCulture)
{
    public override void Write(char value)
    {
        Reserve(1);
        base.Write(value);
    }

    public override void Write(string? value)
    {
        Reserve(value?.Length ?? 0);
        base.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        Reserve(count);
        base.Write(buffer, index, count);
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        Reserve(buffer.Length);
        base.Write(buffer);
    }

    public override void Write(StringBuilder? value)
    {
        Reserve(value?.Length ?? 0);
        base.Write(value);
    }

    private void Reserve(int count)
    {
        if ((long)GetStringBuilder().Length + count > maxChars)
            throw new LiquidBudgetExceededException($"output longer than {maxChars} characters");
    }
}
