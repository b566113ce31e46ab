using System.Text;

namespace StaticMath.Site.Output;

/// <summary>Writes the site into a folder (the working folder of an <see cref="AtomicOutput"/>).</summary>
public sealed class DirectoryOutput(string root) : ISiteOutput
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public string Root { get; } = root;

    public void WriteText(string relativePath, string text) => File.WriteAllText(Prepare(relativePath), text, Utf8);

    public void CopyFile(string relativePath, string sourceFullPath) => File.Copy(sourceFullPath, Prepare(relativePath), overwrite: true);

    public void KeepFile(string relativePath, string previousFullPath)
    {
        var target = Prepare(relativePath);
        if (!HardLink.TryCreate(previousFullPath, target)) File.Copy(previousFullPath, target, overwrite: true);
    }

    public void CopyStream(string relativePath, Func<Stream> open)
    {
        using var source = open();
        using var destination = File.Create(Prepare(relativePath));
        source.CopyTo(destination);
    }

    private string Prepare(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relativePath));
        // The builder only produces safe paths; this is the last line of defence against writing outside the output.
        if (!full.StartsWith(Path.GetFullPath(Root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new IOException($"'{relativePath}' is outside the output folder");
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return full;
    }
}
