using System.Text;

namespace StaticMath.Site.Output;

/// <summary>Writes the site into a folder (the working folder of an <see cref="AtomicOutput"/>).</summary>
public sealed class DirectoryOutput(string root) : ISiteOutput
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public string Root { get; } = root;

    public void WriteText(string relativePath, string text) => File.WriteAllText(Prepare(relativePath), text, Utf8);

    public void CopyFile(string relativePath, string sourceFullPath) => File.Copy(sourceFullPath, Prepare(relativePath), overwrite: true);

    public void CopyStream(string relativePath, Func<Stream> open)
    {
        using var source = open();
        using var destination = File.Create(Prepare(relativePath));
        source.CopyTo(destination);
    }

    private string Prepare(string relativePath)
    {
        var full = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return full;
    }
}
