// Quote attribution: who a record names (set_mention, a fragment of a mention), and the
// people named without a claim (sentence subjects, the one asked) kept for a later pronoun.
#include "attributor.h"

#include "rules/speaker_words.h"
#include "segmenter.h"
#include "word_shapes.h"

namespace claimscope::attribution_detail {

// Tokens either side of a sentence-opening capitalised word searched for the same word in
// lower case (common_word_opening).
constexpr size_t kCommonWordTokens = 128;

// "it has long been widely said": auxiliaries and adverbs read between an impersonal "it"
// and its passive cue.
constexpr size_t kMaxImpersonalAuxiliaries = 5;

// "he", "She", "his": a source a sentence's named subject may be the antecedent of (only a he
// or she takes a noted person). Read from the text: no token search per record.
static bool he_or_she_source(std::string_view text, Span s) {
  if (s.size() < 2 || s.size() > 3 || s.end > text.size()) return false;
  char w[3];
  for (size_t i = 0; i < s.size(); ++i) w[i] = char(text[s.start + i] | 0x20);
  return in_table<rules::kGenderedPronouns>(std::string_view(w, s.size()));
}

// "a clerk who said …", "commentators who have argued …": a relative pronoun the cue grammar
// read as the subject stands for its antecedent, the mention right before it (past a comma),
// else the loose phrase before it ("some far-right commentators"). None when nothing before
// it can be one ("those who say …", "… said who said …"): a relative pronoun names nobody.
static std::optional<MentionRange> relative_antecedent(const ParagraphView& v, const MentionRange& m) {
  const size_t who = m.first, lo = v.sentence_start[who];
  if (who == lo) return std::nullopt;
  size_t head = who - 1;
  if (is_punct(v.toks[head], ',') && head > lo) --head;
  std::optional<MentionRange> found = mention_ending_at(v.toks, head, lo);
  if (!found && head + 1 == who) {
    found = loose_subject(v.toks, who, lo);
    // "They spoke to a clerk who …": the loose phrase starts after its last preposition or verb.
    for (size_t k = found ? found->last : 0; found && k > found->first; --k) {
      const Token& u = v.toks[k - 1];
      if (u.word && (is_adjunct_opener(u.lower) || u.lower == "to" || is_past_tense_verb(u) || is_cue_token(u))) {
        found->first = uint32_t(k);
        break;
      }
    }
  }
  if (!found || (found->first == found->last && is_relative_pronoun(v.toks[found->first].lower))) return std::nullopt;
  return found;
}

// "It is said that …", "It’s said …", "it was widely reported that …": "it" (alone or with a
// verb contracted onto it) before a passive cue (a past form after a passive auxiliary, or
// right after "it’s") is impersonal: the claim is nobody's. Not "It has said" (an institution's
// active perfect). Reads only the few auxiliaries and adverbs between the two.
static bool impersonal_it(const ParagraphView& v, const MentionRange& m, Span cue) {
  const Token& it = v.toks[m.first];
  if (m.first != m.last || cue.empty() || !it.word || it.lower.size() < 2 || it.lower[0] != 'i' || it.lower[1] != 't') {
    return false;
  }
  const bool contracted = it.lower.size() > 2 && contracted_stem_length(it) == 2;
  if (it.lower.size() > 2 && !contracted) return false;
  bool passive = contracted;
  size_t k = m.last + 1;
  for (; k < v.toks.size() && k - m.last <= kMaxImpersonalAuxiliaries && v.toks[k].span.end <= cue.end; ++k) {
    const Token& t = v.toks[k];
    if (!t.word || t.capitalized) return false;
    if (is_passive_auxiliary(t.lower)) passive = true;
    else if (!is_cue_modifier(t.lower) && !is_ly_adverb(t)) break;
  }
  return passive && k < v.toks.size() && v.toks[k].span.start >= cue.start && v.toks[k].span.end <= cue.end &&
         (has_ed_ending(v.toks[k].lower) || in_table<rules::kImpersonalParticiples>(v.toks[k].lower));
}

constexpr size_t kMaxNamedSubjectTokens = 30;  // a person named without a claim: the sentence's first words
constexpr int kMaxNamedSubjectTries = 3;       // names or titles tried there

// `a` is a fresh record (set once). A mention that stops inside a phrase ("her own", "a
// few") gives way to the speaker its phrase names (fragment_source), or to none.
void Attributor::set_mention(Attribution& a, const ParagraphView& v, const MentionRange& given) {
  std::optional<MentionRange> whole(given);
  if (is_fragment_mention(v.toks, given)) whole = fragment_source(v, given, a.cue);
  if (!whole) return;
  if (const Token& one = v.toks[whole->first]; whole->first == whole->last && one.word && !whole->pronoun) {
    // Not "WHO", the agency; also "who’s" ("Beck, who’s argued …"), its verb contracted onto it.
    if (!one.capitalized && (is_relative_pronoun(one.lower) || contracted_relative_length(one))) {
      // The mention runs from the antecedent to the pronoun ("the clerk who"), named by the
      // antecedent. Without one the pronoun is the mention, unresolved, as a lone "he" is.
      auto antecedent = relative_antecedent(v, *whole);
      if (!antecedent || antecedent->pronoun) {
        a.source = a.name_span = token_span(v, whole->first, whole->last);
        return;
      }
      whole = MentionRange{antecedent->first, whole->last, false, antecedent->core_last};
    } else if (const size_t n = contracted_stem_length(one)) {
      // "It’s said …", "I'm told …", "You’ve said …", "That's …": no name. A speaker pronoun
      // ("it": an institution, or impersonal below) is the pronoun; another word names nobody.
      if (!is_speaker_pronoun(one.lower.substr(0, n))) return;
      whole->pronoun = true;
    }
  }
  if (impersonal_it(v, *whole, a.cue)) return;
  const MentionRange& m = *whole;
  a.source = token_span(v, m.first, m.last);
  a.name_span = a.source;
  a.pronoun = m.pronoun;
  if (m.pronoun) {
    // "He’s": the pronoun alone is the mention (and the word the registry resolves).
    const Token& t = v.toks[m.first];
    if (size_t n = contracted_pronoun_length(t) ? contracted_pronoun_length(t) : contracted_stem_length(t);
        n && m.first == m.last) {
      a.source.end = a.source.start + uint32_t(n);
      a.name_span = a.source;
    }
    return;
  }
  // "Chile and Peru warned …": each conjunct is a speaker credited with the claim.
  auto parts = conjuncts(v.toks, m);
  a.names = int32_t(names_.size());
  MentionNames& n = names_.emplace_back();
  n.name = speaker_name(doc_.text, v.toks, parts[0]);
  // "Officials on Monday said", "Over the weekend the mayor …": an ordinary word that opens
  // the sentence is a description, not a person's name.
  if (n.name.person && common_word_opening(v, m)) n.name.person = false;
  if (parts.size() < 2) return;
  a.name_span = token_span(v, parts[0].first, parts[0].last);
  for (size_t i = 1; i < parts.size(); ++i) {
    n.partners.emplace_back(speaker_name(doc_.text, v.toks, parts[i]), token_span(v, parts[i].first, parts[i].last));
  }
}

// Who speaks when the cue grammar's mention `m` is a fragment (is_fragment_mention): a
// subject pronoun it opens with ("he sometimes added" -> "he"); the whole phrase when it runs
// on to a name ("the board's top legal adviser Ana Ruiz"); the owner a possessive names
// when the fragment stands right before its cue, a noun ("her own plans to …" -> "her",
// resolved as "she"); else the subject of the clause the fragment stands in ("The mayor
// outlined a detailed plan to …" -> "The mayor"); else the whole mention the fragment opens
// with ("Her lawyers looked through the files and found that …" -> "Her lawyers"); else the
// possessive's owner; else nobody: a piece of a phrase is no speaker. Rare: out of line.
std::optional<MentionRange> Attributor::fragment_source(const ParagraphView& v, const MentionRange& m, Span cue) {
  const Token& first = v.toks[m.first];
  const MentionRange self{m.first, m.first, true, m.first};
  if (first.word && is_speaker_pronoun(first.lower)) return self;
  // "said the board's top legal adviser Ana Ruiz": the phrase runs on to a name.
  if (auto longer = mention_starting_at(v.toks, m.first, v.toks.size());
      longer && longer->last > m.last && v.toks[longer->core_last].capitalized && !longer->pronoun) {
    return longer;
  }
  const bool possessive = first.word && !subject_of_possessive(first.lower).empty();
  if (possessive && !cue.empty() && token_at_or_after(v, cue.start) == m.last + 1) return self;
  if (m.first > 0) {
    auto subject = clause_subject(v.toks, m.first, v.sentence_start[m.first]);
    if (subject && subject->last < m.first && !is_fragment_mention(v.toks, *subject)) return subject;
  }
  if (auto lead = fragment_lead(v.toks, m)) return lead;
  if (possessive) return self;
  return std::nullopt;
}

// "Criticism within the party grew …", "Officials on Monday said": a lone capitalised word
// that opens its sentence, with no cue right after it, is an ordinary word, not a name, when
// it is a cue verb or a sentence starter (word tables), or when its paragraph (within
// kCommonWordTokens tokens either side) uses it in lower case and never capitalised inside a
// sentence. "Young said …" (a cue follows), "Mayor Young" (a title), "Young, 41, said" (an
// appositive) and a surname named mid-sentence nearby ("… met Young.") stay names.
bool Attributor::common_word_opening(const ParagraphView& v, const MentionRange& m) {
  if (m.first != m.last || m.pronoun) return false;
  const Token& t = v.toks[m.first];
  if (!t.word || !t.capitalized || t.possessive || t.lower.size() < 2) return false;
  for (size_t k = v.sentence_start[m.first]; k < m.first; ++k) {
    if (v.toks[k].word) return false;
  }
  if (m.last + 1 < v.toks.size() && is_cue_token(v.toks[m.last + 1])) return false;
  if (is_cue_verb(t.lower) || seg::starters().contains(t.lower)) return true;
  // Bounded: cost stays linear in a huge paragraph.
  const size_t from = m.first > kCommonWordTokens ? m.first - kCommonWordTokens : 0;
  const size_t to = std::min(v.toks.size(), size_t(m.first) + kCommonWordTokens);
  bool lower_case = false;
  for (size_t k = from; k < to; ++k) {
    const Token& o = v.toks[k];
    if (k == m.first || o.lower.size() != t.lower.size() || o.lower != t.lower) continue;
    if (!o.capitalized) lower_case = true;
    else if (k > 0 && v.sentence_start[k] != k && (v.toks[k - 1].word || is_punct(v.toks[k - 1], ','))) return false;
  }
  return lower_case;
}

// "Mayor Ana Ruiz toured the pier on Monday.": the subject of a sentence, when it names a
// person, is kept for a later he or she (SpeakerRegistry::note_person). In a sentence with an
// attribution too ("Tom Hale went on the radio and explained why he thinks …"), when the
// subject stands before every claim the sentence holds, outside all of them, and is no
// claim's source: the nearer antecedent of a pronoun source after it. A name inside a claim
// ("“Hale is wrong,” he said") is no antecedent of its speaker. Attributions of this
// paragraph start at attrs_before, in order of their content.
void Attributor::note_people(const ParagraphView& v, size_t attrs_before) {
  const size_t subjects = people_.size();  // this paragraph's asked ones (note_asked) are before
  size_t a = attrs_before;
  uint32_t covered_to = 0;  // the furthest end of a claim that started before this sentence
  for (size_t lo = 0; lo < v.toks.size();) {
    const size_t end = end_of_run(v.sentence_start.data(), v.toks.size(), lo + 1, uint32_t(lo));
    const uint32_t from = v.toks[lo].span.start, to = v.toks[end - 1].span.end;
    const size_t first_here = a;
    uint32_t first_content = to;  // where the first claim starting in this sentence starts
    bool attributed = false, pronoun_source = false;
    for (; a < attrs_.size() && attrs_[a].content.start < to; ++a) {
      const Attribution& r = attrs_[a];
      if (r.content.end > from) attributed = true;
      if (r.content.start >= from) first_content = std::min(first_content, r.content.start);
      if (r.pronoun && r.source.start >= from && he_or_she_source(doc_.text, r.source)) pronoun_source = true;
    }
    // A sentence with a claim is read only when a he or she of its own speaks there: the
    // subject is sought for it alone (most claims name their speaker), before the claim.
    const bool wanted = !attributed || (pronoun_source && first_content > from);
    std::optional<MentionRange> m;
    if (wanted) m = named_subject(v, lo, attributed ? std::min(end, token_at_or_after(v, first_content)) : end);
    if (m && conjuncts(v.toks, *m).size() == 1) {
      const Span mention = token_span(v, m->first, m->last);
      // Before every claim of the sentence and outside the ones begun before it: each
      // record here is read once (its sentence's), so the cost stays linear.
      bool free = mention.end <= first_content && mention.start >= covered_to;
      for (size_t k = first_here; free && k < a; ++k) {
        const Span& src = attrs_[k].source;
        if (!src.empty() && src.start < mention.end && mention.start < src.end) free = false;
      }
      if (free) {
        SpeakerName name = speaker_name(doc_.text, v.toks, *m);
        if (name.person) people_.push_back(Person{std::move(name), mention, v.paragraph, titled(v.toks, *m)});
      }
    }
    for (size_t k = first_here; k < a; ++k) covered_to = std::max(covered_to, attrs_[k].content.end);
    lo = end;
  }
  // The ones asked (note_asked) were noted before this paragraph's sentence subjects, both in
  // text order: people are read in text order, so the two runs are merged.
  size_t from = subjects;
  while (from > 0 && people_[from - 1].paragraph == v.paragraph) --from;
  if (from < subjects && subjects < people_.size() &&
      people_[subjects].mention.start < people_[subjects - 1].mention.start) {
    merge_people(from, subjects);
  }
}

// Merges people_[from, mid) and [mid, end), each in text order; on equal starts the first
// run's come first. Linear, and no std::stable_sort of Person in the page's module (its
// code cost ~1.5 KB of gzip). Rare: a paragraph with an asked one and a later subject.
void Attributor::merge_people(size_t from, size_t mid) {
  std::vector<Person> merged;
  merged.reserve(people_.size() - from);
  size_t i = from, j = mid;
  while (i < mid || j < people_.size()) {
    const bool second = j < people_.size() && (i == mid || people_[j].mention.start < people_[i].mention.start);
    merged.push_back(std::move(people_[second ? j++ : i++]));
  }
  std::move(merged.begin(), merged.end(), people_.begin() + std::ptrdiff_t(from));
}

// The first name or title in [lo, end) (at most kMaxNamedSubjectTries phrases, within
// kMaxNamedSubjectTokens) that opens a mention followed by a lower-case verb: "Mayor Ana Ruiz
// toured …", "On Monday, Mayor Ana Ruiz toured …". Cheaper than clause_subject, which also
// tries every determiner and pronoun: this runs on every sentence without an attribution.
std::optional<MentionRange> Attributor::named_subject(const ParagraphView& v, size_t lo, size_t end) {
  int tries = 0;
  const size_t limit = std::min(end, lo + kMaxNamedSubjectTokens);
  // A lower-case word is no name word: its test needs no call. The answer for
  // toks[j - 1] is the one the loop just found, unless it jumped past a mention.
  auto name_or_title = [](const Token& t) { return t.word && ((t.capitalized && is_name_word(t)) || is_role_token(t)); };
  bool before_known = false, before = false;
  for (size_t j = lo; j + 1 < limit && tries < kMaxNamedSubjectTries; ++j) {
    const bool part = name_or_title(v.toks[j]);
    const bool known = before_known, was = before;
    before_known = true, before = part;
    if (!part) continue;
    if (known ? was : j > lo && name_or_title(v.toks[j - 1])) continue;
    ++tries;
    auto m = mention_starting_at(v.toks, j, end);
    if (!m) continue;
    const size_t after = m->last + 1;
    if (after < end && v.toks[after].word && !v.toks[after].capitalized && !is_name_connector(v.toks[after].lower) &&
        !is_not_name(v.toks[after].lower) && v.quote_of[after] == kNone) {
      return m;
    }
    before_known = j == m->last;  // else toks[m->last] was not read
    j = m->last;
  }
  return std::nullopt;
}

// "The host asked Ana Ruiz about remarks she had made", "… asked Tom Beck whether he …": the
// one asked, after the asker, is the nearer antecedent of a he or she in the question and its
// answer. Noted as a person (SpeakerRegistry::note_person) as a sentence's subject is; the
// registry's rules decide whether a later pronoun takes it (a name it knows as a person, of a
// gender that fits). Only after a question cue ("asked"): after "told X that he …" the he is
// usually the teller.
void Attributor::note_asked(const ParagraphView& v, Span cue) {
  // Its last word first, from the text: most cues are not questions (no token search).
  const std::string_view cue_text = std::string_view(doc_.text).substr(cue.start, cue.size());
  const size_t space = cue_text.find_last_of(' ');
  if (cue.empty() || !is_question_cue(space == std::string_view::npos ? cue_text : cue_text.substr(space + 1))) return;
  size_t c = token_at_or_after(v, cue.start);
  while (c + 1 < v.toks.size() && v.toks[c + 1].span.end <= cue.end) ++c;  // the cue's last word
  if (c + 1 >= v.toks.size() || !v.toks[c].word || !is_question_cue(v.toks[c].lower)) return;
  auto m = mention_starting_at(v.toks, c + 1, v.toks.size());
  if (!m || m->pronoun || conjuncts(v.toks, *m).size() != 1) return;
  SpeakerName name = speaker_name(doc_.text, v.toks, *m);
  // "asked the mayor about remarks she had made": one person by role, not by name (a
  // description whose last word is a singular role noun: not "the officials").
  const bool described = !name.person && is_singular_role(v.toks[m->core_last]) && m->core_last == m->last;
  if (!name.person && !described) return;
  const Span mention = token_span(v, m->first, m->last);
  // Kept in text order (note_people merges, not sorts): one asked before the last noted, in
  // nested claims only, is left out.
  if (!people_.empty() && people_.back().paragraph == v.paragraph && people_.back().mention.start > mention.start) return;
  people_.push_back(Person{std::move(name), mention, v.paragraph, titled(v.toks, *m), described});
}

// "mayor", "congresswoman", "spokesman": a role noun (kRoleWords) of one person, not
// "officials", "congressmen" or "staff" (is_plural_head, the registry's own test).
bool Attributor::is_singular_role(const Token& t) {
  return !t.capitalized && is_role_token(t) && !is_plural_head(t.lower);
}

// "Mayor Ana Ruiz", "fisheries minister Ana Ruiz": a title or role before the name.
bool Attributor::titled(const std::vector<Token>& toks, const MentionRange& m) {
  for (size_t k = m.first; k < m.core_last; ++k) {
    if (is_role_token(toks[k])) return true;
  }
  return false;
}

}  // namespace claimscope::attribution_detail
