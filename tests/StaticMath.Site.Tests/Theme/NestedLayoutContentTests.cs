using StaticMath.Site.Tests.Foundation;

namespace StaticMath.Site.Tests.Theme;

/// <summary>
/// A layout's <c>content</c> is the output of the layout inside it, kept in pieces until the page is written; whatever a
/// template does with it must see exactly that text, as it would a string.
/// </summary>
public class NestedLayoutContentTests
{
    // Long enough that the fragment is kept by reference rather than copied.
    private static readonly string Body = string.Join("\n\n", Enumerable.Range(0, 400).Select(i => $"Paragraph {i} with a needle-{i} in it."));

    private static string Page(string outer)
    {
        using var site = new TempSite()
            .With("staticmath.yml", "title: T\nbaseUrl: https://example.org/\n")
            .With("layouts/inner.liquid", "---\nlayout: outer\n---\n<article>{{ content }}</article>")
            .With("layouts/outer.liquid", outer)
            .With("content/about.md", "---\ntitle: About\nlayout: inner\n---\n" + Body + "\n");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return site.Read("about/index.html");
    }

    [Fact]
    public void Plain_output_filters_comparisons_and_members_all_see_the_inner_layouts_text()
    {
        var inner = Page("{{ content }}");
        Assert.StartsWith("<article><p>Paragraph 0 with a needle-0 in it.</p>", inner, StringComparison.Ordinal);
        Assert.EndsWith("</article>", inner.TrimEnd(), StringComparison.Ordinal);

        var page = Page(
            "size={{ content | size }}|{{ content.size }}\n" +
            "{% if content != '' %}nonempty{% endif %}|{% if content == '' %}empty{% endif %}\n" +
            "{% if content contains 'needle-399' %}has{% endif %}|{% if content contains 'needle-400' %}wrong{% endif %}\n" +
            "{{ content | strip_html | truncate: 30 }}\n" +
            "{% assign copy = content %}{{ copy | slice: 0, 9 }}\n" +
            "{{ content }}");

        Assert.Equal(
            $"size={inner.Length}|{inner.Length}\n" +
            "nonempty|\n" +
            "has|\n" +
            "Paragraph 0 with a needle-0...\n" +
            "<article>\n" +
            inner,
            page);
    }
}
