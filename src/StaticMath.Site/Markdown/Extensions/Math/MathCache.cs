using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using StaticMath.Math;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// Typeset equations on disk (<c>.staticmath/cache/</c> in the site folder), one JSON file per key, so a rebuild only
/// typesets new or changed equations. Entries are written atomically (temp file + rename) and never trusted blindly:
/// an unreadable, truncated or mismatched entry is a miss and gets rewritten. Safe for parallel page builds.
/// </summary>
public sealed class MathCache
{
    private const int FormatVersion = 1;
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public MathCache(string directory)
    {
        Directory = directory;
    }

    public string Directory { get; }

    public static string DirectoryFor(string siteDirectory) => Path.Combine(siteDirectory, ".staticmath", "cache");

    /// <summary>A file-name-safe key from the engine's cache key plus whatever else changes the output.</summary>
    public static string KeyFor(string engineKey, GlyphMode glyphMode, IEnumerable<KeyValuePair<string, string>> resolvedReferences)
    {
        var text = new StringBuilder(engineKey).Append('\n').Append(glyphMode).Append('\n').Append(MathEngineInfo.BuildStamp);
        foreach (var (label, value) in resolvedReferences.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append('\n').Append(label).Append('=').Append(value);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public bool TryGet(string key, out MathResult result)
    {
        result = null!;
        var path = PathFor(key);
        try
        {
            if (!File.Exists(path))
            {
                return false;
            }

            var entry = JsonSerializer.Deserialize<CacheEntry>(File.ReadAllBytes(path), Json);
            if (entry is not { Format: FormatVersion, Result: { Svg.Length: > 0 } cached } || entry.Key != key)
            {
                return false;
            }

            result = cached;
            return true;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException or InvalidOperationException)
        {
            // Corrupt or half-written: a miss; the fresh result overwrites it.
            return false;
        }
    }

    public void Put(string key, MathResult result)
    {
        var path = PathFor(key);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(new CacheEntry(FormatVersion, key, result), Json));
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only costs time on the next build.
            TryDelete(temp);
        }
    }

    private string PathFor(string key) => Path.Combine(Directory, key[..2], key + ".json");

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left-over temp files are harmless.
        }
    }

    private sealed record CacheEntry(int Format, string Key, MathResult Result);
}
