using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;

namespace StaticMath.Preview;

/// <summary>
/// Answers one request from the in-memory site: the live-reload stream, the error page while the build is broken,
/// the site's files with their content types (HTML with the live-reload script), <c>index.html</c> for folders and
/// the site's <c>404.html</c> for anything else.
/// </summary>
internal sealed class PreviewRequestHandler(PreviewSite site, LiveReloadHub hub, CancellationToken stopping)
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        if (request.Path.Value == LiveReloadHub.EndpointPath)
        {
            response.ContentType = "text/event-stream";
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
            await hub.StreamAsync(response.Body, response.Body.FlushAsync, linked.Token);
            return;
        }
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var snapshot = site.Snapshot;
        if (snapshot is null)
        {
            // The port is taken before the first build; the page reloads itself when that build is done.
            await WriteHtmlAsync(response, StatusCodes.Status503ServiceUnavailable,
                Encoding.UTF8.GetBytes("<!DOCTYPE html><title>Building…</title><p>StaticMath is building the site; this page reloads when it is ready.</p>"));
            return;
        }
        var requested = request.Path.Value ?? "/";
        if (snapshot.BasePath != "/" && (requested == "/" || requested + "/" == snapshot.BasePath))
        {
            // The site lives under its base path, as it will when published.
            response.Redirect(snapshot.BasePath);
            return;
        }
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? requested;
        var path = RequestPathResolver.Resolve(rawTarget, requested, snapshot.BasePath);

        var file = path is null ? null : FindFile(snapshot, ref path);
        var isHtml = path is null || path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || file is null;
        if (snapshot.HasErrors && isHtml)
        {
            await WriteHtmlAsync(response, StatusCodes.Status500InternalServerError, Encoding.UTF8.GetBytes(ErrorPage.Render(snapshot, site.SiteDirectory)));
            return;
        }
        if (file is null)
        {
            var notFound = snapshot.Output.Find("404.html");
            await WriteHtmlAsync(response, StatusCodes.Status404NotFound, notFound is null ? Encoding.UTF8.GetBytes("<!DOCTYPE html><title>Not found</title><p>Not found</p>") : await ReadAllAsync(notFound));
            return;
        }

        try
        {
            await WriteFileAsync(context, file, path!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && !response.HasStarted)
        {
            // A copied file is read from disk when asked for; renamed or deleted since the build, it is gone until the
            // rebuild the change started, which reloads the page.
            await WriteHtmlAsync(response, StatusCodes.Status404NotFound, Encoding.UTF8.GetBytes(
                "<!DOCTYPE html><title>Changed on disk</title><p>" + System.Net.WebUtility.HtmlEncode(path) +
                " was moved or deleted after the last build; this page reloads when the rebuild is done.</p>"));
        }
    }

    private static async Task WriteFileAsync(HttpContext context, Site.Output.MemoryOutputFile file, string path)
    {
        var response = context.Response;
        if (!ContentTypes.TryGetContentType(path, out var contentType)) contentType = "application/octet-stream";
        if (contentType.StartsWith("text/html", StringComparison.Ordinal))
        {
            await WriteHtmlAsync(response, StatusCodes.Status200OK, await ReadAllAsync(file));
            return;
        }
        await using var stream = file.OpenRead();
        response.ContentType = contentType;
        if (HttpMethods.IsHead(context.Request.Method)) return;
        await stream.CopyToAsync(response.Body, context.RequestAborted);
    }

    /// <summary>The file for a site path; a folder's <c>index.html</c> when the path names a folder without its slash.</summary>
    private Site.Output.MemoryOutputFile? FindFile(PreviewSnapshot snapshot, ref string? path)
    {
        var file = snapshot.Output.Find(path!);
        if (file is null && !Path.HasExtension(path))
        {
            var index = path + "/index.html";
            file = snapshot.Output.Find(index);
            if (file is not null) path = index;
        }
        if (file?.SourcePath is { } source && !InsideSite(source)) return null;
        return file;
    }

    /// <summary>A copied file must really be inside the site: a symbolic link pointing out of it is not served.</summary>
    private bool InsideSite(string sourcePath)
    {
        var root = Path.GetFullPath(site.SiteDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var info = new FileInfo(sourcePath);
        var target = info.LinkTarget is not null ? info.ResolveLinkTarget(returnFinalTarget: true)?.FullName : info.FullName;
        if (target is null) return false;
        // A folder on the way may be a link too.
        var real = RealPath(target);
        return real.StartsWith(root, StringComparison.Ordinal) || real.StartsWith(RealPath(root.TrimEnd(Path.DirectorySeparatorChar)) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    private static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var parts = full.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var current = Path.DirectorySeparatorChar.ToString();
        foreach (var part in parts)
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } resolved)
                current = resolved.FullName;
        }
        return current;
    }

    private static async Task<byte[]> ReadAllAsync(Site.Output.MemoryOutputFile file)
    {
        if (file.Text is not null) return Encoding.UTF8.GetBytes(file.Text);
        await using var stream = file.OpenRead();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    private static async Task WriteHtmlAsync(HttpResponse response, int status, byte[] html)
    {
        response.StatusCode = status;
        response.ContentType = "text/html; charset=utf-8";
        var body = LiveReloadScript.InjectInto(html);
        response.ContentLength = body.Length;
        if (HttpMethods.IsHead(response.HttpContext.Request.Method)) return;
        await response.Body.WriteAsync(body);
    }
}
