// Quote attribution after the walk: the pieces of a quotation share a speaker, speakers are
// resolved in order of their mentions, and the records become claims in text order.
#include "attributor.h"

#include <numeric>

#include "annotate_scratch.h"
#include "nearly_sorted.h"

namespace claimscope::attribution_detail {

// A quotation in pieces (over several paragraphs, or split around its cue) is one statement
// of one speaker, wherever its cue stands: “… ¶ “…,” Mayor Ek said. The pieces before the
// first one with a cue or a speaker of its own, which have neither (none found, or only the
// last speaker carried over), take that piece's speaker. The pieces after it already
// continue the nearest piece before them (add_quote): a mark left open in the source can
// join a second speaker's quotation to the group, and it keeps its own speaker. After the walk, so a cue in a later paragraph reaches back;
// pieces are consecutive quotes, so one pass over the quotes and one over the records.
void Attributor::share_group_speakers() {
  const std::vector<Quote>& quotes = doc_.quotes;
  if (std::none_of(quotes.begin(), quotes.end(), [](const Quote& x) { return x.group != kNone; })) return;
  constexpr int32_t kUnnamed = -2;
  std::vector<int32_t>& record = indexes_;
  record.assign(quotes.size(), kNone);
  for (size_t i = 0; i < attrs_.size(); ++i) {
    if (attrs_[i].quote != kNone) record[attrs_[i].quote] = int32_t(i);
  }
  for (uint32_t qi : unnamed_pieces_) record[qi] = kUnnamed;
  for (size_t s = 0; s < quotes.size();) {
    size_t e = s + 1;
    if (quotes[s].group == kNone) {
      s = e;
      continue;
    }
    while (e < quotes.size() && quotes[e].group == quotes[s].group) ++e;
    size_t named = s;  // the first piece with a cue or a speaker of its own
    while (named < e && !(record[named] >= 0 && names_own_speaker(attrs_[record[named]]))) ++named;
    const int32_t root = named < e ? root_of(record[named]) : kNone;
    if (root != kNone && !attrs_[root].source.empty()) {
      // Only across pieces opened by the same mark: a quotation re-opens each paragraph with its
      // own mark, and a piece in other marks before it ("… ¶ “…,” King said.) is a quoted
      // excerpt that quotes someone inside it, not that person's words.
      const char32_t mark = utf8::decode(doc_.text, quotes[named].span.start).cp;
      size_t from = named;
      while (from > s && utf8::decode(doc_.text, quotes[from - 1].span.start).cp == mark) --from;
      for (size_t j = from; j < named; ++j) {
        if (record[j] == kUnnamed) {
          Attribution a;
          a.kind = ClaimKind::quote;
          a.content = quotes[j].span;
          a.quote = int32_t(j);
          a.paragraph = quotes[j].paragraph;
          a.inherit = root;  // (a later record: resolve_speakers reads roots first)
          attrs_.push_back(a);
        } else if (record[j] >= 0 && root_of(record[j]) != root) {
          attrs_[record[j]].inherit = root;
        }
      }
    }
    s = e;
  }
}

void Attributor::resolve_speakers() {
  // Natively the kept registry, emptied (its memory from earlier documents
  // reused); the page's module, which keeps nothing, one of its own.
  std::optional<SpeakerRegistry> own_registry;
  SpeakerRegistry* kept = nullptr;
#if !defined(__wasm__)
  if (kept_) {
    kept = &kept_registry();
    kept->start(doc_.speakers, doc_.text, &doc_.scratch->speakers);
  }
#endif
  SpeakerRegistry& registry = kept ? *kept : own_registry.emplace(doc_.speakers, doc_.text);
  std::vector<int32_t>& own = indexes_;
  own.clear();
  for (size_t i = 0; i < attrs_.size(); ++i) {
    if (!attrs_[i].source.empty()) own.push_back(int32_t(i));
  }
  stable_sort_nearly_sorted(own.begin(), own.end(),
                            [&](int32_t a, int32_t b) { return attrs_[a].source.start < attrs_[b].source.start; });
  size_t person = 0;
  for (int32_t i : own) {
    Attribution& a = attrs_[i];
    for (; person < people_.size() && people_[person].mention.start < a.source.start; ++person) {
      const Person& p = people_[person];
      if (p.described) registry.note_described(p.name, p.mention, p.paragraph);
      else registry.note_person(p.name, p.mention, p.paragraph, p.titled);
    }
    if (a.names != kNone) {
      const MentionNames& n = names_[a.names];
      a.speaker = registry.add_named(n.name, a.name_span, a.paragraph);
      if (!n.partners.empty()) {
        a.speakers.push_back(a.speaker);
        for (const auto& [name, span] : n.partners) {
          int32_t other = registry.add_named(name, span, a.paragraph);
          if (std::find(a.speakers.begin(), a.speakers.end(), other) == a.speakers.end()) a.speakers.push_back(other);
        }
        if (a.speakers.size() < 2) a.speakers.clear();
        else registry.add_group(a.speakers, a.paragraph);  // "Chile and Peru": a later "they"
      }
    } else {
      // The pronoun as its token reads it: a view of the document's lowered copy, where
      // there is one, not a lower-cased copy per claim (~130 instructions a pronoun
      // claim on the "who said" paste: bench/speed-history.md, bytes136).
      std::string copy;
      const std::string_view pronoun =
          doc_.lowered ? std::string_view(doc_.lowered->lower() + a.source.start, a.source.size())
                       : std::string_view(copy = utf8::lower(std::string_view(doc_.text).substr(a.source.start, a.source.size())));
      a.speaker = registry.add_pronoun(a.source, pronoun, a.paragraph, a.speakers);
    }
  }
  // Inheritance points back to an earlier attribution, or (share_group_speakers) to a root,
  // which inherits nothing: in order, each record's source is final when it is read.
  for (Attribution& a : attrs_) {
    if (a.inherit == kNone) continue;
    const Attribution& from = attrs_[a.inherit];
    a.speaker = from.speaker;
    a.speakers = from.speakers;
    a.source = from.source;
    if (a.cue.empty()) a.cue = from.cue;
  }
  registry.finish();
}

// Claims come in text order, so the paragraph stays or moves forward: a
// cursor walks the list, and a binary search finds it when it goes back.
void Attributor::mark_hedge(uint32_t paragraph, Claim& c) {
  size_t& i = hedge_at_;
  if (i < hedges_.size() && hedges_[i].paragraph > paragraph) {
    auto before = [](const ParagraphHedges& h, uint32_t p) { return h.paragraph < p; };
    i = size_t(std::lower_bound(hedges_.begin(), hedges_.end(), paragraph, before) - hedges_.begin());
  }
  while (i < hedges_.size() && hedges_[i].paragraph < paragraph) ++i;
  if (i < hedges_.size() && hedges_[i].paragraph == paragraph) {
    ParagraphHedges& h = hedges_[i];
    claimscope::mark_hedge(std::span<const Span>(hedge_spans_.data() + h.first, h.end - h.first), h.cursor, c);
  }
}

void Attributor::write_claims() {
  // Claims in text order. The order is sorted, not the records: an
  // Attribution is large to move.
  std::vector<uint32_t>& order = order_;
  order.resize(attrs_.size());
  std::iota(order.begin(), order.end(), 0u);
  auto in_text_order = [&](uint32_t x, uint32_t y) {
    const Attribution& a = attrs_[x];
    const Attribution& b = attrs_[y];
    return a.content.start != b.content.start ? a.content.start < b.content.start : a.content.end > b.content.end;
  };
  stable_sort_nearly_sorted(order.begin(), order.end(), in_text_order);
  doc_.claims.reserve(doc_.claims.size() + order.size());  // one claim per attribution
  for (uint32_t i : order) {
    const Attribution& a = attrs_[i];
    if (!a.claim) continue;
    Claim c;
    c.span = a.content;
    c.kind = a.kind;
    c.speaker = a.speaker;
    c.speakers = a.speakers;
    c.source = a.source;
    c.cue = a.cue;
    c.quote = a.quote;
    if (a.quote != kNone) {
      Quote& q = doc_.quotes[a.quote];
      q.speaker = a.speaker;
      q.source = a.source;
      q.cue = a.cue;
    }
    mark_hedge(a.paragraph, c);
    doc_.claims.push_back(std::move(c));
  }
}

}  // namespace claimscope::attribution_detail
