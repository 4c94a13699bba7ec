// Hedge cues: words and phrases that mark a statement as uncertain.
#pragma once

#include "../lexicon.h"

namespace claimscope::rules {

CLAIMSCOPE_WORD_RULES(kHedgeWords) = {
    {"could", "hedge.modal.could", "possibility modal"}, {"may", "hedge.modal.may", "possibility modal"},
    {"might", "hedge.modal.might", "possibility modal"}, {"appear", "hedge.verb.appear", "appearance, not fact"},
    {"appears", "hedge.verb.appear", "appearance, not fact"}, {"appeared", "hedge.verb.appear", "appearance, not fact"},
    {"seem", "hedge.verb.seem", "appearance, not fact"}, {"seems", "hedge.verb.seem", "appearance, not fact"},
    {"seemed", "hedge.verb.seem", "appearance, not fact"}, {"suggest", "hedge.verb.suggest", "tentative inference"},
    {"suggests", "hedge.verb.suggest", "tentative inference"}, {"suggested", "hedge.verb.suggest", "tentative inference"},
    {"likely", "hedge.adv.likely", "probability"}, {"unlikely", "hedge.adv.unlikely", "probability"},
    {"probably", "hedge.adv.probably", "probability"}, {"possibly", "hedge.adv.possibly", "possibility"},
    {"possible", "hedge.adj.possible", "possibility"}, {"perhaps", "hedge.adv.perhaps", "possibility"},
    {"maybe", "hedge.adv.maybe", "possibility"}, {"reportedly", "hedge.adv.reportedly", "second-hand report"},
    {"allegedly", "hedge.adv.allegedly", "unproven accusation"}, {"alleged", "hedge.adj.alleged", "unproven accusation"},
    {"apparently", "hedge.adv.apparently", "appearance, not fact"}, {"unclear", "hedge.adj.unclear", "stated uncertainty"},
    {"uncertain", "hedge.adj.uncertain", "stated uncertainty"}, {"presumably", "hedge.adv.presumably", "assumption"},
    {"potentially", "hedge.adv.potentially", "possibility"}, {"potential", "hedge.adj.potential", "possibility"},
    {"supposedly", "hedge.adv.supposedly", "doubtful claim"}, {"purportedly", "hedge.adv.purportedly", "doubtful claim"},
    {"estimated", "hedge.adj.estimated", "approximate figure"}, {"roughly", "hedge.adv.roughly", "approximate figure"},
    {"approximately", "hedge.adv.approximately", "approximate figure"},
    {"estimate", "hedge.verb.estimate", "approximate figure"}, {"estimates", "hedge.verb.estimate", "approximate figure"},
    {"speculate", "hedge.verb.speculate", "conjecture"}, {"speculates", "hedge.verb.speculate", "conjecture"},
    {"speculated", "hedge.verb.speculate", "conjecture"},
    {"believed", "hedge.verb.believed", "belief, not fact"}, {"thought", "hedge.verb.thought", "belief, not fact"},
    {"think", "hedge.verb.think", "opinion"}, {"believe", "hedge.verb.believe", "opinion"},
    {"would", "hedge.modal.would", "conditional"}, {"somewhat", "hedge.adv.somewhat", "attenuation"},
    {"unconfirmed", "hedge.adj.unconfirmed", "not verified"}, {"rumored", "hedge.adj.rumored", "rumour"},
};

// Two-word hedges, matched on adjacent words.
CLAIMSCOPE_WORD_RULES(kHedgePhrases) = {
    {"not clear", "hedge.phrase.not_clear", "stated uncertainty"},
    {"not known", "hedge.phrase.not_known", "stated uncertainty"},
    {"not certain", "hedge.phrase.not_certain", "stated uncertainty"},
    {"no evidence", "hedge.phrase.no_evidence", "unsupported"},
    {"it appears", "hedge.phrase.it_appears", "appearance, not fact"},
};

}  // namespace claimscope::rules
