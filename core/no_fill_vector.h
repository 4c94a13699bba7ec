// A vector whose resize() leaves new elements of a trivial type unwritten,
// for per-paragraph buffers that are written in full before they are read.
// std::vector's resize value-initialises (zeroes) what it adds: a library
// memset of a size the branch predictor cannot guess, for bytes written
// again right after.
#pragma once

#include <memory>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

namespace claimscope {

template <class T>
struct NoFillAllocator : std::allocator<T> {
  template <class U>
  struct rebind {
    using other = NoFillAllocator<U>;
  };
  NoFillAllocator() = default;
  template <class U>
  NoFillAllocator(const NoFillAllocator<U>&) noexcept {}
  // resize(n) constructs with no arguments: default-initialise (no write).
  template <class U>
  void construct(U* p) noexcept(std::is_nothrow_default_constructible_v<U>) {
    ::new (static_cast<void*>(p)) U;
  }
  template <class U, class... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
};

template <class T>
using NoFillVector = std::vector<T, NoFillAllocator<T>>;

}  // namespace claimscope
