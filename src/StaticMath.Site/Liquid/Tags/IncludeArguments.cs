using System.Globalization;
using Fluid;
using Fluid.Values;

namespace StaticMath.Site.Liquid.Tags;

/// <summary>
/// Jekyll's include syntax: <c>NAME key="value" key='value' key=variable.path key=3 key=true</c>. Quoted values are
/// literal (Liquid inside them was already rendered by Jekyll's rules only for variables, so we keep them as text);
/// bare values are variables, numbers or booleans.
/// </summary>
internal sealed class IncludeArguments
{
    private readonly List<(string Key, string Value, bool Quoted)> _items = [];

    public string Name { get; private set; } = "";

    public static bool TryParse(string text, out IncludeArguments args, out string error)
    {
        args = new IncludeArguments();
        error = "";
        var i = 0;
        SkipSpaces(text, ref i);
        var nameStart = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
        args.Name = text[nameStart..i];
        if (args.Name.Length == 0) { error = "the include has no file name"; return false; }
        if (args.Name.Contains("{{", StringComparison.Ordinal)) { error = "computed include names ({{ … }}) are not supported"; return false; }
        while (true)
        {
            SkipSpaces(text, ref i);
            if (i >= text.Length) return true;
            var keyStart = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '-')) i++;
            var key = text[keyStart..i];
            SkipSpaces(text, ref i);
            if (key.Length == 0 || i >= text.Length || text[i] != '=')
            {
                error = $"expected key=value after '{text[..System.Math.Min(keyStart, text.Length)].Trim()}'";
                return false;
            }
            i++;
            SkipSpaces(text, ref i);
            if (i < text.Length && text[i] is '"' or '\'')
            {
                var quote = text[i++];
                var start = i;
                while (i < text.Length && text[i] != quote)
                    i += text[i] == '\\' ? 2 : 1;
                if (i >= text.Length) { error = $"unterminated quoted value for '{key}'"; return false; }
                args._items.Add((key, text[start..i].Replace("\\" + quote, quote.ToString()), true));
                i++;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
                if (i == start) { error = $"missing value for '{key}'"; return false; }
                args._items.Add((key, text[start..i], false));
            }
        }
    }

    /// <summary>Evaluates values: quoted → string, true/false → bool, numbers → number, else a variable path.</summary>
    public async ValueTask<Dictionary<string, FluidValue>> EvaluateAsync(TemplateContext context)
    {
        var result = new Dictionary<string, FluidValue>(StringComparer.Ordinal);
        foreach (var (key, value, quoted) in _items)
        {
            if (quoted) result[key] = new StringValue(value);
            else if (value is "true" or "false") result[key] = BooleanValue.Create(value == "true");
            else if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)) result[key] = NumberValue.Create(number);
            else result[key] = await ResolvePathAsync(value, context);
        }
        return result;
    }

    private static async ValueTask<FluidValue> ResolvePathAsync(string path, TemplateContext context)
    {
        var segments = path.Split('.');
        var value = context.GetValue(segments[0]);
        foreach (var segment in segments.Skip(1))
        {
            if (value.IsNil()) break;
            value = await value.GetValueAsync(segment, context);
        }
        return value;
    }

    private static void SkipSpaces(string text, ref int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
    }
}
