using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using StaticMath.Preview;
using StaticMath.Site.Build;

namespace StaticMath.Cli.Commands;

/// <summary>
/// <c>staticmath serve</c>: builds the site into memory and serves it on loopback with live reload; rebuilds on every
/// save. For writing only: nothing is written to the output folder, and <c>build</c> output never has the reload script.
/// </summary>
public static class ServeCommand
{
    public static readonly Option<int> Port = new("--port", "-p") { Description = "Port to listen on (0 picks a free one)", DefaultValueFactory = _ => 4000 };
    public static readonly Option<string> Host = HostOption();
    public static readonly Option<bool> Open = new("--open") { Description = "Open the site in the default browser" };

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
                server = await PreviewServer.StartAsync(options, Report, cancellationToken);
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"staticmath: cannot listen on {options.Host}:{options.Port}: {e.Message}");
                return CommandLineApp.Failure;
            }
            await using (server)
            {
                Console.WriteLine($"Serving {source} at {server.Address} (live reload on; Ctrl+C to stop)");
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

    private static void Report(PreviewSnapshot snapshot)
    {
        foreach (var diagnostic in snapshot.Result.Diagnostics) Console.Error.WriteLine(diagnostic);
        var ms = snapshot.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        var state = snapshot.HasErrors ? $"{snapshot.Result.ErrorCount} error(s) — the browser shows them" : "ok";
        Console.WriteLine($"build {snapshot.Number}: {ms} ms, {snapshot.BodiesRendered} page(s) rendered, {snapshot.PagesLaidOut} laid out, {snapshot.Result.WarningCount} warning(s), {state}");
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
