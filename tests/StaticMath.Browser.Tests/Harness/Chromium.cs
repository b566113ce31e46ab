using Microsoft.Playwright;

namespace StaticMath.Browser.Tests.Harness;

/// <summary>
/// The system Chromium (Debian's package) driven by Playwright. We never download a browser: when it is missing the
/// tests fail with instructions instead of passing silently.
/// </summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--disable-quic",
        // Same glyph rasterisation across machines: screenshots and measurements do not depend on the host's hinting.
        "--font-render-hinting=none",
    ];

    public static void EnsureInstalled()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException(
                $"Browser tests need Chromium at {ExecutablePath} and it is missing. Install it with " +
                "`apt-get install -y chromium` (.ci/run does this). Playwright's own browser downloads are not used.");
    }

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        EnsureInstalled();
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Arguments,
            Timeout = 60_000,
        });
    }
}
