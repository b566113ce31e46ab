using System.Net;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Parlot;

namespace StaticMath.Site.Liquid.Tags;

/// <summary>
/// <c>{% highlight lang [linenos] %}…{% endhighlight %}</c> becomes a fenced code block with the same lines (so the
/// shared code highlighter renders it like any other fence and line numbers stay true). When the tag shares its
/// line with other text, a fence is impossible and a plain <c>pre &gt; code</c> is written instead.
/// </summary>
internal static class HighlightBlock
{
    public static async ValueTask<Completion> RenderAsync(TextSpan span, IReadOnlyList<Statement> statements, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        var words = span.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var language = words.Length > 0 ? words[0] : "";
        var lineNumbers = words.Skip(1).Any(w => w.StartsWith("linenos", StringComparison.OrdinalIgnoreCase));

        using var body = new StringWriter();
        await statements.RenderStatementsAsync(body, encoder, context);
        var code = body.ToString();

        var before = LiquidRenderState.TextBeforeOnLine(span);
        var startsOnOwnLine = before.Trim().Length == 0 && code.TrimStart(' ', '\t', '\r').StartsWith('\n');
        var endsOnOwnLine = code.TrimEnd(' ', '\t').EndsWith('\n');
        if (startsOnOwnLine && endsOnOwnLine)
        {
            var fence = new string('`', System.Math.Max(3, LongestBacktickRun(code) + 1));
            await writer.WriteAsync(fence + language + (lineNumbers ? " linenos" : "") + code + fence);
            return Completion.Normal;
        }
        var cls = language.Length > 0 ? $" class=\"language-{WebUtility.HtmlEncode(language)}\"" : "";
        await writer.WriteAsync($"<pre><code{cls}>{WebUtility.HtmlEncode(code.Trim('\n', '\r'))}</code></pre>");
        return Completion.Normal;
    }

    private static int LongestBacktickRun(string text)
    {
        int longest = 0, run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = System.Math.Max(longest, run);
        }
        return longest;
    }
}
