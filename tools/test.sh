#!/usr/bin/env bash
# The project's test command: notebooks and library in sync, every notebook in nbs/ (slow cells included), then the
# docs site's local steps (tools/docs.sh).
set -euo pipefail
export OMP_NUM_THREADS=1  # notebooks run two at a time on two cores: one thread each
cd "$(dirname "$0")/.."
python -c "import nbdev" 2>/dev/null || pip install -q -e ".[dev]"
python -c "import rnnuniv" 2>/dev/null || pip install -q -e ".[dev]"

before=$(git status --porcelain)
nbdev-clean
nbdev-export
python tools/readme.py
after=$(git status --porcelain)
if [ "$before" != "$after" ]; then
  echo "FAIL: nbdev-clean / nbdev-export changed files: notebooks and library are out of sync" >&2
  git status --porcelain >&2
  exit 1
fi

expected=$(find nbs -name '*.ipynb' -not -path '*/.*' -not -name '_*' | wc -l)
log=$(mktemp)
status=0
nbdev-test --flags "${RNNUNIV_TEST_FLAGS-slow}" --timing --n-workers "${RNNUNIV_TEST_WORKERS:-2}" 2>&1 | tee "$log" || status=$?
ran=$(grep -cE '\.ipynb: [0-9]+ secs$' "$log" || true)
rm -f "$log"
if [ "$status" -ne 0 ]; then echo "0 passed, 1 failed"; exit "$status"; fi
if [ "$ran" -eq 0 ] || [ "$ran" -ne "$expected" ]; then
  echo "FAIL: nbdev-test ran $ran notebooks, expected $expected" >&2
  echo "$ran passed, 1 failed"
  exit 1
fi
bash tools/docs.sh  # the docs site's local steps (the deploy workflow then renders with Quarto)
echo "$ran passed, 0 failed"
