using System.Text.RegularExpressions;
using StaticMath.Site.Configuration;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Engine;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Tests.Architecture;

/// <summary>
/// The features listed in <see cref="SiteFeatures"/> are the page pipeline: each diagnostic code reported only by
/// feature code is owned by exactly one feature, the stylesheets they name are the theme's, and everything the
/// pipeline runs was registered by one of them.
/// </summary>
public sealed partial class FeatureRegistryTests
{
    /// <summary>The folders that hold features (everything else is core, engine, build or output).</summary>
    private static readonly string[] FeatureFolders = ["Markdown", "Distill", "Liquid"];

    private static FeatureRegistry RegisterAll() =>
        SiteFeatures.Register(new SiteConfig { BaseUrl = "https://example.org/notes/" }, new DiagnosticBag());

    [Fact]
    public void Every_owned_code_is_in_the_catalogue()
    {
        var catalogue = DiagnosticCatalog.All.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        Assert.All(RegisterAll().CodeOwners.Keys, code => Assert.Contains(code, catalogue));
    }

    [Fact]
    public void Every_code_reported_only_by_feature_code_is_owned_by_a_feature()
    {
        var owners = RegisterAll().CodeOwners;
        var usedByFeatures = CodesUsedUnder(FeatureFolders);
        var usedElsewhere = CodesUsedUnder(Directory.EnumerateDirectories(SiteSource()).Select(Path.GetFileName).Except(FeatureFolders).ToArray()!);
        var unowned = usedByFeatures.Except(usedElsewhere).Where(code => !owners.ContainsKey(code)).Order(StringComparer.Ordinal).ToList();
        Assert.True(unowned.Count == 0, "add to the reporting feature's Register: .Owns(DiagnosticCodes.…) for " + string.Join(", ", unowned));
    }

    [Fact]
    public void Each_feature_is_listed_once_and_the_pipeline_runs_only_what_features_registered()
    {
        Assert.Equal(SiteFeatures.All.Count, SiteFeatures.All.Select(f => f.GetType()).Distinct().Count());
        var pipeline = RegisterAll().Freeze();
        Assert.Equal(pipeline.HtmlPostProcessors.Count, pipeline.HtmlPostProcessors.Distinct().Count());
        Assert.Contains(pipeline.HtmlPostProcessors, p => p.GetType().Name == "BasePathLinkRewriter");
        var withoutBasePath = SiteFeatures.Pipeline(new SiteConfig(), new DiagnosticBag());
        Assert.DoesNotContain(withoutBasePath.HtmlPostProcessors, p => p.GetType().Name == "BasePathLinkRewriter");
    }

    [Fact]
    public void Every_feature_stylesheet_is_in_the_default_theme_and_linked_from_its_head()
    {
        var theme = Path.Combine(Golden.GoldenSnapshot.RepositoryRoot, "themes", "default");
        var head = File.ReadAllText(Path.Combine(theme, "layouts", "partials", "head.liquid"));
        var stylesheets = RegisterAll().Stylesheets;
        Assert.Contains("assets/css/math.css", stylesheets);
        Assert.All(stylesheets, css =>
        {
            Assert.True(File.Exists(Path.Combine(theme, css)), css);
            Assert.Contains($"'/{css}' | relative_url", head, StringComparison.Ordinal);
        });
    }

    /// <summary>The codes (by <c>DiagnosticCodes.Name</c>) that source files under the given folders of the site project use.</summary>
    private static HashSet<string> CodesUsedUnder(string[] folders)
    {
        var byName = DiagnosticCatalog.All.ToDictionary(d => d.Name, d => d.Code, StringComparer.Ordinal);
        return folders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(SiteSource(), folder), "*.cs", SearchOption.AllDirectories))
            .SelectMany(file => CodeName().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Where(byName.ContainsKey)
            .Select(name => byName[name])
            .ToHashSet(StringComparer.Ordinal);
    }

    private static string SiteSource() => Path.Combine(Golden.GoldenSnapshot.RepositoryRoot, "src", "StaticMath.Site");

    [GeneratedRegex(@"DiagnosticCodes\.(\w+)")]
    private static partial Regex CodeName();
}
