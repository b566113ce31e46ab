using StaticMath.Site.Bibliography;

namespace StaticMath.Site.Tests.Bibliography;

public class BibNameParserTests
{
    [Theory]
    [InlineData("Jonathan Ho", "Jonathan", "", "Ho", "")]
    [InlineData("Ho, Jonathan", "Jonathan", "", "Ho", "")]
    [InlineData("Ludwig van Beethoven", "Ludwig", "van", "Beethoven", "")]
    [InlineData("van Beethoven, Ludwig", "Ludwig", "van", "Beethoven", "")]
    [InlineData("de la Vall{\\'e}e Poussin, Charles Louis", "Charles Louis", "de la", "Vallée Poussin", "")]
    [InlineData("Ford, Jr, Henry", "Henry", "", "Ford", "Jr")]
    [InlineData("Kurt G{\\\"o}del", "Kurt", "", "Gödel", "")]
    [InlineData("{\\'E}mile Borel", "Émile", "", "Borel", "")]
    [InlineData("{Barnes and Noble}", "", "", "Barnes and Noble", "")]
    [InlineData("Diederik P. Kingma", "Diederik P.", "", "Kingma", "")]
    [InlineData("Jean-Pierre Serre", "Jean-Pierre", "", "Serre", "")]
    public void Splits_names_into_first_von_last_jr(string tex, string first, string von, string last, string jr)
    {
        var name = BibNameParser.Parse(tex);
        Assert.NotNull(name);
        Assert.Equal(new BibName(first, von, last, jr), name);
    }

    [Fact]
    public void Splits_and_lists_at_brace_depth_zero_and_recognises_others()
    {
        var names = BibNameParser.ParseList("Ho, Jonathan AND Ajay Jain and\n {Research and Development Team} and others");
        Assert.Equal(["Ho", "Jain", "Research and Development Team", "others"], names.Select(n => n.Last));
        Assert.True(names[3].IsOthers);
        Assert.False(names[0].IsOthers);
    }
}
