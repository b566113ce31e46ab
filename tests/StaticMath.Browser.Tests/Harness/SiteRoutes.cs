using Microsoft.Playwright;

namespace StaticMath.Browser.Tests.Harness;

/// <summary>
/// Serves a built output folder to the browser under <see cref="Origin"/> by intercepting requests (no socket, no
/// port to race for). Directory URLs map to index.html like a static host; any other origin is refused, so a page
/// that reaches for the network fails visibly instead of hanging.
/// </summary>
internal static class SiteRoutes
{
    public const string Origin = "http://staticmath.test";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".xml"] = "application/xml",
        [".json"] = "application/json",
        [".js"] = "text/javascript; charset=utf-8",
        [".woff2"] = "font/woff2",
        [".txt"] = "text/plain; charset=utf-8",
    };

    public static async Task ServeAsync(IBrowserContext context, string outputDirectory, List<RefusedRequest> refusedRequests)
    {
        await context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (!route.Request.Url.StartsWith(Origin + "/", StringComparison.Ordinal))
            {
                lock (refusedRequests) refusedRequests.Add(new RefusedRequest { Url = route.Request.Url, ResourceType = route.Request.ResourceType });
                await route.AbortAsync("blockedbyclient");
                return;
            }

            var file = FindFile(outputDirectory, Uri.UnescapeDataString(url.AbsolutePath));
            if (file is null)
            {
                await route.FulfillAsync(new RouteFulfillOptions { Status = 404, ContentType = "text/plain", Body = "not found" });
                return;
            }
            ContentTypes.TryGetValue(Path.GetExtension(file), out var type);
            await route.FulfillAsync(new RouteFulfillOptions
            {
                Status = 200,
                ContentType = type ?? "application/octet-stream",
                BodyBytes = await File.ReadAllBytesAsync(file),
            });
        });
    }

    private static string? FindFile(string root, string urlPath)
    {
        var relative = urlPath.TrimStart('/');
        if (relative.Contains("..", StringComparison.Ordinal))
            return null;
        var path = Path.Combine(root, relative);
        if (relative.Length == 0 || relative.EndsWith('/') || Directory.Exists(path))
            path = Path.Combine(path, "index.html");
        return File.Exists(path) ? path : null;
    }
}
