namespace StaticMath.Browser.Tests;

/// <summary>In-page measurements for <see cref="ReaderThemeTests"/>.</summary>
internal static class ReaderThemeScripts
{
    /// <summary>
    /// For each text node in the content holding a long sentence (90+ characters, more than a phone's line): its widest line and the column's width
    /// (the first Markdown paragraph's), and whether it stays inside the column.
    /// </summary>
    public const string TextLines = """
        () => {
          const content = document.querySelector('.post-content');
          const column = content.querySelector(':scope > p').getBoundingClientRect();
          const out = [];
          const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (n.data.trim().length < 90 || n.parentElement.closest('.l-page, .l-screen, .math-tex')) continue;
            const range = document.createRange(); range.selectNodeContents(n);
            const rects = [...range.getClientRects()];
            out.push({ text: n.data.trim().slice(0, 40), widest: Math.max(...rects.map(r => r.width)),
                       left: Math.min(...rects.map(r => r.left)), right: Math.max(...rects.map(r => r.right)),
                       columnLeft: column.left, columnRight: column.right });
          }
          return out;
        }
        """;

    /// <summary>[left, right, viewport width] of the element matching the selector.</summary>
    public const string Edges = """
        selector => { const r = document.querySelector(selector).getBoundingClientRect(); return [r.left, r.right, document.documentElement.clientWidth]; }
        """;

    /// <summary>
    /// Every author-coloured glyph group: its colour as the browser paints it (resolved through a canvas, so oklch()
    /// and names become sRGB bytes), the colour the author wrote, and the page background, as [r, g, b] each.
    /// </summary>
    public const string AuthorColours = """
        () => {
          const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
          const rgb = c => { ctx.clearRect(0, 0, 1, 1); ctx.fillStyle = '#000'; ctx.fillStyle = c; ctx.fillRect(0, 0, 1, 1); return [...ctx.getImageData(0, 0, 1, 1).data].slice(0, 3).join(','); };
          const bg = rgb(getComputedStyle(document.body).backgroundColor);
          return [...document.querySelectorAll('svg g[fill]')].filter(g => g.getAttribute('fill') !== 'currentColor').map(g => {
            const glyph = g.querySelector('use, path') || g;
            return { written: g.getAttribute('fill'), paintedRgb: rgb(getComputedStyle(glyph).fill), writtenRgb: rgb(g.getAttribute('fill')), backgroundRgb: bg };
          });
        }
        """;

    /// <summary>
    /// The height of the ink of the lone <c>$x$</c> (an italic x: Latin Modern's x-height plus overshoot) over 1ex of the
    /// text around it, both in px.
    /// </summary>
    public const string MathXHeightOverTextXHeight = """
        () => {
          const svg = [...document.querySelectorAll('.post-content svg[role=img]')].find(s => s.getAttribute('aria-label') === 'x');
          const glyph = svg.querySelector('use, path');
          const box = glyph.getBBox();
          const scale = svg.getBoundingClientRect().height / svg.viewBox.baseVal.height;
          const probe = document.createElement('span');
          probe.style.cssText = 'display:inline-block;width:0;height:1ex;vertical-align:baseline';
          svg.closest('p').appendChild(probe);
          const ex = probe.getBoundingClientRect().height;
          probe.remove();
          return [box.height * scale, ex];
        }
        """;

    /// <summary>
    /// For each inline formula followed by punctuation: narrows its paragraph pixel by pixel around the width where the
    /// formula ends the line, and reports a width at which the punctuation starts a line of its own (-1 if none).
    /// </summary>
    public const string LonePunctuation = """
        () => {
          const out = [];
          for (const math of document.querySelectorAll('.post-content .math-inline')) {
            const p = math.closest('p');
            let after = math.nextSibling;
            if (!after && math.parentElement.classList.contains('math-glue')) after = math.parentElement.lastChild;
            if (!after || after.nodeType !== 3 || !/^[.,;:!?]/.test(after.data)) continue;
            const punct = document.createRange(); punct.setStart(after, 0); punct.setEnd(after, 1);
            const original = p.style.width;
            p.style.width = ''; const pLeft = p.getBoundingClientRect().left;
            const mathRight = math.getBoundingClientRect().right;
            let lone = -1;
            // Widths from where the formula just fits to a few px more: the punctuation would just not fit.
            const start = Math.floor(mathRight - pLeft) - 2;
            for (let w = start; w < start + 14 && lone < 0; w++) {
              p.style.width = w + 'px';
              // The formula's last piece (a long formula is set as several SVGs over several lines).
              const pieces = math.querySelectorAll('svg');
              const m = pieces[pieces.length - 1].getBoundingClientRect(), r = punct.getBoundingClientRect();
              if (r.top >= m.bottom - 2 && r.left < m.left) lone = w;
            }
            p.style.width = original;
            out.push({ tex: math.querySelector('svg').getAttribute('aria-label') || math.getAttribute('aria-label') || '', loneAt: lone });
          }
          return out;
        }
        """;
}
