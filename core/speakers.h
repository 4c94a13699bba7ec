// Speaker names and the article's speaker list, with alias merging:
// "State Harbour Commissioner Maria Lopez", "Lopez" and "Commissioner
// Lopez" become one Speaker named "Maria Lopez".
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "document.h"
#include "speaker_phrases.h"
#include "tokens.h"

namespace claimscope {

struct SpeakerName {
  std::string text;      // "Maria Lopez", "Pentagon", "senior regional harbour official"
  bool person = false;   // ends in a capitalised name that is not a title or institution
};

/// The name a mention refers to: for people the trailing run of name words
/// (titles dropped), otherwise the mention without its leading determiner.
SpeakerName speaker_name(std::string_view text, const std::vector<Token>& toks, const MentionRange& m);

/// Builds Document::speakers. Pronouns resolve to the most recent named
/// speaker (by text order of the calls), whatever their gender.
class SpeakerRegistry {
 public:
  /// `text` (the document text) lets a role description find the person an
  /// earlier mention gave that role; without it, descriptions stay apart.
  explicit SpeakerRegistry(std::vector<Speaker>& speakers, std::string_view text = {})
      : speakers_(speakers), text_(text) {}

  /// Adds a named mention; returns the speaker index.
  int32_t add_named(const SpeakerName& name, Span mention);
  /// Adds a pronoun mention of the most recent compatible speaker (he, she
  /// and I prefer a named person; they, it and we take any); kNone if none yet.
  int32_t add_pronoun(Span mention, bool personal);
  /// Records another mention of a known speaker (continuations keep their source).
  void add_mention(int32_t speaker, Span mention);

  /// Sorts mentions into text order and removes duplicates.
  void finish();

 private:
  int32_t find_person(const std::string& surname, const std::string& given) const;
  int32_t role_holder(const std::string& key) const;
  int32_t described_kind_of(std::string_view head, bool possessive) const;
  bool owned(Span mention) const;
  std::vector<Speaker>& speakers_;
  std::string_view text_;
  std::unordered_map<std::string, std::vector<int32_t>> by_surname_;
  std::unordered_map<std::string, int32_t> by_key_;
  int32_t last_ = kNone;
  int32_t last_person_ = kNone;
  std::vector<bool> person_;  // per speaker: named person, not a description or institution
};

}  // namespace claimscope
