#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "annotate.h"

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
