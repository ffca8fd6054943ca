#!/usr/bin/env bash
# The docs site's local steps: everything the deploy workflow runs before Quarto renders the site. Every notebook in
# nbs/ is processed into _proc/ (nbdev runs its import cells and writes the API docs of every exported name) and the
# sidebar is written; fails when a notebook does not process.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf _proc
nbdev-sidebar
log=$(mktemp)
status=0
nbdev-proc-nbs > "$log" 2>&1 || status=$?
grep -v -e '^Quarto is not installed' -e 'sudo: not found' -e '^Cancelled' -e '^Installing or upgrading quarto' "$log" || true  # Quarto: the workflow's next step
rm -f "$log"
if [ "$status" -ne 0 ]; then echo "FAIL: nbdev-proc-nbs exited with $status" >&2; exit 1; fi
expected=$(find nbs -maxdepth 1 -name '*.ipynb' | wc -l)
got=$(find _proc -maxdepth 1 -name '*.ipynb' 2>/dev/null | wc -l)
if [ "$got" -ne "$expected" ]; then echo "FAIL: docs processed $got of $expected notebooks" >&2; exit 1; fi
echo "docs: $got of $expected notebooks processed into _proc/"
