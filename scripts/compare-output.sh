#!/usr/bin/env bash
# Acceptance check that two staticmath binaries give the same output: builds every site under samples/, this
# repository's docs (--source .) and the corpus posts of ../shared/corpus (copied into a temporary site) with each,
# then diffs the two output trees (and the builds' messages and exit codes). Exit 0 when identical, 1 when anything
# differs (the differing files are listed), 2 when a site fails to build with both binaries.
# usage: scripts/compare-output.sh BIN_A BIN_B [corpus folder=../shared/corpus, beside the main checkout]
#   BIN is a staticmath executable or a StaticMath.Cli.dll (run with `dotnet`), e.g.
#   dotnet build -c Release src/StaticMath.Cli -o /tmp/sm-a   (on each branch)  →  /tmp/sm-a/StaticMath.Cli.dll
set -euo pipefail
if [ $# -lt 2 ]; then sed -n '2,7p' "$0"; exit 2; fi
root=$(cd "$(dirname "$0")/.." && pwd)
# ../shared sits beside the main checkout, which a worktree finds through git's common folder.
main_checkout=$(cd "$(git -C "$root" rev-parse --path-format=absolute --git-common-dir)/.." && pwd)
corpus=${3:-$main_checkout/../shared/corpus}
bin_a=$(realpath "$1"); bin_b=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A fixed "now" (the reproducible-builds convention the build honours), so feed dates cannot differ between runs.
export SOURCE_DATE_EPOCH=1780315200

run() { # run BIN ARGS…
    local bin=$1; shift
    if [[ $bin == *.dll ]]; then dotnet "$bin" "$@"; else "$bin" "$@"; fi
}

# The sites, as name=folder; the corpus posts go into a minimal site of their own.
sites=("docs=$root")
for sample in "$root"/samples/*/; do
    [ -f "$sample/staticmath.yml" ] && sites+=("samples-$(basename "$sample")=${sample%/}")
done
if [ -d "$corpus" ]; then
    mkdir -p "$work/corpus/content/posts"
    printf 'title: "Corpus"\nbaseUrl: https://corpus.example.org/\n' > "$work/corpus/staticmath.yml"
    cp "$corpus"/*.md "$work/corpus/content/posts/"
    sites+=("corpus=$work/corpus")
else
    echo "no corpus at $corpus: comparing samples and docs only" >&2
fi

for side in a b; do
    bin=$bin_a; [ $side = b ] && bin=$bin_b
    mkdir -p "$work/$side"
    for entry in "${sites[@]}"; do
        name=${entry%%=*}; source=${entry#*=}
        # --no-cache: neither binary may read the other's cached math, nor write a cache into the sources.
        # Warnings and errors are part of the output, so they are compared too.
        run "$bin" build --source "$source" --output "$work/$side/$name" --no-cache --quiet \
            > "$work/$side/$name.log" 2>&1 || echo "exit $?" >> "$work/$side/$name.log"
        sed -i "s|$work/$side/|OUTPUT/|g" "$work/$side/$name.log"
    done
done

for entry in "${sites[@]}"; do
    name=${entry%%=*}
    if grep -q '^exit ' "$work/a/$name.log" && grep -q '^exit ' "$work/b/$name.log"; then
        echo "$name fails to build with both binaries:" >&2
        cat "$work/a/$name.log" >&2
        exit 2
    fi
done

if diff -r "$work/a" "$work/b" > "$work/diff.txt"; then
    echo "identical: ${sites[*]%%=*}"
else
    echo "outputs differ:"
    grep -E '^(diff|Only in|Binary files)' "$work/diff.txt" | sed "s|$work/||g"
    echo "(first lines of the diff)"
    grep -vE '^(diff|Only in|Binary files)' "$work/diff.txt" | cut -c1-300 | head -40
    exit 1
fi
