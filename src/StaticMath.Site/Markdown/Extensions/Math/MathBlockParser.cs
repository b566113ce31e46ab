using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// Display math that starts a line: <c>$$</c>, <c>\[</c>, <c>\\[</c> or a bare <c>\begin{equation}</c>-like
/// environment. Following kramdown, a <c>$$</c> alone on its line runs to the next <c>$$</c> even across blank lines
/// (the closing one must then start its line, unless the body holds an environment); a closer followed by other text
/// (not just . , ;) means the <c>$$…$$</c> is part of a paragraph and is left to the inline parser. A block that never closes
/// (or whose <c>$$</c> would run across paragraphs) was never math: its lines become ordinary paragraphs.
/// </summary>
public sealed class MathBlockParser : BlockParser
{
    private readonly MathEscapes _escapes;

    public MathBlockParser(MathEscapes escapes = MathEscapes.Markdown)
    {
        OpeningCharacters = ['$', '\\'];
        _escapes = escapes;
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent || PageMathSwitch.IsOff(processor.Context))
        {
            return BlockState.None;
        }

        var line = processor.Line;
        var text = line.Text;
        var start = line.Start;
        var end = line.End + 1;
        if (!TryMatchOpener(text, start, end, out var delimiter, out var openerLength, out var closer)
            || (delimiter == MathDelimiter.Bracket && KramdownMath.AppliesTo(processor.Context)))
        {
            return BlockState.None;
        }

        var block = new MathBlock(this)
        {
            Delimiter = delimiter,
            Closer = closer,
            Column = processor.Column,
            Line = processor.LineIndex,
            Span = new SourceSpan(processor.Start, line.End),
            TexLine = processor.LineIndex,
            TexColumn = processor.Column + openerLength,
        };

        // An environment is its own TeX: the body keeps \begin…\end.
        var bodyStart = delimiter == MathDelimiter.Environment ? start : start + openerLength;
        var searchFrom = start + openerLength;
        var close = MathSourceScanner.FindCloser(text, searchFrom, end, closer, skipCode: false);
        if (close >= 0)
        {
            var trailer = text[(close + closer.Length)..end].Trim();
            if (!MathSourceScanner.IsStandaloneTrailer(trailer) && !EquationAttributes.TryReadLabel(trailer, out _) && delimiter != MathDelimiter.Environment)
            {
                // "$$x$$ is small" — inline math in running text.
                return BlockState.None;
            }

            block.Body.Append(text, bodyStart, BodyEnd(block, close) - bodyStart);
            Finish(block, trailer, close + closer.Length, _escapes);
            processor.NewBlocks.Push(block);
            return BlockState.Break;
        }

        if (MathSourceScanner.FindCloser(text, end, text.Length, closer, skipCode: false) < 0)
        {
            // Nothing closes it anywhere below: read as a block it would swallow every heading, list and link
            // definition after it. It is text, ending with its paragraph, as MathJax and kramdown read it.
            BlockDiagnostics.WarningAt(processor, block, DiagnosticCodes.UnclosedDisplayMath,
                $"'{text.AsSpan(start, openerLength)}' opens display math that is never closed with '{closer}'; it is read as text");
            return BlockState.None;
        }

        block.OpenerAlone = text.AsSpan(searchFrom, end - searchFrom).IsWhiteSpace();
        block.Body.Append(text, bodyStart, end - bodyStart);
        processor.NewBlocks.Push(block);
        return BlockState.Continue;
    }

    public override bool CanInterrupt(BlockProcessor processor, Block block)
    {
        // A $$ line inside a paragraph that has an unmatched $$ closes that paragraph's inline math instead.
        if (block is ParagraphBlock paragraph)
        {
            var count = 0;
            for (var k = 0; k < paragraph.Lines.Count; k++)
            {
                var s = paragraph.Lines.Lines[k].Slice.ToString();
                for (var i = s.IndexOf("$$", StringComparison.Ordinal); i >= 0; i = s.IndexOf("$$", i + 2, StringComparison.Ordinal))
                {
                    count++;
                }
            }

            return count % 2 == 0;
        }

        return true;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var math = (MathBlock)block;
        if (math.IsClosed || math.IsRunaway)
        {
            return BlockState.None;
        }

        var line = processor.Line;
        var text = line.Text;
        var end = line.End + 1;
        if (processor.IsBlankLine)
        {
            if (math.Delimiter == MathDelimiter.EscapedBracket)
            {
                // kramdown's escaped \\[ never crosses a paragraph break.
                math.IsRunaway = true;
                return BlockState.BreakDiscard;
            }

            math.Body.Append('\n');
            return BlockState.Continue;
        }

        var start = line.Start;
        var close = MathSourceScanner.FindCloser(text, start, end, math.Closer, skipCode: false);
        if (close < 0)
        {
            math.Body.Append('\n').Append(text, start, end - start);
            return BlockState.Continue;
        }

        var bodyEnd = BodyEnd(math, close);
        math.Body.Append('\n').Append(text, start, bodyEnd - start);
        if (math.Delimiter == MathDelimiter.DoubleDollar && RunsAcrossParagraphs(math, closerStartsLine: close == start))
        {
            math.IsRunaway = true;
            return BlockState.Break;
        }

        Finish(math, text[(close + math.Closer.Length)..end].Trim(), close + math.Closer.Length, _escapes);
        return BlockState.Break;
    }

    public override bool Close(BlockProcessor processor, Block block)
    {
        var math = (MathBlock)block;
        if (math.IsClosed && !math.IsRunaway)
        {
            if (math.TrailerStart >= 0 && math.Parent is { } container && TrailerParagraph(math) is { } trailer)
            {
                container.Insert(container.IndexOf(math) + 1, trailer);
            }

            return true;
        }

        // Never closed, or a $$ across paragraphs: the lines were text all along.
        var parent = math.Parent;
        if (parent is null)
        {
            return false;
        }

        var index = parent.IndexOf(math);
        foreach (var paragraph in ParagraphsFrom(math))
        {
            parent.Insert(index++, paragraph);
        }

        return false;
    }

    private static bool TryMatchOpener(string text, int start, int end, out MathDelimiter delimiter, out int openerLength, out string closer)
    {
        delimiter = default;
        openerLength = 0;
        closer = "";
        var span = text.AsSpan(start, end - start);
        if (span.StartsWith("$$"))
        {
            (delimiter, openerLength, closer) = (MathDelimiter.DoubleDollar, 2, "$$");
            return true;
        }

        if (span.StartsWith(@"\\["))
        {
            (delimiter, openerLength, closer) = (MathDelimiter.EscapedBracket, 3, @"\\]");
            return true;
        }

        if (span.StartsWith(@"\["))
        {
            (delimiter, openerLength, closer) = (MathDelimiter.Bracket, 2, @"\]");
            return true;
        }

        var environment = MathSourceScanner.EnvironmentOpener().Match(text, start, end - start);
        if (environment.Success)
        {
            var name = text.Substring(start + 7, environment.Length - 8);
            (delimiter, openerLength, closer) = (MathDelimiter.Environment, environment.Length, @"\end{" + name + "}");
            return true;
        }

        return false;
    }

    /// <summary>Where the TeX ends on the closing line: before the closer, or after it for an environment.</summary>
    private static int BodyEnd(MathBlock block, int close) =>
        block.Delimiter == MathDelimiter.Environment ? close + block.Closer.Length : close;

    /// <summary>kramdown's guard: a $$ whose body holds a paragraph break is math only when both delimiters stand
    /// alone on their lines (or the body is an environment).</summary>
    private static bool RunsAcrossParagraphs(MathBlock math, bool closerStartsLine)
    {
        var body = math.Body.ToString();
        return body.Trim('\n').Contains("\n\n", StringComparison.Ordinal)
            && !MathSourceScanner.EnvironmentAnywhere().IsMatch(body)
            && !(math.OpenerAlone && closerStartsLine);
    }

    private static void Finish(MathBlock block, string trailer, int trailerStart, MathEscapes escapes)
    {
        var body = block.Body.ToString();
        block.Tex = MarkdownEscapesInMath.Remove(body.Trim(), escapes);
        // The TeX's position is that of its first non-blank character (diagnostics point there).
        var leading = body.Length - body.TrimStart().Length;
        var lastNewline = leading > 0 ? body.LastIndexOf('\n', leading - 1, leading) : -1;
        if (lastNewline >= 0)
        {
            block.TexLine += body.AsSpan(0, leading).Count('\n');
            block.TexColumn = leading - lastNewline - 1;
        }
        else
        {
            block.TexColumn += leading;
        }

        block.Body.Clear();
        block.IsClosed = true;
        if (trailer.Length == 0)
        {
            return;
        }

        if (EquationAttributes.TryReadLabel(trailer, out var label))
        {
            block.AttributeLabel = label;
        }
        else if (MathSourceScanner.IsStandaloneTrailer(trailer))
        {
            block.TrailingPunctuation = trailer;
        }
        else
        {
            block.TrailerStart = trailerStart;
        }
    }

    /// <summary>The text after the closing delimiter ("$$where $\alpha$ is…") as a paragraph of its own, parsed like
    /// any paragraph (its inline math included) once blocks are done.</summary>
    private static ParagraphBlock? TrailerParagraph(MathBlock math)
    {
        if (math.Lines.Count == 0)
        {
            return null;
        }

        var line = math.Lines.Lines[math.Lines.Count - 1];
        var slice = line.Slice;
        if (math.TrailerStart < slice.Start || math.TrailerStart > slice.End)
        {
            return null;
        }

        var column = line.Column + (math.TrailerStart - slice.Start);
        slice.Start = math.TrailerStart;
        var skipped = slice.Start;
        slice.TrimStart();
        column += slice.Start - skipped;
        if (slice.IsEmptyOrWhitespace())
        {
            return null;
        }

        var paragraph = new ParagraphBlock { Line = line.Line, Column = column, Span = new SourceSpan(line.Position + (slice.Start - line.Slice.Start), line.Position + (slice.End - line.Slice.Start)) };
        paragraph.AppendLine(ref slice, column, line.Line, line.Position + (slice.Start - line.Slice.Start), false);
        return paragraph;
    }

    /// <summary>The block's source lines as paragraphs split at blank lines, so their inlines are parsed as usual.</summary>
    private static IEnumerable<ParagraphBlock> ParagraphsFrom(MathBlock math)
    {
        ParagraphBlock? current = null;
        for (var k = 0; k < math.Lines.Count; k++)
        {
            var line = math.Lines.Lines[k];
            var slice = line.Slice;
            slice.TrimStart();
            if (slice.IsEmptyOrWhitespace())
            {
                if (current is not null)
                {
                    yield return current;
                    current = null;
                }

                continue;
            }

            current ??= new ParagraphBlock { Line = line.Line, Column = line.Column, Span = new SourceSpan(line.Position, line.Position + slice.Length) };
            current.AppendLine(ref slice, line.Column, line.Line, line.Position, false);
        }

        if (current is not null)
        {
            yield return current;
        }
    }
}
