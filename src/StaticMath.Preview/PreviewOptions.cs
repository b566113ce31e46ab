using StaticMath.Site.Core;

namespace StaticMath.Preview;

/// <summary>What <c>staticmath serve</c> was asked for.</summary>
public sealed class PreviewOptions
{
    /// <summary>The build options (source folder, drafts, future, base URL); the output folder is not used.</summary>
    public required BuildOptions Build { get; init; }

    public string Host { get; init; } = "127.0.0.1";

    /// <summary>0 picks a free port.</summary>
    public int Port { get; init; } = 4000;

    /// <summary>Quiet time after the last file event before rebuilding (editors save in several steps).</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(20);
}
