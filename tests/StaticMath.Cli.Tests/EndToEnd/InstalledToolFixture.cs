using System.Reflection;

namespace StaticMath.Cli.Tests.EndToEnd;

/// <summary>
/// Packs the CLI as a tool package and installs it into a private tool path, exactly as a user would:
/// <c>dotnet pack src/StaticMath.Cli -o artifacts</c> then
/// <c>dotnet tool install --tool-path DIR --add-source artifacts StaticMath</c>. Done once for all tests in the
/// collection. Packing builds the platform packages (linux-x64, precompiled, and the portable one) in the test run's
/// configuration, and the install uses a private NuGet cache and only the local package source, so a stale cached
/// 0.1.0 package or an unreachable feed cannot influence the result.
/// </summary>
public sealed class InstalledToolFixture : IDisposable
{
    public InstalledToolFixture()
    {
        RepositoryRoot = FindRepositoryRoot();
        WorkDirectory = Path.Combine(Path.GetTempPath(), "sm-e2e-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(WorkDirectory);
        var configuration = typeof(InstalledToolFixture).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

        var artifacts = PackageDirectory = Path.Combine(WorkDirectory, "artifacts");
        Pack = ProcessRunner.Run("dotnet", ["pack", Path.Combine(RepositoryRoot, "src", "StaticMath.Cli"), "-c", configuration, "-o", artifacts], RepositoryRoot,
            timeout: TimeSpan.FromMinutes(10));
        if (Pack.ExitCode != 0) return;
        KeepPackagesFor(Environment.GetEnvironmentVariable(KeepPackagesVariable), artifacts);

        File.WriteAllText(Path.Combine(WorkDirectory, "nuget.config"),
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration><packageSources><clear /></packageSources></configuration>\n");
        var toolPath = Path.Combine(WorkDirectory, "tool");
        Install = ProcessRunner.Run("dotnet", ["tool", "install", "--tool-path", toolPath, "--add-source", "artifacts", "StaticMath"], WorkDirectory,
            NuGetEnvironment, TimeSpan.FromMinutes(10));
        ToolExecutable = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "staticmath.exe" : "staticmath");
    }

    /// <summary>Names a folder the packed packages are copied to, for CI's install-path check after the tests, so the
    /// tool (whose linux-x64 package is compiled natively, the longest step of a CI run) is packed once.</summary>
    public const string KeepPackagesVariable = "STATICMATH_KEEP_PACKAGES";

    private static void KeepPackagesFor(string? folder, string artifacts)
    {
        if (string.IsNullOrEmpty(folder)) return;
        Directory.CreateDirectory(folder);
        foreach (var package in Directory.GetFiles(artifacts, "StaticMath.*")) File.Copy(package, Path.Combine(folder, Path.GetFileName(package)), overwrite: true);
    }

    public string RepositoryRoot { get; }

    /// <summary>The folder holding the packed <c>StaticMath.*.nupkg</c> (a local package source).</summary>
    public string PackageDirectory { get; } = "";

    /// <summary>The package <c>dotnet tool install StaticMath</c> asks for: it names the platform packages.</summary>
    public string TopPackage => Directory.GetFiles(PackageDirectory, "StaticMath.*.nupkg").Single(p => char.IsAsciiDigit(Path.GetFileName(p)["StaticMath.".Length]));

    /// <summary>
    /// A private NuGet cache for every <c>dotnet tool</c> call (local tools run from it, too), and a private CLI home:
    /// the SDK remembers where a local tool was restored in <c>~/.dotnet/toolResolverCache</c>, which another test run
    /// with its own (since deleted) cache would otherwise overwrite.
    /// </summary>
    public IReadOnlyDictionary<string, string> NuGetEnvironment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = Path.Combine(WorkDirectory, "nuget-packages"),
        ["DOTNET_CLI_HOME"] = Path.Combine(WorkDirectory, "cli-home"),
    };

    /// <summary>Runs <c>dotnet</c> in a folder under the work folder (whose nuget.config clears every remote source).</summary>
    public ProcessResult Dotnet(string workingDirectory, params string[] arguments) =>
        ProcessRunner.Run("dotnet", arguments, workingDirectory, NuGetEnvironment, TimeSpan.FromMinutes(5));

    public string WorkDirectory { get; }

    public ProcessResult Pack { get; }

    public ProcessResult? Install { get; }

    public string ToolExecutable { get; } = "";

    public ProcessResult Run(string workingDirectory, params string[] arguments) =>
        ProcessRunner.Run(ToolExecutable, arguments, workingDirectory);

    /// <summary>A fresh folder under the fixture's work folder.</summary>
    public string NewFolder(string name)
    {
        var path = Path.Combine(WorkDirectory, name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        return path;
    }

    public static void CopyDirectory(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar)[0] is "_site" or ".staticmath") continue;
            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StaticMath.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("StaticMath.sln not found above " + AppContext.BaseDirectory);
    }

    public void Dispose()
    {
        try { Directory.Delete(WorkDirectory, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class InstalledToolCollection : ICollectionFixture<InstalledToolFixture>
{
    public const string Name = "installed tool";
}
