using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Parlot;

namespace StaticMath.Site.Liquid.Tags;

/// <summary>
/// al-folio's <c>{% details Summary text %}…{% enddetails %}</c> → <c>&lt;details markdown="1"&gt;</c> with the same
/// lines, so the body is still Markdown (and math) inside the collapsible box.
/// </summary>
internal static class DetailsBlock
{
    public static async ValueTask<Completion> RenderAsync(TextSpan span, IReadOnlyList<Statement> statements, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        await writer.WriteAsync("<details markdown=\"1\"><summary>" + span.ToString().Trim() + "</summary>");
        await statements.RenderStatementsAsync(writer, encoder, context);
        await writer.WriteAsync("</details>");
        return Completion.Normal;
    }
}
