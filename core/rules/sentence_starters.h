// Words that typically begin an English sentence, for the segmenter.
//
// After an abbreviation that may also end a sentence ("Co.", "U.S.", "Jan.",
// a single initial), a capitalised word alone is no evidence: names are
// capitalised too ("the U.S. Army"). A function word that rarely follows
// such an abbreviation inside a sentence ("the U.S. The", "Inc. It") is.
// Keys are lower case.
#pragma once

#include "../lexicon.h"

namespace claimscope {

CLAIMSCOPE_WORD_RULES(kSentenceStarters) = {
    // Personal and demonstrative pronouns.
    {"i", "start.pronoun.i", "subject pronoun"},
    {"you", "start.pronoun.you", "subject pronoun"},
    {"he", "start.pronoun.he", "subject pronoun"},
    {"she", "start.pronoun.she", "subject pronoun"},
    {"it", "start.pronoun.it", "subject pronoun"},
    {"we", "start.pronoun.we", "subject pronoun"},
    {"they", "start.pronoun.they", "subject pronoun"},
    {"this", "start.pronoun.this", "demonstrative"},
    {"that", "start.pronoun.that", "demonstrative"},
    {"these", "start.pronoun.these", "demonstrative"},
    {"those", "start.pronoun.those", "demonstrative"},
    {"there", "start.pronoun.there", "existential there"},
    {"here", "start.pronoun.here", "presentational here"},
    // Determiners.
    {"the", "start.det.the", "definite article"},
    {"a", "start.det.a", "indefinite article"},
    {"an", "start.det.an", "indefinite article"},
    {"my", "start.det.my", "possessive determiner"},
    {"his", "start.det.his", "possessive determiner"},
    {"her", "start.det.her", "possessive determiner"},
    {"its", "start.det.its", "possessive determiner"},
    {"our", "start.det.our", "possessive determiner"},
    {"their", "start.det.their", "possessive determiner"},
    {"your", "start.det.your", "possessive determiner"},
    {"some", "start.det.some", "quantifier"},
    {"many", "start.det.many", "quantifier"},
    {"most", "start.det.most", "quantifier"},
    {"all", "start.det.all", "quantifier"},
    {"each", "start.det.each", "quantifier"},
    {"every", "start.det.every", "quantifier"},
    {"both", "start.det.both", "quantifier"},
    {"no", "start.det.no", "negative determiner"},
    // Wh-words.
    {"what", "start.wh.what", "question or free relative"},
    {"when", "start.wh.when", "question or time clause"},
    {"where", "start.wh.where", "question or place clause"},
    {"why", "start.wh.why", "question"},
    {"who", "start.wh.who", "question"},
    {"which", "start.wh.which", "question"},
    {"how", "start.wh.how", "question"},
    // Conjunctions and sentence adverbs.
    {"but", "start.conj.but", "contrast"},
    {"and", "start.conj.and", "continuation"},
    {"so", "start.conj.so", "consequence"},
    {"yet", "start.conj.yet", "contrast"},
    {"however", "start.adv.however", "contrast"},
    {"meanwhile", "start.adv.meanwhile", "time shift"},
    {"also", "start.adv.also", "addition"},
    {"then", "start.adv.then", "sequence"},
    {"now", "start.adv.now", "time"},
    {"still", "start.adv.still", "concession"},
    {"instead", "start.adv.instead", "contrast"},
    {"if", "start.conj.if", "condition"},
    {"as", "start.conj.as", "comparison or time"},
    {"after", "start.conj.after", "time clause"},
    {"before", "start.conj.before", "time clause"},
    {"while", "start.conj.while", "time or contrast clause"},
    {"although", "start.conj.although", "concession"},
    {"though", "start.conj.though", "concession"},
    {"since", "start.conj.since", "time or reason"},
    {"because", "start.conj.because", "reason"},
    {"in", "start.prep.in", "fronted prepositional phrase"},
    {"on", "start.prep.on", "fronted prepositional phrase"},
    {"at", "start.prep.at", "fronted prepositional phrase"},
    {"for", "start.prep.for", "fronted prepositional phrase"},
    {"with", "start.prep.with", "fronted prepositional phrase"},
    // Auxiliaries that open questions.
    {"is", "start.aux.is", "question"},
    {"are", "start.aux.are", "question"},
    {"was", "start.aux.was", "question"},
    {"were", "start.aux.were", "question"},
    {"do", "start.aux.do", "question"},
    {"does", "start.aux.does", "question"},
    {"did", "start.aux.did", "question"},
    {"can", "start.aux.can", "question"},
    {"could", "start.aux.could", "question"},
    {"will", "start.aux.will", "question"},
    {"would", "start.aux.would", "question"},
    {"should", "start.aux.should", "question"},
    {"has", "start.aux.has", "question"},
    {"have", "start.aux.have", "question"},
    {"had", "start.aux.had", "question"},
    // Discourse openers.
    {"yes", "start.discourse.yes", "answer"},
    {"please", "start.discourse.please", "request"},
    {"thanks", "start.discourse.thanks", "closing"},
    {"let", "start.discourse.let", "imperative"},
};

/// Lower-case words that still show a new sentence after a full word and a
/// period or question mark ("... see you there. they said"): informal text
/// often drops the capital. Only pronouns, articles and question words, which
/// cannot continue a sentence right after a sentence-final mark.
CLAIMSCOPE_WORD_RULES(kLowercaseStarters) = {
    {"i", "lstart.pronoun.i", "subject pronoun"},
    {"you", "lstart.pronoun.you", "subject pronoun"},
    {"he", "lstart.pronoun.he", "subject pronoun"},
    {"she", "lstart.pronoun.she", "subject pronoun"},
    {"we", "lstart.pronoun.we", "subject pronoun"},
    {"they", "lstart.pronoun.they", "subject pronoun"},
    {"it", "lstart.pronoun.it", "subject pronoun"},
    {"the", "lstart.det.the", "definite article"},
    {"this", "lstart.det.this", "demonstrative"},
    {"there", "lstart.pronoun.there", "existential there"},
    {"what", "lstart.wh.what", "question word"},
    {"why", "lstart.wh.why", "question word"},
    {"how", "lstart.wh.how", "question word"},
    {"where", "lstart.wh.where", "question word"},
    {"who", "lstart.wh.who", "question word"},
    {"do", "lstart.aux.do", "question auxiliary"},
    {"does", "lstart.aux.does", "question auxiliary"},
    {"did", "lstart.aux.did", "question auxiliary"},
    {"are", "lstart.aux.are", "question auxiliary"},
    {"can", "lstart.aux.can", "question auxiliary"},
    {"please", "lstart.discourse.please", "request"},
    {"thanks", "lstart.discourse.thanks", "closing"},
};

/// Words after "a.m."/"p.m." that continue the time phrase ("9 p.m. Tuesday").
CLAIMSCOPE_WORD_RULES(kTimeFollowers) = {
    {"monday", "time.day.monday", "weekday"},       {"tuesday", "time.day.tuesday", "weekday"},
    {"wednesday", "time.day.wednesday", "weekday"}, {"thursday", "time.day.thursday", "weekday"},
    {"friday", "time.day.friday", "weekday"},       {"saturday", "time.day.saturday", "weekday"},
    {"sunday", "time.day.sunday", "weekday"},       {"et", "time.zone.et", "time zone"},
    {"est", "time.zone.est", "time zone"},          {"edt", "time.zone.edt", "time zone"},
    {"ct", "time.zone.ct", "time zone"},            {"cst", "time.zone.cst", "time zone"},
    {"cdt", "time.zone.cdt", "time zone"},          {"mst", "time.zone.mst", "time zone"},
    {"mdt", "time.zone.mdt", "time zone"},
    {"pt", "time.zone.pt", "time zone"},            {"pst", "time.zone.pst", "time zone"},
    {"pdt", "time.zone.pdt", "time zone"},          {"gmt", "time.zone.gmt", "time zone"},
    {"utc", "time.zone.utc", "time zone"},          {"bst", "time.zone.bst", "time zone"},
    {"cet", "time.zone.cet", "time zone"},          {"local", "time.zone.local", "local time"},
    {"eastern", "time.zone.eastern", "time zone"},  {"pacific", "time.zone.pacific", "time zone"},
    {"jan", "time.month.jan", "date follows"},      {"feb", "time.month.feb", "date follows"},
    {"march", "time.month.march", "date follows"},  {"april", "time.month.april", "date follows"},
    {"may", "time.month.may", "date follows"},      {"june", "time.month.june", "date follows"},
    {"july", "time.month.july", "date follows"},    {"aug", "time.month.aug", "date follows"},
    {"sept", "time.month.sept", "date follows"},    {"oct", "time.month.oct", "date follows"},
    {"nov", "time.month.nov", "date follows"},      {"dec", "time.month.dec", "date follows"},
};

}  // namespace claimscope
