// Quotation finding: pairs quotation marks into Quote spans.
#pragma once

#include <string_view>
#include <vector>

#include "document.h"

namespace claimscope {

/// Finds direct quotations in every paragraph. Speakers are left unset;
/// attribute() fills them in.
std::vector<Quote> find_quotes(std::string_view text, const std::vector<Paragraph>& paragraphs);
/// The same into `quotes`, whose contents are replaced and whose memory is
/// kept (annotate() into a Result it is given back).
void find_quotes_into(std::string_view text, const std::vector<Paragraph>& paragraphs, std::vector<Quote>& quotes);

}  // namespace claimscope
