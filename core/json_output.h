// The document as JSON (docs/format.md), with offsets in a chosen unit.
#pragma once

#include <string>

#include "document.h"
#include "json_writer.h"
#include "offsets.h"

namespace claimscope {

/// Writes the members of the JSON document described in docs/format.md
/// ("version", "unit", ... "evidence") into the object `w` has open, so a
/// caller can put its own members first (the CLI's JSON lines start with
/// "id"). The text itself is included only when `include_text` is set.
/// `listed`: annotate()'s list of doc.text's non-ASCII characters
/// (Result::non_ascii, Options::list_non_ascii), taken over for the offsets
/// (moved from); without it the offsets' map makes its own pass over the text.
void write_document_members(json::Writer& w, const Document& doc, Unit unit, bool include_text = false,
                            NonAsciiStarts* listed = nullptr);

/// The JSON document as one string: compact (indent < 0) or with one member
/// or element per line, indented by `indent` spaces per level.
std::string to_json(const Document& doc, Unit unit, bool include_text = false, int indent = -1);

}  // namespace claimscope
