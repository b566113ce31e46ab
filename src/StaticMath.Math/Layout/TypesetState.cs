using StaticMath.Math.Syntax;

namespace StaticMath.Math.Layout;

/// <summary>Mutable state of one typesetting run (one equation, one thread): options and the errors found by layout.</summary>
internal sealed class TypesetState(MathRenderOptions options)
{
    private readonly List<MathError> errors = [];
    private readonly List<MathError> warnings = [];
    private readonly List<EquationMetaNode> equationMeta = [];
    private Dictionary<SharedList, Dictionary<LayoutContext, Atom>>? sharedLayouts;

    public MathRenderOptions Options { get; } = options;

    public IReadOnlyList<MathError> Errors => errors;

    /// <summary>
    /// A problem layout met (a glyph the font lacks, a construct without a layout). Layout always draws a red mark in
    /// its place and sets the rest normally, so these errors are local (<see cref="MathError.IsLocal"/>).
    /// </summary>
    public void AddError(int offset, string message)
    {
        // The same missing glyph in a repeated construct should be reported once.
        if (!errors.Exists(e => e.Offset == offset && e.Message == message))
        {
            errors.Add(new MathError(System.Math.Max(0, offset), message) { IsLocal = true });
        }
    }

    /// <summary>Problems that still give a usable equation (a character left to the reader's fonts).</summary>
    public IReadOnlyList<MathError> Warnings => warnings;

    public void AddWarning(int offset, string code, string message)
    {
        if (!warnings.Exists(w => w.Offset == offset && w.Message == message))
        {
            warnings.Add(new MathError(System.Math.Max(0, offset), message) { Code = code });
        }
    }

    /// <summary>\tag/\label/\notag met outside arrays, in source order.</summary>
    public IReadOnlyList<EquationMetaNode> EquationMeta => equationMeta;

    public void AddEquationMeta(EquationMetaNode meta) => equationMeta.Add(meta);

    /// <summary>The layout of a shared list in a context, made the first time it is asked for (boxes are immutable).</summary>
    public Atom LayoutShared(SharedList node, LayoutContext context, Func<MathList, LayoutContext, Atom> layout)
    {
        sharedLayouts ??= new(ReferenceEqualityComparer.Instance);
        if (!sharedLayouts.TryGetValue(node, out var byContext))
        {
            sharedLayouts[node] = byContext = [];
        }

        if (!byContext.TryGetValue(context, out var atom))
        {
            byContext[context] = atom = layout(node.Body, context);
        }

        return atom;
    }
}
