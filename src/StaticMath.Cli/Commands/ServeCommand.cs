using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using StaticMath.Preview;
using StaticMath.Site.Core;

namespace StaticMath.Cli.Commands;

/// <summary>
/// <c>staticmath serve</c>: builds the site into memory and serves it on loopback with live reload; rebuilds on every
/// save. For writing only: nothing is written to the output folder, and <c>build</c> output never has the reload script.
/// </summary>
public static class ServeCommand
{
    public static readonly Option<int> Port = PortOption();
    public static readonly Option<string> Host = HostOption();
    public static readonly Option<bool> Open = new("--open") { Description = "Open the site in the default browser" };

    /// <summary>A port out of range is a usage error here, not an exception inside the server.</summary>
    private static Option<int> PortOption()
    {
        var option = new Option<int>("--port", "-p")
        {
            Description = "Port to listen on (a busy one is replaced by a free one; 0 picks a free one)",
            DefaultValueFactory = _ => 4000,
        };
        option.Validators.Add(result =>
        {
            var port = result.GetValueOrDefault<int>();
            if (port is < 0 or > 65535)
                result.AddError($"--port must be between 0 and 65535 (0 picks a free one), not {port}");
        });
        return option;
    }

    /// <summary>Kestrel listens on an IP address (or localhost); a name is refused here as a usage error rather than
    /// failing inside the server with a stack trace.</summary>
    private static Option<string> HostOption()
    {
        var option = new Option<string>("--host") { Description = "Address to listen on", DefaultValueFactory = _ => "127.0.0.1" };
        option.Validators.Add(result =>
        {
            var host = result.GetValueOrDefault<string>();
            if (host != "localhost" && !System.Net.IPAddress.TryParse(host, out _))
                result.AddError($"--host must be an IP address or 'localhost', not '{host}'");
        });
        return option;
    }

    public static Command Create()
    {
        var command = new Command("serve", "Preview the site: build it into memory, serve it on loopback, rebuild and reload the browser on every change");
        foreach (var option in new Option[] { SiteSource.Option, BuildCommand.Drafts, BuildCommand.Future, BuildCommand.BaseUrl, BuildCommand.NoCache, Port, Host, Open })
            command.Options.Add(option);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var source = SiteSource.Resolve(parse);
            if (source is null) return CommandLineApp.Usage;
            var options = new PreviewOptions
            {
                Build = new BuildOptions
                {
                    SourceDirectory = source,
                    IncludeDrafts = parse.GetValue(BuildCommand.Drafts),
                    IncludeFuture = parse.GetValue(BuildCommand.Future),
                    BaseUrl = parse.GetValue(BuildCommand.BaseUrl),
                    NoCache = parse.GetValue(BuildCommand.NoCache),
                    Tool = ToolCommands.Describe(parse.RootCommandResult.Command),
                },
                Host = parse.GetValue(Host) ?? "127.0.0.1",
                Port = parse.GetValue(Port),
            };

            PreviewServer server;
            try
            {
                server = await PreviewServer.StartAsync(options, new ServeReport().Print, cancellationToken: cancellationToken, onListening: listening =>
                {
                    if (listening.BusyPort is { } busy)
                        Console.WriteLine($"Port {busy} is in use; serving on port {listening.Address.Port} instead.");
                });
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"staticmath: cannot listen on {options.Host}:{options.Port}: {e.Message}");
                return CommandLineApp.Failure;
            }
            await using (server)
            {
                var bound = server.BoundAddress == server.Address ? "" : $" (listening on {server.BoundAddress.Host}, every network interface)";
                Console.WriteLine($"Serving {source} at {server.Address}{bound} (live reload on; Ctrl+C to stop)");
                if (parse.GetValue(Open)) OpenBrowser(server.Address);
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    Console.WriteLine("Stopping.");
                }
            }
            return CommandLineApp.Success;
        });
        return command;
    }


    private static void OpenBrowser(Uri address)
    {
        var opener = OperatingSystem.IsWindows() ? "explorer" : OperatingSystem.IsMacOS() ? "open" : "xdg-open";
        try
        {
            Process.Start(new ProcessStartInfo(opener, address.ToString()) { UseShellExecute = false })?.Dispose();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            Console.Error.WriteLine($"staticmath: could not open a browser ({e.Message}); open {address} yourself");
        }
    }
}
