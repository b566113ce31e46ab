using StaticMath.Site.Output;

namespace StaticMath.Site.Tests.Publishing;

/// <summary>A kept page is a second name for the last build's file; where the file system refuses, it is copied.</summary>
public sealed class HardLinkTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sm-link-" + Guid.NewGuid().ToString("N"));

    public HardLinkTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public void A_link_is_the_same_file_under_a_second_name()
    {
        var existing = Path.Combine(_folder, "a.html");
        var link = Path.Combine(_folder, "b.html");
        File.WriteAllText(existing, "first");
        Assert.True(HardLink.TryCreate(existing, link));
        File.AppendAllText(existing, " and more");
        Assert.Equal("first and more", File.ReadAllText(link));
        File.Delete(existing);
        Assert.Equal("first and more", File.ReadAllText(link)); // the old folder goes; the kept page stays
    }

    [Fact]
    public void A_link_is_refused_over_an_existing_file_and_the_output_copies_instead()
    {
        var existing = Path.Combine(_folder, "a.html");
        File.WriteAllText(existing, "last build");
        var output = new DirectoryOutput(Path.Combine(_folder, "out"));
        output.WriteText("page/index.html", "in the way");
        Assert.False(HardLink.TryCreate(existing, Path.Combine(output.Root, "page", "index.html")));
        output.KeepFile("page/index.html", existing);
        Assert.Equal("last build", File.ReadAllText(Path.Combine(output.Root, "page", "index.html")));
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { }
    }
}
