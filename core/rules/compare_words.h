// Word tables for comparing claims across articles (core/compare*.cpp).
//
// Stop words carry no claim content: two outlets paraphrasing one statement
// rarely agree on them, so they are left out of similarity scores and diffs.
// Negations and modal verbs are NOT stop words: "did not" versus "did"
// changes what a claim says.
#pragma once

#include "../lexicon.h"

namespace claimscope::rules {

CLAIMSCOPE_WORD_RULES(kCompareStopWords) = {
    {"a", "stop.a", "article"}, {"an", "stop.an", "article"}, {"the", "stop.the", "article"},
    {"and", "stop.and", "conjunction"}, {"or", "stop.or", "conjunction"}, {"but", "stop.but", "conjunction"},
    {"so", "stop.so", "connective"}, {"yet", "stop.yet", "connective"}, {"also", "stop.also", "connective"},
    {"then", "stop.then", "connective"}, {"however", "stop.however", "connective"},
    {"of", "stop.of", "preposition"}, {"to", "stop.to", "preposition"}, {"in", "stop.in", "preposition"},
    {"on", "stop.on", "preposition"}, {"at", "stop.at", "preposition"}, {"by", "stop.by", "preposition"},
    {"for", "stop.for", "preposition"}, {"with", "stop.with", "preposition"}, {"from", "stop.from", "preposition"},
    {"into", "stop.into", "preposition"}, {"about", "stop.about", "preposition"}, {"as", "stop.as", "preposition"},
    {"that", "stop.that", "complementiser"}, {"which", "stop.which", "relative pronoun"},
    {"who", "stop.who", "relative pronoun"}, {"whether", "stop.whether", "complementiser"},
    {"if", "stop.if", "complementiser"},
    {"this", "stop.this", "demonstrative"}, {"these", "stop.these", "demonstrative"},
    {"those", "stop.those", "demonstrative"}, {"there", "stop.there", "expletive"}, {"it", "stop.it", "pronoun"},
    {"its", "stop.its", "pronoun"}, {"it's", "stop.its_contraction", "pronoun + be"},
    {"they", "stop.they", "pronoun"}, {"their", "stop.their", "pronoun"}, {"them", "stop.them", "pronoun"},
    {"we", "stop.we", "pronoun"}, {"our", "stop.our", "pronoun"}, {"us", "stop.us", "pronoun"},
    {"he", "stop.he", "pronoun"}, {"she", "stop.she", "pronoun"}, {"his", "stop.his", "pronoun"},
    {"her", "stop.her", "pronoun"}, {"i", "stop.i", "pronoun"}, {"you", "stop.you", "pronoun"},
    {"is", "stop.is", "copula"}, {"are", "stop.are", "copula"}, {"was", "stop.was", "copula"},
    {"were", "stop.were", "copula"}, {"be", "stop.be", "copula"}, {"been", "stop.been", "copula"},
    {"being", "stop.being", "copula"}, {"has", "stop.has", "auxiliary"}, {"have", "stop.have", "auxiliary"},
    {"had", "stop.had", "auxiliary"}, {"do", "stop.do", "auxiliary"}, {"does", "stop.does", "auxiliary"},
    {"did", "stop.did", "auxiliary"}, {"we've", "stop.weve", "pronoun + auxiliary"},
    {"that's", "stop.thats", "demonstrative + be"}, {"what", "stop.what", "wh-word"},
    {"said", "stop.said", "speech verb: the claim's frame, not its content"},
    {"says", "stop.says", "speech verb: the claim's frame, not its content"},
    {"say", "stop.say", "speech verb: the claim's frame, not its content"},
    {"any", "stop.any", "determiner"}, {"some", "stop.some", "determiner"},
    {"very", "stop.very", "intensifier"}, {"just", "stop.just", "intensifier"},
    {"of course", "stop.of_course", "discourse marker (multi-word entries are ignored)"},
};

// Titles and role words that precede or replace a person's name in a
// speaker mention. Outlets (and translations) disagree on them, so they are
// dropped before names are matched ("Foreign Minister Blinken" = "Blinken").
CLAIMSCOPE_WORD_RULES(kSpeakerTitleWords) = {
    {"president", "title.president", "head of state"}, {"vice", "title.vice", "vice president"},
    {"prime", "title.prime", "prime minister"}, {"minister", "title.minister", "government minister"},
    {"foreign", "title.foreign", "foreign minister"}, {"secretary", "title.secretary", "minister or officer"},
    {"secretary-general", "title.secretary_general", "head of an international body"},
    {"general", "title.general", "secretary general or military rank"}, {"state", "title.state", "secretary of state"},
    {"of", "title.of", "inside a title (secretary of state)"}, {"chief", "title.chief", "head of an organisation"},
    {"defense", "title.defense", "defense minister"}, {"defence", "title.defence", "defence minister"},
    {"us", "title.us", "nationality before a title"}, {"u.s.", "title.u.s", "nationality before a title"},
    {"senator", "title.senator", "legislator"}, {"sen.", "title.sen", "abbreviated senator"},
    {"mr.", "title.mr", "courtesy title"}, {"mr", "title.mr_nodot", "courtesy title"},
    {"mrs.", "title.mrs", "courtesy title"}, {"ms.", "title.ms", "courtesy title"}, {"ms", "title.ms_nodot", "courtesy title"},
    {"dr.", "title.dr", "academic title"}, {"gen.", "title.gen", "military rank"},
    {"spokesman", "title.spokesman", "role noun"}, {"spokeswoman", "title.spokeswoman", "role noun"},
    {"ambassador", "title.ambassador", "diplomat"}, {"chancellor", "title.chancellor", "head of government"},
    {"governor", "title.governor", "head of a state or bank"}, {"mayor", "title.mayor", "head of a city"},
    {"nato", "title.nato", "organisation before a title (NATO chief)"},
    {"white", "title.white", "White House before a title"}, {"house", "title.house", "White House before a title"},
    {"press", "title.press", "press secretary"},
};

// Role nouns of someone who speaks for an institution: "a spokesman for the
// ministry" says what "the ministry said" does, so the speaker is the ministry.
CLAIMSCOPE_WORD_RULES(kSpokespersonWords) = {
    {"spokesman", "speaks_for.spokesman", "speaks for an institution"},
    {"spokeswoman", "speaks_for.spokeswoman", "speaks for an institution"},
    {"spokesperson", "speaks_for.spokesperson", "speaks for an institution"},
    {"representative", "speaks_for.representative", "speaks for an institution"},
};

// Determiners dropped from institution names ("the Kremlin" = "Kremlin").
CLAIMSCOPE_WORD_RULES(kInstitutionDeterminers) = {
    {"the", "inst.the", "definite article"},
};

// The verb "be" as a copula: in "X is wrong" the word after it is what the
// claim asserts about X (compare_text.cpp: verdicts).
CLAIMSCOPE_WORD_RULES(kCopulas) = {
    {"is", "cop.is", "present"},       {"are", "cop.are", "present plural"},
    {"was", "cop.was", "past"},        {"were", "cop.were", "past plural"},
    {"be", "cop.be", "after a modal (will be, would be)"}, {"been", "cop.been", "perfect (has been)"},
    {"isn't", "cop.isnt", "negated present"}, {"aren't", "cop.arent", "negated present plural"},
    {"wasn't", "cop.wasnt", "negated past"},  {"weren't", "cop.werent", "negated past plural"},
    {"isn\u2019t", "cop.isnt_curly", "negated present, typographic apostrophe"},
    {"aren\u2019t", "cop.arent_curly", "negated present plural, typographic apostrophe"},
    {"wasn\u2019t", "cop.wasnt_curly", "negated past, typographic apostrophe"},
    {"weren\u2019t", "cop.werent_curly", "negated past plural, typographic apostrophe"},
};

// Negations between a copula and its complement ("is not wrong", "was never
// illegal"), and the copulas that carry one themselves.
CLAIMSCOPE_WORD_RULES(kPredicateNegations) = {
    {"not", "neg.not", "is not X"},      {"never", "neg.never", "was never X"},
    {"isn't", "neg.isnt", "isn't X"},    {"aren't", "neg.arent", "aren't X"},
    {"wasn't", "neg.wasnt", "wasn't X"}, {"weren't", "neg.werent", "weren't X"},
    {"isn\u2019t", "neg.isnt_curly", "isn’t X"},    {"aren\u2019t", "neg.arent_curly", "aren’t X"},
    {"wasn\u2019t", "neg.wasnt_curly", "wasn’t X"}, {"weren\u2019t", "neg.werent_curly", "weren’t X"},
};

/// A number word and the digits it stands for, so "three weeks" matches "3 weeks".
struct NumberWord {
  const char* text;
  const char* id;
  const char* digits;
};

constexpr NumberWord kNumberDigits[] = {
    {"one", "num.one", "1"},       {"two", "num.two", "2"},       {"three", "num.three", "3"},
    {"four", "num.four", "4"},     {"five", "num.five", "5"},     {"six", "num.six", "6"},
    {"seven", "num.seven", "7"},   {"eight", "num.eight", "8"},   {"nine", "num.nine", "9"},
    {"ten", "num.ten", "10"},      {"eleven", "num.eleven", "11"}, {"twelve", "num.twelve", "12"},
    {"twenty", "num.twenty", "20"}, {"thirty", "num.thirty", "30"}, {"hundred", "num.hundred", "100"},
    {"thousand", "num.thousand", "1000"}, {"million", "num.million", "1000000"},
};

}  // namespace claimscope::rules
