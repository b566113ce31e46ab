using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using StaticMath.Site.Build;
using StaticMath.Site.Core;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Tests.Diagnostics;

/// <summary>
/// Every diagnostic code is declared once, in <see cref="DiagnosticCodes"/>: no code literal elsewhere in src/, no code
/// twice, each one documented (the docs page is rendered from the catalogue) and each one exercised by a test.
/// </summary>
public sealed partial class DiagnosticCatalogTests
{
    private static readonly string Root = Golden.GoldenSnapshot.RepositoryRoot;

    /// <summary>
    /// Codes no test mentions yet (by code or by name). This list may only shrink: a new code comes with its test.
    /// </summary>
    private static readonly HashSet<string> Untested = new(StringComparer.Ordinal)
    {
        "SM1112", "SM1120", "SM1160", "SM1161", "SM2009", "SM3005", "SM3008", "SM3143"
    };

    [Fact]
    public void No_code_literal_is_used_in_src_outside_the_catalogue()
    {
        var catalogue = DiagnosticCatalog.All.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        var strays = new List<string>();
        foreach (var file in SourceFiles())
        {
            var relative = Path.GetRelativePath(Root, file).Replace('\\', '/');
            if (relative == "src/StaticMath.Site/Diagnostics/DiagnosticCodes.cs") continue;
            foreach (Match match in CodeLiteral().Matches(File.ReadAllText(file)))
            {
                // The math engine sits below the site and cannot see the catalogue: its few codes must be declared there too.
                var allowed = relative.StartsWith("src/StaticMath.Math/", StringComparison.Ordinal) && catalogue.Contains(match.Groups[1].Value);
                if (!allowed) strays.Add($"{relative}: {match.Value}");
            }
        }

        Assert.True(strays.Count == 0, "use DiagnosticCodes.<Name> instead of:\n" + string.Join("\n", strays));
    }

    [Fact]
    public void Each_code_is_declared_once_in_its_documented_range()
    {
        var all = DiagnosticCatalog.All;
        Assert.True(all.Count > 80, $"only {all.Count} codes");
        var duplicates = all.GroupBy(d => d.Code).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(d => d.Name))}");
        Assert.Empty(duplicates);
        Assert.All(all, d => Assert.Matches("^SM[1-4][0-9]{3}$", d.Code));
        Assert.All(all, d => Assert.False(string.IsNullOrWhiteSpace(d.Summary), d.Code));
    }

    [Fact]
    public void Every_code_is_mentioned_by_a_test_except_the_listed_untested_ones()
    {
        var tests = string.Concat(Directory.EnumerateFiles(Path.Combine(Root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(file => !IsBuildOutput(file) && !file.EndsWith(nameof(DiagnosticCatalogTests) + ".cs", StringComparison.Ordinal))
            .Select(File.ReadAllText));
        bool Mentioned(DiagnosticInfo d) => Regex.IsMatch(tests, $@"\b({d.Code}|DiagnosticCodes\.{d.Name})\b");

        var untested = DiagnosticCatalog.All.Where(d => !Mentioned(d)).Select(d => d.Code).ToList();
        var newlyUntested = untested.Where(code => !Untested.Contains(code)).ToList();
        var nowTested = Untested.Where(code => !untested.Contains(code)).ToList();

        Assert.True(newlyUntested.Count == 0, "no test mentions: " + string.Join(", ", newlyUntested));
        Assert.True(nowTested.Count == 0, "tested now, remove from the Untested list: " + string.Join(", ", nowTested));
    }

    [Fact]
    public void Docs_page_lists_every_code_with_its_severity_and_summary()
    {
        var output = Path.Combine(Path.GetTempPath(), "sm-codes-docs-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = SiteBuilder.Build(new BuildOptions { SourceDirectory = Root, OutputDirectory = output, Strict = true, NoCache = true });
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "docs", "diagnostics", "index.html")));
            var rows = page.QuerySelectorAll("main tr").Select(row => row.QuerySelectorAll("td").Select(cell => cell.TextContent.Trim()).ToList())
                .Where(cells => cells.Count == 3)
                .ToDictionary(cells => cells[0], StringComparer.Ordinal);

            foreach (var d in DiagnosticCatalog.All)
            {
                Assert.True(rows.TryGetValue(d.Code, out var cells), $"{d.Code} has no row");
                Assert.Equal(d.Severity == DiagnosticSeverity.Error ? "error" : "warning", cells![1]);
                Assert.Equal(d.Summary, cells[2]);
            }
            Assert.Equal(DiagnosticCatalog.All.Count, rows.Count);
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Path.Combine(Root, "src"), "*.cs", SearchOption.AllDirectories).Where(file => !IsBuildOutput(file));

    private static bool IsBuildOutput(string file)
    {
        var separator = Path.DirectorySeparatorChar;
        return file.Contains($"{separator}obj{separator}", StringComparison.Ordinal) || file.Contains($"{separator}bin{separator}", StringComparison.Ordinal);
    }

    [GeneratedRegex("\"(SM[0-9]{4})\"")]
    private static partial Regex CodeLiteral();
}
