// NameTable (core/name_table.h): the speaker registry's table of names, kept
// from one document to the next.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "name_table.h"

using namespace claimscope;

namespace {
struct Names {
  std::vector<int> list;
  void clear() { list.clear(); }
};
}  // namespace

TEST_CASE("NameTable finds what was added and nothing else") {
  NameTable<int> t;
  CHECK(t.find("lind") == t.end());
  t["lind"] = 3;
  t["keel"] = 5;
  REQUIRE(t.find("lind") != t.end());
  CHECK(t.find("lind")->second == 3);
  CHECK(t.find("keel")->second == 5);
  CHECK(t.find("lin") == t.end());
  CHECK(t.find("lindh") == t.end());
  CHECK(t.find("") == t.end());
  t[""] = 7;  // an empty key is a key
  CHECK(t.find("")->second == 7);
  CHECK(t["lind"] == 3);  // an existing key is not added again
  CHECK(t.size() == 3);
}

TEST_CASE("NameTable emptied holds nothing of before, and a new value starts empty") {
  NameTable<Names> t;
  t["ruiz"].list = {1, 2};
  t["beck"].list = {4};
  const size_t grown = t.bytes();
  t.clear();
  CHECK(t.size() == 0);
  CHECK(t.find("ruiz") == t.end());
  CHECK(t.find("beck") == t.end());
  CHECK(t["beck"].list.empty());  // the reused entry's value is emptied
  CHECK(t["osei"].list.empty());
  CHECK(t.bytes() == grown);  // nothing allocated again
  NameTable<int> n;
  n["a"] = 9;
  n.clear();
  CHECK(n["b"] == 0);  // value-initialised, as an unordered_map's
}

TEST_CASE("NameTable: thousands of keys, cleared and filled again; references stay valid") {
  NameTable<int> t;
  auto key = [](int i) { return "name" + std::to_string(i); };
  int& first = t[key(0)];
  first = -1;
  for (int round = 0; round < 3; ++round) {
    if (round > 0) {
      t.clear();
      t[key(0)] = -1;
    }
    const int n = round == 1 ? 50 : 5000;
    for (int i = 1; i < n; ++i) t[key(i)] = i;
    CHECK(t.size() == size_t(n));
    for (int i = 1; i < n; ++i) {
      REQUIRE(t.find(key(i)) != t.end());
      CHECK(t.find(key(i))->second == i);
    }
    CHECK(t.find(key(n)) == t.end());
    CHECK(t.find(key(0))->second == -1);
  }
  CHECK(&t[key(0)] == &first);  // the first entry never moved
}
