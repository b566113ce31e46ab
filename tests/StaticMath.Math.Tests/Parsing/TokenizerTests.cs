using StaticMath.Math.Parsing.Tokens;

namespace StaticMath.Math.Tests.Parsing;

public sealed class TokenizerTests
{
    private static List<Token> Tokenize(string source)
    {
        var tokenizer = new Tokenizer(source);
        var tokens = new List<Token>();
        for (var token = tokenizer.Next(); !token.IsEnd; token = tokenizer.Next())
        {
            tokens.Add(token);
        }

        return tokens;
    }

    [Fact]
    public void ControlWordsSwallowFollowingSpacesAndKeepTheirOffset()
    {
        var tokens = Tokenize(@"\alpha   x");
        Assert.Equal(2, tokens.Count);
        Assert.Equal((TokenKind.ControlSequence, "alpha", 0), (tokens[0].Kind, tokens[0].Text, tokens[0].Offset));
        Assert.Equal((TokenKind.Character, "x", 9), (tokens[1].Kind, tokens[1].Text, tokens[1].Offset));
    }

    [Fact]
    public void ControlWordNamesAreSharedAcrossExpressionsButLongOnesAreNotKept()
    {
        Assert.Same(Tokenize(@"\frac{a}{b}")[0].Text, Tokenize(@"x+\frac12")[2].Text);
        var longName = new string('q', 33);
        var first = Tokenize("\\" + longName)[0].Text;
        Assert.Equal(longName, first);
        Assert.NotSame(first, Tokenize("\\" + longName)[0].Text);
    }

    [Fact]
    public void ControlSymbolsAreOneCharacterAndDoNotSwallowSpaces()
    {
        var tokens = Tokenize(@"\, \{\\\ x");
        Assert.Equal([",", "", "{", "\\", " ", "x"], tokens.Select(t => t.Kind == TokenKind.Space ? "" : t.Text).ToArray());
        Assert.Equal(TokenKind.Space, tokens[1].Kind);
    }

    [Fact]
    public void SpecialCharactersGetTheirCategories()
    {
        var kinds = Tokenize("{}^_&#~$'").Select(t => t.Kind).ToArray();
        Assert.Equal(
            [TokenKind.BeginGroup, TokenKind.EndGroup, TokenKind.Superscript, TokenKind.Subscript, TokenKind.AlignTab, TokenKind.Parameter, TokenKind.Active, TokenKind.MathShift, TokenKind.Character],
            kinds);
    }

    [Fact]
    public void RunsOfWhitespaceBecomeOneSpaceToken()
    {
        var tokens = Tokenize("a \t\n b");
        Assert.Equal(3, tokens.Count);
        Assert.Equal(TokenKind.Space, tokens[1].Kind);
    }

    [Fact]
    public void CommentsRunToTheEndOfTheLine()
    {
        var tokens = Tokenize("a% ignored }\nb");
        Assert.Equal(["a", "b"], tokens.Select(t => t.Text).ToArray());
    }

    [Fact]
    public void SurrogatePairsAreOneToken()
    {
        var tokens = Tokenize("𝔼x");
        Assert.Equal(2, tokens.Count);
        Assert.Equal("𝔼", tokens[0].Text);
        Assert.Equal(2, tokens[1].Offset);
    }

    [Fact]
    public void VerbReadsRawTextUpToItsDelimiter()
    {
        var tokens = Tokenize(@"\verb|a \b {|x");
        Assert.Equal(TokenKind.Verbatim, tokens[0].Kind);
        Assert.Equal(@"a \b {", tokens[0].Text);
        Assert.Equal("x", tokens[1].Text);
    }

    [Fact]
    public void TrailingBackslashGivesAnEmptyControlSequence()
    {
        var token = Assert.Single(Tokenize("\\"));
        Assert.Equal(TokenKind.ControlSequence, token.Kind);
        Assert.Equal("", token.Text);
    }
}
