// Words that build speaker mentions: titles and role nouns, institutions,
// pronouns, determiners, and capitalised words that are never names.
#pragma once

#include "../lexicon.h"

namespace claimscope::rules {

// Titles and role nouns (lower case). They belong to a mention
// ("Port Authority Director General Maria Lopez", "a spokesman") but not to the
// person's name.
CLAIMSCOPE_WORD_RULES(kRoleWords) = {
    {"president", "role.president", "head of state or organisation"},
    {"vice", "role.vice", "vice president"}, {"deputy", "role.deputy", "deputy title"},
    {"secretary", "role.secretary", "minister or officer"}, {"minister", "role.minister", "government minister"},
    {"prime", "role.prime", "prime minister"}, {"foreign", "role.foreign", "foreign minister"},
    {"defense", "role.defense", "defense minister"}, {"defence", "role.defence", "defence minister (British)"},
    {"chief", "role.chief", "head of an organisation"}, {"general", "role.general", "secretary general / military rank"},
    {"gen", "role.gen", "abbreviated rank"}, {"spokesman", "role.spokesman", "speaks for an organisation"},
    {"spokeswoman", "role.spokeswoman", "speaks for an organisation"},
    {"spokesperson", "role.spokesperson", "speaks for an organisation"},
    {"press", "role.press", "press secretary"}, {"official", "role.official", "anonymous official"},
    {"officials", "role.officials", "anonymous officials"}, {"ambassador", "role.ambassador", "diplomat"},
    {"envoy", "role.envoy", "diplomat"}, {"diplomat", "role.diplomat", "diplomat"},
    {"diplomats", "role.diplomats", "diplomats"}, {"director", "role.director", "head of an agency"},
    {"head", "role.head", "head of an organisation"}, {"adviser", "role.adviser", "adviser"},
    {"advisor", "role.advisor", "adviser (US spelling)"}, {"advisers", "role.advisers", "advisers"},
    {"commander", "role.commander", "military commander"}, {"senator", "role.senator", "legislator"},
    {"sen", "role.sen", "abbreviated senator"}, {"rep", "role.rep", "abbreviated representative"},
    {"representative", "role.representative", "legislator or delegate"},
    {"governor", "role.governor", "governor"}, {"gov", "role.gov", "abbreviated governor"},
    {"mayor", "role.mayor", "mayor"}, {"chairman", "role.chairman", "chair"},
    {"chairwoman", "role.chairwoman", "chair"}, {"chair", "role.chair", "chair"},
    {"leader", "role.leader", "leader"}, {"leaders", "role.leaders", "leaders"},
    {"mr", "role.mr", "courtesy title"}, {"mrs", "role.mrs", "courtesy title"}, {"ms", "role.ms", "courtesy title"},
    {"dr", "role.dr", "academic title"}, {"prof", "role.prof", "academic title"},
    {"professor", "role.professor", "academic"}, {"judge", "role.judge", "judiciary"},
    {"justice", "role.justice", "judiciary"}, {"attorney", "role.attorney", "lawyer or attorney general"},
    {"lawyer", "role.lawyer", "lawyer"}, {"candidate", "role.candidate", "election candidate"},
    {"nominee", "role.nominee", "election nominee"}, {"analyst", "role.analyst", "analyst"},
    {"analysts", "role.analysts", "analysts"}, {"expert", "role.expert", "expert"},
    {"experts", "role.experts", "experts"}, {"researcher", "role.researcher", "researcher"},
    {"researchers", "role.researchers", "researchers"}, {"source", "role.source", "anonymous source"},
    {"sources", "role.sources", "anonymous sources"}, {"aide", "role.aide", "aide"},
    {"aides", "role.aides", "aides"}, {"correspondent", "role.correspondent", "journalist"},
    {"reporter", "role.reporter", "journalist"}, {"editor", "role.editor", "journalist"},
    {"chancellor", "role.chancellor", "head of government"}, {"king", "role.king", "monarch"},
    {"queen", "role.queen", "monarch"}, {"prince", "role.prince", "royal"}, {"pope", "role.pope", "church"},
    {"colonel", "role.colonel", "rank"}, {"col", "role.col", "abbreviated rank"},
    {"lt", "role.lt", "abbreviated rank"}, {"captain", "role.captain", "rank"}, {"admiral", "role.admiral", "rank"},
    {"lieutenant", "role.lieutenant", "rank"}, {"sergeant", "role.sergeant", "rank"},
    {"ceo", "role.ceo", "chief executive"}, {"executive", "role.executive", "executive"},
    {"founder", "role.founder", "founder"}, {"manager", "role.manager", "campaign or company manager"},
    {"strategist", "role.strategist", "political strategist"}, {"pollster", "role.pollster", "pollster"},
    {"state", "role.state", "Secretary of State; state media"}, {"speaker", "role.speaker", "parliament speaker"},
    {"congressman", "role.congressman", "legislator"}, {"congresswoman", "role.congresswoman", "legislator"},
    {"lawmaker", "role.lawmaker", "legislator"}, {"lawmakers", "role.lawmakers", "legislators"},
    {"officer", "role.officer", "officer"}, {"officers", "role.officers", "officers"},
    {"witness", "role.witness", "witness"}, {"witnesses", "role.witnesses", "witnesses"},
    {"residents", "role.residents", "residents"}, {"supporters", "role.supporters", "supporters"},
    {"critics", "role.critics", "critics"}, {"voters", "role.voters", "voters"},
    {"economist", "role.economist", "economist"}, {"economists", "role.economists", "economists"},
    {"scientist", "role.scientist", "scientist"}, {"scientists", "role.scientists", "scientists"},
    {"spokespeople", "role.spokespeople", "spokespeople"}, {"staff", "role.staff", "chief of staff"},
    {"surrogate", "role.surrogate", "campaign surrogate"}, {"host", "role.host", "show host"},
    {"author", "role.author", "author"}, {"percent", "role.percent", "poll shares: \"32 percent said\""},
    {"respondents", "role.respondents", "poll respondents"}, {"people", "role.people", "people interviewed"},
    {"majority", "role.majority", "a majority of voters"}, {"coach", "role.coach", "sports coach"}, {"columnist", "role.columnist", "journalist"},
    // Offices and occupations that speak in local and court news ("said council member Beck",
    // "a county prosecutor said").
    {"member", "role.member", "council or board member"}, {"members", "role.members", "council or board members"},
    {"councillor", "role.councillor", "local councillor"}, {"councilor", "role.councilor", "local councilor (US spelling)"},
    {"councilman", "role.councilman", "local legislator"}, {"councilwoman", "role.councilwoman", "local legislator"},
    {"commissioner", "role.commissioner", "commissioner"}, {"prosecutor", "role.prosecutor", "prosecutor"},
    {"prosecutors", "role.prosecutors", "prosecutors"}, {"sheriff", "role.sheriff", "county sheriff"},
    {"inspector", "role.inspector", "inspector"}, {"investigator", "role.investigator", "investigator"},
    {"investigators", "role.investigators", "investigators"}, {"regulator", "role.regulator", "regulator"},
    {"regulators", "role.regulators", "regulators"}, {"activist", "role.activist", "activist"},
    {"activists", "role.activists", "activists"}, {"organizer", "role.organizer", "organizer"},
    {"organiser", "role.organiser", "organiser (British spelling)"}, {"trustee", "role.trustee", "trustee"},
    {"treasurer", "role.treasurer", "treasurer"}, {"auditor", "role.auditor", "auditor"},
    {"superintendent", "role.superintendent", "schools or police superintendent"},
    {"negotiator", "role.negotiator", "negotiator"}, {"negotiators", "role.negotiators", "negotiators"},
    {"historian", "role.historian", "historian"}, {"physician", "role.physician", "physician"},
    // Plural titles before coordinated names ("Mayors Ana Ruiz and Tom Beck", "Sens. Ann Lee and
    // Joe Park"): a title, never part of the first person's name.
    {"mayors", "role.mayors", "plural title"}, {"senators", "role.senators", "plural title"},
    {"sens", "role.sens", "abbreviated plural title"}, {"reps", "role.reps", "abbreviated plural title"},
    {"representatives", "role.representatives", "plural title"}, {"governors", "role.governors", "plural title"},
    {"govs", "role.govs", "abbreviated plural title"}, {"ministers", "role.ministers", "plural title"},
    {"presidents", "role.presidents", "plural title"}, {"judges", "role.judges", "plural title"},
    {"justices", "role.justices", "plural title"}, {"ambassadors", "role.ambassadors", "plural title"},
    {"directors", "role.directors", "plural title"}, {"congressmen", "role.congressmen", "plural title"},
    {"congresswomen", "role.congresswomen", "plural title"}, {"drs", "role.drs", "abbreviated plural title"},
};

// Head nouns of institutional and document speakers (lower case):
// "the Kremlin", "the ministry", "a report", "state media".
CLAIMSCOPE_WORD_RULES(kInstitutionWords) = {
    {"kremlin", "inst.kremlin", "the Russian presidency"}, {"pentagon", "inst.pentagon", "US defense department"},
    {"ministry", "inst.ministry", "government ministry"}, {"government", "inst.government", "government"},
    {"administration", "inst.administration", "executive branch"}, {"department", "inst.department", "department"},
    {"office", "inst.office", "office"}, {"agency", "inst.agency", "agency"}, {"committee", "inst.committee", "committee"},
    {"council", "inst.council", "council"}, {"commission", "inst.commission", "commission"},
    {"campaign", "inst.campaign", "election campaign"}, {"party", "inst.party", "political party"},
    {"police", "inst.police", "police"}, {"military", "inst.military", "armed forces"}, {"army", "inst.army", "army"},
    {"court", "inst.court", "court ruling"}, {"report", "inst.report", "a report says"},
    {"statement", "inst.statement", "a statement says"}, {"study", "inst.study", "a study finds"},
    {"survey", "inst.survey", "a survey finds"}, {"poll", "inst.poll", "a poll finds"},
    {"media", "inst.media", "state media"}, {"company", "inst.company", "company"},
    {"alliance", "inst.alliance", "military alliance"}, {"embassy", "inst.embassy", "embassy"},
    {"house", "inst.house", "White House; House of Representatives"}, {"senate", "inst.senate", "legislature"},
    {"congress", "inst.congress", "legislature"}, {"parliament", "inst.parliament", "legislature"},
    {"newspaper", "inst.newspaper", "newspaper"}, {"agency", "inst.agency", "news agency"},
    {"group", "inst.group", "group"}, {"organization", "inst.organization", "organisation"},
    {"organisation", "inst.organisation", "organisation (British)"}, {"union", "inst.union", "union"},
    {"ministries", "inst.ministries", "ministries"}, {"authorities", "inst.authorities", "authorities"},
    {"spokesman", "inst.spokesman", "speaks for an institution"}, {"website", "inst.website", "website"},
    {"network", "inst.network", "broadcaster"}, {"bureau", "inst.bureau", "bureau"},
    {"service", "inst.service", "intelligence/security service"}, {"forces", "inst.forces", "armed forces"},
    {"polls", "inst.polls", "exit polls show"}, {"reports", "inst.reports", "reports say"},
    {"surveys", "inst.surveys", "surveys find"}, {"studies", "inst.studies", "studies find"},
    {"documents", "inst.documents", "documents show"}, {"records", "inst.records", "records show"},
    {"television", "inst.television", "state television"}, {"broadcaster", "inst.broadcaster", "broadcaster"},
    {"outlets", "inst.outlets", "news outlets"},
    {"nato", "inst.nato", "military alliance"}, {"un", "inst.un", "United Nations"}, {"eu", "inst.eu", "European Union"},
    {"bank", "inst.bank", "central bank"}, {"board", "inst.board", "school board"},
    {"firm", "inst.firm", "company"}, {"fund", "inst.fund", "investment fund"}, {"regulator", "inst.regulator", "regulator"},
    {"university", "inst.university", "university"}, {"foundation", "inst.foundation", "foundation"},
    // Head nouns of organisations' names that "it" can stand for ("the Port Authority … It added").
    {"authority", "inst.authority", "port or transit authority"}, {"trust", "inst.trust", "trust"},
    {"corporation", "inst.corporation", "company"}, {"corp", "inst.corp", "company (Corp.)"},
    {"railway", "inst.railway", "railway company"}, {"railways", "inst.railways", "railway company"},
    {"institute", "inst.institute", "institute"}, {"association", "inst.association", "association"},
};

// Descriptions news text uses for a well-known organisation after naming it
// ("NATO ... the military alliance said"): the head noun of the description
// and the organisation's name as the speaker list stores it (lower case). A
// description joins the organisation only when the article already quotes it.
CLAIMSCOPE_WORD_RULES(kOrganisationDescriptions) = {
    {"alliance", "nato", "NATO is 'the (military/Western) alliance'"},
    {"bloc", "eu", "the EU is 'the bloc'"},
    {"body", "un", "the UN is 'the world body'"},
    {"cartel", "opec", "OPEC is 'the oil cartel'"},
};

// Head nouns of descriptions of any organisation ("the oil cartel", "the
// workers' union", "the company"): such a description joins a recently quoted
// organisation whose name is an acronym ("OPEC", "ACME") or holds the same
// noun ("the Harbour Pilots' Union" ... "the union"). The table above wins
// for its heads.
CLAIMSCOPE_WORD_RULES(kOrganisationKinds) = {
    {"alliance", "orgkind.alliance", "alliance"}, {"bloc", "orgkind.bloc", "bloc"},
    {"cartel", "orgkind.cartel", "cartel"}, {"group", "orgkind.group", "group"},
    {"organisation", "orgkind.organisation", "organisation"}, {"organization", "orgkind.organization", "organization"},
    {"association", "orgkind.association", "association"}, {"union", "orgkind.union", "union"},
    {"league", "orgkind.league", "league"}, {"coalition", "orgkind.coalition", "coalition"},
    {"federation", "orgkind.federation", "federation"}, {"network", "orgkind.network", "network"},
    {"company", "orgkind.company", "company"}, {"firm", "orgkind.firm", "firm"},
    {"corporation", "orgkind.corporation", "corporation"}, {"agency", "orgkind.agency", "agency"},
    {"charity", "orgkind.charity", "charity"}, {"institute", "orgkind.institute", "institute"},
    {"foundation", "orgkind.foundation", "foundation"}, {"consortium", "orgkind.consortium", "consortium"},
    {"watchdog", "orgkind.watchdog", "regulator"}, {"regulator", "orgkind.regulator", "regulator"},
    {"body", "orgkind.body", "governing or world body"}, {"council", "orgkind.council", "council"},
    {"committee", "orgkind.committee", "committee"}, {"commission", "orgkind.commission", "commission"},
};

// Nouns for a group that do not end in -s: a description with one of these
// heads ("the police", "local people") is plural, so "they" can refer to it.
CLAIMSCOPE_WORD_RULES(kCollectiveNouns) = {
    {"people", "coll.people", "plural noun"}, {"police", "coll.police", "plural noun"},
    {"staff", "coll.staff", "collective"},    {"crew", "coll.crew", "collective"},
    {"public", "coll.public", "collective"},  {"personnel", "coll.personnel", "collective"},
    {"children", "coll.children", "plural noun"}, {"youth", "coll.youth", "collective"},
};

// Pronouns that can be the subject of a cue verb; resolved to an earlier speaker.
// The ones a person speaks with come first: kPersonalPronouns is that head of
// this table, not a copy (tests/unit/test_rule_reasons.cpp checks that it is
// exactly the entries whose reason starts with "person"; the page's module
// keeps no reasons to ask). "it" comes last: kContractedSubjectPronouns is the rest.
CLAIMSCOPE_WORD_RULES(kSpeakerPronouns) = {
    {"he", "pron.he", "person, third person"}, {"she", "pron.she", "person, third person"},
    {"i", "pron.i", "person, first person"},
    {"they", "pron.they", "third person plural or singular"}, {"we", "pron.we", "first person plural"},
    {"it", "pron.it", "institution"},
};
// is_personal_pronoun: "he", "she", "i".
CLAIMSCOPE_RULE_VIEW kPersonalPronouns = std::span(kSpeakerPronouns).first(3);

// A verb contracted onto a subject pronoun: the letters after the apostrophe of "he’s",
// "they're", "we’ve", "she'd", "they’ll", "I'm" (contracted_pronoun_length). The mention is
// the pronoun alone.
CLAIMSCOPE_WORD_RULES(kPronounVerbContractions) = {
    {"s", "contr.s", "is / has"},   {"re", "contr.re", "are"},       {"ve", "contr.ve", "have"},
    {"d", "contr.d", "had / would"}, {"ll", "contr.ll", "will"},     {"m", "contr.m", "am"},
};
// The pronouns those contractions make a source of: kSpeakerPronouns but "it" (its last
// entry; a view, not a copy), since "it’s" is mostly impersonal ("it’s said that …",
// "it’s unclear whether …"), no speaker.
CLAIMSCOPE_RULE_VIEW kContractedSubjectPronouns =
    std::span(kSpeakerPronouns).first(std::size(kSpeakerPronouns) - 1);

// Adverbs from kNotNames (no name word, and no verb) that stand between a clause's subject
// and its verb: "Ruiz instead delivered her usual speech, attacking …", "Beck still
// insisted …". clause_subject's verb test reads past them as past the cue modifiers.
CLAIMSCOPE_WORD_RULES(kSubjectVerbAdverbs) = {
    {"instead", "sva.instead", "Ruiz instead delivered"}, {"still", "sva.still", "Beck still insisted"},
    {"now", "sva.now", "the board now plans"},            {"meanwhile", "sva.meanwhile", "Ruiz meanwhile toured"},
    {"perhaps", "sva.perhaps", "Beck perhaps hoped"},     {"indeed", "sva.indeed", "Ruiz indeed voted"},
};

// Irregular past participles of a passive speech or thought cue after an impersonal "it" ("it is
// said", "it’s thought", "it was widely known"; the -ed ones, "reported", "believed", are read
// from their ending): the claim is nobody's (attribution_mentions.cpp, impersonal_it).
CLAIMSCOPE_WORD_RULES(kImpersonalParticiples) = {
    {"said", "impers.said", "it is said"},       {"told", "impers.told", "it was told"},
    {"thought", "impers.thought", "it is thought"}, {"known", "impers.known", "it is known"},
    {"understood", "impers.understood", "it is understood"}, {"held", "impers.held", "it is held"},
    {"written", "impers.written", "it is written"}, {"felt", "impers.felt", "it was felt"},
    {"taught", "impers.taught", "it was taught"},
};

// Pronoun sources a sentence's named subject may be the antecedent of
// (attribution_mentions.cpp, note_people): a he or she, and one's "his" or "her"
// statement. "they", "it" and "we" stand for groups and institutions as often.
CLAIMSCOPE_WORD_RULES(kGenderedPronouns) = {
    {"he", "gpron.he", "he said"}, {"she", "gpron.she", "she said"},
    {"his", "gpron.his", "his statement"}, {"her", "gpron.her", "her statement"},
};

// Determiners that open a descriptive mention ("a senior official").
CLAIMSCOPE_WORD_RULES(kDeterminers) = {
    {"a", "det.a", "indefinite"}, {"an", "det.an", "indefinite"}, {"the", "det.the", "definite"},
    {"one", "det.one", "one official"}, {"another", "det.another", "another official"},
    {"two", "det.two", "two officials"}, {"three", "det.three", "three officials"},
    {"several", "det.several", "several officials"}, {"some", "det.some", "some experts"},
    {"many", "det.many", "many experts"}, {"his", "det.his", "his spokesman"}, {"her", "det.her", "her spokesman"},
    {"their", "det.their", "their lawyer"}, {"its", "det.its", "its spokesman"}, {"other", "det.other", "other officials"},
    {"most", "det.most", "most experts"}, {"my", "det.my", "my father"}, {"our", "det.our", "our reporter"},
    {"your", "det.your", "your doctor"},
};

// Connectors allowed inside a name or title ("Secretary of State",
// "ambassador to Ireland", "spokesman for the ministry", "bin Salman").
CLAIMSCOPE_WORD_RULES(kNameConnectors) = {
    {"of", "conn.of", "Secretary of State"}, {"for", "conn.for", "spokesman for X"},
    {"to", "conn.to", "ambassador to X"}, {"de", "conn.de", "name particle"}, {"van", "conn.van", "name particle"},
    {"von", "conn.von", "name particle"}, {"al", "conn.al", "name particle"}, {"bin", "conn.bin", "name particle"},
    {"at", "conn.at", "professor at X"}, {"on", "conn.on", "committee on X"}, {"and", "conn.and", "Ruiz and Brandt"},
};

// Capitalised words that start sentences or stand before names but are never
// a speaker's name themselves.
CLAIMSCOPE_WORD_RULES(kNotNames) = {
    {"but", "notname.but", "conjunction"}, {"and", "notname.and", "conjunction"}, {"or", "notname.or", "conjunction"},
    {"so", "notname.so", "conjunction"}, {"yet", "notname.yet", "conjunction"}, {"however", "notname.however", "adverb"},
    {"meanwhile", "notname.meanwhile", "adverb"}, {"still", "notname.still", "adverb"}, {"also", "notname.also", "adverb"},
    {"then", "notname.then", "adverb"}, {"now", "notname.now", "adverb"}, {"when", "notname.when", "conjunction"},
    {"while", "notname.while", "conjunction"}, {"after", "notname.after", "preposition"},
    {"before", "notname.before", "preposition"}, {"if", "notname.if", "conjunction"}, {"in", "notname.in", "preposition"},
    {"on", "notname.on", "preposition"}, {"at", "notname.at", "preposition"}, {"as", "notname.as", "preposition"},
    {"for", "notname.for", "preposition"}, {"from", "notname.from", "preposition"}, {"with", "notname.with", "preposition"},
    {"by", "notname.by", "preposition"}, {"this", "notname.this", "demonstrative"}, {"that", "notname.that", "demonstrative"},
    {"these", "notname.these", "demonstrative"}, {"those", "notname.those", "demonstrative"},
    {"there", "notname.there", "adverb"}, {"here", "notname.here", "adverb"}, {"what", "notname.what", "wh-word"},
    {"which", "notname.which", "wh-word"}, {"who", "notname.who", "wh-word"}, {"why", "notname.why", "wh-word"},
    {"how", "notname.how", "wh-word"}, {"today", "notname.today", "time"}, {"yesterday", "notname.yesterday", "time"},
    {"monday", "notname.monday", "weekday"}, {"tuesday", "notname.tuesday", "weekday"},
    {"wednesday", "notname.wednesday", "weekday"}, {"thursday", "notname.thursday", "weekday"},
    {"friday", "notname.friday", "weekday"}, {"saturday", "notname.saturday", "weekday"},
    {"sunday", "notname.sunday", "weekday"}, {"january", "notname.january", "month"},
    {"february", "notname.february", "month"}, {"march", "notname.march", "month"}, {"april", "notname.april", "month"},
    {"june", "notname.june", "month"}, {"july", "notname.july", "month"}, {"august", "notname.august", "month"},
    {"september", "notname.september", "month"}, {"october", "notname.october", "month"},
    {"november", "notname.november", "month"}, {"december", "notname.december", "month"},
    {"jan", "notname.jan", "month"}, {"feb", "notname.feb", "month"}, {"aug", "notname.aug", "month"},
    {"sept", "notname.sept", "month"}, {"oct", "notname.oct", "month"}, {"nov", "notname.nov", "month"},
    {"dec", "notname.dec", "month"}, {"it", "notname.it", "pronoun"}, {"we", "notname.we", "pronoun"},
    {"he", "notname.he", "pronoun"}, {"she", "notname.she", "pronoun"}, {"they", "notname.they", "pronoun"},
    {"i", "notname.i", "pronoun"}, {"you", "notname.you", "pronoun"}, {"asked", "notname.asked", "verb"},
    {"speaking", "notname.speaking", "participle"}, {"according", "notname.according", "cue phrase"},
    {"last", "notname.last", "time"}, {"earlier", "notname.earlier", "time"}, {"later", "notname.later", "time"},
    {"instead", "notname.instead", "adverb"}, {"perhaps", "notname.perhaps", "adverb"}, {"maybe", "notname.maybe", "adverb"}, {"indeed", "notname.indeed", "adverb"}, {"not", "notname.not", "negation"},
    {"no", "notname.no", "negation"}, {"yes", "notname.yes", "interjection"}, {"both", "notname.both", "quantifier"},
    {"all", "notname.all", "quantifier"}, {"neither", "notname.neither", "quantifier"}, {"either", "notname.either", "quantifier"}, {"even", "notname.even", "adverb"}, {"thus", "notname.thus", "adverb"},
    {"although", "notname.although", "conjunction"}, {"though", "notname.though", "conjunction"}, {"because", "notname.because", "conjunction"},
    {"since", "notname.since", "conjunction"}, {"during", "notname.during", "preposition"},
    {"about", "notname.about", "preposition"}, {"his", "notname.his", "possessive"}, {"her", "notname.her", "possessive"},
    {"their", "notname.their", "possessive"}, {"our", "notname.our", "possessive"}, {"my", "notname.my", "possessive"},
};

// Small words left lower case inside titles of shows, books and slogans.
CLAIMSCOPE_WORD_RULES(kTitleFunctionWords) = {
    {"a", "title.a", "article"}, {"an", "title.an", "article"}, {"the", "title.the", "article"},
    {"of", "title.of", "preposition"}, {"in", "title.in", "preposition"}, {"on", "title.on", "preposition"},
    {"at", "title.at", "preposition"}, {"to", "title.to", "preposition"}, {"for", "title.for", "preposition"},
    {"with", "title.with", "preposition"}, {"and", "title.and", "conjunction"}, {"or", "title.or", "conjunction"},
    {"is", "title.is", "short verb"}, {"vs", "title.vs", "versus"},
};

// Nouns for a published or broadcast work: a title-case quotation right after
// one is the work's title ("his memoir “Salt and Iron”", "the podcast “Low
// Tide”"), named, not said.
CLAIMSCOPE_WORD_RULES(kWorkNouns) = {
    {"book", "work.book", "book"},           {"books", "work.book", "books"},
    {"memoir", "work.memoir", "memoir"},     {"novel", "work.novel", "novel"},
    {"podcast", "work.podcast", "podcast"},  {"film", "work.film", "film"},
    {"movie", "work.movie", "movie"},        {"documentary", "work.documentary", "documentary"},
    {"song", "work.song", "song"},           {"album", "work.album", "album"},
    {"play", "work.play", "stage play"},     {"musical", "work.musical", "stage musical"},
    {"series", "work.series", "TV or book series"}, {"show", "work.show", "TV or radio show"},
    {"column", "work.column", "newspaper column"}, {"essay", "work.essay", "essay"},
    {"op-ed", "work.oped", "opinion article"}, {"editorial", "work.editorial", "editorial"},
    {"article", "work.article", "article"}, {"headline", "work.headline", "headline"},
    {"titled", "work.titled", "a work titled “…”"}, {"entitled", "work.titled", "a work entitled “…”"},
};

// Abbreviations written with a final dot that does not end the sentence
// ("Gen. Smith", "Sen. Jones", "Jan. 5").
CLAIMSCOPE_WORD_RULES(kDottedAbbreviations) = {
    {"mr", "abbr.mr", "courtesy title"}, {"mrs", "abbr.mrs", "courtesy title"}, {"ms", "abbr.ms", "courtesy title"},
    {"dr", "abbr.dr", "academic title"}, {"prof", "abbr.prof", "academic title"}, {"gen", "abbr.gen", "rank"},
    {"sen", "abbr.sen", "senator"}, {"rep", "abbr.rep", "representative"}, {"gov", "abbr.gov", "governor"},
    {"col", "abbr.col", "rank"}, {"lt", "abbr.lt", "rank"}, {"sgt", "abbr.sgt", "rank"}, {"capt", "abbr.capt", "rank"},
    {"adm", "abbr.adm", "rank"}, {"st", "abbr.st", "saint / street"}, {"jr", "abbr.jr", "name suffix"},
    {"sr", "abbr.sr", "name suffix"}, {"jan", "abbr.jan", "month"}, {"feb", "abbr.feb", "month"},
    {"aug", "abbr.aug", "month"}, {"sept", "abbr.sept", "month"}, {"oct", "abbr.oct", "month"},
    {"nov", "abbr.nov", "month"}, {"dec", "abbr.dec", "month"},
};

// Documents a speaker issues: "X released a statement calling …" is X's
// statement, so a participle after one takes the clause's subject.
CLAIMSCOPE_WORD_RULES(kIssuedDocuments) = {
    {"statement", "doc.statement", "press statement"}, {"letter", "doc.letter", "letter"},
    {"ad", "doc.ad", "campaign ad"},                   {"email", "doc.email", "email"},
    {"memo", "doc.memo", "memo"},                      {"tweet", "doc.tweet", "tweet"},
    {"video", "doc.video", "video"},                   {"release", "doc.release", "press release"},
    {"message", "doc.message", "message"},             {"post", "doc.post", "social media post"},
    {"editorial", "doc.editorial", "newspaper editorial"},
};

// Section labels that open a headline with a colon ("Breaking: …", "The Latest: …"):
// they name the kind of story, not who speaks (reported_speech.cpp: headline_label).
CLAIMSCOPE_WORD_RULES(kHeadlineKickers) = {
    {"breaking", "kicker.breaking", "Breaking: …"},     {"watch", "kicker.watch", "Watch: …"},
    {"look", "kicker.look", "Look: …"},                 {"exclusive", "kicker.exclusive", "Exclusive: …"},
    {"update", "kicker.update", "Update: …"},           {"analysis", "kicker.analysis", "Analysis: …"},
    {"opinion", "kicker.opinion", "Opinion: …"},        {"editorial", "kicker.editorial", "Editorial: …"},
    {"live", "kicker.live", "Live: …"},                 {"video", "kicker.video", "Video: …"},
    {"photos", "kicker.photos", "Photos: …"},           {"latest", "kicker.latest", "The Latest: …"},
    {"contributing", "kicker.contributing", "Contributing: (credit line)"},
    {"byline", "kicker.byline", "BYLINE: (credit line)"}, {"correction", "kicker.correction", "Correction: …"},
    {"review", "kicker.review", "Review: …"},           {"explainer", "kicker.explainer", "Explainer: …"},
    {"read", "kicker.read", "Read More: (link)"},       {"related", "kicker.related", "Related: (link)"},
};

// Where or how words were said: a fronted "In an interview with …," / "At a news conference,"
// before "X said, …" sets the scene; it is not a piece of what was said (issued documents
// count too: "In an email thread with …,").
CLAIMSCOPE_WORD_RULES(kSpeechSettings) = {
    {"interview", "setting.interview", "in an interview"}, {"interviews", "setting.interview", "in interviews"},
    {"speech", "setting.speech", "in a speech"},           {"remarks", "setting.remarks", "in remarks"},
    {"conference", "setting.conference", "at a news conference"}, {"briefing", "setting.briefing", "at a briefing"},
    {"call", "setting.call", "on a conference call"},      {"hearing", "setting.hearing", "at a hearing"},
    {"thread", "setting.thread", "in an email thread"},    {"debate", "setting.debate", "during a debate"},
    {"rally", "setting.rally", "at a rally"},              {"appearance", "setting.appearance", "in an appearance"},
    {"testimony", "setting.testimony", "in testimony"},    {"podcast", "setting.podcast", "on a podcast"},
};

// "who said", "which said": a relative pronoun stands for the speaker before it.
CLAIMSCOPE_WORD_RULES(kRelativePronouns) = {
    {"who", "rel.who", "the official who said"}, {"which", "rel.which", "the ministry, which said"},
};

// Number words of a share of people polled that speaks as a group: "two in three said",
// "one in five say", "half say" (digits are read as numbers without a table).
CLAIMSCOPE_WORD_RULES(kShareNumbers) = {
    {"one", "share.one", "one in five"},     {"two", "share.two", "two in three"},
    {"three", "share.three", "three in four"}, {"four", "share.four", "four in ten"},
    {"five", "share.five", "five in ten"},    {"six", "share.six", "six in ten"},
    {"seven", "share.seven", "seven in ten"}, {"eight", "share.eight", "eight in ten"},
    {"nine", "share.nine", "nine in ten"},    {"ten", "share.ten", "one in ten"},
    {"half", "share.half", "about half said; …, and half say"},
};

// Words after a number that make it a share: "26 percent said" (also "%", a mark).
CLAIMSCOPE_WORD_RULES(kShareUnits) = {
    {"percent", "unit.percent", "26 percent said"},
};

// Words before a share of people polled that belong to it: "more than 4 in 10 said",
// "nearly 40 percent say", "some 30% said" (speaker_phrases.cpp: share_subject;
// reported_speech.cpp: a share that opens the next clause ends the one before).
CLAIMSCOPE_WORD_RULES(kShareApproximators) = {
    {"more", "approx.more", "more than 4 in 10"},   {"fewer", "approx.fewer", "fewer than 1 in 5"},
    {"less", "approx.less", "less than 10 percent"}, {"than", "approx.than", "more than 4 in 10"},
    {"nearly", "approx.nearly", "nearly 40 percent"}, {"almost", "approx.almost", "almost 40 percent"},
    {"about", "approx.about", "about 40 percent"},   {"some", "approx.some", "some 30%"},
    {"just", "approx.just", "just 12 percent"},     {"only", "approx.only", "only 12 percent"},
    {"over", "approx.over", "over 60 percent"},     {"roughly", "approx.roughly", "roughly a third"},
    {"around", "approx.around", "around 40 percent"},
};

// "Another said …", "Many say …": a quantifier alone can be the subject of a cue.
CLAIMSCOPE_WORD_RULES(kPronounQuantifiers) = {
    {"another", "qnt.another", "another said"}, {"one", "qnt.one", "one said"},       {"some", "qnt.some", "some said"},
    {"many", "qnt.many", "many say"},           {"several", "qnt.several", "several said"},
    {"others", "qnt.others", "others said"},    {"most", "qnt.most", "most said"},    {"few", "qnt.few", "few said"},
    {"both", "qnt.both", "both said"},
};

// Words in a person's mention that give the person's gender, so that a later "he" or
// "she" skips a person of the other (speakers.cpp): ids "female." and "male.". Honorifics
// and gendered role or kin nouns only: a name alone says nothing here. Ids "other." mark
// the words after which a mention describes another person ("spokesman for Mrs. Ruiz",
// "Tom Beck, whose wife …"): the gender is read before them only. One table, one probe
// per word of a mention.
CLAIMSCOPE_WORD_RULES(kGenderWords) = {
    {"mrs", "female.mrs", "honorific"},          {"ms", "female.ms", "honorific"},
    {"miss", "female.miss", "honorific"},        {"madam", "female.madam", "honorific"},
    {"dame", "female.dame", "honorific"},        {"lady", "female.lady", "first lady, Lady X"},
    {"spokeswoman", "female.spokeswoman", "role"}, {"chairwoman", "female.chairwoman", "role"},
    {"congresswoman", "female.congresswoman", "role"}, {"councilwoman", "female.councilwoman", "role"},
    {"assemblywoman", "female.assemblywoman", "role"}, {"businesswoman", "female.businesswoman", "role"},
    {"anchorwoman", "female.anchorwoman", "role"}, {"policewoman", "female.policewoman", "role"},
    {"actress", "female.actress", "role"},       {"queen", "female.queen", "royal"},
    {"princess", "female.princess", "royal"},    {"duchess", "female.duchess", "royal"},
    {"wife", "female.wife", "kin"},              {"widow", "female.widow", "kin"},
    {"mother", "female.mother", "kin"},          {"daughter", "female.daughter", "kin"},
    {"sister", "female.sister", "kin"},          {"grandmother", "female.grandmother", "kin"},
    {"aunt", "female.aunt", "kin"},              {"niece", "female.niece", "kin"},
    {"girlfriend", "female.girlfriend", "kin"},  {"mom", "female.mom", "kin"},
    {"woman", "female.woman", "a woman who …"},  {"girl", "female.girl", "a girl"},
    {"mr", "male.mr", "honorific"},           {"sir", "male.sir", "honorific"},
    {"lord", "male.lord", "honorific"},
    {"spokesman", "male.spokesman", "role"},  {"chairman", "male.chairman", "role"},
    {"congressman", "male.congressman", "role"}, {"councilman", "male.councilman", "role"},
    {"assemblyman", "male.assemblyman", "role"}, {"businessman", "male.businessman", "role"},
    {"anchorman", "male.anchorman", "role"},  {"policeman", "male.policeman", "role"},
    {"king", "male.king", "royal"},           {"prince", "male.prince", "royal"},
    {"duke", "male.duke", "royal"},
    {"husband", "male.husband", "kin"},       {"widower", "male.widower", "kin"},
    {"father", "male.father", "kin"},         {"son", "male.son", "kin"},
    {"brother", "male.brother", "kin"},       {"grandfather", "male.grandfather", "kin"},
    {"uncle", "male.uncle", "kin"},           {"nephew", "male.nephew", "kin"},
    {"boyfriend", "male.boyfriend", "kin"},   {"dad", "male.dad", "kin"},
    {"man", "male.man", "a man who …"},       {"boy", "male.boy", "a boy"},
    {"for", "other.for", "spokesman for X"}, {"of", "other.of", "aide of X"},
    {"to", "other.to", "adviser to X"},      {"at", "other.at", "lawyer at X"},
    {"with", "other.with", "together with X"}, {"and", "other.and", "X and Y"},
    {"who", "other.who", "relative clause"}, {"whose", "other.whose", "relative clause"},
    {"whom", "other.whom", "relative clause"}, {"which", "other.which", "relative clause"},
    {"that", "other.that", "relative clause"},
};

// Given names whose usual gender is clear in international news, lower case,
// one space between names (one string per list: a table of pointers cost the
// page ~5 KB of gzip for these). Read only where a person's honorifics and
// role words say nothing: a tie-breaker for he and she, never a reason to
// take a pronoun from someone known otherwise. Names often borne by both
// (Jean, Andrea, Kim, Alex, Sam, Jan, Nicola, Simone, Robin, Jordan, Sasha, Lee)
// are left out. Also: a known given name before a surname marks a person
// where a name alone might be a place or a company ("Tomas Ek met …").
constexpr std::string_view kFemaleGivenNames =
    "agnes agnieszka aisha alessandra alice amanda amelia amina amy ana angela angelika angelina anita "
    "ann anna anne annette annika astrid barbara beatrice beatriz birgit brigitte camille carmen "
    "carolina caroline catherine cecilia charlotte chiara christiane christina christine claire clara "
    "cristina daniela deborah diana dolores donna dorothy ebba eleanor elena elisa elisabeth elizabeth "
    "ellen elsa emilia emilie emily emma esther eva eve ewa fatima federica femke francesca frida "
    "gabriela giovanna giulia gloria grace greta gudrun hanna hannah harriet heidi helen helena hilde "
    "hillary ida ilse ines ingrid irene irina isabel isabella isabelle jacqueline jane janet jasmine "
    "jennifer jessica joan joanna johanna jolanta josephine joyce judith julia julie kamala karen karin "
    "katarina katarzyna kate katharina katherine kathryn katie kerstin kirsten kristin kristina laura "
    "lauren layla leila lena liesbeth linda lisa louise lucia lucy magdalena maja malin margaret "
    "margarethe maria mariam marianne marie marina marta martha mary megan melissa mette mia michelle "
    "miriam monica monika nadia nancy natalia natalie nathalie ngozi nicole nina nora oksana olena olga "
    "olivia pamela paola patricia paula petra priya rachel rebecca renate rita roberta rosa ruth sabine "
    "sandra sanne sara sarah sharon sigrid silvana silvia sofia sophia sophie stephanie susan susanne "
    "suzanne svetlana sylvia tatiana teresa theresa tove ulrike ursula valentina vera victoria yasmin "
    "yulia zainab zoe zofia";
constexpr std::string_view kMaleGivenNames =
    "abdullah adam ahmed ahmet alain alberto alejandro aleksander aleksandr alexander alexei alexey amit "
    "anatoly anders andreas andrei andres andrew andriy anton antonio arjun arne arthur barack ben bengt "
    "benjamin bernard bill bjorn bob bogdan boris bram brian bruno carl carlos charles christian "
    "christopher chuck cyril daniel dave david dennis didier diego dieter dirk dmitry dominik donald "
    "douglas dragan edward einar emil emmanuel emre enrico eric erik ernst eugene fabio felix fernando "
    "florian francisco francois frank fred frederik friedrich fritz gary geert gennady georg george "
    "gerald gerhard giovanni giuseppe gonzalo goran gordon graham gregory grzegorz gunnar gunther gustav "
    "gyorgy haakon hakan hamid hans harold harry hassan heinrich helmut hendrik henrik henry horst "
    "howard hugo hussein ian ibrahim ignacio igor istvan ivan ivo jack jacob jacques jakob jakub james "
    "jason javier jeffrey jens jerry jim jiri joachim joe johan johannes john jonas jonathan joost jorge "
    "jorgen jose joseph juan julien jurgen justin karl kasper kees keir keith kemal kenneth kevin khalid "
    "kjell klaus knut krzysztof kurt ladislav larry lars laszlo laurent lawrence leif leon liam lorenzo "
    "louis luca luigi luis lukas lukasz maarten mads magnus mahmoud manfred manuel marcin marco marek "
    "mario mark markus martin massimo mats matteo matthew matthias mehmet michael michal michel miguel "
    "mikael mike mikhail milan miroslav mohamed mohammed muhammad mustafa mykola narendra neil nelson "
    "nicolas niels nigel nikola nikolai nils noah olaf olav ole oleg oliver olivier omar oscar otto "
    "pablo paolo patrick paul pawel pedro peter petr petro petter philippe pierre pieter piotr rafael "
    "rahul rainer rashid rasmus raul raymond reza ricardo richard rishi robert roberto roger ronald rune "
    "russell ruud ryan samuel santiago scott sebastian sebastien sergei sergey sergio simon soren "
    "stanislav stefan stefano steinar stephen steve steven stig sven taras tariq ted terje thierry "
    "thomas timothy tobias tom tomas tomasz tony tor torbjorn trond ulf uwe vaclav valery vicente victor "
    "vidar vijay viktor vitaly vladimir vladislav volodymyr walter wayne werner willem william wojciech "
    "wolfgang xavier yaroslav youssef yuri yusuf zbigniew zdenek zoran";

// "Residents living near the plant said": after a participle describing the speaker,
// the place or path it is at. The noun after one is the participle's object, not the
// speaker (speaker_phrases.cpp: with_participle_phrase).
CLAIMSCOPE_WORD_RULES(kPlacePrepositions) = {
    {"near", "place.near", "living near"},         {"outside", "place.outside", "protesting outside"},
    {"inside", "place.inside", "waiting inside"},  {"through", "place.through", "marching through"},
    {"across", "place.across", "living across"},   {"along", "place.along", "walking along"},
    {"around", "place.around", "gathered around"}, {"behind", "place.behind", "standing behind"},
    {"beside", "place.beside", "standing beside"}, {"by", "place.by", "standing by"},
    {"at", "place.at", "working at"},              {"in", "place.in", "living in"},
    {"on", "place.on", "working on"},              {"from", "place.from", "returning from"},
    {"into", "place.into", "moving into"},         {"under", "place.under", "sheltering under"},
    {"among", "place.among", "living among"},
    {"against", "place.against", "protesting against"}, {"toward", "place.toward", "heading toward"},
    {"towards", "place.towards", "heading towards"}, {"within", "place.within", "living within"},
    // "An official speaking to reporters said": whom the participle speaks to, not who speaks.
    {"to", "place.to", "speaking to"},             {"with", "place.with", "talking with"},
};

// Modifiers that stand before a noun and head no phrase of their own, and a few words that
// never end a speaker's phrase (an adverb, an auxiliary, a preposition no other table has):
// a mention that ends on one stops inside its phrase ("her own plans", "a few hints", "the
// key states"), so it is no speaker (speaker_phrases.cpp: is_fragment_mention).
CLAIMSCOPE_WORD_RULES(kModifierOnlyWords) = {
    {"own", "modonly.own", "her own plans"},        {"few", "modonly.few", "a few hints"},
    {"recent", "modonly.recent", "his recent remarks"}, {"key", "modonly.key", "the key states"},
    {"prime", "modonly.prime", "the prime minister's"}, {"foreign", "modonly.foreign", "its foreign affairs"},
    {"past", "modonly.past", "this past week"},     {"latest", "modonly.latest", "the latest figures"},
    {"usual", "modonly.usual", "her usual speech"}, {"standard", "modonly.standard", "his standard speech"},
    {"same", "modonly.same", "the same report"},    {"entire", "modonly.entire", "the entire board"},
    {"whole", "modonly.whole", "the whole crew"},   {"main", "modonly.main", "the main rival"},
    {"common", "modonly.common", "one common saying"}, {"detailed", "modonly.detailed", "a detailed plan"},
    {"sometimes", "modonly.sometimes", "he sometimes added"}, {"being", "modonly.being", "we are now being told"},
    {"without", "modonly.without", "a friend without saying"},
};

// "Ana Ruiz, 34, of Dover, Del., said", "Tom Beck, a farmer in Ohio, a swing state, said": a
// name right after a preposition inside the subject's commas is where the subject lives or
// works, not the subject (speaker_phrases.cpp: appositive_ending_at). These two, and the
// prepositions of kPlacePrepositions.
CLAIMSCOPE_WORD_RULES(kAppositiveLinks) = {
    {"of", "apposlink.of", "a nurse of Dover"}, {"for", "apposlink.for", "a lawyer for Acme"},
};

// quotes38: prepositions that open a sentence with an adverbial of place or company ("Outside the
// stadium, …", "Alongside the union's calls, …"): the words up to the comma hold no subject
// (speaker_phrases.cpp: opens_adverbial).
CLAIMSCOPE_WORD_RULES(kFrontedPrepositions) = {
    {"alongside", "front.alongside", "alongside"}, {"outside", "front.outside", "outside"},
    {"inside", "front.inside", "inside"},          {"beyond", "front.beyond", "beyond"},
    {"among", "front.among", "among"},             {"amongst", "front.amongst", "amongst"},
    {"behind", "front.behind", "behind"},          {"across", "front.across", "across"},
    {"throughout", "front.throughout", "throughout"}, {"within", "front.within", "within"},
    {"unlike", "front.unlike", "unlike"},          {"besides", "front.besides", "besides"},
    {"under", "front.under", "under"},             {"near", "front.near", "near"},
    {"over", "front.over", "over"},                {"without", "front.without", "without"},
    {"through", "front.through", "through"},       {"since", "front.since", "since"},
    {"until", "front.until", "until"},             {"upon", "front.upon", "upon"},
    {"against", "front.against", "against"},       {"toward", "front.toward", "toward"},
    {"towards", "front.towards", "towards"},       {"around", "front.around", "around"},
    {"absent", "front.absent", "absent"},
};

// quotes38: words that open a clause of its own after a comma ("…, and she has clashed …", "…, though
// he said …"): the last such clause before a participle cue is the one the cue goes on
// (speaker_phrases.cpp: later_clause_subject).
CLAIMSCOPE_WORD_RULES(kClauseJoiners) = {
    {"and", "join.and", "and"},       {"but", "join.but", "but"},           {"though", "join.though", "though"},
    {"although", "join.although", "although"}, {"while", "join.while", "while"}, {"whereas", "join.whereas", "whereas"},
    {"yet", "join.yet", "yet"},
};

// speakers135: prepositions before an -ing cue whose doer is the subject of the clause they
// close ("Ruiz closed by saying", "Beck paused before adding", "she left without answering"):
// the speaker is that clause's subject, not the noun right before the preposition
// (speaker_cue_subject.cpp: subject_of_cue). Not "for" ("Ruiz criticized Beck for saying …":
// the doer is the object) nor "of" ("accused Beck of saying").
CLAIMSCOPE_WORD_RULES(kGerundClausePrepositions) = {
    {"by", "gerund.by", "by"},         {"before", "gerund.before", "before"}, {"after", "gerund.after", "after"},
    {"upon", "gerund.upon", "upon"},   {"while", "gerund.while", "while"},    {"without", "gerund.without", "without"},
};

// quotes38: nouns of something said whose owner, before a colon, introduces the quotation after it
// ("Ruiz's answer was: “…”", "Her reply was blunt: “…”", "His response: “…”"; quote_cues.cpp:
// owner_of_answer).
CLAIMSCOPE_WORD_RULES(kAnswerNouns) = {
    {"answer", "answer.answer", "her answer was"},      {"reply", "answer.reply", "his reply"},
    {"response", "answer.response", "the response"},    {"retort", "answer.retort", "her retort"},
    {"reaction", "answer.reaction", "his reaction"},    {"message", "answer.message", "her message"},
    {"verdict", "answer.verdict", "his verdict"},       {"advice", "answer.advice", "her advice"},
    {"explanation", "answer.explanation", "his explanation"}, {"words", "answer.words", "her words"},
    {"plea", "answer.plea", "his plea"},                {"conclusion", "answer.conclusion", "her conclusion"},
    {"rebuttal", "answer.rebuttal", "his rebuttal"},    {"defense", "answer.defense", "her defense"},
    {"defence", "answer.defence", "her defence"},       {"pitch", "answer.pitch", "his pitch"},
    {"comment", "answer.comment", "her comment"},       {"statement", "answer.statement", "his statement"},
    {"warning", "answer.warning", "her warning"},       {"argument", "answer.argument", "his argument"},
    {"remarks", "answer.remarks", "her remarks"},       {"assessment", "answer.assessment", "his assessment"},
    {"promise", "answer.promise", "her promise"},       {"question", "answer.question", "his question"},
    {"take", "answer.take", "her take"},                {"summary", "answer.summary", "his summary"},
};

// quotes38: a possessive pronoun that owns a speech noun stands for its subject form when the
// owner is resolved as a speaker ("Her answer was:" is hers; speakers.cpp: add_pronoun).
struct PronounForm {
  std::string_view possessive;
  std::string_view subject;
};
constexpr PronounForm kPossessivePronouns[] = {
    {"his", "he"}, {"her", "she"}, {"their", "they"}, {"its", "it"}, {"my", "i"}, {"our", "we"},
};

// "Republican presidential candidate Ana Ruiz", "Syrian military officials": after a capitalised
// word, lower-case adjectives of office and then a role noun are one title (speaker_phrases.cpp:
// office_title_after). Endings, not words: a verb after a name ("Ruiz toured", "Ruiz met") has
// none of them, so it still ends the mention.
CLAIMSCOPE_WORD_RULES(kOfficeAdjectiveEndings) = {
    {"ial", "office.ial", "presidential, gubernatorial"}, {"nal", "office.nal", "congressional, national"},
    {"ral", "office.ral", "mayoral, federal, electoral"},  {"cal", "office.cal", "political, local"},
    {"ary", "office.ary", "military, parliamentary"},      {"ic", "office.ic", "diplomatic, economic"},
};
constexpr size_t kMinOfficeAdjectiveLength = 6;  // "local" and "rural" are too short to tell from other words

// Time adjuncts that news puts between a subject and its verb ("Ruiz last week said", "The board
// two days ago voted"): a period noun after "last" / "this" / "earlier this", or before "ago".
CLAIMSCOPE_WORD_RULES(kPeriodNouns) = {
    {"week", "period.week", "last week"},    {"weeks", "period.weeks", "two weeks ago"},
    {"month", "period.month", "last month"}, {"months", "period.months", "three months ago"},
    {"year", "period.year", "last year"},    {"years", "period.years", "two years ago"},
    {"weekend", "period.weekend", "last weekend"}, {"days", "period.days", "two days ago"},
    {"day", "period.day", "a day ago"},
};
CLAIMSCOPE_WORD_RULES(kPeriodOpeners) = {
    {"last", "popen.last", "last week"}, {"this", "popen.this", "this week"},
    {"past", "popen.past", "this past week"},
};
constexpr size_t kMaxAgoWords = 4;  // "less than two weeks ago"

// The party letters of a US legislator's label after the name, "Tom Beck, R-Maine,"
// or "Ana Ruiz, D-N.Y.,": a letter, a hyphen and a capitalised state (speaker_phrases.cpp:
// is_party_label). The label belongs to the name before its comma; it is never the speaker.
CLAIMSCOPE_WORD_RULES(kPartyLetters) = {
    {"d", "party.d", "D-Maine"}, {"r", "party.r", "R-Texas"}, {"i", "party.i", "I-Vt."},
};

// The words that open an aside after the clause's opening name and its comma, besides a
// determiner, an -ing participle and an age ("Ana Ruiz, who lost her brother in Dayton, Ohio,
// in May, said"): with them the aside may run over several commas, and a place or date in it
// is not the subject (speaker_phrases.cpp: aside_owner).
CLAIMSCOPE_WORD_RULES(kAsideOpeners) = {
    {"who", "aside.who", "Ana Ruiz, who grew up in Dayton, Ohio, said"},
    {"whose", "aside.whose", "Tom Beck, whose father ran the pier, said"},
};

// After a quantifier and "of", a pronoun heads no name of its own: "most of them", "many of
// whom" are named whole (speakers.cpp: speaker_name), where "several of her allies" is named
// by the phrase after "of" ("allies").
// An article that, right before a capitalised name with no title between, makes it the
// name of a thing or a people, not a person ("the Harbour Star", "the Pentagon").
CLAIMSCOPE_WORD_RULES(kArticlesBeforeNames) = {
    {"the", "artname.the", "the Harbour Star"},
};

CLAIMSCOPE_WORD_RULES(kPronounsAfterOf) = {
    {"them", "ofpron.them", "most of them"}, {"us", "ofpron.us", "some of us"},
    {"whom", "ofpron.whom", "many of whom"}, {"which", "ofpron.which", "all of which"},
    {"those", "ofpron.those", "some of those"}, {"these", "ofpron.these", "most of these"},
};

}  // namespace claimscope::rules
