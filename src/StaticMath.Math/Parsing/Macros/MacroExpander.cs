using StaticMath.Math.Parsing.Tokens;

namespace StaticMath.Math.Parsing.Macros;

/// <summary>
/// TeX's "mouth": delivers tokens to the parser, expanding user macros and handling definitions on the way.
/// Expansion is bounded (<see cref="MaxExpansions"/>, <see cref="MaxPendingTokens"/>): when a limit is hit the
/// expander reports one error and ends the input, so a recursive macro can never hang or exhaust memory.
/// </summary>
internal sealed class MacroExpander
{
    /// <summary>Upper bound on tokens waiting on the stack (guards against exponential growth within the budget).</summary>
    public const int MaxPendingTokens = 200_000;

    private readonly Tokenizer tokenizer;
    // Pending tokens, the next one last, so push/pop are O(1). It starts small: most expressions keep a token or two
    // pending, and room for 32 from the start was a fifth of a cold build's parse allocations.
    private readonly List<Token> stack = [];
    private readonly Func<string, bool> isBuiltIn;
    private int expansions;

    public MacroExpander(string source, MacroScope scope, ParseDiagnostics diagnostics, int maxExpansions, Func<string, bool> isBuiltIn)
    {
        tokenizer = new Tokenizer(source);
        Scope = scope;
        Diagnostics = diagnostics;
        MaxExpansions = maxExpansions;
        this.isBuiltIn = isBuiltIn;
    }

    public MacroScope Scope { get; }

    public ParseDiagnostics Diagnostics { get; }

    public int MaxExpansions { get; }

    public string Source => tokenizer.Source;

    public bool Aborted { get; private set; }

    public Token Peek()
    {
        if (stack.Count > 0)
        {
            return stack[^1];
        }

        var token = tokenizer.Next();
        stack.Add(token);
        return token;
    }

    public Token Pop()
    {
        if (stack.Count > 0)
        {
            var token = stack[^1];
            stack.RemoveAt(stack.Count - 1);
            return token;
        }

        return tokenizer.Next();
    }

    public void Push(Token token) => stack.Add(token);

    /// <summary>Pushes tokens so that they are read in list order.</summary>
    public void PushAll(IReadOnlyList<Token> tokens)
    {
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            stack.Add(tokens[i]);
        }

        CheckPendingLimit(tokens.Count > 0 ? tokens[0].Offset : 0);
    }

    /// <summary>Expands macros at the head of the input and returns (without consuming) the first unexpandable token.</summary>
    public Token PeekExpanded()
    {
        while (true)
        {
            var token = Peek();
            if (token.Kind != TokenKind.ControlSequence || token.NoExpand || !TryExpand(token))
            {
                return token;
            }
        }
    }

    public Token PopExpanded()
    {
        PeekExpanded();
        return Pop();
    }

    /// <summary>Skips space tokens (unexpanded).</summary>
    public void SkipSpaces()
    {
        while (Peek().Kind == TokenKind.Space)
        {
            Pop();
        }
    }

    /// <summary>Skips space tokens, expanding macros on the way (a macro may expand to nothing).</summary>
    public Token PeekExpandedNonSpace()
    {
        while (true)
        {
            var token = PeekExpanded();
            if (token.Kind != TokenKind.Space)
            {
                return token;
            }

            Pop();
        }
    }

    /// <summary>True when <paramref name="name"/> is a command the parser or the expander knows (built-in or user macro).</summary>
    public bool IsDefined(string name) => Scope.Contains(name) || isBuiltIn(name) || MacroDefinitionCommands.Handles(name) || BuiltInMacros.Contains(name);

    /// <summary>Reads one undelimited macro argument without expanding: a balanced group (braces stripped) or one token.</summary>
    public List<Token>? ReadArgumentTokens(Token command)
    {
        SkipSpaces();
        var token = Pop();
        switch (token.Kind)
        {
            case TokenKind.BeginGroup:
                return ReadBalancedGroup(token);
            case TokenKind.EndOfInput:
                Diagnostics.Add(command.Offset, $"Missing argument for {command.ToSource()}", command.ToSource().Length);
                return null;
            case TokenKind.EndGroup:
                Diagnostics.Add(token.Offset, $"Missing argument for {command.ToSource()}", 1);
                Push(token);
                return null;
            default:
                return [token];
        }
    }

    /// <summary>After an opening brace has been read: the tokens up to the matching closing brace (which is consumed).</summary>
    public List<Token> ReadBalancedGroup(Token open)
    {
        var tokens = new List<Token>();
        var depth = 1;
        while (true)
        {
            var token = Pop();
            switch (token.Kind)
            {
                case TokenKind.EndOfInput:
                    Diagnostics.Add(open.Offset, $"Missing }} for {{ opened at offset {open.Offset}", 1);
                    Push(token);
                    return tokens;
                case TokenKind.BeginGroup:
                    depth++;
                    break;
                case TokenKind.EndGroup:
                    if (--depth == 0)
                    {
                        return tokens;
                    }

                    break;
            }

            tokens.Add(token);
        }
    }

    /// <summary>Reads <c>[…]</c> if it comes next (brace-balanced inside); null when there is no optional argument.</summary>
    public List<Token>? ReadOptionalTokens()
    {
        SkipSpaces();
        var open = Peek();
        if (!open.IsCharacter('['))
        {
            return null;
        }

        Pop();
        var tokens = new List<Token>();
        var depth = 0;
        while (true)
        {
            var token = Pop();
            if (token.IsEnd)
            {
                Diagnostics.Add(open.Offset, $"Missing ] for [ opened at offset {open.Offset}", 1);
                Push(token);
                return tokens;
            }

            if (token.Kind == TokenKind.BeginGroup)
            {
                depth++;
            }
            else if (token.Kind == TokenKind.EndGroup)
            {
                depth--;
            }
            else if (depth == 0 && token.IsCharacter(']'))
            {
                return tokens;
            }

            tokens.Add(token);
        }
    }

    /// <summary>Counts one expansion; false (after reporting and ending the input) when the budget is spent.</summary>
    public bool CountExpansion(Token token)
    {
        if (++expansions <= MaxExpansions)
        {
            return true;
        }

        Abort(token.Offset, $"Maximum number of macro expansions ({MaxExpansions}) exceeded at {token.ToSource()}: is a macro recursive?");
        return false;
    }

    /// <summary>Reports an error and discards the rest of the input.</summary>
    public void Abort(int offset, string message)
    {
        if (!Aborted)
        {
            Diagnostics.Add(offset, message);
        }

        Aborted = true;
        stack.Clear();
        tokenizer.Abort();
    }

    private void CheckPendingLimit(int offset)
    {
        if (stack.Count > MaxPendingTokens)
        {
            Abort(offset, "Macro expansion too large: is a macro recursive?");
        }
    }

    private bool TryExpand(Token token)
    {
        if (Scope.TryGetMacro(token.Text, out var macro))
        {
            Pop();
            if (CountExpansion(token))
            {
                Expand(macro, token);
            }

            return true;
        }

        if (MacroDefinitionCommands.Handles(token.Text))
        {
            Pop();
            if (CountExpansion(token))
            {
                MacroDefinitionCommands.Execute(this, token);
            }

            return true;
        }

        if (BuiltInMacros.TryGet(token.Text, out var builtIn))
        {
            Pop();
            if (CountExpansion(token))
            {
                Expand(builtIn, token);
            }

            return true;
        }

        return false;
    }

    private void Expand(Macro macro, Token call)
    {
        switch (macro.Kind)
        {
            case MacroKind.Alias:
                PushAll(Relocate(macro.Body, call.Offset));
                return;
            case MacroKind.PairedDelimiter:
                ExpandPairedDelimiter(macro, call);
                return;
        }

        var arguments = macro.ParameterText is null ? ReadUndelimitedArguments(macro, call) : ReadDelimitedArguments(macro, call);
        if (arguments is null)
        {
            return;
        }

        PushAll(Substitute(macro.Body, arguments, call.Offset));
    }

    private List<Token>[]? ReadUndelimitedArguments(Macro macro, Token call)
    {
        var arguments = new List<Token>[macro.Arity];
        var first = 0;
        if (macro.OptionalDefault is not null && macro.Arity > 0)
        {
            arguments[0] = ReadOptionalTokens() ?? [.. macro.OptionalDefault];
            first = 1;
        }

        for (var i = first; i < macro.Arity; i++)
        {
            var argument = ReadArgumentTokens(call);
            if (argument is null)
            {
                return null;
            }

            arguments[i] = argument;
        }

        return arguments;
    }

    /// <summary>\def with delimited parameters: literal tokens must match; an argument followed by literal tokens runs up to them.</summary>
    private List<Token>[]? ReadDelimitedArguments(Macro macro, Token call)
    {
        var pattern = macro.ParameterText!;
        var arguments = new List<Token>[macro.Arity];
        var i = 0;
        while (i < pattern.Count)
        {
            var item = pattern[i];
            if (item.Kind == TokenKind.Parameter && i + 1 < pattern.Count)
            {
                var index = pattern[i + 1].Text[0] - '1';
                i += 2;
                var delimiterStart = i;
                while (i < pattern.Count && pattern[i].Kind != TokenKind.Parameter)
                {
                    i++;
                }

                if (delimiterStart == i)
                {
                    var argument = ReadArgumentTokens(call);
                    if (argument is null)
                    {
                        return null;
                    }

                    arguments[index] = argument;
                }
                else
                {
                    var delimiter = new List<Token>(i - delimiterStart);
                    for (var k = delimiterStart; k < i; k++)
                    {
                        delimiter.Add(pattern[k]);
                    }

                    var argument = ReadUntilDelimiter(delimiter, call);
                    if (argument is null)
                    {
                        return null;
                    }

                    arguments[index] = argument;
                }

                continue;
            }

            var actual = Pop();
            if (!SameToken(actual, item))
            {
                Diagnostics.Add(actual.Offset, $"Use of {call.ToSource()} doesn't match its definition");
                Push(actual);
                return null;
            }

            i++;
        }

        for (var k = 0; k < arguments.Length; k++)
        {
            arguments[k] ??= [];
        }

        return arguments;
    }

    private List<Token>? ReadUntilDelimiter(List<Token> delimiter, Token call)
    {
        var tokens = new List<Token>();
        while (true)
        {
            var token = Pop();
            if (token.IsEnd)
            {
                Diagnostics.Add(call.Offset, $"Runaway argument of {call.ToSource()}: delimiter {string.Concat(delimiter.Select(d => d.ToSource()))} not found");
                Push(token);
                return null;
            }

            if (token.Kind == TokenKind.BeginGroup)
            {
                tokens.Add(token);
                tokens.AddRange(ReadBalancedGroup(token));
                tokens.Add(new Token(TokenKind.EndGroup, "}", token.Offset));
                continue;
            }

            tokens.Add(token);
            if (EndsWith(tokens, delimiter))
            {
                tokens.RemoveRange(tokens.Count - delimiter.Count, delimiter.Count);
                // TeX strips one pair of braces around a delimited argument that is exactly one group.
                if (tokens.Count >= 2 && tokens[0].Kind == TokenKind.BeginGroup && tokens[^1].Kind == TokenKind.EndGroup && IsSingleGroup(tokens))
                {
                    tokens.RemoveAt(tokens.Count - 1);
                    tokens.RemoveAt(0);
                }

                return tokens;
            }
        }
    }

    private static bool IsSingleGroup(List<Token> tokens)
    {
        var depth = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.BeginGroup)
            {
                depth++;
            }
            else if (tokens[i].Kind == TokenKind.EndGroup && --depth == 0 && i != tokens.Count - 1)
            {
                return false;
            }
        }

        return true;
    }

    private static bool EndsWith(List<Token> tokens, List<Token> suffix)
    {
        if (tokens.Count < suffix.Count)
        {
            return false;
        }

        for (var i = 0; i < suffix.Count; i++)
        {
            if (!SameToken(tokens[tokens.Count - suffix.Count + i], suffix[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameToken(Token a, Token b) => a.Kind == b.Kind && (a.Kind == TokenKind.Space || a.Text == b.Text);

    private void ExpandPairedDelimiter(Macro macro, Token call)
    {
        var left = macro.Body;
        var right = macro.RightDelimiter ?? [];
        SkipSpaces();
        var next = Peek();
        var output = new List<Token>();
        if (next.IsCharacter('*'))
        {
            Pop();
            var argument = ReadArgumentTokens(call);
            if (argument is null)
            {
                return;
            }

            output.Add(new Token(TokenKind.ControlSequence, "left", call.Offset));
            output.AddRange(Relocate(left, call.Offset));
            output.AddRange(argument);
            output.Add(new Token(TokenKind.ControlSequence, "right", call.Offset));
            output.AddRange(Relocate(right, call.Offset));
        }
        else
        {
            var size = ReadOptionalTokens();
            var argument = ReadArgumentTokens(call);
            if (argument is null)
            {
                return;
            }

            if (size is { Count: 1 } && size[0].Kind == TokenKind.ControlSequence)
            {
                output.Add(new Token(TokenKind.ControlSequence, size[0].Text + "l", call.Offset));
                output.AddRange(Relocate(left, call.Offset));
                output.AddRange(argument);
                output.Add(new Token(TokenKind.ControlSequence, size[0].Text + "r", call.Offset));
                output.AddRange(Relocate(right, call.Offset));
            }
            else
            {
                output.Add(new Token(TokenKind.ControlSequence, "mathopen", call.Offset));
                output.Add(new Token(TokenKind.BeginGroup, "{", call.Offset));
                output.AddRange(Relocate(left, call.Offset));
                output.Add(new Token(TokenKind.EndGroup, "}", call.Offset));
                output.AddRange(argument);
                output.Add(new Token(TokenKind.ControlSequence, "mathclose", call.Offset));
                output.Add(new Token(TokenKind.BeginGroup, "{", call.Offset));
                output.AddRange(Relocate(right, call.Offset));
                output.Add(new Token(TokenKind.EndGroup, "}", call.Offset));
            }
        }

        PushAll(output);
    }

    /// <summary>Body tokens take the offset of the call, so errors inside an expansion point at the macro use.</summary>
    private static List<Token> Relocate(IReadOnlyList<Token> tokens, int offset)
    {
        var result = new List<Token>(tokens.Count);
        foreach (var token in tokens)
        {
            result.Add(token with { Offset = offset });
        }

        return result;
    }

    private static List<Token> Substitute(IReadOnlyList<Token> body, List<Token>[] arguments, int offset)
    {
        var result = new List<Token>(body.Count + 8);
        for (var i = 0; i < body.Count; i++)
        {
            var token = body[i];
            if (token.Kind == TokenKind.Parameter && i + 1 < body.Count)
            {
                var next = body[i + 1];
                if (next.Kind == TokenKind.Parameter)
                {
                    result.Add(next with { Offset = offset });
                    i++;
                    continue;
                }

                if (next.Kind == TokenKind.Character && next.Text.Length == 1 && next.Text[0] is >= '1' and <= '9')
                {
                    var index = next.Text[0] - '1';
                    if (index < arguments.Length)
                    {
                        result.AddRange(arguments[index]);
                    }

                    i++;
                    continue;
                }
            }

            result.Add(token with { Offset = offset });
        }

        return result;
    }
}
