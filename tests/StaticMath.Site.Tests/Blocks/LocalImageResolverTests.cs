using StaticMath.Site.Markdown.Extensions.Figures;

namespace StaticMath.Site.Tests.Blocks;

public class LocalImageResolverTests
{
    private static readonly string Site = Path.Combine(Path.GetTempPath(), "sm-site");

    [Fact]
    public void Base_path_prefix_from_relative_url_is_not_a_folder_on_disk()
    {
        var candidates = LocalImageResolver.Candidates(Site, "content/posts/a.md", "/notes/assets/img/x.png", "/notes");
        Assert.Equal(Path.Combine(Site, "content", "assets", "img", "x.png"), candidates[0]);
        Assert.Equal(Path.Combine(Site, "static", "assets", "img", "x.png"), candidates[1]);
    }

    [Fact]
    public void Root_relative_path_outside_the_base_path_is_looked_up_as_written()
    {
        var candidates = LocalImageResolver.Candidates(Site, "content/posts/a.md", "/notesx/x.png", "/notes");
        Assert.Equal(Path.Combine(Site, "content", "notesx", "x.png"), candidates[0]);
    }

    [Fact]
    public void Relative_path_is_looked_up_next_to_the_page()
    {
        var candidates = LocalImageResolver.Candidates(Site, "content/posts/a.md", "x.png", "/notes");
        Assert.Equal(Path.Combine(Site, "content", "posts", "x.png"), candidates[0]);
    }
}
