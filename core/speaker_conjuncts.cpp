// Speaker grammar: the conjuncts of one mention ("Chile, Peru and Ecuador") and the mentions a
// subject widens to with them: a list's head, a phrase joined by "and".
#include "speaker_phrases.h"

#include "speaker_phrases_detail.h"

namespace claimscope {

using namespace speaker_detail;  // the helpers the speaker grammar's files share

namespace {

bool is_head(const Token& t) { return is_part(t) && !t.possessive; }

Conjuncts whole(const MentionRange& m) {
  Conjuncts one;
  one.push_back(m);
  return one;
}

}  // namespace

Conjuncts conjuncts(const std::vector<Token>& toks, const MentionRange& m) {
  if (m.pronoun) return whole(m);
  size_t last = m.core_last >= m.first && m.core_last <= m.last ? m.core_last : m.last;
  // "and" and list commas between conjuncts; one more than fits leaves the mention whole.
  size_t cuts[kMaxConjuncts];
  size_t n_cuts = 0;
  bool has_and = false;
  bool described = false;  // a lower-case word: each conjunct must then open with a determiner
  size_t appositive = 0;    // the comma before an appositive of the last described conjunct
  for (size_t k = m.first; k <= last; ++k) {
    const Token& t = toks[k];
    if (t.word && !t.capitalized && is_name_connector(t.lower) && t.lower != "and") return whole(m);  // "Secretary of State and …"
    if (t.word && !t.capitalized && !is_determiner(t.lower) && t.lower != "and") described = true;
    if (t.lower == "and" && !t.capitalized) {
      has_and = true;
      if (n_cuts + 1 == kMaxConjuncts) return whole(m);
      cuts[n_cuts++] = k;
    } else if (is_punct(t, ',') && has_and && described) {
      // "… and the military alliance, NATO": an appositive of the last conjunct.
      appositive = k;
      last = k - 1;
      break;
    } else if (is_punct(t, ',')) {
      if (n_cuts + 1 == kMaxConjuncts) return whole(m);
      cuts[n_cuts++] = k;
    } else if (!t.word) {
      return whole(m);
    }
  }
  if (!has_and) return whole(m);
  // "the port board and the boatmen's union", "Ostmark and the fishing body": two
  // conjuncts, a description opening with its determiner ("harbour staff and dock
  // workers" stays whole).
  if (described && n_cuts != 1) return whole(m);
  Conjuncts out;
  size_t from = m.first;
  cuts[n_cuts++] = last + 1;
  for (size_t c = 0; c < n_cuts; ++c) {
    const size_t cut = cuts[c];
    size_t a = from, b = cut;  // conjunct tokens [a, b), without a leading "and" after a list comma
    while (a < b && toks[a].lower == "and") ++a;
    if (described && a < b && !is_determiner(toks[a].lower)) {
      for (size_t k = a; k < b; ++k) {
        if (toks[k].word && !toks[k].capitalized) return whole(m);
      }
    }
    while (a < b && is_determiner(toks[a].lower)) ++a;
    // A description's head may be any noun the mention grammar read after its determiner.
    bool head = is_head(toks[b - 1]) || (described && toks[b - 1].word && !toks[b - 1].possessive);
    if (a >= b || !head) return whole(m);
    out.push_back(MentionRange{from, b - 1, false, b - 1});
    from = cut + 1;
  }
  out.back().last = m.last;  // an appositive or parenthesis belongs to the last conjunct
  out.back().core_last = last;
  // "the military alliance, NATO": a name in apposition to a description names that speaker.
  size_t name_end = m.core_last;
  if (!appositive && described && m.last > m.core_last + 1 && is_punct(toks[m.core_last + 1], ',')) {
    appositive = m.core_last + 1;  // the grammar left the appositive out of the core
    name_end = is_punct(toks[m.last], ',') ? m.last - 1 : m.last;
  }
  if (appositive && name_end > appositive) {
    bool name = true;
    for (size_t k = appositive + 1; k <= name_end; ++k) name = name && toks[k].word && toks[k].capitalized;
    if (name) {
      out.back().first = appositive + 1;
      out.back().core_last = name_end;
    }
  }
  return out;
}

namespace speaker_detail {

// "Britain, France and Germany said": the mention grammar stops at a comma,
// so names listed before "France and Germany" are added here.
MentionRange with_list_head(const std::vector<Token>& toks, MentionRange m, size_t lo) {
  if (m.pronoun || conjuncts(toks, m).size() < 2) return m;
  for (size_t n = 0; n + 2 < kMaxConjuncts && m.first >= lo + 2 && is_punct(toks[m.first - 1], ','); ++n) {
    auto before = mention_ending_at(toks, m.first - 2, lo);
    if (!before || before->pronoun || before->last != m.first - 2 || !toks[before->last].capitalized) break;
    if (before->first > lo && toks[before->first - 1].word) break;  // "In Brussels, France and Germany said"
    MentionRange wider = m;
    wider.first = before->first;
    if (conjuncts(toks, wider).size() < 2) break;
    m = wider;
  }
  return m;
}

// "the port board and the pilots' union say": the grammar reads the last
// description from its determiner; a name or description joined to it by
// "and" speaks too, when it opens the clause ("But the port board and …").
MentionRange with_coordinated_head(const std::vector<Token>& toks, MentionRange m, size_t lo) {
  if (m.pronoun || m.first < lo + 2 || !is_determiner(toks[m.first].lower)) return m;
  const Token& conj = toks[m.first - 1];
  if (!conj.word || conj.capitalized || conj.lower != "and") return m;
  auto before = mention_ending_at(toks, m.first - 2, lo);
  if (!before || before->pronoun || before->last != m.first - 2) return m;
  // Only at the clause start, after a comma or an opening word ("But", "Meanwhile").
  if (before->first > lo + 1 && toks[before->first - 1].word && !is_not_name(toks[before->first - 1].lower)) return m;
  MentionRange wider = m;
  wider.first = before->first;
  return conjuncts(toks, wider).size() == 2 ? wider : m;
}

constexpr size_t kMaxCoordinatedWords = 3;  // ", union members and …"

// "…, union members and leaders say": a short lower-case phrase before "and" (at `conj`)
// that opens the clause, after a comma or at its start, is the first half of the subject.
// Its start, or nothing when the words before "and" run on into a clause of their own.
std::optional<size_t> coordinated_start(const std::vector<Token>& toks, size_t conj, size_t lo) {
  size_t j = conj;
  while (j > lo && conj - j < kMaxCoordinatedWords) {
    const Token& u = toks[j - 1];
    if (!u.word) break;
    if (u.capitalized || is_cue_token(u) || is_cue_modifier(u.lower) || u.lower == "that" || u.lower == "and" ||
        u.lower == "or" || is_adjunct_opener(u.lower) || is_ing(u.lower)) {
      return std::nullopt;  // "picketing the depot and …" is a clause, not a subject
    }
    --j;
  }
  if (j == conj || (j > lo && !is_punct(toks[j - 1], ','))) return std::nullopt;
  return j;
}

}  // namespace speaker_detail

}  // namespace claimscope
