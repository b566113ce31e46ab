using System.Text.RegularExpressions;
using StaticMath.Site.Markdown.Extensions.CodeHighlighting;
using StaticMath.Site.Tests.Foundation;

namespace StaticMath.Site.Tests.Blocks;

/// <summary><c>code.light</c> / <c>code.dark</c>: named colour styles for highlighted code in each mode.</summary>
public sealed partial class CodeStyleTests
{
    [Fact]
    public void Named_styles_write_a_style_sheet_with_each_modes_colours_linked_after_code_css()
    {
        using var site = new TempSite()
            .With("staticmath.yml", "code:\n  light: solarized-light\n  dark: monokai\n")
            .With("content/posts/2026-01-01-a.md", "---\ntitle: A\n---\n```rust\nfn main() {}\n```\n");

        var result = site.Build(strict: true);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var css = site.Read("assets/css/code-style.css");
        var blocks = RuleBlock().Matches(css).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(4, blocks.Count);
        // Solarized light's background and Monokai's, in the light and dark blocks.
        Assert.Contains("--bg-code: #fdf6e3;", blocks[0]);
        Assert.Contains("--bg-code: #272822;", blocks[1]);
        Assert.Equal(blocks[0], blocks[2]);
        Assert.Equal(blocks[1], blocks[3]);
        foreach (var variable in new[] { "--code-fg", "--code-comment", "--code-keyword", "--code-string", "--code-number", "--code-function" })
            Assert.All(blocks, b => Assert.Matches(variable + @": #[0-9a-f]{3,8};", b));
        Assert.NotEqual(Value(blocks[0], "--code-keyword"), Value(blocks[1], "--code-keyword"));

        var page = site.Read("posts/a/index.html");
        Assert.True(page.IndexOf("/assets/css/code-style.css", StringComparison.Ordinal) > page.IndexOf("/assets/css/code.css", StringComparison.Ordinal));
    }

    [Fact]
    public void The_default_styles_need_no_extra_style_sheet()
    {
        using var site = new TempSite().With("content/index.md", "Home");

        Assert.True(site.Build(strict: true).Succeeded);
        Assert.False(site.Exists("assets/css/code-style.css"));
        Assert.DoesNotContain("code-style.css", site.Read("index.html"));
    }

    [Fact]
    public void An_unknown_style_is_a_located_warning_listing_the_styles()
    {
        using var site = new TempSite().With("staticmath.yml", "title: X\ncode:\n  dark: nightowl\n").With("content/index.md", "Home");

        var result = site.Build();

        var warning = Assert.Single(result.Diagnostics, d => d.Code == "SM1534");
        Assert.Equal(("staticmath.yml", 3), (warning.Path, warning.Line));
        Assert.Contains("'nightowl'", warning.Message);
        Assert.Contains("dracula", warning.Message);
        Assert.False(site.Exists("assets/css/code-style.css"));
    }

    [Fact]
    public void Every_named_style_gives_colours()
    {
        foreach (var name in CodeStyles.Names.Except([CodeStyles.DefaultLight, CodeStyles.DefaultDark]))
        {
            var css = CodeStyles.StyleSheet(new CodeConfig { Light = name, Dark = name });
            Assert.Matches("--code-keyword: #[0-9a-f]{3,8};", css);
        }
    }

    [Fact]
    public void The_docs_name_every_style_and_only_those()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "StaticMath.sln"))) root = Path.GetDirectoryName(root)!;
        var docs = File.ReadAllText(Path.Combine(root, "content", "docs", "authoring-blocks.md"));
        var section = docs[docs.IndexOf("the colour themes of", StringComparison.Ordinal)..docs.IndexOf("warning SM1534", StringComparison.Ordinal)];
        var listed = Regex.Matches(section, "`([a-z-]+)`").Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal).ToList();
        Assert.True(CodeStyles.Names.Except([CodeStyles.DefaultLight, CodeStyles.DefaultDark]).Order(StringComparer.Ordinal).SequenceEqual(listed), "styles: " + string.Join(", ", CodeStyles.Names.Except([CodeStyles.DefaultLight, CodeStyles.DefaultDark]).Order(StringComparer.Ordinal)));
    }

    private static string Value(string block, string variable) => Regex.Match(block, variable + ": ([^;]+);").Groups[1].Value;

    [GeneratedRegex(@"\{([^{}]*--code-fg[^{}]*)\}")]
    private static partial Regex RuleBlock();
}
