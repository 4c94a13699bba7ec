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
constexpr float kSameSpeakerBonus = 0.10f;
constexpr float kOtherSpeakerPenalty = 0.05f;
constexpr float kSharedNumberBonus = 0.05f;
constexpr float kNumberConflictPenalty = 0.10f;

// Overlapping claims of one article (a quotation inside a reported clause
// that frames it) state one thing: they are compared, and clustered, as one unit.
struct Unit {
  uint32_t article = 0;
  Span span;
  std::vector<uint32_t> claims;
  std::vector<int32_t> speakers;  // global speakers of its claims, sorted, unique
  ClaimContent content;
  float weight = 0;               // sum of idf of its terms
};

std::vector<Unit> build_units(const std::vector<const Document*>& docs, const MergedSpeakers& merged) {
  std::vector<Unit> units;
  for (uint32_t a = 0; a < docs.size(); ++a) {
    if (!docs[a]) continue;
    const Document& d = *docs[a];
    std::vector<uint32_t> order(d.claims.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) {
      return d.claims[x].span.start != d.claims[y].span.start ? d.claims[x].span.start < d.claims[y].span.start : x < y;
    });
    for (uint32_t c : order) {
      const Claim& claim = d.claims[c];
      if (units.empty() || units.back().article != a || claim.span.start >= units.back().span.end) {
        units.push_back({});
        units.back().article = a;
        units.back().span = claim.span;
      }
      Unit& u = units.back();
      u.span.end = std::max(u.span.end, claim.span.end);
      u.claims.push_back(c);
      if (claim.speaker >= 0 && size_t(claim.speaker) < merged.map[a].size()) u.speakers.push_back(merged.map[a][claim.speaker]);
    }
  }
  for (Unit& u : units) {
    std::sort(u.claims.begin(), u.claims.end());
    std::sort(u.speakers.begin(), u.speakers.end());
    u.speakers.erase(std::unique(u.speakers.begin(), u.speakers.end()), u.speakers.end());
    u.content = claim_content(docs[u.article]->text, u.span);
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
    for (const Unit& u : units)
      for (const auto& t : u.content.terms) ++df_[t];
    const float n = float(units.size());
    for (Unit& u : units)
      for (const auto& t : u.content.terms) u.weight += idf(t, n);
    n_ = n;
  }

  float idf(const std::string& term, float n) const {
    auto it = df_.find(term);
    return std::log(1.0f + n / float(it == df_.end() ? 1 : it->second));
  }
  size_t df(const std::string& term) const {
    auto it = df_.find(term);
    return it == df_.end() ? 0 : it->second;
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
    if (a.weight <= 0 || b.weight <= 0) return 0;
    float dice = 2 * shared / (a.weight + b.weight);
    float containment = shared / std::min(a.weight, b.weight);
    containment *= std::min(1.0f, float(std::min(ta.size(), tb.size())) / kContainmentFullTerms);
    const auto& ga = a.content.grams;
    const auto& gb = b.content.grams;
    float grams = ga.empty() || gb.empty() ? 0 : 2.0f * float(count_shared(ga, gb)) / float(ga.size() + gb.size());
    float s = kWeightDice * dice + kWeightContainment * containment + kWeightGrams * grams;
    if (!a.speakers.empty() && !b.speakers.empty())
      s += count_shared(a.speakers, b.speakers) ? kSameSpeakerBonus : -kOtherSpeakerPenalty;
    const auto& na = a.content.numbers;
    const auto& nb = b.content.numbers;
    if (!na.empty() && !nb.empty()) s += count_shared(na, nb) ? kSharedNumberBonus : -kNumberConflictPenalty;
    return std::clamp(s, 0.0f, 1.0f);
  }

 private:
  std::vector<Unit>& units_;
  std::unordered_map<std::string, uint32_t> df_;
  float n_ = 0;
};

struct Link {
  float score;
  uint32_t a, b;
};

// Candidate pairs: units of different articles sharing rare content words,
// the best kMaxCandidates per unit.
std::vector<Link> candidate_links(const std::vector<Unit>& units, const Scorer& scorer, float threshold) {
  std::unordered_map<std::string, std::vector<uint32_t>> postings;
  for (uint32_t u = 0; u < units.size(); ++u)
    for (const auto& t : units[u].content.terms)
      if (scorer.df(t) <= kMaxPostings) postings[t].push_back(u);

  std::vector<Link> links;
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
        if (v <= u || units[v].article == units[u].article) continue;
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
      float s = scorer.score(u, v);
      if (s >= threshold) links.push_back({s, u, v});
    }
  }
  std::sort(links.begin(), links.end(), [](const Link& x, const Link& y) {
    return x.score != y.score ? x.score > y.score : (x.a != y.a ? x.a < y.a : x.b < y.b);
  });
  return links;
}

// Greedy linking, strongest first: a link joins two groups unless they both
// hold a claim of the same article (one article states a claim once).
struct Groups {
  std::vector<uint32_t> parent;
  std::vector<std::vector<uint32_t>> articles;  // per root, sorted
  std::vector<float> score_sum;
  std::vector<uint32_t> links;

  explicit Groups(const std::vector<Unit>& units)
      : parent(units.size()), articles(units.size()), score_sum(units.size(), 0), links(units.size(), 0) {
    std::iota(parent.begin(), parent.end(), 0u);
    for (uint32_t u = 0; u < units.size(); ++u) articles[u] = {units[u].article};
  }
  uint32_t find(uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void link(const Link& l) {
    uint32_t ra = find(l.a), rb = find(l.b);
    if (ra == rb) return;
    if (articles[ra].size() < articles[rb].size()) std::swap(ra, rb);
    for (uint32_t art : articles[rb])
      if (std::binary_search(articles[ra].begin(), articles[ra].end(), art)) return;
    std::vector<uint32_t> merged;
    std::merge(articles[ra].begin(), articles[ra].end(), articles[rb].begin(), articles[rb].end(),
               std::back_inserter(merged));
    articles[ra] = std::move(merged);
    articles[rb].clear();
    parent[rb] = ra;
    score_sum[ra] += score_sum[rb] + l.score;
    links[ra] += links[rb] + 1;
  }
};

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
  result.speaker_map = merged.map;
  result.speakers = std::move(merged.speakers);
  merged.speakers.clear();

  std::vector<Unit> units = build_units(docs, merged);
  Scorer scorer(units);
  Groups groups(units);
  for (const Link& l : candidate_links(units, scorer, options.threshold)) groups.link(l);

  std::vector<int32_t> cluster_of_root(units.size(), kNone);
  for (uint32_t u = 0; u < units.size(); ++u) {
    uint32_t root = groups.find(u);
    if (cluster_of_root[root] == kNone) {
      cluster_of_root[root] = int32_t(result.clusters.size());
      ClaimCluster c;
      c.unique = groups.articles[root].size() <= 1;
      c.score = groups.links[root] ? groups.score_sum[root] / float(groups.links[root]) : 0.0f;
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
