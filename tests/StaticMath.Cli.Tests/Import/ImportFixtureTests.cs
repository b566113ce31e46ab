using StaticMath.Site.Import;
using StaticMath.Site.Markdown.Extensions.CodeHighlighting;
using StaticMath.Site.Markdown.Extensions.KramdownExtensions;
using StaticMath.Site.Markdown.Extensions.Math;

namespace StaticMath.Cli.Tests.Import;

/// <summary>
/// <c>staticmath import</c> on a small site of each generator, written in that generator's real layout (Fixtures/):
/// the exact report, the settings and macros in the new staticmath.yml, the copied files, and a build of the new site
/// with no errors.
/// </summary>
public sealed class ImportFixtureTests
{
    [Fact]
    public void Jekyll_al_folio_site_becomes_a_StaticMath_site_that_builds()
    {
        using var run = ImportRun.Of("jekyll");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([
            "_config.yml:2: title → title: Ada's research blog",
            "_config.yml:5: description → description: Notes on analysis and probability.",
            "_config.yml:3: first_name/last_name → author: Ada Example",
            "_config.yml:6: url + baseurl → baseUrl: https://ada.example.org/research/",
            "_config.yml:8: lang → language: en",
            "_config.yml:9: timezone → timezone: Europe/Paris",
            "_config.yml:10: permalink '/blog/:year/:title/' → permalinks.posts: /blog/{year}/{slug}/",
            "_config.yml:19: jekyll-archives.permalinks.tag '/blog/tag/:name/' → permalinks.tags: /blog/tag/{slug}/",
            "_config.yml:15: pagination.per_page → paginate: 5",
            "_config.yml:22: markdown: kramdown (Jekyll's Markdown) → markdown: kramdown",
            "_config.yml:32: kramdown.parse_block_html → kramdown.parseBlockHtml: true",
            "_config.yml:11: highlight_theme_light 'github' → code.light: github-light",
            "_posts/: 2 file(s) → content/_posts/",
            "_drafts/: 1 file(s) → content/_drafts/",
            "_pages/: 1 file(s) → content/",
            "_bibliography/: 1 file(s) → _bibliography/",
            "_includes/: 1 file(s) → _includes/",
            "assets/: 1 file(s) → static/assets/",
            "_includes/head/mathjax.html:8: macro \\RR → math.macros.RR: {\\mathbb{R}}",
            "_includes/head/mathjax.html:9: macro \\norm → math.macros.norm: [\\left\\lVert #1 \\right\\rVert, 1]",
            "_includes/head/mathjax.html:10: macro \\E → math.macros.E: \\operatorname{\\mathbb{E}}",
            "_includes/head/mathjax.html:5: equation numbers 'ams' → math.numbering: ams",
            "_pages/about.md:2: layout 'about' → layouts/about.liquid (shows it with the theme's page layout)",
            "_posts/2021-05-05-score.md:9: kramdown extension read by the build as written: {::options parse_block_html=\"true\" /}",
        ], run.Converted);
        Assert.Equal([
            "_config.yml(12,1): warning SM1664: highlight_theme_dark: the code colour style 'native' is not one of StaticMath's (code.dark keeps its default); see the code styles in the docs",
            "_config.yml(20,1): warning SM1664: theme_color: StaticMath's configuration has no site colours (the default theme's palette follows light/dark mode); set colours in a theme override (staticmath theme export)",
            "_config.yml(21,1): warning SM1664: show_drafts: StaticMath has no drafts setting: drafts (content/_drafts/, draft: true) build with --drafts",
            "_config.yml(23,1): warning SM1664: plugins: no StaticMath setting for this; not carried over",
            "_config.yml(26,1): warning SM1664: scholar: no StaticMath setting for this; not carried over",
            "_includes/head/mathjax.html(11,1): warning SM1665: macro \\Prob: its definition is not a string or [string, arity(, default)] literal, not converted",
            "_layouts/: warning SM1666: the Jekyll theme's layouts, styles, plugins and data are not imported; the site uses StaticMath's theme",
            "index.html: warning SM1666: a page built with the Jekyll theme's Liquid; StaticMath's theme makes the home, feed and archive pages",
        ], run.Problems);

        var config = run.LoadConfig();
        Assert.Equal("Ada's research blog", config.Title);
        Assert.Equal("Ada Example", config.Author);
        Assert.Equal("https://ada.example.org/research/", config.BaseUrl);
        Assert.Equal("en", config.Language);
        Assert.Equal("Europe/Paris", config.Timezone);
        Assert.Equal("/blog/{year}/{slug}/", config.Permalinks.Posts);
        Assert.Equal("/blog/tag/{slug}/", config.Permalinks.Tags);
        Assert.Equal(5, config.Paginate);
        Assert.Equal("kramdown", config.Markdown);
        Assert.True(config.Section<KramdownConfig>().ParseBlockHtml);
        Assert.Equal("github-light", config.Section<CodeConfig>().Light);
        Assert.Equal("github-dark", config.Section<CodeConfig>().Dark);
        Assert.Equal("ams", config.Section<MathConfig>().Numbering);
        var macros = config.Section<MathConfig>().MacroDefinitions(problem => Assert.Fail(problem));
        Assert.Equal(["E", "RR", "norm"], macros.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(@"{\mathbb{R}}", macros["RR"].Body);
        Assert.Equal(@"\left\lVert #1 \right\rVert", macros["norm"].Body);
        Assert.Equal(1, macros["norm"].Arity);

        run.AssertCopied("_posts/2021-05-05-score.md", "content/_posts/2021-05-05-score.md");
        run.AssertCopied("_drafts/unfinished-idea.md", "content/_drafts/unfinished-idea.md");
        run.AssertCopied("_pages/about.md", "content/about.md");
        run.AssertCopied("_bibliography/refs.bib", "_bibliography/refs.bib");
        run.AssertCopied("_includes/head/mathjax.html", "_includes/head/mathjax.html");
        run.AssertCopied("assets/img/plot.svg", "static/assets/img/plot.svg");
        Assert.False(File.Exists(Path.Combine(run.Target, "static", "Gemfile")));
        Assert.False(Directory.Exists(Path.Combine(run.Target, "_layouts")));

        var build = run.Build();
        Assert.DoesNotContain(build.Diagnostics, d => d.IsError);
        Assert.True(run.Built("blog/2021/score/index.html"));
        Assert.True(run.Built("blog/tag/statistics/index.html"));
        Assert.True(run.Built("about/index.html"));
        Assert.Contains("Knuth", File.ReadAllText(Path.Combine(run.Target, "_site", "blog/2022/citations/index.html")));
    }

    [Fact]
    public void Hugo_site_with_a_KaTeX_partial_becomes_a_StaticMath_site_that_builds()
    {
        using var run = ImportRun.Of("hugo");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([
            "hugo.toml:3: title → title: Grace's numerical notebook",
            "hugo.toml:9: params.description → description: Numerical analysis, with equations.",
            "hugo.toml:10: params.author → author: Grace Example",
            "hugo.toml:1: baseURL → baseUrl: https://grace.example.net/",
            "hugo.toml:2: languageCode → language: en",
            "hugo.toml:4: timeZone → timezone: America/New_York",
            "hugo.toml:15: permalinks.posts '/:year/:month/:slug/' → permalinks.posts: /{year}/{month}/{slug}/",
            "hugo.toml:18: pagination.pagerSize → paginate: 8",
            "hugo.toml:21: taxonomy tags → tag pages at permalinks.tags (/tags/{slug}/)",
            "hugo.toml:25: markup.highlight.style 'monokai' → code.light: monokai",
            "hugo.toml:25: markup.highlight.style 'monokai' → code.dark: monokai",
            "content/: 5 file(s) → content/",
            "static/: 1 file(s) → static/",
            "layouts/partials/math.html:13: macro \\eps → math.macros.eps: \\varepsilon",
            "layouts/partials/math.html:14: macro \\abs → math.macros.abs: [\\left|#1\\right|, 1]",
            "layouts/partials/math.html:15: macro \\dd → math.macros.dd: \\mathrm{d}",
            "content/posts/newton.md:11: Hugo shortcode read by the build as written: {{< highlight python >}}",
            "content/posts/newton.md:14: Hugo shortcode read by the build as written: {{< /highlight >}}",
        ], run.Converted);
        Assert.Equal([
            "archetypes/: warning SM1666: Hugo's templates, themes, data and archetypes are not imported; the site uses StaticMath's theme",
            "content/_index.md: warning SM1666: a section's list page: StaticMath's home and tag pages list the posts, so its text is not on the new site; move the text into a page (content/about.md) to keep it",
            "content/posts/secant/: warning SM1666: a page bundle: its files are published at /posts/secant/, but permalinks.posts (/{year}/{month}/{slug}/) puts the page elsewhere, so its relative links to them break; give it permalink: /posts/secant/ or link the files by that path",
            "hugo.toml(5,1): warning SM1664: buildDrafts: StaticMath has no drafts setting: posts with draft: true build with --drafts",
            "hugo.toml(6,1): warning SM1664: enableRobotsTXT: no StaticMath setting for this; not carried over",
            "hugo.toml(12,1): warning SM1664: params.primaryColor: StaticMath's configuration has no site colours (the default theme's palette follows light/dark mode); set colours in a theme override (staticmath theme export)",
            "hugo.toml(15,1): warning SM1664: permalinks.posts: Hugo's :slug and :title fall back to the post's title, StaticMath's {slug} to its file name: a post without slug: in its front matter whose file name differs from its title gets a different URL",
            "hugo.toml(22,1): warning SM1664: taxonomies.category: StaticMath makes pages for tags only; 'categories' stay in the posts' front matter (page.categories) without pages of their own",
            "layouts/: warning SM1666: Hugo's templates, themes, data and archetypes are not imported; the site uses StaticMath's theme",
        ], run.Problems);

        var config = run.LoadConfig();
        Assert.Equal("Grace's numerical notebook", config.Title);
        Assert.Equal("Numerical analysis, with equations.", config.Description);
        Assert.Equal("https://grace.example.net/", config.BaseUrl);
        Assert.Equal("/{year}/{month}/{slug}/", config.Permalinks.Posts);
        Assert.Equal(8, config.Paginate);
        Assert.Equal("monokai", config.Section<CodeConfig>().Light);
        Assert.Equal("monokai", config.Section<CodeConfig>().Dark);
        var macros = config.Section<MathConfig>().MacroDefinitions(problem => Assert.Fail(problem));
        Assert.Equal(["abs", "dd", "eps"], macros.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(1, macros["abs"].Arity);

        run.AssertCopied("content/posts/newton.md", "content/posts/newton.md");
        run.AssertCopied("content/posts/bisection.md", "content/posts/bisection.md");
        run.AssertCopied("content/posts/secant/convergence.svg", "content/posts/secant/convergence.svg");
        run.AssertCopied("static/images/logo.svg", "static/images/logo.svg");
        Assert.False(File.Exists(Path.Combine(run.Target, "content", "_index.md")));

        var build = run.Build();
        Assert.DoesNotContain(build.Diagnostics, d => d.IsError);
        Assert.True(run.Built("2023/02/newton/index.html"));
        Assert.True(run.Built("posts/secant/convergence.svg"));
        Assert.True(run.Built("tags/root-finding/index.html"));
    }

    [Fact]
    public void Zola_site_with_TOML_front_matter_becomes_a_StaticMath_site_that_builds()
    {
        using var run = ImportRun.Of("zola");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([
            "config.toml:3: title → title: Emmy's algebra notes",
            "config.toml:4: description → description: Rings, fields and modules.",
            "config.toml:19: extra.author → author: Emmy Example",
            "config.toml:2: base_url → baseUrl: https://emmy.example.com",
            "config.toml:5: default_language → language: en",
            "config.toml: Zola's URLs /SECTION/SLUG/ → permalinks.posts: /{section}/{slug}/",
            "config.toml:9: taxonomy tags → tag pages at permalinks.tags (/tags/{slug}/)",
            "config.toml:16: markdown.highlight_theme 'dracula' → code.light: dracula",
            "config.toml:16: markdown.highlight_theme 'dracula' → code.dark: dracula",
            "config.toml:7: build_search_index → search: true",
            "content/: 2 file(s) → content/",
            "static/: 1 file(s) → static/",
            "templates/base.html:12: macro \\Z → math.macros.Z: \\mathbb{Z}",
            "templates/base.html:13: macro \\ideal → math.macros.ideal: [\\langle #1 \\rangle, 1]",
            "templates/base.html:14: macro \\Hom → math.macros.Hom: \\operatorname{Hom}",
            "content/blog/2023-03-01-ideals.md:12: Zola shortcode read by the build as written: {% katex(block=true) %}",
            "content/blog/2023-03-01-ideals.md:14: Zola shortcode read by the build as written: {% end %}",
        ], run.Converted);
        Assert.Equal([
            "config.toml(9,1): warning SM1664: taxonomies: StaticMath makes pages for tags only; 'series' stay in the posts' front matter without pages of their own",
            "config.toml(20,1): warning SM1664: extra.accent_color: StaticMath's configuration has no site colours (the default theme's palette follows light/dark mode); set colours in a theme override (staticmath theme export)",
            "content/_index.md: warning SM1666: a section's list page: StaticMath's home and tag pages list the posts",
            "content/blog/_index.md: warning SM1666: a section's list page: StaticMath's home and tag pages list the posts",
            "sass/: warning SM1666: Zola's templates, Sass and themes are not imported; the site uses StaticMath's theme",
            "templates/: warning SM1666: Zola's templates, Sass and themes are not imported; the site uses StaticMath's theme",
        ], run.Problems);

        var config = run.LoadConfig();
        Assert.Equal("Emmy's algebra notes", config.Title);
        Assert.Equal("Emmy Example", config.Author);
        Assert.Equal("https://emmy.example.com", config.BaseUrl);
        Assert.Equal("/{section}/{slug}/", config.Permalinks.Posts);
        Assert.Equal("dracula", config.Section<CodeConfig>().Dark);
        Assert.True(config.Search);
        var macros = config.Section<MathConfig>().MacroDefinitions(problem => Assert.Fail(problem));
        Assert.Equal(["Hom", "Z", "ideal"], macros.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(@"\langle #1 \rangle", macros["ideal"].Body);
        Assert.Equal(1, macros["ideal"].Arity);

        run.AssertCopied("content/blog/2023-03-01-ideals.md", "content/blog/2023-03-01-ideals.md");
        run.AssertCopied("static/img/lattice.svg", "static/img/lattice.svg");

        var build = run.Build();
        Assert.DoesNotContain(build.Diagnostics, d => d.IsError);
        Assert.True(run.Built("blog/ideals/index.html"));
        Assert.True(run.Built("blog/modules/index.html"));
        Assert.True(run.Built("tags/rings/index.html"));
        Assert.True(run.Built("img/lattice.svg"));
    }

    [Fact]
    public void Quarto_blog_becomes_a_StaticMath_site_that_builds()
    {
        using var run = ImportRun.Of("quarto");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([
            "_quarto.yml:5: website.title → title: Hedy's data notes",
            "_quarto.yml:7: website.description → description: Statistics with equations.",
            "_quarto.yml:6: website.site-url → baseUrl: https://hedy.example.io/",
            "_quarto.yml: Quarto's URLs /FOLDER/NAME/ → permalinks.posts: /{section}/{slug}/",
            "_quarto.yml: Pandoc's math (escapes kept as written) → math.escapes: tex",
            "./: 6 file(s) (pages, posts and the files beside them) → content/",
            "macros.html:5: macro \\Var → math.macros.Var: \\operatorname{Var}",
            "macros.html:6: macro \\Cov → math.macros.Cov: [\\operatorname{Cov}(#1, #2), 2]",
            "macros.html:7: macro \\indep → math.macros.indep: \\perp\\!\\!\\!\\perp",
        ], run.Converted);
        Assert.Equal([
            "_quarto.yml(8,1): warning SM1664: website.navbar: the navigation bar is not converted; list the links under nav: in staticmath.yml",
            "_quarto.yml(14,1): warning SM1664: format.html.theme: Quarto's Bootstrap theme is not imported; the site uses StaticMath's theme",
            "_quarto.yml(16,1): warning SM1664: format.html.toc: a table of contents on every page: StaticMath writes one where a page's front matter says toc: true",
            "_quarto.yml(17,1): warning SM1664: format.html.html-math-method: StaticMath prerenders every equation to SVG at build time; no math script is needed",
            "index.qmd: warning SM1666: a listing page: StaticMath's home page lists the posts",
            "posts/_metadata.yml(4,1): warning SM1664: freeze: folder-wide front matter is not applied by StaticMath; add it to the front matter of the posts that need it",
            "posts/_metadata.yml(7,1): warning SM1664: title-block-banner: folder-wide front matter is not applied by StaticMath; add it to the front matter of the posts that need it",
            "posts/old/index.ipynb: warning SM1666: a Jupyter notebook: StaticMath builds Markdown (.qmd, .md); convert it with quarto convert",
            "posts/welcome/index.qmd(14,1): warning SM1667: Quarto executable code cell left as written: ```{python}",
        ], run.Problems);

        var config = run.LoadConfig();
        Assert.Equal("Hedy's data notes", config.Title);
        Assert.Equal("https://hedy.example.io/", config.BaseUrl);
        Assert.Equal("tex", config.Section<MathConfig>().Escapes);
        var macros = config.Section<MathConfig>().MacroDefinitions(problem => Assert.Fail(problem));
        Assert.Equal(["Cov", "Var", "indep"], macros.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(2, macros["Cov"].Arity);

        run.AssertCopied("posts/welcome/index.qmd", "content/posts/welcome/index.qmd");
        run.AssertCopied("posts/welcome/plot.svg", "content/posts/welcome/plot.svg");
        run.AssertCopied("posts/variance/index.qmd", "content/posts/variance/index.qmd");
        run.AssertCopied("references.bib", "content/references.bib");
        run.AssertCopied("about.qmd", "content/about.qmd");
        Assert.False(File.Exists(Path.Combine(run.Target, "content", "index.qmd")));
        Assert.False(File.Exists(Path.Combine(run.Target, "content", "posts", "old", "index.ipynb")));

        var build = run.Build();
        Assert.DoesNotContain(build.Diagnostics, d => d.IsError);
        Assert.True(run.Built("posts/welcome/index.html"));
        Assert.True(run.Built("posts/variance/index.html"));
        Assert.Contains("Fisher", File.ReadAllText(Path.Combine(run.Target, "_site", "posts/welcome/index.html")));
    }

    [Fact]
    public void Eleventy_site_becomes_a_StaticMath_site_that_builds()
    {
        using var run = ImportRun.Of("eleventy");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([
            "eleventy.config.js:19: dir.input: src",
            "eleventy.config.js:20: dir.includes: _includes",
            "eleventy.config.js:21: dir.data: _data",
            "eleventy.config.js:22: dir.output: _site",
            "eleventy.config.js:11: macro \\C → math.macros.C: \\mathbb{C}",
            "eleventy.config.js:12: macro \\inner → math.macros.inner: [\\langle #1, #2 \\rangle, 2]",
            "eleventy.config.js: Eleventy's URLs /FOLDER/NAME/ → permalinks.posts: /{section}/{slug}/",
            "src/_data/metadata.json:2: title → title: Katherine's orbit notes",
            "src/_data/metadata.json:3: url → baseUrl: https://katherine.example.dev/",
            "src/_data/metadata.json:4: language → language: en",
            "src/_data/metadata.json:5: description → description: Orbital mechanics, step by step.",
            "src/_data/metadata.json:6: author → author: Katherine Example",
            "src/: 2 Markdown file(s) → content/",
            "img/: 1 file(s) → static/img/",
            "public/fonts/: 1 file(s) → static/fonts/",
            "src/posts/hohmann.md:7: markdown-it table of contents read by the build as written: [[toc]]",
        ], run.Converted);
        Assert.Equal([
            "eleventy.config.js(7,1): warning SM1666: a passthrough copy given by a glob or computed value was not followed; copy those files into static/",
            "src/_data/metadata.json(10,1): warning SM1664: analytics: no StaticMath setting for this; not carried over",
            "src/_includes/: warning SM1666: Eleventy's layouts and includes are not imported; the site uses StaticMath's theme",
            "src/index.njk: warning SM1666: an Eleventy template (Nunjucks/Liquid/HTML): StaticMath's theme makes the home, tag and feed pages; port other pages to Markdown",
            "src/posts/hohmann.md(14,1): warning SM1667: Nunjucks/Liquid tag left as written: {% endraw %}",
            "src/posts/hohmann.md(14,1): warning SM1667: Nunjucks/Liquid tag left as written: {% raw %}",
            "src/posts/posts.json: warning SM1666: directory data (front matter for a folder's pages) is not applied by StaticMath; add it to the posts' front matter",
        ], run.Problems);

        var config = run.LoadConfig();
        Assert.Equal("Katherine's orbit notes", config.Title);
        Assert.Equal("Katherine Example", config.Author);
        Assert.Equal("https://katherine.example.dev/", config.BaseUrl);
        Assert.Equal("/{section}/{slug}/", config.Permalinks.Posts);
        var macros = config.Section<MathConfig>().MacroDefinitions(problem => Assert.Fail(problem));
        Assert.Equal(["C", "inner"], macros.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(2, macros["inner"].Arity);

        run.AssertCopied("src/posts/hohmann.md", "content/posts/hohmann.md");
        run.AssertCopied("img/orbit.svg", "static/img/orbit.svg");
        run.AssertCopied("public/fonts/inter.woff2", "static/fonts/inter.woff2");
        Assert.False(File.Exists(Path.Combine(run.Target, "content", "index.njk")));

        var build = run.Build();
        Assert.DoesNotContain(build.Diagnostics, d => d.IsError);
        Assert.True(run.Built("posts/hohmann/index.html"));
        Assert.True(run.Built("posts/lambert/index.html"));
        Assert.True(run.Built("fonts/inter.woff2"));
    }

    [Theory]
    [InlineData("jekyll")]
    [InlineData("hugo")]
    [InlineData("zola")]
    [InlineData("quarto")]
    [InlineData("eleventy")]
    public void The_source_site_is_byte_identical_after_an_import(string fixture)
    {
        var source = Path.Combine(ImportRun.FixturesDirectory, fixture);
        var before = ImportRun.Fingerprint(source);
        using var run = ImportRun.Of(fixture);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(before, ImportRun.Fingerprint(source));
    }

    [Theory]
    [InlineData("jekyll", SourceGenerator.Jekyll)]
    [InlineData("hugo", SourceGenerator.Hugo)]
    [InlineData("zola", SourceGenerator.Zola)]
    [InlineData("quarto", SourceGenerator.Quarto)]
    [InlineData("eleventy", SourceGenerator.Eleventy)]
    public void The_generator_is_detected_from_its_configuration_file(string fixture, SourceGenerator expected)
    {
        Assert.Equal(expected, GeneratorDetector.Detect(Path.Combine(ImportRun.FixturesDirectory, fixture))?.Generator);
    }
}
