// Speaker names and the article's speaker list, with alias merging:
// "State Harbour Commissioner Maria Lopez", "Lopez" and "Commissioner
// Lopez" become one Speaker named "Maria Lopez".
#pragma once

#include <cstdint>
#include <span>
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

/// What a person's mention says of their gender: "Mrs. Ruiz", "the spokesman",
/// "Ana Ruiz, a congresswoman"; unknown for a name alone or words of both kinds.
/// Words after a possessive describe the owned ("Tom Beck's wife") and words
/// after a connector or relative pronoun someone else ("spokesman for Mrs. Ruiz").
enum class Gender : uint8_t { unknown, female, male };
Gender gender_of_mention(std::string_view mention);

/// The usual gender of a lower-case given name ("anna", "olav"; rules::kFemaleGivenNames, kMaleGivenNames);
/// unknown for a name borne by both or not in the table.
Gender gender_of_given_name(std::string_view lower_given);

/// Builds Document::speakers. Pronouns resolve by text order of the calls:
/// he, she and I to the last named person (else the last speaker), skipping
/// recent people known to be of the other gender; they to
/// a recent group, organisation or plural description, it to a recent
/// organisation; none when no compatible speaker is near enough.
class SpeakerRegistry {
 public:
  /// `text` (the document text) lets a role description find the person an
  /// earlier mention gave that role; without it, descriptions stay apart.
  explicit SpeakerRegistry(std::vector<Speaker>& speakers, std::string_view text = {})
      : speakers_(speakers), text_(text) {}

  /// Adds a named mention in paragraph `paragraph`; returns the speaker index.
  int32_t add_named(const SpeakerName& name, Span mention, uint32_t paragraph = 0);
  /// Records that the speakers just added speak together ("Chile and Peru
  /// warned"): a later "they" refers to all of them.
  void add_group(const std::vector<int32_t>& members, uint32_t paragraph);
  /// Adds a pronoun mention (`pronoun` in lower case) of the most recent
  /// compatible speaker; kNone if there is none near enough. A pronoun that
  /// refers to a group fills `group` with its members (the first is returned).
  int32_t add_pronoun(Span mention, std::string_view pronoun, uint32_t paragraph, std::vector<int32_t>& group);
  /// A person named in a sentence with no claim ("Mayor Ana Ruiz toured the pier."): a later
  /// he or she, within kMaxPronounParagraphs, refers to them if no other person is named in
  /// between. Not a speaker unless a pronoun makes them one. Call in text order. A name with
  /// no title or role (`titled` false) may be a place or a company: only a known person.
  void note_person(const SpeakerName& name, Span mention, uint32_t paragraph, bool titled);
  /// Records another mention of a known speaker (continuations keep their source).
  void add_mention(int32_t speaker, Span mention);

  /// Sorts mentions into text order and removes duplicates.
  void finish();

 private:
  int32_t find_person(std::string_view surname, std::string_view given, Gender gender = Gender::unknown) const;
  void adopt_fuller_name(int32_t idx, std::string_view surname, Gender mention_gender);
  int32_t role_holder(const std::string& key) const;
  int32_t described_kind_of(std::string_view head, bool possessive) const;
  bool owned(Span mention) const;
  // A speaker or group a later pronoun may refer to, newest last (bounded).
  struct Antecedent {
    std::vector<int32_t> members;  // one speaker, or the members of a group
    uint32_t paragraph = 0;
  };
  // The oldest entry's slot, and its vector's memory, takes the newest: no
  // allocation per mention once the list is full.
  void remember(std::span<const int32_t> members, uint32_t paragraph);
  bool fits(const Antecedent& a, std::string_view pronoun) const;
  std::vector<Antecedent> antecedents_;
  std::vector<Speaker>& speakers_;
  std::string_view text_;
  std::unordered_map<std::string, std::vector<int32_t>> by_surname_;
  std::unordered_map<std::string, int32_t> by_key_;
  int32_t last_ = kNone;
  int32_t last_person_ = kNone;
  // The latest person named outside any claim, after last_person_ (none when has_pending_ is false).
  struct PendingPerson {
    SpeakerName name;
    Span mention;
    uint32_t paragraph = 0;
  };
  PendingPerson pending_;
  bool has_pending_ = false;
  std::vector<bool> person_;  // per speaker: named person, not a description or institution
  std::vector<uint8_t> gender_;  // per speaker: Gender, or kMixedGender when mentions disagree
  std::vector<std::string> given_;  // per speaker: the lower-case given name of its name (empty for one word)
  // Fuller names (two words or more) of people named in sentences with no claim, by lower-case
  // surname, in text order: "Mayor Tomas Ek spoke …" names the later speaker "Ek" in full.
  struct NotedName {
    SpeakerName name;
    Span mention;
  };
  std::unordered_map<std::string, std::vector<NotedName>> noted_;
  static constexpr size_t kNotedPerSurname = 8;  // the latest namings of a surname kept in noted_
  // The people named most recently, newest last (bounded): he/she skip those of the other gender.
  std::vector<int32_t> recent_people_;
  void note_recent_person(int32_t idx);
  void note_gender(int32_t idx, Gender g);
  std::string_view mention_text(Span mention) const;
  Gender known_gender(int32_t idx) const;
  bool gender_fits(Gender g, std::string_view pronoun) const;
  int32_t person_for(std::string_view pronoun) const;
};

}  // namespace claimscope
