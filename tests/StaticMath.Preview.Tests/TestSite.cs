namespace StaticMath.Preview.Tests;

/// <summary>A small site in a temporary folder: configuration, a few posts with math, a page, an include, files.</summary>
internal sealed class TestSite : IDisposable
{
    public TestSite(string baseUrl = "https://example.org/")
    {
        Directory = Path.Combine(Path.GetTempPath(), "sm-preview-" + Guid.NewGuid().ToString("N"));
        Write("staticmath.yml", $"title: Preview test\nbaseUrl: {baseUrl}\npaginate: 2\n");
        Write("content/posts/2024-01-01-first.md", "---\ntitle: First\ntags: [alpha]\n---\n\nThe first post: $a^2+b^2=c^2$.\n");
        Write("content/posts/2024-01-02-second.md", "---\ntitle: Second\ntags: [alpha]\n---\n\nSecond post with {% include note.html %}.\n");
        Write("content/posts/2024-01-03-third.md", "---\ntitle: Third\n---\n\n$$\\int_0^1 x\\,dx = \\tfrac12$$\n");
        Write("content/about.md", "---\ntitle: About\n---\n\nAbout this site.\n");
        Write("_includes/note.html", "<em>an included note</em>");
        Write("static/files/paper.pdf", "%PDF-1.4 test");
        Write("static/fonts/face.woff2", "wOF2");
        Write("static/images/dot.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>");
    }

    public string Directory { get; }

    public string PathOf(string relative) => Path.Combine(Directory, relative);

    public void Write(string relative, string text)
    {
        var full = PathOf(relative);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    /// <summary>Writes the way many editors save: a temporary file renamed over the original.</summary>
    public void SaveLikeAnEditor(string relative, string text)
    {
        var full = PathOf(relative);
        var temp = full + ".tmp~";
        File.WriteAllText(temp, text);
        File.Move(temp, full, overwrite: true);
    }

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Directory, recursive: true); }
        catch (IOException) { }
    }
}
