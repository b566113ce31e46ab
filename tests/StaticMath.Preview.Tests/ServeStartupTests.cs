using System.Net;
using System.Net.Sockets;
using StaticMath.Site.Core;

namespace StaticMath.Preview.Tests;

/// <summary>
/// How <c>serve</c> starts and what it answers when the disk changes under it: a busy port is replaced by a free one
/// before the site is built; "every interface" is told apart from the address to open; a file gone since the build is
/// a page saying so, not an empty HTTP 500.
/// </summary>
public sealed class ServeStartupTests : IDisposable
{
    private readonly TestSite _site = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    private PreviewOptions Options(int port, string host = "127.0.0.1") => new()
    {
        Build = new BuildOptions { SourceDirectory = _site.Directory, NoCache = true },
        Port = port,
        Host = host,
        // No rebuild during the test: what is served is the first build, whatever happens on disk.
        Debounce = TimeSpan.FromHours(1),
    };

    [Fact]
    public async Task A_busy_port_is_replaced_by_a_free_one_and_known_before_the_first_build()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var busy = ((IPEndPoint)taken.LocalEndpoint).Port;
        var buildsWhenListening = -1;
        var builds = 0;

        await using var server = await PreviewServer.StartAsync(Options(busy), _ => builds++, onListening: s => buildsWhenListening = builds);

        Assert.Equal(busy, server.BusyPort);
        Assert.NotEqual(busy, server.Address.Port);
        Assert.Equal(0, buildsWhenListening);
        Assert.Contains("The first post", await _http.GetStringAsync(new Uri(server.Address, "posts/first/")));
    }

    [Fact]
    public async Task A_free_port_is_used_as_asked()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        await using var server = await PreviewServer.StartAsync(Options(port));
        Assert.Null(server.BusyPort);
        Assert.Equal(port, server.Address.Port);
    }

    [Fact]
    public async Task Every_interface_is_the_bound_address_and_loopback_the_one_to_open()
    {
        await using var server = await PreviewServer.StartAsync(Options(0, "0.0.0.0"));
        Assert.Equal("0.0.0.0", server.BoundAddress.Host);
        Assert.Equal("127.0.0.1", server.Address.Host);
        Assert.Equal(server.Address.Port, server.BoundAddress.Port);
    }

    [Fact]
    public async Task A_file_moved_away_after_the_build_is_a_404_page_that_says_so()
    {
        await using var server = await PreviewServer.StartAsync(Options(0));
        var url = new Uri(server.Address, "files/paper.pdf");
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync(url)).StatusCode);

        File.Move(_site.PathOf("static/files/paper.pdf"), _site.PathOf("static/files/renamed.pdf"));
        var response = await _http.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("was moved or deleted after the last build", body);
        Assert.Contains(LiveReloadScript.Marker, body);
    }

    public void Dispose()
    {
        _http.Dispose();
        _site.Dispose();
    }
}
