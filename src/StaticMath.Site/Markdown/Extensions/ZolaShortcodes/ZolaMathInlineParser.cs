using StaticMath.Site.Diagnostics;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using StaticMath.Site.Markdown.Extensions.Math;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.ZolaShortcodes;

/// <summary>
/// Zola's inline shortcodes in running text: math ones (<c>{{ m(body="x^2") }}</c>, <c>{{ katex(body="…", block=true) }}</c>)
/// are typeset; any other is reported (SM1603) and left as written.
/// </summary>
public sealed class ZolaMathInlineParser : InlineParser
{
    public ZolaMathInlineParser()
    {
        OpeningCharacters = ['{'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var start = slice.Start;
        if (start + 1 > slice.End || slice.Text[start + 1] != '{'
            || ZolaShortcodeCall.Read(slice.Text, start) is not { HasBody: false } call || start + call.Length > slice.End + 1)
        {
            return false;
        }

        processor.GetSourcePosition(start, out var line, out var column);
        if (!call.IsMath || call.Tex is not { } tex)
        {
            if (processor.Context?.Properties.TryGetValue(typeof(PageRenderContext), out var value) == true && value is PageRenderContext page)
            {
                page.WarningAtBody(DiagnosticCodes.UnknownZolaShortcode, line, column + 1,
                    $"Zola shortcode '{call.Name}' is not supported; it is kept as written");
            }
            return false;
        }

        var from = processor.GetSourcePosition(start);
        processor.Inline = new MathInline
        {
            Tex = tex,
            IsDisplay = call.IsDisplayMath,
            Delimiter = MathDelimiter.Parenthesis,
            TexLine = line,
            TexColumn = column,
            Span = new SourceSpan(from, from + call.Length - 1),
            Line = line,
            Column = column,
        };
        slice.Start = start + call.Length;
        return true;
    }
}
