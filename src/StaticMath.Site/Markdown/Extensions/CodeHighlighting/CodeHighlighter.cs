using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ColorCode;
using ColorCode.Common;
using ColorCode.Parsing;

namespace StaticMath.Site.Markdown.Extensions.CodeHighlighting;

/// <summary>
/// Build-time syntax highlighting with ColorCode into CSS classes (<c>tok-keyword</c>, <c>tok-string</c>…; colours for
/// light and dark live in the theme). Output is split into lines (<c>span.line</c>) with no token span
/// crossing a line break, so CSS can number lines. Thread-safe: ColorCode's parser is only used under a lock, and
/// everything else is per call.
/// </summary>
public sealed class CodeHighlighter
{
    public static readonly CodeHighlighter Default = new();

    /// <summary>ColorCode scope names → our small set of token classes; unmapped scopes stay plain.</summary>
    private static readonly Dictionary<string, string> TokenClasses = new(StringComparer.Ordinal)
    {
        [ScopeName.Keyword] = "tok-keyword", [ScopeName.ControlKeyword] = "tok-keyword", [ScopeName.PseudoKeyword] = "tok-keyword",
        [ScopeName.PreprocessorKeyword] = "tok-preprocessor", [ScopeName.Comment] = "tok-comment", [ScopeName.XmlComment] = "tok-comment",
        [ScopeName.HtmlComment] = "tok-comment", [ScopeName.XmlDocComment] = "tok-comment", [ScopeName.XmlDocTag] = "tok-comment",
        [ScopeName.String] = "tok-string", [ScopeName.StringCSharpVerbatim] = "tok-string", [ScopeName.JsonString] = "tok-string",
        [ScopeName.XmlAttributeValue] = "tok-string", [ScopeName.HtmlAttributeValue] = "tok-string", [ScopeName.CssPropertyValue] = "tok-string",
        [ScopeName.StringEscape] = "tok-escape", [ScopeName.Number] = "tok-number", [ScopeName.JsonNumber] = "tok-number",
        [ScopeName.JsonConst] = "tok-builtin", [ScopeName.BuiltinValue] = "tok-builtin", [ScopeName.Predefined] = "tok-builtin",
        [ScopeName.ClassName] = "tok-type", [ScopeName.Type] = "tok-type", [ScopeName.TypeVariable] = "tok-type",
        [ScopeName.PowerShellType] = "tok-type", [ScopeName.NameSpace] = "tok-type", [ScopeName.Constructor] = "tok-function",
        [ScopeName.BuiltinFunction] = "tok-function", [ScopeName.PowerShellCommand] = "tok-function", [ScopeName.SqlSystemFunction] = "tok-function",
        [ScopeName.Intrinsic] = "tok-function",
        [ScopeName.JsonKey] = "tok-attr", [ScopeName.XmlAttribute] = "tok-attr", [ScopeName.HtmlAttributeName] = "tok-attr",
        [ScopeName.CssPropertyName] = "tok-attr", [ScopeName.Attribute] = "tok-attr", [ScopeName.PowerShellAttribute] = "tok-attr",
        [ScopeName.PowerShellParameter] = "tok-attr",
        [ScopeName.HtmlElementName] = "tok-tag", [ScopeName.XmlName] = "tok-tag", [ScopeName.CssSelector] = "tok-tag",
        [ScopeName.HtmlTagDelimiter] = "tok-punctuation", [ScopeName.XmlDelimiter] = "tok-punctuation", [ScopeName.Delimiter] = "tok-punctuation",
        [ScopeName.Operator] = "tok-operator", [ScopeName.HtmlOperator] = "tok-operator", [ScopeName.PowerShellOperator] = "tok-operator",
        [ScopeName.PowerShellVariable] = "tok-variable", [ScopeName.HtmlEntity] = "tok-escape", [ScopeName.SpecialCharacter] = "tok-escape",
        [ScopeName.MarkdownHeader] = "tok-keyword", [ScopeName.MarkdownCode] = "tok-string", [ScopeName.MarkdownEmph] = "tok-emphasis",
        [ScopeName.MarkdownBold] = "tok-strong", [ScopeName.MarkdownListItem] = "tok-punctuation",
    };

    private readonly ScopeReader _reader = new();
    private readonly Lock _gate = new();

    /// <summary>
    /// The code as HTML lines (escaped; token spans when <paramref name="language"/> is known). Never throws for odd
    /// input: a ColorCode failure falls back to plain escaped text.
    /// </summary>
    public IReadOnlyList<string> HighlightLines(string code, ILanguage? language)
    {
        code = code.Replace("\r\n", "\n");
        var classes = new string?[code.Length];
        if (language is not null)
        {
            try
            {
                lock (_gate) _reader.Read(code, language, classes);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or RegexMatchTimeoutException)
            {
                Array.Clear(classes);
            }
        }
        return ToLines(code, classes);
    }

    private static List<string> ToLines(string code, string?[] classes)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        var start = 0;
        for (var i = 0; i <= code.Length; i++)
        {
            var atEnd = i == code.Length;
            if (!atEnd && code[i] != '\n' && (i == start || classes[i] == classes[start])) continue;
            if (i > start) AppendRun(line, code.AsSpan(start, i - start), classes[start]);
            if (atEnd) break;
            if (code[i] == '\n')
            {
                lines.Add(line.ToString());
                line.Clear();
                start = i + 1;
            }
            else start = i;
        }
        // A trailing newline does not make an empty last line.
        if (line.Length > 0 || code.Length == 0 || code[^1] != '\n') lines.Add(line.ToString());
        return lines;
    }

    private static void AppendRun(StringBuilder line, ReadOnlySpan<char> text, string? cls)
    {
        var encoded = WebUtility.HtmlEncode(text.ToString());
        if (cls is null) line.Append(encoded);
        else line.Append("<span class=\"").Append(cls).Append("\">").Append(encoded).Append("</span>");
    }

    /// <summary>Reads ColorCode's scopes into a per-character token class (inner scopes override outer ones).</summary>
    private sealed class ScopeReader() : CodeColorizerBase(null, null)
    {
        private string?[] _target = [];
        private int _offset;

        public void Read(string code, ILanguage language, string?[] target)
        {
            _target = target;
            _offset = 0;
            languageParser.Parse(code, language, Write);
            _target = [];
        }

        protected override void Write(string parsedSourceCode, IList<Scope> scopes)
        {
            foreach (var scope in scopes) Paint(scope, _offset);
            _offset += parsedSourceCode.Length;
        }

        private void Paint(Scope scope, int baseOffset)
        {
            if (TokenClasses.TryGetValue(scope.Name, out var cls))
            {
                var end = System.Math.Min(_target.Length, baseOffset + scope.Index + scope.Length);
                for (var i = System.Math.Max(0, baseOffset + scope.Index); i < end; i++) _target[i] = cls;
            }
            foreach (var child in scope.Children) Paint(child, baseOffset);
        }
    }
}
