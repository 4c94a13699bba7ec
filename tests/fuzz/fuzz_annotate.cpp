// Fuzz target: annotate() on any bytes. Checks the document invariants and
// that the JSON output is valid and reparses.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include <nlohmann/json.hpp>

#include "annotate.h"
#include "invariants.h"
#include "json_output.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  for (auto stage : {claimscope::Stage::segment, claimscope::Stage::structure, claimscope::Stage::full}) {
    claimscope::Options options;
    options.stage = stage;
    auto result = claimscope::annotate(input, options);
    if (!result.ok()) continue;
    std::string problem = claimscope::check_invariants(result.doc);
    if (!problem.empty()) {
      std::fprintf(stderr, "invariant broken: %s\n", problem.c_str());
      std::abort();
    }
    // The writer's JSON must read back with a real parser.
    auto reparsed = nlohmann::ordered_json::parse(claimscope::to_json(result.doc, claimscope::Unit::utf16), nullptr, false);
    if (reparsed.is_discarded() || !reparsed.is_object()) std::abort();
  }
  return 0;
}
