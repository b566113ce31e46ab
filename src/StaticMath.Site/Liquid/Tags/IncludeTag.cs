using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Parlot;
using StaticMath.Site.Content;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Liquid.Tags;

/// <summary>
/// <c>{% include NAME k=v … %}</c>: figure/video includes become our figure markup; any other include is read from
/// the include folders and rendered with <c>include.*</c> set. Missing or broken includes are warnings and the tag
/// stays visible.
/// </summary>
internal static class IncludeTag
{
    private const int MaxDepth = 10;

    public static async ValueTask<Completion> RenderAsync(TextSpan span, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        var state = LiquidRenderState.From(context);
        var original = "{% include " + span.ToString().Trim() + " %}";
        if (!IncludeArguments.TryParse(span.ToString(), out var args, out var error))
        {
            state.Report(span, DiagnosticSeverity.Warning, DiagnosticCodes.BadTagArguments, $"cannot read include arguments: {error}");
            await writer.WriteAsync(original);
            return Completion.Normal;
        }
        var values = await args.EvaluateAsync(context);
        if (FigureIncludeHtml.FigureNames.Contains(args.Name))
        {
            await writer.WriteAsync(FigureIncludeHtml.Figure(values, state.Input.BaseUrl));
            return Completion.Normal;
        }
        if (FigureIncludeHtml.VideoNames.Contains(args.Name))
        {
            await writer.WriteAsync(FigureIncludeHtml.Video(values, state.Input.BaseUrl));
            return Completion.Normal;
        }

        var file = state.Input.FindInclude(args.Name);
        if (file is null)
        {
            state.Report(span, DiagnosticSeverity.Warning, DiagnosticCodes.MissingInclude,
                $"include '{args.Name}' not found (looked in _includes/, includes/ and the theme's includes/)");
            await writer.WriteAsync(original);
            return Completion.Normal;
        }
        if (file.LeadsOutsideTo is { } leadsTo)
        {
            state.Report(span, DiagnosticSeverity.Error, DiagnosticCodes.OutsideSite, SiteBoundary.Message($"include '{args.Name}'", leadsTo));
            return Completion.Normal;
        }
        // Every include counts, refused ones too: a file that includes itself six times reaches the depth limit
        // six to the tenth times.
        if (++state.IncludeRenders > LiquidBudget.MaxIncludeRenders)
            throw new LiquidBudgetExceededException($"more than {LiquidBudget.MaxIncludeRenders} include renders (an include that includes itself?)");
        if (state.IncludeDepth >= MaxDepth)
        {
            state.Report(span, DiagnosticSeverity.Warning, DiagnosticCodes.IncludeError, $"include '{args.Name}' nests deeper than {MaxDepth} levels");
            return Completion.Normal;
        }

        var template = Parse(state, file);
        if (template is null)
        {
            await writer.WriteAsync(original);
            return Completion.Normal;
        }

        context.EnterChildScope();
        state.IncludeDepth++;
        try
        {
            context.SetValue("include", values.ToDictionary(p => p.Key, p => p.Value.ToObjectValue()));
            await template.RenderAsync(writer, encoder, context);
        }
        finally
        {
            state.IncludeDepth--;
            context.ReleaseScope();
        }
        return Completion.Normal;
    }

    private static IFluidTemplate? Parse(LiquidRenderState state, LiquidIncludeFile file)
    {
        if (state.IncludeTemplates.TryGetValue(file.DisplayPath, out var cached)) return cached;
        IFluidTemplate? template = null;
        state.RegisterSource(file.Text, file.DisplayPath, 1);
        if (LiquidNesting.Check(file.Text) is { } deep)
        {
            var (line, column) = LiquidSourceText.LineColumnOf(file.Text, deep.Offset);
            state.Diagnostics.Warning(DiagnosticCodes.IncludeError, file.DisplayPath, line, column, deep.Message);
        }
        else if (!state.Liquid.TryParse(file.Text, out var parsed, out var error))
        {
            var (line, column) = LiquidErrorMessage.Position(error);
            state.Diagnostics.Warning(DiagnosticCodes.IncludeError, file.DisplayPath, line, column, LiquidErrorMessage.WithoutPosition(error));
        }
        else template = LiquidBudgetRewriter.Apply(parsed);
        state.IncludeTemplates[file.DisplayPath] = template;
        return template;
    }
}
