using Microsoft.Playwright;
using StaticMath.Browser.Tests.Harness;
using StaticMath.Site.Build;
using StaticMath.Site.Core;

namespace StaticMath.Browser.Tests;

/// <summary>
/// Layout a reader sees, on a site made of the shapes that broke real posts: a wide table, inline math wider than a
/// phone, long displays with and without \tag, a long URL, a citation with its hover card.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReaderLayoutTests(BrowserFixture browser) : IDisposable
{
    private const string Post = """
        ---
        title: Stress
        date: 2026-01-01
        ---
        Inline and long: $f(u)=\tfrac12\Big[u\log u-(u+1)\log\frac{u+1}{2}\Big] + \sum_{k=1}^n a_k x^k + \int_0^1 g(t)\,\mathrm{d}t$ then text.
        One group that cannot break: $\left(a_1 b_1 c_1 d_1 e_1 f_1 g_1 h_1 i_1 j_1 k_1 l_1 m_1 n_1 o_1 p_1 q_1 r_1 s_1 t_1 u_1 v_1 w_1\right)$ ends here.
        A link https://example.org/a/very/long/path/that/does/not/stop/anywhere/near/the/edge/of/a/phone/screen/at/all and more.

        | a | b | c | d | e | f | g | h |
        |---|---|---|---|---|---|---|---|
        | alpha-beta-gamma | delta-epsilon-zeta | eta-theta-iota | kappa-lambda-mu | nu-xi-omicron | pi-rho-sigma | tau-upsilon | phi-chi-psi |

        $$
        \mathrm{d}x_t = f(x_t,t)\,\mathrm{d}t + g(t)\,\mathrm{d}w_t \tag{1}
        $$

        $$
        a + b = c
        $$

        $$
        \mathrm{d}x_t = \left[f(x_t,t) - g(t)^2 \nabla_x \log p_t(x_t) + h(x_t) + k(x_t) + m(x_t)\right] \mathrm{d}t + g(t)\,\mathrm{d}\bar w_t \tag{2}
        $$

        A claim <span class="citation"><a href="#r1">[1]</a><span class="citation__card">Ada Example, A very long title of a paper that would be far wider than the citation itself, 2026.</span></span> at the end of a line of text.
        """;

    private readonly string _site = Path.Combine(Path.GetTempPath(), "sm-readers-" + Guid.NewGuid().ToString("N"));

    private string Build()
    {
        Directory.CreateDirectory(Path.Combine(_site, "content", "posts"));
        File.WriteAllText(Path.Combine(_site, "staticmath.yml"), "title: Readers\nbaseUrl: https://example.org/\n");
        File.WriteAllText(Path.Combine(_site, "content", "posts", "2026-01-01-stress.md"), Post);
        var output = Path.Combine(_site, "_site");
        var result = SiteBuilder.Build(new BuildOptions { SourceDirectory = _site, OutputDirectory = output });
        Assert.True(result.OutputWritten, string.Join("\n", result.Diagnostics));
        return output;
    }

    public void Dispose()
    {
        try { Directory.Delete(_site, recursive: true); }
        catch (IOException) { }
    }

    [Fact]
    public async Task A_phone_never_scrolls_the_page_sideways()
    {
        var output = Build();
        await using var tab = await browser.NewTabForSiteAsync(output, 360, 740);
        await tab.GoAsync("posts/stress/index.html");

        var widths = await tab.Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        var overflow = await tab.Page.EvaluateAsync<PageOverflow>(Scripts.PageOverflow);
        Assert.True(widths[0] <= 360, $"scrollWidth {widths[0]} (widest: {overflow.Widest})");
        // The wide pieces scroll inside their own boxes instead.
        foreach (var selector in new[] { "table", ".math-scroll", ".math-display--tagged:last-of-type" })
        {
            var box = await tab.Page.EvaluateAsync<double[]>($"() => {{ const e = document.querySelector('.post-content {selector}'); return [e.clientWidth, e.scrollWidth]; }}");
            Assert.True(box[1] > box[0], $"{selector} should scroll: client {box[0]}, scroll {box[1]}");
        }
    }

    [Fact]
    public async Task A_tagged_equation_is_centred_like_an_untagged_one_with_its_tag_on_the_baseline()
    {
        var output = Build();
        await using var tab = await browser.NewTabForSiteAsync(output, 1280, 800);
        await tab.GoAsync("posts/stress/index.html");

        var m = await tab.Page.EvaluateAsync<double[]>("""
            () => {
              const displays = [...document.querySelectorAll('.post-content .math-display')];
              const centre = e => { const r = e.getBoundingClientRect(); return (r.left + r.right) / 2; };
              const tagged = displays[0], plain = displays[1];
              const svg = tagged.querySelector('svg'), tag = tagged.querySelector('.math-tag');
              // The SVG's baseline: its bottom minus its depth (the vertical-align the engine set).
              const depth = -parseFloat(svg.style.verticalAlign) * parseFloat(getComputedStyle(svg).fontSize);
              const svgBaseline = svg.getBoundingClientRect().bottom - depth;
              // The tag's text baseline: a zero-height inline-block placed on it.
              const probe = document.createElement('span');
              probe.style.cssText = 'display:inline-block;width:0;height:0;vertical-align:baseline';
              tag.appendChild(probe);
              const tagBaseline = probe.getBoundingClientRect().bottom;
              return [centre(svg), centre(plain.querySelector('svg')), centre(tagged), svgBaseline, tagBaseline,
                      tag.getBoundingClientRect().right, tagged.getBoundingClientRect().right];
            }
            """);
        Assert.True(System.Math.Abs(m[0] - m[2]) < 1.5, $"tagged equation centre {m[0]} vs display centre {m[2]}");
        Assert.True(System.Math.Abs(m[1] - m[2]) < 1.5, $"untagged equation centre {m[1]} vs display centre {m[2]}");
        Assert.True(System.Math.Abs(m[3] - m[4]) < 1.0, $"tag baseline {m[4]} vs equation baseline {m[3]}");
        Assert.True(System.Math.Abs(m[5] - m[6]) < 1.0, $"tag right {m[5]} vs display right {m[6]}");
    }

    [Fact]
    public async Task Long_inline_math_breaks_after_operators_and_stays_inside_the_text_column()
    {
        var output = Build();
        await using var tab = await browser.NewTabForSiteAsync(output, 360, 740);
        await tab.GoAsync("posts/stress/index.html");

        var m = await tab.Page.EvaluateAsync<double[]>("""
            () => {
              const math = document.querySelector('.post-content .math-inline--lines');
              const column = math.closest('p').getBoundingClientRect();
              const pieces = [...math.querySelectorAll(':scope > svg')].map(s => s.getBoundingClientRect());
              // Baselines: each piece's bottom minus its own depth.
              const baselines = [...math.querySelectorAll(':scope > svg')].map(s =>
                s.getBoundingClientRect().bottom + parseFloat(s.style.verticalAlign) * parseFloat(getComputedStyle(s).fontSize));
              const lines = new Set(baselines.map(b => Math.round(b))).size;
              return [pieces.length, lines, Math.max(...pieces.map(r => r.right)), column.right];
            }
            """);
        Assert.True(m[0] >= 3, $"pieces: {m[0]}");
        Assert.True(m[1] >= 2, $"the formula should run over at least two lines at 360 px, got {m[1]}");
        Assert.True(m[2] <= m[3] + 0.5, $"a piece ends at {m[2]}, past the column's right edge {m[3]}");
    }

    [Fact]
    public async Task Inline_math_in_its_own_scroll_box_keeps_the_text_baseline()
    {
        var output = Build();
        await using var tab = await browser.NewTabForSiteAsync(output, 1280, 800);
        await tab.GoAsync("posts/stress/index.html");

        var offsets = await tab.Page.EvaluateAsync<double[]>("""
            () => {
              const box = document.querySelector('.post-content .math-scroll');
              const svg = box.querySelector('svg');
              const depth = -parseFloat(svg.style.verticalAlign) * parseFloat(getComputedStyle(svg).fontSize);
              const probe = document.createElement('span');
              probe.style.cssText = 'display:inline-block;width:0;height:0;vertical-align:baseline';
              box.parentElement.insertBefore(probe, box);
              return [svg.getBoundingClientRect().bottom - depth, probe.getBoundingClientRect().bottom];
            }
            """);
        Assert.True(System.Math.Abs(offsets[0] - offsets[1]) < 1.0, $"math baseline {offsets[0]} vs text baseline {offsets[1]}");
    }

    [Fact]
    public async Task Printing_never_cuts_a_long_equation()
    {
        var output = Build();
        await using var tab = await browser.NewTabForSiteAsync(output, 360, 740);
        await tab.GoAsync("posts/stress/index.html");
        await tab.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        // Paper is narrower than the equation: A5 portrait content box.
        await tab.Page.SetViewportSizeAsync(420, 800);

        var cut = await tab.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.math-display svg, .math-inline svg')]
              .filter(svg => { const r = svg.getBoundingClientRect(); return r.right > document.documentElement.clientWidth + 0.5 || r.left < -0.5; })
              .map(svg => svg.getAttribute('aria-label'))
            """);
        Assert.Empty(cut);
        var pdf = await tab.Page.PdfAsync(new PagePdfOptions { Format = "A5", PrintBackground = false });
        Assert.True(pdf.Length > 1000);
    }
}
