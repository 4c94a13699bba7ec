// Issue 4 (speakers97): the subject of a speech act ("described", "accused", "criticized")
// that the mention grammar does not read, read as a plain speech verb's loose subject is
// (reported_rare.cpp: speech_act_subject). Sentences of our own.
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

TEST_CASE("a speech act's subject that the mention grammar does not read") {
  auto d = run("Several of her old allies have described the toll as a costly mistake.");
  CHECK(source_of_claim(d, "the toll as") == "Several of her old allies");
  auto e = run("Harbour guards accused the board of hiding the costs.");
  CHECK(source_of_claim(e, "the board of") == "Harbour guards");
}

TEST_CASE("traps: words before a speech act that are no subject") {
  // A pronoun or a subordinator inside: a clause of its own.
  auto d = run("It was not as if she had ever blamed the pier crews.");
  CHECK(source_of_claim(d, "the pier crews") == "?");
  // A participle after its noun, then a preposition: no speech act.
  auto e = run("The pier described in the report was closed in May.");
  CHECK(d.claims.empty());
  CHECK(e.claims.empty());
}
