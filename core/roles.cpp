// STUB: every paragraph is body. Replaced by the real role classifier.
#include "paragraphs.h"

namespace claimscope {

void classify_paragraphs(std::string_view, std::vector<Paragraph>& paragraphs) {
  for (auto& p : paragraphs) p.role = Role::body;
}

}  // namespace claimscope
