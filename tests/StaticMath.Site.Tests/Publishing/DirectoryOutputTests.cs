using System.Text;
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
        output.WriteText("post/index.html", pieces);
        var written = File.ReadAllBytes(Path.Combine(_folder, "post", "index.html"));
        Assert.Equal(new UTF8Encoding(false).GetBytes(string.Concat(pieces)), written);
    }

    [Fact]
    public void Pieces_replace_a_longer_file_entirely()
    {
        var output = new DirectoryOutput(_folder);
        output.WriteText("a.html", new string('x', 5000));
        output.WriteText("a.html", ["short", " page"]);
        Assert.Equal("short page", File.ReadAllText(Path.Combine(_folder, "a.html")));
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { }
    }
}
