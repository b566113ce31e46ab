using StaticMath.Site.Bibliography;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using StaticMath.Site.Markdown.Extensions.Math;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.PandocCitations;

/// <summary>
/// Pandoc citations and Quarto cross-references written with <c>@</c>. A bracket is a citation when every
/// <c>;</c>-separated part holds a key (<c>[see @a, p. 3; -@b]</c>) and it is not a link (no <c>(</c> or <c>[</c>
/// after it). A bare <c>@key</c> is a citation only on pages that name a <c>bibliography:</c> — elsewhere "@name" is
/// ordinary text — except Quarto cross-reference keys (<c>@eq-x</c>, <c>@fig-x</c>, …), which work on every page.
/// <c>@eq-…</c> becomes a <see cref="MathReferenceInline"/>: equations share the math extension's labels and numbers.
/// </summary>
public sealed class CitationInlineParser : InlineParser
{
    private const int MaxBracketLength = 2_000;

    /// <summary>Document data set when a citation was made: the others skip looking through their inlines for one
    /// (<see cref="ReferencesBlock.Place"/>).</summary>
    internal static readonly object CitationMade = new();

    public CitationInlineParser()
    {
        OpeningCharacters = ['@', '['];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var end = slice.End + 1;
        return text[start] == '@' ? MatchBare(processor, ref slice, text, start, end) : MatchBracket(processor, ref slice, text, start, end);
    }

    private static bool MatchBare(InlineProcessor processor, ref StringSlice slice, string text, int start, int end)
    {
        if (!CitationKey.MayStartAt(text, start, 0) || !CitationKey.TryRead(text, start, end, out var key, out var next))
        {
            return false;
        }

        processor.GetSourcePosition(start, out var line, out var column);
        if (QuartoCrossReference.IsEquation(key))
        {
            processor.Inline = new MathReferenceInline
            {
                Label = key, WithParentheses = false, QuartoPrefix = QuartoCrossReference.EquationWord,
                Span = Span(processor, start, next), Line = line, Column = column,
            };
            slice.Start = next;
            return true;
        }

        if (!QuartoCrossReference.IsCrossReference(key) && !PageNamesBibliography(processor))
        {
            return false;
        }

        // "@smith04 [p. 33]": a locator in brackets right after the key belongs to the citation.
        var suffix = "";
        if (TryReadLocator(text, next, end, out var locator, out var afterLocator))
        {
            suffix = locator;
            next = afterLocator;
        }

        processor.Document.SetData(CitationMade, true);
        processor.Inline = new CitationInline
        {
            Items = [new CitationItem(key, "", suffix, SuppressAuthor: false)],
            InText = true,
            Source = text[start..next],
            Span = Span(processor, start, next),
            Line = line,
            Column = column,
        };
        slice.Start = next;
        return true;
    }

    private static bool MatchBracket(InlineProcessor processor, ref StringSlice slice, string text, int start, int end)
    {
        var close = MatchingBracket(text, start, end);
        if (close < 0 || (close + 1 < end && text[close + 1] is '(' or '[' or ':'))
        {
            return false;
        }

        var content = text.AsSpan(start + 1, close - start - 1);
        if (content.IndexOf('@') < 0 || content.StartsWith("^"))
        {
            return false;
        }

        var items = new List<CitationItem>();
        var partStart = start + 1;
        for (var i = start + 1; i <= close; i++)
        {
            if (i < close && text[i] != ';')
            {
                continue;
            }

            if (ReadItem(text, partStart, i) is not { } item)
            {
                return false;
            }

            items.Add(item);
            partStart = i + 1;
        }

        processor.GetSourcePosition(start, out var line, out var column);
        processor.Document.SetData(CitationMade, true);
        processor.Inline = new CitationInline
        {
            Items = items,
            InText = false,
            Source = text[start..(close + 1)],
            Span = Span(processor, start, close + 1),
            Line = line,
            Column = column,
        };
        slice.Start = close + 1;
        return true;
    }

    /// <summary>One <c>;</c>-separated part: prefix, optional <c>-</c>, the key, suffix; null when it holds no key.</summary>
    private static CitationItem? ReadItem(string text, int from, int to)
    {
        for (var at = text.IndexOf('@', from, to - from); at >= 0; at = at + 1 < to ? text.IndexOf('@', at + 1, to - at - 1) : -1)
        {
            var suppress = at > from && text[at - 1] == '-';
            var keyStart = suppress ? at - 1 : at;
            if (!CitationKey.MayStartAt(text, keyStart, from) || !CitationKey.TryRead(text, at, to, out var key, out var next))
            {
                continue;
            }

            var prefix = Normalize(text[from..keyStart]);
            var suffix = Normalize(text[next..to]);
            return new CitationItem(key, prefix, suffix, suppress);
        }

        return null;
    }

    /// <summary>A bracket right after a bare key holding no <c>@</c>, not a link: <c>@key [p. 33]</c>.</summary>
    private static bool TryReadLocator(string text, int from, int end, out string locator, out int next)
    {
        locator = "";
        next = from;
        var open = from;
        while (open < end && text[open] == ' ')
        {
            open++;
        }

        if (open == from || open >= end || text[open] != '[')
        {
            return false;
        }

        var close = MatchingBracket(text, open, end);
        if (close < 0 || (close + 1 < end && text[close + 1] is '(' or '[' or ':'))
        {
            return false;
        }

        var content = text[(open + 1)..close];
        if (content.Contains('@') || content.StartsWith('^') || content.Trim().Length == 0)
        {
            return false;
        }

        // Pandoc reads "@key [sec. 3]" as "@key, sec. 3": the bracket is a locator.
        locator = Normalize(content);
        locator = locator.StartsWith(',') ? locator : ", " + locator;
        next = close + 1;
        return true;
    }

    /// <summary>The index of the <c>]</c> closing the bracket at <paramref name="open"/>, skipping escapes and code spans.</summary>
    private static int MatchingBracket(string text, int open, int end)
    {
        // Citations are short; the bound keeps a paragraph of thousands of unclosed '[' linear, not quadratic.
        end = System.Math.Min(end, open + MaxBracketLength);
        var depth = 0;
        for (var i = open; i < end; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '`':
                    var closeTick = text.IndexOf('`', i + 1, end - i - 1);
                    if (closeTick < 0)
                    {
                        return -1;
                    }

                    i = closeTick;
                    break;
                case '[':
                    depth++;
                    break;
                case ']':
                    depth--;
                    if (depth == 0)
                    {
                        return i;
                    }

                    break;
                case '\n' when i + 1 < end && text[i + 1] == '\n':
                    return -1;
            }
        }

        return -1;
    }

    private static string Normalize(string text) => string.Join(' ', text.Split([' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries));

    private static bool PageNamesBibliography(InlineProcessor processor) =>
        processor.Context?.Properties.TryGetValue(typeof(PageRenderContext), out var value) == true
        && value is PageRenderContext page
        && PageBibliography.Names(page.Page.FrontMatter).Count > 0;

    private static SourceSpan Span(InlineProcessor processor, int start, int endExclusive)
    {
        var from = processor.GetSourcePosition(start);
        return new SourceSpan(from, from + (endExclusive - start) - 1);
    }
}
