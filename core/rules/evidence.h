// Evidence spans: the words that turn a number into a date, an amount of money,
// a percentage or a measured quantity. Lower case; see core/evidence.cpp.
#pragma once

#include "../lexicon.h"
#include "dates.h"  // kMonths, kWeekdays

namespace claimscope::rules {

// Spelled-out numbers. Alone they are too common ("one of them") to be
// evidence; they count before a unit or noun, or with a scale word.
CLAIMSCOPE_WORD_RULES(kNumberWords) = {
    {"two", "number.word", "cardinal"},      {"three", "number.word", "cardinal"},
    {"four", "number.word", "cardinal"},     {"five", "number.word", "cardinal"},
    {"six", "number.word", "cardinal"},      {"seven", "number.word", "cardinal"},
    {"eight", "number.word", "cardinal"},    {"nine", "number.word", "cardinal"},
    {"ten", "number.word", "cardinal"},      {"eleven", "number.word", "cardinal"},
    {"twelve", "number.word", "cardinal"},   {"fifteen", "number.word", "cardinal"},
    {"twenty", "number.word", "cardinal"},   {"thirty", "number.word", "cardinal"},
    {"forty", "number.word", "cardinal"},    {"fifty", "number.word", "cardinal"},
    {"sixty", "number.word", "cardinal"},    {"seventy", "number.word", "cardinal"},
    {"eighty", "number.word", "cardinal"},   {"ninety", "number.word", "cardinal"},
    {"hundred", "number.word", "cardinal"},  {"hundreds", "number.word", "cardinal"},
    {"thousand", "number.word", "cardinal"}, {"thousands", "number.word", "cardinal"},
    {"dozen", "number.word", "cardinal"},    {"dozens", "number.word", "cardinal"},
    {"million", "number.scale", "scale"},    {"millions", "number.scale", "scale"},
    {"billion", "number.scale", "scale"},    {"billions", "number.scale", "scale"},
    {"trillion", "number.scale", "scale"},
};

// Words that continue a number: "2.4 billion", "30 million".
CLAIMSCOPE_WORD_RULES(kScaleWords) = {
    {"hundred", "scale.hundred", "x100"}, {"thousand", "scale.thousand", "x1000"},
    {"million", "scale.million", "x10^6"}, {"billion", "scale.billion", "x10^9"},
    {"trillion", "scale.trillion", "x10^12"}, {"bn", "scale.bn", "billion, abbreviated"},
    {"m", "scale.m", "million, abbreviated"}, {"mn", "scale.mn", "million, abbreviated"},
};

// Currency names after an amount ("300 euros") or before it ("US$").
CLAIMSCOPE_WORD_RULES(kCurrencyWords) = {
    {"dollar", "money.dollar", "currency"}, {"dollars", "money.dollar", "currency"},
    {"euro", "money.euro", "currency"},     {"euros", "money.euro", "currency"},
    {"pound", "money.pound", "currency"},   {"pounds", "money.pound", "currency; also weight, money is likelier"},
    {"sterling", "money.pound", "currency"}, {"yen", "money.yen", "currency"},
    {"yuan", "money.yuan", "currency"},     {"rupees", "money.rupee", "currency"},
    {"rubles", "money.ruble", "currency"},  {"roubles", "money.ruble", "currency"},
    {"francs", "money.franc", "currency"},  {"pesos", "money.peso", "currency"},
    {"usd", "money.code", "ISO code"},      {"eur", "money.code", "ISO code"},
    {"gbp", "money.code", "ISO code"},      {"cents", "money.cent", "currency"},
};

// Words after a number that make it a percentage.
CLAIMSCOPE_WORD_RULES(kPercentWords) = {
    {"percent", "percent.word", "percentage"},
    {"per", "percent.per", "first half of 'per cent'"},
    {"percentage", "percent.points", "'percentage points'"},
};

// Clock words: "9 p.m.", "noon".
CLAIMSCOPE_WORD_RULES(kClockWords) = {
    {"a.m", "time.am", "morning hour"}, {"p.m", "time.pm", "afternoon hour"},
    {"am", "time.am", "morning hour"},  {"pm", "time.pm", "afternoon hour"},
    {"gmt", "time.zone", "time zone"},  {"utc", "time.zone", "time zone"},
    {"o'clock", "time.oclock", "hour"},
};

// Words that cannot be the counted noun of a quantity: "5 of them", "2 to 1".
CLAIMSCOPE_WORD_RULES(kNotUnits) = {
    {"of", "unit.not.of", "partitive"},    {"to", "unit.not.to", "range or ratio"},
    {"and", "unit.not.and", "coordination"}, {"or", "unit.not.or", "coordination"},
    {"in", "unit.not.in", "preposition"},  {"on", "unit.not.on", "preposition"},
    {"at", "unit.not.at", "preposition"},  {"for", "unit.not.for", "preposition"},
    {"from", "unit.not.from", "preposition"}, {"by", "unit.not.by", "preposition"},
    {"with", "unit.not.with", "preposition"}, {"the", "unit.not.the", "determiner"},
    {"a", "unit.not.a", "determiner"},     {"an", "unit.not.an", "determiner"},
    {"is", "unit.not.is", "verb"},         {"are", "unit.not.are", "verb"},
    {"was", "unit.not.was", "verb"},       {"were", "unit.not.were", "verb"},
    {"have", "unit.not.have", "verb"},     {"has", "unit.not.has", "verb"},
    {"had", "unit.not.had", "verb"},       {"will", "unit.not.will", "verb"},
    {"would", "unit.not.would", "verb"},   {"said", "unit.not.said", "verb"},
    {"who", "unit.not.who", "relative"},   {"that", "unit.not.that", "relative"},
    {"which", "unit.not.which", "relative"}, {"as", "unit.not.as", "preposition"},
    {"than", "unit.not.than", "comparison"}, {"more", "unit.not.more", "comparison"},
    {"after", "unit.not.after", "preposition"}, {"before", "unit.not.before", "preposition"},
    {"into", "unit.not.into", "preposition"}, {"per", "unit.not.per", "handled as percent"},
};

// Joiners of a range: "three to four weeks", "10-15 people".
CLAIMSCOPE_WORD_RULES(kRangeWords) = {
    {"to", "range.to", "range"}, {"or", "range.or", "alternative"}, {"and", "range.and", "between X and Y"},
};

}  // namespace claimscope::rules
