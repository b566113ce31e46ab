using System.Net;
using System.Text;
using TextMateSharp.Grammars;

namespace StaticMath.Site.Markdown.Extensions.CodeHighlighting;

/// <summary>
/// Build-time syntax highlighting with TextMate grammars (TextMateSharp) into CSS classes (<c>tok-keyword</c>,
/// <c>tok-string</c>…; the colours of the named light and dark styles live in CSS). Output is split into lines
/// (<c>span.line</c>) with no token span crossing a line break, so CSS can number lines. Never throws for odd input:
/// a line the grammar cannot finish in time, or any tokenizer failure, leaves the rest of the block plain.
/// </summary>
public sealed class CodeHighlighter
{
    public static readonly CodeHighlighter Default = new();

    /// <summary>Longer lines (minified files, data dumps) are left plain: TextMate regexes can be slow on them.</summary>
    private const int MaxLineLength = 5000;

    /// <summary>A safety net per line for pathological regex backtracking in a grammar; normal lines take microseconds.</summary>
    private static readonly TimeSpan LineTimeLimit = TimeSpan.FromSeconds(2);

    /// <summary>
    /// TextMate scope prefixes → our token classes, most specific first; a token takes the class of its innermost
    /// scope that has one. Unlisted scopes stay plain.
    /// </summary>
    private static readonly (string Prefix, string Class)[] TokenClasses =
    [
        ("comment", "tok-comment"), ("punctuation.definition.comment", "tok-comment"),
        ("constant.character.escape", "tok-escape"), ("constant.character.entity", "tok-escape"),
        ("string.regexp", "tok-string"), ("string", "tok-string"), ("punctuation.definition.string", "tok-string"),
        ("constant.numeric", "tok-number"),
        ("constant.language", "tok-builtin"), ("support.constant", "tok-builtin"), ("constant.other", "tok-builtin"), ("variable.language", "tok-builtin"),
        ("keyword.operator", "tok-operator"),
        ("keyword.control.directive", "tok-preprocessor"), ("meta.preprocessor", "tok-preprocessor"), ("meta.directive", "tok-preprocessor"),
        ("keyword", "tok-keyword"), ("storage", "tok-keyword"),
        ("entity.name.function", "tok-function"), ("support.function", "tok-function"), ("entity.name.command", "tok-function"),
        ("entity.name.type", "tok-type"), ("entity.name.class", "tok-type"), ("entity.name.namespace", "tok-type"),
        ("entity.other.inherited-class", "tok-type"), ("support.type.property-name", "tok-attr"), ("support.type", "tok-type"),
        ("support.class", "tok-type"),
        ("entity.name.tag", "tok-tag"), ("entity.other.attribute-name", "tok-attr"), ("meta.object-literal.key", "tok-attr"),
        ("variable.parameter", "tok-variable"), ("variable", "tok-variable"),
        ("markup.heading", "tok-keyword"), ("markup.bold", "tok-strong"), ("markup.italic", "tok-emphasis"),
        ("markup.inserted", "tok-string"), ("markup.deleted", "tok-keyword"), ("markup.inline.raw", "tok-string"),
        ("punctuation", "tok-punctuation"),
    ];

    /// <summary>The code as HTML lines (escaped; token spans when <paramref name="language"/> is known).</summary>
    public IReadOnlyList<string> HighlightLines(string code, CodeLanguage? language)
    {
        code = code.Replace("\r\n", "\n");
        var lines = code.Split('\n');
        // A trailing newline does not make an empty last line.
        if (lines.Length > 1 && lines[^1].Length == 0) lines = lines[..^1];
        var grammar = language?.Grammar.Grammar;
        if (grammar is null) return lines.Select(l => WebUtility.HtmlEncode(l)).ToList();
        lock (language!.Grammar.Gate) return Tokenize(grammar, lines);
    }

    private static List<string> Tokenize(IGrammar grammar, string[] lines)
    {
        var result = new List<string>(lines.Length);
        IStateStack? state = null;
        var highlighting = true;
        foreach (var line in lines)
        {
            if (!highlighting || line.Length > MaxLineLength)
            {
                result.Add(WebUtility.HtmlEncode(line));
                state = null;
                continue;
            }
            try
            {
                var tokens = grammar.TokenizeLine(line, state, LineTimeLimit);
                state = tokens.RuleStack;
                result.Add(ToHtml(line, tokens.Tokens, out var covered));
                // The tokenizer gave up inside the line (time limit): the rest of the block stays plain.
                if (covered < line.Length) highlighting = false;
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException or NullReferenceException)
            {
                highlighting = false;
                result.Add(WebUtility.HtmlEncode(line));
            }
        }
        return result;
    }

    /// <summary>The line as HTML; <paramref name="covered"/> is how far the tokens reached (the rest is written plain).</summary>
    private static string ToHtml(string line, IToken[] tokens, out int covered)
    {
        covered = 0;
        var html = new StringBuilder();
        string? openClass = null;
        var run = new StringBuilder();
        void Flush()
        {
            if (run.Length == 0) return;
            var text = WebUtility.HtmlEncode(run.ToString());
            if (openClass is null) html.Append(text);
            else html.Append("<span class=\"").Append(openClass).Append("\">").Append(text).Append("</span>");
            run.Clear();
        }
        foreach (var token in tokens)
        {
            var start = System.Math.Max(covered, System.Math.Min(token.StartIndex, line.Length));
            var end = System.Math.Min(token.EndIndex, line.Length);
            if (end <= start) continue;
            if (start > covered)
            {
                Flush();
                openClass = null;
                run.Append(line, covered, start - covered);
            }
            var cls = ClassOf(token.Scopes);
            if (cls != openClass)
            {
                Flush();
                openClass = cls;
            }
            run.Append(line, start, end - start);
            covered = end;
        }
        Flush();
        if (covered < line.Length) html.Append(WebUtility.HtmlEncode(line[covered..]));
        return html.ToString();
    }

    /// <summary>
    /// The class of the innermost classified scope; bare punctuation only when nothing around it is classified, so the
    /// quotes of a JSON key or the backslash of a LaTeX command take the colour of what they belong to.
    /// </summary>
    private static string? ClassOf(List<string> scopes)
    {
        string? punctuation = null;
        for (var i = scopes.Count - 1; i >= 0; i--)
        {
            foreach (var (prefix, cls) in TokenClasses)
            {
                var scope = scopes[i];
                if (!scope.StartsWith(prefix, StringComparison.Ordinal) || (scope.Length != prefix.Length && scope[prefix.Length] != '.')) continue;
                if (prefix != "punctuation") return cls;
                punctuation ??= cls;
                break;
            }
        }
        return punctuation;
    }
}
