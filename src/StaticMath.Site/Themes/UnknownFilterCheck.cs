using System.Text.RegularExpressions;
using Fluid;
using Fluid.Ast;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Themes;

/// <summary>
/// Warns (SM1502) about a filter a template uses that no one registered: Liquid renders its input unchanged, so a
/// typo (<c>| date_to_xmlshema</c>) otherwise passes silently. Once per template and filter, at its first use.
/// </summary>
internal static partial class UnknownFilterCheck
{
    public static void Check(IFluidTemplate template, string source, string displayPath, TemplateOptions options, DiagnosticBag diagnostics)
    {
        var collector = new FilterNames();
        try { collector.VisitTemplate(template); }
        catch (NotSupportedException) { return; }
        var known = options.Filters.Select(f => f.Key).ToList();
        foreach (var name in collector.Names.Order(StringComparer.Ordinal))
        {
            if (options.Filters.TryGetValue(name, out _)) continue;
            var use = Regex.Match(source, @"\|\s*" + Regex.Escape(name) + @"\b");
            var (line, column) = use.Success ? Liquid.LiquidSourceText.LineColumnOf(source, use.Index) : (0, 0);
            diagnostics.Warning(DiagnosticCodes.UnknownFilter, displayPath, line, column,
                $"unknown Liquid filter '{name}': its input is output unchanged{Suggestion.Hint(name, known)}");
        }
    }

    private sealed class FilterNames : AstVisitor
    {
        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        protected override Expression VisitFilterExpression(FilterExpression filterExpression)
        {
            Names.Add(filterExpression.Name);
            return base.VisitFilterExpression(filterExpression);
        }
    }
}
