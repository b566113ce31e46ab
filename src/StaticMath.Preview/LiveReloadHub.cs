using System.Collections.Concurrent;
using System.Threading.Channels;

namespace StaticMath.Preview;

/// <summary>
/// The browsers listening for reloads: each Server-Sent Events connection gets a channel; a finished rebuild writes
/// one event to all of them, so every open tab reloads.
/// </summary>
public sealed class LiveReloadHub
{
    public const string EndpointPath = "/__staticmath/live-reload";

    private readonly ConcurrentDictionary<Guid, Channel<string>> _clients = new();

    public int ClientCount => _clients.Count;

    /// <summary>Tells every connected browser that the site changed.</summary>
    public void Broadcast(long buildNumber)
    {
        foreach (var client in _clients.Values)
            client.Writer.TryWrite($"event: reload\ndata: {buildNumber}\n\n");
    }

    /// <summary>Streams events to one browser until it disconnects or the server stops.</summary>
    public async Task StreamAsync(Stream body, Func<CancellationToken, Task> flush, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid();
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        _clients[id] = channel;
        try
        {
            // A comment line opens the stream at once (and tells the client it is connected).
            await WriteAsync(": connected\n\n");
            await foreach (var message in channel.Reader.ReadAllAsync(cancellationToken))
                await WriteAsync(message);
        }
        catch (OperationCanceledException)
        {
            // The browser went away or the server is stopping.
        }
        finally
        {
            _clients.TryRemove(id, out _);
        }

        async Task WriteAsync(string text)
        {
            await body.WriteAsync(System.Text.Encoding.UTF8.GetBytes(text), cancellationToken);
            await flush(cancellationToken);
        }
    }

    /// <summary>Ends every stream (server shutdown).</summary>
    public void Close()
    {
        foreach (var client in _clients.Values) client.Writer.TryComplete();
    }
}
