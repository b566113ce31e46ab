using StaticMath.Site.Tests.Blocks;

namespace StaticMath.Site.Tests.Fidelity;

/// <summary>Issue 22: code blocks keep their lines exactly and their language word as written.</summary>
public sealed class CodeBlockFidelityTests : IDisposable
{
    private readonly BlockTestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("```\n```\n", "")]
    [InlineData("```\n", "")]
    [InlineData("```\n\n  \n```\n", "\n  \n")]
    [InlineData("```\nprint(1)\n\n\n```\n", "print(1)\n\n\n")]
    [InlineData("    x = 1\n\n\n    y = 2\n", "x = 1\n\n\ny = 2\n")]
    public void Code_blocks_keep_exactly_their_lines(string markdown, string code) =>
        Assert.Equal(code, _site.Render(markdown).QuerySelector("pre > code")!.TextContent);

    [Theory]
    [InlineData("foo+bar", "language-foo+bar")]
    [InlineData("f&ouml;&ouml;", "language-föö")]
    [InlineData("c++", "language-c++")]
    public void The_language_class_is_the_info_word_as_written(string info, string cssClass)
    {
        var code = _site.Render($"``` {info}\nx\n```\n").QuerySelector("pre > code")!;
        Assert.Equal(cssClass, code.ClassName);
    }
}
