using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Parlot;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Liquid;

namespace StaticMath.Site.Markdown.Extensions.Embeds;

/// <summary>
/// <c>{% youtube ID|URL %}</c> and <c>{% twitter URL %}</c> (as al-folio posts and jekyll-twitter-plugin write them) as
/// static embeds, in the site's <c>embeds:</c> mode (the Liquid environment is made per configuration, so it may hold
/// the settings).
/// </summary>
internal sealed class EmbedTags(EmbedsConfig embeds)
{
    public void Register(LiquidRegistry liquid) => liquid
        .AddTag("youtube", YouTubeAsync)
        .AddTag("twitter", TwitterAsync);

    private async ValueTask<Completion> YouTubeAsync(TextSpan span, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        var state = LiquidRenderState.From(context);
        var argument = FirstWord(span);
        if (!TryYouTube(argument, out var id, out var startSeconds))
        {
            state.Report(span, DiagnosticSeverity.Warning, DiagnosticCodes.BadTagArguments, $"'{{% youtube {argument} %}}' needs a video id or URL");
            await writer.WriteAsync("{% youtube " + span.ToString().Trim() + " %}");
            return Completion.Normal;
        }
        // One line out for one tag in, so later diagnostics keep the author's line numbers.
        await writer.WriteAsync(EmbedHtml.YouTube(id, startSeconds, null, embeds).TrimEnd('\n'));
        return Completion.Normal;
    }

    private static async ValueTask<Completion> TwitterAsync(TextSpan span, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        var state = LiquidRenderState.From(context);
        var words = span.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        // Old syntax "{% twitter oembed URL %}" puts a keyword first.
        var url = words.FirstOrDefault(w => w.Contains("://", StringComparison.Ordinal));
        if (url is null)
        {
            state.Report(span, DiagnosticSeverity.Warning, DiagnosticCodes.BadTagArguments, "'{% twitter %}' needs the post's URL");
            await writer.WriteAsync("{% twitter " + span.ToString().Trim() + " %}");
            return Completion.Normal;
        }
        await writer.WriteAsync(EmbedHtml.TweetLink(url.Trim('"', '\'')).TrimEnd('\n'));
        return Completion.Normal;
    }

    // A bare id, or a watch/short/embed/youtu.be URL with or without its scheme.
    private static bool TryYouTube(string argument, out string id, out int startSeconds)
    {
        startSeconds = 0;
        id = argument;
        if (EmbedUrls.IsYouTubeId(argument)) return true;
        var url = argument.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? argument : "https://" + argument;
        return EmbedUrls.TryParseYouTube(url, out id, out startSeconds);
    }

    private static string FirstWord(TextSpan span) =>
        span.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim('"', '\'') ?? "";
}
