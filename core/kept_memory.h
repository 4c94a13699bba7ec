// How much memory a caller may keep from one document to the next.
#pragma once

#include <cstddef>

namespace claimscope {

/// A batch of documents (the CLI's batch mode) reuses one Result per thread
/// and its scratch buffers: each keeps its memory for the next document up to
/// this (an article of ~300 KB of text), and frees all of it after a larger
/// one, so that a few huge documents do not hold memory to the end of a run.
constexpr size_t kKeptBytes = 1u << 20;

/// Whether annotate() keeps those buffers in the Result at all. Natively it
/// does. The WebAssembly module makes a new Result for every call (and the
/// page gives it one document at a time), so a kept buffer would never be
/// reused there: each stage uses buffers of its own, freed when it ends, and
/// the keeping code (the scratch, its size checks and releases) is left out
/// of the module, which saves page bytes. Code tests this with `if constexpr`,
/// so both paths are written once.
#if defined(__wasm__)
inline constexpr bool kKeepsBuffers = false;
#else
inline constexpr bool kKeepsBuffers = true;
#endif

// Buffers of stages that annotate() keeps (annotate_scratch.h), each type
// defined with its stage: its deleter and the heap memory it holds.
struct RoleBuffers;         // role_context.h
struct AttributionBuffers;  // attribution.cpp
struct KeptBuffersDeleter {
  void operator()(RoleBuffers* b) const noexcept;
  void operator()(AttributionBuffers* b) const noexcept;
};
size_t kept_buffer_bytes(const RoleBuffers& b);
size_t kept_buffer_bytes(const AttributionBuffers& b);

}  // namespace claimscope
