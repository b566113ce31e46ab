namespace StaticMath.Site.Tests.Check;

/// <summary>A throw-away built-site folder for checker tests.</summary>
internal sealed class OutputFolder : IDisposable
{
    public OutputFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "sm-check-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public OutputFolder Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    /// <summary>A well-formed page as our theme writes it, with <paramref name="body"/> inside the content element.</summary>
    public OutputFolder Page(string relativePath, string body, string head = "") =>
        Write(relativePath, Html(body, head));

    public static string Html(string body, string head = "") =>
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"generator\" content=\"StaticMath 0.1.0\">\n" +
        "<title>t</title>\n" + head + "</head>\n<body>\n<main data-staticmath-content>\n" + body + "\n</main>\n</body>\n</html>\n";

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }
}
