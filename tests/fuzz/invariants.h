// Properties every Document must have, whatever the input. Used by the fuzz
// targets and by the unit tests.
#pragma once

#include <string>

#include "document.h"

namespace claimscope {

/// Returns an empty string when `doc` is sound, else a description of the
/// first broken property.
std::string check_invariants(const Document& doc);

}  // namespace claimscope
