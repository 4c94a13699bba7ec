#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "annotate.h"
#include "datelines.h"
#include "paragraph_features.h"
#include "paragraphs.h"
#include "role_cues.h"
#include "rules/roles.h"

using namespace claimscope;

namespace {

struct Classified {
  std::string text;
  std::vector<Paragraph> paragraphs;
  std::string role(size_t i) const { return i < paragraphs.size() ? role_name(paragraphs[i].role) : "<none>"; }
  std::string dateline(size_t i) const {
    const Span& s = paragraphs.at(i).dateline;
    return text.substr(s.start, s.size());
  }
  bool has_reason(size_t i, const std::string& id) const {
    for (const auto& r : paragraphs.at(i).reasons)
      if (r == id) return true;
    return false;
  }
};

Classified classify(std::string text) {
  Classified c;
  c.text = std::move(text);
  c.paragraphs = split_paragraphs(c.text);
  classify_paragraphs(c.text, c.paragraphs);
  return c;
}

// A small news article whose middle paragraph is replaced by `line`.
std::string with_line(const std::string& line) {
  return "Harbour council approves new ferry timetable\n"
         "The council of Port Alder voted 7-2 on Tuesday to add evening ferries to the islands.\n" +
         line +
         "\nThe first extra crossings will run from May, the harbour master said in a statement.\n"
         "Residents had asked for later boats for years, according to a petition seen by the council.\n";
}

}  // namespace

TEST_CASE("title: the first short line without a period") {
  auto c = classify(with_line("Councillors debated for three hours before the vote."));
  CHECK(c.role(0) == "title");
  CHECK(c.has_reason(0, "title.first_line"));
  CHECK(c.role(1) == "body");
  auto t = classify("Storm Closes Every School In Kettle Valley\nSchools in Kettle Valley stayed shut on Monday as snow kept falling across the district.\n");
  CHECK(t.role(0) == "title");
  CHECK(t.has_reason(0, "title.title_case"));
  CHECK(t.paragraphs[0].confidence > 0.85f);
}

TEST_CASE("title: a one-paragraph text and a sentence lede are body") {
  CHECK(classify("Only one line here without a period").role(0) == "body");
  auto c = classify("The mayor of Dunmore said on Friday that the bridge would reopen in June.\nShe gave no further details.\n");
  CHECK(c.role(0) == "body");
  CHECK(c.role(1) == "body");
}

TEST_CASE("title repeated on the next line: the copy is boilerplate") {
  auto c = classify("Drought cuts wheat harvest in Orlan province\n\nDrought cuts wheat harvest in Orlan  province\n\n"
                    "Farmers in Orlan expect the smallest wheat harvest in a decade, officials said on Monday.\n");
  CHECK(c.role(0) == "title");
  CHECK(c.role(1) == "boilerplate");
  CHECK(c.has_reason(1, "boiler.repeat_title"));
  CHECK(c.role(2) == "body");
}

TEST_CASE("a repeated label is boilerplate the second time; a repeated sentence stays body") {
  auto c = classify("Rail strike ends after two weeks\nUnions and the operator signed a deal late on Sunday night.\n"
                    "Sponsored by Norland Rail Partners\nTrains will run normally from Wednesday morning, the operator said.\n"
                    "Sponsored by Norland Rail Partners\nUnions and the operator signed a deal late on Sunday night.\n");
  CHECK(c.role(2) != "boilerplate");
  CHECK(c.role(4) == "boilerplate");
  CHECK(c.has_reason(4, "boiler.repeat_line"));
  CHECK(c.role(5) == "body");  // live blogs restate facts: still content
}

// Only keys of the sizes of lines whose repeat would change something are
// kept: the title's copy written as a sentence, a sentence repeated as a
// label (its first, prose, is kept since the label has its size), a label
// repeated; a line of the same size with other words, and prose repeated as
// prose, are no repeats that change anything.
TEST_CASE("repeats: of the title as a sentence, of prose as a label, of a label") {
  auto c = classify("Ferry crews vote to strike over the winter rota changes\n\n"
                    "The harbour master said the new timetable starts in May.\n\n"
                    "Crews met on Monday evening at the union hall by the quay.\n\n"
                    "Ferry crews vote to strike over the winter rota changes.\n\n"
                    "The harbour master said the new timetable starts in May\n\n"
                    "Listen to the podcast here\n\n"
                    "Listen to the podcast hare\n\n"
                    "Crews met on Monday evening at the union hall by the quay.\n\n"
                    "Listen to the podcast here\n");
  CHECK(c.role(0) == "title");
  CHECK(c.role(1) == "body");
  CHECK(c.role(3) == "boilerplate");
  CHECK(c.has_reason(3, "boiler.repeat_title"));
  CHECK(c.role(4) == "boilerplate");
  CHECK(c.has_reason(4, "boiler.repeat_line"));
  CHECK(!c.has_reason(6, "boiler.repeat_line"));
  CHECK(c.role(7) == "body");
  CHECK(c.role(8) == "boilerplate");
  CHECK(c.has_reason(8, "boiler.repeat_line"));
}

TEST_CASE("numbers alone are not headings; pronoun openings are not captions") {
  auto c = classify(with_line("The ferry list:\n1\nThe first boat leaves at six in the morning from the north pier."));
  CHECK(c.role(3) == "body");
  auto d = classify(with_line("He did not say when.\nHandout/Norland Post via Reuters"));
  CHECK(d.role(2) == "body");
  CHECK(d.role(3) == "caption");
  auto t = classify(with_line("5:20 p.m."));
  CHECK(t.role(2) == "heading");
  CHECK(classify(with_line("Correction: A previous version of this story gave the wrong ferry fare.")).role(2) == "boilerplate");
}

TEST_CASE("subtitle: a dek between the title and the byline") {
  auto c = classify("Lake Verna water levels hit record low\n"
                    "Boat operators say the season may end a month early.\n"
                    "By Hana Okoro\n"
                    "The level of Lake Verna fell to its lowest mark since records began, the water board said.\n");
  CHECK(c.role(0) == "title");
  CHECK(c.role(1) == "subtitle");
  CHECK(c.role(2) == "byline");
  CHECK(c.role(3) == "body");
  auto d = classify("Lake Verna water levels hit record low\n"
                    "Boat operators fear an early end to the season\n"
                    "The level of Lake Verna fell to its lowest mark since records began, the water board said.\n");
  CHECK(d.role(1) == "subtitle");
}

TEST_CASE("byline: By, Reporting by, Written by; prose starting with By is body") {
  CHECK(classify(with_line("By Tomas Reyes and Ama Boateng")).role(2) == "byline");
  CHECK(classify(with_line("By MARTA KOWALSKA, Associated Press")).role(2) == "byline");
  CHECK(classify(with_line("Reporting by Ines Varga; Editing by Paul Ndlovu")).role(2) == "byline");
  CHECK(classify(with_line("Written by Lee Soo-jin")).role(2) == "byline");
  CHECK(classify(with_line("Oskar Lind and Mei Tan contributed reporting.")).role(2) == "byline");
  CHECK(classify(with_line("Staff writer Ruth Abara contributed to this report.")).role(2) == "byline");
  CHECK(classify(with_line("By the end of the meeting, most members had left.")).role(2) == "body");
  CHECK(classify(with_line("By Thursday, the ferry company had hired four new crew members.")).role(2) == "body");
}

TEST_CASE("a bare author name above the date stamp is a byline") {
  auto c = classify("Lisk fishery in trouble\nLandings fell by nine tenths in fifteen years.\nMarguerite Osei\nSat 14 Mar 2026 09.00 GMT\n"
                    "The harbour at Lisk used to smell of diesel and herring, and the boats went out every single day.\n");
  CHECK(c.role(2) == "byline");
  CHECK(c.role(3) == "dateline");
  CHECK(c.role(1) == "subtitle");
  // Not without the date stamp below it.
  auto d = classify(with_line("Marguerite Osei"));
  CHECK(d.role(2) != "byline");
}

TEST_CASE("kicker labels above the headline and wire credits in brackets") {
  auto c = classify("EXCLUSIVE\nFerry chief quits after safety report\nThe head of the Norland Ferry Company resigned on Monday, the board said.\n"
                    "(Reporting by Ines Varga; Editing by Paul Ndlovu)\n");
  CHECK(c.role(0) == "boilerplate");
  CHECK(c.role(1) == "title");
  CHECK(c.role(3) == "byline");
  CHECK(classify(with_line("Image caption, Passengers wait for the last ferry of the day")).role(2) == "caption");
}

TEST_CASE("dateline prefixes on the lede") {
  auto c = classify("Port strike enters second week\nMERIDA, Calif. (Reuters) — Dock workers at the port stayed out on Monday.\n");
  CHECK(c.role(1) == "body");
  CHECK(c.dateline(1) == "MERIDA, Calif. (Reuters) —");
  CHECK(c.has_reason(1, "dateline.prefix"));
  CHECK(classify("Port strike\nKOROVIA - Officials said talks would resume.\n").dateline(1) == "KOROVIA -");
  CHECK(classify("Port strike\nVALDORA, Feb 16 (Reuters) - Officials said talks would resume.\n").dateline(1) ==
        "VALDORA, Feb 16 (Reuters) -");
  CHECK(classify("Port strike\nNEW HALLOW (AP) — Officials said talks would resume.\n").dateline(1) ==
        "NEW HALLOW (AP) —");
  CHECK(classify("Port strike\nLake Ostra (Reuters) - Officials said talks would resume.\n").dateline(1) ==
        "Lake Ostra (Reuters) -");
}

TEST_CASE("no dateline where there is none") {
  auto c = classify("Port strike\nNORFA - the fishing alliance - said little.\nThe Harbour Board (and others) - officials said - agreed.\n");
  CHECK(c.dateline(1).empty());
  CHECK(c.dateline(2).empty());
  // Interview lines "NAME: answer" are not datelines.
  auto i = classify("Interview\nQ: What happened?\nMARA LINDQVIST: We lost power at nine.\n");
  CHECK(i.dateline(2).empty());
}

// A place starts with a capital: a paragraph that opens with anything else
// has no dateline, and one that opens with a capital beyond ASCII may.
TEST_CASE("match_dateline: the first character decides before the first word") {
  auto match = [](const std::string& text) { return match_dateline(text, Span{0, uint32_t(text.size())}); };
  CHECK(match("\xC3\x89VORA (Reuters) - Officials met.").found);  // É
  CHECK(match("\xC3\x89vora (Reuters) - Officials met.").found);
  CHECK_FALSE(match("\xC3\xA9vora (Reuters) - Officials met.").found);  // é
  CHECK_FALSE(match("\xE2\x80\x9CKOROVIA - we stay,\xE2\x80\x9D he said.").found);
  CHECK_FALSE(match("\"KOROVIA - we stay,\" he said.").found);
  CHECK_FALSE(match("2026 (Reuters) - Officials met.").found);
  CHECK_FALSE(match("(Reuters) - Officials met.").found);
  CHECK_FALSE(match("- KOROVIA - Officials met.").found);
  CHECK_FALSE(match("").found);
  CHECK(match("KOROVIA -").found);
}

TEST_CASE("dateline paragraphs: a dateline alone, a date stamp in the header") {
  auto c = classify("Floods close coastal road\nORRIN BAY, Norland (Reuters) -\nMarch 3, 2026\n"
                    "Heavy rain closed the coastal road on Tuesday, police said.\n");
  CHECK(c.role(1) == "dateline");
  CHECK(c.role(2) == "dateline");
  CHECK(c.has_reason(2, "dateline.date_line"));
  CHECK(c.role(3) == "body");
}

TEST_CASE("heading: short line between prose; live-blog time stamps") {
  auto c = classify(with_line("What happens next"));
  CHECK(c.role(2) == "heading");
  auto q = classify(with_line("‘A long wait’"));
  CHECK(q.role(2) == "heading");
  auto t = classify(with_line("14:05 GMT"));
  CHECK(t.role(2) == "heading");
  CHECK(t.has_reason(2, "heading.timestamp"));
  // Lines of a list are not headings, and a short last line stays body.
  auto l = classify("Budget at a glance\nThe budget includes:\nNew buses\nLonger library hours\nA park on the old rail yard\n"
                    "Councillors will vote on the plan next week, the mayor's office said.\nMore soon");
  CHECK(l.role(2) == "body");
  CHECK(l.role(3) == "body");
  CHECK(l.role(6) == "body");
}

TEST_CASE("caption: photo openings and credit lines") {
  CHECK(classify(with_line("In this photo provided by the Port Alder council, a ferry leaves the harbour on May 2.")).role(2) == "caption");
  CHECK(classify(with_line("Photo: Irena Falk/Norland Post")).role(2) == "caption");
  auto c = classify(with_line("A ferry leaves the harbour at dusk.\nNorland Ferry Company via AP"));
  CHECK(c.role(3) == "caption");
  CHECK(c.has_reason(3, "caption.credit"));
  CHECK(c.role(2) == "caption");
  CHECK(c.has_reason(2, "caption.next_to_credit"));
  CHECK(classify(with_line("The council shared the figures with Reuters.")).role(2) == "body");
  CHECK(classify(with_line("Getty/Instagram")).role(2) == "caption");
  CHECK(classify(with_line("Reuters reported.")).role(2) == "body");
}

TEST_CASE("boilerplate: markers, prompts, widgets, credits") {
  const char* lines[] = {
      "[ad_1]",
      "Advertisement",
      "Read more: Ferry fares to rise in June",
      "SEE ALSO:",
      "Related",
      "Sign up for our morning newsletter and get the news in your inbox.",
      "Share this article",
      "Leave a Reply",
      "Your email address will not be published. Required fields are marked *",
      "Back To Top",
      "The article continues below the video.",
      "Source: Norland Press Agency",
      "© 2026 Harbour Media Group. All rights reserved.",
      "We use cookies to improve your experience on our site.",
      "Follow Ama Boateng on Twitter @amab",
      "<blockquote class=\"social-embed\" data-id=\"4411\">",
      "***",
      "[Video: the mayor's full statement on the ferry vote]",
      "Read the rest here.",
      "4 min read",
      "Advertisement - scroll to continue",
      "This article is more than 2 years old",
      "Editor's note: This story was updated to add the council's response.",
      "THIS MATERIAL WAS PREPARED BY AN ORGANISATION LISTED IN THE REGISTER OF FOREIGN AGENTS UNDER THE LAW.",
  };
  for (const char* line : lines) {
    CAPTURE(line);
    CHECK(classify(with_line(line)).role(2) == "boilerplate");
  }
}

TEST_CASE("boilerplate cues never catch ordinary prose") {
  const char* lines[] = {
      "Readers can subscribe to the ferry alerts for free, the council said.",
      "The source of the leak was not clear.",
      "He said the plan would \"share the burden fairly\" between islands.",
      "Related costs will rise by 4%.",
      "Ok.",
      "Yes",
      "Follow the money, she told the council.",
  };
  for (const char* line : lines) {
    CAPTURE(line);
    CHECK(classify(with_line(line)).role(2) != "boilerplate");
  }
}

TEST_CASE("author bio at the end of the page is boilerplate; elsewhere it is body") {
  std::string bio = "Dana Whitfield is an award-winning reporter and editor who has covered the islands since 2015.";
  auto c = classify(with_line("The vote followed a long debate.") + bio);
  CHECK(c.role(c.paragraphs.size() - 1) == "boilerplate");
  CHECK(c.has_reason(c.paragraphs.size() - 1, "boiler.author_bio"));
  auto early = classify("Ferry news\n" + bio + "\n" + with_line("The vote followed a long debate."));
  CHECK(early.role(1) == "body");
}

TEST_CASE("all-capitals paste: no notice rule") {
  auto c = classify("FERRY TIMES CHANGE\nTHE COUNCIL OF PORT ALDER VOTED ON TUESDAY TO ADD EVENING FERRIES TO THE ISLANDS.\n"
                    "THE FIRST EXTRA CROSSINGS WILL RUN FROM MAY, THE HARBOUR MASTER SAID.\n");
  CHECK(c.role(1) == "body");
  CHECK(c.role(2) == "body");
}

TEST_CASE("every paragraph gets a confidence and reasons; odd input is safe") {
  auto c = classify(with_line("What happens next"));
  for (const auto& p : c.paragraphs) {
    CHECK(p.confidence > 0.0f);
    CHECK(p.confidence <= 1.0f);
    CHECK(!p.reasons.empty());
  }
  CHECK(classify("").paragraphs.empty());
  std::string junk;
  for (int i = 0; i < 3000; ++i) junk += char((i * 37) % 256);
  auto r = annotate(junk, Options{Stage::structure, 50u * 1000u * 1000u});
  CHECK(r.ok());
  for (const auto& p : r.doc.paragraphs) {
    CHECK(p.span.end <= r.doc.text.size());
    CHECK(p.dateline.end <= p.span.end);
  }
  std::string huge(200000, 'A');
  huge += " - x\n[";
  auto h = classify(huge);
  CHECK(h.paragraphs.size() == 2);
  std::string dashes = "A (" + std::string(100, 'B') + "\n--\n— —\n(\n,\n";
  CHECK_NOTHROW(classify(dashes));
}

// ---- fixtures: tests/fixtures/NAME.txt against NAME.roles.json ------------

TEST_CASE("fixture articles get their gold roles") {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(CLAIMSCOPE_SOURCE_DIR) / "tests" / "fixtures";
  REQUIRE(fs::is_directory(dir));
  size_t fixtures = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    const std::string suffix = ".roles.json";
    if (name.size() <= suffix.size() || name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0) continue;
    std::string stem = name.substr(0, name.size() - suffix.size());
    std::ifstream gold_in(entry.path());
    std::ifstream text_in(dir / (stem + ".txt"), std::ios::binary);
    REQUIRE(text_in.good());
    std::stringstream buf;
    buf << text_in.rdbuf();
    auto gold = nlohmann::json::parse(gold_in);
    auto r = annotate(buf.str(), Options{Stage::structure, 50u * 1000u * 1000u});
    REQUIRE(r.ok());
    const auto& doc = r.doc;
    CAPTURE(stem);
    REQUIRE(gold.size() == doc.paragraphs.size());
    for (size_t i = 0; i < gold.size(); ++i) {
      const auto& p = doc.paragraphs[i];
      std::string text = doc.text.substr(p.span.start, std::min<size_t>(p.span.size(), 70));
      CAPTURE(i);
      CAPTURE(text);
      CHECK(std::string(role_name(p.role)) == gold[i].at("role").get<std::string>());
      std::string want = gold[i].value("dateline", "");
      CHECK(doc.text.substr(p.dateline.start, p.dateline.size()) == want);
    }
    ++fixtures;
  }
  CHECK(fixtures >= 12);
}

TEST_CASE("the page's sample article shows every role the page dims or styles") {
  std::ifstream in(std::string(CLAIMSCOPE_SOURCE_DIR) + "/web/sample-article.txt", std::ios::binary);
  REQUIRE(in.good());
  std::stringstream buf;
  buf << in.rdbuf();
  auto c = classify(buf.str());
  std::map<std::string, int> counts;
  for (size_t i = 0; i < c.paragraphs.size(); ++i) ++counts[c.role(i)];
  CHECK(c.role(0) == "title");
  CHECK(c.role(1) == "byline");
  CHECK(c.dateline(2) == "HALDEN BRIDGE (Reuters) -");
  CHECK(counts["caption"] == 2);
  CHECK(counts["boilerplate"] == 2);
  CHECK(c.role(c.paragraphs.size() - 1) == "boilerplate");
}

// The one-word shortcut of the cue lookups (role_cues.h) must never hide an
// entry: every one-word entry of every table, as a paragraph of its own, is
// found by the lookup and not ruled out by its first-word bits.
TEST_CASE("one_word_outside never rules out a one-word entry of its table") {
  const std::pair<CueTable, std::vector<std::string_view>> tables[] = {
      {CueTable::boilerplate_lines, {}}, {CueTable::credit_words, {}}, {CueTable::platforms, {}},
      {CueTable::months, {}},            {CueTable::connective_ends, {}}, {CueTable::date_words, {}},
  };
  auto words_of = [](const auto& table) {
    std::vector<std::string_view> out;
    for (const WordRule& e : table) {
      std::string_view t = e.text;
      if (!t.empty() && t.find(' ') == std::string_view::npos) out.push_back(t);
    }
    return out;
  };
  std::vector<std::vector<std::string_view>> words = {
      words_of(rules::kBoilerplateLines), words_of(rules::kCreditWords),    words_of(rules::kPlatforms),
      words_of(rules::kMonths),           words_of(rules::kConnectiveEnds), words_of(rules::kDateWords),
  };
  size_t checked = 0;
  for (size_t t = 0; t < std::size(tables); ++t) {
    for (std::string_view w : words[t]) {
      std::string text(w);
      FeatureArena arena;
      ParagraphFeatures f = paragraph_features(text, {0, uint32_t(text.size())}, arena);
      f.bind(arena);
      if (f.word_ends().size() != 1 || f.key() != w) continue;  // entries the key spells otherwise
      f.first_word_tables = first_word_tables(f.words_at(0, 1));
      CHECK_MESSAGE(!one_word_outside(tables[t].first, f), w);
      ++checked;
    }
  }
  CHECK(checked > 20);
  // A word in no table is ruled out at once.
  std::string text = "Zorvex";
  FeatureArena arena;
  ParagraphFeatures f = paragraph_features(text, {0, uint32_t(text.size())}, arena);
  f.bind(arena);
  f.first_word_tables = first_word_tables(f.words_at(0, 1));
  for (const auto& table : tables) CHECK(one_word_outside(table.first, f));
}

// match_dateline says no at once when the first word has a lower-case letter
// and no '(' is in the head: a place that is not in capitals needs an agency.
// Both sides of that shortcut, with and without a comma (an unknown agency
// would also need the place in capitals).
TEST_CASE("a dateline whose place is not in capitals needs an agency in brackets") {
  auto found = [](std::string_view s) { return match_dateline(s, {0, uint32_t(s.size())}).found; };
  CHECK(found("Port Elmsworth, Vantria (Reuters) - The ferry resumed service on Monday."));
  CHECK(found("Port Elmsworth (AFP) - The ferry resumed service on Monday."));
  CHECK_FALSE(found("Port Elmsworth, Vantria - The ferry resumed service on Monday."));
  CHECK_FALSE(found("Harbour officials, meeting late, said the ferry would resume."));
  CHECK(found("PORT ELMSWORTH, Vantria - The ferry resumed service on Monday."));
  CHECK(found("PORT ELMSWORTH - The ferry resumed service on Monday."));
}

// decide_alone skips a one-word paragraph whose word starts no cue entry
// (no_rule_applies); the structural rules that can claim one word by its
// first mark must still see theirs, and one-word cue entries still match.
TEST_CASE("one-word lines: the structural and cue rules of pass 1 still fire") {
  auto c = classify(
      "Harbour works resume in Tolvik after the storm season ends for good this year.\n"
      "[Tolvik]\n<hr>\n\xC2\xA9Tolvik\nZorvex\nAdvertisement\nQuayside\n"
      "The ferry company said the new timetable would start on the first of the month.\n");
  REQUIRE(c.paragraphs.size() == 8);
  CHECK(c.role(1) == "boilerplate");
  CHECK(c.has_reason(1, "boiler.bracket_marker"));
  CHECK(c.has_reason(2, "boiler.markup_line"));
  CHECK(c.has_reason(3, "boiler.copyright_sign"));
  CHECK(c.role(4) == "body");
  CHECK(c.has_reason(5, "boiler.line.ad"));
  CHECK(c.role(6) == "heading");  // a short line above prose, below a closed one
}

// The phrase lookup walks the indexed words: an entry at the first word, one
// after a word that starts an entry without completing it ("terms" of
// "terms of use"), none in a line of ordinary words, and none past the words
// the key indexes.
TEST_CASE("phrase cues at the first word, after a false start, and nowhere") {
  FeatureArena arena;
  auto features = [&](const std::string& line) {
    ParagraphFeatures f = paragraph_features(line, {0, uint32_t(line.size())}, arena);
    f.bind(arena);
    if (!f.word_ends().empty()) f.first_word_tables = first_word_tables(f.words_at(0, 1));
    return f;
  };
  const std::string first = "Privacy policy updated for the new season";
  CueHit hit = phrase_cue(CueTable::boilerplate_phrases, features(first));
  REQUIRE(hit);
  CHECK(std::string_view(hit.rule->id) == "boiler.phrase.legal");
  CHECK(hit.words == 2);
  const std::string later = "Terms apply, so sign up for our newsletter today";
  hit = phrase_cue(CueTable::boilerplate_phrases, features(later));
  REQUIRE(hit);
  CHECK(std::string_view(hit.rule->id) == "boiler.phrase.subscribe");
  const std::string none = "The ferry leaves the quay at nine on weekdays";
  CHECK(!phrase_cue(CueTable::boilerplate_phrases, features(none)));
  std::string long_line;
  for (int i = 0; i < 50; ++i) long_line += "tide ";
  long_line += "privacy policy";
  CHECK(!phrase_cue(CueTable::boilerplate_phrases, features(long_line)));
}

// The passes after the first read each paragraph's word count, final mark and
// role from RoleContext's brief; its count stops at 255, above every rule's limit.
TEST_CASE("later passes: a dateline lede, a heading, a very long paragraph, a related list, a repeated label") {
  std::string long_prose;
  for (int i = 0; i < 70; ++i) long_prose += "Crews worked through the night again. ";  // 420 words
  long_prose += "The pier reopened at dawn.";
  auto c = classify("Harbour council approves new ferry timetable\n"
                    "PORT ALDER (Reuters) - The council voted 7-2 on Tuesday to add evening ferries to the islands, "
                    "officials said.\n"
                    "What happens next\n" +
                    long_prose +
                    "\nSign up for our newsletter\n"
                    "The harbour master said the first extra crossings would run from May, weather permitting.\n"
                    "Related\n"
                    "Ferry fares to rise in spring\n"
                    "New pier opens at Port Alder\n"
                    "Sign up for our newsletter\n");
  CHECK(c.role(1) == "body");
  CHECK(c.dateline(1) == "PORT ALDER (Reuters) -");
  CHECK(c.has_reason(1, "dateline.prefix"));
  CHECK(c.role(2) == "heading");
  CHECK(c.role(3) == "body");
  CHECK(c.has_reason(3, "body.sentence"));
  CHECK(c.role(5) == "body");
  CHECK(c.role(6) == "boilerplate");
  CHECK(c.role(7) == "boilerplate");
  CHECK(c.has_reason(7, "boiler.related_link"));
  CHECK(c.role(8) == "boilerplate");
  CHECK(c.role(9) == "boilerplate");
  CHECK(c.has_reason(9, "boiler.repeat_line"));
}

// A place is in capitals when every letter of its words is, letters beyond
// ASCII included; a word of one small letter makes the place not in
// capitals, and then only an agency in brackets makes the dateline.
TEST_CASE("match_dateline: a place in capitals, letters beyond ASCII included") {
  auto found = [](std::string_view s) { return match_dateline(s, {0, uint32_t(s.size())}).found; };
  CHECK(found("S\xC3\x83O VELHO - The ferry resumed service on Monday."));        // Ã
  CHECK_FALSE(found("S\xC3\xA3O VELHO - The ferry resumed service on Monday."));  // ã
  CHECK_FALSE(found("S\xC3\xA3o Velho - The ferry resumed service on Monday."));
  CHECK(found("S\xC3\xA3o Velho (Reuters) - The ferry resumed service on Monday."));
  CHECK(found("O'HARA-VELL, 12 May - The ferry resumed service on Monday."));
  CHECK_FALSE(found("O'Hara-VELL, 12 May - The ferry resumed service on Monday."));
  CHECK_FALSE(found("9 PORT - The ferry resumed service on Monday."));
  const std::string_view lede = "VALDORA, Vantria 12 (AP) \xE2\x80\x94 The ferry resumed.";
  const DatelineMatch m = match_dateline(lede, {0, uint32_t(lede.size())});
  CHECK(m.found);
  CHECK(m.detail);
  CHECK(m.agency);
}
