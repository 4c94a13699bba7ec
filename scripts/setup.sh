#!/usr/bin/env bash
# Installs what Claimscope needs and is missing; quiet when everything is there.
# Debian packages come from apt (as root, or through sudo); npm packages from npm ci.
set -euo pipefail
cd "$(dirname "$0")/.."

# Package -> why it is needed.
packages=(
  cmake               # native and wasm builds
  g++                 # native build (CLI, unit tests)
  emscripten          # the WebAssembly build (Debian's 3.1.6)
  nlohmann-json3-dev  # JSON in the CLI and tests
  doctest-dev         # C++ unit tests
  chromium            # browser tests
  python3             # benchmark scorers
)

# scripts/hardening.sh needs more: clang's libFuzzer and sanitizers, valgrind.
if [[ "${1:-}" == "--hardening" ]]; then
  packages+=(clang-14 libclang-rt-14-dev valgrind)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  install=(apt-get install -y --no-install-recommends "${missing[@]}")
  if [[ $(id -u) -eq 0 ]]; then
    sudo=()
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    sudo=(sudo)
  else
    echo "Claimscope needs these Debian packages: ${missing[*]}" >&2
    echo "Install them with:  sudo apt-get update && sudo ${install[*]}" >&2
    exit 1
  fi
  echo "setup: installing ${missing[*]}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive "${install[@]}" -qq >/dev/null
fi

# npm ci when node_modules is missing or was installed from another lock file.
# The lock's checksum is kept beside the install, not its date: a fresh clone or
# checkout makes the lock newer without changing it, and a reinstall then would
# empty node_modules under anything already using it.
lock_sum=$(cksum <package-lock.json)
if [[ ! -f node_modules/.package-lock.json || $lock_sum != "$(cat node_modules/.claimscope-lock-sum 2>/dev/null)" ]]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
  echo "$lock_sum" >node_modules/.claimscope-lock-sum
fi
