using System.Text.RegularExpressions;
using Acornima.Ast;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Import;

/// <summary>
/// Reads a site's MathJax or KaTeX configuration (an HTML include, a template, a JavaScript file) for what
/// <c>math:</c> in staticmath.yml can say: the macros (MathJax's <c>tex.macros</c> / v2 <c>TeX.Macros</c>, KaTeX's
/// <c>macros</c> option) and automatic equation numbers (MathJax's <c>tags</c> / v2 <c>autoNumber</c>).
/// </summary>
public static partial class MathConfigReader
{
    private static readonly string[] MacroKeys = ["macros", "Macros"];

    /// <summary>Reads one file; its findings go into <paramref name="site"/>'s configuration and report.</summary>
    public static void ReadFile(ImportedSite site, string relativePath)
    {
        var text = site.ReadSourceText(relativePath);
        if (text is null || !MentionsMath(text)) return;
        var isScript = relativePath.EndsWith(".js", StringComparison.OrdinalIgnoreCase) || relativePath.EndsWith(".mjs", StringComparison.OrdinalIgnoreCase)
                       || relativePath.EndsWith(".cjs", StringComparison.OrdinalIgnoreCase);
        var scripts = isScript ? [(text, 1)] : ScriptExtractor.InlineScripts(text);
        foreach (var (code, firstLine) in scripts)
        {
            if (!MentionsMath(code)) continue;
            var source = JsSource.Parse(code, firstLine, out var error);
            if (source is null)
            {
                site.Report.NotConverted(DiagnosticCodes.ImportMathNotConverted, relativePath, error!.Value.Line,
                    $"the math configuration in this script was not read: it is not plain JavaScript ({error.Value.Message})");
                continue;
            }
            Read(site, relativePath, source);
        }
    }

    /// <summary>Reads the math settings of code already parsed (Eleventy's configuration passes its plugin options).</summary>
    public static void Read(ImportedSite site, string relativePath, JsSource source)
    {
        foreach (var property in MacroKeys.SelectMany(source.PropertiesNamed))
        {
            if (property.Value is not ObjectExpression macros)
            {
                site.Report.NotConverted(DiagnosticCodes.ImportMathNotConverted, relativePath, source.LineOf(property),
                    "macros: not an object literal (computed at run time), not converted");
                continue;
            }
            foreach (var entry in macros.Properties)
                ReadMacro(site, relativePath, source, entry);
        }
        foreach (var property in source.PropertiesNamed("tags").Concat(source.PropertiesNamed("autoNumber")))
        {
            var value = JsSource.StringValue(property.Value)?.ToLowerInvariant();
            var numbering = value switch { "ams" => "ams", "all" => "all", "none" => "none", _ => null };
            if (numbering is null) continue;
            site.SetConfig("math.numbering", numbering, relativePath, source.LineOf(property), $"equation numbers '{value}' → math.numbering: {numbering}");
        }
    }

    private static void ReadMacro(ImportedSite site, string relativePath, JsSource source, Node entry)
    {
        var line = source.LineOf(entry);
        if (entry is not Property property || JsSource.KeyName(property) is not { Length: > 0 } rawName)
        {
            site.Report.NotConverted(DiagnosticCodes.ImportMathNotConverted, relativePath, line, "a macro entry that is not 'name: definition' was not converted");
            return;
        }
        var name = rawName.TrimStart('\\');
        if (ToDefinition(property.Value) is not { } definition)
        {
            site.Report.NotConverted(DiagnosticCodes.ImportMathNotConverted, relativePath, line,
                $"macro \\{name}: its definition is not a string or [string, arity(, default)] literal, not converted");
            return;
        }
        site.AddMacro(name, definition, relativePath, line);
    }

    /// <summary>MathJax's <c>'body'</c> or <c>['body', n]</c> / <c>['body', n, 'default']</c>; a KaTeX string using
    /// <c>#1</c>… takes as many arguments as its highest parameter (KaTeX infers the arity, our format states it).</summary>
    private static object? ToDefinition(Node value)
    {
        if (JsSource.StringValue(value) is { } body)
        {
            var arity = Parameters().Matches(body).Select(m => m.Groups[1].Value[0] - '0').DefaultIfEmpty(0).Max();
            return arity == 0 ? body : new List<object?> { body, arity };
        }
        if (value is not ArrayExpression { Elements.Count: >= 1 and <= 3 } array || JsSource.StringValue(array.Elements[0]) is not { } arrayBody) return null;
        var list = new List<object?> { arrayBody };
        if (array.Elements.Count >= 2)
        {
            if (JsSource.NumberValue(array.Elements[1]) is not { } n || n is < 0 or > 9 || n != System.Math.Floor(n)) return null;
            list.Add((int)n);
        }
        if (array.Elements.Count == 3)
        {
            if (JsSource.StringValue(array.Elements[2]) is not { } optional) return null;
            list.Add(optional);
        }
        return list;
    }

    private static bool MentionsMath(string text) =>
        text.Contains("MathJax", StringComparison.Ordinal) || text.Contains("katex", StringComparison.OrdinalIgnoreCase)
        || text.Contains("macros", StringComparison.Ordinal);

    /// <summary>A TeX parameter <c>#1</c>…<c>#9</c> (not an escaped <c>##</c>).</summary>
    [GeneratedRegex(@"(?<!#)#([1-9])")]
    private static partial Regex Parameters();
}
