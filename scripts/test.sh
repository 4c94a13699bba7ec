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
# A test that hangs (a browser left idle on a loaded machine) fails after 15
# minutes instead of holding the run until CI's limit.
node --test --test-timeout=900000 tests/node/ tests/browser/
