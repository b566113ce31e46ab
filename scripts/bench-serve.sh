#!/usr/bin/env bash
# serve's edit-to-reload latency on a generated 1,000-post site (medians of repeated edits).
# usage: scripts/bench-serve.sh [posts=1000] [edits=20]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
site=$(mktemp -d)/bench-site
python3 "$root/scripts/generate-bench-site.py" "$site" "${1:-1000}"
dotnet run -c Release --project "$root/tests/StaticMath.Benchmarks" -- serve "$site" "${2:-20}"
rm -rf "$(dirname "$site")"
