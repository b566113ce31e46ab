using StaticMath.Math.Parsing.Colors;
using StaticMath.Math.Parsing.Tokens;

namespace StaticMath.Math.Parsing.Macros;

/// <summary>
/// Commands that change the macro scope and produce no output: <c>\newcommand</c> and friends, <c>\def</c>,
/// <c>\let</c>, <c>\DeclareMathOperator</c>, <c>\DeclarePairedDelimiter</c>, <c>\definecolor</c>, <c>\require</c>,
/// and the group aliases <c>\bgroup</c>/<c>\egroup</c>. They run in the expander because they read raw tokens.
/// </summary>
internal static class MacroDefinitionCommands
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "newcommand", "renewcommand", "providecommand", "def", "gdef", "edef", "xdef", "let", "DeclareMathOperator",
        "DeclarePairedDelimiter", "require", "definecolor", "bgroup", "egroup", "begingroup", "endgroup", "global",
        "long", "relax",
    };

    public static bool Handles(string name) => Names.Contains(name);

    public static IEnumerable<string> All => Names;

    public static void Execute(MacroExpander input, Token command)
    {
        switch (command.Text)
        {
            case "newcommand":
            case "renewcommand":
                NewCommand(input, command, onlyIfUndefined: false);
                break;
            case "providecommand":
                NewCommand(input, command, onlyIfUndefined: true);
                break;
            case "def":
            case "gdef":
            case "edef":
            case "xdef":
                Def(input, command);
                break;
            case "let":
                Let(input, command);
                break;
            case "DeclareMathOperator":
                DeclareMathOperator(input, command);
                break;
            case "DeclarePairedDelimiter":
                DeclarePairedDelimiter(input, command);
                break;
            case "require":
                input.ReadArgumentTokens(command);
                break;
            case "definecolor":
                DefineColor(input, command);
                break;
            case "bgroup":
            case "begingroup":
                input.Push(new Token(TokenKind.BeginGroup, "{", command.Offset));
                break;
            case "egroup":
            case "endgroup":
                input.Push(new Token(TokenKind.EndGroup, "}", command.Offset));
                break;
            // \global, \long and \relax are prefixes/no-ops for our purposes (all definitions are page-global anyway).
        }
    }

    private static Token? ReadMacroName(MacroExpander input, Token command)
    {
        var tokens = input.ReadArgumentTokens(command);
        if (tokens is null)
        {
            return null;
        }

        // Allow stray spaces inside {\name }.
        tokens.RemoveAll(t => t.Kind == TokenKind.Space);
        if (tokens.Count != 1 || tokens[0].Kind != TokenKind.ControlSequence)
        {
            var offset = tokens.Count > 0 ? tokens[0].Offset : command.Offset;
            input.Diagnostics.Add(offset, $"{command.ToSource()} expects a control sequence name as its first argument");
            return null;
        }

        return tokens[0];
    }

    private static void SkipStar(MacroExpander input)
    {
        input.SkipSpaces();
        if (input.Peek().IsCharacter('*'))
        {
            input.Pop();
        }
    }

    private static void NewCommand(MacroExpander input, Token command, bool onlyIfUndefined)
    {
        SkipStar(input);
        var name = ReadMacroName(input, command);
        if (name is null)
        {
            return;
        }

        var arity = 0;
        var arityTokens = input.ReadOptionalTokens();
        if (arityTokens is not null)
        {
            var text = string.Concat(arityTokens.Where(t => t.Kind != TokenKind.Space).Select(t => t.Text));
            if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out arity) || arity is < 0 or > 9)
            {
                input.Diagnostics.Add(arityTokens.Count > 0 ? arityTokens[0].Offset : command.Offset, $"Invalid number of arguments '{text}' for {name.Value.ToSource()}");
                arity = System.Math.Clamp(arity, 0, 9);
            }
        }

        var optionalDefault = arity > 0 ? input.ReadOptionalTokens() : null;
        var body = input.ReadArgumentTokens(command);
        if (body is null)
        {
            return;
        }

        if (onlyIfUndefined && input.IsDefined(name.Value.Text))
        {
            return;
        }

        input.Scope.Define(new Macro(name.Value.Text, MacroKind.Substitution, body, arity, optionalDefault));
    }

    private static void Def(MacroExpander input, Token command)
    {
        input.SkipSpaces();
        var name = input.Pop();
        if (name.Kind != TokenKind.ControlSequence)
        {
            input.Diagnostics.Add(name.Offset, $"{command.ToSource()} must be followed by a control sequence");
            input.Push(name);
            return;
        }

        var parameters = new List<Token>();
        var highest = 0;
        var plain = true;
        while (true)
        {
            var token = input.Pop();
            if (token.IsEnd)
            {
                input.Diagnostics.Add(command.Offset, $"Missing body for {command.ToSource()}{name.ToSource()}");
                input.Push(token);
                return;
            }

            if (token.Kind == TokenKind.BeginGroup)
            {
                var body = input.ReadBalancedGroup(token);
                input.Scope.Define(new Macro(name.Text, MacroKind.Substitution, body, highest, parameterText: plain ? null : parameters));
                return;
            }

            if (token.Kind == TokenKind.Parameter)
            {
                var digit = input.Pop();
                if (digit.Kind != TokenKind.Character || digit.Text.Length != 1 || digit.Text[0] - '0' != highest + 1)
                {
                    input.Diagnostics.Add(digit.Offset, $"Parameters of {name.ToSource()} must be numbered consecutively");
                    input.Push(digit);
                    continue;
                }

                highest++;
                parameters.Add(token);
                parameters.Add(digit);
                continue;
            }

            plain = false;
            parameters.Add(token);
        }
    }

    private static void Let(MacroExpander input, Token command)
    {
        input.SkipSpaces();
        var name = input.Pop();
        if (name.Kind != TokenKind.ControlSequence)
        {
            input.Diagnostics.Add(name.Offset, "\\let must be followed by a control sequence");
            input.Push(name);
            return;
        }

        input.SkipSpaces();
        if (input.Peek().IsCharacter('='))
        {
            input.Pop();
            // One optional space after '=' belongs to the syntax.
            if (input.Peek().Kind == TokenKind.Space)
            {
                input.Pop();
            }
        }

        var target = input.Pop();
        if (target.IsEnd)
        {
            input.Diagnostics.Add(command.Offset, $"Missing target for \\let{name.ToSource()}");
            input.Push(target);
            return;
        }

        if (target.Kind == TokenKind.ControlSequence && !target.NoExpand && input.Scope.TryGetMacro(target.Text, out var existing))
        {
            input.Scope.Define(new Macro(name.Text, existing.Kind, existing.Body, existing.Arity, existing.OptionalDefault, existing.ParameterText, existing.RightDelimiter));
            return;
        }

        // A built-in or a character: \name now means that token itself, even if the built-in is redefined later.
        var alias = target.Kind == TokenKind.ControlSequence ? target with { NoExpand = !MacroDefinitionCommands.Handles(target.Text) } : target;
        input.Scope.Define(new Macro(name.Text, MacroKind.Alias, [alias]));
    }

    private static void DeclareMathOperator(MacroExpander input, Token command)
    {
        input.SkipSpaces();
        var starred = false;
        if (input.Peek().IsCharacter('*'))
        {
            input.Pop();
            starred = true;
        }

        var name = ReadMacroName(input, command);
        var text = input.ReadArgumentTokens(command);
        if (name is null || text is null)
        {
            return;
        }

        var body = new List<Token>(text.Count + 4) { new(TokenKind.ControlSequence, "operatorname", command.Offset) };
        if (starred)
        {
            body.Add(new Token(TokenKind.Character, "*", command.Offset));
        }

        body.Add(new Token(TokenKind.BeginGroup, "{", command.Offset));
        body.AddRange(text);
        body.Add(new Token(TokenKind.EndGroup, "}", command.Offset));
        input.Scope.Define(new Macro(name.Value.Text, MacroKind.Substitution, body));
    }

    private static void DeclarePairedDelimiter(MacroExpander input, Token command)
    {
        var name = ReadMacroName(input, command);
        var left = input.ReadArgumentTokens(command);
        var right = input.ReadArgumentTokens(command);
        if (name is null || left is null || right is null)
        {
            return;
        }

        input.Scope.Define(new Macro(name.Value.Text, MacroKind.PairedDelimiter, left, 1, rightDelimiter: right));
    }

    private static void DefineColor(MacroExpander input, Token command)
    {
        var name = input.ReadArgumentTokens(command);
        var model = input.ReadArgumentTokens(command);
        var spec = input.ReadArgumentTokens(command);
        if (name is null || model is null || spec is null)
        {
            return;
        }

        var nameText = TokenText.Concat(name).Trim();
        var css = ColorParser.FromModel(TokenText.Concat(model).Trim(), TokenText.Concat(spec));
        if (css is null)
        {
            input.Diagnostics.Add(command.Offset, $"Cannot understand color '{TokenText.Concat(spec)}' in model '{TokenText.Concat(model)}'");
            return;
        }

        input.Scope.DefineColor(nameText, css);
    }
}
