#!/usr/bin/env bash
# Builds everything: the native core, CLI and tests (build/native), the
# WebAssembly module (build/wasm), and the static site (dist/).
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)

cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build/native -j"$jobs" >/dev/null

# Debian's emscripten finds its JS optimizer's modules only through NODE_PATH.
export NODE_PATH=/usr/share/nodejs
emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release 2> >(grep -v "^configure:" >&2) >/dev/null
cmake --build build/wasm -j"$jobs" >/dev/null

node scripts/assemble-dist.mjs
