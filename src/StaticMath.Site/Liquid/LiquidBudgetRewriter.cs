using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace StaticMath.Site.Liquid;

/// <summary>
/// Rewrites a parsed template so ranges, filter results and captures check <see cref="LiquidBudget"/> before they
/// allocate: Fluid builds a range's whole array and a capture's whole string first, and counts no steps for either.
/// </summary>
public sealed class LiquidBudgetRewriter : AstRewriter
{
    private static readonly LiquidBudgetRewriter Instance = new();

    public static IFluidTemplate Apply(IFluidTemplate template) => Instance.VisitTemplate(template);

    protected override Expression VisitRangeExpression(RangeExpression rangeExpression) =>
        new BoundedRange((RangeExpression)base.VisitRangeExpression(rangeExpression));

    protected override Expression VisitFilterExpression(FilterExpression filterExpression) =>
        base.VisitFilterExpression(filterExpression) is FilterExpression rewritten ? new BoundedFilter(rewritten) : filterExpression;

    protected override Statement VisitCaptureStatement(CaptureStatement captureStatement) =>
        base.VisitCaptureStatement(captureStatement) is CaptureStatement rewritten ? new BoundedCapture(rewritten) : captureStatement;

    private sealed class BoundedRange(RangeExpression range) : Expression
    {
        public override async ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
        {
            var from = (await range.From.EvaluateAsync(context)).ToNumberValue();
            var to = (await range.To.EvaluateAsync(context)).ToNumberValue();
            if (to - from + 1 > LiquidBudget.MaxItems)
                throw new LiquidBudgetExceededException($"range ({from}..{to}) has more than {LiquidBudget.MaxItems} items");
            return await range.EvaluateAsync(context);
        }
    }

    private sealed class BoundedFilter(FilterExpression filter) : Expression
    {
        public override async ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
        {
            var result = await filter.EvaluateAsync(context);
            if (result is StringValue && result.ToStringValue().Length > LiquidBudget.MaxChars)
                throw new LiquidBudgetExceededException($"filter '{filter.Name}' made a string longer than {LiquidBudget.MaxChars} characters");
            if (result is ArrayValue array && array.Values.Count > LiquidBudget.MaxItems)
                throw new LiquidBudgetExceededException($"filter '{filter.Name}' made an array of more than {LiquidBudget.MaxItems} items");
            return result;
        }
    }

    /// <summary>Fluid's capture, into a bounded writer.</summary>
    private sealed class BoundedCapture(CaptureStatement capture) : Statement
    {
        public override async ValueTask<Completion> WriteToAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
        {
            context.IncrementSteps();
            using var captured = new PageTextWriter(LiquidBudget.MaxChars);
            var completion = Completion.Normal;
            foreach (var statement in capture.Statements)
            {
                completion = await statement.WriteToAsync(captured, encoder, context);
                if (completion != Completion.Normal) break;
            }
            context.SetValue(capture.Identifier, new StringValue(captured.ToString(), false));
            return completion;
        }
    }
}
