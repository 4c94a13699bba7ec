// The allocator settings of the batch tools (the claimscope CLI and
// claimscope_bench), not of the core: the library, and the WebAssembly build
// with its own allocator, leave the allocator as it is.
//
// glibc serves a block of 128 KB and more from a fresh mapping and unmaps it
// when it is freed; memory freed at the top of the heap goes back to the
// system too. The next large block is then mapped again, and the kernel
// zeroes each of its pages at first touch: about a fifth of the page faults
// of an annotation, and more of a huge paragraph's, whose arrays grow and are
// freed stage after stage. A batch run keeps freed memory in the heap for the
// next stage or document instead. The price: the process holds its peak
// memory until it exits.
#pragma once

#include <climits>
#include <cstdlib>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace claimscope::cli {

inline void keep_freed_memory() {
#if defined(__GLIBC__) && defined(M_MMAP_MAX) && defined(M_TRIM_THRESHOLD)
  mallopt(M_MMAP_MAX, 0);              // large blocks from the heap, reused once freed
  mallopt(M_TRIM_THRESHOLD, INT_MAX);  // never hand the heap's top back
#endif
}

}  // namespace claimscope::cli
