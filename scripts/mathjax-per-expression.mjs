// MathJax 3 in process, per expression: the same setup as shared/tools/mathref/mathref.mjs (SVG output, all TeX
// packages but bussproofs/noerrors/noundefined), timed after a warm-up pass, startup excluded.
// Run from a folder with mathref's node_modules (scripts/bench-math.sh copies it there):
//   node mathjax-per-expression.mjs input.jsonl [passes=3]   → prints "mathjax_us_per_expression N"
import { mathjax } from 'mathjax-full/js/mathjax.js';
import { TeX } from 'mathjax-full/js/input/tex.js';
import { SVG } from 'mathjax-full/js/output/svg.js';
import { liteAdaptor } from 'mathjax-full/js/adaptors/liteAdaptor.js';
import { RegisterHTMLHandler } from 'mathjax-full/js/handlers/html.js';
import { AllPackages } from 'mathjax-full/js/input/tex/AllPackages.js';
import { readFileSync } from 'node:fs';

const adaptor = liteAdaptor();
RegisterHTMLHandler(adaptor);
const tex = new TeX({ packages: AllPackages.filter(p => !['bussproofs', 'noerrors', 'noundefined'].includes(p)), formatError: (jax, err) => { throw err; } });
const svg = new SVG({ fontCache: 'local' });
const doc = mathjax.document('', { InputJax: tex, OutputJax: svg });

const items = readFileSync(process.argv[2], 'utf8').split('\n').filter(l => l.trim()).map(l => JSON.parse(l));
const passes = Number(process.argv[3] ?? 3);
function renderAll() {
  let length = 0;
  for (const item of items) {
    try {
      length += adaptor.outerHTML(doc.convert(item.tex, { display: !!item.display, em: 16, ex: 8, containerWidth: 1280 })).length;
    } catch { /* errors cost what they cost, as in mathref.mjs */ }
  }
  return length;
}

renderAll();                                  // warm-up: JIT, fonts, caches
const start = process.hrtime.bigint();
for (let p = 0; p < passes; p++) renderAll();
const micros = Number(process.hrtime.bigint() - start) / 1000 / (passes * items.length);
console.log(`mathjax_us_per_expression ${micros.toFixed(1)}`);
