#!/usr/bin/env bash
# Our math engine beside MathJax 3 on the same input (the corpus expressions × COPIES, by shared/tools/extract-math.py):
#   - whole processes: `staticmath math --batch` against `node mathref.mjs` (wall and CPU seconds, peak memory);
#   - per expression in process: BenchmarkDotNet's PerExpressionBenchmarks (µs and bytes allocated for simple,
#     medium, heavy and all corpus expressions) against MathJax after a warm-up (scripts/mathjax-per-expression.mjs),
#     and PhaseBenchmarks (the corpus split into parse, layout and SVG writing: where the time goes).
# usage: scripts/bench-math.sh [copies=5]      (SHARED=path/to/shared, STATICMATH=a published staticmath to time)
# Needs node/npm (mathref's packages are installed in a temporary copy) and /usr/bin/time. Takes ~5 minutes.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED:-$root/../shared}
copies=${1:-5}
work=$(mktemp -d /tmp/bench-math.XXXXXX)
trap 'rm -rf "$work"' EXIT

for post in "$shared"/corpus/*.md "$shared"/corpus/*.txt; do python3 "$shared/tools/extract-math.py" "$post"; done > "$work/corpus.jsonl"
for _ in $(seq "$copies"); do cat "$work/corpus.jsonl"; done > "$work/input.jsonl"
echo "input: $(wc -l < "$work/input.jsonl") expressions ($(wc -l < "$work/corpus.jsonl") × $copies)"

cp -r "$shared/tools/mathref" "$work/mathref"
(cd "$work/mathref" && npm ci --no-audit --no-fund > /dev/null)
cp "$root/scripts/mathjax-per-expression.mjs" "$work/mathref/"

staticmath=${STATICMATH:-}
if [ -z "$staticmath" ]; then
  # For this machine's platform, so the binary is ReadyToRun (precompiled), as a published binary is.
  rid=$(dotnet --info | awk '$1 == "RID:" {print $2; exit}')
  dotnet publish "$root/src/StaticMath.Cli" -c Release -r "$rid" --self-contained false -o "$work/tool" -v q > /dev/null
  staticmath="$work/tool/staticmath"
fi

whole() { # name, command...
  local name=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" < "$work/input.jsonl" > "$work/$name.out"
  read -r wall user sys rss < "$work/time"
  echo "$name: wall ${wall}s, cpu $(echo "$user + $sys" | bc)s, peak ${rss} KB, $(wc -l < "$work/$name.out") lines"
  echo "$wall" > "$work/$name.wall"
}
whole staticmath "$staticmath" math --batch
whole staticmath-1-thread "$staticmath" math --batch --threads 1
whole mathjax node "$work/mathref/mathref.mjs"
echo "whole process: staticmath is $(echo "scale=1; $(cat "$work/mathjax.wall") / $(cat "$work/staticmath.wall")" | bc)× faster (all cores), $(echo "scale=1; $(cat "$work/mathjax.wall") / $(cat "$work/staticmath-1-thread.wall")" | bc)× on one thread"

(cd "$work/mathref" && node mathjax-per-expression.mjs "$work/corpus.jsonl" 3) | tee "$work/mathjax.inprocess"
STATICMATH_BENCH_EXPRESSIONS="$work/corpus.jsonl" dotnet run -c Release --project "$root/tests/StaticMath.Benchmarks" -- \
  --filter '*PerExpressionBenchmarks*' '*PhaseBenchmarks*' --job short --inProcess --artifacts "$work/bdn" > "$work/bdn.log"
grep -E '^\|' "$work/bdn.log"
ours=$(grep 'corpus' "$work/bdn.log" | grep -oE '[0-9.,]+ (us|μs|ns|ms)' | head -1)
echo "in process, corpus per expression: staticmath $ours, MathJax $(awk '{print $2}' "$work/mathjax.inprocess") us"
