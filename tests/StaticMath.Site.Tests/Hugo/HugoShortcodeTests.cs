using StaticMath.Site.Tests.Blocks;

namespace StaticMath.Site.Tests.Hugo;

/// <summary>Issue 22: Hugo posts' shortcodes build unchanged (highlight, figure, box-style callouts, unknown ones kept).</summary>
public sealed class HugoShortcodeTests : IDisposable
{
    private readonly BlockTestSite _site = new();

    public void Dispose() => _site.Dispose();

    // In the style of a Hugo post (content/posts/go-channels.md) using the built-in and theme shortcodes.
    private const string HugoPost = """
        The worker loop:

        {{< highlight go "linenos=table" >}}
        func worker(jobs <-chan int) {
            for j := range jobs {

                fmt.Println(j)
            }
        }
        {{< /highlight >}}

        {{< figure src="/images/loss.png" alt="Loss curve" caption="Training loss of $f_\theta$, *smoothed*" >}}

        {{< notice warning >}}
        Channels are **not** queues: $n$ senders block.
        {{< /notice >}}

        After the box.
        """;

    [Fact]
    public void Highlight_is_a_code_block_with_its_indentation_and_blank_lines()
    {
        var body = _site.Render(HugoPost);

        var code = Assert.Single(body.QuerySelectorAll("pre code"));
        Assert.Equal("func worker(jobs <-chan int) {\n    for j := range jobs {\n\n        fmt.Println(j)\n    }\n}\n", code.TextContent);
        Assert.Contains("language-go", code.ClassName ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("highlight", body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Figure_has_its_image_and_a_markdown_caption_with_math()
    {
        var figure = Assert.Single(_site.Render(HugoPost).QuerySelectorAll("figure"));

        Assert.Equal("/images/loss.png", figure.QuerySelector("img")!.GetAttribute("src"));
        Assert.Equal("Loss curve", figure.QuerySelector("img")!.GetAttribute("alt"));
        Assert.Equal("smoothed", figure.QuerySelector("figcaption em")!.TextContent);
        Assert.NotNull(figure.QuerySelector("figcaption svg"));
    }

    [Fact]
    public void Paired_box_shortcode_is_a_callout_with_markdown_inside()
    {
        var body = _site.Render(HugoPost);

        var callout = Assert.Single(body.QuerySelectorAll(".math-callout"));
        Assert.Contains("math-callout--warning", callout.ClassName ?? "", StringComparison.Ordinal);
        Assert.Equal("not", callout.QuerySelector("strong")!.TextContent);
        Assert.NotNull(callout.QuerySelector("svg"));
        Assert.Equal("After the box.", body.Children[^1].TextContent);
        Assert.Empty(_site.Warnings("SM1602"));
    }

    [Fact]
    public void Unknown_shortcodes_warn_at_their_line_and_keep_their_text()
    {
        var body = _site.Render("Intro.\n\n{{< youtube w7Ft2ymGmfc >}}\n\n{{< spoiler text=\"Answer\" >}}\nIt is **42**.\n{{< /spoiler >}}\n");

        Assert.Contains("{{< youtube w7Ft2ymGmfc >}}", body.TextContent, StringComparison.Ordinal);
        Assert.Equal("42", body.QuerySelector(".shortcode-spoiler strong")!.TextContent);
        var warnings = _site.Warnings("SM1602");
        Assert.Equal([3, 5], warnings.Select(w => w.Line));
        Assert.Contains("'youtube'", warnings[0].Message, StringComparison.Ordinal);
        // Liquid, which runs first on bodies with braces, leaves shortcode calls alone.
        Assert.All(_site.Diagnostics.Sorted(), d => Assert.Equal("SM1602", d.Code));
    }
}
