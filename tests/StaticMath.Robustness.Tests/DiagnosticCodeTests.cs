using System.Text.RegularExpressions;

namespace StaticMath.Robustness.Tests;

/// <summary>Diagnostic codes follow the documented ranges, so a code says what kind of problem it is.</summary>
public partial class DiagnosticCodeTests
{
    [Fact]
    public void Every_code_in_the_source_is_in_a_documented_range()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        var codes = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => Code().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Code: m.Groups[1].Value)))
            .ToList();
        Assert.True(codes.Count > 40, codes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // SM1xxx content, SM2xxx math, SM3xxx templates, SM4xxx assets and links.
        Assert.All(codes, c => Assert.Matches("^SM[1-4][0-9]{3}$", c.Code));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "StaticMath.sln"))) return dir.FullName;
        throw new InvalidOperationException("StaticMath.sln not found");
    }

    [GeneratedRegex("\"(SM[0-9]{4})\"")]
    private static partial Regex Code();
}
