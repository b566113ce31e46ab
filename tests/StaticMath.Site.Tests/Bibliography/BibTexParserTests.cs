using StaticMath.Site.Bibliography;

namespace StaticMath.Site.Tests.Bibliography;

public class BibTexParserTests
{
    [Fact]
    public void Reads_the_common_entry_types_with_braces_quotes_and_numbers()
    {
        var db = BibTexParser.Parse("""
            @article{ho2020,
              title = {Denoising Diffusion Probabilistic Models},
              author = "Ho, Jonathan and Jain, Ajay and Abbeel, Pieter",
              journal = {NeurIPS},
              year = 2020,
            }
            @inproceedings(song2021, title={Score-Based Generative Modeling}, booktitle={ICLR}, year={2021})
            @book{knuth, title={The {TeX}book}, publisher={Addison-Wesley}, year=1984}
            @misc{m, title={M}}
            @phdthesis{p, title={P}, school={MIT}}
            @techreport{t, title={T}, institution={Bell Labs}}
            @incollection{i, title={I}, booktitle={Coll}}
            @software{s, title={Unknown types are kept}}
            """);

        Assert.Empty(db.Errors);
        Assert.Equal(["ho2020", "song2021", "knuth", "m", "p", "t", "i", "s"], db.Entries.Select(e => e.Key));
        Assert.Equal("inproceedings", db.Entries[1].Type);
        Assert.Equal("software", db.Entries[7].Type);
        Assert.Equal("2020", db.Entries[0].GetText("year"));
        Assert.Equal("The TeXbook", db.Entries[2].GetText("title"));
        Assert.Equal(1, db.Entries[0].Line);
        Assert.Equal(7, db.Entries[1].Line);
    }

    [Fact]
    public void Expands_string_macros_months_and_concatenation()
    {
        var db = BibTexParser.Parse("""
            @string{ neurips = "Advances in Neural Information Processing Systems" }
            @STRING(vol = {33})
            @comment{ this { nested } comment is skipped @article{fake, title={no}} }
            @preamble{ "\newcommand{\noop}[1]{}" }
            @article{a, journal = neurips # { } # vol, month = jun, title = "A" # " " # {B}}
            """);

        Assert.Empty(db.Errors);
        var entry = Assert.Single(db.Entries);
        Assert.Equal("Advances in Neural Information Processing Systems 33", entry.GetText("journal"));
        Assert.Equal("June", entry.GetText("month"));
        Assert.Equal("A B", entry.GetText("title"));
    }

    [Fact]
    public void Reports_errors_with_lines_and_keeps_reading_later_entries()
    {
        var db = BibTexParser.Parse("""
            @article{good1, title={One}}

            @article{bad, title = undefinedmacro}
            @article{broken, title={never closed
            @article{good2, title={Two}}
            """);

        Assert.Contains(db.Errors, e => e.Line == 3 && e.Message.Contains("undefinedmacro"));
        Assert.Contains(db.Errors, e => e.Line == 4);
        Assert.True(db.TryGet("good1", out _));
        Assert.True(db.TryGet("GOOD2", out var two));
        Assert.Equal("Two", two.GetText("title"));
        Assert.False(db.TryGet("bad", out _));
    }

    [Fact]
    public void Duplicate_keys_are_reported_and_the_first_entry_wins()
    {
        var db = BibTexParser.Parse("@misc{k, title={First}}\n@misc{k, title={Second}}");
        Assert.Equal("First", Assert.Single(db.Entries).GetText("title"));
        Assert.Contains(db.Errors, e => e.Line == 2 && e.Message.Contains("duplicate"));
    }

    [Fact]
    public void Quoted_values_may_contain_braced_quotes_and_escaped_specials()
    {
        var db = BibTexParser.Parse("""@misc{q, title = "The {"}quoted{"} word \& 50\% off", note={a}}""");
        Assert.Empty(db.Errors);
        Assert.Equal("The \"quoted\" word & 50% off", db.Entries[0].GetText("title"));
    }
}
