using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Parlot;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Liquid.Tags;

/// <summary><c>{% youtube ID|URL %}</c> and <c>{% twitter URL %}</c> (jekyll-twitter-plugin) as static embeds.</summary>
internal static class EmbedTags
{
    public static async ValueTask<Completion> YouTubeAsync(TextSpan span, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        var state = LiquidRenderState.From(context);
        var argument = FirstWord(span);
        var id = EmbedMarkup.YouTubeId(argument);
        if (id is null)
        {
            state.Report(span, DiagnosticSeverity.Warning, LiquidCodes.BadTagArguments, $"'{{% youtube {argument} %}}' needs a video id or URL");
            await writer.WriteAsync("{% youtube " + span.ToString().Trim() + " %}");
            return Completion.Normal;
        }
        await writer.WriteAsync(EmbedMarkup.YouTube(id, state.Input.EmbedsClickToLoad));
        return Completion.Normal;
    }

    public static async ValueTask<Completion> TwitterAsync(TextSpan span, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        var state = LiquidRenderState.From(context);
        var words = span.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        // Old syntax "{% twitter oembed URL %}" puts a keyword first.
        var url = words.FirstOrDefault(w => w.Contains("://", StringComparison.Ordinal));
        if (url is null)
        {
            state.Report(span, DiagnosticSeverity.Warning, LiquidCodes.BadTagArguments, "'{% twitter %}' needs the post's URL");
            await writer.WriteAsync("{% twitter " + span.ToString().Trim() + " %}");
            return Completion.Normal;
        }
        await writer.WriteAsync(EmbedMarkup.Tweet(url.Trim('"', '\'')));
        return Completion.Normal;
    }

    private static string FirstWord(TextSpan span) =>
        span.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim('"', '\'') ?? "";
}
