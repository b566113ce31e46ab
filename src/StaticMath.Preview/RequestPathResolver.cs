namespace StaticMath.Preview;

/// <summary>
/// Maps a request path to a path inside the built site, or null. Only the site's own files can be named: anything
/// that tries to leave it (<c>..</c> in any spelling, backslashes, NUL, absolute or drive paths) resolves to null.
/// </summary>
public static class RequestPathResolver
{
    /// <summary>
    /// <paramref name="rawTarget"/> is the request target as sent (before the server decoded or normalised it);
    /// <paramref name="decodedPath"/> the decoded path; <paramref name="basePath"/> the site's path prefix (<c>/</c> or <c>/notes/</c>).
    /// </summary>
    public static string? Resolve(string rawTarget, string decodedPath, string basePath)
    {
        if (LooksLikeTraversal(rawTarget) || LooksLikeTraversal(decodedPath)) return null;
        if (!decodedPath.StartsWith('/')) return null;
        var prefix = basePath.EndsWith('/') ? basePath : basePath + "/";
        if (!decodedPath.StartsWith(prefix, StringComparison.Ordinal))
        {
            // "/notes" without its slash is the site's root too.
            if (decodedPath + "/" == prefix) decodedPath = prefix;
            else return null;
        }
        var relative = decodedPath[prefix.Length..];
        if (relative.StartsWith('/')) return null;
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }

    private static bool LooksLikeTraversal(string path)
    {
        var query = path.IndexOf('?');
        if (query >= 0) path = path[..query];
        var text = path;
        // Decode repeatedly: %252e%252e is ".." after two rounds, and some servers decode twice.
        for (var i = 0; i < 3; i++)
        {
            var decoded = Uri.UnescapeDataString(text);
            if (decoded == text) break;
            text = decoded;
        }
        if (text.Contains('\\') || text.Contains('\0') || text.Contains("//", StringComparison.Ordinal)) return true;
        // "..", "...", ". ." and drive letters ("C:") are never segments of a site path.
        return text.Split('/').Any(segment => segment.Trim().Trim('.').Length == 0 && segment.Contains("..", StringComparison.Ordinal)
                                               || segment == "."
                                               || segment.Length >= 2 && char.IsAsciiLetter(segment[0]) && segment[1] == ':');
    }
}
