namespace StaticMath.Browser.Tests;

/// <summary>The measurements run inside the page (the site itself ships no JavaScript; these are the test's).</summary>
internal static class Scripts
{
    /// <summary>scrollWidth, innerWidth, and the element reaching furthest right (outside scroll boxes).</summary>
    public const string PageOverflow = """
        () => {
          const vw = window.innerWidth;
          let worst = '', right = vw;
          for (const el of document.body.querySelectorAll('*')) {
            const r = el.getBoundingClientRect();
            if (r.width === 0 || r.right <= right) continue;
            // Content inside a scroll box does not widen the page.
            let clipped = false;
            for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
              const s = getComputedStyle(p);
              if (s.overflowX !== 'visible') { clipped = true; break; }
            }
            if (clipped) continue;
            right = r.right;
            worst = el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '') + ` (right=${Math.round(r.right)})`;
          }
          return { scrollWidth: document.documentElement.scrollWidth, innerWidth: vw, widest: worst };
        }
        """;

    /// <summary>Opens every details element so the math inside is laid out.</summary>
    public const string OpenAllDetails = "() => { document.querySelectorAll('details').forEach(d => d.open = true); return true; }";

    /// <summary>Every rendered equation (role=img svg; the hidden glyph definitions have no role): tex, width, height.</summary>
    public const string MathBoxes = """
        () => [...document.querySelectorAll('svg[role=img]')].map(s => {
          const r = s.getBoundingClientRect();
          return { tex: s.getAttribute('aria-label') || '', width: r.width, height: r.height };
        })
        """;

    /// <summary>
    /// For each inline equation: tex and the distance in em between the equation's own baseline (y = 0 of its viewBox,
    /// mapped through the SVG's screen transform) and the text baseline (the bottom of a zero-height inline-block
    /// probe inserted right before it).
    /// </summary>
    public const string InlineBaselines = """
        () => {
          const out = [];
          for (const svg of document.querySelectorAll('svg[role=img]')) {
            if (svg.closest('.math-display')) continue;
            const probe = document.createElement('span');
            probe.style.cssText = 'display:inline-block;width:0;height:0;padding:0;margin:0;border:0;vertical-align:baseline';
            svg.before(probe);
            const textBaseline = probe.getBoundingClientRect().bottom;
            probe.remove();
            const m = svg.getScreenCTM();
            const pt = svg.createSVGPoint(); pt.x = 0; pt.y = 0;
            const mathBaseline = pt.matrixTransform(m).y;
            const em = parseFloat(getComputedStyle(svg.parentElement).fontSize);
            out.push({ tex: svg.getAttribute('aria-label') || '', offsetEm: (mathBaseline - textBaseline) / em });
          }
          return out;
        }
        """;

    /// <summary>Display equations wider than their box, and whether they actually scroll.</summary>
    public const string WideDisplays = """
        () => [...document.querySelectorAll('.math-display')].filter(d => d.scrollWidth > d.clientWidth + 1).map(d => {
          d.scrollLeft = 40;
          const scrolled = d.scrollLeft;
          d.scrollLeft = 0;
          const svg = d.querySelector('svg[role=img]');
          return { tex: svg ? svg.getAttribute('aria-label') || '' : '', clientWidth: d.clientWidth, scrollWidth: d.scrollWidth, overflowX: getComputedStyle(d).overflowX, scrolled };
        })
        """;

    /// <summary>
    /// For each equation: the relative luminance (0..1) of the colour its glyphs are painted with, and of the text colour
    /// of the element around it.
    /// </summary>
    public const string MathLuminance = """
        () => {
          const lum = c => {
            const m = c.match(/[\d.]+/g).map(Number);
            const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * f(m[0]) + 0.7152 * f(m[1]) + 0.0722 * f(m[2]);
          };
          return [...document.querySelectorAll('svg[role=img]')].map(s => {
            const glyph = s.querySelector('use, path, rect') || s;
            const fill = getComputedStyle(glyph).fill;
            const colour = fill.startsWith('rgb') ? fill : getComputedStyle(s).color;
            return { tex: s.getAttribute('aria-label') || '', luminance: lum(colour), textLuminance: lum(getComputedStyle(s.parentElement).color) };
          });
        }
        """;

    /// <summary>Navigation elements that still have a box: [selector-ish description].</summary>
    public const string VisibleNavigation = """
        () => [...document.querySelectorAll('nav, .site-header, .site-footer, .theme-toggle, .post-nav, .pagination')]
          .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden'; })
          .map(e => e.tagName.toLowerCase() + '.' + (e.className || ''))
        """;
}
