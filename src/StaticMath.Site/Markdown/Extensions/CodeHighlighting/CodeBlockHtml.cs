using System.Net;
using System.Text;

namespace StaticMath.Site.Markdown.Extensions.CodeHighlighting;

/// <summary>
/// Builds the HTML of one code block; used by the Markdown fence renderer and reusable by other front ends (the
/// Jekyll <c>{% highlight lang linenos %}</c> tag). Class names are the default theme's (themes/default/assets/css/code.css):
/// <code>
/// &lt;div class="code-block code-block--python [code-block--linenos]"&gt;
///   &lt;pre&gt;&lt;code class="language-python"&gt;&lt;span class="line"&gt;&lt;span class="tok-keyword"&gt;def&lt;/span&gt; …&lt;/span&gt;
/// &lt;/code&gt;&lt;/pre&gt;
///   &lt;span class="code-block__lang"&gt;Python&lt;/span&gt;
/// &lt;/div&gt;
/// </code>
/// Plain text / unlabelled / unknown languages: same shape without token spans (an unknown language keeps its label,
/// marked <c>code-block--plain</c>); <c>output</c> fences: <c>pre.execution-output</c> like notebook output;
/// <c>mermaid</c>: <c>div.diagram &gt; pre.diagram-source</c> + <c>p.diagram-source__note</c> (no client-side rendering).
/// </summary>
public static class CodeBlockHtml
{
    public static string Render(string code, string? language, bool lineNumbers, CodeConfig config, CodeHighlighter? highlighter = null)
    {
        highlighter ??= CodeHighlighter.Default;
        var name = (language ?? "").Trim();
        if (string.Equals(name, "mermaid", StringComparison.OrdinalIgnoreCase)) return Diagram(code, "Mermaid");

        var isOutput = CodeLanguages.OutputNames.Contains(name);
        var grammar = CodeLanguages.Find(name);
        // The code's lines, each ending with '\n' (the last one may lack it); no text means no line at all.
        IReadOnlyList<string> lines = code.Length == 0 ? [] : highlighter.HighlightLines(code, grammar);
        var numbered = lineNumbers || (config.LineNumbers && grammar is not null);
        var slug = Slug(name);

        var html = new StringBuilder();
        html.Append("<div class=\"code-block");
        if (slug.Length > 0) html.Append(" code-block--").Append(slug);
        if (grammar is null) html.Append(" code-block--plain");
        if (numbered) html.Append(" code-block--linenos");
        html.Append("\">\n");

        html.Append(isOutput ? "<pre class=\"execution-output\">" : "<pre>");
        html.Append("<code");
        // CommonMark: the class is the info string's first word as written (c++, föö), not the slug.
        if (name.Length > 0 && !isOutput) html.Append(" class=\"language-").Append(WebUtility.HtmlEncode(name)).Append('"');
        html.Append('>');
        foreach (var line in lines)
        {
            html.Append("<span class=\"line\">").Append(line).Append("</span>\n");
        }
        html.Append("</code></pre>\n");
        // The label comes after the <pre> so it paints above the code box it is positioned over.
        var label = isOutput ? null : grammar?.Name ?? (CodeLanguages.PlainNames.Contains(name) ? null : name);
        if (label is not null && config.ShowLanguage)
            html.Append("<span class=\"code-block__lang\">").Append(WebUtility.HtmlEncode(label)).Append("</span>\n");
        html.Append("</div>\n");
        return html.ToString();
    }

    /// <summary>A fence names a language we cannot highlight (not plain text, output, a diagram or a known grammar).</summary>
    public static bool IsUnknownLanguage(string? language)
    {
        var name = (language ?? "").Trim();
        return !CodeLanguages.PlainNames.Contains(name) && !CodeLanguages.OutputNames.Contains(name)
            && !string.Equals(name, "mermaid", StringComparison.OrdinalIgnoreCase) && CodeLanguages.Find(name) is null;
    }

    private static string Diagram(string code, string kind) =>
        "<div class=\"diagram diagram--" + kind.ToLowerInvariant() + "\">\n<pre class=\"diagram-source\"><code>" +
        WebUtility.HtmlEncode(code.TrimEnd('\n')) + "</code></pre>\n<p class=\"diagram-source__note\">" + kind +
        " diagram source, shown as text (diagrams are not drawn by scripts in the browser).</p>\n</div>\n";

    /// <summary>A class-safe form of the fence language (<c>c++</c> → <c>cpp</c>, <c>c#</c> → <c>csharp</c>).</summary>
    internal static string Slug(string name)
    {
        var lower = name.ToLowerInvariant().Replace("c++", "cpp").Replace("c#", "csharp").Replace("f#", "fsharp");
        var sb = new StringBuilder();
        foreach (var c in lower)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_') sb.Append(c);
            else if (c is '.' or '+') sb.Append('-');
        }
        return sb.ToString();
    }
}
