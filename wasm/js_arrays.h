// Typed arrays and string arrays for JavaScript, shared by the bindings of
// both modules (wasm/bindings.cpp: the page's; wasm/compare_bindings.cpp:
// the compare page's addition).
#pragma once
#include <emscripten/val.h>

#include <cstdint>
#include <string>
#include <vector>

#include "document.h"

namespace claimscope_wasm {
// Internal to each file that includes it: the page's
// module keeps the code it had when these lived in bindings.cpp.
namespace {

constexpr uint32_t kNoIndex = 0xFFFFFFFFu;

uint32_t index_or_none(int32_t i) { return i == claimscope::kNone ? kNoIndex : uint32_t(i); }

// The Uint32Array constructor, looked up once: val::global() reads its name
// out of the heap and searches the global object on every call, which at
// ten typed arrays per annotation was a visible part of a short text's cost.
const emscripten::val& uint32_array_class() {
  static const emscripten::val ctor = emscripten::val::global("Uint32Array");
  return ctor;
}

// Copies `v` into a new Uint32Array owned by JavaScript.
emscripten::val to_u32_array(const std::vector<uint32_t>& v) {
  emscripten::val view(emscripten::typed_memory_view(v.size(), v.data()));
  return uint32_array_class().new_(view);
}

emscripten::val to_string_array(const std::vector<std::string>& v) {
  emscripten::val out = emscripten::val::array();
  for (size_t i = 0; i < v.size(); ++i) out.set(i, emscripten::val(v[i]));
  return out;
}

}  // namespace
}  // namespace claimscope_wasm
