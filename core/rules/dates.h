// Month and weekday names: one table each, read by the evidence spans (a
// capitalised month or weekday dates a number), the article's date lines
// (core/role_header.cpp) and the speech cues' time adjuncts ("said Friday",
// with the abbreviations of core/rules/cues.h). Lower case.
#pragma once

#include "../lexicon.h"

namespace claimscope::rules {

// Month names and their news-style abbreviations ("Feb.", "Sept.").
CLAIMSCOPE_WORD_RULES(kMonths) = {
    {"january", "date.month", "month"},   {"february", "date.month", "month"}, {"march", "date.month", "month"},
    {"april", "date.month", "month"},     {"may", "date.month", "month"},      {"june", "date.month", "month"},
    {"july", "date.month", "month"},      {"august", "date.month", "month"},   {"september", "date.month", "month"},
    {"october", "date.month", "month"},   {"november", "date.month", "month"}, {"december", "date.month", "month"},
    {"jan", "date.month.abbr", "month"},  {"feb", "date.month.abbr", "month"}, {"mar", "date.month.abbr", "month"},
    {"apr", "date.month.abbr", "month"},  {"jun", "date.month.abbr", "month"}, {"jul", "date.month.abbr", "month"},
    {"aug", "date.month.abbr", "month"},  {"sep", "date.month.abbr", "month"}, {"sept", "date.month.abbr", "month"},
    {"oct", "date.month.abbr", "month"},  {"nov", "date.month.abbr", "month"}, {"dec", "date.month.abbr", "month"},
};

// Days of the week, full names only: in news they date an event ("on
// Wednesday"). Every name has six letters or more; is_weekday relies on it.
CLAIMSCOPE_WORD_RULES(kWeekdays) = {
    {"monday", "date.weekday", "day of the week"},    {"tuesday", "date.weekday", "day of the week"},
    {"wednesday", "date.weekday", "day of the week"}, {"thursday", "date.weekday", "day of the week"},
    {"friday", "date.weekday", "day of the week"},    {"saturday", "date.weekday", "day of the week"},
    {"sunday", "date.weekday", "day of the week"},
};

}  // namespace claimscope::rules
