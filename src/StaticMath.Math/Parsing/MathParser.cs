using StaticMath.Math.Parsing.Commands;
using StaticMath.Math.Parsing.Macros;
using StaticMath.Math.Parsing.Symbols;
using StaticMath.Math.Parsing.Tokens;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing;

/// <summary>
/// Recursive-descent TeX math parser: math lists, atoms with scripts, groups and infix fractions. Commands come from
/// <see cref="CommandRegistry"/> (one file per family) and the data-driven <see cref="SymbolTable"/>; anything unknown
/// becomes an <see cref="ErrorNode"/> in place. Never throws for bad input: limits on nesting and macro expansion end
/// the parse with an error instead. One instance parses one expression.
/// </summary>
internal sealed partial class MathParser
{
    /// <summary>Deepest group/command nesting accepted (keeps recursion far from the thread's stack limit).</summary>
    public const int MaxNestingDepth = 200;

    private readonly List<string> referencedLabels = [];
    private int depth;

    public MathParser(string source, MacroScope scope, int maxExpansions)
    {
        Diagnostics = new ParseDiagnostics();
        Commands = CommandRegistry.Default;
        Symbols = SymbolTable.Default;
        Input = new MacroExpander(source, scope, Diagnostics, maxExpansions, BuiltIn);
    }

    public MacroExpander Input { get; }

    public ParseDiagnostics Diagnostics { get; }

    public CommandRegistry Commands { get; }

    public SymbolTable Symbols { get; }

    public MacroScope Scope => Input.Scope;

    /// <summary>Alphabet applied to letters and digits (set by \mathbf{…} and friends for their argument).</summary>
    public MathVariant CurrentVariant { get; set; }

    /// <summary>True inside \boldsymbol: every symbol, not only letters, takes <see cref="CurrentVariant"/>.</summary>
    public bool VariantAppliesToAllSymbols { get; set; }

    /// <summary>Terminators of the list being parsed (for rest-of-list commands such as \color).</summary>
    public ListTerminators CurrentTerminators { get; private set; }

    public IReadOnlyList<string> ReferencedLabels => referencedLabels;

    public void AddReferencedLabel(string label)
    {
        if (!referencedLabels.Contains(label, StringComparer.Ordinal))
        {
            referencedLabels.Add(label);
        }
    }

    public bool IsBuiltIn(string name) => Commands.Contains(name) || Symbols.TryGetCommand(name, out _);

    // One delegate for every parser (the registries are the defaults): one per parse was an allocation per equation.
    private static readonly Func<string, bool> BuiltIn = name => CommandRegistry.Default.Contains(name) || SymbolTable.Default.TryGetCommand(name, out _);

    /// <summary>Parses a whole expression: lines separated by top-level <c>\\</c> become rows of a gathered array.</summary>
    public MathList ParseExpression()
    {
        var lines = new List<MathList>();
        var gaps = new List<double>();
        while (true)
        {
            var line = ParseList(ListTerminators.LineBreak);
            var next = Input.PeekExpandedNonSpace();
            if (next.IsEnd)
            {
                lines.Add(line);
                gaps.Add(0);
                break;
            }

            if (next.Kind == TokenKind.ControlSequence && next.Text is "\\" or "newline" or "cr")
            {
                Input.Pop();
                lines.Add(line);
                gaps.Add(ReadRowGap());
                continue;
            }

            // A terminator we do not own at the top level (cannot happen for LineBreak lists, but stay total).
            Input.Pop();
            Diagnostics.Add(next.Offset, $"Unexpected {next.ToSource()}", next.ToSource().Length);
            lines.Add(line);
            gaps.Add(0);
        }

        if (lines.Count == 1)
        {
            return lines[0];
        }

        // A trailing \\ adds nothing.
        if (lines.Count > 1 && lines[^1].Items.Count == 0)
        {
            lines.RemoveAt(lines.Count - 1);
            gaps.RemoveAt(gaps.Count - 1);
            if (lines.Count == 1)
            {
                return lines[0];
            }
        }

        var rows = lines.Select(l => (IReadOnlyList<MathList>)[l]).ToList();
        var hlines = Enumerable.Range(0, rows.Count + 1).Select(_ => (IReadOnlyList<string>)[]).ToList();
        var info = rows.Select(_ => new ArrayRowInfo()).ToList();
        var array = new ArrayNode(rows, [new ArrayColumn(ColumnAlign.Center)], gaps, hlines, info, ArrayKind.Gather, MathStyle.Display) { Offset = 0 };
        return new MathList([array]) { Offset = 0 };
    }

    /// <summary>Parses nodes until a terminator (left in the input) or the end; handles infix \over-style fractions.</summary>
    public MathList ParseList(ListTerminators terminators)
    {
        if (!Enter(Input.PeekExpanded()))
        {
            return MathList.Empty;
        }

        var savedTerminators = CurrentTerminators;
        CurrentTerminators = terminators;
        var items = new List<MathNode>();
        var infixIndex = -1;
        Token infix = default;
        FractionCommands.InfixFraction infixFraction = default;
        var start = -1;
        while (true)
        {
            var token = Input.PeekExpandedNonSpace();
            if (start < 0)
            {
                start = token.Offset;
            }

            if (token.IsEnd || IsTerminator(token, terminators))
            {
                break;
            }

            if (token.Kind == TokenKind.EndGroup)
            {
                Input.Pop();
                Diagnostics.Add(token.Offset, "Extra }, or forgotten {", 1);
                items.Add(new ErrorNode("}", "Extra }, or forgotten {") { Offset = token.Offset });
                continue;
            }

            if (FractionCommands.IsInfix(token))
            {
                Input.Pop();
                var parameters = FractionCommands.ReadInfix(this, token);
                if (infixIndex >= 0)
                {
                    Diagnostics.Add(token.Offset, $"Ambiguous use of {token.ToSource()}: you need another {{ and }}", token.ToSource().Length);
                    continue;
                }

                infixIndex = items.Count;
                infix = token;
                infixFraction = parameters;
                continue;
            }

            var node = ParseAtom();
            if (node is not null)
            {
                items.Add(node);
            }
        }

        CurrentTerminators = savedTerminators;
        Leave();
        if (infixIndex < 0)
        {
            return new MathList(items) { Offset = start };
        }

        var numerator = new MathList(items.GetRange(0, infixIndex)) { Offset = start };
        var denominator = new MathList(items.GetRange(infixIndex, items.Count - infixIndex)) { Offset = infix.Offset };
        var fraction = FractionCommands.Infix(infixFraction, numerator, denominator);
        return new MathList([fraction with { Offset = infix.Offset }]) { Offset = start };
    }

    /// <summary>A nucleus with its sub/superscripts, primes and \limits/\nolimits.</summary>
    public MathNode? ParseAtom()
    {
        var first = Input.PeekExpandedNonSpace();
        MathNode? nucleus = null;
        if (first.Kind is not (TokenKind.Superscript or TokenKind.Subscript) && !first.IsCharacter('\''))
        {
            nucleus = ParseNucleus();
            if (nucleus is null or StyleNode or SizeNode or EquationMetaNode or SpaceNode)
            {
                return nucleus;
            }
        }

        List<MathNode>? superscript = null;
        MathList? subscript = null;
        var explicitSuperscript = false;
        while (true)
        {
            var token = Input.PeekExpandedNonSpace();
            if (token.Kind == TokenKind.Superscript)
            {
                Input.Pop();
                if (explicitSuperscript)
                {
                    Diagnostics.Add(token.Offset, "Double superscript: use { } to group", 1);
                }

                explicitSuperscript = true;
                var argument = ParseScriptArgument(token);
                if (TryAttachBraceLabel(ref nucleus, argument, under: false))
                {
                    continue;
                }

                superscript ??= [];
                superscript.AddRange(argument.Items);
            }
            else if (token.Kind == TokenKind.Subscript)
            {
                Input.Pop();
                if (subscript is not null)
                {
                    Diagnostics.Add(token.Offset, "Double subscript: use { } to group", 1);
                }

                var argument = ParseScriptArgument(token);
                if (TryAttachBraceLabel(ref nucleus, argument, under: true))
                {
                    continue;
                }

                subscript = subscript is null ? argument : new MathList([.. subscript.Items, .. argument.Items]) { Offset = subscript.Offset };
            }
            else if (token.IsCharacter('\''))
            {
                var count = 0;
                while (Input.PeekExpanded().IsCharacter('\''))
                {
                    Input.Pop();
                    count++;
                }

                if (explicitSuperscript)
                {
                    Diagnostics.Add(token.Offset, "Double superscript: a prime after a superscript needs { }", count);
                }

                superscript ??= [];
                superscript.InsertRange(explicitSuperscript ? superscript.Count : CountPrimes(superscript), PrimeAtoms(count, token.Offset));
            }
            else if (token.Kind == TokenKind.ControlSequence && token.Text is "limits" or "nolimits" or "displaylimits")
            {
                Input.Pop();
                var mode = token.Text switch
                {
                    "limits" => LimitsMode.Limits,
                    "nolimits" => LimitsMode.NoLimits,
                    _ => LimitsMode.DisplayLimits,
                };
                if (nucleus is BigOperator op)
                {
                    nucleus = op with { Limits = mode };
                }
                else
                {
                    Diagnostics.Add(token.Offset, $"{token.ToSource()} is allowed only on operators", token.ToSource().Length);
                }
            }
            else
            {
                break;
            }
        }

        if (superscript is null && subscript is null)
        {
            return nucleus ?? new MathList([]) { Offset = first.Offset };
        }

        var supList = superscript is null ? null : new MathList(superscript) { Offset = first.Offset };
        return new ScriptsNode(nucleus ?? new MathList([]) { Offset = first.Offset }, supList, subscript) { Offset = nucleus?.Offset ?? first.Offset };
    }

    /// <summary>One atom without scripts: a group, a character or a command.</summary>
    public MathNode? ParseNucleus()
    {
        var token = Input.PeekExpandedNonSpace();
        switch (token.Kind)
        {
            case TokenKind.EndOfInput:
                return null;
            case TokenKind.BeginGroup:
                Input.Pop();
                return ParseGroupBody(token);
            case TokenKind.Character:
                Input.Pop();
                return CharacterAtom(token);
            case TokenKind.ControlSequence:
                Input.Pop();
                if (!Enter(token))
                {
                    return null;
                }

                try
                {
                    return ParseCommand(token);
                }
                finally
                {
                    Leave();
                }

            case TokenKind.Verbatim:
                Input.Pop();
                return new TextNode([new PlainTextRun(token.Text, TextFontStyle.Monospace)]) { Offset = token.Offset };
            case TokenKind.Active:
                Input.Pop();
                return new SpaceNode(SpacingCommands.InterwordSpaceEm, SpaceUnit.Em) { Offset = token.Offset };
            case TokenKind.AlignTab:
                Input.Pop();
                return LocalError(token, "Misplaced alignment tab character &");
            case TokenKind.MathShift:
                Input.Pop();
                return LocalError(token, "Misplaced $: math shift inside math");
            case TokenKind.Parameter:
                Input.Pop();
                return LocalError(token, "You can't use macro parameter character # in math mode");
            case TokenKind.EndGroup:
                return null;
            default:
                // Scripts without a preceding nucleus are handled by ParseAtom; anything else is consumed as an error.
                Input.Pop();
                return Error(token, $"Unexpected {token.ToSource()}");
        }
    }

    /// <summary>After <c>{</c>: the group's contents up to the matching <c>}</c> (fonts set inside end with it).</summary>
    public MathList ParseGroupBody(Token open)
    {
        var savedVariant = CurrentVariant;
        var savedAll = VariantAppliesToAllSymbols;
        var list = ParseList(ListTerminators.Group);
        CurrentVariant = savedVariant;
        VariantAppliesToAllSymbols = savedAll;
        ExpectGroupEnd(open);
        return list with { Offset = open.Offset };
    }

    public void ExpectGroupEnd(Token open)
    {
        var close = Input.PeekExpandedNonSpace();
        if (close.Kind == TokenKind.EndGroup)
        {
            Input.Pop();
        }
        else if (!Input.Aborted)
        {
            Diagnostics.Add(open.Offset, $"Missing }} for {{ opened at offset {open.Offset}", 1);
        }
    }

    /// <summary>The argument of ^ or _: a group, or a single token's atom.</summary>
    public MathList ParseScriptArgument(Token script)
    {
        var token = Input.PeekExpandedNonSpace();
        if (token.Kind == TokenKind.BeginGroup)
        {
            Input.Pop();
            return ParseGroupBody(token);
        }

        if (token.IsEnd || token.Kind is TokenKind.EndGroup or TokenKind.Superscript or TokenKind.Subscript or TokenKind.AlignTab || IsTerminator(token, CurrentTerminators))
        {
            Diagnostics.Add(script.Offset, "Missing superscript or subscript argument", 1);
            return new MathList([]) { Offset = script.Offset };
        }

        var node = ParseNucleus();
        return AsList(node, token.Offset);
    }

    /// <summary>A required argument: a group, or the atom of a single token (<c>\frac12</c>).</summary>
    public MathList ParseRequiredArgument(Token command)
    {
        var token = Input.PeekExpandedNonSpace();
        if (token.Kind == TokenKind.BeginGroup)
        {
            Input.Pop();
            return ParseGroupBody(token);
        }

        if (token.IsEnd || token.Kind is TokenKind.EndGroup or TokenKind.Superscript or TokenKind.Subscript or TokenKind.AlignTab || IsTerminator(token, CurrentTerminators))
        {
            Diagnostics.Add(command.Offset, $"Missing argument for {command.ToSource()}", command.ToSource().Length);
            return new MathList([]) { Offset = command.Offset };
        }

        return AsList(ParseNucleus(), token.Offset);
    }

    /// <summary>An optional <c>[…]</c> math argument, or null.</summary>
    public MathList? ParseOptionalArgument()
    {
        var token = Input.PeekExpandedNonSpace();
        if (!token.IsCharacter('['))
        {
            return null;
        }

        Input.Pop();
        var list = ParseList(ListTerminators.Bracket);
        var close = Input.PeekExpandedNonSpace();
        if (close.IsCharacter(']'))
        {
            Input.Pop();
        }
        else
        {
            Diagnostics.Add(token.Offset, $"Missing ] for [ opened at offset {token.Offset}", 1);
        }

        return list with { Offset = token.Offset };
    }

    /// <summary>A required argument read as raw text (colour names, labels, environment names).</summary>
    public string? ReadStringArgument(Token command)
    {
        var tokens = Input.ReadArgumentTokens(command);
        return tokens is null ? null : TokenText.Concat(tokens).Trim();
    }

    /// <summary>An optional <c>[…]</c> argument as raw text, or null.</summary>
    public string? ReadOptionalStringArgument()
    {
        var tokens = Input.ReadOptionalTokens();
        return tokens is null ? null : TokenText.Concat(tokens).Trim();
    }

    /// <summary>Reads <c>*</c> if it comes next.</summary>
    public bool ReadStar()
    {
        Input.SkipSpaces();
        if (Input.Peek().IsCharacter('*'))
        {
            Input.Pop();
            return true;
        }

        return false;
    }

    /// <summary>A dimension argument in braces (<c>\hspace{1em}</c>); reports an error and returns null when invalid.</summary>
    public Dimension? ReadDimensionArgument(Token command)
    {
        var text = ReadStringArgument(command);
        if (text is null)
        {
            return null;
        }

        if (Dimension.TryParse(text, out var dimension))
        {
            return dimension;
        }

        Diagnostics.Add(command.Offset, $"Invalid dimension '{text}' for {command.ToSource()}", command.ToSource().Length);
        return null;
    }

    /// <summary>A dimension written inline after a primitive (<c>\kern-3mu</c>, <c>\mskip 2mu plus 1mu</c>), or in braces.</summary>
    public Dimension? ReadInlineDimension(Token command)
    {
        var next = Input.PeekExpandedNonSpace();
        if (next.Kind == TokenKind.BeginGroup)
        {
            return ReadDimensionArgument(command);
        }

        var text = new System.Text.StringBuilder();
        while (true)
        {
            var token = Input.PeekExpanded();
            if (token.Kind == TokenKind.Character && token.Text.Length == 1 && (char.IsAsciiDigit(token.Text[0]) || token.Text[0] is '.' or ',' || (text.Length == 0 && token.Text[0] is '+' or '-') || (text.Length > 0 && text[^1] is '+' or '-' && token.Text[0] is '+' or '-')))
            {
                text.Append(token.Text[0]);
                Input.Pop();
                continue;
            }

            if (token.Kind == TokenKind.Space && text.Length > 0 && text[^1] is '+' or '-')
            {
                Input.Pop();
                continue;
            }

            break;
        }

        Input.SkipSpaces();
        var unitStart = new List<Token>(2);
        for (var i = 0; i < 2; i++)
        {
            var token = Input.PeekExpanded();
            if (token.Kind == TokenKind.Character && token.Text.Length == 1 && char.IsAsciiLetter(token.Text[0]))
            {
                unitStart.Add(Input.Pop());
            }
            else
            {
                break;
            }
        }

        var unit = string.Concat(unitStart.Select(t => t.Text));
        if (Dimension.TryParse(text + unit, out var dimension))
        {
            SkipGlueStretch();
            return dimension;
        }

        for (var i = unitStart.Count - 1; i >= 0; i--)
        {
            Input.Push(unitStart[i]);
        }

        Diagnostics.Add(command.Offset, $"Missing or invalid dimension after {command.ToSource()}", command.ToSource().Length);
        return null;
    }

    /// <summary>A row gap after <c>\\</c>: <c>*</c> and <c>[dimension]</c> are optional; brackets that do not hold a
    /// dimension are left alone (a matrix row may start with <c>[</c>).</summary>
    public double ReadRowGap()
    {
        Input.SkipSpaces();
        if (Input.Peek().IsCharacter('*'))
        {
            Input.Pop();
        }

        var tokens = Input.ReadOptionalTokens();
        if (tokens is null)
        {
            return 0;
        }

        if (Dimension.TryParse(TokenText.Concat(tokens).Trim(), out var dimension))
        {
            return dimension.ToEm();
        }

        // Not a dimension: give the bracket and its contents back.
        var back = new List<Token>(tokens.Count + 2) { new(TokenKind.Character, "[", tokens.Count > 0 ? tokens[0].Offset - 1 : 0) };
        back.AddRange(tokens);
        back.Add(new Token(TokenKind.Character, "]", back[^1].Offset + 1));
        Input.PushAll(back);
        return 0;
    }

    /// <summary>Parses the rest of the current list (for \color, \bf-like commands that act until the group ends).</summary>
    public MathList ParseRestOfList() => ParseList(CurrentTerminators | ListTerminators.Group);

    public ErrorNode Error(Token token, string message)
    {
        var source = token.ToSource();
        Diagnostics.Add(token.Offset, message, source.Length);
        return new ErrorNode(source, message) { Offset = token.Offset };
    }

    /// <summary>An error confined to one token (an undefined macro): shown in red in place, the rest still typesets.</summary>
    public ErrorNode LocalError(Token token, string message)
    {
        var source = token.ToSource();
        Diagnostics.AddLocal(token.Offset, message, source.Length);
        return new ErrorNode(source, message) { Offset = token.Offset };
    }

    public static MathList AsList(MathNode? node, int offset) => node switch
    {
        MathList list => list,
        null => new MathList([]) { Offset = offset },
        _ => new MathList([node]) { Offset = node.Offset },
    };

    public bool IsTerminator(Token token, ListTerminators terminators)
    {
        switch (token.Kind)
        {
            case TokenKind.EndGroup:
                return (terminators & ListTerminators.Group) != 0;
            case TokenKind.AlignTab:
                return (terminators & ListTerminators.Cell) != 0;
            case TokenKind.MathShift:
                return (terminators & ListTerminators.MathShift) != 0;
            case TokenKind.Character:
                return (terminators & ListTerminators.Bracket) != 0 && token.IsCharacter(']');
            case TokenKind.ControlSequence:
                switch (token.Text)
                {
                    case "\\":
                    case "cr":
                    case "newline":
                    case "tabularnewline":
                        return (terminators & (ListTerminators.Cell | ListTerminators.LineBreak)) != 0;
                    case "end":
                        return (terminators & ListTerminators.Cell) != 0;
                    case "right":
                    case "middle":
                        return (terminators & ListTerminators.LeftRight) != 0;
                    case ")":
                        return (terminators & ListTerminators.MathShift) != 0;
                    default:
                        return false;
                }

            default:
                return false;
        }
    }

    /// <summary>Counts one level of nesting; false (after ending the input with an error) when too deep.</summary>
    public bool Enter(Token token)
    {
        if (++depth <= MaxNestingDepth)
        {
            return true;
        }

        depth--;
        Input.Abort(token.Offset, $"Expression nested too deeply (more than {MaxNestingDepth} levels)");
        return false;
    }

    public void Leave() => depth--;

    private void SkipGlueStretch()
    {
        // \hskip/\mskip glue: "plus …" and "minus …" parts do not matter in math, which is set at natural width.
        foreach (var keyword in (string[])["plus", "minus"])
        {
            Input.SkipSpaces();
            var matched = new List<Token>();
            foreach (var c in keyword)
            {
                var token = Input.Peek();
                if (!token.IsCharacter(c))
                {
                    break;
                }

                matched.Add(Input.Pop());
            }

            if (matched.Count == keyword.Length)
            {
                var number = new System.Text.StringBuilder();
                Input.SkipSpaces();
                while (Input.Peek() is { Kind: TokenKind.Character } t && t.Text.Length == 1 && (char.IsAsciiLetterOrDigit(t.Text[0]) || t.Text[0] is '.' or '-'))
                {
                    number.Append(Input.Pop().Text);
                }
            }
            else
            {
                for (var i = matched.Count - 1; i >= 0; i--)
                {
                    Input.Push(matched[i]);
                }
            }
        }
    }

    private static int CountPrimes(List<MathNode> superscript)
    {
        var count = 0;
        while (count < superscript.Count && superscript[count] is SymbolAtom { Text: "\u2032" or "\u2033" or "\u2034" or "\u2057" })
        {
            count++;
        }

        return count;
    }

    private static IEnumerable<MathNode> PrimeAtoms(int count, int offset)
    {
        while (count > 0)
        {
            var take = System.Math.Min(count, 4);
            var text = take switch
            {
                1 => "\u2032",
                2 => "\u2033",
                3 => "\u2034",
                _ => "\u2057",
            };
            yield return new SymbolAtom(AtomClass.Ord, text) { Offset = offset };
            count -= take;
        }
    }

    private static bool TryAttachBraceLabel(ref MathNode? nucleus, MathList label, bool under)
    {
        if (nucleus is BraceNode { Label: null } brace && brace.Under == under)
        {
            nucleus = brace with { Label = label };
            return true;
        }

        return false;
    }
}
