// HedgeIndex::mark walks on from its last answer (claims come in text order);
// in any order of claims it must answer as a fresh index does.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "hedges.h"
#include "tokens.h"

using namespace claimscope;

namespace {

Span span_of(const std::string& text, const std::string& part) {
  const size_t at = text.find(part);
  REQUIRE(at != std::string::npos);
  return {uint32_t(at), uint32_t(at + part.size())};
}

}  // namespace

TEST_CASE("HedgeIndex::mark: the first hedge inside the claim, in any order of claims") {
  const std::string text =
      "The ferry could leave early, the harbour office said, and the tolls may rise, reportedly by a lot.";
  ParagraphView v;
  tokenize(text, {0, uint32_t(text.size())}, v.toks, v.lowered);
  const std::vector<Span> claims = {
      span_of(text, "The ferry could leave early"), span_of(text, "the harbour office said"),
      span_of(text, "the tolls may rise"), span_of(text, "the tolls may rise, reportedly by a lot"),
      span_of(text, "by a lot"), span_of(text, "reportedly by a lot")};
  auto fresh = [&](Span s) {
    Claim c;
    c.span = s;
    HedgeIndex(v).mark(c);
    return c;
  };
  CHECK(fresh(claims[0]).hedged);
  CHECK(fresh(claims[0]).hedge == span_of(text, "could"));
  CHECK_FALSE(fresh(claims[1]).hedged);
  CHECK(fresh(claims[2]).hedge == span_of(text, "may"));
  CHECK_FALSE(fresh(claims[4]).hedged);
  CHECK(fresh(claims[5]).hedge == span_of(text, "reportedly"));
  // One index, claims in text order, then going back and forth.
  HedgeIndex index(v);
  for (size_t order : {0, 1, 2, 3, 4, 5, 2, 0, 5, 1, 4, 3, 0}) {
    Claim c;
    c.span = claims[order];
    index.mark(c);
    const Claim expected = fresh(claims[order]);
    CHECK(c.hedged == expected.hedged);
    CHECK(c.hedge == expected.hedge);
  }
}
