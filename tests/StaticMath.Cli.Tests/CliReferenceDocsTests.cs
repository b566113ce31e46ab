using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticMath.Site.Build;
using StaticMath.Site.Core;

namespace StaticMath.Cli.Tests;

/// <summary>
/// The CLI reference at the end of content/docs/cli.md is generated from the command definitions: built the way the
/// tool builds it, it has a section for every command with every argument and option, so it cannot drift.
/// </summary>
public sealed class CliReferenceDocsTests
{
    [Fact]
    public void Cli_page_lists_every_command_argument_and_option_of_the_tool()
    {
        var tool = ToolCommands.Describe(ToolCommands.CreateRoot());
        Assert.Contains(tool.Commands, c => c.Name == "build");
        Assert.Contains(tool.Commands, c => c.Name == "new site");
        var output = Path.Combine(Path.GetTempPath(), "sm-cli-docs-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = SiteBuilder.Build(new BuildOptions { SourceDirectory = RepositoryRoot(), OutputDirectory = output, Strict = true, NoCache = true, Tool = tool });
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "docs", "cli", "index.html")));

            foreach (var command in tool.Commands)
            {
                var heading = page.QuerySelectorAll("h3").SingleOrDefault(h => h.TextContent.Trim() == "staticmath " + command.Name);
                Assert.True(heading is not null, $"no section for 'staticmath {command.Name}'");
                var codes = SectionCodes(heading!);
                foreach (var option in command.Options)
                    Assert.True(option.Names.All(n => codes.Any(c => c.StartsWith(n, StringComparison.Ordinal))), $"{command.Name}: {string.Join(", ", option.Names)} not listed");
                foreach (var argument in command.Arguments)
                    Assert.Contains(argument.Name.ToUpperInvariant(), codes);
            }
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }

    /// <summary>Texts of the code elements between a heading and the next heading.</summary>
    private static List<string> SectionCodes(IElement heading)
    {
        var codes = new List<string>();
        for (var node = heading.NextElementSibling; node is not null && node.TagName is not ("H2" or "H3"); node = node.NextElementSibling)
            codes.AddRange(node.QuerySelectorAll("code").Select(c => c.TextContent));
        return codes;
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
