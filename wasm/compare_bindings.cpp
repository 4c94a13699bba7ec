// Embind bindings that only the compare page's module has
// (claimscope-compare.wasm: wasm/bindings.cpp and this file). The page's
// module leaves this file out, so its linker drops the cross-article
// comparison (core/compare*.cpp), which only compare.html calls.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cmath>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "annotate.h"
#include "compare.h"
#include "js_arrays.h"
#include "offsets.h"

using claimscope_wasm::index_or_none;
using claimscope_wasm::to_string_array;
using claimscope_wasm::to_u32_array;
using emscripten::val;

namespace {

// Compares several articles. Their UTF-8 texts lie one after another at
// `address`; `count` byte lengths (uint32) at `sizes`, one per article. In
// memory rather than a JS array: reading one would import three more Embind
// functions (emval as, get_property, run_destructors), and with those the
// page's glue could not load this module too (CMakeLists.txt, -lexports.js).
// Out: flat Uint32Array records with UTF-16 offsets (web/claimscope.js
// unpacks them into the CLI's compare shape) and string arrays for names
// and diffs. Typed arrays rather than JSON: a JSON string would cost a
// serialise, a UTF-8 decode and a JSON.parse on every comparison.
// Cold: run once per comparison (bindings.cpp, decode_share_link).
[[gnu::cold]] val compare(uintptr_t address, uintptr_t sizes, uint32_t count, double max_bytes) {
  const std::span<const uint32_t> lengths(reinterpret_cast<const uint32_t*>(sizes), count);
  claimscope::Options options;
  if (max_bytes > 0) options.max_input_bytes = size_t(max_bytes);
  options.list_non_ascii = true;  // for the offsets (OffsetMap)
  std::vector<claimscope::Document> docs;
  std::vector<claimscope::OffsetMap> maps;  // each article's, over its text in `docs` (reserved: never moved)
  docs.reserve(lengths.size());
  maps.reserve(lengths.size());
  size_t offset = 0;
  for (size_t a = 0; a < lengths.size(); ++a) {
    std::string_view text(reinterpret_cast<const char*>(address) + offset, size_t(lengths[a]));
    offset += size_t(lengths[a]);
    auto result = claimscope::annotate(text, options);
    if (!result.ok()) {
      val err = val::object();
      err.set("error", result.error);
      err.set("article", a);
      return err;
    }
    docs.push_back(std::move(result.doc));
    maps.emplace_back(docs.back().text, claimscope::Unit::utf16, std::move(result.non_ascii));
  }
  std::vector<const claimscope::Document*> ptrs;
  for (const auto& d : docs) ptrs.push_back(&d);
  const claimscope::CompareResult r = claimscope::compare_documents(ptrs);

  val out = val::object();
  val articles = val::array();
  for (size_t a = 0; a < docs.size(); ++a) {
    val art = val::object();
    art.set("claims", uint32_t(docs[a].claims.size()));
    std::vector<uint32_t> map;
    for (int32_t g : r.speaker_map[a]) map.push_back(index_or_none(g));
    art.set("speakers", to_u32_array(map));
    articles.set(a, art);
  }
  out.set("articles", articles);

  val speakers = val::array();
  for (size_t i = 0; i < r.speakers.size(); ++i) {
    const auto& sp = r.speakers[i];
    val s = val::object();
    s.set("name", sp.name);
    s.set("aliases", to_string_array(sp.aliases));
    s.set("articles", to_u32_array(std::vector<uint32_t>(sp.articles.begin(), sp.articles.end())));
    speakers.set(i, s);
  }
  out.set("speakers", speakers);

  // clusters: [first member, member count, score in thousandths, unique, speaker] per cluster;
  // members: [article, claim, start, end, speaker, diff truncated] per member;
  // diffs: per member, [removed words, added words].
  std::vector<uint32_t> clusters, members;
  val diffs = val::array();
  size_t m = 0;
  for (const auto& c : r.clusters) {
    clusters.push_back(uint32_t(members.size() / 6));
    clusters.push_back(uint32_t(c.members.size()));
    clusters.push_back(uint32_t(std::lround(double(c.score) * 1000.0)));
    clusters.push_back(c.unique ? 1u : 0u);
    clusters.push_back(index_or_none(c.speaker));
    for (size_t k = 0; k < c.members.size(); ++k, ++m) {
      const auto& mem = c.members[k];
      members.push_back(mem.article);
      members.push_back(mem.claim);
      members.push_back(maps[mem.article](mem.span.start));
      members.push_back(maps[mem.article](mem.span.end));
      members.push_back(index_or_none(mem.speaker));
      const claimscope::WordDiff& d = c.diff[k];
      members.push_back(d.truncated ? 1u : 0u);
      val pair = val::array();
      pair.set(0, to_string_array(d.removed));
      pair.set(1, to_string_array(d.added));
      diffs.set(m, pair);
    }
  }
  out.set("clusters", to_u32_array(clusters));
  out.set("members", to_u32_array(members));
  out.set("diffs", diffs);
  return out;
}

}  // namespace

// A second EMSCRIPTEN_BINDINGS block: the module registers both at start-up.
EMSCRIPTEN_BINDINGS(claimscope_compare) {
  emscripten::function("compare", &compare);
}
