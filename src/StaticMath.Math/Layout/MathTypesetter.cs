using StaticMath.Math.Layout.Boxes;
using StaticMath.Math.Layout.Nodes;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Layout;

/// <summary>
/// Dispatches each syntax node to the layout of its family (one file per family under <c>Layout/Nodes/</c>).
/// Layouts are pure functions of (node, context) and call back here for their children.
/// </summary>
internal static class MathTypesetter
{
    /// <summary>Lays out a whole expression in the style of its mode.</summary>
    /// <param name="lineBreaks">When given, receives where the root box's items may break across lines (a top-level list only).</param>
    public static Box LayoutRoot(MathNode root, LayoutContext context, List<int>? lineBreaks = null) => root switch
    {
        // Lines of a top-level display (a \\ b, or a lone alignment) are the equation's rows.
        MathList { Items: [ArrayNode { Kind: ArrayKind.Gather or ArrayKind.Align } array] } =>
            MathListLayout.Assemble([new PositionedAtom(ArrayLayout.Layout(array, context, markRows: true), context)]),
        MathList list => MathListLayout.Assemble(MathListLayout.LayoutAtoms(list.Items, context), lineBreaks),
        _ => MathListLayout.Assemble([new PositionedAtom(Layout(root, context), context)]),
    };

    public static Atom Layout(MathNode node, LayoutContext context) => node switch
    {
        MathList list => new Atom(MathListLayout.Layout(list, context), AtomClass.Ord),
        SharedList shared => context.State.LayoutShared(shared, context, Layout),
        SymbolAtom symbol => SymbolLayout.Layout(symbol, context),
        ClassedGroup group => GroupLayout.Layout(group, context),
        ScriptsNode scripts => ScriptsLayout.Layout(scripts, context),
        BigOperator op => BigOperatorLayout.Layout(op, null, null, context),
        FractionNode fraction => FractionLayout.Layout(fraction, context),
        RadicalNode radical => RadicalLayout.Layout(radical, context),
        AccentNode accent => AccentLayout.Layout(accent, context),
        LineNode line => LineLayout.Layout(line, context),
        DelimitedNode delimited => DelimiterLayout.LayoutLeftRight(delimited, context),
        SizedDelimiterNode sized => DelimiterLayout.LayoutSized(sized, context),
        NegationNode negation => NegationLayout.Layout(negation, context),
        SpaceNode space => SpacingLayout.Layout(space, context),
        StyleNode or SizeNode => Atom.Spacing(HBox.Empty), // only meaningful inside a list (handled there)
        ErrorNode error => ErrorLayout.Layout(error, context),
        ReferenceNode reference => ReferenceLayout.Layout(reference, context),
        EquationMetaNode meta => EquationMetaLayout.Layout(meta, context),
        EnvironmentNode environment => EnvironmentLayout.Layout(environment, context),

        ArrayNode array => ArrayLayout.Layout(array, context),
        TextNode text => TextLayout.Layout(text, context),
        BoxNode box => FramedBoxLayout.Layout(box, context),
        CancelNode cancel => CancelLayout.Layout(cancel, context),
        ColorNode color => ColorLayout.Layout(color, context),
        PhantomNode phantom => PhantomLayout.Layout(phantom, context),
        SmashNode smash => SmashLayout.Layout(smash, context),
        LapNode lap => LapLayout.Layout(lap, context),
        RaiseNode raise => RaiseLayout.Layout(raise, context),
        RuleNode rule => RuleLayout.Layout(rule, context),
        BraceNode brace => BraceLayout.Layout(brace, context),
        ExtensibleArrowNode arrow => ExtensibleArrowLayout.Layout(arrow, context),
        StackNode stack => StackLayout.Layout(stack, context),
        MathChoiceNode choice => MathChoiceLayout.Layout(choice, context),

        _ => PendingLayout.Layout(node, context),
    };
}
