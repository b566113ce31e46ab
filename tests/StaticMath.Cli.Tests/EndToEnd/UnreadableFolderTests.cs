namespace StaticMath.Cli.Tests.EndToEnd;

/// <summary>A folder of <c>content/</c> that cannot be read is a warning naming it, not silently left out.</summary>
public class UnreadableFolderTests
{
    [Fact]
    public void An_unreadable_folder_of_content_is_a_warning_with_its_path()
    {
        if (!OperatingSystem.IsLinux()) return;
        var site = Directory.CreateTempSubdirectory("sm-unreadable-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(site, "staticmath.yml"), "title: T\n");
            Write(site, "content/posts/2024-01-01-a.md", "---\ntitle: A\n---\n\nText.\n");
            Write(site, "content/private/2024-01-02-b.md", "---\ntitle: B\n---\n\nText.\n");
            File.SetUnixFileMode(Path.Combine(site, "content/private"), UnixFileMode.None);

            var result = RunBuildWithoutReadOverride(site);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("content/private: warning SM1403: cannot read this folder", result.StandardError);
            Assert.True(File.Exists(Path.Combine(site, "_site", "posts", "a", "index.html")), result.ToString());
        }
        finally
        {
            File.SetUnixFileMode(Path.Combine(site, "content/private"), (UnixFileMode)0b111_101_101);
            Directory.Delete(site, recursive: true);
        }
    }

    /// <summary>
    /// Root reads every folder, so as root the build runs without the capabilities that override read permissions
    /// (setpriv), in a child process: changing the test host's own user would change it for every thread in it.
    /// </summary>
    private static ProcessResult RunBuildWithoutReadOverride(string site)
    {
        string[] build = ["dotnet", Path.Combine(AppContext.BaseDirectory, "staticmath.dll"), "build", "--source", site, "--base-url", "/"];
        return Environment.UserName == "root" || Environment.GetEnvironmentVariable("USER") == "root"
            ? ProcessRunner.Run("setpriv", ["--bounding-set=-dac_override,-dac_read_search", "--", .. build], site)
            : ProcessRunner.Run(build[0], build[1..], site);
    }

    private static void Write(string site, string relative, string text)
    {
        var path = Path.Combine(site, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
