#!/usr/bin/env bash
# A long fuzz run of the property tests (random TeX, random Markdown, mutations of a realistic post).
# usage: scripts/fuzz.sh [iterations per property=50000]
# A failure prints CsCheck's seed and the smallest failing input; add it as a regression test.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
STATICMATH_FUZZ_ITERATIONS="${1:-50000}" dotnet test "$root/tests/StaticMath.Robustness.Tests" -c Release \
  --filter "FullyQualifiedName~Fuzz" --logger "console;verbosity=normal"
