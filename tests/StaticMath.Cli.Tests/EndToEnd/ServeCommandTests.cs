using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace StaticMath.Cli.Tests.EndToEnd;

/// <summary>The installed tool's <c>serve</c>: serves on a free loopback port, writes nothing to <c>_site</c>, stops
/// cleanly on Ctrl+C (SIGINT) and releases the port; <c>build</c> output never carries the live-reload script.</summary>
[Collection(InstalledToolCollection.Name)]
public partial class ServeCommandTests(InstalledToolFixture tool)
{
    [Fact]
    public async Task Serve_answers_on_loopback_and_stops_cleanly_on_ctrl_c()
    {
        Assert.True(tool.Install is { ExitCode: 0 }, "dotnet tool install failed:\n" + tool.Install);
        var site = tool.NewFolder("serve");
        InstalledToolFixture.CopyDirectory(Path.Combine(tool.RepositoryRoot, "samples", "math-blog"), site);

        var start = new ProcessStartInfo(tool.ToolExecutable, ["serve", "--port", "0"])
        {
            WorkingDirectory = site,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        Uri? address = null;
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (address is null && DateTime.UtcNow < deadline)
        {
            var line = await process.StandardOutput.ReadLineAsync();
            if (line is null) break;
            if (ServingLine().Match(line) is { Success: true } m) address = new Uri(m.Groups[1].Value);
        }
        try
        {
            Assert.True(address is not null, "serve did not print its address; stderr:\n" + (process.HasExited ? await stderr : ""));
            Assert.True(IPAddress.IsLoopback(IPAddress.Parse(address!.Host)));
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var page = await http.GetStringAsync(new Uri(address, "posts/welcome/"));
            Assert.Contains("data-staticmath-live-reload", page);
            Assert.False(Directory.Exists(Path.Combine(site, "_site")), "serve must not write the output folder");

            using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) kill.WaitForExit();
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "serve did not stop after SIGINT" + (SigIntIgnoredHere()
                ? " (this test run ignores SIGINT, and the serve it starts inherits that: a test run started as a background job of a shell without job control does; run it in the foreground)"
                : ""));
            Assert.Equal(0, process.ExitCode);
            using var listener = new TcpListener(IPAddress.Loopback, address.Port);
            listener.Start(); // throws if the port was not released
            listener.Stop();
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    /// <summary>Whether this process ignores SIGINT (Linux: bit 2 of the ignored-signals mask); a child starts the same way.</summary>
    private static bool SigIntIgnoredHere()
    {
        var line = File.Exists("/proc/self/status") ? File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal)) : null;
        return line is not null && ulong.TryParse(line["SigIgn:".Length..].Trim(), System.Globalization.NumberStyles.HexNumber, null, out var mask) && (mask & (1UL << 1)) != 0;
    }

    [Fact]
    public void Build_output_never_contains_the_live_reload_script()
    {
        Assert.True(tool.Install is { ExitCode: 0 }, "dotnet tool install failed:\n" + tool.Install);
        var site = tool.NewFolder("no-reload");
        InstalledToolFixture.CopyDirectory(Path.Combine(tool.RepositoryRoot, "samples", "math-blog"), site);
        var result = tool.Run(site, "build");
        Assert.True(result.ExitCode == 0, result.ToString());
        var files = Directory.EnumerateFiles(Path.Combine(site, "_site"), "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("live-reload", text);
            Assert.DoesNotContain("EventSource", text);
        }
    }

    [Theory]
    [InlineData("99999")]
    [InlineData("-1")]
    public void A_port_out_of_range_is_a_usage_error_not_a_crash(string port)
    {
        Assert.True(tool.Install is { ExitCode: 0 }, "dotnet tool install failed:\n" + tool.Install);
        var site = tool.NewFolder("bad-port");
        File.WriteAllText(Path.Combine(site, "staticmath.yml"), "title: T\n");

        var result = tool.Run(site, "serve", "--port", port);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"--port must be between 0 and 65535 (0 picks a free one), not {port}", result.StandardError);
        Assert.DoesNotContain("   at ", result.StandardError);
    }

    [GeneratedRegex(@"^Serving .* at (http://\S+) ")]
    private static partial Regex ServingLine();
}
