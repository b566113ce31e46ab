using StaticMath.Math.Parsing.Tokens;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing.Commands;

/// <summary>
/// <c>\operatorname(*)</c>, amsmath's <c>\sideset</c> and the class commands <c>\mathop \mathbin \mathrel \mathord \mathopen \mathclose \mathpunct
/// \mathinner</c>. Named operators like \lim and \sin come from the symbol table.
/// </summary>
internal static class OperatorCommands
{
    public static void Register(CommandRegistry.Builder registry)
    {
        registry.Add("operatorname", OperatorName);
        registry.Add("operatornamewithlimits", (p, t) => OperatorBody(p, t, LimitsMode.DisplayLimits));
        registry.Add("mathop", (p, t) => new BigOperator(null, p.ParseRequiredArgument(t), LimitsMode.DisplayLimits));
        registry.Add("sideset", SideSet);
        registry.Add("mathbin", (p, t) => Classed(p, t, AtomClass.Bin));
        registry.Add("mathrel", (p, t) => Classed(p, t, AtomClass.Rel));
        registry.Add("mathord", (p, t) => Classed(p, t, AtomClass.Ord));
        registry.Add("mathopen", (p, t) => Classed(p, t, AtomClass.Open));
        registry.Add("mathclose", (p, t) => Classed(p, t, AtomClass.Close));
        registry.Add("mathpunct", (p, t) => Classed(p, t, AtomClass.Punct));
        registry.Add("mathinner", (p, t) => Classed(p, t, AtomClass.Inner));
    }

    private static MathNode Classed(MathParser parser, Token command, AtomClass atomClass) =>
        new ClassedGroup(atomClass, parser.ParseRequiredArgument(command));

    /// <summary>amsmath: \operatorname sets \nolimits, \operatorname* \displaylimits (limits in display style only).</summary>
    private static MathNode OperatorName(MathParser parser, Token command) =>
        OperatorBody(parser, command, parser.ReadStar() ? LimitsMode.DisplayLimits : LimitsMode.NoLimits);

    private static MathNode OperatorBody(MathParser parser, Token command, LimitsMode limits)
    {
        var savedVariant = parser.CurrentVariant;
        var savedAll = parser.VariantAppliesToAllSymbols;
        parser.CurrentVariant = MathVariant.Normal;
        parser.VariantAppliesToAllSymbols = false;
        var body = parser.ParseRequiredArgument(command);
        parser.CurrentVariant = savedVariant;
        parser.VariantAppliesToAllSymbols = savedAll;
        return new BigOperator(null, AsOperatorText(body), limits);
    }

    /// <summary>
    /// amsmath's <c>\sideset{_a^b}{_c^d}\sum</c>: scripts at the four corners of a large operator, which stays an
    /// operator whose own limits (written after it) go above and below. Built as amsmath does, in effect
    /// <c>\mathop{{\vphantom{\sum}}_a^b {\sum}_c^d}</c>: the left scripts hang on an empty box as tall as the operator.
    /// </summary>
    private static MathNode SideSet(MathParser parser, Token command)
    {
        var before = parser.ParseRequiredArgument(command);
        var after = parser.ParseRequiredArgument(command);
        var next = parser.Input.PeekExpandedNonSpace();
        var op = next.IsEnd || parser.IsTerminator(next, parser.CurrentTerminators) ? null : parser.ParseNucleus();
        if (op is null)
        {
            parser.Diagnostics.Add(command.Offset, "Missing operator after \\sideset{…}{…}", command.ToSource().Length);
            op = new MathList([]) { Offset = command.Offset };
        }

        var operatorGroup = new SharedList(new MathList([op]) { Offset = op.Offset }) { Offset = op.Offset };
        var strut = new PhantomNode(new MathList([operatorGroup]) { Offset = op.Offset }, KeepWidth: false, KeepHeight: true) { Offset = op.Offset };
        var items = new List<MathNode>();
        AttachScripts(strut, before, items);
        AttachScripts(operatorGroup, after, items);
        return new BigOperator(null, new MathList(items) { Offset = command.Offset }, LimitsMode.DisplayLimits);
    }

    /// <summary>Puts <paramref name="nucleus"/> under scripts written without one (<c>_a^b</c>); other material follows it.</summary>
    private static void AttachScripts(MathNode nucleus, MathList argument, List<MathNode> items)
    {
        var rest = argument.Items;
        if (rest.Count > 0 && rest[0] is ScriptsNode { Nucleus: MathList { Items.Count: 0 } } scripts)
        {
            items.Add(scripts with { Nucleus = nucleus });
            rest = [.. rest.Skip(1)];
        }
        else
        {
            items.Add(nucleus);
        }

        items.AddRange(rest);
    }

    /// <summary>Inside an operator name, - and * are text characters (no binary spacing), as amsmath's \newmcodes@ makes them.</summary>
    private static MathList AsOperatorText(MathList body)
    {
        List<MathNode>? items = null;
        for (var i = 0; i < body.Items.Count; i++)
        {
            if (body.Items[i] is SymbolAtom { Class: AtomClass.Bin, Text: "\u2212" or "\u2217" } atom)
            {
                items ??= [.. body.Items];
                items[i] = atom with { Class = AtomClass.Ord, Text = atom.Text == "\u2212" ? "-" : "*" };
            }
        }

        return items is null ? body : body with { Items = items };
    }
}
