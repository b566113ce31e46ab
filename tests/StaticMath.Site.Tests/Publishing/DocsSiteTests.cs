using System.Reflection;
using AngleSharp.Html.Parser;
using StaticMath.Math;
using StaticMath.Site.Build;
using StaticMath.Site.Configuration;
using StaticMath.Site.Core;
using StaticMath.Site.Engine;

namespace StaticMath.Site.Tests.Publishing;

/// <summary>
/// Our own docs (the repository root is a StaticMath site: staticmath.yml + content/) build clean under --strict,
/// the supported-commands page lists every name the engine accepts, and the configuration page every key.
/// </summary>
public sealed class DocsSiteTests
{
    private static readonly string Root = RepositoryRoot();

    [Fact]
    public void Docs_build_without_warnings_and_list_every_supported_math_command()
    {
        var output = Path.Combine(Path.GetTempPath(), "sm-docs-" + Guid.NewGuid().ToString("N"));
        try
        {
            // No cache: the test must not write .staticmath/ into the repository.
            var result = SiteBuilder.Build(new BuildOptions { SourceDirectory = Root, OutputDirectory = output, Strict = true, NoCache = true });

            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "docs", "math-commands", "index.html")));
            var listed = page.QuerySelectorAll("main code").Select(c => c.TextContent).ToHashSet(StringComparer.Ordinal);
            var supported = MathEngineInfo.SupportedCommands();
            Assert.True(supported.Count > 500, $"only {supported.Count} supported names");
            var missing = supported.Where(c => !listed.Contains(c.Usage)).Select(c => c.Usage).ToList();
            Assert.True(missing.Count == 0, "not listed: " + string.Join(" ", missing));
            Assert.Contains(supported.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " names in all", page.QuerySelector("main")!.TextContent);
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void Configuration_page_documents_every_key_of_the_configuration_type_and_of_every_feature_section()
    {
        var table = File.ReadAllLines(Path.Combine(Root, "content", "docs", "configuration.md"))
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .Select(line => line[3..line.IndexOf('`', 3)])
            .ToHashSet(StringComparer.Ordinal);

        var keys = Keys(typeof(SiteConfig), "").Concat(SiteFeatures.Sections.SelectMany(section => Keys(section.Type, section.Name + "."))).ToList();
        Assert.Contains("math.numbering", keys);
        var missing = keys.Where(key => !table.Contains(key)).ToList();

        Assert.True(missing.Count == 0, "content/docs/configuration.md has no table row for: " + string.Join(", ", missing));
    }

    /// <summary>camelCase keys as YAML spells them (not the [YamlIgnore] ones the loader fills in); sections typed by a StaticMath option class give <c>section.key</c>.</summary>
    private static IEnumerable<string> Keys(Type type, string prefix)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetCustomAttribute<YamlDotNet.Serialization.YamlIgnoreAttribute>() is null))
        {
            var key = prefix + char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
            var section = property.PropertyType;
            if (section.IsClass && section != typeof(string) && section.Namespace?.StartsWith("StaticMath.", StringComparison.Ordinal) == true)
            {
                foreach (var nested in Keys(section, key + ".")) yield return nested;
            }
            else
            {
                yield return key;
            }
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StaticMath.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("StaticMath.sln not found");
    }
}
