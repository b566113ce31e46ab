using System.Text;
using StaticMath.Site.Liquid;
using StaticMath.Site.Output;

namespace StaticMath.Site.Tests.Publishing;

/// <summary>A page is written from the pieces its layouts wrote: the file is the UTF-8 of the joined text.</summary>
public sealed class DirectoryOutputTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sm-out-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Pieces_are_written_as_one_utf8_file_even_with_a_surrogate_pair_split_between_two()
    {
        // 𝔄 is a surrogate pair: one piece ends with its first half, the next begins with the second. Pieces longer
        // than the writer's buffer are in it too.
        var long1 = string.Concat(Enumerable.Repeat("é 𝔄 <svg/> ", 9000));
        string[] pieces = ["<html>é", "\uD835", "\uDD04</p>", long1, "", "\uD835", "\uDD05" + long1, "</html>"];
        var output = new DirectoryOutput(_folder);
        output.WriteText("post/index.html", new PageText(pieces, pieces.Sum(p => p.Length)));
        var written = File.ReadAllBytes(Path.Combine(_folder, "post", "index.html"));
        Assert.Equal(new UTF8Encoding(false).GetBytes(string.Concat(pieces)), written);
    }

    [Fact]
    public void A_page_ending_in_half_a_surrogate_pair_is_written_as_its_joined_text_encodes_and_the_next_page_starts_clean()
    {
        var output = new DirectoryOutput(_folder);
        string[] broken = ["<p>", "x\uD835"];
        output.WriteText("a.html", new PageText(broken, 5));
        // The writer's state (the half pair) must not carry into the next file written on the thread.
        string[] next = ["\uDD04<p>", "ok"];
        output.WriteText("b.html", new PageText(next, 6));
        var utf8 = new UTF8Encoding(false);
        Assert.Equal(utf8.GetBytes(string.Concat(broken)), File.ReadAllBytes(Path.Combine(_folder, "a.html")));
        Assert.Equal(utf8.GetBytes(string.Concat(next)), File.ReadAllBytes(Path.Combine(_folder, "b.html")));
    }

    [Fact]
    public void Utf8_pieces_are_written_as_they_are_between_pieces_of_characters_even_after_half_a_surrogate_pair()
    {
        var svg = "<svg aria-label=\"é 𝔄\"><path d=\"M0 0\"></path></svg>";
        var utf8 = new UTF8Encoding(false);
        PageTextPiece[] pieces =
        [
            PageTextPiece.Of("<p>é "), PageTextPiece.OfUtf8(utf8.GetBytes(svg), svg.Length), PageTextPiece.Of("x\uD835"),
            PageTextPiece.OfUtf8(utf8.GetBytes(svg), svg.Length), PageTextPiece.Of("</p>".AsMemory(0, 4)),
        ];
        var text = new PageText(pieces, pieces.Sum(p => p.Length));
        var output = new DirectoryOutput(_folder);
        output.WriteText("a.html", text);
        var joined = "<p>é " + svg + "x\uD835" + svg + "</p>";
        Assert.Equal(utf8.GetBytes(joined), File.ReadAllBytes(Path.Combine(_folder, "a.html")));
        Assert.Equal(joined, text.ToString());
    }

    [Fact]
    public void Pieces_replace_a_longer_file_entirely()
    {
        var output = new DirectoryOutput(_folder);
        output.WriteText("a.html", new string('x', 5000));
        output.WriteText("a.html", new PageText(["short", " page"], 10));
        Assert.Equal("short page", File.ReadAllText(Path.Combine(_folder, "a.html")));
    }

    [Fact]
    public void In_memory_a_kept_page_is_joined_once_however_often_later_builds_write_it()
    {
        // serve writes every kept page again on each rebuild: joining its pieces each time made an edit's reload slow.
        var page = new PageText(["<html>", new string('x', 20_000), "</html>"], 20_013);
        var memory = new MemoryOutput();
        memory.WriteText("a/index.html", page);
        memory.WriteText("a/index.html", page);
        memory.WriteText("b/index.html", page);
        Assert.Same(memory.Find("a/index.html")!.Text, memory.Find("b/index.html")!.Text);
        Assert.Equal(20_013, memory.Find("a/index.html")!.Text!.Length);
        // Once joined, the page holds its text once: the joined string is its one piece (and a file written from it
        // afterwards is the same text).
        Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetString(Assert.Single(page.Pieces).Chars, out var piece, out _, out _));
        Assert.Same(memory.Find("a/index.html")!.Text, piece);
        new DirectoryOutput(_folder).WriteText("c.html", page);
        Assert.Equal(page.ToString(), File.ReadAllText(Path.Combine(_folder, "c.html")));
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { }
    }
}
