using StaticMath.Math.Parsing.Environments;
using StaticMath.Math.Parsing.Tokens;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing.Commands;

/// <summary><c>\overset \underset \stackrel \buildrel</c> and <c>\substack</c>.</summary>
internal static class StackCommands
{
    public static void Register(CommandRegistry.Builder registry)
    {
        registry.Add("overset", (p, t) =>
        {
            var over = p.ParseRequiredArgument(t);
            var body = p.ParseRequiredArgument(t);
            return new StackNode(body, over, null, ClassOf(body));
        });
        registry.Add("underset", (p, t) =>
        {
            var under = p.ParseRequiredArgument(t);
            var body = p.ParseRequiredArgument(t);
            return new StackNode(body, null, under, ClassOf(body));
        });
        registry.Add("stackrel", (p, t) =>
        {
            var over = p.ParseRequiredArgument(t);
            var body = p.ParseRequiredArgument(t);
            return new StackNode(body, over, null, AtomClass.Rel);
        });
        registry.Add("substack", Substack);
        registry.Add("buildrel", BuildRel);
    }

    /// <summary>Plain TeX's <c>\buildrel top \over rel</c>: like <c>\stackrel{top}{rel}</c>, its top delimited by \over.</summary>
    private static MathNode BuildRel(MathParser parser, Token command)
    {
        var top = new List<Token>();
        var depth = 0;
        while (parser.Input.Peek() is { IsEnd: false } token && !(depth == 0 && token.IsControlSequence("over")))
        {
            depth += token.Kind switch { TokenKind.BeginGroup => 1, TokenKind.EndGroup => -1, _ => 0 };
            if (depth < 0)
            {
                break;
            }

            top.Add(parser.Input.Pop());
        }

        if (!parser.Input.Peek().IsControlSequence("over"))
        {
            parser.Input.PushAll(top);
            return parser.Error(command, "Missing \\over after \\buildrel: write \\buildrel top \\over relation");
        }

        parser.Input.Pop();
        var offset = top.Count > 0 ? top[0].Offset : command.Offset;
        parser.Input.PushAll([new Token(TokenKind.BeginGroup, "{", offset), .. top, new Token(TokenKind.EndGroup, "}", offset)]);
        var over = parser.ParseRequiredArgument(command);
        var body = parser.ParseRequiredArgument(command);
        return new StackNode(body, over, null, AtomClass.Rel);
    }

    /// <summary>amsmath gives \overset{…}{=} the class of its base (a relation stays a relation).</summary>
    public static AtomClass ClassOf(MathList body)
    {
        if (body.Items.Count != 1)
        {
            return AtomClass.Ord;
        }

        return body.Items[0] switch
        {
            SymbolAtom atom => atom.Class,
            BigOperator => AtomClass.Op,
            ClassedGroup group => group.Class,
            ExtensibleArrowNode => AtomClass.Rel,
            StackNode stack => stack.Class,
            _ => AtomClass.Ord,
        };
    }

    /// <summary><c>\substack{a\\b}</c>: a centred column in script style, as under big operators.</summary>
    private static MathNode Substack(MathParser parser, Token command)
    {
        var open = parser.Input.PeekExpandedNonSpace();
        if (open.Kind != TokenKind.BeginGroup)
        {
            return parser.Error(command, "Missing argument for \\substack");
        }

        parser.Input.Pop();
        var body = ArrayBodyParser.Parse(parser, open, null);
        return body.ToNode([new ArrayColumn(ColumnAlign.Center)], ArrayKind.Small, MathStyle.Script);
    }
}
