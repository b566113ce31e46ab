using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StaticMath.Site.Build;

namespace StaticMath.Preview;

/// <summary>
/// <c>staticmath serve</c>: builds the site into memory, serves it with Kestrel on loopback, rebuilds incrementally when
/// a file changes and tells the open browser tabs to reload. Stopping it (dispose) stops the watcher and releases the port.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly PreviewOptions _options;
    private readonly PreviewSite _site;
    private readonly LiveReloadHub _hub = new();
    private readonly Channel<bool> _dirty = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _stopping = new();
    private WebApplication? _app;
    private SiteWatcher? _watcher;
    private Task? _rebuildLoop;

    private PreviewServer(PreviewOptions options)
    {
        _options = options;
        _site = new PreviewSite(options.Build);
    }

    /// <summary>The address to open on this machine (<c>http://127.0.0.1:4000/</c>), including the site's base path.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>
    /// The address the server is bound to, as given with <c>--host</c> (<c>http://0.0.0.0:4000/</c> listens on every
    /// interface); the same as <see cref="Address"/> for a loopback host.
    /// </summary>
    public Uri BoundAddress { get; private set; } = null!;

    /// <summary>The port asked for when it was taken and a free one was picked instead (as Hugo does); else null.</summary>
    public int? BusyPort { get; private set; }

    public PreviewSite Site => _site;

    public LiveReloadHub LiveReload => _hub;

    /// <summary>Raised after every build (the first one included), on a background thread.</summary>
    public event Action<PreviewSnapshot>? Rebuilt;

    /// <summary>
    /// Takes the port first (a busy one is known at once, not after a long build), builds the site once, then serves
    /// and watches. Requests made during the first build get a page that reloads when it is done.
    /// </summary>
    /// <param name="onListening">Called once the port is taken, before the first build (to say which port it is).</param>
    public static async Task<PreviewServer> StartAsync(PreviewOptions options, Action<PreviewSnapshot>? onBuilt = null,
        Action<PreviewServer>? onListening = null, CancellationToken cancellationToken = default)
    {
        var server = new PreviewServer(options);
        if (onBuilt is not null) server.Rebuilt += onBuilt;
        try
        {
            await server.StartHttpAsync(cancellationToken);
            server.SetAddresses();
            onListening?.Invoke(server);
            // Watching starts before the first build, so a save made while it runs is seen by the next one.
            server._watcher = new SiteWatcher(server._site.SiteDirectory, options.Debounce, () => server._dirty.Writer.TryWrite(true));
            server.RebuildNow(ChangedFiles.Unknown, cancellationToken);
            server._rebuildLoop = Task.Run(server.RebuildLoopAsync, CancellationToken.None); // lives as long as the server, not the start
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private void RebuildNow(ChangedFiles changed, CancellationToken cancellationToken)
    {
        var snapshot = _site.Rebuild(changed, cancellationToken);
        Rebuilt?.Invoke(snapshot);
        _hub.Broadcast(snapshot.Number);
        // After the reload is sent: the browsers fetch the new pages while the math cache is saved.
        _site.FinishRebuild();
    }

    private async Task RebuildLoopAsync()
    {
        try
        {
            while (await _dirty.Reader.WaitToReadAsync(_stopping.Token))
            {
                while (_dirty.Reader.TryRead(out _)) { }
                RebuildNow(_watcher!.TakeChanges(), _stopping.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private async Task StartHttpAsync(CancellationToken cancellationToken)
    {
        try
        {
            _app = await StartAppAsync(_options.Port, cancellationToken);
        }
        catch (IOException) when (_options.Port != 0 && !cancellationToken.IsCancellationRequested)
        {
            // The port is taken (another preview, say): take any free one and say so, as Hugo does.
            BusyPort = _options.Port;
            _app = await StartAppAsync(0, cancellationToken);
        }
    }

    private async Task<WebApplication> StartAppAsync(int port, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = _site.SiteDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(ListenAddress(), port));
        var app = builder.Build();
        var handler = new PreviewRequestHandler(_site, _hub, _stopping.Token);
        var hosts = new HostHeaderGuard(_options.Host);
        app.Use((context, next) => hosts.HandleAsync(context, next));
        app.Run(handler.HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken);
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    private IPAddress ListenAddress() => _options.Host == "localhost" ? IPAddress.Loopback : IPAddress.Parse(_options.Host);

    /// <summary>The bound address as asked for, and the one to open here: loopback for "every interface".</summary>
    private void SetAddresses()
    {
        var port = new Uri(_app!.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;
        var basePath = _site.BasePath();
        var bound = ListenAddress();
        var local = bound.Equals(IPAddress.Any) ? IPAddress.Loopback : bound.Equals(IPAddress.IPv6Any) ? IPAddress.IPv6Loopback : bound;
        BoundAddress = new Uri(new UriBuilder("http", bound.ToString(), port).Uri, basePath);
        Address = new Uri(new UriBuilder("http", local.ToString(), port).Uri, basePath);
    }

    public async ValueTask DisposeAsync()
    {
        if (_stopping.IsCancellationRequested) return;
        _watcher?.Dispose();
        _dirty.Writer.TryComplete();
        _stopping.Cancel();
        _hub.Close();
        if (_rebuildLoop is not null)
        {
            try { await _rebuildLoop; } catch (OperationCanceledException) { }
        }
        if (_app is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _app.StopAsync(timeout.Token);
            await _app.DisposeAsync();
        }
        _site.Dispose();
        _stopping.Dispose();
    }
}
