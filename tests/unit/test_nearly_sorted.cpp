// stable_sort_nearly_sorted must give exactly std::stable_sort's order, on
// ranges near their order (the insertion path) and far from it (the
// fallback after the move budget), with many equal keys.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <utility>
#include <vector>

#include "nearly_sorted.h"

namespace {

using Item = std::pair<int, int>;  // key, original position
bool by_key(const Item& a, const Item& b) { return a.first < b.first; }

std::vector<Item> numbered(const std::vector<int>& keys) {
  std::vector<Item> out;
  for (size_t i = 0; i < keys.size(); ++i) out.push_back({keys[i], int(i)});
  return out;
}

void check_same_as_stable_sort(const std::vector<int>& keys) {
  auto expected = numbered(keys);
  std::stable_sort(expected.begin(), expected.end(), by_key);
  auto got = numbered(keys);
  claimscope::stable_sort_nearly_sorted(got.begin(), got.end(), by_key);
  CHECK(got == expected);
}

}  // namespace

TEST_CASE("nearly sorted: empty, one element, already in order") {
  check_same_as_stable_sort({});
  check_same_as_stable_sort({7});
  check_same_as_stable_sort({1, 2, 2, 3, 5, 8});
}

TEST_CASE("nearly sorted: elements a few places early, with equal keys") {
  std::mt19937 rng(12345);
  for (int round = 0; round < 50; ++round) {
    std::vector<int> keys;
    for (int i = 0; i < 500; ++i) keys.push_back(i / 3);  // runs of equal keys
    for (int swaps = 0; swaps < 40; ++swaps) {
      size_t a = rng() % (keys.size() - 4);
      std::swap(keys[a], keys[a + 1 + rng() % 3]);
    }
    check_same_as_stable_sort(keys);
  }
}

TEST_CASE("nearly sorted: far from order falls back and still matches") {
  std::vector<int> reversed;
  for (int i = 2000; i > 0; --i) reversed.push_back(i / 4);
  check_same_as_stable_sort(reversed);
  std::mt19937 rng(777);
  std::vector<int> shuffled;
  for (int i = 0; i < 3000; ++i) shuffled.push_back(int(rng() % 50));
  check_same_as_stable_sort(shuffled);
}
