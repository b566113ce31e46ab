using StaticMath.Math.Parsing.Environments;
using StaticMath.Math.Parsing.Tokens;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing.Commands;

/// <summary><c>\overset \underset \stackrel</c> and <c>\substack</c>.</summary>
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
