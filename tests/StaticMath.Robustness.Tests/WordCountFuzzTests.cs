using System.Text.RegularExpressions;
using CsCheck;
using StaticMath.Site.Content;

namespace StaticMath.Robustness.Tests;

/// <summary>
/// The word count scans a page once instead of stripping SVG and tags with regular expressions and matching words;
/// on any text (tags, equations' SVG, stray angle brackets, entities, comments) it gives what that definition gives.
/// </summary>
public partial class WordCountFuzzTests
{
    private static readonly string[] Pieces =
    [
        "<p>", "</p>", "<span class=\"math-inline\">", "</span>", "<svg viewBox=\"0 0 1 1\">", "<SVG>", "</svg>", "</SVG>", "<svgx>",
        "<path d=\"M0 0L1 1\"/>", "<title>", "</title>", "<a href=\"/x\">", "</a>", "<br>", "<!-- c -->", "&amp;", "&lt;", "&#8217;",
        "word", "Wörter", "東京", "x²", "½", "2-3", "it's", "rock’n’roll", "-", "'", "’", "_", " ", "\n", ",", ".", "<", ">", "a<b", "\u0301",
    ];

    [GeneratedRegex(@"<svg\b.*?</svg>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex SvgElement();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*")]
    private static partial Regex Words();

    private static int ByRegularExpressions(string html) => Words().Count(Tag().Replace(SvgElement().Replace(html, " "), " "));

    [Fact]
    public void Counts_as_stripping_svg_and_tags_then_matching_words_does()
    {
        Gen.OneOf(Pieces).Array[0, 40].Select(string.Concat).Sample(html =>
        {
            if (WordCount.Of(html) is var count && count != ByRegularExpressions(html))
                throw new InvalidOperationException($"{count} words, the regular expressions count {ByRegularExpressions(html)}, in\n{html}");
        }, iter: FuzzSettings.Iterations(5000), threads: 1);
    }
}
