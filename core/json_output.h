// The document as JSON (docs/format.md), with offsets in a chosen unit.
#pragma once

#include <nlohmann/json.hpp>

#include "document.h"
#include "offsets.h"

namespace claimscope {

/// Builds the JSON document described in docs/format.md. The text itself is
/// included only when `include_text` is set.
nlohmann::ordered_json to_json(const Document& doc, Unit unit, bool include_text = false);

}  // namespace claimscope
