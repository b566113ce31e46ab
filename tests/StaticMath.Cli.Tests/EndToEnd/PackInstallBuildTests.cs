namespace StaticMath.Cli.Tests.EndToEnd;

[Collection(InstalledToolCollection.Name)]
public class PackInstallBuildTests(InstalledToolFixture tool)
{
    private void AssertInstalled()
    {
        Assert.True(tool.Pack.ExitCode == 0, "dotnet pack failed:\n" + tool.Pack);
        Assert.True(tool.Install is { ExitCode: 0 }, "dotnet tool install failed:\n" + tool.Install);
        Assert.True(File.Exists(tool.ToolExecutable), tool.ToolExecutable);
    }

    [Fact]
    public void Package_has_its_readme_and_icon_and_packs_without_warnings()
    {
        AssertInstalled();
        Assert.DoesNotContain("warning", tool.Pack.StandardOutput + tool.Pack.StandardError, StringComparison.OrdinalIgnoreCase);
        using var zip = System.IO.Compression.ZipFile.OpenRead(tool.TopPackage);
        var nuspec = new StreamReader(zip.GetEntry("StaticMath.nuspec")!.Open()).ReadToEnd();
        Assert.Contains("<readme>README.md</readme>", nuspec);
        Assert.Contains("<icon>icon.png</icon>", nuspec);
        Assert.Contains("dotnet tool install", new StreamReader(zip.GetEntry("README.md")!.Open()).ReadToEnd());
        Assert.True(zip.GetEntry("icon.png")!.Length > 1000);
    }

    [Fact]
    public void Top_package_names_a_native_linux_x64_package_and_a_portable_one()
    {
        AssertInstalled();
        using (var top = System.IO.Compression.ZipFile.OpenRead(tool.TopPackage))
        {
            var settings = System.Xml.Linq.XDocument.Load(top.GetEntry("tools/any/any/DotnetToolSettings.xml")!.Open());
            var named = settings.Descendants("RuntimeIdentifierPackage").Select(p => (p.Attribute("RuntimeIdentifier")!.Value, p.Attribute("Id")!.Value));
            Assert.Equal([("linux-x64", "StaticMath.linux-x64"), ("any", "StaticMath.any")], named);
        }

        using (var native = System.IO.Compression.ZipFile.OpenRead(Package("linux-x64")))
        {
            var files = native.Entries.Select(e => e.FullName).Where(n => n.StartsWith("tools/", StringComparison.Ordinal)).ToList();
            Assert.True(IsNativeExecutable(Read(native, "tools/any/linux-x64/staticmath")), "the linux-x64 package holds the tool compiled ahead of time (Native AOT)");
            Assert.DoesNotContain(files, n => n.EndsWith(".dll", StringComparison.Ordinal)); // no IL left to compile at run time
            Assert.DoesNotContain(files, n => n.EndsWith(".dbg", StringComparison.Ordinal)); // nor its ~100 MB of native symbols
        }

        using (var portable = System.IO.Compression.ZipFile.OpenRead(Package("any")))
        {
            Assert.False(IsReadyToRun(Read(portable, "tools/net10.0/any/StaticMath.Site.dll")), "the portable package is IL, for any machine");
        }

        if (OperatingSystem.IsLinux() && System.Runtime.InteropServices.RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.X64)
        {
            // What `dotnet tool install` chose on this machine: the native executable, and no IL beside it.
            var store = Path.Combine(Path.GetDirectoryName(tool.ToolExecutable)!, ".store");
            var installed = Directory.GetFiles(store, "staticmath", SearchOption.AllDirectories);
            Assert.True(IsNativeExecutable(File.ReadAllBytes(Assert.Single(installed))), string.Join("\n", installed));
            Assert.Empty(Directory.GetFiles(store, "StaticMath.Site.dll", SearchOption.AllDirectories));
        }
    }

    private string Package(string runtime) =>
        Path.Combine(tool.PackageDirectory, $"StaticMath.{runtime}.{Path.GetFileName(tool.TopPackage)["StaticMath.".Length..]}");

    private static byte[] Read(System.IO.Compression.ZipArchive zip, string entryName)
    {
        using var entry = (zip.GetEntry(entryName) ?? throw new Xunit.Sdk.XunitException($"no {entryName} in the package")).Open();
        using var bytes = new MemoryStream();
        entry.CopyTo(bytes);
        return bytes.ToArray();
    }

    /// <summary>True for an ELF executable (a native program), false for anything else (an IL assembly is a PE file).</summary>
    private static bool IsNativeExecutable(byte[] file) => file.AsSpan().StartsWith("\u007FELF"u8);

    /// <summary>True for an assembly with precompiled native code (a ReadyToRun header), false for IL only.</summary>
    private static bool IsReadyToRun(byte[] assembly)
    {
        using var reader = new System.Reflection.PortableExecutable.PEReader(new MemoryStream(assembly));
        return reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
    }

    [Fact]
    public void Installed_tool_builds_the_sample_blog()
    {
        AssertInstalled();
        var site = tool.NewFolder("math-blog");
        InstalledToolFixture.CopyDirectory(Path.Combine(tool.RepositoryRoot, "samples", "math-blog"), site);

        var result = tool.Run(site, "build");

        Assert.True(result.ExitCode == 0, result.ToString());
        var output = Path.Combine(site, "_site");
        foreach (var file in new[] { "index.html", "feed.xml", "sitemap.xml", "404.html", "about/index.html", "posts/welcome/index.html", "images/semicircle.png" })
            Assert.True(File.Exists(Path.Combine(output, file)), file + "\n" + result);
        Assert.False(Directory.Exists(Path.Combine(output, "posts", "an-unfinished-idea")), "drafts are not built by default");
        Assert.Contains("1 page skipped as drafts (draft: true, published: false or in _drafts/); build them with --drafts", result.StandardOutput);
        Assert.Contains("errors", result.StandardOutput);
        Assert.Equal("", result.StandardError);
    }

    [Fact]
    public void Cache_info_reports_the_store_and_clear_removes_only_cache_files()
    {
        AssertInstalled();
        var site = tool.NewFolder("cache-blog");
        InstalledToolFixture.CopyDirectory(Path.Combine(tool.RepositoryRoot, "samples", "math-blog"), site);
        Assert.Equal("no math cache yet", tool.Run(site, "cache", "info").StandardOutput.Split('(')[0].Split(": ")[1].Trim());

        Assert.Equal(0, tool.Run(site, "build", "-q").ExitCode);
        // Without the last output no page can be kept from it: every page is made, every equation read from the cache.
        Directory.Delete(Path.Combine(site, "_site"), recursive: true);
        var warm = tool.Run(site, "build", "-q");
        Assert.True(warm.ExitCode == 0, warm.ToString());
        Assert.True(File.Exists(Path.Combine(site, ".staticmath", "pages.db")));
        // An earlier version's per-equation file, and a file of the user's beside it.
        var legacy = Path.Combine(site, ".staticmath", "cache", "ab", "ab" + new string('0', 62) + ".json");
        Directory.CreateDirectory(Path.GetDirectoryName(legacy)!);
        File.WriteAllText(legacy, "{}");
        var notOurs = Path.Combine(site, ".staticmath", "cache", "notes.txt");
        File.WriteAllText(notOurs, "mine");

        var info = tool.Run(site, "cache", "info");
        Assert.True(info.ExitCode == 0, info.ToString());
        Assert.Matches(@"^\.staticmath/math-cache\.db: [1-9][0-9,]* equations, [0-9.]+ KB on disk \(bound 256 MB, math\.cacheSize\)", info.StandardOutput);
        Assert.Contains("from the cache (100.0%)", info.StandardOutput);
        Assert.Contains(".staticmath/cache/: 1 files of an earlier version's cache", info.StandardOutput);

        var clear = tool.Run(site, "cache", "clear");
        Assert.True(clear.ExitCode == 0, clear.ToString());
        Assert.False(File.Exists(Path.Combine(site, ".staticmath", "math-cache.db")));
        Assert.False(File.Exists(Path.Combine(site, ".staticmath", "pages.db")));
        Assert.False(File.Exists(legacy));
        Assert.True(File.Exists(notOurs));
        Assert.StartsWith(".staticmath/math-cache.db: no math cache yet", tool.Run(site, "cache", "info").StandardOutput);
    }

    [Fact]
    public void New_site_and_new_post_give_a_site_that_builds()
    {
        AssertInstalled();
        var parent = tool.NewFolder("new");
        var created = tool.Run(parent, "new", "site", "notes");
        Assert.True(created.ExitCode == 0, created.ToString());
        var site = Path.Combine(parent, "notes");

        var post = tool.Run(site, "new", "post", "Eigenvalues: a first look");
        Assert.True(post.ExitCode == 0, post.ToString());
        var postFile = Assert.Single(Directory.GetFiles(Path.Combine(site, "content", "posts"), "*-eigenvalues-a-first-look.md"));
        Assert.Contains("title: \"Eigenvalues: a first look\"", File.ReadAllText(postFile));

        var again = tool.Run(site, "new", "post", "Eigenvalues: a first look");
        Assert.Equal(1, again.ExitCode);

        var build = tool.Run(site, "build", "--quiet");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal("", build.StandardOutput.Trim());
        Assert.True(File.Exists(Path.Combine(site, "_site", "posts", "eigenvalues-a-first-look", "index.html")));
    }

    [Fact]
    public void Broken_page_exits_1_with_located_error_and_keeps_the_previous_site()
    {
        AssertInstalled();
        var site = tool.NewFolder("broken");
        File.WriteAllText(Path.Combine(site, "staticmath.yml"), "title: Broken\n");
        Directory.CreateDirectory(Path.Combine(site, "content"));
        File.WriteAllText(Path.Combine(site, "content", "good.md"), "Good page");
        Assert.Equal(0, tool.Run(site, "build", "-q").ExitCode);

        File.WriteAllText(Path.Combine(site, "content", "bad.md"), "---\ntitle: Bad\ntags: [unclosed\n---\nBody\n");
        File.WriteAllText(Path.Combine(site, "content", "good.md"), "Changed page");
        var result = tool.Run(site, "build");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"content/bad\.md\(\d+,\d+\): error SM1101: ", result.StandardError);
        Assert.Contains("Good page", File.ReadAllText(Path.Combine(site, "_site", "good", "index.html")));
    }

    [Fact]
    public void Bad_usage_exits_2()
    {
        AssertInstalled();
        var result = tool.Run(tool.WorkDirectory, "build", "--no-such-option");
        Assert.Equal(2, result.ExitCode);
        Assert.NotEqual("", result.StandardError);
        Assert.Equal(2, tool.Run(tool.WorkDirectory, "build", "--source", Path.Combine(tool.WorkDirectory, "missing")).ExitCode);
    }

    [Fact]
    public void Strict_fails_on_warnings()
    {
        AssertInstalled();
        var site = tool.NewFolder("strict");
        File.WriteAllText(Path.Combine(site, "staticmath.yml"), "title: Strict\n");
        Directory.CreateDirectory(Path.Combine(site, "content", "posts"));
        File.WriteAllText(Path.Combine(site, "content", "posts", "p.md"), "---\ndate: 04-05-2020\n---\nText\n");
        var relaxed = tool.Run(site, "build", "-q");
        Assert.Equal(0, relaxed.ExitCode);
        Assert.Contains("content/posts/p.md(2,1): warning SM1111:", relaxed.StandardError);
        Assert.Equal(1, tool.Run(site, "build", "--strict", "-q").ExitCode);
    }

    [Fact]
    public void Missing_base_url_warns_at_build_and_check_and_fails_strict()
    {
        AssertInstalled();
        var site = tool.NewFolder("no-base-url");
        File.WriteAllText(Path.Combine(site, "staticmath.yml"), "title: No base\n");
        Directory.CreateDirectory(Path.Combine(site, "content"));
        File.WriteAllText(Path.Combine(site, "content", "index.md"), "Home");

        var build = tool.Run(site, "build", "-q");
        Assert.Equal(0, build.ExitCode);
        Assert.Contains("staticmath.yml: warning SM1503: no baseUrl", build.StandardError);
        Assert.Equal(1, tool.Run(site, "build", "-q", "--strict").ExitCode);

        var check = tool.Run(site, "check", "--output", "_site");
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("warning SM1503", check.StandardError);
        Assert.Equal(1, tool.Run(site, "check", "--strict").ExitCode);

        // An explicit base URL, even `/` (relative on purpose), is not warned about.
        var relative = tool.Run(site, "build", "-q", "--strict", "--base-url", "/");
        Assert.True(relative.ExitCode == 0, relative.ToString());
        Assert.Equal("", relative.StandardError);
        Assert.Equal(0, tool.Run(site, "check", "--strict", "--base-url", "https://example.org/").ExitCode);
    }
}
