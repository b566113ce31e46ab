using System.Net;
using Microsoft.AspNetCore.Http;

namespace StaticMath.Preview;

/// <summary>
/// Answers only requests addressed to the preview by a name that cannot be rebound: <c>localhost</c> (and its
/// subdomains, which browsers keep on the loopback), an IP address, or the host <c>serve</c> was told to listen on.
/// A web page on another site that points its own DNS name at 127.0.0.1 (DNS rebinding) would otherwise read the
/// preview, error pages with source lines included; its requests carry that name and are refused.
/// </summary>
internal sealed class HostHeaderGuard(string configuredHost)
{
    public bool Allows(HostString host)
    {
        var name = host.Host.TrimEnd('.');
        if (name.Length == 0) return false;
        if (IPAddress.TryParse(name.Trim('[', ']'), out _)) return true;
        return name.Equals("localhost", StringComparison.OrdinalIgnoreCase)
               || name.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
               || name.Equals(configuredHost, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Runs <paramref name="next"/> for an allowed Host header, else answers 400 saying why.</summary>
    public async Task HandleAsync(HttpContext context, RequestDelegate next)
    {
        if (Allows(context.Request.Host))
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync("staticmath serve answers only requests for localhost, an IP address or the --host it listens on.\n");
    }
}
