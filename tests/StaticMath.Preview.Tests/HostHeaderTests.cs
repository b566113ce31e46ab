using System.Net;
using System.Net.Sockets;
using System.Text;
using StaticMath.Site.Core;

namespace StaticMath.Preview.Tests;

/// <summary>
/// DNS rebinding: a page on evil.example that resolves its name to 127.0.0.1 sends <c>Host: evil.example</c>; the
/// preview must not answer it (error pages quote source lines), while localhost and IP addresses still work.
/// </summary>
public sealed class HostHeaderTests : IAsyncLifetime
{
    private readonly TestSite _site = new();
    private PreviewServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await PreviewServer.StartAsync(new PreviewOptions { Build = new BuildOptions { SourceDirectory = _site.Directory, NoCache = true }, Port = 0 });

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _site.Dispose();
    }

    /// <summary>Sends a raw request with exactly this Host header and returns the status line and body.</summary>
    private async Task<string> GetWithHost(string host)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, _server.Address.Port);
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET /posts/first/ HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:4000")]
    [InlineData("localhost.evil.example")]
    [InlineData("127.0.0.1.nip.io")]
    public async Task A_foreign_host_name_is_refused(string host)
    {
        var response = await GetWithHost(host);
        Assert.StartsWith("HTTP/1.1 400", response, StringComparison.Ordinal);
        Assert.DoesNotContain("The first post", response, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("localhost:4000")]
    [InlineData("LOCALHOST")]
    [InlineData("127.0.0.1:4000")]
    [InlineData("[::1]:4000")]
    [InlineData("notes.localhost")]
    public async Task Loopback_names_and_addresses_are_served(string host)
    {
        var response = await GetWithHost(host);
        Assert.StartsWith("HTTP/1.1 200", response, StringComparison.Ordinal);
        Assert.Contains("The first post", response, StringComparison.Ordinal);
    }
}
