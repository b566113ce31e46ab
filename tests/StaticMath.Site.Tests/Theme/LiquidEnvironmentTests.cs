using StaticMath.Site.Build;
using StaticMath.Site.Configuration;
using StaticMath.Site.Content;
using StaticMath.Site.Core;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Engine;
using StaticMath.Site.Liquid;
using StaticMath.Site.Output;
using StaticMath.Site.Themes;
using StaticMath.Site.Tests.Foundation;

namespace StaticMath.Site.Tests.Theme;

/// <summary>
/// Page bodies and layouts share one Liquid environment (tags, filters, limits), made once per configuration and
/// theme and kept across rebuilds; what belongs to a build (its diagnostics, its "now") is never kept in it.
/// </summary>
public sealed class LiquidEnvironmentTests
{
    private static TempSite Site() => new TempSite()
        .With("staticmath.yml", "title: Env\nbaseUrl: https://example.org/\n")
        .With("layouts/partials/extra.liquid", "<p class=\"extra\">{{ page.title | shout }}</p>\n")
        .With("layouts/page.liquid", "---\nlayout: base\n---\n<main>{{ content }}<time>{{ page.date | date_to_string }}</time></main>\n{% include 'partials/extra' %}\n")
        .With("content/about.md", "---\ntitle: Updating $x$\ndate: 2024-03-05\n---\nTitle as text: {{ page.title | math_text }}\n");

    private static BuildResult Build(SiteSession session) => session.Build(new MemoryOutput(), null, "(memory)");

    [Fact]
    public void Bodies_and_layouts_have_the_same_filters()
    {
        using var site = Site();

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = site.Read("about/index.html");
        // A Jekyll filter in a layout, a theme filter in a body: each used to exist on one side only.
        Assert.Contains("<time>05 Mar 2024</time>", html);
        Assert.Contains("Title as text: Updating x", html);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownFilter && d.Message.Contains("date_to_string", StringComparison.Ordinal));
    }

    [Fact]
    public void The_environment_is_kept_across_rebuilds_and_its_template_warnings_are_reported_by_every_build()
    {
        using var site = Site();
        var session = new SiteSession(new BuildOptions { SourceDirectory = site.Root, NoCache = true, Now = TempSite.Now });
        static int UnknownFilterWarnings(BuildResult result) => result.Diagnostics.Count(d => d.Code == DiagnosticCodes.UnknownFilter && d.Message.Contains("'shout'", StringComparison.Ordinal));

        Assert.Equal(1, UnknownFilterWarnings(Build(session)));
        site.With("content/about.md", "---\ntitle: About, edited\n---\nEdited.\n");
        File.SetLastWriteTimeUtc(Path.Combine(site.Root, "content/about.md"), DateTime.UtcNow.AddSeconds(5));
        Assert.Equal(1, UnknownFilterWarnings(Build(session)));
        Assert.Equal(1, session.TemplatesCreated);

        site.With("layouts/partials/extra.liquid", "<p class=\"extra\">{{ page.title | upcase }}</p>\n");
        File.SetLastWriteTimeUtc(Path.Combine(site.Root, "layouts/partials/extra.liquid"), DateTime.UtcNow.AddSeconds(5));
        var afterLayoutEdit = Build(session);
        Assert.Equal(0, UnknownFilterWarnings(afterLayoutEdit));
        Assert.Equal(2, session.TemplatesCreated);
        Assert.Equal(1, session.PipelinesCreated);
    }

    [Fact]
    public void Templates_take_the_features_one_registration_and_add_the_themes_filters_to_a_copy()
    {
        var config = new SiteConfig();
        var features = SiteFeatures.Register(config, new DiagnosticBag()).Part<LiquidRegistry>();
        features.AddTag("probe", (_, writer, _, _) => new ValueTask<Fluid.Ast.Completion>(Fluid.Ast.Completion.Normal));

        // Made twice from one registration, as after a layout edit in serve: the features are not registered again.
        var first = ThemeTemplates.Create(Path.GetTempPath(), ThemeFiles.EmbeddedDefault(), config, features);
        var second = ThemeTemplates.Create(Path.GetTempPath(), ThemeFiles.EmbeddedDefault(), config, features);

        Assert.Contains("probe", first.Liquid.CustomTags);
        Assert.Contains("youtube", second.Liquid.CustomTags);
        Assert.True(second.Liquid.Options.Filters.TryGetValue("math_text", out _));
        Assert.False(features.Build(themeFiles: null).Options.Filters.TryGetValue("math_text", out _));
    }

    [Fact]
    public void A_filter_or_tag_registered_twice_is_refused()
    {
        var registry = new LiquidRegistry();
        JekyllLiquid.Register(registry);

        Assert.Throws<InvalidOperationException>(() => registry.AddFilter("relative_url", (input, _, _) => new ValueTask<Fluid.Values.FluidValue>(input)));
        Assert.Throws<InvalidOperationException>(() => registry.AddBlock("include", (_, _, _, _, _) => new ValueTask<Fluid.Ast.Completion>(Fluid.Ast.Completion.Normal)));
    }

    [Fact]
    public void A_layout_includes_theme_partials_by_quoted_name_and_jekyll_includes_by_bare_name()
    {
        using var site = new TempSite()
            .With("staticmath.yml", "title: Env\nbaseUrl: https://example.org/\n")
            .With("includes/note.html", "<aside class=\"note\">{{ include.text }}</aside>")
            .With("layouts/partials/meta.liquid", "<p class=\"meta\">{{ page.title }}</p>")
            .With("layouts/page.liquid", "{% include 'partials/meta' %}{% include note.html text=\"from the layout\" %}{{ content }}")
            .With("content/about.md", "---\ntitle: About\n---\n{% include note.html text=\"from the body\" %}\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = site.Read("about/index.html");
        Assert.Contains("<p class=\"meta\">About</p>", html);
        Assert.Contains("<aside class=\"note\">from the layout</aside>", html);
        Assert.Contains("<aside class=\"note\">from the body</aside>", html);
    }
}
