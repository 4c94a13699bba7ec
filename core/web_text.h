// Bounded readers for sentence ends that web and e-mail text marks without
// punctuation (rules: core/rules/web_text.h). Each looks a bounded distance
// from its position, except token_end, whose caller moves past the token.
#pragma once

#include <cstddef>
#include <string_view>

namespace claimscope::seg {

/// Whether a web address ("http://", "https://", "www.") starts at `pos`.
bool starts_url(std::string_view text, size_t pos, size_t end);
/// End of the white-space-delimited token starting at `pos`.
size_t token_end(std::string_view text, size_t pos, size_t end);
/// Whether the token before the white space at `space` is a web address.
bool prev_token_is_url(std::string_view text, size_t space, size_t floor);
/// End of an emoticon token (":-)", ";)") starting at `pos`, or `pos`.
size_t emoticon_end(std::string_view text, size_t pos, size_t end);
/// Whether `space` follows an e-mail style clock time ("09:15 AM"); sets
/// `time_start` to the first digit.
bool follows_clock_time(std::string_view text, size_t space, size_t floor, size_t& time_start);
/// End (after the comma) of a letter closing ("Best regards,") or, when
/// `paragraph_start`, a greeting ("Dear Ana,") starting at `pos`; or `pos`.
size_t salutation_end(std::string_view text, size_t pos, size_t end, bool paragraph_start);

}  // namespace claimscope::seg
