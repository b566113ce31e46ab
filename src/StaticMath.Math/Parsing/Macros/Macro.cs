using System.Text;
using StaticMath.Math.Parsing.Tokens;

namespace StaticMath.Math.Parsing.Macros;

/// <summary>
/// A macro in a <see cref="MacroScope"/>, with its body already tokenised (tokenising happens once per definition,
/// not per use). Immutable, so a scope can hand it out freely.
/// </summary>
internal sealed class Macro
{
    public Macro(string name, MacroKind kind, IReadOnlyList<Token> body, int arity = 0, IReadOnlyList<Token>? optionalDefault = null,
        IReadOnlyList<Token>? parameterText = null, IReadOnlyList<Token>? rightDelimiter = null)
    {
        Name = name;
        Kind = kind;
        Body = body;
        Arity = arity;
        OptionalDefault = optionalDefault;
        ParameterText = parameterText;
        RightDelimiter = rightDelimiter;
        Signature = BuildSignature();
    }

    public string Name { get; }

    public MacroKind Kind { get; }

    /// <summary>Replacement text; for <see cref="MacroKind.PairedDelimiter"/> the left delimiter; for an alias the one target token.</summary>
    public IReadOnlyList<Token> Body { get; }

    public int Arity { get; }

    /// <summary>When set, argument #1 is optional (<c>[…]</c>) and defaults to these tokens.</summary>
    public IReadOnlyList<Token>? OptionalDefault { get; }

    /// <summary>\def parameter text with delimiters (e.g. <c>#1.#2\end</c>); null when the parameters are plain #1#2….</summary>
    public IReadOnlyList<Token>? ParameterText { get; }

    /// <summary>Right delimiter of a paired-delimiter macro.</summary>
    public IReadOnlyList<Token>? RightDelimiter { get; }

    /// <summary>Deterministic text of the definition: what goes into cache keys.</summary>
    public string Signature { get; }

    /// <summary>Tokenises a macro body written as TeX source (site macros, synthesised definitions).</summary>
    public static List<Token> TokenizeSource(string source)
    {
        var tokenizer = new Tokenizer(source);
        var tokens = new List<Token>();
        for (var token = tokenizer.Next(); !token.IsEnd; token = tokenizer.Next())
        {
            tokens.Add(token);
        }

        return tokens;
    }

    public static Macro FromDefinition(string name, MacroDefinition definition) =>
        new(name, MacroKind.Substitution, TokenizeSource(definition.Body), System.Math.Clamp(definition.Arity, 0, 9),
            definition.OptionalDefault is null ? null : TokenizeSource(definition.OptionalDefault));

    private string BuildSignature()
    {
        var builder = new StringBuilder();
        builder.Append(Name).Append('\u0001').Append((int)Kind).Append('\u0001').Append(Arity).Append('\u0001');
        AppendTokens(builder, Body);
        builder.Append('\u0001');
        if (OptionalDefault is not null)
        {
            builder.Append('[');
            AppendTokens(builder, OptionalDefault);
        }

        builder.Append('\u0001');
        if (ParameterText is not null)
        {
            AppendTokens(builder, ParameterText);
        }

        builder.Append('\u0001');
        if (RightDelimiter is not null)
        {
            AppendTokens(builder, RightDelimiter);
        }

        return builder.ToString();
    }

    private static void AppendTokens(StringBuilder builder, IReadOnlyList<Token> tokens)
    {
        foreach (var token in tokens)
        {
            builder.Append((char)('A' + (int)token.Kind)).Append(token.Text).Append('\u0002');
        }
    }
}
