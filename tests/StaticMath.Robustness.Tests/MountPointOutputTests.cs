using System.Diagnostics;

namespace StaticMath.Robustness.Tests;

/// <summary>Runs where a tmpfs can be mounted (Linux, as root: a container or CI runner), the case it is about.</summary>
public sealed class TmpfsFactAttribute : FactAttribute
{
    public TmpfsFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root" || !File.Exists("/bin/mount"))
            Skip = "needs Linux and root to mount a tmpfs as the output folder";
    }
}

/// <summary>
/// An output folder that is a mount point (a Docker volume, a tmpfs) cannot be renamed: its contents are replaced
/// instead, and a build killed half-way through that is undone by the next one.
/// </summary>
public class MountPointOutputTests
{
    private sealed class MountedOutput : IDisposable
    {
        private readonly string _path;

        public MountedOutput(string path)
        {
            _path = path;
            Directory.CreateDirectory(path);
            Run("mount", "-t", "tmpfs", "tmpfs", path);
        }

        public void Dispose() => Run("umount", _path);

        private static void Run(string program, params string[] arguments)
        {
            using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true })!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{program} failed: {error}");
        }
    }

    [TmpfsFact]
    public void Builds_into_a_mount_point_replace_its_contents()
    {
        using var site = new TempSite();
        site.Write("content/posts/2024-01-01-a.md", "---\ntitle: A\n---\n\nVersion one.\n");
        using var mount = new MountedOutput(site.Output);

        var first = site.Build();
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        site.Write("content/posts/2024-01-01-a.md", "---\ntitle: A\n---\n\nVersion two.\n");
        site.Write("content/posts/2024-01-02-b.md", "---\ntitle: B\n---\n\nNew.\n");
        var second = site.Build();

        Assert.True(second.Succeeded, string.Join("\n", second.Diagnostics));
        Assert.Contains("Version two", File.ReadAllText(Path.Combine(site.Output, "posts", "a", "index.html")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Output, "posts", "b", "index.html")));
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(site.Output), e => Path.GetFileName(e).StartsWith(".staticmath-", StringComparison.Ordinal) && !e.EndsWith(".staticmath-output", StringComparison.Ordinal));
    }

    [TmpfsFact]
    public void A_commit_killed_while_moving_the_new_site_in_is_undone_by_the_next_build()
    {
        using var site = new TempSite();
        site.Write("content/posts/2024-01-01-a.md", "---\ntitle: A\n---\n\nVersion one.\n");
        using var mount = new MountedOutput(site.Output);
        Assert.True(site.Build().Succeeded);
        var before = site.OutputHashes();

        // Killed in step 3: the old site is in .staticmath-replaced-ID, part of the new one is already in place.
        var replaced = Path.Combine(site.Output, ".staticmath-replaced-0123");
        Directory.CreateDirectory(replaced);
        foreach (var entry in Directory.EnumerateFileSystemEntries(site.Output).Where(e => e != replaced).ToList())
        {
            if (Directory.Exists(entry)) Directory.Move(entry, Path.Combine(replaced, Path.GetFileName(entry)));
            else File.Move(entry, Path.Combine(replaced, Path.GetFileName(entry)));
        }
        Directory.CreateDirectory(Path.Combine(site.Output, ".staticmath-building-0123"));
        File.WriteAllText(Path.Combine(site.Output, "index.html"), "half of the new site");

        site.Write("content/posts/2024-02-01-broken.md", "---\ntitle: Broken\nlayout: no-such-layout\n---\n\nx\n");
        Assert.False(site.Build().Succeeded);

        Assert.Equal(before, site.OutputHashes());
    }
}
