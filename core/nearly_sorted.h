// A stable sort for ranges that are almost in order already, as the
// attribution grammars produce them (a clause or a source now and then a few
// places early). std::stable_sort costs n log n and takes a buffer however
// ordered the range is; on a five-megabyte paragraph it was a twentieth of
// all the work.
#pragma once

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <utility>

namespace claimscope {

/// Sorts [first, last) by `less`, keeping equal elements in their order: the
/// result is exactly std::stable_sort's. Insertion sort while the range
/// needs few moves (linear when every element is near its place); past a
/// budget of moves it hands the rest to std::stable_sort. Insertion only ever
/// moves an element past greater ones, so equal elements are still in their
/// first order when it does, and the result is the same.
template <typename It, typename Less>
void stable_sort_nearly_sorted(It first, It last, Less less) {
  const auto n = static_cast<size_t>(std::distance(first, last));
  if (n < 2) return;
  size_t budget = 8 * n + 64;  // element moves before giving up on insertion
  for (It i = std::next(first); i != last; ++i) {
    if (!less(*i, *std::prev(i))) continue;
    auto value = std::move(*i);
    It j = i;
    do {
      *j = std::move(*std::prev(j));
      --j;
    } while (j != first && less(value, *std::prev(j)) && --budget > 0);
    *j = std::move(value);
    if (budget == 0) {
      std::stable_sort(first, last, less);
      return;
    }
  }
}

}  // namespace claimscope
