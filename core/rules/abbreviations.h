// Abbreviations that end in a period, for the sentence segmenter.
//
// Keys are lower case, without the final period; internal periods stay
// ("e.g", "ph.d"). `kind` says what a following word means for a boundary:
//   title     comes before a name: never ends a sentence ("Dr. Lee")
//   number    comes before a number: no boundary when a digit follows ("No. 5")
//   time      a.m./p.m.: ends a sentence unless a date/zone word follows or the
//             sentence so far is just the fronted time phrase ("At 5 a.m. Mr. Lee ...")
//   inner     used inside a sentence (e.g., i.e., vs.): never ends one
//   either    may end a sentence: ends it only before a typical sentence starter
// capital_only: the key only counts when written with a capital ("Miss." the
// state, not "miss."; "Gen." the rank, not "gen.").
#pragma once

namespace claimscope {

enum class AbbrevKind : unsigned char { title, number, time, inner, either };

struct AbbrevRule {
  const char* text;
  const char* id;
  const char* reason;
  AbbrevKind kind;
  bool capital_only;
};

using AK = AbbrevKind;

constexpr AbbrevRule kAbbreviations[] = {
    // Courtesy titles, ranks and offices: always followed by a name.
    {"mr", "abbr.title.mr", "courtesy title", AK::title, false},
    {"mrs", "abbr.title.mrs", "courtesy title", AK::title, false},
    {"ms", "abbr.title.ms", "courtesy title", AK::title, true},
    {"messrs", "abbr.title.messrs", "plural courtesy title", AK::title, false},
    {"mmes", "abbr.title.mmes", "plural courtesy title", AK::title, false},
    {"dr", "abbr.title.dr", "doctor", AK::title, true},
    {"drs", "abbr.title.drs", "doctors", AK::title, true},
    {"prof", "abbr.title.prof", "professor", AK::title, true},
    {"rev", "abbr.title.rev", "reverend", AK::title, true},
    {"hon", "abbr.title.hon", "honourable", AK::title, true},
    {"gov", "abbr.title.gov", "governor", AK::title, true},
    {"sen", "abbr.title.sen", "senator", AK::title, true},
    {"sens", "abbr.title.sens", "senators", AK::title, true},
    {"rep", "abbr.title.rep", "representative", AK::title, true},
    {"reps", "abbr.title.reps", "representatives", AK::title, true},
    {"pres", "abbr.title.pres", "president", AK::title, true},
    {"gen", "abbr.title.gen", "military rank: general", AK::title, true},
    {"lt", "abbr.title.lt", "military rank: lieutenant", AK::title, true},
    {"col", "abbr.title.col", "military rank: colonel", AK::title, true},
    {"maj", "abbr.title.maj", "military rank: major", AK::title, true},
    {"capt", "abbr.title.capt", "military rank: captain", AK::title, true},
    {"cmdr", "abbr.title.cmdr", "military rank: commander", AK::title, true},
    {"adm", "abbr.title.adm", "military rank: admiral", AK::title, true},
    {"sgt", "abbr.title.sgt", "military rank: sergeant", AK::title, true},
    {"cpl", "abbr.title.cpl", "military rank: corporal", AK::title, true},
    {"pvt", "abbr.title.pvt", "military rank: private", AK::title, true},
    {"brig", "abbr.title.brig", "military rank: brigadier", AK::title, true},
    {"supt", "abbr.title.supt", "police rank: superintendent", AK::title, true},
    {"insp", "abbr.title.insp", "police rank: inspector", AK::title, true},
    {"det", "abbr.title.det", "police rank: detective", AK::title, true},
    {"amb", "abbr.title.amb", "ambassador", AK::title, true},
    {"fr", "abbr.title.fr", "father (clergy)", AK::title, true},
    {"mt", "abbr.title.mt", "mount, before a mountain's name", AK::title, true},
    {"ft", "abbr.title.ft", "fort, before a place name", AK::title, true},
    {"mme", "abbr.title.mme", "madame", AK::title, true},
    {"mlle", "abbr.title.mlle", "mademoiselle", AK::title, true},

    // Before a number.
    {"no", "abbr.number.no", "number sign: No. 5", AK::number, false},
    {"nos", "abbr.number.nos", "numbers: Nos. 3 and 4", AK::number, false},
    {"n\u00b0", "abbr.number.n_degree", "number sign written N\u00b0", AK::number, false},
    {"nr", "abbr.number.nr", "number (European style)", AK::number, false},
    {"p", "abbr.number.p", "page", AK::number, false},
    {"pp", "abbr.number.pp", "pages", AK::number, false},
    {"vol", "abbr.number.vol", "volume", AK::number, false},
    {"fig", "abbr.number.fig", "figure", AK::number, false},
    {"figs", "abbr.number.figs", "figures", AK::number, false},
    {"art", "abbr.number.art", "article of a law", AK::number, false},
    {"sec", "abbr.number.sec", "section", AK::number, false},
    {"ch", "abbr.number.ch", "chapter", AK::number, false},
    {"para", "abbr.number.para", "paragraph", AK::number, false},
    {"op", "abbr.number.op", "opus", AK::number, false},
    {"ext", "abbr.number.ext", "telephone extension", AK::number, false},
    {"tel", "abbr.number.tel", "telephone number", AK::number, false},
    {"ca", "abbr.number.ca", "circa, before a year", AK::number, false},
    {"approx", "abbr.number.approx", "approximately", AK::number, false},
    {"rt", "abbr.number.rt", "route", AK::number, true},
    {"hwy", "abbr.number.hwy", "highway", AK::number, false},

    // Clock times.
    {"a.m", "abbr.time.am", "ante meridiem", AK::time, false},
    {"p.m", "abbr.time.pm", "post meridiem", AK::time, false},

    // Used inside a sentence.
    {"e.g", "abbr.inner.eg", "for example", AK::inner, false},
    {"i.e", "abbr.inner.ie", "that is", AK::inner, false},
    {"vs", "abbr.inner.vs", "versus", AK::inner, false},
    {"cf", "abbr.inner.cf", "compare", AK::inner, false},
    {"viz", "abbr.inner.viz", "namely", AK::inner, false},
    {"incl", "abbr.inner.incl", "including", AK::inner, false},

    // Months (capitalised only: "Jan." the month, not a name at a sentence end is rarer).
    {"jan", "abbr.month.jan", "January", AK::either, true},
    {"feb", "abbr.month.feb", "February", AK::either, true},
    {"mar", "abbr.month.mar", "March", AK::either, true},
    {"apr", "abbr.month.apr", "April", AK::either, true},
    {"jun", "abbr.month.jun", "June", AK::either, true},
    {"jul", "abbr.month.jul", "July", AK::either, true},
    {"aug", "abbr.month.aug", "August", AK::either, true},
    {"sep", "abbr.month.sep", "September", AK::either, true},
    {"sept", "abbr.month.sept", "September", AK::either, true},
    {"oct", "abbr.month.oct", "October", AK::either, true},
    {"nov", "abbr.month.nov", "November", AK::either, true},
    {"dec", "abbr.month.dec", "December", AK::either, true},

    // US states, AP style (capitalised only: several are also words).
    {"ala", "abbr.state.ala", "Alabama", AK::either, true},
    {"ariz", "abbr.state.ariz", "Arizona", AK::either, true},
    {"ark", "abbr.state.ark", "Arkansas", AK::either, true},
    {"calif", "abbr.state.calif", "California", AK::either, true},
    {"colo", "abbr.state.colo", "Colorado", AK::either, true},
    {"conn", "abbr.state.conn", "Connecticut", AK::either, true},
    {"del", "abbr.state.del", "Delaware", AK::either, true},
    {"fla", "abbr.state.fla", "Florida", AK::either, true},
    {"ga", "abbr.state.ga", "Georgia", AK::either, true},
    {"ill", "abbr.state.ill", "Illinois", AK::either, true},
    {"ind", "abbr.state.ind", "Indiana", AK::either, true},
    {"kan", "abbr.state.kan", "Kansas", AK::either, true},
    {"kans", "abbr.state.kans", "Kansas", AK::either, true},
    {"ky", "abbr.state.ky", "Kentucky", AK::either, true},
    {"la", "abbr.state.la", "Louisiana", AK::either, true},
    {"md", "abbr.state.md", "Maryland", AK::either, true},
    {"mass", "abbr.state.mass", "Massachusetts", AK::either, true},
    {"mich", "abbr.state.mich", "Michigan", AK::either, true},
    {"minn", "abbr.state.minn", "Minnesota", AK::either, true},
    {"miss", "abbr.state.miss", "Mississippi", AK::either, true},
    {"mo", "abbr.state.mo", "Missouri", AK::either, true},
    {"mont", "abbr.state.mont", "Montana", AK::either, true},
    {"neb", "abbr.state.neb", "Nebraska", AK::either, true},
    {"nev", "abbr.state.nev", "Nevada", AK::either, true},
    {"okla", "abbr.state.okla", "Oklahoma", AK::either, true},
    {"ore", "abbr.state.ore", "Oregon", AK::either, true},
    {"pa", "abbr.state.pa", "Pennsylvania", AK::either, true},
    {"tenn", "abbr.state.tenn", "Tennessee", AK::either, true},
    {"tex", "abbr.state.tex", "Texas", AK::either, true},
    {"va", "abbr.state.va", "Virginia", AK::either, true},
    {"vt", "abbr.state.vt", "Vermont", AK::either, true},
    {"wash", "abbr.state.wash", "Washington", AK::either, true},
    {"wis", "abbr.state.wis", "Wisconsin", AK::either, true},
    {"wyo", "abbr.state.wyo", "Wyoming", AK::either, true},

    // Company forms and name suffixes: often the last word of a sentence.
    {"inc", "abbr.corp.inc", "incorporated", AK::either, false},
    {"corp", "abbr.corp.corp", "corporation", AK::either, false},
    {"ltd", "abbr.corp.ltd", "limited company", AK::either, false},
    {"co", "abbr.corp.co", "company", AK::either, false},
    {"cos", "abbr.corp.cos", "companies", AK::either, false},
    {"bros", "abbr.corp.bros", "brothers", AK::either, false},
    {"plc", "abbr.corp.plc", "public limited company", AK::either, false},
    {"jr", "abbr.suffix.jr", "junior", AK::either, false},
    {"sr", "abbr.suffix.sr", "senior", AK::either, false},
    {"esq", "abbr.suffix.esq", "esquire", AK::either, false},
    {"ph.d", "abbr.degree.phd", "doctorate", AK::either, false},

    // Addresses and places.
    {"st", "abbr.place.st", "street, or saint before a name", AK::either, false},
    {"ave", "abbr.place.ave", "avenue", AK::either, false},
    {"blvd", "abbr.place.blvd", "boulevard", AK::either, false},
    {"rd", "abbr.place.rd", "road", AK::either, false},
    {"ln", "abbr.place.ln", "lane", AK::either, false},
    {"apt", "abbr.place.apt", "apartment", AK::either, false},
    {"ste", "abbr.place.ste", "suite", AK::either, false},
    {"bldg", "abbr.place.bldg", "building", AK::either, false},
    {"dept", "abbr.org.dept", "department", AK::either, false},
    {"univ", "abbr.org.univ", "university", AK::either, false},
    {"assoc", "abbr.org.assoc", "associate / association", AK::either, false},
    {"assn", "abbr.org.assn", "association", AK::either, false},
    {"gov't", "abbr.org.govt", "government", AK::either, false},
    {"govt", "abbr.org.govt_plain", "government", AK::either, false},
    {"intl", "abbr.org.intl", "international", AK::either, false},
    {"mfg", "abbr.org.mfg", "manufacturing", AK::either, false},

    // Other common short forms.
    {"etc", "abbr.misc.etc", "et cetera: often ends a list and a sentence", AK::either, false},
    {"al", "abbr.misc.al", "et al.", AK::either, false},
    {"est", "abbr.misc.est", "established / estimated", AK::either, false},
    {"misc", "abbr.misc.misc", "miscellaneous", AK::either, false},
    {"dist", "abbr.misc.dist", "district", AK::either, false},
    {"cont", "abbr.misc.cont", "continued", AK::either, false},
    {"orig", "abbr.misc.orig", "original(ly)", AK::either, false},
    {"ibid", "abbr.misc.ibid", "in the same source", AK::either, false},
    {"illus", "abbr.misc.illus", "illustrated", AK::either, false},
    {"anon", "abbr.misc.anon", "anonymous", AK::either, false},
    {"abbr", "abbr.misc.abbr", "abbreviation", AK::either, false},
    {"natl", "abbr.org.natl", "national", AK::either, false},
    {"admin", "abbr.org.admin", "administration", AK::either, false},
    {"avg", "abbr.unit.avg", "average", AK::either, false},
    {"yrs", "abbr.unit.yrs", "years", AK::either, false},
    {"mins", "abbr.unit.mins", "minutes", AK::either, false},
    {"tbsp", "abbr.unit.tbsp", "tablespoon", AK::either, false},
    {"tsp", "abbr.unit.tsp", "teaspoon", AK::either, false},
    {"min", "abbr.unit.min", "minutes", AK::either, false},
    {"hrs", "abbr.unit.hrs", "hours", AK::either, false},
    {"lbs", "abbr.unit.lbs", "pounds", AK::either, false},
    {"oz", "abbr.unit.oz", "ounces", AK::either, false},
    {"sq", "abbr.unit.sq", "square", AK::either, false},
};

}  // namespace claimscope
