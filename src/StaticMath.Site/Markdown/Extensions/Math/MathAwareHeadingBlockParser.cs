using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// Markdig's generic attributes take the first <c>{</c> of a heading as the start of <c>{#id .class}</c> and cut the
/// heading there, which would eat <c>## Bound on $x_{i}$</c>. This heading parser re-implements the attribute hook so
/// whatever hook is installed (the generic attributes extension is set up after ours) only sees braces outside math.
/// </summary>
public sealed class MathAwareHeadingBlockParser : HeadingBlockParser, IAttributesParseable
{
    TryParseAttributesDelegate? IAttributesParseable.TryParseAttributes
    {
        get => TryParseAttributes;
        set => TryParseAttributes = value is null ? null : new GuardedAttributes(value).TryParse;
    }

    private sealed class GuardedAttributes(TryParseAttributesDelegate original)
    {
        public bool TryParse(BlockProcessor processor, ref StringSlice line, IBlock block)
        {
            var brace = FirstBraceOutsideMath(line.Text, line.Start, line.End + 1);
            if (brace < 0)
            {
                return false;
            }

            var copy = line;
            copy.Start = brace;
            if (!original(processor, ref copy, block))
            {
                return false;
            }

            line.End = copy.End;
            return true;
        }

        private static int FirstBraceOutsideMath(string text, int start, int end)
        {
            var i = start;
            while (i < end)
            {
                if (text[i] == '{')
                {
                    return i;
                }

                var skipped = SkipMath(text, i, end);
                i = skipped > i ? skipped : i + 1;
            }

            return -1;
        }

        private static int SkipMath(string text, int i, int end)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < end)
            {
                var closer = text[i + 1] switch { '(' => @"\)", '[' => @"\]", _ => null };
                if (closer is null)
                {
                    return i + 2;
                }

                var close = MathSourceScanner.FindCloser(text, i + 2, end, closer, skipCode: true);
                return close < 0 ? i + 2 : close + 2;
            }

            if (c != '$')
            {
                return i;
            }

            if (i + 1 < end && text[i + 1] == '$')
            {
                var close = MathSourceScanner.FindCloser(text, i + 2, end, "$$", skipCode: true);
                return close < 0 ? i + 2 : close + 2;
            }

            var single = MathSourceScanner.FindSingleDollarCloser(text, i + 1, end);
            return single < 0 ? i + 1 : single + 1;
        }
    }
}
