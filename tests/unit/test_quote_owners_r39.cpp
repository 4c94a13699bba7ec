// Issue 4 (quotes134, thirty-ninth round): two named leftovers of the quotation rules.
// (1) statement_owner reads a name in -s with the apostrophe alone ("Gates’ claim"), for every
// reader of a statement noun's owner: the quote context, the reported-speech Finder and the
// wording aside ("in Gates’ own words"). (2) Inside another speaker's reported clause, a subject
// and a verb that is no speech cue after a quotation ("…,” the board voted …") open the writer's
// own clause: the quotation stays the clause's, and the clause ends with it. Sentences of our own.
#include <doctest/doctest.h>

#include <string>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

TEST_CASE("a name in -s with the apostrophe alone owns a statement noun") {
  // The Finder's owned statement.
  check_claim_span_speaker({"The board rejected Gates\u2019 claim that the toll was fair.", "that the toll",
                            "that the toll was fair", "Gates"});
  // The straight apostrophe too.
  check_claim_speaker({"The board rejected Ana Gates' warning that the pier would close.", "that the pier", "Ana Gates"});
  // The quote context: the fragment in the owner's that-clause is the owner's.
  check_claim_speaker({"Few skippers believed Gates\u2019 claim that the toll was \u201ca fair price.\u201d",
                       "\u201ca fair price.\u201d", "Gates", ClaimKind::quote});
  // The wording aside, with "own" between the owner and "words".
  check_claim_speaker({"In Gates\u2019 own words, \u201cthe toll is a fair price.\u201d",
                       "\u201cthe toll is a fair price.\u201d", "Gates", ClaimKind::quote});
}

TEST_CASE("traps: apostrophes that make no owner") {
  // A lower-case plural owns nothing by name.
  check_no_claim_by({"The board rejected the skippers\u2019 claim that the toll was fair.", "skippers"});
  // The apostrophe apart from the name, and a name not in -s.
  check_no_claim_by({"The board rejected Gates \u2019 claim that the toll was fair.", "Gates"});
  check_no_claim_by({"The board rejected Ruiz\u2019 claim that the toll was fair.", "Ruiz"});
}

TEST_CASE("inside a reported clause, a subject and a verb that is no cue after a quotation end the clause") {
  check_claim_span_speaker({"Ruiz said the plan was \u201ca disgrace,\u201d the board voted for it anyway.", "the plan",
                            "the plan was \u201ca disgrace,\u201d", "Ruiz"});
  // The quotation is the clause's, not the board's.
  check_claim_speaker({"Ruiz said the plan was \u201ca disgrace,\u201d the board voted for it anyway.",
                       "\u201ca disgrace,\u201d", "Ruiz", ClaimKind::quote});
  check_no_claim_by({"Ruiz said the ferry would \u201ckeep every skipper working,\u201d the crowd applauded loudly.",
                     "crowd"});
  // The subject is still a person named for a later he or she.
  check_claim_speaker({"Tom Ek said the plan was \u201ca disgrace,\u201d Ana Beck sighed. \u201cWe will vote again,\u201d she "
                       "said.",
                       "\u201cWe will vote again", "Ana Beck", ClaimKind::quote});
}

TEST_CASE("traps: a speech cue after the quotation, and a quotation in no reported clause") {
  // A cue of speech after it reports the quotation (and the clause it closes) as before.
  check_claim_speaker({"Ruiz said the plan was \u201ca disgrace,\u201d Beck said on Monday.", "\u201ca disgrace,\u201d",
                       "Beck", ClaimKind::quote});
  // So does a quoting verb: the name after the quotation gave it those words.
  check_claim_speaker({"Tom Beck said the levy was \u201ca quiet tax,\u201d Ana Ruiz called it.", "\u201ca quiet tax",
                       "Ana Ruiz", ClaimKind::quote});
  // Outside a reported clause any verb after a quotation that goes on reports it.
  check_only_quote_speaker({"\u201cWe will build the new pier,\u201d the board voted on Monday.", "board"});
  check_only_quote_speaker({"\u201cNot this year,\u201d Brandt shot back.", "Brandt"});
}
