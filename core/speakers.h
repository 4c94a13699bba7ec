// Speaker names and the article's speaker list, with alias merging:
// "State Harbour Commissioner Maria Lopez", "Lopez" and "Commissioner
// Lopez" become one Speaker named "Maria Lopez".
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>
#if defined(__wasm__)
#include <unordered_map>
#endif

#include "document.h"
#if !defined(__wasm__)
#include "kept_speakers.h"
#include "name_table.h"
#endif
#include "speaker_phrases.h"
#include "tokens.h"

namespace claimscope {

struct SpeakerName {
  std::string text;      // "Maria Lopez", "Pentagon", "senior regional harbour official"
  bool person = false;   // ends in a capitalised name that is not a title or institution
  bool thing = false;    // that name right after "the" ("the Harbour Star"): filed as a name, but no he or she takes it
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

/// A lower-case head noun of more than one: a collective noun ("staff", "police"), "-men",
/// or a plural "-s" (not "press", "status", "analysis").
bool is_plural_head(std::string_view w);

/// The usual gender of a lower-case given name ("anna", "olav"; rules::kFemaleGivenNames, kMaleGivenNames);
/// unknown for a name borne by both or not in the table.
Gender gender_of_given_name(std::string_view lower_given);

/// The subject form of a possessive pronoun in lower case ("her" -> "she",
/// kPossessivePronouns), else empty.
std::string_view subject_of_possessive(std::string_view lower);

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
      : speakers_(&speakers), text_(text) {}
  /// One registry for document after document (attribution keeps one in
  /// annotate()'s scratch): start() before each. It answers as a new one
  /// would; its lists' and tables' memory is reused (set up once, not per
  /// document).
  /// (Natively only: the page's module keeps nothing from one document to the next.)
  SpeakerRegistry() = default;
#if !defined(__wasm__)
  /// `spares` (may be null): where new speakers take kept memory from.
  void start(std::vector<Speaker>& speakers, std::string_view text, KeptSpeakers* spares = nullptr);
  /// The heap memory it holds between documents (of its tables, their entries but not
  /// the entries' own strings and lists).
  size_t bytes() const;
#endif

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
  /// One asked by description ("asked the mayor about remarks she had made"): pending as a
  /// person noted by note_person is, and a later he or she that takes it speaks as that
  /// description (not as the last named person).
  void note_described(const SpeakerName& name, Span mention, uint32_t paragraph);

  /// Sorts mentions into text order and removes duplicates.
  void finish();

 private:
  struct Surname;
  int32_t find_person(const Surname* entry, std::string_view given, Gender gender, uint32_t paragraph) const;
  Surname* surname_entry(std::string_view surname);
  Surname& surname_slot(std::string_view surname);
  void adopt_fuller_name(int32_t idx, Surname& entry, Gender mention_gender);
  int32_t role_holder(const std::string& key) const;
  int32_t described_kind_of(std::string_view head, bool possessive) const;
  bool owned(Span mention) const;
  // A speaker or group a later pronoun may refer to, newest last (bounded).
  // One speaker is held inline; only a group uses the vector, whose memory
  // its slot keeps: no allocation per mention.
  struct Antecedent {
    int32_t one = kNone;          // the speaker, when not a group
    std::vector<int32_t> group;   // the members of a group (two or more), else empty
    uint32_t paragraph = 0;
  };
  static constexpr size_t kMaxAntecedents = 8;  // recent speakers kept for pronouns
  // A ring of the latest antecedents: the oldest slot takes the newest.
  void remember(std::span<const int32_t> members, uint32_t paragraph);
  const Antecedent& antecedent(size_t newest_first) const {
    return antecedents_[(antecedent_head_ + antecedent_count_ - 1 - newest_first) % kMaxAntecedents];
  }
  bool fits(const Antecedent& a, std::string_view pronoun) const;
  std::array<Antecedent, kMaxAntecedents> antecedents_;
  size_t antecedent_head_ = 0;   // the oldest slot
  size_t antecedent_count_ = 0;
  std::vector<Speaker>* speakers_ = nullptr;
  std::string_view text_;
#if !defined(__wasm__)
  KeptSpeakers* spares_ = nullptr;  // start()'s
#endif
  void add_speaker(const std::string& name);
  // A naming of a person in a sentence with no claim, by two words or more
  // ("Mayor Tomas Ek spoke …"): it names a later speaker "Ek" in full.
  struct NotedName {
    SpeakerName name;
    Span mention;
    std::string lower;       // the name in lower case
    uint32_t given_size = 0;  // its given name is lower's first given_size bytes
    std::string_view given() const { return std::string_view(lower).substr(0, given_size); }
  };
  // Per lower-case surname: the people of that surname, in order of first
  // mention, and the latest fuller namings of it, in text order. One map, one
  // lookup per person.
  struct Surname {
    std::vector<int32_t> speakers;
    std::vector<NotedName> noted;
    void clear() {
      speakers.clear();
      noted.clear();
    }
  };
  static constexpr size_t kNotedPerSurname = 8;  // the latest namings of a surname kept in Surname::noted
  // Natively NameTables, not std::unordered_maps: a registry kept from one document to the
  // next (start()) empties them without freeing, so a document's names allocate nothing once
  // the table has held as many (an unordered_map frees its nodes and sets up its buckets
  // again). The page's module keeps no registry and has unordered_maps of strings elsewhere:
  // the maps cost it no code of their own, where NameTable's added 774 bytes of gzip to the
  // compare page. Both have the find / operator[] / end the rules use.
#if defined(__wasm__)
  template <class V>
  using Names = std::unordered_map<std::string, V>;
#else
  template <class V>
  using Names = NameTable<V>;
#endif
  Names<Surname> by_surname_;
  Names<int32_t> by_key_;
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
  // One asked by description (note_described) after the pending person, if any; a he or she
  // of its gender takes it first. Cleared as pending_ is, and by a person noted later.
  PendingPerson described_;
  bool has_described_ = false;
  bool pending_fits(const PendingPerson& p, std::string_view pronoun, uint32_t paragraph) const;
  // Per speaker: what the registry knows beyond Speaker.
  struct Known {
    bool person = false;   // named person, not a description or institution
    uint8_t gender = 0;    // Gender, or kMixedGender when mentions disagree
    std::string given;     // the lower-case given name of its name (empty for one word)
    uint16_t namings = 0;    // a person: how often it was named (add_named)
    uint32_t paragraph = 0;  // a person: the paragraph it was last named in
    bool thing = false;    // named after an article ("the Harbour Star"): not a person
    // What its name reads as for a pronoun (name_reading), once read; 0 until then and
    // again when the name changes. A paragraph of "…,” he added." asks it twice a claim.
    mutable uint8_t name_reading = 0;
  };
  std::vector<Known> known_;
  std::string key_;     // add_named's lower-case name; its memory is reused
#if defined(__wasm__)
  std::string lookup_;  // a surname to look up in the unordered_map; its memory is reused
#endif
  // The people named most recently, newest last (bounded): he/she skip those of the other gender.
  static constexpr size_t kMaxRecentPeople = 8;  // recent people a he/she may skip back to
  std::array<int32_t, kMaxRecentPeople> recent_people_{};
  size_t recent_count_ = 0;
  void note_recent_person(int32_t idx);
  void note_gender(int32_t idx, Gender g);
  std::string_view mention_text(Span mention) const;
  Gender known_gender(int32_t idx) const;
  bool gender_fits(Gender g, std::string_view pronoun) const;
  int32_t person_for(std::string_view pronoun) const;
  uint8_t name_reading(int32_t idx) const;
};

}  // namespace claimscope
