// Words that bound the clause built around a quoted fragment (attribution.cpp's
// add_quote): where the writer's own words begin after the quotation.
#pragma once

#include <string_view>

#include "../lexicon.h"

namespace claimscope::rules {

// The setting of a statement after its quotation ("called the count “rigged” in a tweet",
// "saying “pray for him” at the end of the call") opens with the words of
// kObjectSettingOpeners (cues.h) except kNotQuoteSetting: “…” from the start is a phrase of
// the quotation. ("on" is in neither: “…” on how many jobs is the topic.)
constexpr std::string_view kNotQuoteSetting = "from";

// Words that open a clause of the writer's own after a comma: ", which …", ", who …"
// (a note on what was named), ", while …", ", whereas …" (a contrast with someone else).
CLAIMSCOPE_WORD_RULES(kWriterClauseOpeners) = {
    {"which", "waside.which", "note on a thing"}, {"who", "waside.who", "note on a person"},
    {"while", "waside.while", "contrast"},        {"whereas", "waside.whereas", "contrast"},
};

}  // namespace claimscope::rules
