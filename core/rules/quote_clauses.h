// Words that bound the clause built around a quoted fragment (attribution.cpp's
// add_quote): where the writer's own words begin after the quotation.
#pragma once

#include "../lexicon.h"

namespace claimscope::rules {

// Prepositions that open the setting of a statement after its quotation: "called the count
// “rigged” in a tweet", "saying “pray for him” at the end of the call". What follows tells
// where or when the words were said, not what was said. ("on" is left out: “…” on how many
// jobs is the topic; "from" too, unlike kObjectSettingOpeners: “…” from the start is a phrase.)
constexpr WordRule kQuoteSettingPrepositions[] = {
    {"in", "qset.in", "in a tweet"},          {"at", "qset.at", "at the end of the call"},
    {"during", "qset.during", "during a rally"}, {"after", "qset.after", "after the vote"},
    {"before", "qset.before", "before the crowd"},
};

// Words that open a clause of the writer's own after a comma: ", which …", ", who …"
// (a note on what was named), ", while …", ", whereas …" (a contrast with someone else).
constexpr WordRule kWriterClauseOpeners[] = {
    {"which", "waside.which", "note on a thing"}, {"who", "waside.who", "note on a person"},
    {"while", "waside.while", "contrast"},        {"whereas", "waside.whereas", "contrast"},
};

}  // namespace claimscope::rules
