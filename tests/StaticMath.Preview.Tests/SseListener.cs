using System.Text;

namespace StaticMath.Preview.Tests;

/// <summary>Reads a Server-Sent Events stream in the background and collects what arrived.</summary>
internal sealed class SseListener : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly StringBuilder _received = new();
    private readonly HttpResponseMessage _response;

    private SseListener(HttpResponseMessage response) => _response = response;

    public static async Task<SseListener> ConnectAsync(HttpClient http, Uri url)
    {
        var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var listener = new SseListener(response);
        var stream = await response.Content.ReadAsStreamAsync();
        _ = Task.Run(async () =>
        {
            var buffer = new byte[4096];
            try
            {
                int read;
                while ((read = await stream.ReadAsync(buffer, listener._stop.Token)) > 0)
                    lock (listener._received) listener._received.Append(Encoding.UTF8.GetString(buffer, 0, read));
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException) { }
        });
        // Wait until the server has registered the stream.
        await listener.WaitForAsync(": connected", TimeSpan.FromSeconds(30));
        return listener;
    }

    public async Task<bool> WaitForAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            lock (_received)
            {
                if (_received.ToString().Contains(text, StringComparison.Ordinal)) return true;
            }
            await Task.Delay(20);
        }
        return false;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _response.Dispose();
        _stop.Dispose();
    }
}
