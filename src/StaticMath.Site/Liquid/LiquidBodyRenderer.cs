using System.Text;
using System.Text.RegularExpressions;
using Fluid;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Liquid;

/// <summary>
/// Evaluates Liquid in a page body before Markdown, as Jekyll does. Robust by construction: a tag Fluid cannot
/// parse is reported (file:line) and swapped for a placeholder that keeps its line breaks, then parsing is retried;
/// after rendering the placeholders turn back into the original text, so the tag stays visible and every later
/// line keeps its number. Rendering failures keep the body as written. Never throws for bad input.
/// </summary>
public static partial class LiquidBodyRenderer
{
    private const int MaxRecoveries = 25;
    private const char PlaceholderStart = '\uE000';
    private const char PlaceholderEnd = '\uE001';

    /// <summary>True when the text has anything Liquid would act on.</summary>
    public static bool ContainsLiquid(string text) =>
        text.Contains("{{", StringComparison.Ordinal) || text.Contains("{%", StringComparison.Ordinal);

    public static string Render(string body, LiquidPageInput input, LiquidEnvironment liquid, DiagnosticBag diagnostics)
    {
        if (!ContainsLiquid(body)) return body;
        if (LiquidNesting.Check(body) is { } deep)
        {
            var (deepLine, deepColumn) = LiquidSourceText.LineColumnOf(body, deep.Offset);
            diagnostics.Warning(DiagnosticCodes.SyntaxError, input.SourcePath, input.BodyLineOffset + deepLine - 1, deepColumn,
                $"{deep.Message}; Liquid in this page is left as written");
            return body;
        }

        var escaped = new List<string>();
        var working = ProtectShortcodes(body, escaped, input, diagnostics);
        var shortcodes = escaped.Count;
        IFluidTemplate template;
        while (!liquid.TryParse(working, out template, out var error))
        {
            var culprit = FindCulprit(working, error);
            var recoveries = escaped.Count - shortcodes;
            if (culprit is null || recoveries >= MaxRecoveries)
            {
                var (line, _) = LiquidErrorMessage.Position(error);
                diagnostics.Warning(recoveries >= MaxRecoveries ? DiagnosticCodes.TooManyErrors : DiagnosticCodes.SyntaxError,
                    input.SourcePath, line > 0 ? input.BodyLineOffset + line - 1 : 0, 0,
                    $"{LiquidErrorMessage.WithoutPosition(error)}; Liquid in this page is left as written");
                return body;
            }
            var (start, length) = culprit.Value;
            var (tagLine, tagColumn) = LiquidSourceText.LineColumnOf(working, start);
            var tagText = working.Substring(start, length);
            var unknown = LiquidErrorMessage.UnknownTag(error);
            var message = unknown is not null
                ? $"unknown Liquid tag '{unknown}' (left as text; wrap literal braces in {{% raw %}}…{{% endraw %}})"
                : $"Liquid syntax error: {LiquidErrorMessage.WithoutPosition(error)} in '{Shorten(tagText)}' (left as text)";
            diagnostics.Warning(unknown is not null ? DiagnosticCodes.UnknownTag : DiagnosticCodes.SyntaxError,
                input.SourcePath, input.BodyLineOffset + tagLine - 1, tagColumn, message);
            var placeholder = PlaceholderStart + escaped.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + PlaceholderEnd +
                              new string('\n', LiquidSourceText.CountNewlines(tagText, 0, tagText.Length));
            escaped.Add(tagText);
            working = string.Concat(working.AsSpan(0, start), placeholder, working.AsSpan(start + length));
        }

        var state = new LiquidRenderState(liquid, input, diagnostics);
        state.RegisterSource(working, input.SourcePath, input.BodyLineOffset);
        var context = liquid.NewContext(state, input.Now);
        context.SetValue("site", LiquidValues.Normalize(input.Site));
        context.SetValue("page", LiquidValues.Normalize(input.Page));
        if (input.StaticMath is not null) context.SetValue("staticmath", LiquidValues.Normalize(input.StaticMath));
        var undefinedReported = new HashSet<string>(StringComparer.Ordinal);
        context.Undefined = name =>
        {
            // Jekyll renders unknown variables as nothing; say so, because it usually means literal braces
            // (TeX such as \frac{{a}}{b}, or template examples) that need {% raw %}.
            if (undefinedReported.Add(name))
            {
                var (line, column) = LineOfVariable(working, name);
                diagnostics.Warning(DiagnosticCodes.UndefinedVariable, input.SourcePath, line > 0 ? input.BodyLineOffset + line - 1 : 0, column,
                    $"Liquid variable '{name}' is undefined and renders as nothing (wrap literal braces in {{% raw %}}…{{% endraw %}})");
            }
            return new ValueTask<Fluid.Values.FluidValue>(Fluid.Values.NilValue.Instance);
        };
        template = LiquidBudgetRewriter.Apply(template);
        string output;
        try
        {
            using var writer = new PageTextWriter(LiquidBudget.MaxChars);
            template.RenderAsync(writer, context, NullEncoder.Default).AsTask().GetAwaiter().GetResult();
            output = writer.ToString();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            diagnostics.Warning(DiagnosticCodes.RenderError, input.SourcePath, input.BodyLineOffset, 0,
                $"Liquid rendering failed ({ex.Message}); the body is used as written");
            return body;
        }
        return escaped.Count == 0 ? output : RestorePlaceholders(output, escaped);
    }

    /// <summary>The tag to blame for a parse error: an unclosed block, else the tag at the reported position.</summary>
    private static (int Start, int Length)? FindCulprit(string text, string error)
    {
        if (LiquidErrorMessage.ExpectedEnd(error) is { } block && LastUnclosed(text, block) is { } open)
            return open;
        var (line, column) = LiquidErrorMessage.Position(error);
        if (line == 0) return null;
        var offset = LiquidSourceText.OffsetOf(text, line, column);
        return LiquidSourceText.TagAround(text, offset);
    }

    private static (int Start, int Length)? LastUnclosed(string text, string block)
    {
        var stack = new Stack<int>();
        foreach (Match m in BlockTag().Matches(text))
        {
            var name = m.Groups[1].Value;
            if (name == block) stack.Push(m.Index);
            else if (name == "end" + block && stack.Count > 0) stack.Pop();
        }
        if (stack.Count == 0) return null;
        var start = stack.Pop();
        return (start, LiquidSourceText.TagLength(text, start));
    }

    /// <summary>
    /// Hugo/Zola shortcode calls become placeholders (restored after rendering) so Liquid neither reads nor reports them.
    /// Hugo's <c>ref</c>/<c>relref</c> become the page's URL here, as Hugo replaces them before Markdown reads the link.
    /// </summary>
    private static string ProtectShortcodes(string body, List<string> escaped, LiquidPageInput input, DiagnosticBag diagnostics)
    {
        var calls = ShortcodeCalls.Find(body);
        if (calls.Count == 0) return body;
        var sb = new StringBuilder(body.Length);
        var at = 0;
        foreach (Match call in calls)
        {
            sb.Append(body, at, call.Index - at);
            at = call.Index + call.Length;
            if (ShortcodeCalls.RefTarget(call.Value) is { } target)
            {
                if (input.ResolveHugoRef?.Invoke(target) is { } url)
                {
                    sb.Append(url);
                    continue;
                }
                var (line, column) = LiquidSourceText.LineColumnOf(body, call.Index);
                diagnostics.Warning(DiagnosticCodes.UnresolvedHugoRef, input.SourcePath, input.BodyLineOffset + line - 1, column,
                    $"'{call.Value}' names no page of the site; it is kept as written");
            }
            sb.Append(PlaceholderStart).Append(escaped.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(PlaceholderEnd);
            escaped.Add(call.Value);
        }
        return sb.Append(body, at, body.Length - at).ToString();
    }

    private static string RestorePlaceholders(string output, List<string> escaped)
    {
        var sb = new StringBuilder(output.Length);
        for (var i = 0; i < output.Length; i++)
        {
            if (output[i] != PlaceholderStart) { sb.Append(output[i]); continue; }
            var end = output.IndexOf(PlaceholderEnd, i);
            if (end < 0 || !int.TryParse(output.AsSpan(i + 1, end - i - 1), out var index) || index >= escaped.Count)
            {
                sb.Append(output[i]);
                continue;
            }
            var original = escaped[index];
            sb.Append(original);
            // Skip the line breaks the placeholder carried: the original text brings its own.
            i = end + LiquidSourceText.CountNewlines(original, 0, original.Length);
        }
        return sb.ToString();
    }

    private static (int Line, int Column) LineOfVariable(string text, string name)
    {
        var match = Regex.Match(text, @"\{\{-?\s*" + Regex.Escape(name) + @"\b");
        return match.Success ? LiquidSourceText.LineColumnOf(text, match.Index) : (0, 0);
    }

    private static string Shorten(string text)
    {
        var oneLine = text.ReplaceLineEndings(" ");
        return oneLine.Length <= 60 ? oneLine : oneLine[..57] + "...";
    }

    [GeneratedRegex(@"\{%-?\s*((end)?\w+)")]
    private static partial Regex BlockTag();
}
