// Abbreviations that end in a period, for the sentence segmenter.
//
// Keys are lower case, without the final period; internal periods stay
// ("e.g", "ph.d"). `kind` says what a following word means for a boundary:
//   title     comes before a name: never ends a sentence ("Dr. Lee")
//   number    comes before a number: no boundary when a digit follows ("No. 5")
//   time      a.m./p.m.: ends a sentence unless a date/zone word follows or the
//             sentence so far is just the fronted time phrase ("At 7 a.m. Ms. Ruiz ...")
//   inner     used inside a sentence (e.g., i.e., vs.): never ends one
//   either    may end a sentence: ends it only before a typical sentence starter
// capital_only: the key only counts when written with a capital ("Miss." the
// state, not "miss."; "Gen." the rank, not "gen.").
#pragma once

#include "../rule_reason.h"

namespace claimscope {

enum class AbbrevKind : unsigned char { title, number, time, inner, either };

struct AbbrevRule {
  const char* text;
  const char* id;
  [[no_unique_address]] RuleReason reason;
  AbbrevKind kind;
  bool capital_only;
};


constexpr AbbrevRule kAbbreviations[] = {
    // Courtesy titles, ranks and offices: always followed by a name.
    {"mr", "abbr.title.mr", "courtesy title", AbbrevKind::title, false},
    {"mrs", "abbr.title.mrs", "courtesy title", AbbrevKind::title, false},
    {"ms", "abbr.title.ms", "courtesy title", AbbrevKind::title, true},
    {"messrs", "abbr.title.messrs", "plural courtesy title", AbbrevKind::title, false},
    {"mmes", "abbr.title.mmes", "plural courtesy title", AbbrevKind::title, false},
    {"dr", "abbr.title.dr", "doctor", AbbrevKind::title, true},
    {"drs", "abbr.title.drs", "doctors", AbbrevKind::title, true},
    {"prof", "abbr.title.prof", "professor", AbbrevKind::title, true},
    {"rev", "abbr.title.rev", "reverend", AbbrevKind::title, true},
    {"hon", "abbr.title.hon", "honourable", AbbrevKind::title, true},
    {"gov", "abbr.title.gov", "governor", AbbrevKind::title, true},
    {"sen", "abbr.title.sen", "senator", AbbrevKind::title, true},
    {"sens", "abbr.title.sens", "senators", AbbrevKind::title, true},
    {"rep", "abbr.title.rep", "representative", AbbrevKind::title, true},
    {"reps", "abbr.title.reps", "representatives", AbbrevKind::title, true},
    {"pres", "abbr.title.pres", "president", AbbrevKind::title, true},
    {"gen", "abbr.title.gen", "military rank: general", AbbrevKind::title, true},
    {"lt", "abbr.title.lt", "military rank: lieutenant", AbbrevKind::title, true},
    {"col", "abbr.title.col", "military rank: colonel", AbbrevKind::title, true},
    {"maj", "abbr.title.maj", "military rank: major", AbbrevKind::title, true},
    {"capt", "abbr.title.capt", "military rank: captain", AbbrevKind::title, true},
    {"cmdr", "abbr.title.cmdr", "military rank: commander", AbbrevKind::title, true},
    {"adm", "abbr.title.adm", "military rank: admiral", AbbrevKind::title, true},
    {"sgt", "abbr.title.sgt", "military rank: sergeant", AbbrevKind::title, true},
    {"cpl", "abbr.title.cpl", "military rank: corporal", AbbrevKind::title, true},
    {"pvt", "abbr.title.pvt", "military rank: private", AbbrevKind::title, true},
    {"brig", "abbr.title.brig", "military rank: brigadier", AbbrevKind::title, true},
    {"supt", "abbr.title.supt", "police rank: superintendent", AbbrevKind::title, true},
    {"insp", "abbr.title.insp", "police rank: inspector", AbbrevKind::title, true},
    {"det", "abbr.title.det", "police rank: detective", AbbrevKind::title, true},
    {"amb", "abbr.title.amb", "ambassador", AbbrevKind::title, true},
    {"fr", "abbr.title.fr", "father (clergy)", AbbrevKind::title, true},
    {"mt", "abbr.title.mt", "mount, before a mountain's name", AbbrevKind::title, true},
    {"ft", "abbr.title.ft", "fort, before a place name", AbbrevKind::title, true},
    {"mme", "abbr.title.mme", "madame", AbbrevKind::title, true},
    {"mlle", "abbr.title.mlle", "mademoiselle", AbbrevKind::title, true},
    // Postscripts open the note they label: "P.S. I will be late."
    {"p.s", "abbr.title.ps", "postscript label", AbbrevKind::title, false},
    {"ps", "abbr.title.ps_short", "postscript label written PS.", AbbrevKind::title, true},
    {"p.p.s", "abbr.title.pps", "second postscript label", AbbrevKind::title, false},

    // Before a number.
    {"no", "abbr.number.no", "number sign: No. 5", AbbrevKind::number, false},
    {"nos", "abbr.number.nos", "numbers: Nos. 3 and 4", AbbrevKind::number, false},
    {"n\u00b0", "abbr.number.n_degree", "number sign written N\u00b0", AbbrevKind::number, false},
    {"nr", "abbr.number.nr", "number (European style)", AbbrevKind::number, false},
    {"p", "abbr.number.p", "page", AbbrevKind::number, false},
    {"pp", "abbr.number.pp", "pages", AbbrevKind::number, false},
    {"vol", "abbr.number.vol", "volume", AbbrevKind::number, false},
    {"fig", "abbr.number.fig", "figure", AbbrevKind::number, false},
    {"figs", "abbr.number.figs", "figures", AbbrevKind::number, false},
    {"art", "abbr.number.art", "article of a law", AbbrevKind::number, false},
    {"sec", "abbr.number.sec", "section", AbbrevKind::number, false},
    {"ch", "abbr.number.ch", "chapter", AbbrevKind::number, false},
    {"para", "abbr.number.para", "paragraph", AbbrevKind::number, false},
    {"op", "abbr.number.op", "opus", AbbrevKind::number, false},
    {"ext", "abbr.number.ext", "telephone extension", AbbrevKind::number, false},
    {"tel", "abbr.number.tel", "telephone number", AbbrevKind::number, false},
    {"ca", "abbr.number.ca", "circa, before a year", AbbrevKind::number, false},
    {"approx", "abbr.number.approx", "approximately", AbbrevKind::number, false},
    {"rt", "abbr.number.rt", "route", AbbrevKind::number, true},
    {"hwy", "abbr.number.hwy", "highway", AbbrevKind::number, false},

    // Clock times.
    {"a.m", "abbr.time.am", "ante meridiem", AbbrevKind::time, false},
    {"p.m", "abbr.time.pm", "post meridiem", AbbrevKind::time, false},

    // Used inside a sentence.
    {"e.g", "abbr.inner.eg", "for example", AbbrevKind::inner, false},
    {"i.e", "abbr.inner.ie", "that is", AbbrevKind::inner, false},
    {"vs", "abbr.inner.vs", "versus", AbbrevKind::inner, false},
    {"cf", "abbr.inner.cf", "compare", AbbrevKind::inner, false},
    {"viz", "abbr.inner.viz", "namely", AbbrevKind::inner, false},
    {"incl", "abbr.inner.incl", "including", AbbrevKind::inner, false},

    // Months (capitalised only, as months are written).
    {"jan", "abbr.month.jan", "January", AbbrevKind::either, true},
    {"feb", "abbr.month.feb", "February", AbbrevKind::either, true},
    {"mar", "abbr.month.mar", "March", AbbrevKind::either, true},
    {"apr", "abbr.month.apr", "April", AbbrevKind::either, true},
    {"jun", "abbr.month.jun", "June", AbbrevKind::either, true},
    {"jul", "abbr.month.jul", "July", AbbrevKind::either, true},
    {"aug", "abbr.month.aug", "August", AbbrevKind::either, true},
    {"sep", "abbr.month.sep", "September", AbbrevKind::either, true},
    {"sept", "abbr.month.sept", "September", AbbrevKind::either, true},
    {"oct", "abbr.month.oct", "October", AbbrevKind::either, true},
    {"nov", "abbr.month.nov", "November", AbbrevKind::either, true},
    {"dec", "abbr.month.dec", "December", AbbrevKind::either, true},

    // US states, AP style (capitalised only: several are also words).
    {"ala", "abbr.state.ala", "Alabama", AbbrevKind::either, true},
    {"ariz", "abbr.state.ariz", "Arizona", AbbrevKind::either, true},
    {"ark", "abbr.state.ark", "Arkansas", AbbrevKind::either, true},
    {"calif", "abbr.state.calif", "California", AbbrevKind::either, true},
    {"colo", "abbr.state.colo", "Colorado", AbbrevKind::either, true},
    {"conn", "abbr.state.conn", "Connecticut", AbbrevKind::either, true},
    {"del", "abbr.state.del", "Delaware", AbbrevKind::either, true},
    {"fla", "abbr.state.fla", "Florida", AbbrevKind::either, true},
    {"ga", "abbr.state.ga", "Georgia", AbbrevKind::either, true},
    {"ill", "abbr.state.ill", "Illinois", AbbrevKind::either, true},
    {"ind", "abbr.state.ind", "Indiana", AbbrevKind::either, true},
    {"kan", "abbr.state.kan", "Kansas", AbbrevKind::either, true},
    {"kans", "abbr.state.kans", "Kansas", AbbrevKind::either, true},
    {"ky", "abbr.state.ky", "Kentucky", AbbrevKind::either, true},
    {"la", "abbr.state.la", "Louisiana", AbbrevKind::either, true},
    {"md", "abbr.state.md", "Maryland", AbbrevKind::either, true},
    {"mass", "abbr.state.mass", "Massachusetts", AbbrevKind::either, true},
    {"mich", "abbr.state.mich", "Michigan", AbbrevKind::either, true},
    {"minn", "abbr.state.minn", "Minnesota", AbbrevKind::either, true},
    {"miss", "abbr.state.miss", "Mississippi", AbbrevKind::either, true},
    {"mo", "abbr.state.mo", "Missouri", AbbrevKind::either, true},
    {"mont", "abbr.state.mont", "Montana", AbbrevKind::either, true},
    {"neb", "abbr.state.neb", "Nebraska", AbbrevKind::either, true},
    {"nev", "abbr.state.nev", "Nevada", AbbrevKind::either, true},
    {"okla", "abbr.state.okla", "Oklahoma", AbbrevKind::either, true},
    {"ore", "abbr.state.ore", "Oregon", AbbrevKind::either, true},
    {"pa", "abbr.state.pa", "Pennsylvania", AbbrevKind::either, true},
    {"tenn", "abbr.state.tenn", "Tennessee", AbbrevKind::either, true},
    {"tex", "abbr.state.tex", "Texas", AbbrevKind::either, true},
    {"va", "abbr.state.va", "Virginia", AbbrevKind::either, true},
    {"vt", "abbr.state.vt", "Vermont", AbbrevKind::either, true},
    {"wash", "abbr.state.wash", "Washington", AbbrevKind::either, true},
    {"wis", "abbr.state.wis", "Wisconsin", AbbrevKind::either, true},
    {"wyo", "abbr.state.wyo", "Wyoming", AbbrevKind::either, true},

    // Company forms and name suffixes: often the last word of a sentence.
    {"inc", "abbr.corp.inc", "incorporated", AbbrevKind::either, false},
    {"corp", "abbr.corp.corp", "corporation", AbbrevKind::either, false},
    {"ltd", "abbr.corp.ltd", "limited company", AbbrevKind::either, false},
    {"co", "abbr.corp.co", "company", AbbrevKind::either, false},
    {"cos", "abbr.corp.cos", "companies", AbbrevKind::either, false},
    {"bros", "abbr.corp.bros", "brothers", AbbrevKind::either, false},
    {"plc", "abbr.corp.plc", "public limited company", AbbrevKind::either, false},
    {"jr", "abbr.suffix.jr", "junior", AbbrevKind::either, false},
    {"sr", "abbr.suffix.sr", "senior", AbbrevKind::either, false},
    {"esq", "abbr.suffix.esq", "esquire", AbbrevKind::either, false},
    {"ph.d", "abbr.degree.phd", "doctorate", AbbrevKind::either, false},

    // Addresses and places.
    {"st", "abbr.place.st", "street, or saint before a name", AbbrevKind::either, false},
    {"ave", "abbr.place.ave", "avenue", AbbrevKind::either, false},
    {"blvd", "abbr.place.blvd", "boulevard", AbbrevKind::either, false},
    {"rd", "abbr.place.rd", "road", AbbrevKind::either, false},
    {"ln", "abbr.place.ln", "lane", AbbrevKind::either, false},
    {"apt", "abbr.place.apt", "apartment", AbbrevKind::either, false},
    {"ste", "abbr.place.ste", "suite", AbbrevKind::either, false},
    {"bldg", "abbr.place.bldg", "building", AbbrevKind::either, false},
    {"dept", "abbr.org.dept", "department", AbbrevKind::either, false},
    {"univ", "abbr.org.univ", "university", AbbrevKind::either, false},
    {"assoc", "abbr.org.assoc", "associate / association", AbbrevKind::either, false},
    {"assn", "abbr.org.assn", "association", AbbrevKind::either, false},
    {"gov't", "abbr.org.govt", "government", AbbrevKind::either, false},
    {"govt", "abbr.org.govt_plain", "government", AbbrevKind::either, false},
    {"intl", "abbr.org.intl", "international", AbbrevKind::either, false},
    {"mfg", "abbr.org.mfg", "manufacturing", AbbrevKind::either, false},

    // Other common short forms.
    {"etc", "abbr.misc.etc", "et cetera: often ends a list and a sentence", AbbrevKind::either, false},
    {"al", "abbr.misc.al", "et al.", AbbrevKind::either, false},
    {"est", "abbr.misc.est", "established / estimated", AbbrevKind::either, false},
    {"misc", "abbr.misc.misc", "miscellaneous", AbbrevKind::either, false},
    {"dist", "abbr.misc.dist", "district", AbbrevKind::either, false},
    {"cont", "abbr.misc.cont", "continued", AbbrevKind::either, false},
    {"orig", "abbr.misc.orig", "original(ly)", AbbrevKind::either, false},
    {"ibid", "abbr.misc.ibid", "in the same source", AbbrevKind::either, false},
    {"illus", "abbr.misc.illus", "illustrated", AbbrevKind::either, false},
    {"anon", "abbr.misc.anon", "anonymous", AbbrevKind::either, false},
    {"abbr", "abbr.misc.abbr", "abbreviation", AbbrevKind::either, false},
    {"natl", "abbr.org.natl", "national", AbbrevKind::either, false},
    {"admin", "abbr.org.admin", "administration", AbbrevKind::either, false},
    {"avg", "abbr.unit.avg", "average", AbbrevKind::either, false},
    {"yrs", "abbr.unit.yrs", "years", AbbrevKind::either, false},
    {"mins", "abbr.unit.mins", "minutes", AbbrevKind::either, false},
    {"tbsp", "abbr.unit.tbsp", "tablespoon", AbbrevKind::either, false},
    {"tsp", "abbr.unit.tsp", "teaspoon", AbbrevKind::either, false},
    {"min", "abbr.unit.min", "minutes", AbbrevKind::either, false},
    {"hrs", "abbr.unit.hrs", "hours", AbbrevKind::either, false},
    {"lbs", "abbr.unit.lbs", "pounds", AbbrevKind::either, false},
    {"oz", "abbr.unit.oz", "ounces", AbbrevKind::either, false},
    {"sq", "abbr.unit.sq", "square", AbbrevKind::either, false},
};

}  // namespace claimscope
