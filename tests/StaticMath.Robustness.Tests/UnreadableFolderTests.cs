using System.Runtime.InteropServices;

namespace StaticMath.Robustness.Tests;

/// <summary>Runs on Linux only (its user and permission calls).</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux()) Skip = "uses Linux permissions and users";
    }
}

/// <summary>A folder of <c>content/</c> that cannot be read is a warning naming it, not silently left out.</summary>
[Collection(nameof(ProcessStateCollection))]
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public class UnreadableFolderTests
{
    private const uint Nobody = 65534;

    [DllImport("libc", SetLastError = true)]
    private static extern int seteuid(uint euid);

    [DllImport("libc")]
    private static extern uint geteuid();

    [LinuxFact]
    public void An_unreadable_folder_of_content_is_a_warning_with_its_path()
    {
        using var site = new TempSite();
        site.Write("content/posts/2024-01-01-a.md", "---\ntitle: A\n---\n\nText.\n");
        site.Write("content/private/2024-01-02-b.md", "---\ntitle: B\n---\n\nText.\n");
        var isRoot = geteuid() == 0;
        // Root reads every folder: the build then runs as nobody, who may write the site but not read the folder.
        File.SetUnixFileMode(site.Directory, (UnixFileMode)0b111_111_111);
        File.SetUnixFileMode(site.PathOf("content/private"), UnixFileMode.None);
        try
        {
            if (isRoot) Assert.Equal(0, seteuid(Nobody));
            var result = site.Build(parallelism: 1);
            if (isRoot) Assert.Equal(0, seteuid(0));

            var warning = Assert.Single(result.Diagnostics);
            Assert.Equal("SM1403", warning.Code);
            Assert.False(warning.IsError);
            Assert.Equal("content/private", warning.Path);
            Assert.True(result.Succeeded);
        }
        finally
        {
            if (isRoot) seteuid(0);
            File.SetUnixFileMode(site.PathOf("content/private"), (UnixFileMode)0b111_101_101);
        }
    }
}
