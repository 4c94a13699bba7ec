#include "speakers.h"

#include <algorithm>

#include "lexicon.h"
#include "rules/speaker_words.h"
#include "utf8.h"
#include "word_classes.h"

namespace claimscope {
namespace {

bool is_plain_name_word(const Token& t) {
  return is_name_word(t) && !is_role_token(t) && !is_institution_token(t) && !t.possessive;
}

std::string_view slice(std::string_view text, Span s) { return text.substr(s.start, s.size()); }

// "Antony" and "Anthony", "Jen" and "Jennifer": same person if one given
// name is missing or they share their first three letters.
bool compatible_given(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return true;
  size_t n = std::min<size_t>({a.size(), b.size(), 3});
  return a.substr(0, n) == b.substr(0, n);
}

// "maria de la cruz" -> given "maria", surname "cruz"; one word is a surname only.
void split_name(std::string_view lower_name, std::string_view& given, std::string_view& surname) {
  size_t sp = lower_name.rfind(' ');
  surname = sp == std::string_view::npos ? lower_name : lower_name.substr(sp + 1);
  given = sp == std::string_view::npos ? std::string_view() : lower_name.substr(0, lower_name.find(' '));
}

std::string_view given_of(std::string_view lower_name) {
  std::string_view given, surname;
  split_name(lower_name, given, surname);
  return given;
}

// "military alliance" -> "nato": the well-known organisation whose
// description has this head noun (rules::kOrganisationDescriptions).
const char* organisation_for_head(std::string_view key) {
  size_t sp = key.rfind(' ');
  const WordRule* r = lexicon<rules::kOrganisationDescriptions>().find(sp == std::string_view::npos ? key : key.substr(sp + 1));
  return r ? r->id : nullptr;
}

// A lower-case description ("the military alliance"), not a proper name.
const char* described_organisation(const std::string& name, const std::string& key) {
  if (name.empty() || utf8::is_upper(utf8::decode(name, 0).cp)) return nullptr;
  return organisation_for_head(key);
}

constexpr int kMaxRoleCandidates = 8;  // recent people checked for a role description
constexpr int kMaxRoleLookback = 64;   // speakers looked at for a role holder, any kind: cost stays linear
constexpr size_t kMaxRoleMentions = 4;  // a role holder's first and latest mentions read for its organisation
constexpr int kMaxOrgCandidates = 4;   // recent organisations checked for a generic description
constexpr int kMaxOrgLookback = 32;    // speakers looked at, persons included

// "OPEC", "ACME", "U.N.": a name of capitals (and dots) only, two letters or more.
bool is_acronym(std::string_view name) {
  int letters = 0;
  for (char c : name) {
    if (c >= 'A' && c <= 'Z') ++letters;
    else if (c != '.') return false;
  }
  return letters >= 2;
}

// Head noun of a lower-case description that names a kind of organisation
// ("oil cartel" -> "cartel"), else empty.
std::string_view organisation_kind(const std::string& name, const std::string& key) {
  if (name.empty() || utf8::is_upper(utf8::decode(name, 0).cp)) return {};
  size_t sp = key.rfind(' ');
  std::string_view head = sp == std::string::npos ? std::string_view(key) : std::string_view(key).substr(sp + 1);
  return in_table<rules::kOrganisationKinds>(head) ? head : std::string_view();
}

// Whether `mention` (any case) contains `word` as a whole word.
bool mentions_word(std::string_view mention, std::string_view word) {
  std::string m = utf8::lower(mention);
  for (size_t at = m.find(word); at != std::string::npos; at = m.find(word, at + 1)) {
    bool start_ok = at == 0 || m[at - 1] == ' ';
    bool end_ok = at + word.size() == m.size() || m[at + word.size()] == ' ';
    if (start_ok && end_ok) return true;
  }
  return false;
}

// What a pronoun can stand for. A one-word name ("Lopez", "Norway",
// "Google") may be a person, a place or an organisation: any pronoun may take it.
enum class Referent { person, one_word_name, individual, group, organisation };

// A name's head: its last word before a connector ("spokesman for the ministry" -> "spokesman").
std::string_view head_word(std::string_view name) {
  for (std::string_view connector : {" of ", " for ", " at ", " to "}) name = name.substr(0, name.find(connector));
  const size_t sp = name.rfind(' ');
  return sp == std::string_view::npos ? name : name.substr(sp + 1);
}

Referent referent_of(const std::string& name, bool person) {
  if (person) return name.find(' ') == std::string::npos ? Referent::one_word_name : Referent::person;
  if (name.empty()) return Referent::organisation;
  std::string_view last = head_word(name);
  std::string head = utf8::lower(last);
  bool lower_head = !last.empty() && !utf8::is_upper(utf8::decode(last, 0).cp);
  if (lower_head && is_plural_head(head)) return Referent::group;  // "the protesters", "Western leaders"
  if (utf8::is_upper(utf8::decode(name, 0).cp)) return Referent::organisation;
  return is_role_word(head) ? Referent::individual : Referent::organisation;  // "a spokesman" / "the ministry"
}

// "Pentagon", "Kremlin", "Harbour Authority": a capitalised name that is no person's and
// whose head is no role ("President", "Chairman" are a person by office): an institution,
// which no he or she stands for.
bool names_institution(const std::string& name) {
  if (name.empty() || !utf8::is_upper(utf8::decode(name, 0).cp)) return false;
  if (referent_of(name, false) != Referent::organisation) return false;
  return !is_role_word(utf8::lower(head_word(name)));
}

// "a new study", "the campaign's statement", "the poll": a description whose head is a
// document or a finding (kIssuedDocuments, kFindingSources), which no he or she stands for.
bool names_document(const std::string& name) {
  const std::string head = utf8::lower(head_word(name));
  return is_issued_document(head) || is_finding_source(head);
}

// A speaker's name_reading: referent_of(name, false) + 1 in the low bits, names_institution
// in kInstitutionBit, names_document in kDocumentBit (0 is "not read yet").
constexpr uint8_t kInstitutionBit = 0x10;
constexpr uint8_t kDocumentBit = 0x20;
uint8_t read_name(const std::string& name) {
  return uint8_t(uint8_t(referent_of(name, false)) + 1) | (names_institution(name) ? kInstitutionBit : 0) |
         (names_document(name) ? kDocumentBit : 0);
}
Referent referent_in(uint8_t reading) { return Referent((reading & (kInstitutionBit - 1)) - 1); }

// Paragraphs a pronoun looks back, its own included: further back, a reader
// no longer links it to that speaker, so it stays unresolved.
constexpr uint32_t kMaxPronounParagraphs = 3;
constexpr size_t kMaxSurnameCandidates = 8;  // people of one surname a surname alone is weighed against
constexpr size_t kMaxSurnameLookback = 32;   // people of one surname looked at, fitting or not: cost stays linear
constexpr uint8_t kMixedGender = 3;     // a speaker's mentions disagree: fits either pronoun

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// "Tom Beck's", "the farmers'", "Beck’s": the word ending at `end` is a possessive.
bool possessive_after(std::string_view m, size_t end, std::string_view word) {
  for (std::string_view mark : {std::string_view("'"), std::string_view("\u2019")}) {
    if (m.compare(end, mark.size(), mark) != 0) continue;
    size_t after = end + mark.size();
    if (after < m.size() && (m[after] == 's' || m[after] == 'S') && (after + 1 == m.size() || !is_ascii_letter(m[after + 1]))) {
      return true;
    }
    return !word.empty() && word.back() == 's';
  }
  return false;
}

}  // namespace

bool is_plural_head(std::string_view w) {
  if (in_table<rules::kCollectiveNouns>(w)) return true;
  if (w.size() > 4 && w.compare(w.size() - 3, 3, "men") == 0) return true;  // "fishermen"
  if (w.size() < 4 || w.back() != 's') return false;
  char before = w[w.size() - 2];
  return before != 's' && before != 'u' && before != 'i';  // not "press", "status", "analysis"
}

Gender gender_of_mention(std::string_view mention) {
  const Lexicon<WordRule>& words = lexicon<rules::kGenderWords>();
  bool is_female = false, is_male = false;
  char word[24];  // the longest table word is shorter: longer words are not looked up
  for (size_t i = 0; i < mention.size();) {
    if (!is_ascii_letter(mention[i])) {
      ++i;
      continue;
    }
    size_t n = 0;
    for (; i < mention.size() && is_ascii_letter(mention[i]); ++i) {
      if (n < sizeof word) word[n] = char(mention[i] | 0x20);
      ++n;
    }
    if (n > sizeof word) continue;
    const std::string_view w(word, n);
    if (possessive_after(mention, i, w)) {
      is_female = is_male = false;  // "Tom Beck's wife": the words so far name the owner
      continue;
    }
    const WordRule* r = words.find(w);
    if (!r) continue;
    if (r->id[0] == 'o') break;  // "other.": the rest describes someone else
    (r->id[0] == 'f' ? is_female : is_male) = true;
  }
  if (is_female == is_male) return Gender::unknown;
  return is_female ? Gender::female : Gender::male;
}

namespace {

// A name list of rules/speaker_words.h split at its spaces and sorted once.
std::vector<std::string_view> sorted_names(std::string_view list) {
  std::vector<std::string_view> names;
  for (size_t at = 0; at < list.size();) {
    size_t end = list.find(' ', at);
    if (end == std::string_view::npos) end = list.size();
    if (end > at) names.push_back(list.substr(at, end - at));
    at = end + 1;
  }
  std::sort(names.begin(), names.end());
  return names;
}

bool listed(const std::vector<std::string_view>& names, std::string_view word) {
  return std::binary_search(names.begin(), names.end(), word);
}

}  // namespace

Gender gender_of_given_name(std::string_view lower_given) {
  static const std::vector<std::string_view> female = sorted_names(rules::kFemaleGivenNames);
  static const std::vector<std::string_view> male = sorted_names(rules::kMaleGivenNames);
  if (listed(female, lower_given)) return Gender::female;
  if (listed(male, lower_given)) return Gender::male;
  return Gender::unknown;
}

SpeakerName speaker_name(std::string_view text, const std::vector<Token>& toks, const MentionRange& m) {
  SpeakerName out;
  size_t first = m.first;
  // Leading determiners are dropped from the name, but "two in three" keeps its number.
  while (first < m.last && is_determiner(toks[first].lower) && toks[first + 1].lower != "in") ++first;
  // "Several of her old allies", "some of the senators": after a quantifier the head is the
  // phrase after "of" ("old allies", "senators"), not "of her old allies"; "most of them"
  // (kPronounsAfterOf) is named whole.
  if (first > m.first && first < m.last && !toks[first].capitalized && toks[first].lower == "of") {
    if (in_table<rules::kPronounsAfterOf>(toks[first + 1].lower)) {
      first = m.first;
    } else {
      ++first;
      while (first < m.last && is_determiner(toks[first].lower)) ++first;
    }
  }
  const size_t last = m.core_last >= m.first && m.core_last <= m.last ? m.core_last : m.last;
  // "Mayor Lena Holt’s claim": the owner of a noun cue is named without the ’s.
  const bool owner = toks[last].possessive && is_name_word(toks[last]);
  size_t run = owner ? last : last + 1;
  while (run > first && is_plain_name_word(toks[run - 1])) --run;
  bool after_connector = run > first && is_name_connector(toks[run - 1].lower) && !toks[run - 1].capitalized;
  if (run <= last && !after_connector) {
    out.person = true;
    // "the Harbour Star", "the Pentagon", "the Saudis": a name right after an article of
    // kArticlesBeforeNames, with no title or role word between, names a paper, an office or
    // a people ("the former mayor Ana Ruiz" has words between and stays a person).
    out.thing = run == first && first > m.first && in_table<rules::kArticlesBeforeNames>(toks[first - 1].lower);
    first = run;
  }
  out.text.assign(slice(text, {toks[first].span.start, toks[last].span.end}));
  if (owner) {
    for (std::string_view suffix : {std::string_view("'s"), std::string_view("\u2019s")}) {
      if (out.text.size() > suffix.size() && out.text.compare(out.text.size() - suffix.size(), suffix.size(), suffix) == 0) {
        out.text.resize(out.text.size() - suffix.size());
        break;
      }
    }
  }
  return out;
}

#if !defined(__wasm__)
void SpeakerRegistry::start(std::vector<Speaker>& speakers, std::string_view text, KeptSpeakers* spares) {
  // Every member as a new registry's, the whole object made again (a member added later
  // cannot be missed), but for the memory of the tables and lists: taken across, emptied.
  SpeakerRegistry fresh(speakers, text);
  fresh.spares_ = spares;
  fresh.by_surname_ = std::move(by_surname_);
  fresh.by_surname_.clear();
  fresh.by_key_ = std::move(by_key_);
  fresh.by_key_.clear();
  fresh.known_ = std::move(known_);
  fresh.known_.clear();
  fresh.key_ = std::move(key_);
  fresh.key_.clear();
  for (size_t i = 0; i < kMaxAntecedents; ++i) {
    fresh.antecedents_[i].group = std::move(antecedents_[i].group);
    fresh.antecedents_[i].group.clear();
  }
  *this = std::move(fresh);
}

size_t SpeakerRegistry::bytes() const {
  size_t n = by_surname_.bytes() + by_key_.bytes() + known_.capacity() * sizeof(Known) + key_.capacity();
  for (const Antecedent& a : antecedents_) n += a.group.capacity() * sizeof(int32_t);
  return n;
}
#endif

// A new speaker at the end of the list: natively with the memory of one a document
// before left (start()'s spares), if any. Inline (its one call): the page's module
// keeps the push_back it had.
[[gnu::always_inline]] inline void SpeakerRegistry::add_speaker(const std::string& name) {
#if !defined(__wasm__)
  if (spares_) return spares_->add(*speakers_, name);
#endif
  speakers_->push_back(Speaker{name, {}, {}});
}

// A surname's entry. The page's unordered_map looks up a std::string (a copy into
// lookup_, whose memory is reused); NameTable looks up the view itself.
SpeakerRegistry::Surname* SpeakerRegistry::surname_entry(std::string_view surname) {
#if defined(__wasm__)
  lookup_.assign(surname);
  auto it = by_surname_.find(lookup_);
#else
  auto it = by_surname_.find(surname);
#endif
  return it == by_surname_.end() ? nullptr : &it->second;
}

// The entry of `surname`, added if new: the key string is copied only then.
SpeakerRegistry::Surname& SpeakerRegistry::surname_slot(std::string_view surname) {
#if defined(__wasm__)
  lookup_.assign(surname);
  return by_surname_[lookup_];
#else
  return by_surname_[surname];
#endif
}

// A surname alone ("Ruiz said") fits every person of that surname; the latest one named
// keeps it, as the nearest. But a person named once, not in this paragraph or the one
// before ("Tomas Ruiz", the son, quoted once), is no longer meant by the surname alone when
// the article names another of that surname more often ("Ana Ruiz", the mayor, quoted
// throughout): the surname goes to the one named most (a tie: the latest). Looks at
// kMaxSurnameCandidates people that fit, of the latest kMaxSurnameLookback of that surname
// (a text naming hundreds of one surname, each of another given name or gender, would
// otherwise be read whole at every naming): cost stays linear.
int32_t SpeakerRegistry::find_person(const Surname* entry, std::string_view given, Gender gender,
                                     uint32_t paragraph) const {
  if (!entry) return kNone;
  int32_t first = kNone, most = kNone;
  size_t checked = 0;
  const auto oldest = entry->speakers.size() > kMaxSurnameLookback ? entry->speakers.rbegin() + kMaxSurnameLookback
                                                                    : entry->speakers.rend();
  for (auto idx = entry->speakers.rbegin(); idx != oldest && checked < kMaxSurnameCandidates; ++idx) {
    // "Mrs. Beck" is not the "Mr. Beck" named before: a known gender that differs is another person.
    const Known& k = known_[*idx];
    if (gender != Gender::unknown && k.gender != uint8_t(Gender::unknown) && k.gender != kMixedGender &&
        k.gender != uint8_t(gender)) {
      continue;
    }
    if (!compatible_given(k.given, given)) continue;
    if (first == kNone) {
      first = *idx;
      if (!given.empty() || k.namings > 1 || k.paragraph + 1 >= paragraph) return first;
      most = first;
    } else if (k.namings > known_[most].namings) {
      most = *idx;
    }
    ++checked;
  }
  return most != kNone ? most : first;
}

// "chair of the European trading bloc": a role of a described
// organisation ("bloc" -> EU) is the recent person whose mention named
// that organisation ("EU fisheries chief Ana Ruiz").
int32_t SpeakerRegistry::role_holder(const std::string& key) const {
  size_t of = key.find(" of ");
  if (of == std::string::npos || text_.empty()) return kNone;
  const char* org = organisation_for_head(std::string_view(key).substr(of + 4));
  if (!org) return kNone;
  int checked = 0;
  const int32_t stop = std::max<int32_t>(0, int32_t(speakers_->size()) - kMaxRoleLookback);
  for (int32_t idx = int32_t(speakers_->size()) - 1; idx >= stop && checked < kMaxRoleCandidates; --idx) {
    if (!known_[idx].person) continue;
    ++checked;
    // A person named often (a long or repetitive paste) is read at its first mentions, where
    // a title usually names the organisation, and its latest: bounded, so cost stays linear.
    const std::vector<Span>& mentions = (*speakers_)[idx].mentions;
    const size_t n = mentions.size();
    const size_t first_end = std::min(n, kMaxRoleMentions);
    const size_t latest_start = std::max(first_end, n > kMaxRoleMentions ? n - kMaxRoleMentions : 0);
    auto names_org = [&](const Span& m) {
      return m.end <= text_.size() && mentions_word(text_.substr(m.start, m.size()), org);
    };
    for (size_t i = 0; i < first_end; ++i) {
      if (names_org(mentions[i])) return idx;
    }
    for (size_t i = latest_start; i < n; ++i) {
      if (names_org(mentions[i])) return idx;
    }
  }
  return kNone;
}

// "the farmers' union", "the bank’s parent group": a possessive right before
// the mention or inside it (the mention may start after the owner).
bool SpeakerRegistry::owned(Span mention) const {
  if (mention.end > text_.size()) return false;
  std::string_view before = text_.substr(0, mention.start);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  auto possessive_end = [](std::string_view w) {
    for (std::string_view mark : {"'", "\u2019", "'s", "\u2019s"}) {
      if (w.size() >= mark.size() && w.compare(w.size() - mark.size(), mark.size(), mark) == 0) return true;
    }
    return false;
  };
  std::string_view m = text_.substr(mention.start, mention.size());
  return possessive_end(before) || m.find('\'') != std::string_view::npos ||
         m.find("\u2019") != std::string_view::npos;
}

// "the cartel", "the union": the most recent of the last few named
// organisations that is an acronym or whose name holds the same noun. A
// description with a possessive ("the farmers' union") names its own
// organisation, so only the same noun joins it then. (A lone acronym reads as
// a name, so it may be filed as a person.)
int32_t SpeakerRegistry::described_kind_of(std::string_view head, bool possessive) const {
  int checked = 0;
  const int32_t stop = std::max<int32_t>(0, int32_t(speakers_->size()) - kMaxOrgLookback);  // bounded: cost stays linear
  for (int32_t idx = int32_t(speakers_->size()) - 1; idx >= stop && checked < kMaxOrgCandidates; --idx) {
    const std::string& n = (*speakers_)[idx].name;
    bool acronym = is_acronym(n);
    if ((known_[idx].person && !acronym) || n.empty() || !utf8::is_upper(utf8::decode(n, 0).cp)) continue;
    ++checked;
    if ((acronym && !possessive) || mentions_word(n, head)) return idx;
  }
  return kNone;
}

int32_t SpeakerRegistry::add_named(const SpeakerName& name, Span mention, uint32_t paragraph) {
  utf8::lower_into(key_, name.text);
  const std::string& key = key_;
  int32_t idx = kNone;
  bool described = false;  // a description of a named organisation: never its name
  std::string_view given, surname;  // views into key
  Surname* entry = nullptr;
  const Gender gender = name.person ? gender_of_mention(mention_text(mention)) : Gender::unknown;
  if (name.person) {
    split_name(key, given, surname);
    entry = &surname_slot(surname);  // one lookup: a new person joins it below
    idx = find_person(entry, given, gender, paragraph);
  } else {
    auto it = by_key_.find(key);
    if (it != by_key_.end()) idx = it->second;
    if (idx == kNone) {
      idx = role_holder(key);
      described = idx != kNone;
    }
    if (idx == kNone) {
      if (const char* org = described_organisation(name.text, key)) {
        if (auto o = by_key_.find(org); o != by_key_.end()) {
          idx = o->second;
          described = true;
        }
      }
    }
    if (idx == kNone) {
      if (std::string_view head = organisation_kind(name.text, key); !head.empty()) {
        idx = described_kind_of(head, owned(mention));
        described = idx != kNone;
      }
    }
  }
  std::vector<Speaker>& speakers = *speakers_;
  if (idx == kNone) {
    idx = int32_t(speakers.size());
    add_speaker(name.text);
    known_.push_back(Known{name.person, uint8_t(Gender::unknown), std::string(given_of(key))});
    if (name.person) entry->speakers.push_back(idx);
    else by_key_[key] = idx;
  } else {
    Speaker& sp = speakers[idx];
    if (name.text != sp.name) {
      // Keep the fullest form as the name, the others as aliases.
      std::string other = name.text;
      auto words = [](const std::string& s) { return std::count(s.begin(), s.end(), ' '); };
      if (!described && words(other) > words(sp.name)) {
        std::swap(other, sp.name);
        known_[idx].name_reading = 0;
        known_[idx].given.assign(given_of(key));  // the new name's given name, for find_person
      }
      if (std::find(sp.aliases.begin(), sp.aliases.end(), other) == sp.aliases.end()) sp.aliases.push_back(other);
    }
  }
  speakers[idx].mentions.push_back(mention);
  if (name.thing) {  // "the Post", whatever "Post" alone read as
    known_[idx].person = false;
    known_[idx].thing = true;
  }
  if (name.person && !described) adopt_fuller_name(idx, *entry, gender);
  last_ = idx;
  if (known_[idx].person) {
    known_[idx].paragraph = paragraph;
    if (known_[idx].namings < UINT16_MAX) ++known_[idx].namings;
    last_person_ = idx;
    has_pending_ = false;  // a person named later than the pending one
    has_described_ = false;
    note_gender(idx, gender);
    note_recent_person(idx);
  }
  remember({&idx, 1}, paragraph);
  return idx;
}

// "Mayor Tomas Ek spoke at the dock. … “…,” Ek said.": a person named in full in a
// sentence with no claim gives a later speaker of the same surname (and a compatible given
// name and gender) the fuller name, and that mention. The latest such naming wins; each
// is taken once.
void SpeakerRegistry::adopt_fuller_name(int32_t idx, Surname& entry, Gender mention_gender) {
  std::vector<NotedName>& names = entry.noted;
  if (names.empty()) return;
  Speaker& sp = (*speakers_)[idx];
  auto words = [](std::string_view s) { return std::count(s.begin(), s.end(), ' '); };
  for (auto n = names.rbegin(); n != names.rend(); ++n) {
    if (words(n->name.text) <= words(sp.name) || !compatible_given(known_[idx].given, n->given())) continue;
    // "Mrs. Ek" is not "Tomas Ek": a known gender that differs is another person.
    const Gender g = gender_of_mention(mention_text(n->mention));
    const Gender by_name = g != Gender::unknown ? g : gender_of_given_name(n->given());
    const uint8_t known = mention_gender != Gender::unknown ? uint8_t(mention_gender) : known_[idx].gender;
    if (by_name != Gender::unknown && known != uint8_t(Gender::unknown) && known != kMixedGender &&
        known != uint8_t(by_name)) {
      continue;
    }
    std::string other = std::move(sp.name);
    sp.name = n->name.text;
    known_[idx].name_reading = 0;
    known_[idx].given.assign(n->given());
    if (std::find(sp.aliases.begin(), sp.aliases.end(), other) == sp.aliases.end()) sp.aliases.push_back(other);
    sp.mentions.push_back(n->mention);
    note_gender(idx, g);
    names.erase(std::next(n).base());
    return;
  }
}

void SpeakerRegistry::note_person(const SpeakerName& name, Span mention, uint32_t paragraph, bool titled) {
  if (!name.person || name.thing) return;
  std::string lower = utf8::lower(name.text);
  std::string_view given, surname;
  split_name(lower, given, surname);
  Surname* entry = nullptr;
  if (!given.empty()) {
    entry = &surname_slot(surname);
    // Only the latest namings are kept (the latest adoptable one wins): over a very long
    // text one surname ("Trump") is named thousands of times, and every speaker of that
    // surname would scan them all.
    std::vector<NotedName>& names = entry->noted;
    if (names.size() == kNotedPerSurname) names.erase(names.begin());
    const uint32_t given_size = uint32_t(given.size());  // given is a prefix of lower, which moves below
    names.push_back({name, mention, std::move(lower), given_size});
    const NotedName& noted = names.back();
    given = noted.given();
  } else {
    entry = surname_entry(surname);
  }
  // "Norway", "United Nations", "Harbour Street Archive": a name with no title may be a place
  // or an organisation; only a person already known, or one whose first word is a given name
  // (rules::kFemaleGivenNames, kMaleGivenNames: "Tomas Ek met the press.").
  // "Mrs. Ruiz", "the spokesman Beck": an honorific or gendered role makes even one word a person.
  const bool one_word = given.empty();
  if (!titled || (one_word && gender_of_mention(mention_text(mention)) == Gender::unknown)) {
    const bool given_name = !one_word && gender_of_given_name(given) != Gender::unknown;
    if (!given_name && find_person(entry, given, Gender::unknown, paragraph) == kNone) return;
  }
  pending_ = PendingPerson{name, mention, paragraph};
  has_pending_ = true;
  has_described_ = false;  // named after the one asked: nearer
}

void SpeakerRegistry::note_described(const SpeakerName& name, Span mention, uint32_t paragraph) {
  described_ = PendingPerson{name, mention, paragraph};
  has_described_ = true;
}

// A he or she (not I) may take the pending one `p`: near enough, and of a gender that fits.
bool SpeakerRegistry::pending_fits(const PendingPerson& p, std::string_view pronoun, uint32_t paragraph) const {
  if (pronoun == "i" || p.paragraph + kMaxPronounParagraphs <= paragraph) return false;
  Gender g = gender_of_mention(mention_text(p.mention));
  if (g == Gender::unknown) g = gender_of_given_name(given_of(utf8::lower(p.name.text)));
  return gender_fits(g, pronoun);
}

void SpeakerRegistry::add_group(const std::vector<int32_t>& members, uint32_t paragraph) {
  if (members.size() > 1) remember(members, paragraph);
}

void SpeakerRegistry::remember(std::span<const int32_t> members, uint32_t paragraph) {
  size_t slot;
  if (antecedent_count_ == kMaxAntecedents) {  // bounded: cost stays linear
    slot = antecedent_head_;
    antecedent_head_ = (antecedent_head_ + 1) % kMaxAntecedents;
  } else {
    slot = (antecedent_head_ + antecedent_count_) % kMaxAntecedents;
    ++antecedent_count_;
  }
  Antecedent& a = antecedents_[slot];
  if (members.size() == 1) {
    a.one = members.front();
    a.group.clear();
  } else {
    a.group.assign(members.begin(), members.end());
  }
  a.paragraph = paragraph;
}

// it: one thing (no named person, no group); they: a group, an organisation
// or a plural description; we: anyone.
bool SpeakerRegistry::fits(const Antecedent& a, std::string_view pronoun) const {
  if (pronoun == "we") return true;
  if (!a.group.empty()) return pronoun == "they";
  int32_t idx = a.one;
  Referent r = known_[idx].person ? referent_of((*speakers_)[idx].name, true) : referent_in(name_reading(idx));
  if (pronoun == "they") return r == Referent::group || r == Referent::organisation || r == Referent::one_word_name;
  return pronoun == "it" && (r == Referent::organisation || r == Referent::one_word_name);
}

std::string_view subject_of_possessive(std::string_view lower) {
  for (const auto& form : rules::kPossessivePronouns) {
    if (lower == form.possessive) return form.subject;
  }
  return {};
}

int32_t SpeakerRegistry::add_pronoun(Span mention, std::string_view pronoun, uint32_t paragraph,
                                     std::vector<int32_t>& group) {
  group.clear();
  // "Her answer was: “…”": a possessive owner is resolved as its subject form.
  if (const std::string_view subject = subject_of_possessive(pronoun); !subject.empty()) pronoun = subject;
  std::vector<Speaker>& speakers = *speakers_;
  if (is_personal_pronoun(pronoun)) {
    // he, she: a person named since the last speaker, in a sentence with no claim, when near
    // enough ("Mayor Ana Ruiz toured the pier. She said …"); it becomes a speaker.
    // A pending person of the other gender stays pending ("Mr. Beck met Ana Ruiz. She said …" is not him).
    // "asked the mayor about remarks she had made": the description asked is the she, when
    // its gender fits; it speaks as that description, not as the last named person.
    if (has_described_ && pending_fits(described_, pronoun, paragraph)) {
      has_described_ = false;
      const int32_t asked = add_named(described_.name, described_.mention, described_.paragraph);
      speakers[asked].mentions.push_back(mention);
      return asked;
    }
    if (has_pending_ && pending_fits(pending_, pronoun, paragraph)) {
      has_pending_ = false;
      add_named(pending_.name, pending_.mention, pending_.paragraph);
    }
    // he, she, I: the last named person, however far back (profiles run long on "he").
    int32_t idx = person_for(pronoun);
    if (idx != kNone) speakers[idx].mentions.push_back(mention);
    return idx;
  }
  const Antecedent* found = nullptr;
  for (size_t i = 0; i < antecedent_count_; ++i) {
    const Antecedent& a = antecedent(i);
    if (a.paragraph + kMaxPronounParagraphs <= paragraph) break;
    if (fits(a, pronoun)) {
      found = &a;
      break;
    }
  }
  if (!found) return kNone;
  int32_t one = found->one;
  if (!found->group.empty()) group = found->group;  // copied: remember() may reuse the slot
  std::span<const int32_t> members = group.empty() ? std::span<const int32_t>(&one, 1) : std::span<const int32_t>(group);
  for (int32_t idx : members) speakers[idx].mentions.push_back(mention);
  remember(members, paragraph);  // a chain of pronouns keeps its referent
  return members.front();
}

std::string_view SpeakerRegistry::mention_text(Span mention) const {
  return mention.end <= text_.size() ? text_.substr(mention.start, mention.size()) : std::string_view();
}

void SpeakerRegistry::note_gender(int32_t idx, Gender g) {
  if (g == Gender::unknown) return;
  uint8_t& known = known_[idx].gender;
  known = known == uint8_t(Gender::unknown) || known == uint8_t(g) ? uint8_t(g) : kMixedGender;
}

void SpeakerRegistry::note_recent_person(int32_t idx) {
  int32_t* begin = recent_people_.data();
  int32_t* end = begin + recent_count_;
  int32_t* at = std::find(begin, end, idx);
  if (at != end) std::rotate(at, at + 1, end);  // moves to the newest place
  else if (recent_count_ < kMaxRecentPeople) begin[recent_count_++] = idx;
  else std::rotate(begin, begin + 1, end);  // bounded: the oldest leaves
  begin[recent_count_ - 1] = idx;
}

bool SpeakerRegistry::gender_fits(Gender g, std::string_view pronoun) const {
  if (pronoun == "she") return g != Gender::male;
  if (pronoun == "he") return g != Gender::female;
  return true;
}

// The last named person; when their gender is known and not the pronoun's, the most
// recent person known to be of the pronoun's gender. A person of unknown gender is no
// better a guess than the last one (news names a person in full before "Mr."/"Ms."), so
// with none known the last person stays, as when no gender is known at all.
// Honorifics and role words decide; where they say nothing, the given name's usual gender
// (rules::kFemaleGivenNames, kMaleGivenNames) breaks the tie.
Gender SpeakerRegistry::known_gender(int32_t idx) const {
  const uint8_t g = known_[idx].gender;
  if (g == kMixedGender) return Gender::unknown;
  if (g != uint8_t(Gender::unknown)) return Gender(g);
  return gender_of_given_name(known_[idx].given);
}

int32_t SpeakerRegistry::person_for(std::string_view pronoun) const {
  // The latest speaker, when it is a description of one person spoken after the last named
  // person ("Mayor Ana Ruiz said … A police spokesman said … He added"), is the nearer
  // antecedent: a he or she of the gender its words give takes it. Its gender unknown
  // ("an official"), it is taken only when no named person fits (the named one is then
  // the likelier: "the senator" is often that person again).
  const bool personal = pronoun != "i";
  int32_t described = kNone;
  Gender described_gender = Gender::unknown;
  if (personal && last_ != kNone && last_ != last_person_ && !known_[last_].person) {
    const Speaker& sp = (*speakers_)[last_];
    if (!sp.mentions.empty() && referent_in(name_reading(last_)) == Referent::individual) {
      described = last_;
      described_gender = gender_of_mention(mention_text(sp.mentions.back()));
      if (described_gender != Gender::unknown && !gender_fits(described_gender, pronoun)) described = kNone;
      else if (described_gender != Gender::unknown) return described;
    }
  }
  // No person named yet: the latest speaker, but not for he or she when it is a group
  // ("officials"), a thing named after an article ("the Harbour Star said … he said"), an
  // institution ("the Pentagon said … he said": the he is someone not named) or a document
  // ("A new study found … He said").
  if (last_person_ == kNone) {
    if (!personal || last_ == kNone) return last_;
    const uint8_t reading = name_reading(last_);
    return known_[last_].thing || referent_in(reading) == Referent::group ||
                   (reading & (kInstitutionBit | kDocumentBit))
               ? kNone
               : last_;
  }
  const uint8_t last = uint8_t(known_gender(last_person_));
  if (last == uint8_t(Gender::unknown) || gender_fits(Gender(last), pronoun)) return last_person_;
  for (size_t i = recent_count_; i-- > 0;) {
    const int32_t idx = recent_people_[i];
    const uint8_t g = uint8_t(known_gender(idx));
    if (g != uint8_t(Gender::unknown) && g != kMixedGender && gender_fits(Gender(g), pronoun)) return idx;
  }
  return described != kNone ? described : last_person_;
}

// referent_of, names_institution and names_document of speaker idx's name, read once per name.
uint8_t SpeakerRegistry::name_reading(int32_t idx) const {
  uint8_t& reading = known_[idx].name_reading;
  if (reading == 0) reading = read_name((*speakers_)[idx].name);
  return reading;
}

void SpeakerRegistry::finish() {
  for (Speaker& sp : *speakers_) {
    auto less = [](const Span& a, const Span& b) { return a.start != b.start ? a.start < b.start : a.end < b.end; };
    if (!std::is_sorted(sp.mentions.begin(), sp.mentions.end(), less)) std::sort(sp.mentions.begin(), sp.mentions.end(), less);
    sp.mentions.erase(std::unique(sp.mentions.begin(), sp.mentions.end()), sp.mentions.end());
  }
}

}  // namespace claimscope
