using System.Collections.Frozen;
using StaticMath.Math.Parsing.Commands;

namespace StaticMath.Math.Parsing.Macros;

/// <summary>
/// Whether parsing an expression can tell its caller more than its cache key: a definition (the scope changes, and with
/// it the keys of later expressions), a label reference (the caller's key holds the referenced numbers), or rows and
/// numbering marks (line breaks, environments, <c>\tag</c>, <c>\label</c>…). An inert expression's
/// <see cref="MathOutline"/> is known without parsing it (<see cref="MathSession.OutlineWithoutParse"/>).
/// Conservative: a command that could reach any of those, written in the TeX or met in the text of a macro it calls
/// (a page's, a site's or a built-in one, followed as the expander would follow it), makes the expression not inert.
/// The scan reads more than the tokenizer does (commands inside comments and <c>\verb</c> count too), never less.
/// <see cref="ForScope"/> asks the narrower question: whether parsing can change the scope at all.
/// </summary>
internal sealed class InertTex
{
    // Commands that give an expression rows or an environment (see ExpressionParser.CollectRows).
    private static readonly string[] StructureCommands = ["\\", "newline", "cr", "begin", "displaylines"];

    /// <summary>No definition, reference, rows or marks: the expression's <see cref="MathOutline"/> is known.</summary>
    public static InertTex ForOutline { get; } = new(MacroDefinitionCommands.All.Concat(ReferenceCommands.LabelReferences)
        .Concat(ReferenceCommands.NumberingMarks).Concat(StructureCommands), scope => scope.InertForOutline);

    /// <summary>No definition: parsing the expression leaves the scope as it is.</summary>
    public static InertTex ForScope { get; } = new(MacroDefinitionCommands.All, scope => scope.InertForScope);

    private readonly FrozenSet<string> _effectCommands;
    private readonly Func<MacroScope, Dictionary<string, bool>> _known;

    private InertTex(IEnumerable<string> effectCommands, Func<MacroScope, Dictionary<string, bool>> known)
    {
        _effectCommands = effectCommands.ToFrozenSet(StringComparer.Ordinal);
        _known = known;
    }

    public bool IsInert(string tex, MacroScope scope)
    {
        var known = _known(scope).GetAlternateLookup<ReadOnlySpan<char>>();
        var text = tex.AsSpan();
        for (var at = text.IndexOf('\\'); at >= 0; at = NextBackslash(text, at))
        {
            var name = NameAt(text, at + 1);
            if (name.Length > 0 && name[0] > '\u007F') return false; // a name the tokenizer may read differently
            if (!known.TryGetValue(name, out var inert)) inert = IsInertCommand(name.ToString(), scope);
            if (!inert) return false;
            at += name.Length;
        }

        return true;
    }

    private static int NextBackslash(ReadOnlySpan<char> text, int at)
    {
        var next = text[(at + 1)..].IndexOf('\\');
        return next < 0 ? -1 : at + 1 + next;
    }

    /// <summary>The command's name as the tokenizer reads it: ASCII letters, or the one character after the backslash.</summary>
    private static ReadOnlySpan<char> NameAt(ReadOnlySpan<char> text, int start)
    {
        if (start >= text.Length) return [];
        if (!char.IsAsciiLetter(text[start])) return text.Slice(start, 1);
        var end = start + 1;
        while (end < text.Length && char.IsAsciiLetter(text[end])) end++;
        return text[start..end];
    }

    /// <summary>A command as the expander resolves it: a scope macro first, then a definition (or another command
    /// above), then a built-in macro; any other command only adds to the tree. Remembered per scope.</summary>
    private bool IsInertCommand(string name, MacroScope scope)
    {
        var known = _known(scope);
        if (known.TryGetValue(name, out var inert)) return inert;
        // A macro that reaches itself counts as not inert: the answer stays conservative and the walk ends.
        known[name] = false;
        inert = scope.TryGetMacro(name, out var macro) ? IsInertMacro(macro, scope)
            : !_effectCommands.Contains(name) && (!BuiltInMacros.TryGet(name, out var builtIn) || IsInertMacro(builtIn, scope));
        known[name] = inert;
        return inert;
    }

    private bool IsInertMacro(Macro macro, MacroScope scope) =>
        AreInert(macro.Body, scope) && AreInert(macro.OptionalDefault, scope)
        && AreInert(macro.ParameterText, scope) && AreInert(macro.RightDelimiter, scope);

    private bool AreInert(IReadOnlyList<Tokens.Token>? tokens, MacroScope scope)
    {
        if (tokens is null) return true;
        foreach (var token in tokens)
        {
            if (token.Kind == Tokens.TokenKind.ControlSequence && !IsInertCommand(token.Text, scope)) return false;
        }

        return true;
    }
}
