using StaticMath.Site.Build;
using StaticMath.Site.Core;

namespace StaticMath.Site.Tests.Foundation;

/// <summary>A throw-away site folder for a test: write files, build, read output.</summary>
internal sealed class TempSite : IDisposable
{
    public TempSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "sm-site-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Output => Path.Combine(Root, "_site");

    public TempSite With(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public BuildResult Build(bool drafts = false, bool future = false, bool strict = false, string? baseUrl = null) =>
        SiteBuilder.Build(new BuildOptions
        {
            SourceDirectory = Root,
            IncludeDrafts = drafts,
            IncludeFuture = future,
            Strict = strict,
            BaseUrl = baseUrl,
            Now = Now,
        });

    public string Read(string outputRelativePath) => File.ReadAllText(Path.Combine(Output, outputRelativePath));

    public bool Exists(string outputRelativePath) => File.Exists(Path.Combine(Output, outputRelativePath));

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }
}
