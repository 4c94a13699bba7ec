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
/// find_quotes_into in two steps, for a caller that walks the paragraphs
/// anyway (annotate() finds a stretch's quotes while its text is still in
/// the cache): the quotes of paragraphs [begin, end), appended in order
/// (called for consecutive stretches from 0, `quotes` empty at first),
/// then, once all are found, the joins of quotes that run on into the next
/// paragraph.
void find_quotes_in_paragraphs(std::string_view text, const std::vector<Paragraph>& paragraphs, uint32_t begin,
                               uint32_t end, std::vector<Quote>& quotes);
void join_quotes_across_paragraphs(std::string_view text, const std::vector<Paragraph>& paragraphs,
                                   std::vector<Quote>& quotes);

}  // namespace claimscope
