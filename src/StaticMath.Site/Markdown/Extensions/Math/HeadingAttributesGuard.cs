using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// Markdig's generic attributes take the first <c>{</c> of a heading as the start of <c>{#id .class}</c> and cut the
/// heading there, which would eat <c>## Bound on $x_{i}$</c>. The heading parser cannot be replaced (other extensions,
/// e.g. auto identifiers, hook its events), so its attribute hook is wrapped instead: only braces outside math count.
/// The generic attributes extension installs its hook on every <see cref="IAttributesParseable"/> parser in list
/// order, so this guard — listed after the heading parser, never opening a block — re-wraps the heading hook whenever
/// a hook is installed, whichever extension is set up first.
/// </summary>
public sealed class HeadingAttributesGuard : BlockParser, IAttributesParseable
{
    private readonly HeadingBlockParser _heading;

    public HeadingAttributesGuard(HeadingBlockParser heading)
    {
        _heading = heading;
        // A character no line starts with: the guard is never asked to open anything.
        OpeningCharacters = ['\uFFFF'];
        Wrap();
    }

    public TryParseAttributesDelegate? TryParseAttributes
    {
        get => null;
        set => Wrap();
    }

    public override BlockState TryOpen(BlockProcessor processor) => BlockState.None;

    private void Wrap()
    {
        if (_heading.TryParseAttributes is { Target: not GuardedAttributes } original)
        {
            _heading.TryParseAttributes = new GuardedAttributes(original).TryParse;
        }
    }

    private sealed class GuardedAttributes(TryParseAttributesDelegate original)
    {
        public bool TryParse(BlockProcessor processor, ref StringSlice line, IBlock block)
        {
            var brace = FirstBraceOutsideMath(line.Text, line.Start, line.End + 1);
            // Pandoc's heading attributes close the line; braces elsewhere (`## The set {x : x > 0}`) are text.
            if (brace < 0 || !IsTrailingAttributeBlock(line.Text.AsSpan(brace, line.End + 1 - brace)))
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

        private static bool IsTrailingAttributeBlock(ReadOnlySpan<char> fromBrace)
        {
            var text = fromBrace.TrimEnd();
            return text.EndsWith("}") && text.IndexOf('}') == text.Length - 1 && InlineAttributes.AttributeBlockSyntax.Opens(text);
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

                var span = text[i] is '$' or '\\' ? MathSpanMatcher.Match(text, i, end, lineStart: 0) : null;
                i = span?.End ?? i + 1;
            }

            return -1;
        }
    }
}
