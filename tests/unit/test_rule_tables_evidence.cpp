// test_rule_tables.cpp for core/rules/evidence.h, whose kMonths and kWeekdays
// share their names with tables of roles.h and cues.h (never included together).
#define CLAIMSCOPE_PACK_WORD_RULES 1  // this file only; no other header of the core is included

#include "rule_tables_check.h"
#include "rules/evidence.h"

TEST_CASE("every packed evidence table holds exactly its entries' texts and ids, in order") {
  // core/rules/evidence.h
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kMonths)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kWeekdays)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kNumberWords)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kScaleWords)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kCurrencyWords)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kPercentWords)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kClockWords)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kNotUnits)
  CLAIMSCOPE_CHECK_TABLE(claimscope::rules, kRangeWords)
}
