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

// "refers to the governor as “Chris”", "kept referring to the levy as the “fish tax”": a verb
// whose object, after "to", the subject names with "as" and a quotation: the object and the
// name are the subject's words (attribution_quote_context.cpp: referred_as_before). Only with
// "as" before the quotation: the present "refers to" alone is mostly a definition ("The term
// refers to …").
CLAIMSCOPE_WORD_RULES(kReferAsVerbs) = {
    {"refer", "refas.refer", "refer to X as"},        {"refers", "refas.refer", "refers to X as"},
    {"referred", "refas.refer", "referred to X as"},  {"referring", "refas.refer", "referring to X as"},
};
constexpr size_t kMaxReferObjectWords = 8;  // "refers to the former harbour master as"

}  // namespace claimscope::rules
