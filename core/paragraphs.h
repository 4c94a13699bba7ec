// Paragraph splitting and paragraph roles (title, byline, boilerplate, ...).
#pragma once

#include <string_view>
#include <vector>

#include "document.h"
#include "offsets.h"

namespace claimscope {

/// Splits text into paragraphs on blank lines and single line breaks
/// (pasted web text puts one paragraph per line). Spans are trimmed of
/// white space; empty lines produce no paragraph. With `non_ascii`, every
/// non-ASCII character's start is listed there as the text is read (for
/// valid UTF-8: the core's text).
///
/// `scan`: which loop finds the lines' ends: `fastest`, the SSE2 scan where
/// the target has SSE2 (x86-64), else the eight-byte loop; `portable`, the
/// eight-byte loop everywhere. Both give the same paragraphs and list;
/// `portable` is the WebAssembly module's loop, for the native unit tests to
/// run against the other.
enum class LineScan { fastest, portable };
std::vector<Paragraph> split_paragraphs(std::string_view text, NonAsciiStarts* non_ascii = nullptr,
                                        LineScan scan = LineScan::fastest);
/// The same into `out`, whose contents are replaced and whose memory is
/// kept (annotate() into a Result it is given back).
void split_paragraphs_into(std::string_view text, std::vector<Paragraph>& out, NonAsciiStarts* non_ascii = nullptr);

class LoweredText;
struct RoleBuffers;

/// Sets role, confidence, reasons and dateline of every paragraph. The
/// paragraphs' features are read from `lowered`, the text's lowered copy
/// with a stop at every paragraph's end (annotate() builds it first at the
/// full stage); without it, a copy is made here. `kept`: the passes' working
/// buffers kept from an earlier document (annotate()'s scratch), else their own.
void classify_paragraphs(std::string_view text, std::vector<Paragraph>& paragraphs,
                         const LoweredText* lowered = nullptr, RoleBuffers* kept = nullptr);

}  // namespace claimscope
