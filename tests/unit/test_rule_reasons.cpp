// Rule reasons (core/rule_reason.h) are text natively and nothing in the
// page's module, so no rule may decide by its table's reasons: a subset that a
// rule needs is a table of its own, kept in step with the reasons here.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <string_view>
#include <type_traits>

#include "rule_reason.h"
#include "rules/cues.h"
#include "rules/speaker_words.h"
#include "word_classes.h"

using namespace claimscope;

TEST_CASE("natively a rule's reason is its text") {
  static_assert(std::is_same_v<RuleReason, const char*>);
  CHECK(std::string_view(rules::kSpeakerPronouns[0].reason).size() > 0);
}

TEST_CASE("kPersonalPronouns: exactly the speaker pronouns whose reason names a person") {
  std::set<std::string> by_reason, listed;
  for (const WordRule& r : rules::kSpeakerPronouns) {
    if (std::string_view(r.reason).starts_with("person")) by_reason.insert(r.text);
  }
  for (const WordRule& r : rules::kPersonalPronouns) listed.insert(r.text);
  CHECK(listed == by_reason);
  CHECK(rules::kPersonalPronouns.data() == rules::kSpeakerPronouns);  // a view of the table, not a copy
  for (const WordRule& r : rules::kSpeakerPronouns) {
    CAPTURE(r.text);
    CHECK(is_personal_pronoun(r.text) == by_reason.count(r.text) > 0);
  }
  // Traps: a group or an institution speaks with these, and a word that only
  // begins like a pronoun is none.
  CHECK_FALSE(is_personal_pronoun("they"));
  CHECK_FALSE(is_personal_pronoun("it"));
  CHECK_FALSE(is_personal_pronoun("we"));
  CHECK_FALSE(is_personal_pronoun("hen"));
  CHECK(is_personal_pronoun("she"));
}

TEST_CASE("kReadinessAdjectives: exactly the infinitive cues whose reason is \"<linking verb> <adjective> to\"") {
  std::set<std::string> by_reason, listed;
  for (const WordRule& r : rules::kInfinitiveCues) {
    const std::string_view reason(r.reason);
    if (reason.ends_with(" to") && reason.find(std::string_view(r.text)) != std::string_view::npos) by_reason.insert(r.text);
  }
  for (const WordRule& r : rules::kReadinessAdjectives) listed.insert(r.text);
  CHECK(listed == by_reason);
  CHECK(listed.count("eager") == 1);
  CHECK(listed.count("vowing") == 0);  // a verb of promise, read without a linking verb
  // a view of the table's last rows, not a copy
  CHECK(rules::kReadinessAdjectives.data() + rules::kReadinessAdjectives.size() ==
        rules::kInfinitiveCues + std::size(rules::kInfinitiveCues));
}
