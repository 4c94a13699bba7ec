// Speech and attribution cues: verbs in every form, and cue phrases.
#pragma once

#include <array>
#include <cstddef>
#include <span>

#include "../lexicon.h"
#include "dates.h"  // kWeekdays

namespace claimscope::rules {

// Verbs that introduce what someone said, wrote or holds; every tense form a
// news sentence uses. "-ing" forms appear in "..., adding that ...".
CLAIMSCOPE_WORD_RULES(kCueVerbs) = {
    {"say", "cue.say", "reporting verb"}, {"says", "cue.say", "reporting verb"},
    {"said", "cue.say", "reporting verb"}, {"saying", "cue.say", "reporting verb, participle clause"},
    {"tell", "cue.tell", "reporting verb with a listener"}, {"tells", "cue.tell", "reporting verb with a listener"},
    {"told", "cue.tell", "reporting verb with a listener"}, {"telling", "cue.tell", "reporting verb with a listener"},
    {"add", "cue.add", "continues a statement"}, {"adds", "cue.add", "continues a statement"},
    {"added", "cue.add", "continues a statement"}, {"adding", "cue.add", "continues a statement"},
    {"warn", "cue.warn", "statement with a warning"}, {"warns", "cue.warn", "statement with a warning"},
    {"warned", "cue.warn", "statement with a warning"}, {"warning", "cue.warn", "statement with a warning"},
    {"claim", "cue.claim", "assertion"}, {"claims", "cue.claim", "assertion"},
    {"claimed", "cue.claim", "assertion"}, {"claiming", "cue.claim", "assertion"},
    {"insist", "cue.insist", "firm assertion"}, {"insists", "cue.insist", "firm assertion"},
    {"insisted", "cue.insist", "firm assertion"}, {"insisting", "cue.insist", "firm assertion"},
    {"announce", "cue.announce", "public statement"}, {"announces", "cue.announce", "public statement"},
    {"announced", "cue.announce", "public statement"}, {"announcing", "cue.announce", "public statement"},
    {"states", "cue.state", "formal statement"},
    {"stated", "cue.state", "formal statement"}, {"stating", "cue.state", "formal statement"},
    {"note", "cue.note", "remark"}, {"notes", "cue.note", "remark"}, {"noted", "cue.note", "remark"},
    {"noting", "cue.note", "remark"},
    {"argue", "cue.argue", "argument"}, {"argues", "cue.argue", "argument"}, {"argued", "cue.argue", "argument"},
    {"arguing", "cue.argue", "argument"},
    {"explain", "cue.explain", "explanation"}, {"explains", "cue.explain", "explanation"},
    {"explained", "cue.explain", "explanation"},
    {"write", "cue.write", "written statement"}, {"writes", "cue.write", "written statement"},
    {"wrote", "cue.write", "written statement"},
    {"tweet", "cue.tweet", "social media statement"}, {"tweets", "cue.tweet", "social media statement"},
    {"tweeted", "cue.tweet", "social media statement"},
    {"reply", "cue.reply", "answer"}, {"replies", "cue.reply", "answer"}, {"replied", "cue.reply", "answer"},
    {"respond", "cue.respond", "answer"}, {"responded", "cue.respond", "answer"},
    {"acknowledge", "cue.acknowledge", "admission"}, {"acknowledges", "cue.acknowledge", "admission"},
    {"acknowledged", "cue.acknowledge", "admission"},
    {"admit", "cue.admit", "admission"}, {"admits", "cue.admit", "admission"}, {"admitted", "cue.admit", "admission"},
    {"deny", "cue.deny", "denial is a statement"}, {"denies", "cue.deny", "denial is a statement"},
    {"denied", "cue.deny", "denial is a statement"},
    {"report", "cue.report", "media reports"}, {"reports", "cue.report", "media reports"},
    {"reported", "cue.report", "media reports"},
    {"confirm", "cue.confirm", "confirmation"}, {"confirms", "cue.confirm", "confirmation"},
    {"confirmed", "cue.confirm", "confirmation"},
    {"declare", "cue.declare", "formal statement"}, {"declares", "cue.declare", "formal statement"},
    {"declared", "cue.declare", "formal statement"},
    {"stress", "cue.stress", "emphatic statement"}, {"stresses", "cue.stress", "emphatic statement"},
    {"stressed", "cue.stress", "emphatic statement"},
    {"emphasize", "cue.emphasize", "emphatic statement"}, {"emphasized", "cue.emphasize", "emphatic statement"},
    {"emphasised", "cue.emphasize", "emphatic statement (British)"},
    {"assert", "cue.assert", "assertion"}, {"asserts", "cue.assert", "assertion"},
    {"asserted", "cue.assert", "assertion"},
    {"contend", "cue.contend", "assertion"}, {"contends", "cue.contend", "assertion"},
    {"contended", "cue.contend", "assertion"},
    {"reiterate", "cue.reiterate", "repeated statement"}, {"reiterated", "cue.reiterate", "repeated statement"},
    {"allege", "cue.allege", "accusation"}, {"alleges", "cue.allege", "accusation"},
    {"alleged", "cue.allege", "accusation"},
    {"predict", "cue.predict", "prediction"}, {"predicts", "cue.predict", "prediction"},
    {"predicted", "cue.predict", "prediction"},
    {"believe", "cue.believe", "stated belief"}, {"believes", "cue.believe", "stated belief"},
    {"believed", "cue.believe", "stated belief"},
    {"think", "cue.think", "stated opinion"}, {"thinks", "cue.think", "stated opinion"},
    {"thought", "cue.think", "stated opinion"},
    {"suggest", "cue.suggest", "tentative statement"}, {"suggests", "cue.suggest", "tentative statement"},
    {"suggested", "cue.suggest", "tentative statement"},
    {"promise", "cue.promise", "commitment"}, {"promised", "cue.promise", "commitment"},
    {"promises", "cue.promise", "commitment"},
    {"vow", "cue.vow", "commitment"}, {"vowed", "cue.vow", "commitment"}, {"vows", "cue.vow", "commitment"},
    {"pledge", "cue.pledge", "commitment"}, {"pledged", "cue.pledge", "commitment"},
    {"concede", "cue.concede", "admission"}, {"conceded", "cue.concede", "admission"},
    {"observe", "cue.observe", "remark"}, {"observed", "cue.observe", "remark"},
    {"remark", "cue.remark", "remark"}, {"remarked", "cue.remark", "remark"},
    {"recall", "cue.recall", "recollection"}, {"recalled", "cue.recall", "recollection"},
    {"testify", "cue.testify", "testimony"}, {"testified", "cue.testify", "testimony"},
    // "continued" is left out: "the coast guard continued their search" is no speech, and
    // "“…,” he continued" / "He continued: “…”" are read from the quotation's side.
    {"conclude", "cue.conclude", "conclusion"}, {"concluded", "cue.conclude", "conclusion"},
    {"indicate", "cue.indicate", "indication"}, {"indicated", "cue.indicate", "indication"},
    {"indicates", "cue.indicate", "indication"},
    {"reveal", "cue.reveal", "disclosure"}, {"revealed", "cue.reveal", "disclosure"},
    {"disclose", "cue.disclose", "disclosure"}, {"disclosed", "cue.disclose", "disclosure"},
    {"ask", "cue.ask", "question"}, {"asks", "cue.ask", "question"}, {"asked", "cue.ask", "question"},
    {"asking", "cue.ask", "question"},
    {"urge", "cue.urge", "appeal"}, {"urged", "cue.urge", "appeal"}, {"urges", "cue.urge", "appeal"},
    {"estimate", "cue.estimate", "estimate"}, {"estimated", "cue.estimate", "estimate"},
    {"estimates", "cue.estimate", "estimate"},
    {"agree", "cue.agree", "stated agreement"}, {"agreed", "cue.agree", "stated agreement"},
    {"agrees", "cue.agree", "stated agreement"},
    {"complain", "cue.complain", "complaint"}, {"complained", "cue.complain", "complaint"},
    {"boast", "cue.boast", "boast"}, {"boasted", "cue.boast", "boast"},
    {"joke", "cue.joke", "remark"}, {"joked", "cue.joke", "remark"},
    {"counter", "cue.counter", "rebuttal"}, {"countered", "cue.counter", "rebuttal"},
    {"acknowledging", "cue.acknowledge", "admission"},
    {"explaining", "cue.explain", "explanation"},
    {"feel", "cue.feel", "stated feeling"},
    {"feels", "cue.feel", "stated feeling"}, {"felt", "cue.feel", "stated feeling"},
    {"demand", "cue.demand", "demand"}, {"demanded", "cue.demand", "demand"}, {"demands", "cue.demand", "demand"},
    {"quip", "cue.quip", "witty remark"}, {"quipped", "cue.quip", "witty remark"}, {"quips", "cue.quip", "witty remark"},
    {"wonder", "cue.wonder", "question"}, {"wondered", "cue.wonder", "question"}, {"wonders", "cue.wonder", "question"},
    {"shout", "cue.shout", "loud statement"}, {"shouted", "cue.shout", "loud statement"},
    {"exclaimed", "cue.exclaim", "exclamation"},
    {"chant", "cue.chant", "crowd speech"}, {"chants", "cue.chant", "crowd speech"},
    {"chanted", "cue.chant", "crowd speech"}, {"chanting", "cue.chant", "crowd speech"},
    {"yell", "cue.yell", "loud statement"}, {"yells", "cue.yell", "loud statement"},
    {"yelled", "cue.yell", "loud statement"}, {"shouts", "cue.shout", "loud statement"}, {"mused", "cue.muse", "reflective remark"},
    {"caution", "cue.caution", "warning"}, {"cautioned", "cue.caution", "warning"}, {"cautions", "cue.caution", "warning"},
    // "charged", "charges" need "that" (kThatCues): "the ferry firm charged less than that" is a price.
    {"scolded", "cue.scold", "rebuke"}, {"lamented", "cue.lament", "complaint"}, {"laments", "cue.lament", "complaint"},
    {"retorted", "cue.retort", "rebuttal"}, {"reads", "cue.read", "a letter or sign reads"},
    {"posted", "cue.post", "social media statement"}, {"writing", "cue.write", "written statement"},
    {"recalls", "cue.recall", "recollection"}, {"explains", "cue.explain", "explanation"},
    {"insists", "cue.insist", "firm assertion"}, {"pointed", "cue.point_out", "pointed out"},
    {"pointing", "cue.point_out", "pointing out"},
    {"acknowledges", "cue.acknowledge", "admission"}, {"hinted", "cue.hint", "indirect statement"},
    {"comment", "cue.comment", "remark"}, {"commented", "cue.comment", "remark"}, {"comments", "cue.comment", "remark"},
    {"elaborated", "cue.elaborate", "continues a statement"}, {"surmised", "cue.surmise", "conjecture"},
    {"reacted", "cue.react", "response"}, {"concludes", "cue.conclude", "conclusion"},
    {"responds", "cue.respond", "answer"},
    {"opined", "cue.opine", "opinion"}, {"recounted", "cue.recount", "recollection"},
    {"interjected", "cue.interject", "interruption"}, {"confided", "cue.confide", "private statement"},
    {"bragged", "cue.brag", "boast"}, {"pleaded", "cue.plead", "appeal"}, {"advised", "cue.advise", "advice"},
    {"know", "cue.know", "stated knowledge"}, {"knows", "cue.know", "stated knowledge"},
    {"cited", "cue.cite", "names a reason or a source"}, {"cites", "cue.cite", "names a reason or a source"},
    {"mentioned", "cue.mention", "brings a subject up"}, {"mentions", "cue.mention", "brings a subject up"},
    // Further tense forms (participles open "…, citing …" clauses).
    {"admitting", "cue.admit", "admission"}, {"advises", "cue.advise", "advice"},
    {"agreeing", "cue.agree", "stated agreement"}, {"alleging", "cue.allege", "accusation"},
    {"asserting", "cue.assert", "assertion"}, {"boasts", "cue.boast", "boast"},
    {"boasting", "cue.boast", "boast"}, {"brags", "cue.brag", "boast"},
    {"bragging", "cue.brag", "boast"}, {"cautioning", "cue.caution", "warning"},
    {"citing", "cue.cite", "names a reason or a source"}, {"commenting", "cue.comment", "remark"},
    {"complains", "cue.complain", "complaint"}, {"complaining", "cue.complain", "complaint"},
    {"concedes", "cue.concede", "admission"}, {"conceding", "cue.concede", "admission"},
    {"concluding", "cue.conclude", "conclusion"}, {"confides", "cue.confide", "private statement"},
    {"confirming", "cue.confirm", "confirmation"}, {"contending", "cue.contend", "assertion"},
    {"counters", "cue.counter", "rebuttal"}, {"countering", "cue.counter", "rebuttal"},
    {"declaring", "cue.declare", "formal statement"}, {"demanding", "cue.demand", "demand"},
    {"denying", "cue.deny", "denial is a statement"}, {"discloses", "cue.disclose", "disclosure"},
    {"disclosing", "cue.disclose", "disclosure"}, {"elaborates", "cue.elaborate", "continues a statement"},
    {"emphasizes", "cue.emphasize", "emphatic statement"}, {"emphasizing", "cue.emphasize", "emphatic statement"},
    {"emphasises", "cue.emphasize", "emphatic statement (British)"}, {"exclaims", "cue.exclaim", "exclamation"},
    {"hints", "cue.hint", "indirect statement"}, {"hinting", "cue.hint", "indirect statement"},
    {"indicating", "cue.indicate", "indication"}, {"interjects", "cue.interject", "interruption"},
    {"jokes", "cue.joke", "remark"}, {"joking", "cue.joke", "remark"},
    {"knew", "cue.know", "stated knowledge"}, {"lamenting", "cue.lament", "complaint"},
    {"muses", "cue.muse", "reflective remark"}, {"observes", "cue.observe", "remark"},
    {"observing", "cue.observe", "remark"}, {"opines", "cue.opine", "opinion"},
    {"pleads", "cue.plead", "appeal"}, {"pleading", "cue.plead", "appeal"},
    {"pledges", "cue.pledge", "commitment"}, {"pledging", "cue.pledge", "commitment"},
    {"predicting", "cue.predict", "prediction"}, {"quipping", "cue.quip", "witty remark"},
    {"recalling", "cue.recall", "recollection"}, {"recounts", "cue.recount", "recollection"},
    {"reiterates", "cue.reiterate", "repeated statement"}, {"reiterating", "cue.reiterate", "repeated statement"},
    {"replying", "cue.reply", "answer"}, {"reporting", "cue.report", "media reports"},
    {"responding", "cue.respond", "answer"}, {"retorts", "cue.retort", "rebuttal"},
    {"reveals", "cue.reveal", "disclosure"}, {"revealing", "cue.reveal", "disclosure"},
    {"scolds", "cue.scold", "rebuke"}, {"shouting", "cue.shout", "loud statement"},
    {"stressing", "cue.stress", "emphatic statement"}, {"suggesting", "cue.suggest", "tentative statement"},
    {"testifies", "cue.testify", "testimony"}, {"testifying", "cue.testify", "testimony"},
    {"tweeting", "cue.tweet", "social media statement"}, {"urging", "cue.urge", "appeal"},
    {"wondering", "cue.wonder", "question"}, {"yelling", "cue.yell", "loud statement"},
    {"proclaim", "cue.proclaim", "public statement"}, {"proclaims", "cue.proclaim", "public statement"},
    {"proclaimed", "cue.proclaim", "public statement"}, {"proclaiming", "cue.proclaim", "public statement"},
    {"exhorted", "cue.exhort", "appeal"}, {"exhorts", "cue.exhort", "appeal"},
    {"sings", "cue.sing", "sung words"}, {"sang", "cue.sing", "sung words"},
};

// Cue verbs that are never nouns or adjectives: before them, any short
// phrase is the subject ("Boat owners in both harbours said …", "40
// percent say …"), even one the mention grammar does not read. Forms such
// as "states", "reports", "claims" or "notes" are left out: "coastal
// states could decide" has no speaker.
CLAIMSCOPE_WORD_RULES(kPlainSpeechVerbs) = {
    {"say", "pcue.say", "reporting verb"},        {"says", "pcue.say", "reporting verb"},
    {"said", "pcue.say", "reporting verb"},       {"told", "pcue.tell", "reporting verb"},
    {"tells", "pcue.tell", "reporting verb"},     {"added", "pcue.add", "continues a statement"},
    {"argued", "pcue.argue", "argument"},         {"argue", "pcue.argue", "argument"},
    {"argues", "pcue.argue", "argument"},         {"insisted", "pcue.insist", "firm assertion"},
    {"insist", "pcue.insist", "firm assertion"},  {"warned", "pcue.warn", "warning"},
    {"explained", "pcue.explain", "explanation"}, {"acknowledged", "pcue.acknowledge", "admission"},
    {"admitted", "pcue.admit", "admission"},      {"stressed", "pcue.stress", "emphasis"},
    {"contended", "pcue.contend", "assertion"},   {"asserted", "pcue.assert", "assertion"},
    {"wrote", "pcue.write", "written statement"}, {"believe", "pcue.believe", "stated belief"},
    {"believes", "pcue.believe", "stated belief"}, {"predicted", "pcue.predict", "prediction"},
    {"suggested", "pcue.suggest", "tentative statement"}, {"announced", "pcue.announce", "public statement"},
};

// Cue forms that are also common nouns ("his bridge comment was …", "the
// police report said"): as verbs they need a subject that can speak, a
// pronoun, a name, a role or an institution, not any description.
CLAIMSCOPE_WORD_RULES(kNounLikeCues) = {
    {"comment", "ncue.comment", "a comment"},   {"comments", "ncue.comment", "comments"},
    {"report", "ncue.report", "a report"},      {"reports", "ncue.report", "reports"},
    {"claim", "ncue.claim", "a claim"},         {"claims", "ncue.claim", "claims"},
    {"note", "ncue.note", "a note"},            {"notes", "ncue.note", "notes"},
    {"promise", "ncue.promise", "a promise"},   {"promises", "ncue.promise", "promises"},
    {"estimate", "ncue.estimate", "an estimate"}, {"estimates", "ncue.estimate", "estimates"},
    {"tweet", "ncue.tweet", "a tweet"},         {"tweets", "ncue.tweet", "tweets"},
    {"reply", "ncue.reply", "a reply"},         {"replies", "ncue.reply", "replies"},
    {"demand", "ncue.demand", "a demand"},      {"demands", "ncue.demand", "demands"},
    {"charges", "ncue.charge", "charges"},      {"remark", "ncue.remark", "a remark"},
    {"states", "ncue.state", "the states"},     {"reads", "ncue.read", "reads"},
    {"vow", "ncue.vow", "a vow"},               {"vows", "ncue.vow", "vows"},
    {"pledge", "ncue.pledge", "a pledge"},      {"pledges", "ncue.pledge", "pledges"},
    {"counter", "ncue.counter", "a counter"},   {"jokes", "ncue.joke", "jokes"},
    {"complaint", "ncue.complaint", "a complaint"}, {"warning", "ncue.warning", "a warning"},
};

// Nouns for documents, polls and studies: as the subject of an evidence verb
// they make it a cue without "that" ("a new poll shows Mayor Ruiz ahead").
CLAIMSCOPE_WORD_RULES(kEvidenceSources) = {
    {"poll", "src.poll", "opinion poll"}, {"polls", "src.poll", "opinion polls"}, {"survey", "src.survey", "survey"},
    {"study", "src.study", "study"}, {"studies", "src.study", "studies"}, {"report", "src.report", "report"},
    {"analysis", "src.analysis", "analysis"}, {"data", "src.data", "data"}, {"figures", "src.figures", "figures"},
    {"average", "src.average", "polling average"}, {"transcript", "src.transcript", "transcript"},
    {"video", "src.video", "video footage"}, {"footage", "src.footage", "footage"}, {"records", "src.records", "records"},
    {"documents", "src.documents", "documents"}, {"audit", "src.audit", "audit"}, {"review", "src.review", "review"},
    {"investigation", "src.investigation", "investigation"}, {"research", "src.research", "research"},
    {"estimates", "src.estimates", "estimates"}, {"statistics", "src.statistics", "statistics"},
    {"census", "src.census", "census"}, {"filing", "src.filing", "court or financial filing"},
    {"filings", "src.filing", "filings"}, {"memo", "src.memo", "memo"}, {"letter", "src.letter", "letter"},
    {"assessment", "src.assessment", "assessment"}, {"projections", "src.projections", "projections"},
    // Counts and records a story reads as evidence: "Exit polling showed …", "Early results
    // showed …", "Leaked emails showed …", "Photos showed …".
    {"polling", "src.polling", "polling"}, {"results", "src.results", "results"},
    {"findings", "src.findings", "findings"}, {"numbers", "src.numbers", "numbers"},
    {"emails", "src.emails", "emails"}, {"photos", "src.photos", "photos"}, {"images", "src.images", "images"},
};

// Evidence nouns whose findings a sentence opening "In …," reports: "In a new survey of
// ferry users, most said …". Only counts and studies: "In the video, he …" depicts, and
// "In a letter to the board, …" or "In his review, …" introduce the writer's own verb.
CLAIMSCOPE_WORD_RULES(kFindingSources) = {
    {"poll", "find.poll", "opinion poll"}, {"polls", "find.poll", "opinion polls"},
    {"survey", "find.survey", "survey"}, {"surveys", "find.survey", "surveys"},
    {"study", "find.study", "study"}, {"studies", "find.study", "studies"},
    {"analysis", "find.analysis", "analysis"}, {"average", "find.average", "polling average"},
    {"census", "find.census", "census"}, {"estimates", "find.estimates", "estimates"},
    {"projections", "find.projections", "projections"},
};

// Verbs of judgement whose object and "as" complement are the subject's view: "the
// union sees the toll as a tax on families", "Ruiz regards the deal as dead". Only with
// "as" after the object and in the active voice ("is seen as" names no holder; "saw the
// ferry" is perception).
CLAIMSCOPE_WORD_RULES(kViewVerbs) = {
    {"see", "view.see", "sees X as Y"}, {"sees", "view.see", "sees X as Y"}, {"saw", "view.see", "saw X as Y"},
    {"view", "view.view", "views X as Y"}, {"views", "view.view", "views X as Y"},
    {"viewed", "view.view", "viewed X as Y"}, {"regard", "view.regard", "regards X as Y"},
    {"regards", "view.regard", "regards X as Y"}, {"regarded", "view.regard", "regarded X as Y"},
    {"considers", "view.consider", "considers X as Y"}, {"considered", "view.consider", "considered X as Y"},
    {"portrayed", "view.portray", "portrayed X as Y"}, {"portrays", "view.portray", "portrays X as Y"},
    {"cast", "view.cast", "cast X as Y"}, {"casts", "view.cast", "casts X as Y"},
};

// Words after "as" that make it a conjunction or a degree word, not the start of a
// view verb's complement: "see prices rise as much as …", "saw it as a result of",
// "viewed the vote as soon as …" (a pronoun after "as" opens a clause: "saw her as she left").
CLAIMSCOPE_WORD_RULES(kNotComplementAs) = {
    {"much", "nas.much", "as much as"}, {"many", "nas.many", "as many as"}, {"well", "nas.well", "as well"},
    {"long", "nas.long", "as long as"}, {"far", "nas.far", "as far as"}, {"soon", "nas.soon", "as soon as"},
    {"if", "nas.if", "as if"}, {"though", "nas.though", "as though"}, {"result", "nas.result", "as a result"},
    {"usual", "nas.usual", "as usual"}, {"ever", "nas.ever", "as ever"},
};

// Conjunctions that open a fronted subordinate clause: a cue inside it reports only up
// to the clause's comma ("When Ruiz accused the board of stalling, the chair walked out").
CLAIMSCOPE_WORD_RULES(kSubordinators) = {
    {"when", "sub.when", "time"},        {"after", "sub.after", "time"},       {"before", "sub.before", "time"},
    {"while", "sub.while", "time"},      {"since", "sub.since", "time or reason"}, {"until", "sub.until", "time"},
    {"once", "sub.once", "time"},        {"if", "sub.if", "condition"},        {"unless", "sub.unless", "condition"},
    {"because", "sub.because", "reason"}, {"although", "sub.although", "concession"},
    {"though", "sub.though", "concession"}, {"whereas", "sub.whereas", "contrast"},
};

// Prepositions that open a fronted adverbial around a statement noun: "Despite her claim
// that the pier was safe, the board closed it" reports only up to the adverbial's comma.
CLAIMSCOPE_WORD_RULES(kFrontedStatementPrepositions) = {
    {"despite", "fstmt.despite", "concession"}, {"contrary", "fstmt.contrary", "contrary to"},
    {"unlike", "fstmt.unlike", "contrast"},     {"notwithstanding", "fstmt.notwithstanding", "concession"},
    {"amid", "fstmt.amid", "circumstance"},     {"after", "fstmt.after", "time"},
    {"following", "fstmt.following", "time"},   {"given", "fstmt.given", "reason"},
};

// Conjunctions that may open a sentence before its fronted subordinate clause: "And while
// he said …, he …", "But when the board …,". (Case-folded: they open the sentence.)
CLAIMSCOPE_WORD_RULES(kClauseLeads) = {
    {"and", "lead.and", "And while …,"}, {"but", "lead.but", "But when …,"}, {"yet", "lead.yet", "Yet if …,"},
};

// Subjects that deny the speech act they open: "Nobody asked about the toll", "No one in the
// room said …", "None of the skippers said …" report nothing anyone said (and leave no
// speaker for a later "he"). The first word, or the first two words.
CLAIMSCOPE_WORD_RULES(kNegativeSubjects) = {
    {"nobody", "neg.nobody", "Nobody said"}, {"none", "neg.none", "None of them said"}, {"no one", "neg.no_one", "No one said"},
};

// Fronted conditions that belong to what the speaker says, not to the setting of the words:
// "If the toll rises, she said, “…”", "If the pier closes, Ruiz said he would resign" (the
// claim holds only on that condition). Two-word entries are the first two words. Time openers
// ("When …", "After …") set the scene; concessions and topics ("While …", "Though …", "As
// for …") were measured too and on PolNeAR train more often belong to the writer's frame.
CLAIMSCOPE_WORD_RULES(kClaimConditions) = {
    {"if", "cond.if", "condition"}, {"unless", "cond.unless", "condition"}, {"even if", "cond.even_if", "condition"},
};

// Conjunctions that, after a comma and before a subject of their own, open the writer's
// contrast rather than more of what was said: "said the pier was safe, but the inspectors
// have not signed it off", "…, while the board says …". ("although" and "though" read the
// same way, and PolNeAR dev gained; but the split-off clause in one sample article then got
// a wrong cross-article link in `claimscope compare`, so they wait for the aligner.)
CLAIMSCOPE_WORD_RULES(kContrastConjunctions) = {
    {"but", "contrast.but", "contrast"}, {"while", "contrast.while", "contrast"},
    {"whereas", "contrast.whereas", "contrast"},
};

// Modal verbs: a speaker read after an inverted cue never holds one ("…, said the pier must
// stay" has no speaker "the pier must stay"; the grammar's descriptions take plain lower-case words).
CLAIMSCOPE_WORD_RULES(kModalVerbs) = {
    {"must", "modal.must", "obligation"}, {"should", "modal.should", "advice"},
    {"could", "modal.could", "possibility"}, {"can", "modal.can", "ability"},
    {"might", "modal.might", "possibility"}, {"may", "modal.may", "possibility (lower case: not the month)"},
};

// Concessions that, right after a quotation closing on a comma and before a subject, open
// the writer's clause: "“…,” though the board has not voted". (After a plain comma they wait
// for the aligner, as the note above says.)
CLAIMSCOPE_WORD_RULES(kConcessiveConjunctions) = {
    {"though", "concede.though", "concession"}, {"although", "concede.although", "concession"},
};

// Phrases that, after the content's comma, name a second source for it: "Ruiz said the pier
// would close, according to a pool report" (the report gives what Ruiz said; his content ends
// at the comma). Two words.
CLAIMSCOPE_WORD_RULES(kSecondSourceOpeners) = {
    {"according to", "source.according_to", "second source"},
};

// Words after "to" that make "…, she said, to them …" a listener or object rather than an
// infinitive that finishes the reported sentence ("…, she said, to warn the town …"):
// object pronouns and possessives (determiners are word_classes' own table).
CLAIMSCOPE_WORD_RULES(kInfinitiveTailBlockers) = {
    {"him", "inftail.him", "object"},   {"her", "inftail.her", "object"},   {"them", "inftail.them", "object"},
    {"us", "inftail.us", "object"},     {"me", "inftail.me", "object"},     {"you", "inftail.you", "object"},
    {"it", "inftail.it", "object"},     {"his", "inftail.his", "possessive"}, {"their", "inftail.their", "possessive"},
    {"its", "inftail.its", "possessive"}, {"our", "inftail.our", "possessive"}, {"my", "inftail.my", "possessive"},
    {"your", "inftail.your", "possessive"}, {"whom", "inftail.whom", "object"},
};

// Time units that make ", a day after …", ", a week earlier" a time adjunct of the
// clause, not a gloss on it.
CLAIMSCOPE_WORD_RULES(kTimeUnits) = {
    {"day", "unit.day", "a day after"},     {"week", "unit.week", "a week later"},
    {"month", "unit.month", "a month before"}, {"year", "unit.year", "a year ago"},
    {"decade", "unit.decade", "a decade ago"}, {"few", "unit.few", "a few days later"},
};

// Passive verbs whose source is left unsaid: "the flood report is expected to arrive …",
// "the skipper is accused of ignoring the warnings", "the pier is widely seen as unsafe".
// The clause from the particle (kSourcelessPhrases) is reported with no speaker, and the
// subject as a piece of its own. Only after a passive auxiliary ("He expected to win" is
// an infinitive cue, "accused the board of …" a speech act). ("Seems to", "appears to",
// "is likely to" were measured too: on PolNeAR dev most of them are not attributions, so
// they stay hedges, not claims. "known as" is left out: a name is no claim. "said to" and
// "reported to" report only before "be" or "have" (kSourcelessPhrases): "Ruiz is said to
// be furious", not "was reported to the police" or "what was said to him".)
CLAIMSCOPE_WORD_RULES(kSourcelessCues) = {
    {"expected", "scue.expected", "is expected to"}, {"accused", "scue.accused", "is accused of"},
    {"seen", "scue.seen", "is seen as"},             {"viewed", "scue.viewed", "is viewed as"},
    {"regarded", "scue.regarded", "is regarded as"}, {"perceived", "scue.perceived", "is perceived as"},
    {"believed", "scue.believed", "is believed to"}, {"thought", "scue.thought", "is thought to"},
    {"rumored", "scue.rumored", "is rumored to"},    {"rumoured", "scue.rumored", "is rumoured to (British)"},
    {"alleged", "scue.alleged", "is alleged to"},    {"said", "scue.said", "is said to be"},
    {"reported", "scue.reported", "is reported to have"},
    {"criticized", "scue.criticized", "was criticized for"}, {"criticised", "scue.criticized", "criticised (British)"},
    {"described", "scue.described", "is described as"},
};


// Infinitive cues of appeal: the one appealed to is part of what was asked ("called on the
// board to act", "urged voters to stay home"); reported_speech.cpp: infinitive.
CLAIMSCOPE_WORD_RULES(kAppealCues) = {
    {"urge", "appeal.urge", "urge X to"},             {"urges", "appeal.urge", "urges X to"},
    {"urged", "appeal.urge", "urged X to"},           {"asked", "appeal.ask", "asked X to"},
    {"asks", "appeal.ask", "asks X to"},              {"encouraged", "appeal.encourage", "encouraged X to"},
    {"encourages", "appeal.encourage", "encourages X to"}, {"called", "appeal.call_on", "called on X to"},
    {"calls", "appeal.call_on", "calls on X to"},     {"calling", "appeal.call_on", "calling on X to"},
    {"told", "appeal.tell", "told X to"},
};

// Forms of "call" that appeal only with a particle: "called on / upon the board to act"
// ("called a meeting", "calling the plan a mess" are other readings); reported_speech.cpp: infinitive.
CLAIMSCOPE_WORD_RULES(kCallOnVerbs) = {
    {"called", "appeal.call_on", "called on X to"}, {"calls", "appeal.call_on", "calls on X to"},
    {"calling", "appeal.call_on", "calling on X to"},
};
CLAIMSCOPE_WORD_RULES(kCallOnParticles) = {
    {"on", "appeal.on", "called on X to"}, {"upon", "appeal.upon", "called upon X to (formal)"},
};

// Words that join a clause to the words before it: a sourceless cue's subject piece does
// not run back past one ("the piers that are seen as …" names no subject of its own).
CLAIMSCOPE_WORD_RULES(kClauseLinks) = {
    {"that", "link.that", "relative or complement"}, {"which", "link.which", "relative"},
    {"who", "link.who", "relative"},                 {"whose", "link.whose", "relative"},
    {"whom", "link.whom", "relative"},               {"and", "link.and", "coordination"},
    {"or", "link.or", "coordination"},               {"but", "link.but", "coordination"},
};

// Pronouns that open a relative clause. A sourceless cue's subject piece keeps one that
// comes right before its verb ("…, which is expected to"), and a cue whose subject follows
// one after a comma sits inside a relative clause on the noun before it ("The toll, which
// officials said will rise, …"; a comma never sets off a relative "that").
CLAIMSCOPE_WORD_RULES(kRelativeClausePronouns) = {
    {"which", "relpro.which", "the toll, which officials said …"},
    {"who", "relpro.who", "the mayor, who aides said …"},
    {"whom", "relpro.whom", "the captain, whom crews said …"},
    {"that", "relpro.that", "the piers that are seen as …"},
};

// Adverbs that mark the rest of the clause as hearsay with no named source: "the firm has
// reportedly lost two contracts", "the driver allegedly ran a red light". The predicate after
// the adverb is reported with no speaker and the subject before it as a piece of its own
// (reported_speech.cpp: hearsay_adverb). Before a cue verb ("reportedly told aides that …")
// the verb speaks instead.
CLAIMSCOPE_WORD_RULES(kHearsayAdverbs) = {
    {"reportedly", "hearsay.reportedly", "reported by unnamed sources"},
    {"allegedly", "hearsay.allegedly", "alleged by unnamed accusers"},
    {"reputedly", "hearsay.reputedly", "said by unnamed others"},
};

// The particle each sourceless cue needs, as "verb particle"; a verb of saying needs the
// infinitive's first word too ("said to be": "said to him" is no claim).
CLAIMSCOPE_WORD_RULES(kSourcelessPhrases) = {
    {"expected to", "sphrase.expected", "the particle opens the content"},
    {"accused of", "sphrase.accused", "the particle opens the content"},
    {"criticized for", "sphrase.criticized", "the particle opens the content"},
    {"criticised for", "sphrase.criticized", "the particle opens the content (British)"},
    {"described as", "sphrase.described", "the particle opens the content"},
    {"seen as", "sphrase.seen", "the particle opens the content"},
    {"viewed as", "sphrase.viewed", "the particle opens the content"},
    {"regarded as", "sphrase.regarded", "the particle opens the content"},
    {"perceived as", "sphrase.perceived", "the particle opens the content"},
    {"believed to", "sphrase.believed", "the particle opens the content"},
    {"thought to", "sphrase.thought", "the particle opens the content"},
    {"rumored to", "sphrase.rumored", "the particle opens the content"},
    {"rumoured to", "sphrase.rumored", "the particle opens the content"},
    {"alleged to", "sphrase.alleged", "the particle opens the content"},
    {"said to be", "sphrase.said_be", "a verb of saying: only before an infinitive"},
    {"said to have", "sphrase.said_have", "a verb of saying: only before an infinitive"},
    {"reported to be", "sphrase.reported_be", "a verb of saying: only before an infinitive"},
    {"reported to have", "sphrase.reported_have", "a verb of saying: only before an infinitive"},
};

// Verbs of asking whose question is reported when the one asked is the subject or is left
// out: "Asked whether the ferry would run, the captain shrugged", "when asked about the
// toll". The asker is rarely named, so the question has no speaker.
CLAIMSCOPE_WORD_RULES(kQuestionCues) = {
    {"asked", "qcue.asked", "was asked whether …"},
};

// The other forms of "ask": after a listener their question starts at its opener as
// "asked"'s does ("kept asking her why …", "asks skippers whether …"), but they are neither
// kQuestionCues ("…, asking whether …" is the nearest cue's speaker asking, not an unnamed
// asker) nor listener cues (their appeal "asking X to …" keeps its listener; reported129).
CLAIMSCOPE_WORD_RULES(kAskingForms) = {
    {"ask", "qform.ask", "ask X whether …"}, {"asks", "qform.ask", "asks X whether …"},
    {"asking", "qform.ask", "asking X why …"},
};

// Words that open a reported question after a verb of asking (the question starts with
// them; after "about" it starts with the next word).
CLAIMSCOPE_WORD_RULES(kQuestionOpeners) = {
    {"whether", "qopen.whether", "yes/no"}, {"if", "qopen.if", "yes/no"},   {"what", "qopen.what", "wh-"},
    {"why", "qopen.why", "wh-"},            {"how", "qopen.how", "wh-"},    {"who", "qopen.who", "wh-"},
    {"whom", "qopen.whom", "wh-"},          {"which", "qopen.which", "wh-"}, {"where", "qopen.where", "wh-"},
    {"about", "qopen.about", "topic: the question starts after it"},
};

// Cue verbs that usually take a listener object before the content
// ("told reporters that ...", "warned Congress that ...").
CLAIMSCOPE_WORD_RULES(kListenerCues) = {
    {"tell", "cue.tell", "tell someone"},   {"tells", "cue.tell", "tell someone"},
    {"told", "cue.tell", "tell someone"},   {"telling", "cue.tell", "tell someone"},
    {"warned", "cue.warn", "warn someone"}, {"warn", "cue.warn", "warn someone"},
    {"warns", "cue.warn", "warn someone"},  {"assured", "cue.assure", "assure someone"},
    {"reminded", "cue.remind", "remind someone"}, {"informed", "cue.inform", "inform someone"},
    {"asked", "cue.ask", "ask someone"},    {"urged", "cue.urge", "urge someone"},
};

// Verbs that report someone's words only when those words are quoted:
// "X called the plan “a disaster”", "Y dismissed the report as “pure fiction”".
// Without a quotation in the clause they are ordinary actions.
CLAIMSCOPE_WORD_RULES(kQuotingVerbs) = {
    {"called", "qcue.call", "names something in the speaker's words"}, {"calls", "qcue.call", "names something"},
    {"calling", "qcue.call", "names something"}, {"describe", "qcue.describe", "characterisation"},
    {"described", "qcue.describe", "characterisation"}, {"describes", "qcue.describe", "characterisation"},
    {"describing", "qcue.describe", "characterisation"}, {"dubbed", "qcue.dub", "naming"},
    {"labeled", "qcue.label", "naming"}, {"labelled", "qcue.label", "naming (British)"},
    {"branded", "qcue.brand", "naming"}, {"termed", "qcue.term", "naming"}, {"blasted", "qcue.blast", "criticism"},
    {"dismissed", "qcue.dismiss", "rejection"}, {"criticized", "qcue.criticize", "criticism"},
    {"criticised", "qcue.criticize", "criticism (British)"}, {"praised", "qcue.praise", "praise"},
    {"mocked", "qcue.mock", "ridicule"}, {"slammed", "qcue.slam", "criticism"}, {"touted", "qcue.tout", "promotion"},
    {"accused", "qcue.accuse", "accusation"}, {"accuses", "qcue.accuse", "accusation"},
    {"promising", "qcue.promise", "commitment"}, {"vowing", "qcue.vow", "commitment"},
    {"defended", "qcue.defend", "justification"}, {"hailed", "qcue.hail", "praise"},
    {"denounced", "qcue.denounce", "criticism"}, {"condemned", "qcue.condemn", "criticism"},
    {"admire", "qcue.admire", "stated admiration"}, {"admires", "qcue.admire", "stated admiration"},
    {"admired", "qcue.admire", "stated admiration"}, {"likened", "qcue.liken", "comparison"},
    {"likens", "qcue.liken", "comparison"}, {"compared", "qcue.compare", "comparison"},
    {"compares", "qcue.compare", "comparison"}, {"characterized", "qcue.characterize", "characterisation"},
    {"characterised", "qcue.characterize", "characterisation (British)"},
    {"characterizes", "qcue.characterize", "characterisation"}, {"blamed", "qcue.blame", "blame"},
    {"blames", "qcue.blame", "blame"}, {"attacked", "qcue.attack", "verbal attack"},
    {"attacks", "qcue.attack", "verbal attack"},
    {"rated", "qcue.rate", "a fact-checker's rating"}, {"rates", "qcue.rate", "a fact-checker's rating"},
    {"touts", "qcue.tout", "promotion"},
    {"questioned", "qcue.question", "doubt voiced"},
    {"disputed", "qcue.dispute", "contradiction"},
    {"endorsed", "qcue.endorse", "public support"}, {"endorses", "qcue.endorse", "public support"},
    {"proposed", "qcue.propose", "a proposal"}, {"proposes", "qcue.propose", "a proposal"},
    // quotes36: the other tense forms of the speech acts below, and rebukes news uses as often.
    {"criticizes", "qcue.criticize", "criticism"}, {"criticizing", "qcue.criticize", "criticism"},
    {"criticises", "qcue.criticize", "criticism (British)"}, {"criticising", "qcue.criticize", "criticism (British)"},
    {"accusing", "qcue.accuse", "accusation"}, {"praises", "qcue.praise", "praise"}, {"praising", "qcue.praise", "praise"},
    {"condemns", "qcue.condemn", "criticism"}, {"condemning", "qcue.condemn", "criticism"},
    {"denounces", "qcue.denounce", "criticism"}, {"denouncing", "qcue.denounce", "criticism"},
    {"blasts", "qcue.blast", "criticism"}, {"blasting", "qcue.blast", "criticism"},
    {"slams", "qcue.slam", "criticism"}, {"slamming", "qcue.slam", "criticism"},
    {"mocks", "qcue.mock", "ridicule"}, {"mocking", "qcue.mock", "ridicule"},
    {"blaming", "qcue.blame", "blame"}, {"decried", "qcue.decry", "criticism"}, {"decries", "qcue.decry", "criticism"},
    {"decrying", "qcue.decry", "criticism"}, {"assailed", "qcue.assail", "criticism"}, {"assails", "qcue.assail", "criticism"},
    {"lambasted", "qcue.lambast", "criticism"}, {"rebuked", "qcue.rebuke", "rebuke"}, {"berated", "qcue.berate", "rebuke"},
    {"chastised", "qcue.chastise", "rebuke"},
    // mixed117: the present and "-ing" forms of the naming and judging verbs above, which news
    // uses as often ("Ruiz labels the levy “theft”", "…, dismissing the audit as “spin”").
    {"dubs", "qcue.dub", "naming"}, {"dubbing", "qcue.dub", "naming"},
    {"labels", "qcue.label", "naming"}, {"labeling", "qcue.label", "naming"}, {"labelling", "qcue.label", "naming (British)"},
    {"brands", "qcue.brand", "naming"}, {"branding", "qcue.brand", "naming"}, {"terming", "qcue.term", "naming"},
    {"dismisses", "qcue.dismiss", "rejection"}, {"dismissing", "qcue.dismiss", "rejection"},
    {"touting", "qcue.tout", "promotion"},  // not "hails": mostly "hails from"
    {"defends", "qcue.defend", "justification"}, {"defending", "qcue.defend", "justification"},
    {"likening", "qcue.liken", "comparison"},
    {"characterizing", "qcue.characterize", "characterisation"},
    {"characterises", "qcue.characterize", "characterisation (British)"},
    {"characterising", "qcue.characterize", "characterisation (British)"},
    {"lambasts", "qcue.lambast", "criticism"}, {"lambasting", "qcue.lambast", "criticism"},
    {"rebukes", "qcue.rebuke", "rebuke"}, {"rebuking", "qcue.rebuke", "rebuke"},
    {"berates", "qcue.berate", "rebuke"}, {"berating", "qcue.berate", "rebuke"},
    {"chastises", "qcue.chastise", "rebuke"}, {"chastising", "qcue.chastise", "rebuke"},
    {"derided", "qcue.deride", "ridicule"}, {"derides", "qcue.deride", "ridicule"}, {"deriding", "qcue.deride", "ridicule"},
    {"heralded", "qcue.herald", "praise"}, {"heralds", "qcue.herald", "praise"}, {"heralding", "qcue.herald", "praise"},
    // mixed121: "portray" beside the view verbs' "portrayed"/"portrays" ("…, portraying the levy
    // as “theft”", "continued to portray"), and complaints and rebukes news reports with a
    // quoted phrase ("bemoaned a mood in which people “hate each other”", "chided the board for
    // its “lazy” plans"). Not "ripped" or "knocked": also deeds ("ripped the “historic” sign").
    {"portray", "qcue.portray", "characterisation"}, {"portraying", "qcue.portray", "characterisation"},
    {"bemoaned", "qcue.bemoan", "complaint"}, {"bemoans", "qcue.bemoan", "complaint"},
    {"bemoaning", "qcue.bemoan", "complaint"}, {"groused", "qcue.grouse", "complaint"},
    {"grouses", "qcue.grouse", "complaint"}, {"grousing", "qcue.grouse", "complaint"},
    {"chided", "qcue.chide", "rebuke"}, {"chides", "qcue.chide", "rebuke"}, {"chiding", "qcue.chide", "rebuke"},
    // Not "rails": a noun after a noun ("the train rails “sang”").
    {"railed", "qcue.rail", "complaint: railed against"}, {"railing", "qcue.rail", "complaint: railing against"},
};

// Quoting verbs that are speech acts in themselves: their object is what the
// subject said or judged, quoted or not ("accused the port board of stalling",
// "criticized the party's silence"). Naming verbs ("called", "dubbed") and
// "attacked" (also a military verb) still need a quotation.
CLAIMSCOPE_WORD_RULES(kSpeechActVerbs) = {
    {"described", "sact.describe", "characterisation"}, {"describes", "sact.describe", "characterisation"},
    {"criticized", "sact.criticize", "criticism"}, {"criticised", "sact.criticize", "criticism (British)"},
    {"accused", "sact.accuse", "accusation"}, {"accuses", "sact.accuse", "accusation"},
    {"praised", "sact.praise", "praise"}, {"condemned", "sact.condemn", "criticism"},
    {"denounced", "sact.denounce", "criticism"}, {"blasted", "sact.blast", "criticism"},
    {"slammed", "sact.slam", "criticism"}, {"mocked", "sact.mock", "ridicule"}, {"hailed", "sact.hail", "praise"},
    {"defended", "sact.defend", "justification"}, {"blamed", "sact.blame", "blame"}, {"blames", "sact.blame", "blame"},
    {"rejected", "sact.reject", "rejection (a court, a party)"}, {"rejects", "sact.reject", "rejection"},
    // Past forms only: "questions" and "disputes" are mostly nouns.
    {"questioned", "sact.question", "doubt voiced: questioned whether …"},
    {"disputed", "sact.dispute", "contradiction"},
    {"endorsed", "sact.endorse", "public support"}, {"endorses", "sact.endorse", "public support"},
    // "Lee proposed a tax on tickets": what the subject put forward ("the proposed tax" and
    // "changes proposed by the board" have no subject before the verb, or only an agent after it).
    {"proposed", "sact.propose", "a proposal"}, {"proposes", "sact.propose", "a proposal"},
    // quotes36: present and "-ing" forms ("…, criticizing the toll as a tax on families" speaks
    // for the sentence's subject), and the rebukes "decried", "assailed", "lambasted", "rebuked".
    {"criticizes", "sact.criticize", "criticism"}, {"criticizing", "sact.criticize", "criticism"},
    {"criticises", "sact.criticize", "criticism (British)"}, {"criticising", "sact.criticize", "criticism (British)"},
    {"accusing", "sact.accuse", "accusation"}, {"praises", "sact.praise", "praise"}, {"praising", "sact.praise", "praise"},
    {"condemns", "sact.condemn", "criticism"}, {"condemning", "sact.condemn", "criticism"},
    {"denounces", "sact.denounce", "criticism"}, {"denouncing", "sact.denounce", "criticism"},
    {"blasts", "sact.blast", "criticism"}, {"blasting", "sact.blast", "criticism"},
    {"slams", "sact.slam", "criticism"}, {"slamming", "sact.slam", "criticism"},
    {"mocks", "sact.mock", "ridicule"}, {"mocking", "sact.mock", "ridicule"},
    {"blaming", "sact.blame", "blame"}, {"decried", "sact.decry", "criticism"}, {"decries", "sact.decry", "criticism"},
    {"decrying", "sact.decry", "criticism"}, {"assailed", "sact.assail", "criticism"}, {"assails", "sact.assail", "criticism"},
    {"lambasted", "sact.lambast", "criticism"}, {"rebuked", "sact.rebuke", "rebuke"}, {"berated", "sact.berate", "rebuke"},
    {"chastised", "sact.chastise", "rebuke"},
};

// Verbs that attribute a claim only with a "that" clause right after them:
// "a poll found that …", "the data show that …", "she hopes that …".
CLAIMSCOPE_WORD_RULES(kThatCues) = {
    {"charged", "tcue.charge", "accusation: charged that"}, {"charges", "tcue.charge", "accusation: charges that"},
    {"show", "tcue.show", "evidence shows that"}, {"shows", "tcue.show", "evidence shows that"},
    {"showed", "tcue.show", "evidence showed that"}, {"shown", "tcue.show", "has shown that"},
    {"find", "tcue.find", "a study finds that"}, {"finds", "tcue.find", "a study finds that"},
    {"found", "tcue.find", "a study found that"}, {"learned", "tcue.learn", "has learned that"},
    {"hope", "tcue.hope", "hopes that"}, {"hopes", "tcue.hope", "hopes that"}, {"hoped", "tcue.hope", "hoped that"},
    {"fear", "tcue.fear", "fears that"}, {"fears", "tcue.fear", "fears that"}, {"feared", "tcue.fear", "feared that"},
    {"expect", "tcue.expect", "expects that"}, {"expects", "tcue.expect", "expects that"},
    {"expected", "tcue.expect", "expected that"}, {"worry", "tcue.worry", "worries that"},
    {"worries", "tcue.worry", "worries that"}, {"worried", "tcue.worry", "worried that"},
    {"realize", "tcue.realize", "realizes that"}, {"realized", "tcue.realize", "realized that"},
    {"recognize", "tcue.recognize", "recognizes that"}, {"recognized", "tcue.recognize", "recognized that"},
    {"understand", "tcue.understand", "understands that"}, {"ruled", "tcue.rule", "a court ruled that"},
    {"determined", "tcue.determine", "investigators determined that"}, {"decided", "tcue.decide", "decided that"},
    {"concluded", "tcue.conclude", "concluded that"}, {"assume", "tcue.assume", "assumes that"},
    {"assumed", "tcue.assume", "assumed that"}, {"doubt", "tcue.doubt", "doubts that"},
    {"doubts", "tcue.doubt", "doubts that"}, {"guess", "tcue.guess", "guesses that"},
    {"bet", "tcue.bet", "bets that"}, {"signaled", "tcue.signal", "signaled that"},
    {"demonstrated", "tcue.demonstrate", "demonstrated that"}, {"proves", "tcue.prove", "proves that"},
    {"proved", "tcue.prove", "proved that"}, {"emphasizes", "tcue.emphasize", "emphasizes that"},
    {"maintain", "tcue.maintain", "maintains that (\"maintains a program\" is no speech)"},
    {"maintains", "tcue.maintain", "maintains that"}, {"maintained", "tcue.maintain", "maintained that"},
    // Adjectives of a state of mind (kStateOfMindAdjectives): a clause only after a linking verb.
    {"concerned", "tcue.concerned", "are concerned that"}, {"confident", "tcue.confident", "is confident that"},
    {"convinced", "tcue.convinced", "remains convinced that"}, {"optimistic", "tcue.optimistic", "are optimistic that"},
    {"hopeful", "tcue.hopeful", "were hopeful that"}, {"adamant", "tcue.adamant", "was adamant that"},
    {"skeptical", "tcue.skeptical", "remained skeptical that"},
    {"sceptical", "tcue.skeptical", "remained sceptical that (British)"},
    {"nervous", "tcue.nervous", "are nervous that"}, {"afraid", "tcue.afraid", "were afraid that"},
};

// Verbs whose "to" clause states an intention, promise or appeal that
// news reports attribute to the subject: "vowed to …", "urged voters to …",
// "wants to …". The content starts at "to".
CLAIMSCOPE_WORD_RULES(kInfinitiveCues) = {
    {"vow", "icue.vow", "promise"}, {"vows", "icue.vow", "promise"}, {"vowed", "icue.vow", "promise"},
    {"promise", "icue.promise", "promise"}, {"promises", "icue.promise", "promise"},
    {"promised", "icue.promise", "promise"}, {"pledge", "icue.pledge", "promise"},
    {"pledges", "icue.pledge", "promise"}, {"pledged", "icue.pledge", "promise"},
    {"threaten", "icue.threaten", "threat"}, {"threatens", "icue.threaten", "threat"},
    {"threatened", "icue.threaten", "threat"}, {"urge", "icue.urge", "appeal"}, {"urges", "icue.urge", "appeal"},
    {"urged", "icue.urge", "appeal"}, {"asked", "icue.ask", "request"}, {"asks", "icue.ask", "request"},
    {"told", "icue.tell", "instruction"}, {"want", "icue.want", "stated wish"}, {"wants", "icue.want", "stated wish"},
    {"wanted", "icue.want", "stated wish"}, {"plan", "icue.plan", "stated plan"}, {"plans", "icue.plan", "stated plan"},
    {"planned", "icue.plan", "stated plan"}, {"intend", "icue.intend", "stated plan"},
    {"intends", "icue.intend", "stated plan"}, {"intended", "icue.intend", "stated plan"},
    {"hope", "icue.hope", "stated hope"}, {"hopes", "icue.hope", "stated hope"}, {"hoped", "icue.hope", "stated hope"},
    {"refuse", "icue.refuse", "stated refusal"}, {"refuses", "icue.refuse", "stated refusal"},
    {"refused", "icue.refuse", "stated refusal"}, {"declined", "icue.decline", "stated refusal"},
    {"agreed", "icue.agree", "stated agreement"}, {"offered", "icue.offer", "offer"},
    {"demanded", "icue.demand", "demand"}, {"expects", "icue.expect", "stated expectation"},
    {"expect", "icue.expect", "stated expectation"}, {"seeks", "icue.seek", "stated aim"},
    {"sought", "icue.seek", "stated aim"}, {"encouraged", "icue.encourage", "appeal"},
    {"encourages", "icue.encourage", "appeal"}, {"called", "icue.call_on", "'called on X to'"},
    {"calls", "icue.call_on", "'calls on X to'"}, {"calling", "icue.call_on", "'calling on X to'"},
    // Participles after a comma: "…, vowing to cut the toll".
    {"vowing", "icue.vow", "promise"}, {"promising", "icue.promise", "promise"},
    {"pledging", "icue.pledge", "promise"}, {"threatening", "icue.threaten", "threat"},
    // "…, hoping to win over …", "is still hoping to …": an aim the subject holds.
    {"hoping", "icue.hope", "stated hope"}, {"planning", "icue.plan", "stated plan"},
    {"seeking", "icue.seek", "stated aim"},
    // Adjectives of readiness: "was eager to …", only after a linking verb. They stay the last
    // rows: kReadinessAdjectives (below) is a view of them, not a copy.
    {"eager", "icue.eager", "is eager to"}, {"willing", "icue.willing", "are willing to"},
    {"unwilling", "icue.unwilling", "were unwilling to"}, {"reluctant", "icue.reluctant", "remain reluctant to"},
    {"determined", "icue.determined", "was determined to"},
    {"keen", "icue.keen", "is keen to"}, {"loath", "icue.loath", "was loath to"},
    {"hesitant", "icue.hesitant", "are hesitant to"}, {"anxious", "icue.anxious", "was anxious to"},
};

// Cues whose passive with an agent ending the sentence reports the subject: "The closure was
// first reported by the Gazette." (reported_by_agent, reported125). Not "was asked / called
// by": the subject of those is no story.
CLAIMSCOPE_WORD_RULES(kAgentReportCues) = {
    {"reported", "agent.reported", "was reported by"}, {"revealed", "agent.revealed", "was revealed by"},
    {"disclosed", "agent.disclosed", "was disclosed by"},
};

// Adjectives of readiness or reluctance whose "to" clause is the subject's stated aim or
// refusal: "The mayor was eager to reopen the pier", "Skippers are reluctant to pay". Only
// after a linking verb (kStateOfMindLinks, maybe with degree words): "an eager crowd",
// "residents willing to wait" (no linking verb) and "determined by the board" report nothing.
// They are kInfinitiveCues' last rows (the class the screen passes). Not "poised" or "ready"
// ("is poised to win", "were ready to move on"): a forecast or a state, not an aim stated
// (on PolNeAR train 2 of 17 such pieces were attributions).
inline constexpr size_t kReadinessAdjectiveCount = 9;  // the rows from "eager" to "anxious"
CLAIMSCOPE_RULE_VIEW kReadinessAdjectives =
    std::span(kInfinitiveCues).last(kReadinessAdjectiveCount);

// Verbs of hope, fear, expectation and doubt whose clause often drops "that": "Officials
// hope the new ferry will ease the queues", "Many fear the fees would drive skippers away". Without
// "that" the clause needs a subject and a finite auxiliary or modal before its first
// punctuation (Finder::thatless_clause): "fear the worst", "hope for a deal" have none.
CLAIMSCOPE_WORD_RULES(kThatlessClauseVerbs) = {
    {"hope", "tless.hope", "hope the plan will …"},  {"hopes", "tless.hope", "hopes the plan will …"},
    {"hoped", "tless.hope", "hoped the plan would …"}, {"fear", "tless.fear", "fear the fees will …"},
    {"fears", "tless.fear", "fears the fees will …"}, {"feared", "tless.fear", "feared the fees would …"},
    {"expect", "tless.expect", "expect the vote will …"}, {"expects", "tless.expect", "expects the vote will …"},
    {"worry", "tless.worry", "worry the pier could …"}, {"worries", "tless.worry", "worries the pier could …"},
    {"doubt", "tless.doubt", "doubt the plan will …"},
    {"doubts", "tless.doubt", "doubts the plan will …"}, {"realized", "tless.realize", "realized the fees would …"},
    {"assume", "tless.assume", "assume the vote will …"}, {"worried", "tless.worry", "worried the pier could …"},
};

// Adjectives of a state of mind whose clause, with or without "that", is the subject's
// view (Finder::state_of_mind): "Pier owners are confident the repairs will hold", "She
// remained convinced that …". Only after a linking verb (kStateOfMindLinks), maybe with
// degree words between (kStateOfMindDegrees): "a confident skipper", "residents concerned
// about noise" describe someone, and "so nervous that she left" is a result ("so", "too"
// are no degree words here). Each is a kThatCues row too (the class the screen passes).
CLAIMSCOPE_WORD_RULES(kStateOfMindAdjectives) = {
    {"worried", "mind.worried", "are worried the fees will …"}, {"concerned", "mind.concerned", "are concerned that"},
    {"confident", "mind.confident", "is confident the pier will …"}, {"convinced", "mind.convinced", "remains convinced that"},
    {"optimistic", "mind.optimistic", "are optimistic that"}, {"hopeful", "mind.hopeful", "were hopeful the vote …"},
    {"adamant", "mind.adamant", "was adamant that"}, {"skeptical", "mind.skeptical", "remained skeptical that"},
    {"sceptical", "mind.skeptical", "remained sceptical that (British)"}, {"nervous", "mind.nervous", "are nervous that"},
    {"afraid", "mind.afraid", "were afraid that"},
};

// States of mind that are also a verb's past: without a linking verb they are read as the
// verb ("he worried that …", "Officials worried the pier could …": kThatCues, kThatlessClauseVerbs).
CLAIMSCOPE_WORD_RULES(kStateOfMindVerbs) = {
    {"worried", "mindverb.worried", "he worried that …"},
};

// Linking verbs before a state of mind: "are confident", "remained convinced", "seemed hopeful",
// "grew nervous", and the negated forms written as one word.
CLAIMSCOPE_WORD_RULES(kStateOfMindLinks) = {
    {"is", "link.is", "is confident"},       {"are", "link.are", "are worried"},   {"was", "link.was", "was adamant"},
    {"were", "link.were", "were hopeful"},   {"am", "link.am", "am convinced"},    {"be", "link.be", "will be nervous"},
    {"been", "link.been", "have been concerned"}, {"remain", "link.remain", "remain confident"},
    {"remains", "link.remain", "remains convinced"}, {"remained", "link.remain", "remained skeptical"},
    {"seem", "link.seem", "seem confident"}, {"seems", "link.seem", "seems hopeful"},
    {"seemed", "link.seem", "seemed hopeful"}, {"feel", "link.feel", "feel confident"},
    {"feels", "link.feel", "feels confident"}, {"felt", "link.feel", "felt confident"},
    {"grew", "link.grow", "grew nervous"},   {"became", "link.become", "became convinced"},
    {"isn't", "link.isnt", "isn't convinced"}, {"isn\u2019t", "link.isnt", "isn’t convinced"},
    {"aren't", "link.arent", "aren't confident"}, {"aren\u2019t", "link.arent", "aren’t confident"},
    {"wasn't", "link.wasnt", "wasn't optimistic"}, {"wasn\u2019t", "link.wasnt", "wasn’t optimistic"},
    {"weren't", "link.werent", "weren't hopeful"}, {"weren\u2019t", "link.werent", "weren’t hopeful"},
};

// Words of degree, negation or time between a linking verb and a state of mind: "are not
// convinced", "is now more confident", "were both hopeful" (with any "-ly" adverb).
CLAIMSCOPE_WORD_RULES(kStateOfMindDegrees) = {
    {"not", "deg.not", "are not convinced"}, {"very", "deg.very", "is very confident"},
    {"more", "deg.more", "are more hopeful"}, {"less", "deg.less", "is less confident"},
    {"most", "deg.most", "most confident"},  {"quite", "deg.quite", "quite sure"},
    {"still", "deg.still", "still convinced"}, {"now", "deg.now", "now convinced"},
    {"also", "deg.also", "also worried"},    {"all", "deg.all", "are all confident"},
    {"both", "deg.both", "were both hopeful"}, {"even", "deg.even", "even more confident"},
    {"far", "deg.far", "far more confident"}, {"already", "deg.already", "were already skeptical"},
};

// Words that open a time or place adjunct after a cue ("said on Tuesday",
// "told reporters in Paris"): content does not start with them unless a
// "that" follows, and a quotation right after one is their object
// ("appeared on “Harbour Hour”"), not the speaker's words.
CLAIMSCOPE_WORD_RULES(kAdjunctOpeners) = {
    {"in", "adj.in", "place/time"}, {"on", "adj.on", "time/programme"}, {"at", "adj.at", "place/event"},
    {"during", "adj.during", "time"}, {"after", "adj.after", "time"}, {"before", "adj.before", "time"},
    {"last", "adj.last", "time"}, {"earlier", "adj.earlier", "time"}, {"with", "adj.with", "interlocutor"},
    {"to", "adj.to", "listener"}, {"for", "adj.for", "purpose/outlet"}, {"from", "adj.from", "origin"},
    {"of", "adj.of", "topic"}, {"about", "adj.about", "topic"}, {"as", "adj.as", "role"},
    {"when", "adj.when", "time clause"}, {"while", "adj.while", "time clause"}, {"by", "adj.by", "agent"},
};

// Words ending in -ing that do not open a participle clause after a comma
// (", during the debate", ", housing and schools"): the clause goes on.
CLAIMSCOPE_WORD_RULES(kNotParticiples) = {
    {"during", "noping.during", "preposition"}, {"according", "noping.according", "\"according to\""},
    // ", including the ferry and the bridge": a list of examples belongs to what was said.
    {"including", "noping.including", "preposition"},
    {"notwithstanding", "noping.notwithstanding", "preposition"}, {"nothing", "noping.nothing", "pronoun"},
    {"something", "noping.something", "pronoun"}, {"anything", "noping.anything", "pronoun"},
    {"everything", "noping.everything", "pronoun"}, {"morning", "noping.morning", "noun"},
    {"evening", "noping.evening", "noun"}, {"building", "noping.building", "noun"},
    {"meeting", "noping.meeting", "noun"}, {"hearing", "noping.hearing", "noun"},
    {"housing", "noping.housing", "noun"}, {"funding", "noping.funding", "noun"},
    {"spending", "noping.spending", "noun"}, {"training", "noping.training", "noun"},
    {"shooting", "noping.shooting", "noun"}, {"bombing", "noping.bombing", "noun"},
    {"ruling", "noping.ruling", "noun"}, {"polling", "noping.polling", "noun"},
    {"pending", "noping.pending", "adjective"}, {"ongoing", "noping.ongoing", "adjective"},
    {"outstanding", "noping.outstanding", "adjective"}, {"surprising", "noping.surprising", "adjective"},
    {"interesting", "noping.interesting", "adjective"}, {"willing", "noping.willing", "adjective"},
    {"thing", "noping.thing", "noun"}, {"things", "noping.things", "noun"}, {"bring", "noping.bring", "verb"},
    {"spring", "noping.spring", "noun"}, {"string", "noping.string", "noun"}, {"swing", "noping.swing", "noun"},
    {"king", "noping.king", "noun"}, {"wing", "noping.wing", "noun"}, {"ring", "noping.ring", "noun"},
};

// Words that open a time phrase between a speech verb and its content:
// "told voters this weekend he …", "said last week she …".
CLAIMSCOPE_WORD_RULES(kTimeAdjunctOpeners) = {
    {"this", "time.this", "this week"},       {"last", "time.last", "last week"},
    {"next", "time.next", "next month"},      {"earlier", "time.earlier", "earlier this year"},
    {"later", "time.later", "later that day"}, {"yesterday", "time.yesterday", "yesterday"},
    {"today", "time.today", "today"},
};

// Prepositions that open a time phrase closing a demand: "pushed for the plan since 2024",
// "called for a recount on Monday" (reported_speech.cpp: closing_time_phrase). Not "by" or
// "until": "called for a vote by Friday" holds its deadline.
CLAIMSCOPE_WORD_RULES(kTimePrepositions) = {
    {"since", "tprep.since", "since 2024"}, {"on", "tprep.on", "on Monday"}, {"in", "tprep.in", "in 2024"},
};

// Last words of a count of time that sets a scene, after a period noun (kPeriodNouns):
// "Eight years ago, he said, “…”" (reported_rare.cpp: counts_time).
CLAIMSCOPE_WORD_RULES(kTimeCountEnds) = {
    {"ago", "tcount.ago", "two years ago"}, {"later", "tcount.later", "a day later"},
    {"earlier", "tcount.earlier", "a week earlier"},
};
constexpr size_t kMaxTimeCountWords = 5;  // "less than two weeks ago"

// Prepositions that open the setting after a speech act's named object: "praised Lena Fox
// in her speech", "endorsed Ben Orr at a rally" (reported_rare.cpp: named_object_end).
// Not "for" or "as", which carry the judgement ("praised Fox for …", "described Orr as …").
CLAIMSCOPE_WORD_RULES(kObjectSettingOpeners) = {
    {"in", "oset.in", "in December"},   {"at", "oset.at", "at a news conference"},
    {"during", "oset.during", "during a rally"}, {"from", "oset.from", "from the floor"},
    {"after", "oset.after", "after the vote"},   {"before", "oset.before", "before the crowd"},
};

// Forms of "be" before a participle make a passive: "has been called a
// fraud" reports someone else's words (the agent after "by").
CLAIMSCOPE_WORD_RULES(kPassiveAuxiliaries) = {
    {"been", "pass.been", "has been called"}, {"be", "pass.be", "will be called"},
    {"being", "pass.being", "is being called"}, {"is", "pass.is", "is called"},
    {"was", "pass.was", "was called"},         {"are", "pass.are", "are called"},
    {"were", "pass.were", "were called"},
};

// Finite auxiliaries and modals, one table for three readers, in this order: "did", "does"
// (kCueModifiers only), then the eleven that follow a relative "that" (kRelativeClauseVerbs),
// then four modals; kCueModifiers' auxiliaries are its first eleven rows. A plain array, not
// CLAIMSCOPE_WORD_RULES: the views below are taken at compile time (the page keeps it unpacked).
// The array and its views are inline variables, one object each in the program, so a view's
// index (lexicon<kRelativeClauseVerbs>) is one too, not one per file that asks it.
inline constexpr WordRule kAuxiliaries[] = {
    {"did", "aux.did", "did say, did not"},  {"does", "aux.does", "does say, does not"},
    {"is", "aux.is", "is saying, that is"}, {"was", "aux.was", "was saying, that was held"},
    {"are", "aux.are", "are saying, that are"}, {"were", "aux.were", "were saying, that were"},
    {"has", "aux.has", "has said, that has"}, {"had", "aux.had", "had said, that had"},
    {"have", "aux.have", "have said, that have"}, {"will", "aux.will", "will say, that will"},
    {"would", "aux.would", "would say, that would"}, {"could", "aux.could", "that could, could fail"},
    {"can", "aux.can", "that can, can wait"}, {"should", "aux.should", "should go"},
    {"must", "aux.must", "must end"},       {"might", "aux.might", "might fall"},
    {"may", "aux.may", "may close"},
};

// Auxiliaries that make "that" a relative pronoun when they follow it right after a
// noun: "the meeting that was held", "the plan that will be put" (reported_speech.cpp:
// is_relative_that). A complementizer "that" is followed by its clause's subject.
inline constexpr std::span<const WordRule> kRelativeClauseVerbs = std::span(kAuxiliaries).subspan(2, 11);

// Naming verbs that report the speaker's judgement unquoted when an object and
// an "a"/"an" complement follow: "called the plan a disaster", "branded him a
// liar". ("called a meeting", "called the police" have no complement.)
CLAIMSCOPE_WORD_RULES(kNamingVerbs) = {
    {"called", "name.call", "called X a Y"}, {"calls", "name.call", "calls X a Y"},
    {"calling", "name.call", "calling X a Y"}, {"dubbed", "name.dub", "dubbed X a Y"},
    {"branded", "name.brand", "branded X a Y"}, {"labeled", "name.label", "labeled X a Y"},
    {"labelled", "name.label", "labelled X a Y (British)"}, {"termed", "name.term", "termed X a Y"},
};

// Words that open a clause whose subject names with a naming verb and a quotation:
// "what former staff have called a “rigged contest”", "when columnists called her “…”"
// (reported_rare.cpp: naming_shape). The words between the opener and the verb speak.
// After a relative the clause is a noun phrase of the sentence and ends with the quotation.
CLAIMSCOPE_WORD_RULES(kNamingRelatives) = {{"what", "nopen.what", "relative"}, {"which", "nopen.which", "relative"}};
CLAIMSCOPE_WORD_RULES(kNamingSubordinators) = {
    {"when", "nopen.when", "time"}, {"as", "nopen.as", "time"}, {"while", "nopen.while", "time"},
    {"after", "nopen.after", "time"},
};
constexpr size_t kMaxNamingSubjectWords = 10;  // "what the Gazette and the Herald each called"

// Where, besides the speech settings and issued documents (speaker_words.h), a quoted
// judgement was voiced: "called the plan “a mess” on his radio show", "… in her new book".
// A phrase opened by a preposition and naming one of them after the quotation is the
// reporter's note on the setting, not part of the judgement.
CLAIMSCOPE_WORD_RULES(kVoicedIn) = {
    {"show", "voiced.show", "on his radio show"},        {"book", "voiced.book", "in her book"},
    {"column", "voiced.column", "in a column"},          {"op-ed", "voiced.oped", "in an op-ed"},
    {"article", "voiced.article", "in an article"},      {"broadcast", "voiced.broadcast", "in a broadcast"},
    {"program", "voiced.program", "on his program"},     {"programme", "voiced.program", "on her programme (British)"},
    {"blog", "voiced.blog", "on her blog"},              {"essay", "voiced.essay", "in an essay"},
    {"tweets", "voiced.tweets", "in a series of tweets"}, {"posts", "voiced.posts", "in posts"},
    {"twitter", "voiced.twitter", "on Twitter"},         {"facebook", "voiced.facebook", "on Facebook"},
};

// Judgements that complete a naming verb without an article when they end
// the clause: "called the report false", "branded the charges baseless",
// "called the claims nonsense". Words of verdict, not description ("called
// the room cold" is rare in news and "cold" is not here).
CLAIMSCOPE_WORD_RULES(kJudgementWords) = {
    {"wrong", "judge.wrong", "called X wrong"},           {"false", "judge.false", "called X false"},
    {"untrue", "judge.false", "called X untrue"},         {"inaccurate", "judge.false", "called X inaccurate"},
    {"baseless", "judge.baseless", "called X baseless"},  {"groundless", "judge.baseless", "called X groundless"},
    {"unfounded", "judge.baseless", "called X unfounded"}, {"misleading", "judge.false", "called X misleading"},
    {"absurd", "judge.absurd", "called X absurd"},        {"ridiculous", "judge.absurd", "called X ridiculous"},
    {"nonsense", "judge.absurd", "called X nonsense"},    {"unacceptable", "judge.unacceptable", "called X unacceptable"},
    {"illegal", "judge.illegal", "called X illegal"},     {"unlawful", "judge.illegal", "called X unlawful"},
    {"unconstitutional", "judge.illegal", "called X unconstitutional"},
    {"irresponsible", "judge.reckless", "called X irresponsible"}, {"reckless", "judge.reckless", "called X reckless"},
    {"dangerous", "judge.reckless", "called X dangerous"}, {"premature", "judge.premature", "called X premature"},
    {"unfair", "judge.unfair", "called X unfair"},        {"unjust", "judge.unfair", "called X unjust"},
    {"outrageous", "judge.outrageous", "called X outrageous"}, {"shameful", "judge.outrageous", "called X shameful"},
    {"propaganda", "judge.propaganda", "called X propaganda"}, {"hysteria", "judge.propaganda", "called X hysteria"},
    {"unnecessary", "judge.unnecessary", "called X unnecessary"}, {"excessive", "judge.unnecessary", "called X excessive"},
    {"politically-motivated", "judge.motive", "called X politically-motivated"},
    {"legal", "judge.legal", "called X legal"},           {"lawful", "judge.legal", "called X lawful"},
    {"divisive", "judge.divisive", "called X divisive"},  {"racist", "judge.bigoted", "called X racist"},
    {"hypocritical", "judge.hypocritical", "called X hypocritical"}, {"disgraceful", "judge.outrageous", "called X disgraceful"},
    {"unworkable", "judge.unworkable", "called X unworkable"}, {"unrealistic", "judge.unworkable", "called X unrealistic"},
};

// "made clear that …", "made it clear to the board that …", "made the case that …": a
// verb of making with one of kMadeStatements is one speech cue, and the "that" clause after
// it (past a listener or a time adjunct) is the content (reported_speech.cpp: made_statement).
CLAIMSCOPE_WORD_RULES(kMakeVerbs) = {
    {"make", "make.make", "make clear"},   {"makes", "make.make", "makes the case"},
    {"made", "make.make", "made clear"},   {"making", "make.make", "making the point"},
};

// What is made when a statement is made (the words after the verb, an adjective between a
// determiner and its noun skipped: "made a strong case that").
CLAIMSCOPE_WORD_RULES(kMadeStatements) = {
    {"clear", "made.clear", "made clear that"},          {"it clear", "made.it_clear", "made it clear that"},
    {"plain", "made.plain", "made plain that"},          {"it plain", "made.it_plain", "made it plain that"},
    {"known", "made.known", "made known that"},          {"it known", "made.it_known", "made it known that"},
    {"the case", "made.case", "made the case that"},     {"a case", "made.case", "made a case that"},
    {"the point", "made.point", "made the point that"},  {"a point", "made.point", "made a point that"},
    {"the argument", "made.argument", "made the argument that"},
    {"an argument", "made.argument", "made an argument that"},
    {"the observation", "made.observation", "made the observation that"},
    {"the claim", "made.claim", "made the claim that"},  {"a claim", "made.claim", "made a claim that"},
    {"the assertion", "made.assertion", "made the assertion that"},
    {"the promise", "made.promise", "made the promise that"}, {"a promise", "made.promise", "made a promise that"},
};

// Nouns of a statement whose owner speaks and whose "that" clause is the content: "Ruiz's
// claim that the pier was unsafe", "the board's promise that fares would fall"
// (reported_speech.cpp: owned_statement).
CLAIMSCOPE_WORD_RULES(kStatementNouns) = {
    {"claim", "snoun.claim", "Ruiz's claim that"},             {"claims", "snoun.claim", "Ruiz's claims that"},
    {"argument", "snoun.argument", "Ruiz's argument that"},    {"assertion", "snoun.assertion", "Ruiz's assertion that"},
    {"insistence", "snoun.insistence", "Ruiz's insistence that"},
    {"contention", "snoun.contention", "Ruiz's contention that"},
    {"warning", "snoun.warning", "Ruiz's warning that"},       {"view", "snoun.view", "Ruiz's view that"},
    {"belief", "snoun.belief", "Ruiz's belief that"},          {"suggestion", "snoun.suggestion", "Ruiz's suggestion that"},
    {"promise", "snoun.promise", "Ruiz's promise that"},       {"pledge", "snoun.pledge", "Ruiz's pledge that"},
    {"statement", "snoun.statement", "Ruiz's statement that"}, {"remark", "snoun.remark", "Ruiz's remark that"},
    {"comment", "snoun.comment", "Ruiz's comment that"},       {"comments", "snoun.comment", "Ruiz's comments that"},
    {"accusation", "snoun.accusation", "Ruiz's accusation that"},
    {"allegation", "snoun.allegation", "Ruiz's allegation that"},
    {"prediction", "snoun.prediction", "Ruiz's prediction that"},
    {"assessment", "snoun.assessment", "Ruiz's assessment that"},
    {"assurance", "snoun.assurance", "Ruiz's assurance that"}, {"complaint", "snoun.complaint", "Ruiz's complaint that"},
    // Views held rather than said, mostly as a verb's object: "expressed concern that",
    // "rejected the notion that", "shared her belief that".
    {"idea", "snoun.idea", "rejected the idea that"},          {"notion", "snoun.notion", "dismissed the notion that"},
    {"concern", "snoun.concern", "expressed concern that"},    {"concerns", "snoun.concern", "raised concerns that"},
    {"fear", "snoun.fear", "voiced the fear that"},            {"fears", "snoun.fear", "voiced fears that"},
    {"hope", "snoun.hope", "expressed the hope that"},         {"theory", "snoun.theory", "floated the theory that"},
    {"doubt", "snoun.doubt", "expressed doubt that"},          {"doubts", "snoun.doubt", "raised doubts that"},
};

// Verbs that give voice to a view the subject holds, with a statement noun as object:
// "Ruiz expressed concern that …", "Lee repeated his claim that …" (reported_speech.cpp:
// held_statement). Verbs of rejecting are not here: in "the board dismissed the claim
// that …" the claim is someone else's.
CLAIMSCOPE_WORD_RULES(kVoicingVerbs) = {
    {"expressed", "voice.express", "expressed concern that"},   {"expresses", "voice.express", "expresses the hope that"},
    {"express", "voice.express", "express the fear that"},      {"voiced", "voice.voice", "voiced concern that"},
    {"voices", "voice.voice", "voices the fear that"},          {"voice", "voice.voice", "voice concerns that"},
    {"raised", "voice.raise", "raised concerns that"},          {"raises", "voice.raise", "raises the fear that"},
    {"raise", "voice.raise", "raise concerns that"},            {"shared", "voice.share", "shared her belief that"},
    {"shares", "voice.share", "shares the view that"},          {"share", "voice.share", "share the concern that"},
    {"repeated", "voice.repeat", "repeated his claim that"},    {"repeats", "voice.repeat", "repeats the claim that"},
    {"repeat", "voice.repeat", "repeat the claim that"},        {"reiterated", "voice.reiterate", "reiterated his view that"},
    {"reiterates", "voice.reiterate", "reiterates the view that"},
    {"floated", "voice.float", "floated the idea that"},        {"floats", "voice.float", "floats the idea that"},
    {"float", "voice.float", "float the idea that"},            {"aired", "voice.air", "aired the fear that"},
    {"echoed", "voice.echo", "echoed the concern that"},        {"echoes", "voice.echo", "echoes the view that"},
    {"renewed", "voice.renew", "renewed her warning that"},     {"stated", "voice.state", "stated his belief that"},
    {"restated", "voice.restate", "restated the view that"},    {"pushed", "voice.push", "pushed the idea that"},
    {"pushing", "voice.push", "pushing the idea that"},         {"advanced", "voice.advance", "advanced the theory that"},
};

// A particle that belongs to the cue verb before it: "pointed out that …" (the content
// starts after it).
CLAIMSCOPE_WORD_RULES(kCueParticles) = {
    {"out", "particle.out", "pointed out that"},
};

// Verbs that carry their subject on to a later cue: "She went on to say that …",
// "He goes on to explain that …". The speaker stands before the verb, not before "to".
CLAIMSCOPE_WORD_RULES(kContinuationVerbs) = {
    {"went", "cont.go", "went on to say"}, {"goes", "cont.go", "goes on to say"},
    {"go", "cont.go", "go on to say"},     {"going", "cont.go", "going on to say"},
};

// Auxiliaries and modals that can only be the verb of a clause. After a quotation that
// ends on a comma and its attribution, one of them (or "that") goes on with the quoted
// sentence in the writer's words: "“Only you,” she said, would …" (a participle, a
// preposition or an adverb there opens the writer's own adjunct: "…,” he said, adding …",
// "…,” she said, without …"). A clause after a cue's adjunct needs one too (or a past form):
// "said Monday at the pier, the ferry would …".
inline constexpr std::span<const WordRule> kFiniteAuxiliaries = std::span(kAuxiliaries);

// Words that make a phrase a time relative to an event: "two days after the vote", "a week
// before", "three years ago". After a cue's adjunct and its comma ("declared on Thursday, two
// days after voters …") such a phrase is the writer's time, not the content.
CLAIMSCOPE_WORD_RULES(kTimeRelations) = {
    {"after", "trel.after", "two days after"}, {"before", "trel.before", "a week before"},
    {"ago", "trel.ago", "three years ago"},     {"later", "trel.later", "a month later"},
};

// Two-word approximators before a number that open a figure, not an adjunct, after a cue:
// "said at least six trawlers had left" (the content), unlike "said at the pier".
CLAIMSCOPE_WORD_RULES(kFigureApproximators) = {
    {"at least", "fig.at_least", "at least six"}, {"at most", "fig.at_most", "at most ten"},
};

// Verbs that report a document's words only next to the document: "“…,” read the email",
// "“…,” the statement read." ("read the report" alone is no speech.)
CLAIMSCOPE_WORD_RULES(kDocumentCues) = {
    {"read", "dcue.read", "the letter read"}, {"reads", "dcue.reads", "reads the editorial"},
};

// Verbs of wording that name a speaker only in an "as" aside with "it": "As Ruiz put it,
// “…”", "“…,” as one pilot described it." ("put it on the table" is no speech.)
CLAIMSCOPE_WORD_RULES(kWordingVerbs) = {
    {"put", "word.put", "as X put it"}, {"puts", "word.put", "as X puts it"},
    {"phrased", "word.phrase", "as X phrased it"}, {"described", "word.describe", "as X described it"},
};

// Cue verbs that speak only with their particle: "pointed out that …" is speech, "pointed
// to the pier", "pointing a finger at the board" are gestures.
CLAIMSCOPE_WORD_RULES(kParticleCues) = {
    {"pointed", "pcue.point", "pointed out"}, {"pointing", "pcue.point", "pointing out"},
};

// Verbs of stance whose noun-phrase object is what the subject backs or opposes: "Ruiz
// endorsed the toll", "most skippers oppose the new fee", "the union is backing Lee"
// (reported_speech.cpp: object_stance). The object, up to a comma, a time adjunct or a new
// clause, is the content. Bare "back" and "attack" are left out (mostly "came back", "the
// attack"); "support" and "favor" as nouns follow a determiner and are skipped there.
CLAIMSCOPE_WORD_RULES(kObjectStanceVerbs) = {
    {"support", "ostance.support", "support X"},    {"supports", "ostance.support", "supports X"},
    {"supported", "ostance.support", "supported X"}, {"supporting", "ostance.support", "is supporting X"},
    {"backed", "ostance.back", "backed X"},         {"backing", "ostance.back", "is backing X"},
    {"oppose", "ostance.oppose", "oppose X"},       {"opposes", "ostance.oppose", "opposes X"},
    {"opposed", "ostance.oppose", "opposed X"},     {"opposing", "ostance.oppose", "is opposing X"},
    {"favor", "ostance.favor", "favor X"},          {"favors", "ostance.favor", "favors X"},
    {"favored", "ostance.favor", "favored X"},      {"favour", "ostance.favor", "favour X (British)"},
    {"favours", "ostance.favor", "favours X (British)"}, {"favoured", "ostance.favor", "favoured X (British)"},
    {"prefer", "ostance.prefer", "prefer X"},       {"prefers", "ostance.prefer", "prefers X"},
    {"preferred", "ostance.prefer", "preferred X"}, {"endorse", "ostance.endorse", "endorse X"},
    {"endorsing", "ostance.endorse", "is endorsing X"},
    // Wishes and feelings voiced with an object: "Skippers want a new pier", "Ruiz expressed
    // regret for the delay" ("want to …" is an infinitive cue, "expressed concern that …" a
    // held statement: both are read there).
    {"want", "ostance.want", "want X"},             {"wants", "ostance.want", "wants X"},
    {"wanted", "ostance.want", "wanted X"},         {"expressed", "ostance.express", "expressed X"},
    {"expresses", "ostance.express", "expresses X"}, {"voiced", "ostance.voice", "voiced X"},
    // Verbal attacks and praise in the present (the past forms are speech acts, kSpeechActVerbs)
    // and "attacked", which speaks only for a subject that can hold a view ("Lee attacked
    // the plan"; "the storm attacked …" has no holder, and armed forces are left to the reader).
    {"criticize", "ostance.criticize", "criticize X"}, {"criticizes", "ostance.criticize", "criticizes X"},
    {"criticise", "ostance.criticize", "criticise X (British)"}, {"criticises", "ostance.criticize", "criticises X"},
    {"condemn", "ostance.condemn", "condemn X"},     {"condemns", "ostance.condemn", "condemns X"},
    {"denounce", "ostance.denounce", "denounce X"},  {"denounces", "ostance.denounce", "denounces X"},
    {"praise", "ostance.praise", "praise X"},        {"praises", "ostance.praise", "praises X"},
    {"reject", "ostance.reject", "reject X"},        {"defend", "ostance.defend", "defend X"},
    {"defends", "ostance.defend", "defends X"},      {"attacked", "ostance.attack", "attacked X"},
    // quotes39: rejections voiced by a speaker ("Lee rejected the idea", "the mayor dismissed
    // the criticism"). kSpeechActVerbs' "rejected" had no path to it (it is no quoting verb);
    // here can_hold_view checks the speaker and the passive "was dismissed" stays out.
    {"rejected", "ostance.reject", "rejected X"},    {"rejects", "ostance.reject", "rejects X"},
    {"rejecting", "ostance.reject", "is rejecting X"}, {"dismissed", "ostance.dismiss", "dismissed X"},
    {"dismisses", "ostance.dismiss", "dismisses X"}, {"dismissing", "ostance.dismiss", "is dismissing X"},
};

// quotes39: the stance verbs of rejection. Their object runs on through "as" ("dismissed the
// report as partisan": the verdict is part of what was said) and through a statement noun's
// "that" clause ("rejected the idea that the toll will rise": the idea rejected is the content,
// where "expressed concern that …" leaves it to held_statement).
CLAIMSCOPE_WORD_RULES(kRejectionVerbs) = {
    {"reject", "reject.reject", "reject X"},       {"rejects", "reject.reject", "rejects X"},
    {"rejected", "reject.reject", "rejected X"},   {"rejecting", "reject.reject", "is rejecting X"},
    {"dismissed", "reject.dismiss", "dismissed X"}, {"dismisses", "reject.dismiss", "dismisses X"},
    {"dismissing", "reject.dismiss", "is dismissing X"},
};

// Stance verbs that also name a physical act: they speak only for a subject the mention
// grammar reads as a name, a pronoun, a role or an institution, never a plain phrase
// ("Government troops attacked the town" is no view).
CLAIMSCOPE_WORD_RULES(kStanceVerbsNamedOnly) = {
    {"attacked", "nonly.attack", "attacked X"},
};

// Words right after a stance verb that show it has no object to report: a particle of a
// phrasal verb ("backed down", "backed away from"), or a word after the noun "support"
// ("40 percent support among women", "his support and his money").
CLAIMSCOPE_WORD_RULES(kNoStanceObject) = {
    {"down", "nobj.down", "backed down"}, {"off", "nobj.off", "backed off"}, {"out", "nobj.out", "backed out"},
    {"up", "nobj.up", "backed up"},       {"away", "nobj.away", "backed away"},
    {"among", "nobj.among", "support among"}, {"against", "nobj.against", "support against"},
    {"and", "nobj.and", "support and"},   {"or", "nobj.or", "support or"},
};

// Words that end a stance verb's object and open an adjunct of the clause: "endorsed Lee
// during the debate", "opposed the fee when it came up", "backed Ruiz because …".
CLAIMSCOPE_WORD_RULES(kObjectEnders) = {
    {"during", "oend.during", "time"},   {"when", "oend.when", "time clause"},   {"after", "oend.after", "time"},
    {"before", "oend.before", "time"},   {"while", "oend.while", "time clause"}, {"because", "oend.because", "reason"},
    {"since", "oend.since", "time or reason"}, {"until", "oend.until", "time"},  {"as", "oend.as", "role or time"},
    {"although", "oend.although", "concession"}, {"though", "oend.though", "concession"},
    {"if", "oend.if", "condition"},     {"unless", "oend.unless", "condition"}, {"despite", "oend.despite", "concession"},
};

// Relative pronouns that, right before a cue's subject, stand for what the subject said
// about them: "the fee, which officials said will rise", "what Ruiz said was a mistake".
// ("that" is left out: "so sure that officials said …" is a conjunction.)
CLAIMSCOPE_WORD_RULES(kRelativeContent) = {
    {"which", "relc.which", "which X said"}, {"what", "relc.what", "what X said"},
};

// Prepositions whose "-ing" speech verb is the object or the means of the words before it:
// "apologized for suggesting the ferry was late", "accused the board of saying …", "won the
// vote by arguing …". Inside a claim the gerund stays in it and opens none of its own; alone
// it still reports ("answered by saying that …"). "after arguing", "while noting" are times.
CLAIMSCOPE_WORD_RULES(kGerundObjectPrepositions) = {
    {"for", "gerund.for", "apologized for saying"}, {"of", "gerund.of", "accused X of saying"},
    {"about", "gerund.about", "worried about saying"}, {"without", "gerund.without", "without asking"},
    {"by", "gerund.by", "won it by arguing"},
};

// Verbs whose "for" phrase is a demand the subject made: "called for a fishing
// ban", "pressed for new tariffs". The content starts after "for".
CLAIMSCOPE_WORD_RULES(kForCues) = {
    {"call", "fcue.call", "call for"},         {"calls", "fcue.call", "calls for"},
    {"called", "fcue.call", "called for"},     {"calling", "fcue.call", "calling for"},
    {"push", "fcue.push", "push for"},         {"pushes", "fcue.push", "pushes for"},
    {"pushed", "fcue.push", "pushed for"},     {"pushing", "fcue.push", "pushing for"},
    {"press", "fcue.press", "press for"},      {"presses", "fcue.press", "presses for"},
    {"pressed", "fcue.press", "pressed for"},  {"pressing", "fcue.press", "pressing for"},
    {"argued", "fcue.argue", "argued for"},    {"argues", "fcue.argue", "argues for"},
    {"advocated", "fcue.advocate", "advocated for"}, {"advocates", "fcue.advocate", "advocates for"},
    {"lobbied", "fcue.lobby", "lobbied for"},  {"pleaded", "fcue.plead", "pleaded for"},
    {"appealed", "fcue.appeal", "appealed for"},
    // A request: "the union asked for a meeting", "asks for more time" (reported125).
    {"asked", "fcue.ask", "asked for"},        {"asks", "fcue.ask", "asks for"},
    {"asking", "fcue.ask", "asking for"},
};

// Verbs of speaking whose "about" or "of" phrase is what the subject spoke on: "Ruiz spoke
// about the delays", "talked of raising the toll" (reported_speech.cpp: topic_cue).
CLAIMSCOPE_WORD_RULES(kTopicCues) = {
    {"spoke", "topic.speak", "spoke about"},     {"speaks", "topic.speak", "speaks about"},
    {"speak", "topic.speak", "speak about"},     {"speaking", "topic.speak", "speaking about"},
    {"talked", "topic.talk", "talked about"},    {"talks", "topic.talk", "talks about"},
    {"talk", "topic.talk", "talk about"},        {"talking", "topic.talk", "talking about"},
    // A stance held about someone or something (thirty-sixth round): "The union has been
    // critical of the toll", "Skippers are worried about the fees". The object is what the
    // stance is about, as a topic verb's is what was said about.
    {"critical", "topic.adj.critical", "critical of"},    {"skeptical", "topic.adj.skeptical", "skeptical of/about"},
    {"sceptical", "topic.adj.skeptical", "sceptical of (British)"}, {"wary", "topic.adj.wary", "wary of"},
    {"worried", "topic.adj.worried", "worried about"},    {"concerned", "topic.adj.concerned", "concerned about"},
    {"nervous", "topic.adj.nervous", "nervous about"},    {"optimistic", "topic.adj.optimistic", "optimistic about"},
    {"pessimistic", "topic.adj.pessimistic", "pessimistic about"}, {"hopeful", "topic.adj.hopeful", "hopeful about"},
    {"proud", "topic.adj.proud", "proud of"},             {"angry", "topic.adj.angry", "angry about"},
    {"supportive", "topic.adj.supportive", "supportive of"}, {"dismissive", "topic.adj.dismissive", "dismissive of"},
    {"enthusiastic", "topic.adj.enthusiastic", "enthusiastic about"},
};

// Verbs whose "to" phrase names what the subject's words were about: "“…,” Ruiz said,
// referring to the new toll", "Lee was referring to the harbour board" (reported_speech.cpp:
// topic_cue, with "to" in place of "about"). Not "is referred to as" (a name), nor the
// present "refers to", mostly a definition ("The term refers to …", "The Narrows refers to").
CLAIMSCOPE_WORD_RULES(kReferenceCues) = {
    {"referring", "ref.refer", "referring to"}, {"referred", "ref.refer", "referred to"},
};

// Weekday abbreviations that stand as time adjuncts right after a cue ("said
// Fri."); the full names are rules::kWeekdays (dates.h). Five letters or fewer.
CLAIMSCOPE_WORD_RULES(kWeekdayAbbreviations) = {
    {"mon", "day.mon", "abbreviation"},   {"tue", "day.tue", "abbreviation"}, {"tues", "day.tues", "abbreviation"},
    {"wed", "day.wed", "abbreviation"},   {"thu", "day.thu", "abbreviation"}, {"thurs", "day.thurs", "abbreviation"},
    {"fri", "day.fri", "abbreviation"},   {"sat", "day.sat", "abbreviation"}, {"sun", "day.sun", "abbreviation"},
};

// Parts of the day after a weekday ("said Thursday morning").
CLAIMSCOPE_WORD_RULES(kPartsOfDay) = {
    {"morning", "daypart.morning", "time"}, {"afternoon", "daypart.afternoon", "time"},
    {"evening", "daypart.evening", "time"}, {"night", "daypart.night", "time"},
};

// Dashes that attribute a quotation to the name after them: “…” ― Name.
CLAIMSCOPE_WORD_RULES(kAttributionDashes) = {
    {"\u2015", "cue.dash.bar", "horizontal bar before the quoted person's name"},
    {"\u2014", "cue.dash.em", "em dash before the quoted person's name"},
    {"\u2013", "cue.dash.en", "en dash before the quoted person's name"},
};

// Two-word cue phrases whose source follows ("according to X").
CLAIMSCOPE_WORD_RULES(kSourceFirstPhrases) = {
    {"according to", "cue.according_to", "names the source after the phrase"},
};

// Adverbs and the like that may stand between a subject and its cue verb ("has also said").
constexpr WordRule kCueModifierWords[] = {
    {"also", "mod.adv.also", "additive adverb"},
    {"later", "mod.adv.later", "time adverb"},      {"previously", "mod.adv.previously", "time adverb"},
    {"recently", "mod.adv.recently", "time adverb"}, {"earlier", "mod.adv.earlier", "time adverb"},
    {"again", "mod.adv.again", "repetition"},       {"repeatedly", "mod.adv.repeatedly", "repetition"},
    {"once", "mod.adv.once", "time adverb"},        {"publicly", "mod.adv.publicly", "manner"},
    {"privately", "mod.adv.privately", "manner"},   {"reportedly", "mod.adv.reportedly", "hedged attribution"},
    {"then", "mod.adv.then", "sequence"},           {"further", "mod.adv.further", "additive"},
    {"often", "mod.adv.often", "frequency"},
    {"always", "mod.adv.always", "frequency"},      {"long", "mod.adv.long", "\"has long said\""},
    {"just", "mod.adv.just", "time adverb"},        {"flatly", "mod.adv.flatly", "manner (denials)"},
    {"already", "mod.adv.already", "time adverb"},  {"first", "mod.adv.first", "sequence"},
    {"openly", "mod.adv.openly", "manner"},         {"sharply", "mod.adv.sharply", "manner"},
    {"strongly", "mod.adv.strongly", "manner"},     {"firmly", "mod.adv.firmly", "manner"},
    {"bluntly", "mod.adv.bluntly", "manner"},       {"angrily", "mod.adv.angrily", "manner"},
    {"quietly", "mod.adv.quietly", "manner"},       {"initially", "mod.adv.initially", "time adverb"},
    {"separately", "mod.adv.separately", "manner"}, {"formally", "mod.adv.formally", "manner"},
    {"officially", "mod.adv.officially", "manner"}, {"explicitly", "mod.adv.explicitly", "manner"},
    {"falsely", "mod.adv.falsely", "manner"},       {"wrongly", "mod.adv.wrongly", "manner"},
    {"correctly", "mod.adv.correctly", "manner"},   {"subsequently", "mod.adv.subsequently", "sequence"},
    {"never", "mod.adv.never", "\"has never said\""}, {"still", "mod.adv.still", "continued view"},
    {"however", "mod.adv.however", "contrast (\"X however said\")"}, {"now", "mod.adv.now", "changed view"},
    {"since", "mod.adv.since", "\"has since said\""},      {"even", "mod.adv.even", "emphasis"},
    {"both", "mod.quant.both", "\"Ruiz and Brandt both said\""}, {"all", "mod.quant.all", "\"they all said\""},
    {"himself", "mod.refl.himself", "emphatic \"the mayor himself said\""},
    {"herself", "mod.refl.herself", "emphatic"},     {"themselves", "mod.refl.themselves", "emphatic"},
    {"itself", "mod.refl.itself", "emphatic"},       {"similarly", "mod.adv.similarly", "comparison"},
    {"likewise", "mod.adv.likewise", "comparison"},  {"immediately", "mod.adv.immediately", "time adverb"},
    {"quickly", "mod.adv.quickly", "time adverb"},   {"frequently", "mod.adv.frequently", "frequency"},
    {"routinely", "mod.adv.routinely", "frequency"}, {"consistently", "mod.adv.consistently", "frequency"},
    {"famously", "mod.adv.famously", "manner"},      {"personally", "mod.adv.personally", "manner"},
    {"specifically", "mod.adv.specifically", "manner"}, {"directly", "mod.adv.directly", "manner"},
    {"apparently", "mod.adv.apparently", "hedged attribution"}, {"allegedly", "mod.adv.allegedly", "hedged attribution"},
    {"finally", "mod.adv.finally", "sequence"},      {"eventually", "mod.adv.eventually", "sequence"},
    {"ultimately", "mod.adv.ultimately", "sequence"}, {"reluctantly", "mod.adv.reluctantly", "manner"},
};

// Words that may stand between a subject and its cue verb ("has also said", "is now
// warning"): kAuxiliaries' first eleven rows, then kCueModifierWords.
template <size_t N, size_t M>
constexpr std::array<WordRule, N + M> joined_rules(std::span<const WordRule, N> a, const WordRule (&b)[M]) {
  std::array<WordRule, N + M> out{};
  for (size_t i = 0; i < N; ++i) out[i] = a[i];
  for (size_t i = 0; i < M; ++i) out[N + i] = b[i];
  return out;
}
inline constexpr auto kCueModifiers = joined_rules(std::span(kAuxiliaries).first<11>(), kCueModifierWords);

// Common irregular past tenses (regular ones are found by their -ed ending):
// "made" in "… and made the case that …" ends a quote's clause.
CLAIMSCOPE_WORD_RULES(kIrregularPastTenses) = {
    {"made", "past.made", "made"}, {"took", "past.took", "took"},   {"gave", "past.gave", "gave"},
    {"went", "past.went", "went"}, {"cast", "past.cast", "cast"},   {"put", "past.put", "put"},
    {"sent", "past.sent", "sent"}, {"left", "past.left", "left"},   {"got", "past.got", "got"},
    {"came", "past.came", "came"}, {"held", "past.held", "held"},   {"spent", "past.spent", "spent"},
    {"brought", "past.brought", "brought"},
};

// What a speaker says when the article does not spell it out: "… say
// otherwise", "… said the opposite", "… denied it". Such a clause has no
// content to report, but its subject takes a stand, so a pronoun that follows
// ("They claim …") refers to it. Multi-word objects are written with spaces.
// ("that" is left out: "said that, if elected, …" goes on after its comma.)
CLAIMSCOPE_WORD_RULES(kStanceObjects) = {
    {"otherwise", "stance.otherwise", "contrary view"}, {"the opposite", "stance.opposite", "contrary view"},
    {"the reverse", "stance.reverse", "contrary view"}, {"differently", "stance.differently", "contrary view"},
    {"the same", "stance.same", "agreeing view"},       {"as much", "stance.as_much", "agreeing view"},
    {"so", "stance.so", "agreeing view"},               {"it", "stance.it", "denied it, confirmed it"},
};

// Verbs that take a stand with no object at all: "The unions disagree."
CLAIMSCOPE_WORD_RULES(kStanceVerbs) = {
    {"disagree", "stance.disagree", "contrary view"}, {"disagrees", "stance.disagree", "contrary view"},
    {"disagreed", "stance.disagree", "contrary view"}, {"object", "stance.object", "contrary view"},
    {"objected", "stance.object", "contrary view"},   {"dissent", "stance.dissent", "contrary view"},
    {"dissented", "stance.dissent", "contrary view"}, {"concur", "stance.concur", "agreeing view"},
    {"concurred", "stance.concur", "agreeing view"},
};

}  // namespace claimscope::rules
