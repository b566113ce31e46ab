namespace StaticMath.Site.Tests.Blocks;

public sealed class ConvoTests : IDisposable
{
    private readonly BlockTestSite _site = new();

    public void Dispose() => _site.Dispose();

    private const string RawConvo = """
        <div class="convo">

        <div class="user">
        <p>
        Derive the probability-flow ODE.
        </p>
        </div>

        <div class="gpt">
        <p>
        It removes the noise term:
        </p>

        $$
        \dot x = f(x,t)
        $$

        <p>
        Sampling is deterministic.
        </p>
        </div>

        </div>
        """;

    private const string MarkdownConvo = """
        :::: convo
        ::: user
        Derive the probability-flow ODE.
        :::

        ::: gpt
        It removes the noise term:

        $$
        \dot x = f(x,t)
        $$

        Sampling is deterministic.
        :::
        ::::
        """;

    [Fact]
    public void Raw_convo_html_becomes_labelled_bubbles_with_content_inside()
    {
        var body = _site.Render(RawConvo);
        var convo = body.QuerySelector("div.convo")!;
        var messages = convo.Children.ToList();
        Assert.Equal(2, messages.Count);
        Assert.Equal(["user", "convo__message", "convo__message--user"], messages[0].ClassList.ToArray());
        Assert.Equal("User", messages[0].QuerySelector(":scope > .convo__role")!.TextContent);
        Assert.Equal("Assistant", messages[1].QuerySelector(":scope > .convo__role")!.TextContent);
        Assert.Contains("\\dot x = f(x,t)", messages[1].InnerHtml);
        Assert.Contains("Sampling is deterministic.", messages[1].TextContent);
    }

    [Fact]
    public void Markdown_convo_produces_the_same_structure_as_the_html_form()
    {
        var fromHtml = _site.Render(RawConvo).QuerySelector("div.convo")!;
        var fromMarkdown = _site.Render(MarkdownConvo).QuerySelector("div.convo")!;
        Assert.Equal(
            fromHtml.Children.Select(c => string.Join(' ', c.ClassList) + "|" + c.QuerySelector(".convo__role")!.TextContent),
            fromMarkdown.Children.Select(c => string.Join(' ', c.ClassList) + "|" + c.QuerySelector(".convo__role")!.TextContent));
        Assert.Contains("\\dot x = f(x,t)", fromMarkdown.Children[1].InnerHtml);
    }

    [Fact]
    public void Markdown_messages_support_lists_code_and_custom_role_labels()
    {
        var body = _site.Render("""
            :::: convo
            ::: system
            Be terse.
            :::
            ::: assistant "Claude"
            - one
            - two

            ```python
            print(1)
            ```
            :::
            ::::
            """);
        var messages = body.QuerySelector("div.convo")!.Children.ToList();
        Assert.Equal("System", messages[0].QuerySelector(".convo__role")!.TextContent);
        Assert.Contains("convo__message--system", messages[0].ClassList);
        Assert.Equal("Claude", Assert.Single(messages[1].QuerySelectorAll(".convo__role")).TextContent);
        Assert.Equal(2, messages[1].QuerySelectorAll("li").Length);
        Assert.NotNull(messages[1].QuerySelector("div.code-block--python"));
    }
}
