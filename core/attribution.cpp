// STUB: no attribution. Replaced by the real attribution stage.
#include "attribution.h"

namespace claimscope {

void attribute(Document&) {}

}  // namespace claimscope
