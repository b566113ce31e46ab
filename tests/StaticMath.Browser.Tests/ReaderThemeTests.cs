using System.Diagnostics;
using Microsoft.Playwright;
using StaticMath.Browser.Tests.Harness;

namespace StaticMath.Browser.Tests;

/// <summary>
/// The default theme as readers see it, on <see cref="ReaderThemeSite"/>: text after raw HTML, print, author colours
/// in dark mode, wide displays, inline math size and punctuation, citations, Distill blocks, the 404 page. Each test
/// saves its screenshots for people and asserts on measurements (boxes, contrast, what a PDF holds).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReaderThemeTests(BrowserFixture browser, ReaderThemeSite site) : IClassFixture<ReaderThemeSite>
{
    private const string BareText = "posts/bare-text/index.html";
    private const string Notation = "posts/notation/index.html";
    private const string Colours = "posts/colours/index.html";
    private const string WideDisplays = "posts/wide-displays/index.html";
    private const string Inline = "posts/inline/index.html";

    [Theory]
    [InlineData(360, 740)]
    [InlineData(1280, 800)]
    public async Task Text_after_raw_html_reads_in_the_text_column(int width, int height)
    {
        await using var tab = await OpenAsync(BareText, width, height);
        await SaveScreenshotAsync(tab, "bare-text", width, "light");

        var lines = await tab.Page.EvaluateAsync<TextLine[]>(ReaderThemeScripts.TextLines);
        Assert.True(lines.Length >= 2, "the fixture's sentences were not found");
        foreach (var line in lines)
        {
            var column = line.ColumnRight - line.ColumnLeft;
            Assert.True(line.Widest >= 0.6 * column, $"at {width}px \"{line.Text}…\" is set in a {line.Widest:0}px track; the column is {column:0}px");
            Assert.True(line.Left >= line.ColumnLeft - 0.5 && line.Right <= line.ColumnRight + 0.5,
                $"at {width}px \"{line.Text}…\" spans {line.Left:0}–{line.Right:0}, outside the column {line.ColumnLeft:0}–{line.ColumnRight:0}");
        }
    }

    [Fact]
    public async Task Print_shows_every_table_whole()
    {
        await using var tab = await OpenAsync(Notation, 1280, 800);
        await tab.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var pdf = Path.Combine(ScreenshotDirectory(), "notation-print.pdf");
        await tab.Page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4" });
        Render(pdf, Path.Combine(ScreenshotDirectory(), "notation-print"));
        // The last column's words are on paper (text past the page's edge is not extracted).
        var text = PdfText(pdf);
        Assert.Contains("ALPHA", text);
        Assert.Contains("OMEGA", text);

        // A4 with the theme's 16 mm side margins leaves 178 mm = 673 CSS px of line.
        await tab.Page.SetViewportSizeAsync(673, 1000);
        var edges = await tab.Page.EvaluateAsync<double[]>(
            "() => { const t = document.querySelector('.post-content table'); const r = t.getBoundingClientRect(); return [r.right, t.scrollWidth, t.clientWidth, document.documentElement.clientWidth]; }");
        Assert.True(edges[0] <= edges[3] + 0.5, $"the printed table ends at {edges[0]:0}px on a {edges[3]:0}px line");
        Assert.True(edges[1] <= edges[2] + 1, $"the printed table holds {edges[1]:0}px in a {edges[2]:0}px box");
    }

    [Theory]
    [InlineData(ColorScheme.Dark, false)]
    [InlineData(ColorScheme.Light, true)]
    public async Task Author_colours_stay_legible_in_dark_mode_and_unchanged_in_light_mode(ColorScheme scheme, bool toggled)
    {
        await using var tab = await OpenAsync(Colours, 1280, 800, scheme);
        if (toggled) await tab.Page.ClickAsync("label.theme-toggle"); // light OS, dark by the toggle
        await SaveScreenshotAsync(tab, "colours", 1280, "dark");
        var dark = await tab.Page.EvaluateAsync<AuthorColour[]>(ReaderThemeScripts.AuthorColours);
        Assert.True(dark.Length >= 14, $"only {dark.Length} coloured groups");
        Assert.All(dark, c => Assert.True(Contrast(c.Painted, c.Background) >= 4.5,
            $"{c.Written} is painted as rgb({string.Join(",", c.Painted)}): contrast {Contrast(c.Painted, c.Background):0.00} on rgb({string.Join(",", c.Background)})"));

        await tab.Page.ClickAsync("label.theme-toggle"); // back to light
        var light = await tab.Page.EvaluateAsync<AuthorColour[]>(ReaderThemeScripts.AuthorColours);
        Assert.All(light, c => Assert.True(c.Painted.Zip(c.Written8).All(p => System.Math.Abs(p.First - p.Second) <= 1),
            $"light mode paints {c.Written} as rgb({string.Join(",", c.Painted)})"));
    }

    [Fact]
    public async Task A_display_wider_than_the_column_takes_the_wide_track_and_a_wider_one_shows_a_scroll_cue()
    {
        await using var tab = await OpenAsync(WideDisplays, 1280, 800);
        await SaveScreenshotAsync(tab, "wide-displays", 1280, "light");
        var m = await tab.Page.EvaluateAsync<double[][]>("""
            () => {
              const column = document.querySelector('.post-content > p').getBoundingClientRect();
              return [...document.querySelectorAll('.post-content .math-display')].map(d => {
                const r = d.getBoundingClientRect(), s = d.querySelector('svg').getBoundingClientRect();
                return [r.left, r.right, d.scrollWidth, d.clientWidth, s.width, column.left, column.right];
              });
            }
            """);
        var (aligned, tagged, huge) = (m[0], m[1], m[2]);
        var columnWidth = aligned[6] - aligned[5];
        Assert.True(aligned[4] > columnWidth, $"the fixture's aligned display ({aligned[4]:0}px) must be wider than the column ({columnWidth:0}px)");
        Assert.True(aligned[2] <= aligned[3] + 1, $"the aligned display is clipped: {aligned[2]:0}px in a {aligned[3]:0}px box");
        // A short tagged equation keeps the column: its tag ends where the text does.
        Assert.True(System.Math.Abs(tagged[0] - tagged[5]) < 1 && System.Math.Abs(tagged[1] - tagged[6]) < 1,
            $"the short tagged display spans {tagged[0]:0}–{tagged[1]:0}, the column {tagged[5]:0}–{tagged[6]:0}");
        Assert.True(huge[2] > huge[3] + 1, "the widest display should scroll");

        // The cue: with the equation hidden, its box still shows a shadow at the edge where it continues (right), none
        // where it starts (left), and one that fits shows none.
        var (hugeLeft, hugeRight) = await EdgeInkAsync(tab, 2);
        Assert.True(hugeRight > 10, $"no scroll cue at the right edge of a display that continues there (largest difference from the background: {hugeRight})");
        Assert.True(hugeLeft <= 2, $"a scroll cue at the left edge of a display that starts there ({hugeLeft})");
        var (alignedLeft, alignedRight) = await EdgeInkAsync(tab, 0);
        Assert.True(alignedLeft <= 2 && alignedRight <= 2, $"a scroll cue on a display that fits ({alignedLeft}, {alignedRight})");
    }

    [Theory]
    [InlineData(360, 740)]
    [InlineData(1280, 800)]
    public async Task Inline_math_matches_the_text_x_height_on_the_text_baseline(int width, int height)
    {
        await using var tab = await OpenAsync(Inline, width, height);
        await SaveScreenshotAsync(tab, "inline", width, "light");
        var heights = await tab.Page.EvaluateAsync<double[]>(ReaderThemeScripts.MathXHeightOverTextXHeight);
        // The italic x's ink is Latin Modern's x-height (0.431 em) plus its overshoot (0.011 em).
        var ratio = heights[0] / heights[1] * 0.431 / 0.442;
        Assert.True(System.Math.Abs(ratio - 1) < 0.05, $"math x-height / text x-height = {ratio:0.000} ({heights[0]:0.00}px vs 1ex = {heights[1]:0.00}px)");

        var baselines = await tab.Page.EvaluateAsync<InlineBaseline[]>(Scripts.InlineBaselines);
        Assert.NotEmpty(baselines);
        Assert.All(baselines, b => Assert.True(System.Math.Abs(b.OffsetEm) < 0.02, $"{b.Tex} sits {b.OffsetEm:0.000} em off the text baseline"));
    }

    [Fact]
    public async Task Punctuation_after_inline_math_never_starts_a_line()
    {
        await using var tab = await OpenAsync(Inline, 360, 740);
        var results = await tab.Page.EvaluateAsync<LonePunctuationResult[]>(ReaderThemeScripts.LonePunctuation);
        Assert.True(results.Length >= 6, $"only {results.Length} formulas followed by punctuation");
        Assert.All(results, r => Assert.True(r.LoneAt < 0, $"after {r.Tex} the punctuation starts a line when the paragraph is {r.LoneAt}px wide"));
    }

    [Theory]
    [InlineData(Inline, ".citation[data-cites]", 360)]
    [InlineData(BareText, ".fixture-page", 360)]
    [InlineData(BareText, ".fixture-screen", 360)]
    [InlineData(BareText, ".fixture-screen", 1280)]
    public async Task Citations_and_Distill_blocks_keep_a_gutter_from_the_viewport_edge(string page, string selector, int width)
    {
        await using var tab = await OpenAsync(page, width, 800);
        foreach (var element in await tab.Page.QuerySelectorAllAsync(selector))
        {
            var r = (await element.BoundingBoxAsync())!;
            Assert.True(r.X >= 15.5 && r.X + r.Width <= width - 15.5, $"{selector} spans {r.X:0}–{r.X + r.Width:0} in a {width}px window");
        }
        var scroll = await tab.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scroll <= width, $"the page scrolls sideways: {scroll}px");
    }

    [Theory]
    [InlineData(360, 740)]
    [InlineData(1280, 800)]
    public async Task The_404_pages_list_keeps_its_bullets_beside_its_links(int width, int height)
    {
        await using var tab = await OpenAsync("404.html", width, height);
        await SaveScreenshotAsync(tab, "404", width, "light");
        var m = await tab.Page.EvaluateAsync<double[][]>("""
            () => {
              const section = document.querySelector('.not-found').getBoundingClientRect();
              const list = document.querySelector('.not-found__posts').getBoundingClientRect();
              return [[(list.left + list.right) / 2, (section.left + section.right) / 2],
                      ...[...document.querySelectorAll('.not-found__posts li')].map(li => [li.querySelector('a').getBoundingClientRect().left, li.getBoundingClientRect().left])];
            }
            """);
        Assert.True(m.Length > 1, "the 404 page lists no posts");
        Assert.True(System.Math.Abs(m[0][0] - m[0][1]) < 2, $"the list is centred at {m[0][0]:0}, the page at {m[0][1]:0}");
        foreach (var li in m.Skip(1))
            Assert.True(li[0] - li[1] < 1, $"a link starts {li[0] - li[1]:0}px right of its bullet's line");
    }

    public static TheoryData<int, ColorScheme> Views => new()
    {
        { 360, ColorScheme.Light }, { 360, ColorScheme.Dark }, { 1280, ColorScheme.Light }, { 1280, ColorScheme.Dark },
    };

    /// <summary>Every fixture page, screenshotted for people at phone and desktop width in both schemes: none scrolls sideways.</summary>
    [Theory]
    [MemberData(nameof(Views))]
    public async Task Every_fixture_page_is_captured_and_none_scrolls_sideways(int width, ColorScheme scheme)
    {
        await using var tab = await browser.NewTabForSiteAsync(site.OutputDirectory, width, 800, scheme);
        foreach (var page in new[] { BareText, Notation, Colours, WideDisplays, Inline, "404.html" })
        {
            await tab.GoAsync(page);
            await SaveScreenshotAsync(tab, page == "404.html" ? "404" : page.Split('/')[^2], width, scheme.ToString().ToLowerInvariant());
            var overflow = await tab.Page.EvaluateAsync<PageOverflow>(Scripts.PageOverflow);
            Assert.True(overflow.ScrollWidth <= overflow.InnerWidth, $"{page} at {width}px ({scheme}): scrollWidth {overflow.ScrollWidth} (widest: {overflow.Widest})");
        }
    }

    /// <summary>Every fixture page printed to A4 (kept as PNG pages for people): nothing runs past the paper's edge.</summary>
    [Fact]
    public async Task Every_fixture_page_prints_within_the_paper()
    {
        await using var tab = await browser.NewTabForSiteAsync(site.OutputDirectory, 673, 1000, ColorScheme.Dark);
        await tab.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        foreach (var page in new[] { BareText, Notation, Colours, WideDisplays, Inline })
        {
            await tab.GoAsync(page);
            var name = page.Split('/')[^2];
            var pdf = Path.Combine(ScreenshotDirectory(), $"{name}-print.pdf");
            await tab.Page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4" });
            Render(pdf, Path.Combine(ScreenshotDirectory(), $"{name}-print"));
            var past = await tab.Page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('.post-content *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).map(e => e.tagName + '.' + e.className)");
            Assert.True(past.Length == 0, $"{page} printed: past the paper's edge: {string.Join(", ", past.Take(5))}");
        }
    }

    private async Task<BrowserTab> OpenAsync(string page, int width, int height, ColorScheme scheme = ColorScheme.Light)
    {
        var tab = await browser.NewTabForSiteAsync(site.OutputDirectory, width, height, scheme);
        await tab.GoAsync(page);
        return tab;
    }

    private static string ScreenshotDirectory() => Directory.CreateDirectory(Path.Combine(RepositoryPaths.ScreenshotDirectory, "reader-theme")).FullName;

    private static async Task SaveScreenshotAsync(BrowserTab tab, string name, int width, string scheme)
    {
        var file = Path.Combine(ScreenshotDirectory(), $"{name}-{width}-{scheme}.png");
        await tab.Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
    }

    /// <summary>How far from the background the left and right 10px of the nth display look with its equation hidden.</summary>
    private static async Task<(int Left, int Right)> EdgeInkAsync(BrowserTab tab, int nth)
    {
        await tab.Page.EvaluateAsync($"() => {{ const d = document.querySelectorAll('.post-content .math-display')[{nth}]; d.scrollIntoView(); d.querySelector('svg').style.visibility = 'hidden'; }}");
        var box = (await tab.Page.Locator($".post-content .math-display >> nth={nth}").BoundingBoxAsync())!;
        return (await InkAsync(tab, box.X, box.Y + 4, 10, box.Height / 2), await InkAsync(tab, box.X + box.Width - 10, box.Y + 4, 10, box.Height / 2));
    }

    /// <summary>The largest difference from the page background (0–255) in a region of the viewport.</summary>
    private static async Task<int> InkAsync(BrowserTab tab, double x, double y, double width, double height)
    {
        var png = await tab.Page.ScreenshotAsync(new PageScreenshotOptions { Clip = new Clip { X = (float)x, Y = (float)y, Width = (float)width, Height = (float)height } });
        var background = await tab.Page.EvaluateAsync<int[]>("() => getComputedStyle(document.body).backgroundColor.match(/\\d+/g).map(Number)");
        using var bitmap = SkiaSharp.SKBitmap.Decode(png);
        var most = 0;
        for (var py = 0; py < bitmap.Height; py++)
            for (var px = 0; px < bitmap.Width; px++)
            {
                var c = bitmap.GetPixel(px, py);
                most = System.Math.Max(most, new[] { System.Math.Abs(c.Red - background[0]), System.Math.Abs(c.Green - background[1]), System.Math.Abs(c.Blue - background[2]) }.Max());
            }
        return most;
    }

    private static double Contrast(int[] a, int[] b)
    {
        static double Luminance(int[] c)
        {
            static double Channel(int v) { var s = v / 255.0; return s <= 0.03928 ? s / 12.92 : System.Math.Pow((s + 0.055) / 1.055, 2.4); }
            return 0.2126 * Channel(c[0]) + 0.7152 * Channel(c[1]) + 0.0722 * Channel(c[2]);
        }
        var (l1, l2) = (Luminance(a), Luminance(b));
        return (System.Math.Max(l1, l2) + 0.05) / (System.Math.Min(l1, l2) + 0.05);
    }

    private static string PdfText(string pdf) => Run("pdftotext", $"-layout \"{pdf}\" -");

    private static void Render(string pdf, string prefix) => Run("pdftoppm", $"-png -r 60 \"{pdf}\" \"{prefix}\"");

    private static string Run(string tool, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, UseShellExecute = false })
            ?? throw new InvalidOperationException($"{tool} did not start (apt-get install -y poppler-utils; .ci/run does this)");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} {arguments} failed with exit code {process.ExitCode}");
        return output;
    }

    public sealed class TextLine
    {
        public string Text { get; set; } = "";
        public double Widest { get; set; }
        public double Left { get; set; }
        public double Right { get; set; }
        public double ColumnLeft { get; set; }
        public double ColumnRight { get; set; }
    }

    public sealed class AuthorColour
    {
        public string Written { get; set; } = "";
        public string PaintedRgb { get; set; } = "";
        public string WrittenRgb { get; set; } = "";
        public string BackgroundRgb { get; set; } = "";
        public int[] Painted => Channels(PaintedRgb);
        public int[] Written8 => Channels(WrittenRgb);
        public int[] Background => Channels(BackgroundRgb);
        private static int[] Channels(string rgb) => rgb.Split(',').Select(int.Parse).ToArray();
    }

    public sealed class LonePunctuationResult
    {
        public string Tex { get; set; } = "";
        public int LoneAt { get; set; }
    }
}
