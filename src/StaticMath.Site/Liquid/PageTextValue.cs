using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;

namespace StaticMath.Site.Liquid;

/// <summary>
/// A layout's <c>content</c> when it is the output of the layout inside (a <see cref="PageText"/>): written piece by
/// piece, so a plain <c>{{ content }}</c> copies nothing; anything else a template does with it (a filter, a
/// comparison, <c>.size</c>) sees the string, made once, exactly as a <see cref="StringValue"/> of it would.
/// </summary>
internal sealed class PageTextValue(PageText text) : FluidValue
{
    private StringValue? _value;

    /// <summary>The text this value writes.</summary>
    public PageText Text => text;

    private StringValue Value => _value ??= new StringValue(text.ToString());

    public override FluidValues Type => FluidValues.String;

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        if (writer is PageTextWriter pageWriter && encoder is NullEncoder)
        {
            pageWriter.Write(text);
            return ValueTask.CompletedTask;
        }

        return Value.WriteToAsync(writer, encoder, cultureInfo);
    }

    [Obsolete("WriteTo is obsolete, prefer the WriteToAsync method.")]
    public override void WriteTo(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) =>
        WriteToAsync(writer, encoder, cultureInfo).AsTask().GetAwaiter().GetResult();

    public override bool Equals(FluidValue other) => Value.Equals(other);

    public override bool ToBooleanValue() => Value.ToBooleanValue();

    public override decimal ToNumberValue() => Value.ToNumberValue();

    public override string ToStringValue() => text.ToString();

    public override object ToObjectValue() => text.ToString();

    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) => Value.GetValueAsync(name, context);

    public override ValueTask<FluidValue> GetIndexAsync(FluidValue index, TemplateContext context) => Value.GetIndexAsync(index, context);

    public override bool Contains(FluidValue value) => Value.Contains(value);

    public override IEnumerable<FluidValue> Enumerate(TemplateContext context) => Value.Enumerate(context);

    public override bool Equals(object? obj) => obj is FluidValue other && Equals(other);

    public override int GetHashCode() => Value.GetHashCode();
}
