#!/usr/bin/env bash
# The side-by-side run against Starlight (pinned, with its defaults) and a bare Astro + MDX floor, on the
# same generated corpus: the shared anchor benchmark (../shared/anchor-bench, or ANCHOR_BENCH_DIR), run
# on a copy of it and on a fresh clone of this project's HEAD, as its README prescribes.
# Usage: bench/anchor.sh [label]   NS (page counts, default "50 500") and RUNS (timed builds, default 2)
# as in its README. Prints its table; the result JSON is copied to bench-results/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SOURCE="${ANCHOR_BENCH_DIR:-$ROOT/../shared/anchor-bench}"
if [ ! -x "$SOURCE/run.sh" ]; then
  echo "bench/anchor.sh: no anchor benchmark at $SOURCE (set ANCHOR_BENCH_DIR to its folder)" >&2
  exit 2
fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cp -r "$SOURCE" "$WORK/anchor-bench"
git clone -q "$ROOT" "$WORK/field-guide"
(cd "$WORK/field-guide" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
PROJECT_DIR="$WORK/field-guide" \
  PROJECT_CONTENT_DIR=content/docs/zz-bench \
  PROJECT_ADAPT="$WORK/anchor-bench/scripts/adapt-project.mjs" \
  PROJECT_SEARCH_OPEN='[data-search-trigger]' \
  PROJECT_SEARCH_INPUT='dialog[open] input' \
  PROJECT_SEARCH_RESULT='li.search-result > a' \
  NS="${NS:-50 500}" RUNS="${RUNS:-2}" \
  "$WORK/anchor-bench/run.sh" "${1:-field-guide}"
mkdir -p "$ROOT/bench-results"
cp "$WORK/anchor-bench/results/"*"-${1:-field-guide}.json" "$ROOT/bench-results/"
