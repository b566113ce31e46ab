using StaticMath.Math.Parsing.Environments;
using StaticMath.Math.Parsing.Macros;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing;

/// <summary>
/// Entry point of the front end: TeX string → <see cref="ParsedMath"/> (tree, errors, numbering rows, referenced
/// labels, cache key). Definitions made by the expression are added to <paramref name="scope"/>.
/// </summary>
internal static class ExpressionParser
{
    public static ParsedMath Parse(string tex, MathMode mode, MacroScope scope, MathRenderOptions options, string fontId)
    {
        var parser = new MathParser(tex, scope, System.Math.Max(1, options.MaxMacroExpansions));
        MathList root;
        try
        {
            root = parser.ParseExpression();
        }
        catch (InsufficientExecutionStackException)
        {
            // Belt and braces: the nesting limit should stop first.
            parser.Diagnostics.Add(0, "Expression nested too deeply");
            root = new MathList([new ErrorNode(tex, "Expression nested too deeply") { Offset = 0 }]) { Offset = 0 };
        }

        var environment = root.Items.Count == 1 && root.Items[0] is EnvironmentNode env ? env.Name : null;
        return new ParsedMath
        {
            Tex = tex,
            Mode = mode,
            Root = root,
            Errors = parser.Diagnostics.Errors.ToArray(),
            ReferencedLabels = parser.ReferencedLabels.ToArray(),
            Rows = CollectRows(root, mode),
            Environment = environment,
            CacheKey = MathCacheKey.Compute(tex, mode, scope, fontId),
        };
    }

    /// <summary>What <see cref="Parse"/> would give the caller, for an expression that can have no effect and no rows
    /// or marks of its own (<see cref="InertTex"/>): its key, then one unmarked row for a display and none inline, as
    /// <see cref="CollectRows"/> finds for such an expression.</summary>
    public static MathOutline? OutlineWithoutParse(string tex, MathMode mode, MacroScope scope, string fontId) =>
        InertTex.ForOutline.IsInert(tex, scope)
            ? new MathOutline(MathCacheKey.Compute(tex, mode, scope, fontId), mode == MathMode.Display ? [new ArrayRowInfo()] : [], null)
            : null;

    /// <summary>
    /// Numbering rows: the rows of a top-level alignment (an environment's, or lines split by \\), else one row whose
    /// tag/label/\notag are gathered from the expression (inline math has rows only when it carries such metadata).
    /// </summary>
    private static IReadOnlyList<ArrayRowInfo> CollectRows(MathList root, MathMode mode)
    {
        var items = root.Items;
        if (items.Count == 1)
        {
            var single = items[0] is EnvironmentNode env ? env.Body : items[0];
            if (single is ArrayNode array && (items[0] is EnvironmentNode || array.Kind == ArrayKind.Gather))
            {
                return array.RowInfo;
            }
        }

        var row = new ArrayRowInfo();
        var found = false;
        Gather(root, ref row, ref found);
        if (found || mode == MathMode.Display)
        {
            return [row];
        }

        return [];
    }

    private static void Gather(MathNode node, ref ArrayRowInfo row, ref bool found)
    {
        switch (node)
        {
            case EquationMetaNode meta:
                row = ArrayBodyParser.Merge(row, meta);
                found = true;
                break;
            case MathList list:
                foreach (var item in list.Items)
                {
                    Gather(item, ref row, ref found);
                }

                break;
            case EnvironmentNode env:
                Gather(env.Body, ref row, ref found);
                break;
            case ArrayNode array:
                foreach (var info in array.RowInfo)
                {
                    if (info != new ArrayRowInfo())
                    {
                        row = new ArrayRowInfo(info.Tag ?? row.Tag, info.Tag is not null ? info.TagIsStarred : row.TagIsStarred, info.Label ?? row.Label, row.NoNumber || info.NoNumber);
                        found = true;
                    }
                }

                break;
            case DelimitedNode delimited:
                foreach (var segment in delimited.Segments)
                {
                    Gather(segment, ref row, ref found);
                }

                break;
        }
    }
}
