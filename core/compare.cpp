#include "compare.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

#include "compare_text.h"

namespace claimscope {
namespace {

// Content words found in more claims than this are too common to propose
// candidate pairs (they still count in scores). Bounds candidate generation.
constexpr size_t kMaxPostings = 64;
// Each claim is scored against at most this many candidates (those sharing
// the most rare words), which bounds scoring to linear in the claim count.
constexpr size_t kMaxCandidates = 24;

// Score weights: word overlap both ways, overlap relative to the shorter
// claim (one outlet often quotes only part of a statement), and spelling-
// level similarity (translation drift, inflection the stemmer misses).
constexpr float kWeightDice = 0.35f;
constexpr float kWeightContainment = 0.25f;
constexpr float kWeightGrams = 0.40f;
// Containment is unreliable for very short claims: it reaches full weight at this many terms.
constexpr float kContainmentFullTerms = 5.0f;
constexpr float kSameSpeakerBonus = 0.15f;
constexpr float kOtherSpeakerPenalty = 0.10f;
constexpr float kSharedNumberBonus = 0.05f;
constexpr float kNumberConflictPenalty = 0.10f;
// Verdicts are structure, not words (compare_text.h: ClaimContent::verdict).
// A verdict on something ("the plan is wrong") and a remark about it that
// passes none ("the plan had been expected") share the words of their
// subject, which say what the claims are about, as names say whom: unless
// the remark has the verdict word too, the two are not the same statement.
// Nor are one verdict and its negation ("is illegal" / "is not illegal").
bool verdicts_differ(const ClaimContent& a, const ClaimContent& b) {
  if (a.verdict && b.verdict) return a.verdict_term == b.verdict_term && a.verdict_negated != b.verdict_negated;
  if (!a.verdict && !b.verdict) return false;
  const ClaimContent& judged = a.verdict ? a : b;
  const ClaimContent& other = a.verdict ? b : a;
  return !std::binary_search(other.terms.begin(), other.terms.end(), judged.verdict_term);
}

// Overlapping claims of one article (a quotation inside a reported clause
// that frames it) state one thing: they are compared, and clustered, as one unit.
struct Unit {
  uint32_t article = 0;
  Span span;
  std::vector<uint32_t> claims;
  std::vector<int32_t> speakers;  // global speakers of its claims, sorted, unique
  bool firm_speaker = false;      // one of them is named, not only described by a role
  bool display = false;           // in a title, subtitle or heading: a headline, not body text
  std::vector<int32_t> framed;    // global speakers of the statements reported within it, sorted, unique
  ClaimContent content;
  float weight = 0;               // sum of idf of its terms
  float gram_weight = 0;          // sum of idf of its character n-grams
};

// Headlines, standfirsts and section headings restate the story in a few
// words; a claim there usually echoes one the body reports in full.
bool display_role(Role role) { return role == Role::title || role == Role::subtitle || role == Role::heading; }

// The role of the paragraph holding byte `at` (paragraphs are in text order).
Role role_at(const Document& d, uint32_t at) {
  auto it = std::upper_bound(d.paragraphs.begin(), d.paragraphs.end(), at,
                             [](uint32_t x, const Paragraph& p) { return x < p.span.start; });
  if (it == d.paragraphs.begin()) return Role::body;
  --it;
  return at < it->span.end ? it->role : Role::body;
}

// A claim lying inside another claim of a different speaker is reported
// within it ("The union accused the city of X, a day after the mayor claimed Y"): it is
// a statement of its own, and the framing claim is compared without it.
bool reported_within(const Claim& inner, const Claim& outer) {
  return inner.speaker != kNone && outer.speaker != kNone && inner.speaker != outer.speaker &&
         inner.span.start >= outer.span.start && inner.span.end <= outer.span.end && !(inner.span == outer.span);
}

std::vector<Unit> build_units(const std::vector<const Document*>& docs, const MergedSpeakers& merged) {
  std::vector<Unit> units;
  std::vector<std::vector<Span>> holes;  // per unit: spans of statements reported within it
  std::vector<size_t> frame_of;          // per unit: the unit that reports it within itself, or SIZE_MAX
  for (uint32_t a = 0; a < docs.size(); ++a) {
    if (!docs[a]) continue;
    const Document& d = *docs[a];
    std::vector<uint32_t> order(d.claims.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) {
      return d.claims[x].span.start != d.claims[y].span.start ? d.claims[x].span.start < d.claims[y].span.start : x < y;
    });
    size_t outer = SIZE_MAX, inner = SIZE_MAX;  // the current unit and the statement reported within it
    uint32_t frame = 0;                        // the claim that opened `outer`
    auto open = [&](uint32_t c) {
      units.push_back({});
      holes.emplace_back();
      frame_of.push_back(SIZE_MAX);
      units.back().article = a;
      units.back().span = d.claims[c].span;
      units.back().display = display_role(role_at(d, d.claims[c].span.start));
      return units.size() - 1;
    };
    for (uint32_t c : order) {
      const Claim& claim = d.claims[c];
      size_t target;
      if (outer == SIZE_MAX || claim.span.start >= units[outer].span.end) {
        target = outer = open(c), inner = SIZE_MAX, frame = c;
      } else if (inner != SIZE_MAX && claim.span.start < units[inner].span.end) {
        target = inner;
      } else if (reported_within(claim, d.claims[frame])) {
        target = inner = open(c);
        holes[outer].push_back(claim.span);
        frame_of[inner] = outer;
      } else {
        target = outer;
      }
      Unit& u = units[target];
      u.span.end = std::max(u.span.end, claim.span.end);
      u.claims.push_back(c);
      if (claim.speaker >= 0 && size_t(claim.speaker) < merged.map[a].size()) {
        int32_t g = merged.map[a][claim.speaker];
        u.speakers.push_back(g);
        u.firm_speaker = u.firm_speaker || !merged.speakers[g].described;
      }
    }
  }
  for (size_t i = 0; i < units.size(); ++i) {
    Unit& u = units[i];
    std::sort(u.claims.begin(), u.claims.end());
    std::sort(u.speakers.begin(), u.speakers.end());
    u.speakers.erase(std::unique(u.speakers.begin(), u.speakers.end()), u.speakers.end());
    u.content = claim_content(docs[u.article]->text, u.span, holes[i]);
  }
  for (size_t i = 0; i < units.size(); ++i) {
    if (frame_of[i] == SIZE_MAX) continue;
    auto& framed = units[frame_of[i]].framed;
    framed.insert(framed.end(), units[i].speakers.begin(), units[i].speakers.end());
    std::sort(framed.begin(), framed.end());
    framed.erase(std::unique(framed.begin(), framed.end()), framed.end());
  }
  return units;
}

template <typename T>
size_t count_shared(const std::vector<T>& a, const std::vector<T>& b) {
  size_t n = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] < b[j]) ++i;
    else if (b[j] < a[i]) ++j;
    else ++n, ++i, ++j;
  }
  return n;
}

class Scorer {
 public:
  explicit Scorer(std::vector<Unit>& units) : units_(units) {
    for (const Unit& u : units) {
      for (const auto& t : u.content.terms) ++df_[t];
      for (uint32_t g : u.content.grams) ++gram_df_[g];
    }
    n_ = float(units.size());
    for (Unit& u : units) {
      for (const auto& t : u.content.terms) u.weight += idf(t, n_);
      for (uint32_t g : u.content.grams) u.gram_weight += gram_idf(g);
    }
  }

  // Rare n-grams say more than the ones every claim about the story shares.
  float gram_idf(uint32_t gram) const {
    auto it = gram_df_.find(gram);
    return std::log(1.0f + n_ / float(it == gram_df_.end() ? 1 : it->second));
  }

  float idf(const std::string& term, float n) const {
    auto it = df_.find(term);
    return std::log(1.0f + n / float(it == df_.end() ? 1 : it->second));
  }
  size_t df(const std::string& term) const {
    auto it = df_.find(term);
    return it == df_.end() ? 0 : it->second;
  }

  // How much of unit x's content (idf-weighted terms) unit y also has, 0..1.
  float contained(uint32_t x, uint32_t y) const {
    const Unit& a = units_[x];
    if (a.weight <= 0) return 0;
    float shared = 0;
    const auto& ta = a.content.terms;
    const auto& tb = units_[y].content.terms;
    for (size_t i = 0, j = 0; i < ta.size() && j < tb.size();) {
      if (ta[i] < tb[j]) ++i;
      else if (tb[j] < ta[i]) ++j;
      else shared += idf(ta[i], n_), ++i, ++j;
    }
    return shared / a.weight;
  }

  float score(uint32_t x, uint32_t y) const {
    const Unit& a = units_[x];
    const Unit& b = units_[y];
    float shared = 0;
    const auto& ta = a.content.terms;
    const auto& tb = b.content.terms;
    for (size_t i = 0, j = 0; i < ta.size() && j < tb.size();) {
      if (ta[i] < tb[j]) ++i;
      else if (tb[j] < ta[i]) ++j;
      else shared += idf(ta[i], n_), ++i, ++j;
    }
    if (a.weight <= 0 || b.weight <= 0 || verdicts_differ(a.content, b.content)) return 0;
    float dice = 2 * shared / (a.weight + b.weight);
    float containment = shared / std::min(a.weight, b.weight);
    containment *= std::min(1.0f, float(std::min(ta.size(), tb.size())) / kContainmentFullTerms);
    const auto& ga = a.content.grams;
    const auto& gb = b.content.grams;
    float shared_grams = 0;
    for (size_t i = 0, j = 0; i < ga.size() && j < gb.size();) {
      if (ga[i] < gb[j]) ++i;
      else if (gb[j] < ga[i]) ++j;
      else shared_grams += gram_idf(ga[i]), ++i, ++j;
    }
    float grams = a.gram_weight > 0 && b.gram_weight > 0 ? 2.0f * shared_grams / (a.gram_weight + b.gram_weight) : 0;
    float s = kWeightDice * dice + kWeightContainment * containment + kWeightGrams * grams;
    // A speaker described by a role ("a spokesman") may be one another
    // article names; two different named speakers are different.
    if (count_shared(a.speakers, b.speakers)) s += kSameSpeakerBonus;
    else if (a.firm_speaker && b.firm_speaker) s -= kOtherSpeakerPenalty;
    const auto& na = a.content.numbers;
    const auto& nb = b.content.numbers;
    if (!na.empty() && !nb.empty()) s += count_shared(na, nb) ? kSharedNumberBonus : -kNumberConflictPenalty;
    return std::clamp(s, 0.0f, 1.0f);
  }

 private:
  std::vector<Unit>& units_;
  std::unordered_map<std::string, uint32_t> df_;
  std::unordered_map<uint32_t, uint32_t> gram_df_;
  float n_ = 0;
};

struct Link {
  float score;
  uint32_t a, b;
};

// Candidate pairs: units of different articles sharing rare content words,
// the best kMaxCandidates per unit.
std::vector<Link> candidate_links(const std::vector<Unit>& units, const Scorer& scorer, float floor) {
  std::unordered_map<std::string, std::vector<uint32_t>> postings;
  for (uint32_t u = 0; u < units.size(); ++u)
    for (const auto& t : units[u].content.terms)
      if (scorer.df(t) <= kMaxPostings) postings[t].push_back(u);

  // Every unit proposes its best candidates in both directions, so a long
  // claim whose best list is full of near-misses cannot hide a short claim's
  // best match (pairs proposed twice are scored once).
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  std::vector<float> overlap(units.size(), 0);
  std::vector<uint32_t> touched;
  const float n = float(units.size());
  for (uint32_t u = 0; u < units.size(); ++u) {
    touched.clear();
    for (const auto& t : units[u].content.terms) {
      auto it = postings.find(t);
      if (it == postings.end()) continue;
      float w = scorer.idf(t, n);
      for (uint32_t v : it->second) {
        if (v == u || units[v].article == units[u].article) continue;
        if (overlap[v] == 0) touched.push_back(v);
        overlap[v] += w;
      }
    }
    if (touched.size() > kMaxCandidates) {
      std::nth_element(touched.begin(), touched.begin() + kMaxCandidates, touched.end(),
                       [&](uint32_t x, uint32_t y) { return overlap[x] > overlap[y]; });
      for (size_t i = kMaxCandidates; i < touched.size(); ++i) overlap[touched[i]] = 0;
      touched.resize(kMaxCandidates);
    }
    for (uint32_t v : touched) {
      overlap[v] = 0;
      pairs.push_back({std::min(u, v), std::max(u, v)});
    }
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  std::vector<Link> links;
  for (auto [u, v] : pairs) {
    // Names say whom and where a claim is about; what it says is in its
    // other words. Two claims sharing only names are not shown to agree.
    if (count_shared(units[u].content.plain, units[v].content.plain) == 0) continue;
    float s = scorer.score(u, v);
    if (s >= floor) links.push_back({s, u, v});
  }
  std::sort(links.begin(), links.end(), [](const Link& x, const Link& y) {
    return x.score != y.score ? x.score > y.score : (x.a != y.a ? x.a < y.a : x.b < y.b);
  });
  return links;
}

// Greedy linking, strongest first. A link joins two groups only if
//  - no article would hold two claims, except consecutive claims of one
//    speaker (an outlet that splits a statement another prints whole), and
//  - the groups are similar on average, not just through their closest
//    pair, so that one long claim touching two statements does not chain
//    them together.
class Groups {
 public:
  Groups(const std::vector<Unit>& units, const Scorer& scorer, float threshold)
      : units_(units), scorer_(scorer), threshold_(threshold), parent_(units.size()), members_(units.size()),
        score_sum_(units.size(), 0), links_(units.size(), 0), copy_of_(units.size()) {
    std::iota(parent_.begin(), parent_.end(), 0u);
    std::iota(copy_of_.begin(), copy_of_.end(), 0u);
    for (uint32_t u = 0; u < units.size(); ++u) members_[u] = {u};
  }

  uint32_t find(uint32_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }

  void link(const Link& l) {
    uint32_t ra = find(l.a), rb = find(l.b);
    if (ra == rb) return;
    std::vector<uint32_t> merged;
    merged.reserve(members_[ra].size() + members_[rb].size());
    std::merge(members_[ra].begin(), members_[ra].end(), members_[rb].begin(), members_[rb].end(),
               std::back_inserter(merged));
    bool compat = articles_compatible(merged) && !opposed(members_[ra], members_[rb]);
    float avg = average_score(members_[ra], members_[rb]);
    if (!compat || avg < kAverageLinkFactor * threshold_)
      return;
    if (members_[ra].size() < members_[rb].size()) std::swap(ra, rb);
    members_[ra] = std::move(merged);
    members_[rb].clear();
    members_[rb].shrink_to_fit();
    parent_[rb] = ra;
    score_sum_[ra] += score_sum_[rb] + l.score;
    links_[ra] += links_[rb] + 1;
  }

  // Copies: a claim an article prints twice (a headline repeated word for
  // word in the body) is one statement and goes wherever either copy goes.
  void join_copies() {
    std::unordered_map<std::string, uint32_t> last;  // article + terms -> last unit with them
    for (uint32_t u = 0; u < units_.size(); ++u) {
      const auto& terms = units_[u].content.terms;
      if (terms.size() < kCopyMinTerms) continue;
      std::string key = std::to_string(units_[u].article);
      for (const auto& t : terms) key += '\x1f' + t;
      auto [it, fresh] = last.emplace(std::move(key), u);
      if (fresh) continue;
      for (uint32_t x : members_[find(it->second)]) copy_of_[x] = u;
      copy_of_[u] = u;
      attach(it->second, u);
      it->second = u;
    }
  }

  // Headlines: a claim in a title or heading is most often the statement of
  // the body claim of its own article that holds the most of its words (a
  // headline compresses the lede in words of its own); it joins that claim
  // before linking, as a copy does, instead of competing with it for the
  // article's one place in a cluster. The two must not have different named speakers.
  void join_headlines() {
    for (uint32_t u = 0; u < units_.size(); ++u) {
      const Unit& h = units_[u];
      if (!h.display || h.content.terms.size() < kHeadlineMinTerms) continue;
      float best = kHeadlineContainment;
      uint32_t best_v = uint32_t(-1);
      // Units are in article order: scan the first units of the same article
      // (a headline restates the top of the story; the cap keeps this linear).
      const uint32_t first = article_begin(u);
      for (uint32_t v = first; v < units_.size() && v < first + kHeadlineScan && units_[v].article == h.article; ++v) {
        if (v == u || units_[v].display || find(v) == find(u) || !speakers_compatible(h, units_[v])) continue;
        float c = scorer_.contained(u, v);
        if (c > best) best = c, best_v = v;
      }
      if (best_v == uint32_t(-1)) continue;
      uint32_t rep = copy_of_[best_v];
      for (uint32_t x : members_[find(u)]) copy_of_[x] = rep;
      attach(u, best_v);
    }
  }

  // Joins unit `u` to the group of `v` without the checks of link(): for an
  // echo (a headline that repeats a claim of its own article's body).
  void attach(uint32_t u, uint32_t v) {
    uint32_t ru = find(u), rv = find(v);
    if (ru == rv) return;
    std::vector<uint32_t> merged;
    std::merge(members_[ru].begin(), members_[ru].end(), members_[rv].begin(), members_[rv].end(), std::back_inserter(merged));
    members_[rv] = std::move(merged);
    members_[ru].clear();
    members_[ru].shrink_to_fit();
    parent_[ru] = rv;
  }

  // True when the group of `u` holds units of more than one article.
  bool shared(uint32_t u) {
    const auto& m = members_[find(u)];
    return units_[m.front()].article != units_[m.back()].article;
  }

  const std::vector<uint32_t>& members(uint32_t root) const { return members_[root]; }
  float mean_link_score(uint32_t root) const { return links_[root] ? score_sum_[root] / float(links_[root]) : 0.0f; }

 private:
  uint32_t article_begin(uint32_t u) const {
    while (u > 0 && units_[u - 1].article == units_[u].article) --u;
    return u;
  }

  // Two units may state one thing unless both have named speakers and share none.
  static bool speakers_compatible(const Unit& a, const Unit& b) {
    return !a.firm_speaker || !b.firm_speaker || count_shared(a.speakers, b.speakers) > 0;
  }

  // A headline claim joins the body claim holding at least this much of its
  // content (idf-weighted; docs/compare.md: chosen on the tuning stories)...
  static constexpr float kHeadlineContainment = 0.3f;
  // ...when it has at least this many content words.
  static constexpr size_t kHeadlineMinTerms = 2;
  // Body claims of an article considered for its headlines.
  static constexpr uint32_t kHeadlineScan = 64;
  // Mean similarity between groups is checked at this fraction of the link threshold.
  static constexpr float kAverageLinkFactor = 0.8f;
  // At most this many units of each group are compared in that check.
  static constexpr size_t kAverageSample = 8;
  // An article may contribute at most this many consecutive claims (a statement split in two) to one cluster.
  static constexpr size_t kMaxParts = 2;
  // Claims with fewer content words than this are not treated as copies of each other ("he said no").
  static constexpr size_t kCopyMinTerms = 3;

  // `merged` is sorted by unit index, so one article's units are adjacent in it.
  // Copies of one claim (duplicates()) count once, as their last copy.
  bool articles_compatible(const std::vector<uint32_t>& merged) const {
    size_t split_articles = 0;  // only one outlet may split what the others print whole
    std::vector<uint32_t> parts;
    for (size_t i = 0; i < merged.size();) {
      parts.clear();
      size_t j = i;
      for (; j < merged.size() && units_[merged[j]].article == units_[merged[i]].article; ++j) parts.push_back(copy_of_[merged[j]]);
      std::sort(parts.begin(), parts.end());
      parts.erase(std::unique(parts.begin(), parts.end()), parts.end());
      for (size_t k = 1; k < parts.size(); ++k)
        if (parts[k] != parts[k - 1] + 1 || count_shared(units_[parts[k]].speakers, units_[parts[k - 1]].speakers) == 0)
          return false;
      if (parts.size() > kMaxParts) return false;
      if (parts.size() > 1 && ++split_articles > 1) return false;
      i = j;
    }
    return true;
  }

  // Opposed sides: an article that reports "the union accused the city of X,
  // after the mayor said Y" sets the mayor's statement against the union's.
  // A group holding such a framing claim does not take a claim of the framed
  // speaker (the mayor).
  bool opposed(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) const {
    auto collect = [&](const std::vector<uint32_t>& g, std::vector<int32_t>& speakers, std::vector<int32_t>& framed) {
      speakers.clear();
      framed.clear();
      for (uint32_t u : g) {
        speakers.insert(speakers.end(), units_[u].speakers.begin(), units_[u].speakers.end());
        framed.insert(framed.end(), units_[u].framed.begin(), units_[u].framed.end());
      }
      std::sort(speakers.begin(), speakers.end());
      speakers.erase(std::unique(speakers.begin(), speakers.end()), speakers.end());
      std::sort(framed.begin(), framed.end());
      framed.erase(std::unique(framed.begin(), framed.end()), framed.end());
    };
    collect(a, speakers_a_, framed_a_);
    if (framed_a_.empty() && std::none_of(b.begin(), b.end(), [&](uint32_t u) { return !units_[u].framed.empty(); })) return false;
    collect(b, speakers_b_, framed_b_);
    return count_shared(framed_a_, speakers_b_) > 0 || count_shared(framed_b_, speakers_a_) > 0;
  }

  float average_score(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) const {
    // Copies of one statement (a headline and its lede, a repeated claim)
    // count once: the pair of statements scores as its closest copies.
    pair_best_.clear();
    const size_t step_a = a.size() / kAverageSample + 1, step_b = b.size() / kAverageSample + 1;
    for (size_t i = 0; i < a.size(); i += step_a) {
      for (size_t j = 0; j < b.size(); j += step_b) {
        if (units_[a[i]].article == units_[b[j]].article) continue;
        uint64_t key = (uint64_t(copy_of_[a[i]]) << 32) | copy_of_[b[j]];
        float s = scorer_.score(a[i], b[j]);
        auto [it, fresh] = pair_best_.try_emplace(key, s);
        if (!fresh) it->second = std::max(it->second, s);
      }
    }
    float sum = 0;
    for (const auto& [key, s] : pair_best_) sum += s;
    return pair_best_.empty() ? 0.0f : sum / float(pair_best_.size());
  }

  const std::vector<Unit>& units_;
  const Scorer& scorer_;
  float threshold_;
  std::vector<uint32_t> parent_;
  std::vector<std::vector<uint32_t>> members_;  // per root, sorted unit indices
  std::vector<float> score_sum_;
  std::vector<uint32_t> links_;
  mutable std::vector<int32_t> speakers_a_, framed_a_, speakers_b_, framed_b_;  // scratch for opposed()
  mutable std::unordered_map<uint64_t, float> pair_best_;  // scratch for average_score
  std::vector<uint32_t> copy_of_;  // the last copy of each unit's claim (itself when it has none)
};

// Echoes: a headline, standfirst or pull quote repeats a claim of its own
// article's body, often cut down ("continues military buildup"). Such a unit
// left on its own joins the cluster of the body claim that contains almost
// all of its content, when that cluster spans several articles. Candidates
// come from the unit's rarest term, so the cost stays linear.
constexpr size_t kEchoMinTerms = 2;
constexpr float kEchoContainment = 0.85f;

void attach_echoes(const std::vector<Unit>& units, const Scorer& scorer, Groups& groups) {
  std::unordered_map<std::string, std::vector<uint32_t>> postings;
  for (uint32_t u = 0; u < units.size(); ++u)
    for (const auto& t : units[u].content.terms)
      if (scorer.df(t) <= kMaxPostings) postings[t].push_back(u);
  std::vector<std::pair<uint32_t, uint32_t>> echoes;  // decided first, so one echo cannot license another
  for (uint32_t u = 0; u < units.size(); ++u) {
    const auto& terms = units[u].content.terms;
    if (terms.size() < kEchoMinTerms || groups.members(groups.find(u)).size() != 1) continue;
    const std::string* rarest = nullptr;
    for (const auto& t : terms)
      if (!rarest || scorer.df(t) < scorer.df(*rarest)) rarest = &t;
    auto it = postings.find(*rarest);
    if (it == postings.end()) continue;
    float best = kEchoContainment;
    uint32_t best_v = uint32_t(-1);
    for (uint32_t v : it->second) {
      if (v == u || units[v].article != units[u].article || !groups.shared(v)) continue;
      float c = scorer.contained(u, v);
      if (c >= best) best = c, best_v = v;
    }
    if (best_v != uint32_t(-1)) echoes.push_back({u, best_v});
  }
  for (auto [u, v] : echoes) groups.attach(u, v);
}

// Mutual best matches: an outlet usually reports a statement once, so when
// claim x of article A and claim y of article B are each other's most similar
// claim in the other article, that agreement is evidence of its own, and the
// pair needs less similarity than a link found by score alone.
std::vector<Link> mutual_best_links(const std::vector<Unit>& units, const std::vector<Link>& scored, float floor) {
  // best[(unit, other article)] = (score, partner)
  std::unordered_map<uint64_t, std::pair<float, uint32_t>> best;
  auto key = [](uint32_t u, uint32_t article) { return (uint64_t(u) << 32) | article; };
  for (const Link& l : scored) {
    for (auto [x, y] : {std::pair{l.a, l.b}, std::pair{l.b, l.a}}) {
      auto [it, fresh] = best.try_emplace(key(x, units[y].article), l.score, y);
      if (!fresh && l.score > it->second.first) it->second = {l.score, y};
    }
  }
  std::vector<Link> out;
  for (const Link& l : scored) {
    if (l.score < floor) continue;
    if (best[key(l.a, units[l.b].article)].second == l.b && best[key(l.b, units[l.a].article)].second == l.a) out.push_back(l);
  }
  return out;
}

int32_t majority_speaker(const std::vector<ClusterMember>& members) {
  std::unordered_map<int32_t, uint32_t> votes;
  int32_t best = kNone;
  uint32_t best_votes = 0;
  for (const auto& m : members) {
    if (m.speaker == kNone) continue;
    uint32_t v = ++votes[m.speaker];
    if (v > best_votes || (v == best_votes && m.speaker < best)) best = m.speaker, best_votes = v;
  }
  return best;
}

}  // namespace

CompareResult compare_documents(const std::vector<const Document*>& docs, const CompareOptions& options) {
  CompareResult result;
  MergedSpeakers merged = merge_speakers(docs);
  std::vector<Unit> units = build_units(docs, merged);
  result.speaker_map = merged.map;
  result.speakers = merged.speakers;
  Scorer scorer(units);
  Groups groups(units, scorer, options.threshold);
  groups.join_copies();
  groups.join_headlines();
  const float mutual_floor = options.mutual_threshold;
  std::vector<Link> scored = candidate_links(units, scorer, std::min(options.threshold, mutual_floor));
  for (const Link& l : scored)
    if (l.score >= options.threshold) groups.link(l);
  // Then the mutual best matches below the threshold, strongest first, under
  // the same checks (the groups' mean similarity is still held to the main
  // threshold: measured, a lower bar there chains a dense story together).
  for (const Link& l : mutual_best_links(units, scored, mutual_floor)) groups.link(l);
  attach_echoes(units, scorer, groups);

  std::vector<int32_t> cluster_of_root(units.size(), kNone);
  for (uint32_t u = 0; u < units.size(); ++u) {
    uint32_t root = groups.find(u);
    if (cluster_of_root[root] == kNone) {
      cluster_of_root[root] = int32_t(result.clusters.size());
      ClaimCluster c;
      const auto& m = groups.members(root);
      c.unique = units[m.front()].article == units[m.back()].article;
      c.score = groups.mean_link_score(root);
      result.clusters.push_back(std::move(c));
    }
    ClaimCluster& c = result.clusters[cluster_of_root[root]];
    const Document& d = *docs[units[u].article];
    for (uint32_t claim : units[u].claims) {
      int32_t local = d.claims[claim].speaker;
      int32_t speaker = local >= 0 && size_t(local) < merged.map[units[u].article].size() ? merged.map[units[u].article][local] : kNone;
      c.members.push_back({units[u].article, claim, d.claims[claim].span, speaker});
    }
  }
  // Units are in article order, so clusters already are in order of first
  // appearance; members need sorting within articles only.
  for (ClaimCluster& c : result.clusters) {
    std::sort(c.members.begin(), c.members.end(), [](const ClusterMember& x, const ClusterMember& y) {
      return x.article != y.article ? x.article < y.article : x.span.start != y.span.start ? x.span.start < y.span.start : x.claim < y.claim;
    });
    c.speaker = majority_speaker(c.members);
    c.diff.resize(c.members.size());
    if (c.unique) continue;
    const ClusterMember& ref = c.members[0];
    const std::string& ref_text = docs[ref.article]->text;
    ClaimContent ref_content = claim_content(ref_text, ref.span);
    for (size_t k = 1; k < c.members.size(); ++k) {
      const ClusterMember& m = c.members[k];
      if (m.article == ref.article) continue;
      const std::string& text = docs[m.article]->text;
      c.diff[k] = diff_words(ref_content, ref_text, claim_content(text, m.span), text);
    }
  }
  return result;
}

}  // namespace claimscope
