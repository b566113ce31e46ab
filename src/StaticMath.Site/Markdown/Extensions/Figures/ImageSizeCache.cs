using System.Collections.Concurrent;
using SkiaSharp;

namespace StaticMath.Site.Markdown.Extensions.Figures;

/// <summary>
/// Pixel sizes of local image files, read once per build from the file header with SkiaSharp's codec (no pixel
/// decoding). Shared by all page builds: thread-safe, each file read at most once.
/// </summary>
public sealed class ImageSizeCache
{
    private readonly ConcurrentDictionary<string, Lazy<ImageSize?>> _sizes = new(StringComparer.Ordinal);

    /// <summary>The size of the image at <paramref name="fullPath"/>, or null when the file is not a readable raster image.</summary>
    public ImageSize? Get(string fullPath) =>
        _sizes.GetOrAdd(fullPath, path => new Lazy<ImageSize?>(() => Read(path), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private static ImageSize? Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var codec = SKCodec.Create(stream);
            if (codec is null) return null;
            var info = codec.Info;
            return info.Width > 0 && info.Height > 0 ? new ImageSize(info.Width, info.Height) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

public readonly record struct ImageSize(int Width, int Height);
