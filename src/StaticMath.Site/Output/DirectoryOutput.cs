using System.Text;

namespace StaticMath.Site.Output;

/// <summary>Writes the site into a folder (the working folder of an <see cref="AtomicOutput"/>).</summary>
public sealed class DirectoryOutput(string root) : ISiteOutput
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public string Root { get; } = root;

    public void WriteText(string relativePath, string text) => File.WriteAllText(Prepare(relativePath), text, Utf8);

    public void WriteText(string relativePath, Liquid.PageText text)
    {
        // The writer's encoder carries a surrogate pair that one piece ends and the next begins.
        // A 32K-character buffer encoded straight into the file (the stream keeps no buffer of its own).
        using var file = new FileStream(Prepare(relativePath), FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 0);
        using var writer = new StreamWriter(file, Utf8, bufferSize: 1 << 15);
        foreach (var piece in text.Pieces) writer.Write(piece);
    }

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
