#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "annotate.h"
#include "evidence.h"
#include "evidence_words.h"
#include "lexicon.h"
#include "rules/evidence.h"

using namespace claimscope;

namespace {

// "kind:text" for every evidence span, in order.
std::vector<std::string> evidence_of(const std::string& text) {
  auto d = annotate(text).doc;
  std::vector<std::string> out;
  for (const auto& e : d.evidence) out.push_back(std::string(evidence_kind_name(e.kind)) + ":" + d.text.substr(e.span.start, e.span.size()));
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("evidence: money with symbols, scales and currency names") {
  CHECK(evidence_of("The city borrowed $3.1 billion last spring.") == V{"money:$3.1 billion"});
  CHECK(evidence_of("Tickets cost €45 each and the club made £12m.") == V{"money:€45", "money:£12m"});
  CHECK(evidence_of("She was fined 500 euros for the error.") == V{"money:500 euros"});
}

TEST_CASE("evidence: percentages in all three spellings") {
  CHECK(evidence_of("Turnout fell to 61.5% from 70 percent.") == V{"percent:61.5%", "percent:70 percent"});
  CHECK(evidence_of("Rents went up 8 per cent, or two percentage points.") ==
        V{"percent:8 per cent", "percent:two percentage points"});
}

TEST_CASE("evidence: quantities take their counted noun, ranges and compounds") {
  CHECK(evidence_of("About 2,500 workers joined the strike.") == V{"quantity:2,500 workers"});
  CHECK(evidence_of("Repairs will take five to six months.") == V{"quantity:five to six months"});
  CHECK(evidence_of("A 300-mile pipeline crosses the valley.") == V{"quantity:300-mile"});
  CHECK(evidence_of("Officials counted 12 million voters.") == V{"quantity:12 million voters"});
}

TEST_CASE("evidence: spelled-out numbers alone are not evidence") {
  CHECK(evidence_of("One of them left, and two stayed.").empty());
  CHECK(evidence_of("The vote was 7.").size() == 1);
}

TEST_CASE("evidence: dates") {
  CHECK(evidence_of("The treaty was signed on Sept. 3, 1998, in Geneva.") == V{"date:Sept. 3, 1998"});
  CHECK(evidence_of("Talks resume on Thursday.") == V{"date:Thursday"});
  CHECK(evidence_of("Elections are due on 4 July 2027.") == V{"date:4 July 2027"});
  CHECK(evidence_of("The plant closed in 2009.") == V{"date:2009"});
  CHECK(evidence_of("Sales peaked in the 1980s.") == V{"date:1980s"});
  CHECK(evidence_of("They restored a 1960s sleeping car.") == V{"date:1960s"});
  CHECK(evidence_of("About 1960 wagons were built.") == V{"quantity:1960 wagons"});
  CHECK(evidence_of("The report came out in November.") == V{"date:November"});
}

TEST_CASE("evidence: 'may' and 'march' need a day or a year") {
  CHECK(evidence_of("Officials may March with them.").empty());
  CHECK(evidence_of("The strike began in March 2020.") == V{"date:March 2020"});
  CHECK(evidence_of("It started May 5.") == V{"date:May 5"});
}

TEST_CASE("evidence: times") {
  CHECK(evidence_of("The polls close at 8 p.m. local time.") == V{"time:8 p.m."});
  CHECK(evidence_of("The train left at 06:45 and arrived at 11am.") == V{"time:06:45", "time:11am"});
}

TEST_CASE("evidence: spans are sorted and never overlap, whatever the input") {
  for (const std::string text : {"$$$ 1 2 3 % % 4,5,6 to to 7", "Jan. Feb. 1 2 March May 2020s 1999-2000",
                                 "", "9:", "$", "€1bn bn m"}) {
    auto d = annotate(text).doc;
    uint32_t last = 0;
    for (const auto& e : d.evidence) {
      CHECK(e.span.start >= last);
      CHECK(e.span.end > e.span.start);
      CHECK(e.span.end <= d.text.size());
      last = e.span.end;
    }
  }
}

TEST_CASE("evidence: a run of one mark is not that mark") {
  // "...." after a time is trailing punctuation, not the abbreviation's dot;
  // a run of percent signs is not a percent sign.
  CHECK(evidence_of("The vote closed at 9 p.m.... and then it rained.") == V{"time:9 p.m"});
  CHECK(evidence_of("The vote closed at 9 p.m. and then it rained.") == V{"time:9 p.m."});
  CHECK(evidence_of("Prices rose 5%%%% overnight.") == V{"number:5"});
}

// annotate() finds evidence only at the tokens where it may start (the word
// features' one lookup per word says where: check-worthiness, evidence.h's
// may_start_evidence); find_evidence steps through every token. Paragraphs of
// my own with numbers, money, percentages, dates, units and non-ASCII marks
// next to them, and near misses.
namespace {

const char* const kStartParagraphs[] = {
    "On Tuesday the board cut $4.5 billion, or 12 percent, from a budget of ¥900bn.",
    "Two trucks carried 3,000 litres of water; seventy more came in May 2021 and MARCH 3.",
    "The mayor may speak at 7 p.m. or at noon. Sales rose 9% in Q3, said the C.F.O. Jan Nowak.",
    "Prices: £15, €2.50 and ₹1,200 each. $$$$ 40 $$ 7 %%%% 8%. “Forty-two people,” she said, “left on Feb. 2.”",
    "Élodie counted 1234567890123456789012345678th items and 31st places; the U.S.Army paid 5 dollars.",
    "It was twenty to thirty minutes late. Hundreds left. Millions watched, and 1990s songs played.",
    "— 5 — (6) [seven] 8-year-old ten-year-old 1,000-kilometer 2.4m Sun. Monday? december, Sept. 9th.",
    "Ça coûte 3 € ; naïve café owners earned 40 euros per cent of the time on Sunday 4 July 2027",
    "",
    "$",
    "May",
    "9",
};

std::vector<std::pair<uint32_t, uint32_t>> spans_and_kinds(const std::vector<Evidence>& evidence) {
  std::vector<std::pair<uint32_t, uint32_t>> out;
  for (const Evidence& e : evidence) {
    out.push_back({e.span.start, e.span.end});
    out.push_back({uint32_t(e.kind), 0});
  }
  return out;
}

// may_start_evidence from the tables themselves (no index, no filter).
bool starts_here(const EvidenceWord& w) {
  auto in = [&](const auto& table) {
    for (const WordRule& r : table) {
      if (w.text() == r.text) return true;
    }
    return false;
  };
  return may_start_evidence(w, w.is_word() && in(rules::kNumberWords),
                            w.is_word() && (in(rules::kMonths) || in(rules::kWeekdays)));
}

}  // namespace

TEST_CASE("evidence: visiting only where it may start finds what stepping every token finds") {
  for (const char* text : kStartParagraphs) {
    INFO(text);
    const std::string t(text);
    EvidenceWords words;
    lex_evidence_words(t, {0, uint32_t(t.size())}, words);
    std::vector<const EvidenceWord*> starts;
    for (const EvidenceWord& w : words.words) {
      if (starts_here(w)) starts.push_back(&w);
    }
    std::vector<Evidence> every, only;
    find_evidence_in(words, t, every);
    find_evidence_at(words.words, starts, t, only);
    CHECK(spans_and_kinds(only) == spans_and_kinds(every));
    // All tokens as starts: the same again.
    std::vector<const EvidenceWord*> all;
    for (const EvidenceWord& w : words.words) all.push_back(&w);
    std::vector<Evidence> from_all;
    find_evidence_at(words.words, all, t, from_all);
    CHECK(spans_and_kinds(from_all) == spans_and_kinds(every));
  }
}

TEST_CASE("evidence: annotate() finds what find_evidence finds, paragraph by paragraph") {
  std::string joined;
  for (const char* text : kStartParagraphs) {
    joined += text;
    joined += "\n\n";
    auto d = annotate(text).doc;
    const auto got = spans_and_kinds(d.evidence);
    find_evidence(d);
    CHECK(got == spans_and_kinds(d.evidence));
  }
  // And in one document, where paragraphs reuse the buffers.
  auto d = annotate(joined).doc;
  const auto got = spans_and_kinds(d.evidence);
  CHECK(!got.empty());
  find_evidence(d);
  CHECK(got == spans_and_kinds(d.evidence));
}

TEST_CASE("evidence: where it may start") {
  EvidenceWords words;
  // "$$$$" is a run of one mark (mark_runs.h), no currency sign; "$$" two signs.
  const std::string t = "In May 2019, may 4 two $ $$$$ $$ € x";
  lex_evidence_words(t, {0, uint32_t(t.size())}, words);
  std::string starts;
  for (const EvidenceWord& w : words.words) {
    if (starts_here(w)) starts += std::string(t, w.span.start, w.span.size()) + "|";
  }
  CHECK(starts == "May|2019|4|two|$|$|$|€|");
}
