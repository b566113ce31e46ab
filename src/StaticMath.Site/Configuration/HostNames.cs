namespace StaticMath.Site.Configuration;

/// <summary>What a host name setting (<c>cname:</c>) must look like; the loader reports it, the output writes it.</summary>
public static class HostNames
{
    /// <summary>A DNS name with at least one dot (<c>notes.example.org</c>), not a URL.</summary>
    public static bool IsHostName(string text) =>
        Uri.CheckHostName(text) == UriHostNameType.Dns && text.Contains('.') && !text.EndsWith('.');
}
