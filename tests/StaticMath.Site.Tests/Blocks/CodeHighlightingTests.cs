using StaticMath.Site.Configuration;
using StaticMath.Site.Markdown.Extensions.CodeHighlighting;

namespace StaticMath.Site.Tests.Blocks;

public sealed class CodeHighlightingTests : IDisposable
{
    private readonly BlockTestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Python_fence_is_highlighted_into_token_classes_with_a_label()
    {
        var body = _site.Render("```python\ndef f(x):\n    return \"s\"  # note\n```\n");
        var block = body.QuerySelector("div.code-block.code-block--python")!;
        Assert.Equal("Python", block.QuerySelector(".code-block__lang")!.TextContent);
        var code = block.QuerySelector("pre > code.language-python")!;
        Assert.Contains(code.QuerySelectorAll(".tok-keyword"), k => k.TextContent == "def");
        Assert.Contains(code.QuerySelectorAll(".tok-string"), k => k.TextContent == "\"s\"");
        Assert.Contains(code.QuerySelectorAll(".tok-comment"), k => k.TextContent.Contains("note"));
        Assert.Equal(2, code.QuerySelectorAll("span.line").Length);
        Assert.Equal("def f(x):\n    return \"s\"  # note\n", code.TextContent);
    }

    [Theory]
    [InlineData("py", "import os", "import")]
    [InlineData("js", "const x = 1;", "const")]
    [InlineData("ts", "function f(a: number) { return a; }", "function")]
    [InlineData("c++", "int main() { return 0; }", "int")]
    [InlineData("cs", "public class A { }", "public")]
    [InlineData("sh", "export PATH=$HOME/bin # add", "export")]
    [InlineData("bash", "if [ -f x ]; then echo 1; fi", "if")]
    [InlineData("yaml", "title: \"My site\"\nmath: true", "title")]
    [InlineData("json", "{\"a\": 1}", "\"a\"")]
    public void Common_aliases_highlight(string language, string code, string token)
    {
        var body = _site.Render($"```{language}\n{code}\n```\n");
        var tokens = body.QuerySelectorAll("pre code [class^='tok-']");
        Assert.Contains(tokens, t => t.TextContent.Contains(token, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("plaintext")]
    [InlineData("")]
    public void Plain_fences_are_escaped_but_not_highlighted(string language)
    {
        var body = _site.Render($"```{language}\nif (a < b) return <tag>;\n```\n");
        var block = body.QuerySelector("div.code-block")!;
        Assert.Contains("code-block--plain", block.ClassList);
        Assert.Empty(block.QuerySelectorAll("[class^='tok-']"));
        Assert.Null(block.QuerySelector(".code-block__lang"));
        Assert.Null(block.QuerySelector("tag"));
        Assert.Equal("if (a < b) return <tag>;\n", block.QuerySelector("code")!.TextContent);
    }

    [Fact]
    public void Unknown_language_falls_back_to_plain_with_its_label_and_a_warning_at_the_fence()
    {
        var body = _site.Render("Intro.\n\n```klingon\nQapla'\n```\n", bodyLineOffset: 4);
        var block = body.QuerySelector("div.code-block.code-block--plain")!;
        Assert.Equal("klingon", block.QuerySelector(".code-block__lang")!.TextContent);
        Assert.Empty(block.QuerySelectorAll("[class^='tok-']"));
        var warning = Assert.Single(_site.Diagnostics.Sorted());
        Assert.Equal("SM1533", warning.Code);
        Assert.Equal(("content/posts/test.md", 6), (warning.Path, warning.Line));
        Assert.Contains("'klingon'", warning.Message);
    }

    [Theory]
    [InlineData("rust", "fn main() { let x: u32 = 1; }", "tok-keyword", "fn")]
    [InlineData("rs", "// note\nfn f() {}", "tok-comment", "// note")]
    [InlineData("julia", "function f(x)\n  return x^2\nend", "tok-keyword", "function")]
    [InlineData("r", "f <- function(x) { x + 1 } # add", "tok-comment", "# add")]
    [InlineData("go", "package main\nfunc main() {}", "tok-keyword", "package")]
    [InlineData("toml", "[package]\nname = \"staticmath\" # id", "tok-string", "\"staticmath\"")]
    [InlineData("latex", "\\begin{align} a &= b \\end{align} % c", "tok-comment", "% c")]
    [InlineData("tex", "\\section{Intro}", "tok-function", "\\section")]
    [InlineData("haskell", "main :: IO ()\nmain = putStrLn \"hi\"", "tok-string", "\"hi\"")]
    [InlineData("matlab", "x = zeros(3); % init", "tok-comment", "% init")]
    [InlineData("fortran", "program hello\n  print *, 'Hi'\nend program hello", "tok-string", "'Hi'")]
    public void Languages_other_generators_highlight_are_highlighted(string language, string code, string tokenClass, string token)
    {
        var body = _site.Render($"```{language}\n{code}\n```\n");
        var block = body.QuerySelector("div.code-block")!;
        Assert.DoesNotContain("code-block--plain", block.ClassList);
        Assert.Contains(block.QuerySelectorAll("." + tokenClass), t => t.TextContent.Contains(token, StringComparison.Ordinal));
        Assert.Equal(code + "\n", block.QuerySelector("code")!.TextContent);
        Assert.Empty(_site.Diagnostics.Sorted());
    }

    [Theory]
    [InlineData("```{r}", "R")]
    [InlineData("```{python}", "Python")]
    [InlineData("```{r, echo=FALSE}", "R")]
    [InlineData("```{.python}", "Python")]
    [InlineData("```{.julia .numberLines}", "Julia")]
    public void Quarto_and_pandoc_fences_name_their_language_in_braces(string fence, string label)
    {
        var body = _site.Render(fence + "\nx <- 1\n```\n");
        Assert.Equal(label, body.QuerySelector(".code-block__lang")?.TextContent);
        Assert.NotEmpty(body.QuerySelectorAll("[class^='tok-']"));
        Assert.Empty(_site.Diagnostics.Sorted());
    }

    [Theory]
    [InlineData("rust", "Rust")]
    [InlineData("toml", "TOML")]
    [InlineData("latex", "LaTeX")]
    [InlineData("r", "R")]
    [InlineData("cs", "C#")]
    public void Labels_name_the_language(string fence, string label)
    {
        var body = _site.Render($"```{fence}\nx\n```\n");
        Assert.Equal(label, body.QuerySelector(".code-block__lang")!.TextContent);
    }

    [Fact]
    public void A_grammar_that_cannot_finish_a_huge_line_leaves_it_plain_and_keeps_every_character()
    {
        var line = "let s = \"" + new string('a', 20_000) + "\";";
        var body = _site.Render($"```rust\nfn f() {{}}\n{line}\n```\n");
        Assert.Equal("fn f() {}\n" + line + "\n", body.QuerySelector("code")!.TextContent);
    }

    [Theory]
    [InlineData("```python {linenos}")]
    [InlineData("```python linenos")]
    [InlineData("```{.python .numberLines}")]
    public void Fence_can_ask_for_line_numbers(string fence)
    {
        var body = _site.Render(fence + "\na = 1\nb = 2\nc = 3\n```\n");
        var block = body.QuerySelector("div.code-block")!;
        Assert.Contains("code-block--linenos", block.ClassList);
        Assert.Equal(3, block.QuerySelectorAll("span.line").Length);
    }

    [Fact]
    public void Site_option_numbers_every_highlighted_block()
    {
        using var site = new BlockTestSite(new SiteConfig { Sections = { new CodeConfig { LineNumbers = true } } });
        var body = site.Render("```js\nlet a;\n```\n\n```text\nplain\n```\n");
        var blocks = body.QuerySelectorAll("div.code-block").ToList();
        Assert.Contains("code-block--linenos", blocks[0].ClassList);
        Assert.DoesNotContain("code-block--linenos", blocks[1].ClassList);
    }

    [Fact]
    public void Output_fences_and_raw_execution_output_keep_the_notebook_class()
    {
        var body = _site.Render("```output\n42\n```\n\n<pre class=\"execution-output\"><code>tensor([1.0])</code></pre>\n");
        var pres = body.QuerySelectorAll("pre.execution-output").ToList();
        Assert.Equal(2, pres.Count);
        Assert.Equal("tensor([1.0])", pres[1].TextContent);
    }

    [Fact]
    public void Mermaid_is_kept_as_readable_source_with_a_note_and_no_script()
    {
        var body = _site.Render("```mermaid\ngraph TD; A-->B;\n```\n");
        Assert.Equal("graph TD; A-->B;", body.QuerySelector("pre.diagram-source code")!.TextContent);
        Assert.NotNull(body.QuerySelector(".diagram-source__note"));
        Assert.Empty(body.QuerySelectorAll("script"));
    }

    [Fact]
    public void Indented_code_is_escaped()
    {
        var body = _site.Render("Para.\n\n    <b>x</b>\n");
        Assert.Equal("<b>x</b>\n", body.QuerySelector("div.code-block code")!.TextContent);
    }

    [Fact]
    public void Highlighter_is_safe_to_share_between_threads()
    {
        var code = string.Join('\n', Enumerable.Range(0, 40).Select(i => $"def f{i}(x): return x * {i}  # c"));
        var expected = string.Join('\n', CodeHighlighter.Default.HighlightLines(code, CodeLanguages.Find("python")));
        var results = new string[16];
        Parallel.For(0, results.Length, i =>
            results[i] = string.Join('\n', CodeHighlighter.Default.HighlightLines(code, CodeLanguages.Find(i % 2 == 0 ? "python" : "py"))));
        Assert.All(results, r => Assert.Equal(expected, r));
        Assert.Contains("tok-keyword", expected);
    }

    [Fact]
    public void Reusable_builder_renders_the_same_markup_as_fences()
    {
        var html = CodeBlockHtml.Render("x = 1\n", "python", lineNumbers: true, new CodeConfig());
        Assert.StartsWith("<div class=\"code-block code-block--python code-block--linenos\">", html);
        Assert.Contains("<span class=\"line\">", html);
    }
}
