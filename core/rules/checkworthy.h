// Check-worthiness: sentence features, their weights, and the words that
// signal them. score = logistic(bias + sum of the weights of the features
// that fired). The block between BEGIN/END WEIGHTS is rewritten by
// bench/train_checkworthy.py; ids and order are fixed (bit i of
// Sentence::features is kCheckworthyFeatures[i]).
#pragma once

#include "../lexicon.h"

namespace claimscope::rules {

struct CheckworthyFeature {
  const char* id;
  float weight;
  const char* reason;
};

// BEGIN WEIGHTS
constexpr float kCheckworthyBias = -3.079f;
constexpr CheckworthyFeature kCheckworthyFeatures[] = {
    {"number", 1.260f, "a number can be checked"},
    {"money_or_percent", 0.614f, "amounts and rates are the classic checkable claims"},
    {"date_time", 0.385f, "a dated event"},
    {"comparison", 0.449f, "comparisons and superlatives assert a measurable order"},
    {"named_entity", 0.390f, "a named person, place or organisation"},
    {"attribution", 0.156f, "someone is reported to have said it"},
    {"quotation", -0.077f, "a direct quotation"},
    {"hedge", -0.194f, "hedged: less of an assertion"},
    {"past_event", 0.775f, "a past event, which happened or did not"},
    {"first_person_opinion", -0.758f, "'I think', 'we believe': an opinion"},
    {"question", -0.604f, "questions assert nothing"},
    {"short", -1.016f, "fewer than six words"},
    {"future", -0.608f, "predictions and promises cannot be checked yet"},
    {"statistic_word", 0.859f, "rates, totals, averages, shares"},
    {"second_person", -0.506f, "addresses the listener: rhetoric"},
    {"policy_topic", 0.928f, "economy, budget, crime, health: topics fact-checkers cover"},
    {"long", 0.383f, "fifteen words or more: room for a factual statement"},
};
// END WEIGHTS

// Words that fire a feature (the id is the feature id). Lower case.
CLAIMSCOPE_WORD_RULES(kCheckworthyWords) = {
    // comparison
    {"more", "comparison", "comparative"}, {"less", "comparison", "comparative"},
    {"fewer", "comparison", "comparative"}, {"most", "comparison", "superlative"},
    {"least", "comparison", "superlative"}, {"than", "comparison", "comparison"},
    {"largest", "comparison", "superlative"}, {"biggest", "comparison", "superlative"},
    {"highest", "comparison", "superlative"}, {"lowest", "comparison", "superlative"},
    {"greatest", "comparison", "superlative"}, {"worst", "comparison", "superlative"},
    {"best", "comparison", "superlative"}, {"record", "comparison", "record level"},
    {"doubled", "comparison", "change in size"}, {"tripled", "comparison", "change in size"},
    {"increased", "comparison", "change"}, {"decreased", "comparison", "change"},
    {"rose", "comparison", "change"}, {"fell", "comparison", "change"},
    {"grew", "comparison", "change"}, {"dropped", "comparison", "change"},
    {"higher", "comparison", "comparative"}, {"lower", "comparison", "comparative"},
    {"larger", "comparison", "comparative"}, {"smaller", "comparison", "comparative"},
    {"only", "comparison", "exclusive claim"}, {"first", "comparison", "ranking"},
    {"every", "comparison", "universal claim"}, {"never", "comparison", "universal claim"},
    // past events
    {"was", "past_event", "past tense"}, {"were", "past_event", "past tense"},
    {"had", "past_event", "past tense"}, {"did", "past_event", "past tense"},
    {"ago", "past_event", "time in the past"}, {"since", "past_event", "time since an event"},
    {"last", "past_event", "'last year'"},
    // future
    {"will", "future", "future"}, {"going", "future", "'going to'"}, {"would", "future", "conditional"},
    {"should", "future", "recommendation"}, {"must", "future", "obligation"},
    {"gonna", "future", "future"}, {"let's", "future", "proposal"},
    // statistics
    {"percent", "statistic_word", "rate"}, {"rate", "statistic_word", "rate"},
    {"rates", "statistic_word", "rate"}, {"average", "statistic_word", "average"},
    {"total", "statistic_word", "total"}, {"majority", "statistic_word", "share"},
    {"half", "statistic_word", "share"}, {"million", "statistic_word", "large number"},
    {"billion", "statistic_word", "large number"}, {"trillion", "statistic_word", "large number"},
    {"thousands", "statistic_word", "large number"}, {"millions", "statistic_word", "large number"},
    {"number", "statistic_word", "count"}, {"deficit", "statistic_word", "budget figure"},
    {"debt", "statistic_word", "budget figure"},
    // policy topics
    {"tax", "policy_topic", "fiscal policy"}, {"taxes", "policy_topic", "fiscal policy"},
    {"jobs", "policy_topic", "labour market"}, {"unemployment", "policy_topic", "labour market"},
    {"economy", "policy_topic", "economy"}, {"budget", "policy_topic", "fiscal policy"},
    {"spending", "policy_topic", "fiscal policy"}, {"crime", "policy_topic", "public safety"},
    {"health", "policy_topic", "health"}, {"insurance", "policy_topic", "health"},
    {"wages", "policy_topic", "labour market"}, {"income", "policy_topic", "economy"},
    {"oil", "policy_topic", "energy"}, {"energy", "policy_topic", "energy"},
    {"voted", "policy_topic", "voting record"}, {"vote", "policy_topic", "voting record"},
    {"law", "policy_topic", "legislation"}, {"bill", "policy_topic", "legislation"},
    {"military", "policy_topic", "defence"}, {"troops", "policy_topic", "defence"},
    {"government", "policy_topic", "government"}, {"immigrants", "policy_topic", "immigration"},
    // the listener
    {"you", "second_person", "addresses the listener"}, {"your", "second_person", "addresses the listener"},
};

// First-person words and the opinion verbs that follow them ("I think").
CLAIMSCOPE_WORD_RULES(kFirstPerson) = {
    {"i", "first_person", "speaker"}, {"we", "first_person", "speaker"},
};
CLAIMSCOPE_WORD_RULES(kOpinionVerbs) = {
    {"think", "opinion", "opinion"},   {"believe", "opinion", "belief"}, {"feel", "opinion", "feeling"},
    {"hope", "opinion", "wish"},       {"want", "opinion", "wish"},      {"love", "opinion", "feeling"},
    {"guess", "opinion", "guess"},     {"know", "opinion", "conviction"}, {"need", "opinion", "wish"},
    {"wish", "opinion", "wish"},       {"agree", "opinion", "stance"},   {"disagree", "opinion", "stance"},
    {"like", "opinion", "preference"}, {"am", "opinion", "self-description"}, {"'m", "opinion", "self-description"},
};

}  // namespace claimscope::rules
