using StaticMath.Site.Configuration;
using StaticMath.Site.Engine;
using StaticMath.Site.Markdown.Extensions.Callouts;
using StaticMath.Site.Markdown.Extensions.CodeHighlighting;
using StaticMath.Site.Markdown.Extensions.Embeds;
using StaticMath.Site.Markdown.Extensions.Figures;

namespace StaticMath.Site.Tests.Blocks;

public sealed class CalloutTests : IDisposable
{
    private readonly BlockTestSite _site = new();

    public void Dispose() => _site.Dispose();

    private static string Label(AngleSharp.Dom.IElement box) => box.QuerySelector(".math-callout__title > .math-callout__label")!.TextContent;

    [Fact]
    public void Fenced_theorem_renders_a_titled_numbered_box_with_markdown_body()
    {
        var body = _site.Render("""
            ::: theorem "Cauchy–Schwarz" {#thm-cs}
            For all *u*, *v*:

            - one
            - two
            :::
            """);
        var box = Assert.Single(body.QuerySelectorAll("div.math-callout"));
        Assert.Contains("math-callout--theorem", box.ClassList);
        Assert.Equal("thm-cs", box.Id);
        Assert.Equal("Theorem 1", Label(box));
        Assert.Equal("(Cauchy–Schwarz)", box.QuerySelector(".math-callout__name")!.TextContent);
        Assert.Equal(2, box.QuerySelectorAll("ul > li").Length);
        Assert.Null(box.GetAttribute("data-sm-callout"));
    }

    [Fact]
    public void Numbering_is_per_kind_family_by_default()
    {
        var body = _site.Render("""
            ::: theorem
            a
            :::

            ::: definition
            b
            :::

            ::: lemma
            c
            :::

            ::: definition
            d
            :::

            ::: note
            e
            :::
            """);
        var labels = body.QuerySelectorAll("div.math-callout").Select(Label).ToList();
        Assert.Equal(["Theorem 1", "Definition 1", "Lemma 2", "Definition 2", "Note"], labels);
    }

    [Theory]
    [InlineData("shared", "Theorem 1,Definition 2,Lemma 3")]
    [InlineData("none", "Theorem,Definition,Lemma")]
    public void Numbering_mode_comes_from_the_site_configuration(string mode, string expected)
    {
        using var site = new BlockTestSite(new SiteConfig { Sections = { new CalloutsConfig { Numbering = mode } } });
        var body = site.Render("::: theorem\na\n:::\n\n::: definition\nb\n:::\n\n::: lemma\nc\n:::\n");
        Assert.Equal(expected, string.Join(',', body.QuerySelectorAll("div.math-callout").Select(Label)));
    }

    [Fact]
    public void Empty_links_to_callouts_show_their_numbered_label_forward_and_backward()
    {
        var body = _site.Render("""
            See [](#thm-b) before it is stated.

            ::: theorem {#thm-a}
            A
            :::

            ::: proposition "Second" {#thm-b}
            B
            :::

            And [](#thm-a) after, and [custom text](#thm-a) untouched.
            """);
        var links = body.QuerySelectorAll("p > a").ToList();
        Assert.Equal("Proposition 2", links[0].TextContent);
        Assert.Contains("sm-ref", links[0].ClassList);
        Assert.Equal("Theorem 1", links[1].TextContent);
        Assert.Equal("custom text", links[2].TextContent);
        Assert.Empty(_site.Warnings("SM4020"));
    }

    [Fact]
    public void Empty_link_to_a_missing_anchor_warns_with_its_line_and_shows_question_marks()
    {
        var body = _site.Render("Intro.\n\nSee [](#thm-nowhere).\n", bodyLineOffset: 4);
        Assert.Equal("??", body.QuerySelector("a.sm-ref--missing")!.TextContent);
        var warning = Assert.Single(_site.Warnings("SM4020"));
        Assert.Equal(6, warning.Line);
    }

    [Fact]
    public void Proof_ends_with_a_tombstone_and_is_not_numbered()
    {
        var body = _site.Render("::: proof\nObvious.\n\nReally.\n:::\n");
        var proof = body.QuerySelector("div.math-callout--proof")!;
        Assert.Equal("Proof", Label(proof));
        var last = proof.QuerySelectorAll(":scope > p")[^1];
        Assert.Equal("\u220E", last.QuerySelector(".math-callout__qed")!.TextContent);
        Assert.StartsWith("Really.", last.TextContent);
    }

    [Fact]
    public void Unknown_kind_is_a_plain_box_and_a_warning_at_its_file_line()
    {
        var body = _site.Render("Text.\n\n::: theorm \"Typo\"\nStill *rendered*.\n:::\n", bodyLineOffset: 10);
        var box = body.QuerySelector("div.fenced-div--unknown")!;
        Assert.Equal("theorm", box.GetAttribute("data-kind"));
        Assert.NotNull(box.QuerySelector("p > em"));
        var warning = Assert.Single(_site.Warnings("SM1201"));
        Assert.Equal(12, warning.Line);
        Assert.Equal("content/posts/test.md", warning.Path);
    }

    [Fact]
    public void Pandoc_class_divs_are_generic_containers_without_warning()
    {
        var body = _site.Render("::: {.columns #c1}\nText\n:::\n");
        var div = body.QuerySelector("div#c1")!;
        Assert.Contains("columns", div.ClassList);
        Assert.Empty(_site.Diagnostics.Sorted());
    }

    [Fact]
    public void Unclosed_fence_is_a_warning()
    {
        _site.Render("::: remark\nNo end.\n");
        Assert.Single(_site.Warnings("SM1203"));
    }

    [Fact]
    public void Nested_fences_of_equal_length_close_innermost_first()
    {
        var body = _site.Render("::: theorem\nStatement.\n\n::: proof\nInside.\n:::\n\nStill theorem.\n:::\n\nOutside.\n");
        var theorem = body.QuerySelector("div.math-callout--theorem")!;
        Assert.NotNull(theorem.QuerySelector(":scope > div.math-callout--proof"));
        Assert.Contains(theorem.QuerySelectorAll(":scope > p"), p => p.TextContent == "Still theorem.");
        Assert.Equal("Outside.", body.QuerySelector(":scope > p")!.TextContent);
    }

    [Theory]
    [InlineData("NOTE", "note", "Note")]
    [InlineData("WARNING", "warning", "Warning")]
    [InlineData("TIP", "tip", "Tip")]
    [InlineData("IMPORTANT", "important", "Important")]
    [InlineData("CAUTION", "caution", "Caution")]
    public void GitHub_alerts_become_callouts(string marker, string kind, string label)
    {
        var body = _site.Render($"> [!{marker}]\n> Mind the *gap*.\n");
        var box = body.QuerySelector("div.math-callout")!;
        Assert.Contains("math-callout--" + kind, box.ClassList);
        Assert.Equal(label, Label(box));
        Assert.Equal("gap", box.QuerySelector("em")!.TextContent);
        Assert.Null(body.QuerySelector("svg"));
    }

    [Fact]
    public void Quarto_callout_uses_its_title_as_label()
    {
        var body = _site.Render("::: {.callout-warning title=\"Heads *up*\"}\nCareful.\n:::\n");
        var box = body.QuerySelector("div.math-callout--warning")!;
        Assert.Equal("Heads up", Label(box));
        Assert.DoesNotContain("callout-warning", box.ClassList);
        Assert.Null(box.GetAttribute("title"));
    }

    [Fact]
    public void Quarto_callout_heading_becomes_its_title()
    {
        var body = _site.Render("::: {.callout-tip}\n## Pro tip\nUse fenced divs.\n:::\n");
        var box = body.QuerySelector("div.math-callout--tip")!;
        Assert.Equal("Pro tip", Label(box));
        Assert.Null(box.QuerySelector("h2"));
        Assert.Null(box.QuerySelector(".math-callout__name"));
    }

    [Fact]
    public void Block_options_are_read_from_staticmath_yml()
    {
        var bag = new StaticMath.Site.Diagnostics.DiagnosticBag();
        var config = SiteConfigLoader.Parse("""
            callouts:
              numbering: shared
            figures:
              numbering: true
              label: Fig.
            embeds:
              mode: click-to-load
            code:
              lineNumbers: true
              showLanguage: false
            """, "staticmath.yml", SiteFeatures.Sections, bag);
        Assert.Empty(bag.Sorted());
        Assert.Equal(CalloutNumbering.Shared, config.Section<CalloutsConfig>().NumberingMode);
        Assert.True(config.Section<FiguresConfig>().Numbering);
        Assert.Equal("Fig.", config.Section<FiguresConfig>().Label);
        Assert.True(config.Section<EmbedsConfig>().ClickToLoad);
        Assert.True(config.Section<CodeConfig>().LineNumbers);
        Assert.False(config.Section<CodeConfig>().ShowLanguage);
        Assert.False(config.Extra.ContainsKey("callouts"));
    }

    [Fact]
    public void Quarto_theorem_by_id_prefix_takes_its_name_from_the_first_heading()
    {
        var body = _site.Render("::: {#thm-line}\n## Line\nThe equation.\n:::\n\nBy [](#thm-line).\n");
        var box = body.QuerySelector("div#thm-line")!;
        Assert.Equal("Theorem 1", Label(box));
        Assert.Equal("(Line)", box.QuerySelector(".math-callout__name")!.TextContent);
        Assert.Null(box.QuerySelector("h2"));
        Assert.Equal("Theorem 1", body.QuerySelector("a.sm-ref")!.TextContent);
    }

    [Theory]
    [InlineData("> ##### TIP\n>\n> Advice here.\n{: .block-tip}\n", "tip")]
    [InlineData("> Danger here.\n{: .block-danger}\n", "danger")]
    [InlineData("> Careful.\n\n{: .block-warning}\n", "warning")]
    public void Al_folio_block_quotes_become_callouts(string markdown, string kind)
    {
        var body = _site.Render(markdown);
        var quote = body.QuerySelector("blockquote")!;
        Assert.Contains("math-callout", quote.ClassList);
        Assert.Contains("math-callout--" + kind, quote.ClassList);
        Assert.Contains("block-" + kind, quote.ClassList);
        Assert.DoesNotContain("{:", body.TextContent);
    }

    [Fact]
    public void Plain_quote_stays_a_plain_quote()
    {
        var body = _site.Render("> Just a quote.\n");
        var quote = body.QuerySelector("blockquote")!;
        Assert.Empty(quote.ClassList);
    }

    [Fact]
    public void Plain_theorem_and_proof_divs_are_upgraded()
    {
        var body = _site.Render("""
            <div class="theorem" data-title="Main">
            <p>Raw statement.</p>
            </div>

            <div class="proof" markdown="1">
            By *induction*.
            </div>
            """);
        var theorem = body.QuerySelector("div.theorem")!;
        Assert.Contains("math-callout--theorem", theorem.ClassList);
        Assert.Equal("Theorem 1", Label(theorem));
        Assert.Equal("(Main)", theorem.QuerySelector(".math-callout__name")!.TextContent);
        var proof = body.QuerySelector("div.proof")!;
        Assert.Equal("Proof", Label(proof));
        Assert.NotNull(proof.QuerySelector("em"));
    }

    [Fact]
    public void Corpus_html_callouts_keep_their_own_title_and_are_not_numbered()
    {
        var body = _site.Render("""
            <div class="math-callout math-callout--definition" markdown="1">
              <p class="math-callout__title"><span class="math-callout__label">Definition</span><span class="math-callout__name">(Score function)</span></p>

            For a density $p(x)$ the **score** is:

            * a vector field,
            * pointing uphill.

            </div>
            """);
        var box = body.QuerySelector("div.math-callout--definition")!;
        Assert.Equal("Definition", Label(box));
        Assert.Single(box.QuerySelectorAll(".math-callout__title"));
        Assert.Equal("score", box.QuerySelector("p > strong")!.TextContent);
        Assert.Equal(2, box.QuerySelectorAll("ul > li").Length);
        Assert.DoesNotContain("markdown=", _site.LastHtml);
    }

    [Fact]
    public void Callout_title_is_inline_markdown_with_math()
    {
        var body = _site.Render("::: theorem \"Bound on $\\|x\\|$ for *all* x\"\nBody.\n:::\n");
        var name = body.QuerySelector(".math-callout__name")!;
        Assert.Equal("all", name.QuerySelector("em")!.TextContent);
        Assert.NotNull(name.QuerySelector(".math-inline svg"));
    }

    [Fact]
    public void Unnumbered_html_callout_with_an_id_is_a_reference_target()
    {
        var body = _site.Render("""
            <div class="math-callout math-callout--definition" id="def-div" markdown="1">
            <p class="math-callout__title"><span class="math-callout__label">Definition</span><span class="math-callout__name">(Divergence)</span></p>

            Text.
            </div>

            As in [](#def-div).
            """);
        Assert.Equal("Definition", body.QuerySelector("a.sm-ref")!.TextContent);
    }

    [Fact]
    public void Callout_inside_details_markdown_block()
    {
        var body = _site.Render("""
            <details markdown="1">
            <summary>Show the lemma</summary>

            ::: lemma "Hidden"
            Inside **details**.
            :::

            </details>
            """);
        var details = body.QuerySelector("details")!;
        Assert.Equal("Show the lemma", details.QuerySelector("summary")!.TextContent);
        var lemma = details.QuerySelector(":scope > div.math-callout--lemma")!;
        Assert.Equal("Lemma 1", Label(lemma));
        Assert.Equal("details", lemma.QuerySelector("strong")!.TextContent);
    }

    [Fact]
    public void Math_carrying_callout_inside_a_list_item_hands_math_to_inline_parsing()
    {
        var body = _site.Render("""
            1. First item

               ::: theorem "Energy"
               We have $E = mc^2$ and *more*.
               :::

            2. Second item
            """);
        var item = body.QuerySelectorAll("ol > li")[0];
        var theorem = item.QuerySelector("div.math-callout--theorem")!;
        var paragraph = theorem.QuerySelector(":scope > p:not(.math-callout__title)")!;
        Assert.Equal("more", paragraph.QuerySelector("em")!.TextContent);
        // The content reached inline parsing: the math extension turned the TeX into its inline math node.
        var math = paragraph.QuerySelector(".math-inline svg[role='img']")!;
        Assert.Equal("E = mc^2", math.GetAttribute("aria-label"));
        Assert.Equal(2, body.QuerySelectorAll("ol > li").Length);
    }
}
