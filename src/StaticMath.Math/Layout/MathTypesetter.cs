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
    public static Box LayoutRoot(MathNode root, LayoutContext context) => root switch
    {
        MathList list => MathListLayout.Layout(list, context),
        _ => MathListLayout.Assemble([new PositionedAtom(Layout(root, context), context)]),
    };

    public static Atom Layout(MathNode node, LayoutContext context) => node switch
    {
        MathList list => new Atom(MathListLayout.Layout(list, context), AtomClass.Ord),
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

        // Owned by the "font" helper (phase 2): each gets its own file under Layout/Nodes/ and replaces its line here.
        ArrayNode or TextNode or BoxNode or CancelNode or ColorNode or PhantomNode or SmashNode or LapNode or RaiseNode
            or RuleNode or BraceNode or ExtensibleArrowNode or StackNode => PendingLayout.Layout(node, context),

        _ => PendingLayout.Layout(node, context),
    };
}
