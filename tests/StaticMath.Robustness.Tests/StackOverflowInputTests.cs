namespace StaticMath.Robustness.Tests;

/// <summary>
/// Issue 21, "Stack overflow kills build and serve": input nested or chained deeply enough to overflow Fluid's or the
/// LaTeX converter's recursion. A stack overflow cannot be caught, so before the fix these end the test process;
/// now each is refused before parsing with a located warning or error, and the rest of the site builds.
/// </summary>
public class StackOverflowInputTests
{
    public static TheoryData<string, string, string> LiquidPayloads() => new()
    {
        { "5,000 parentheses", "{{ " + new string('(', 5_000) + "1" + new string(')', 5_000) + " }}\n", "parentheses nested" },
        { "10,000 chained filters", "{{ 'x'" + string.Concat(Enumerable.Repeat(" | upcase", 10_000)) + " }}\n", "filters" },
        { "50,000 'or' in one if", "{% if " + string.Join(" or ", Enumerable.Repeat("false", 50_000)) + " %}y{% endif %}\n", "'and'/'or'" },
    };

    [Theory]
    [MemberData(nameof(LiquidPayloads))]
    public void Deep_liquid_expression_in_a_post_is_a_located_warning(string name, string payload, string message)
    {
        var (site, result) = HostileSite.Build((HostileSite.BadPostPath, HostileSite.Post("Before.\n\n" + payload)));
        using (site)
        {
            var diagnostic = HostileSite.AssertLocated(site, result, "bad", message);
            Assert.True(diagnostic.Line == 7, $"{name}: {diagnostic}");
        }
    }

    [Theory]
    [MemberData(nameof(LiquidPayloads))]
    public void Deep_liquid_expression_in_a_layout_or_include_is_a_located_diagnostic(string name, string payload, string message)
    {
        var (site, result) = HostileSite.Build(
            ("layouts/deep.liquid", "<main>\n" + payload + "{{ content }}</main>"),
            ("_includes/deep.html", "\n" + payload),
            (HostileSite.BadPostPath, HostileSite.Post("{% include deep.html %}\n", "title: Bad\nlayout: deep\n")));
        using (site)
        {
            Assert.True(HostileSite.AssertLocated(site, result, "deep.liquid", message).Line == 2, name);
            Assert.True(HostileSite.AssertLocated(site, result, "deep.html", message).Line == 2, name);
        }
    }

    [Fact]
    public void Bibtex_title_with_50000_nested_braces_is_a_located_error()
    {
        var (site, result) = HostileSite.Build(
            ("_bibliography/b.bib", "@misc{ok, title={Fine}}\n@article{a, title={" + new string('{', 50_000) + "x" + new string('}', 50_000) + "}}\n"),
            (HostileSite.BadPostPath, HostileSite.Post("See <d-cite key=\"ok\"></d-cite>.\n", "title: Bad\nlayout: distill\nbibliography: b.bib\n")));
        using (site)
        {
            var diagnostic = HostileSite.AssertLocated(site, result, "b.bib", "nested more than");
            Assert.Equal(2, diagnostic.Line);
        }
    }
}
