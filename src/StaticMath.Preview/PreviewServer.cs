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

    /// <summary>The address the server listens on (<c>http://127.0.0.1:4000/</c>), including the site's base path.</summary>
    public Uri Address { get; private set; } = null!;

    public PreviewSite Site => _site;

    public LiveReloadHub LiveReload => _hub;

    /// <summary>Raised after every build (the first one included), on a background thread.</summary>
    public event Action<PreviewSnapshot>? Rebuilt;

    /// <summary>Builds the site once, then starts serving and watching.</summary>
    public static async Task<PreviewServer> StartAsync(PreviewOptions options, Action<PreviewSnapshot>? onBuilt = null, CancellationToken cancellationToken = default)
    {
        var server = new PreviewServer(options);
        if (onBuilt is not null) server.Rebuilt += onBuilt;
        try
        {
            server.RebuildNow(cancellationToken);
            await server.StartHttpAsync(cancellationToken);
            server._watcher = new SiteWatcher(server._site.SiteDirectory, options.Debounce, () => server._dirty.Writer.TryWrite(true));
            server._rebuildLoop = Task.Run(server.RebuildLoopAsync);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private void RebuildNow(CancellationToken cancellationToken)
    {
        var snapshot = _site.Rebuild(cancellationToken);
        Rebuilt?.Invoke(snapshot);
        _hub.Broadcast(snapshot.Number);
    }

    private async Task RebuildLoopAsync()
    {
        try
        {
            while (await _dirty.Reader.WaitToReadAsync(_stopping.Token))
            {
                while (_dirty.Reader.TryRead(out _)) { }
                RebuildNow(_stopping.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private async Task StartHttpAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = _site.SiteDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel =>
        {
            var address = _options.Host == "localhost" ? IPAddress.Loopback : IPAddress.Parse(_options.Host);
            kestrel.Listen(address, _options.Port);
        });
        _app = builder.Build();
        var handler = new PreviewRequestHandler(_site, _hub, _stopping.Token);
        var hosts = new HostHeaderGuard(_options.Host);
        _app.Use((context, next) => hosts.HandleAsync(context, next));
        _app.Run(handler.HandleAsync);
        await _app.StartAsync(cancellationToken);
        var listening = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var basePath = _site.Snapshot?.BasePath ?? "/";
        Address = new Uri(new Uri(listening.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal)), basePath);
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
        _stopping.Dispose();
    }
}
