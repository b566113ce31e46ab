using System.Net;
using System.Net.Sockets;
using System.Text;
using StaticMath.Site.Core;

namespace StaticMath.Preview.Tests;

public sealed class ServeIntegrationTests : IAsyncLifetime
{
    private readonly TestSite _site = new();
    private PreviewServer _server = null!;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    public async Task InitializeAsync()
    {
        _server = await PreviewServer.StartAsync(new PreviewOptions
        {
            Build = new BuildOptions { SourceDirectory = _site.Directory, NoCache = true },
            Port = 0,
        });
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        _site.Dispose();
    }

    private Uri Url(string path) => new(_server.Address, path.TrimStart('/'));

    [Fact]
    public async Task Edit_shows_new_content_and_sends_reload_then_broken_front_matter_shows_error_page_then_recovers()
    {
        var page = await _http.GetStringAsync(Url("/posts/first/"));
        Assert.Contains("The first post", page);
        Assert.Contains(LiveReloadScript.Marker, page);

        using var events = await SseListener.ConnectAsync(_http, Url(LiveReloadHub.EndpointPath));

        // 1. An edit: the new text is served and a reload event arrives.
        _site.SaveLikeAnEditor("content/posts/2024-01-01-first.md", "---\ntitle: First\ntags: [alpha]\n---\n\nThe EDITED first post: $e^{i\\pi}+1=0$.\n");
        Assert.True(await events.WaitForAsync("event: reload", TimeSpan.FromSeconds(30)), "no reload event after the edit");
        await Eventually(async () => (await _http.GetStringAsync(Url("/posts/first/"))).Contains("The EDITED first post"));

        // 2. Broken front matter: every page shows the error with path(line,col), message and the source line.
        _site.SaveLikeAnEditor("content/posts/2024-01-01-first.md", "---\ntitle: [unclosed\n---\n\nBroken.\n");
        await Eventually(async () => (await _http.GetAsync(Url("/posts/second/"))).StatusCode == HttpStatusCode.InternalServerError);
        var error = await (await _http.GetAsync(Url("/posts/second/"))).Content.ReadAsStringAsync();
        Assert.Matches(@"content/posts/2024-01-01-first\.md\(\d+,\d+\): error SM1101: invalid YAML", error);
        Assert.Matches(@"<pre class=""source-line"">\d+ \| ", error);
        Assert.Contains(LiveReloadScript.Marker, error);

        // 3. The next good save recovers.
        _site.SaveLikeAnEditor("content/posts/2024-01-01-first.md", "---\ntitle: First again\n---\n\nRecovered post.\n");
        await Eventually(async () =>
        {
            var response = await _http.GetAsync(Url("/posts/first/"));
            return response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsStringAsync()).Contains("Recovered post");
        });
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync(Url("/posts/second/"))).StatusCode);
    }

    [Fact]
    public async Task Every_connected_tab_gets_the_reload_event()
    {
        using var first = await SseListener.ConnectAsync(_http, Url(LiveReloadHub.EndpointPath));
        using var second = await SseListener.ConnectAsync(_http, Url(LiveReloadHub.EndpointPath));
        _site.Write("content/about.md", "---\ntitle: About\n---\n\nChanged.\n");
        Assert.True(await first.WaitForAsync("event: reload", TimeSpan.FromSeconds(30)));
        Assert.True(await second.WaitForAsync("event: reload", TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Changing_an_include_rebuilds_the_page_that_uses_it()
    {
        _site.Write("_includes/note.html", "<em>a changed note</em>");
        await Eventually(async () => (await _http.GetStringAsync(Url("/posts/second/"))).Contains("a changed note"));
    }

    [Fact]
    public async Task New_and_deleted_posts_appear_and_disappear()
    {
        _site.Write("content/posts/2024-02-01-fourth.md", "---\ntitle: Fourth\n---\n\nA new post.\n");
        await Eventually(async () => (await _http.GetAsync(Url("/posts/fourth/"))).StatusCode == HttpStatusCode.OK);
        Assert.Contains("Fourth", await _http.GetStringAsync(Url("/")));
        File.Delete(_site.PathOf("content/posts/2024-02-01-fourth.md"));
        await Eventually(async () => (await _http.GetAsync(Url("/posts/fourth/"))).StatusCode == HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/../staticmath.yml")]
    [InlineData("/%2e%2e/staticmath.yml")]
    [InlineData("/%2E%2E/%2E%2E/etc/passwd")]
    [InlineData("/posts/..%2f..%2fstaticmath.yml")]
    [InlineData("/posts/%2e%2e%2f%2e%2e%2fstaticmath.yml")]
    [InlineData("/%252e%252e/staticmath.yml")]
    [InlineData("/..%5c..%5cstaticmath.yml")]
    [InlineData("/posts/..\\..\\staticmath.yml")]
    [InlineData("//etc/passwd")]
    [InlineData("/C:/Windows/win.ini")]
    [InlineData("/content/posts/2024-01-01-first.md")]
    public async Task Traversal_attempts_are_not_found(string target)
    {
        var (status, body) = await RawGetAsync(target);
        Assert.Equal(404, status);
        Assert.DoesNotContain("baseUrl", body);
        Assert.DoesNotContain("root:", body);
    }

    [Fact]
    public async Task A_symlink_pointing_out_of_the_site_is_not_served()
    {
        var outside = Path.Combine(Path.GetTempPath(), "sm-outside-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(outside, "SECRET OUTSIDE");
        try
        {
            File.CreateSymbolicLink(_site.PathOf("static/leak.txt"), outside);
            // The build refuses the link where it is (and the preview shows that error), and never reads it.
            await Eventually(async () => _server.Site.Snapshot!.Result.Diagnostics.Any(d => d.Code == "SM1402" && d.Path == "static/leak.txt"));
            Assert.Null(_server.Site.Snapshot!.Output.Find("leak.txt"));
            var response = await _http.GetAsync(Url("/leak.txt"));
            Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("SECRET", await response.Content.ReadAsStringAsync());
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Theory]
    [InlineData("/images/dot.svg", "image/svg+xml")]
    [InlineData("/fonts/face.woff2", "font/woff2")]
    [InlineData("/feed.xml", "xml")]
    [InlineData("/files/paper.pdf", "application/pdf")]
    [InlineData("/posts/first/", "text/html")]
    [InlineData("/posts/first", "text/html")]
    public async Task Files_are_served_with_their_content_types(string path, string expected)
    {
        var response = await _http.GetAsync(Url(path));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, response.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task A_miss_gets_the_sites_404_page_with_status_404()
    {
        var response = await _http.GetAsync(Url("/no/such/page/"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("not found", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<html", html);
    }

    private async Task<(int Status, string Body)> RawGetAsync(string target)
    {
        // HttpClient normalises "..", so the request line is written by hand to send the target as is.
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(_server.Address.Host, _server.Address.Port);
        await using var stream = tcp.GetStream();
        var request = $"GET {target} HTTP/1.1\r\nHost: {_server.Address.Authority}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        var status = int.Parse(text.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, text);
    }

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            if (await condition()) return;
            if (DateTime.UtcNow > deadline) Assert.Fail("the condition did not become true within 30 s");
            await Task.Delay(50);
        }
    }
}

public sealed class ServeBasePathTests : IAsyncLifetime
{
    private readonly TestSite _site = new("https://user.github.io/notes/");
    private PreviewServer _server = null!;
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };

    public async Task InitializeAsync() =>
        _server = await PreviewServer.StartAsync(new PreviewOptions { Build = new BuildOptions { SourceDirectory = _site.Directory, NoCache = true }, Port = 0 });

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task The_site_is_served_under_its_base_path()
    {
        Assert.EndsWith("/notes/", _server.Address.AbsolutePath);
        var root = new Uri(_server.Address.GetLeftPart(UriPartial.Authority));
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync(new Uri(root, "/notes/posts/first/"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync(new Uri(root, "/posts/first/"))).StatusCode);
        var redirect = await _http.GetAsync(root);
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal("/notes/", redirect.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Stopping_releases_the_port()
    {
        var port = _server.Address.Port;
        await _server.DisposeAsync();
        using var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        listener.Stop();
    }
}
