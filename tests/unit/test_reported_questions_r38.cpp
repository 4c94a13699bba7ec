// Session 38 (reported129): a question put to a listener starts at its opener ("asked
// workers if …", "kept asking her why …"), as "asked Ruiz whether …" already did.
// Sentences written for these tests.
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

TEST_CASE("a question put to a listener starts at its opener") {
  const CueCase cases[] = {
      // A lower-case listener, and a "to" inside the question: no appeal "asked X to".
      {"The harbour master asked skippers if they planned to moor at the north pier.",
       "if they planned to moor at the north pier", "The harbour master", "asked"},
      // The other forms of "ask" after a pronoun or a noun phrase as listener.
      {"The councillor kept asking her why the ferry fee had doubled.", "why the ferry fee had doubled",
       "The councillor", "asking"},
      {"Every week the union asks its members whether the strike should go on.", "whether the strike should go on",
       "the union", "asks"},
  };
  for (const CueCase& k : cases) check_cue_claim(k);
}

TEST_CASE("an appeal with a listener keeps its listener and its to-clause") {
  // The traps: "asked X to …" is a request whose listener is part of it, and a participle
  // "asking whether …" after a comma is the sentence's speaker asking.
  check_cue_claim({"The harbour master asked skippers to moor at the north pier.",
                   "skippers to moor at the north pier", "The harbour master", "asked"});
  check_cue_claim({"The harbour master criticized the board, asking whether the pier would reopen.",
                   "whether the pier would reopen", "The harbour master", "asking"});
}
