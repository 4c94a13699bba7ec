#!/usr/bin/env bash
# Builds everything: the native core, CLI and tests (build/native), the
# WebAssembly module (build/wasm), and the static site (dist/).
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)

# The native build is profile-guided (CLAIMSCOPE_PGO in CMakeLists.txt): an
# instrumented CLI and claimscope_bench, trained on the project's own texts,
# write the profile that build/native is compiled with.
profile=$PWD/build/pgo-profile
cmake -S . -B build/native-pgo -DCMAKE_BUILD_TYPE=Release -DCLAIMSCOPE_PGO=generate \
  -DCLAIMSCOPE_PGO_PROFILE="$profile" >/dev/null
cmake --build build/native-pgo -j"$jobs" --target claimscope claimscope_bench >/dev/null
bash scripts/pgo-train.sh build/native-pgo "$profile"
cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release -DCLAIMSCOPE_PGO=ON -DCLAIMSCOPE_PGO_PROFILE="$profile" >/dev/null
# make does not see a profile change: an object is rebuilt only when its own
# source changes. When the training itself changed (its scripts or texts),
# every object is, so that none keeps the old training's layout.
stamp=$(cat scripts/pgo-train.sh scripts/pgo-text.py web/sample-article.txt tests/fixtures/*.txt \
  tests/fixtures/compare/*/*.txt "$profile"/training-articles.jsonl 2>/dev/null | cksum)
if [[ $stamp != "$(cat build/native/pgo-training.stamp 2>/dev/null)" ]]; then
  cmake --build build/native --target clean >/dev/null
  echo "$stamp" >build/native/pgo-training.stamp
fi
cmake --build build/native -j"$jobs" >/dev/null

# Debian's emscripten finds its JS optimizer's modules only through NODE_PATH.
export NODE_PATH=/usr/share/nodejs
emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release 2> >(grep -v "^configure:" >&2) >/dev/null
cmake --build build/wasm -j"$jobs" >/dev/null

node scripts/assemble-dist.mjs
