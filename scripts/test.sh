#!/usr/bin/env bash
# Runs every test: C++ unit tests (ctest), Node tests of the CLI and the
# wasm module, and browser tests (playwright-core driving Debian Chromium).
# Expects a finished build (npm test builds first).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== No benchmark text in the project"
python3 scripts/check-copied-text.py

echo "== C++ unit tests"
ctest --test-dir build/native --output-on-failure

echo "== Node and browser tests"
mkdir -p test-results
node --test tests/node/ tests/browser/
