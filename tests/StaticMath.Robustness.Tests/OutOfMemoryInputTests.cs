namespace StaticMath.Robustness.Tests;

/// <summary>
/// Issue 21, "Out of memory": small inputs that make the build allocate gigabytes (a huge Liquid range, a string
/// doubled by append or capture, a YAML alias bomb, chained BibTeX @string macros) are refused before the work
/// happens. The payloads are sized so that today's main still survives them (a few hundred MB) but does not refuse
/// them; the limits are the same for the gigabyte versions.
/// </summary>
public class OutOfMemoryInputTests
{
    [Fact]
    public void A_huge_range_in_a_post_is_refused_before_it_is_built()
    {
        var (site, result) = HostileSite.Build((HostileSite.BadPostPath, HostileSite.Post("{% for i in (1..5000000) limit: 1 %}x{% endfor %}\n")));
        using (site) HostileSite.AssertLocated(site, result, "bad", "range (1..5000000)");
    }

    [Fact]
    public void A_layout_loop_is_bounded_in_steps_and_ranges()
    {
        var (site, result) = HostileSite.Build(
            ("layouts/loop.liquid", "{% for i in (1..900000) %}{% for j in (1..3) %}x{% endfor %}{% endfor %}{{ content }}"),
            ("layouts/range.liquid", "{% for i in (1..5000000) limit: 1 %}x{% endfor %}{{ content }}"),
            (HostileSite.BadPostPath, HostileSite.Post("Loop.\n", "title: Bad\nlayout: loop\n")),
            ("content/posts/2024-01-03-worse.md", HostileSite.Post("Range.\n", "title: Worse\nlayout: range\n")));
        using (site)
        {
            HostileSite.AssertLayoutFailed(site, result, "layouts/loop.liquid", "bad", "failed: The maximum");
            HostileSite.AssertLayoutFailed(site, result, "layouts/range.liquid", "worse", "range (1..5000000)");
        }
    }

    [Theory]
    [InlineData("append", "{% assign s = 'xxxxxxxxxxxxxxxx' %}{% for i in (1..21) %}{% assign s = s | append: s %}{% endfor %}{{ s | size }}\n", "filter 'append'")]
    [InlineData("capture", "{% assign s = 'xxxxxxxxxxxxxxxx' %}{% for i in (1..21) %}{% capture s %}{{ s }}{{ s }}{% endcapture %}{% endfor %}{{ s | size }}\n", "output longer than")]
    [InlineData("output", "{% assign s = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' %}{% for i in (1..3) %}{% assign s = s | append: s %}{% endfor %}{% for i in (1..200000) %}{{ s }}{% endfor %}\n", "output longer than")]
    public void A_string_that_outgrows_the_budget_is_refused(string name, string body, string message)
    {
        var (site, result) = HostileSite.Build((HostileSite.BadPostPath, HostileSite.Post(body)));
        using (site) Assert.True(HostileSite.AssertLocated(site, result, "bad", message).Line > 0, name);
    }

    private static string AliasBomb(int levels) =>
        "a0: &a0 [lol,lol,lol,lol,lol,lol,lol,lol,lol,lol]\n" + string.Concat(Enumerable.Range(1, levels).Select(i =>
            $"a{i}: &a{i} [" + string.Join(",", Enumerable.Repeat($"*a{i - 1}", 10)) + "]\n"));

    [Fact]
    public void A_yaml_alias_bomb_in_front_matter_is_a_located_error()
    {
        var (site, result) = HostileSite.Build((HostileSite.BadPostPath, HostileSite.Post("Body.\n", "title: Bad\n" + AliasBomb(5))));
        using (site) Assert.Equal(7, HostileSite.AssertLocated(site, result, "bad", "aliases expand").Line);
    }

    [Fact]
    public void A_yaml_alias_bomb_in_the_configuration_is_a_located_error()
    {
        var (site, result) = HostileSite.BuildWith("title: Bomb\n" + AliasBomb(5));
        using (site)
        {
            Assert.False(result.Succeeded);
            Assert.Contains(result.Diagnostics, d => d.Path == "staticmath.yml" && d.Line == 6 && d.Message.Contains("aliases expand", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_recursive_yaml_alias_is_refused_not_followed_forever()
    {
        var (site, result) = HostileSite.Build((HostileSite.BadPostPath, HostileSite.Post("Body.\n", "title: Bad\nx: &x [a, *x]\n")));
        using (site) Assert.DoesNotContain(result.Diagnostics, d => d.Code == "SM1199");
    }

    [Fact]
    public void Chained_bibtex_string_macros_are_refused_at_the_length_limit()
    {
        var bib = "@string{s0 = \"xxxxxxxxxxxxxxxx\"}\n" + string.Concat(Enumerable.Range(0, 14).Select(i => $"@string{{s{i + 1} = s{i} # s{i}}}\n")) +
                  "@article{a, title = s14}\n@misc{ok, title={Fine}}\n";
        var (site, result) = HostileSite.Build(("_bibliography/b.bib", bib),
            (HostileSite.BadPostPath, HostileSite.Post("See <d-cite key=\"ok\"></d-cite>.\n", "title: Bad\nlayout: distill\nbibliography: b.bib\n")));
        using (site) Assert.Equal(14, HostileSite.AssertLocated(site, result, "b.bib", "longer than").Line);
    }
}
