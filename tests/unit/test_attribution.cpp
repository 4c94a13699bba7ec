#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "attribution_helpers.h"

using namespace claimscope;
using namespace claimscope::testing;

TEST_CASE("quote then named speaker and cue") {
  auto d = run("“The harbour will reopen next week,” Port Director Maria Lopez said on Friday.");
  REQUIRE(d.quotes.size() == 1);
  const Quote& q = d.quotes[0];
  CHECK(speaker_of(d, q.speaker) == "Maria Lopez");
  // The mention keeps its title; the speaker's name drops it.
  CHECK(slice(d, q.source) == "Port Director Maria Lopez");
  CHECK(slice(d, q.cue) == "said");
  REQUIRE(d.claims.size() == 1);
  CHECK(d.claims[0].kind == ClaimKind::quote);
  CHECK(d.claims[0].quote == 0);
  CHECK(d.claims[0].speaker == q.speaker);
}

TEST_CASE("inverted order: said X") {
  check_only_quote_source({"“Prices will fall,” said the central bank governor, Ana Ruiz.", "the central bank governor"});
}

TEST_CASE("speaker and cue before the quote, with comma or colon") {
  check_only_quote_speaker({"Finance Minister Olaf Berg said, “Taxes will not rise this year.”", "Olaf Berg"});
  auto b = run("The minister told reporters on Tuesday: “We have the votes.”");
  REQUIRE(b.quotes.size() == 1);
  CHECK(slice(b, b.quotes[0].source) == "The minister");
  CHECK(slice(b, b.quotes[0].cue) == "told");
}

TEST_CASE("cue verbs in several tenses") {
  for (const char* cue : {"says", "has said", "had warned", "added", "insisted", "claimed", "announced"}) {
    auto d = run(std::string("“The dam is safe,” the engineer ") + cue + ".");
    REQUIRE(d.quotes.size() == 1);
    CHECK(slice(d, d.quotes[0].source) == "the engineer");
  }
}

TEST_CASE("a split quote shares speaker and group") {
  // "she" resolves to the titled name before it, so the speakers compared are real ones.
  auto d = run("Union Leader Kim Park spoke at the gate.\n\n“We are not leaving,” she said, “and we will not be moved.”");
  REQUIRE(d.quotes.size() == 2);
  CHECK(d.quotes[0].group != kNone);
  CHECK(d.quotes[0].group == d.quotes[1].group);
  REQUIRE(d.quotes[0].speaker != kNone);
  CHECK(speaker_of(d, d.quotes[0].speaker) == "Kim Park");
  CHECK(d.quotes[0].speaker == d.quotes[1].speaker);
  CHECK(slice(d, d.quotes[0].source) == "she");
  CHECK(slice(d, d.quotes[1].source) == "she");
}

TEST_CASE("a quote with no cue continues the previous speaker") {
  auto d = run(
      "“The storm has passed,” Governor Lena Ortiz said. “Now we rebuild the coast.”\n\n"
      "“Every town will get help.”");
  REQUIRE(d.quotes.size() == 3);
  CHECK(speaker_of(d, d.quotes[1].speaker) == "Lena Ortiz");
  CHECK(speaker_of(d, d.quotes[2].speaker) == "Lena Ortiz");
  CHECK(d.quotes[0].group == d.quotes[1].group);
}

TEST_CASE("pronouns resolve to the latest named speaker, whatever the gender") {
  auto d = run(
      "Health Secretary Jen Hollis spoke on Monday.\n\n"
      "“Vaccines are ready,” Hollis said.\n\n"
      "“We start tomorrow,” he said.");
  REQUIRE(d.quotes.size() == 2);
  CHECK(speaker_of(d, d.quotes[1].speaker) == speaker_of(d, d.quotes[0].speaker));
  CHECK(slice(d, d.quotes[1].source) == "he");
}

TEST_CASE("aliases merge into one speaker with the fullest name") {
  auto d = run(
      "“The harbour talks went well,” U.S. Secretary of State Katarina Vell said.\n\n"
      "“We will meet again,” Vell said.\n\n"
      "“Nothing is agreed,” Fisheries Minister Vell said.\n\n"
      "“I am hopeful,” said Katharina Vell.");
  REQUIRE(d.speakers.size() == 1);
  CHECK(d.speakers[0].name == "Katarina Vell");
  CHECK(d.speakers[0].mentions.size() == 4);
  CHECK(d.speakers[0].aliases == std::vector<std::string>{"Vell", "Katharina Vell"});
}

TEST_CASE("descriptions and institutions are speakers") {
  auto d = run(
      "“The harbour is calm,” a senior Northern port authority official said.\n\n"
      "“No trawlers have left,” the Admiralty said.\n\n"
      "“Our boats are returning,” Norland's Fisheries Ministry said.");
  REQUIRE(d.quotes.size() == 3);
  CHECK(slice(d, d.quotes[0].source) == "a senior Northern port authority official");
  CHECK(speaker_of(d, d.quotes[1].speaker) == "Admiralty");
  CHECK(slice(d, d.quotes[2].source) == "Norland's Fisheries Ministry");
}

TEST_CASE("appositive and parenthetical speakers") {
  auto a = run("“The data are clear,” Mara Jones, a researcher at the institute, said.");
  REQUIRE(a.quotes.size() == 1);
  CHECK(speaker_of(a, a.quotes[0].speaker) == "Mara Jones");
  check_only_quote_speaker({"“This is a bad bill,” Sen. Tom Reyes (D-Ore.) said.", "Tom Reyes"});
}

TEST_CASE("scare quotes have no speaker and no claim") {
  auto d = run("The convoy crossed a “red line” near the river on Sunday.");
  REQUIRE(d.quotes.size() == 1);
  CHECK(d.quotes[0].scare);
  CHECK(d.quotes[0].speaker == kNone);
  CHECK(d.claims.empty());
  check_only_quote_scare({"Talks on ‘red lines’ resume\n\nThe talks resumed.", true});
}

TEST_CASE("a short quoted sentence ending in the pronoun I is speech, not a scare quote") {
  check_only_quote_scare({"The harbour master was asked whether she trusted the forecast. “Neither do I.”", false});
}

TEST_CASE("headline convention: a name, then its quoted words") {
  auto d = run("Army ‘still growing’ near border\n\nThe army grew.");
  REQUIRE(d.quotes.size() == 1);
  CHECK_FALSE(d.quotes[0].scare);
  CHECK(slice(d, d.quotes[0].source) == "Army");
  auto h = run("‘Mixed signals’\n\n“We see no change,” the general said.");
  REQUIRE(h.quotes.size() == 2);
  CHECK(h.quotes[0].speaker == kNone);
  CHECK_FALSE(h.quotes[0].scare);
}

TEST_CASE("reported speech with and without that") {
  auto d = run("The ambassador said that the fishing fleet would sail home within a month. The Admiralty says the report is wrong.");
  const Claim* a = claim_starting(d, "that the fishing fleet", ClaimKind::reported);
  REQUIRE(a);
  CHECK(slice(d, a->span) == "that the fishing fleet would sail home within a month");
  CHECK(slice(d, a->source) == "The ambassador");
  const Claim* b = claim_starting(d, "the report is wrong", ClaimKind::reported);
  REQUIRE(b);
  CHECK(speaker_of(d, b->speaker) == "Admiralty");
}

TEST_CASE("reported speech: content first, then speaker") {
  auto d = run("The bridge will close for repairs in June, city officials said.");
  const Claim* c = claim_starting(d, "The bridge", ClaimKind::reported);
  REQUIRE(c);
  CHECK(slice(d, c->span) == "The bridge will close for repairs in June");
  CHECK(slice(d, c->source) == "city officials");
}

TEST_CASE("according to X, Y and layered sources") {
  auto d = run("According to the Valley Herald, Harbour Secretary Paul Dunn said that new cranes are arriving in May.");
  const Claim* outer = claim_starting(d, "Harbour Secretary", ClaimKind::reported);
  REQUIRE(outer);
  CHECK(speaker_of(d, outer->speaker) == "Valley Herald");
  const Claim* inner = claim_starting(d, "that new cranes", ClaimKind::reported);
  REQUIRE(inner);
  CHECK(speaker_of(d, inner->speaker) == "Paul Dunn");
  auto e = run("The vote was delayed until March, according to the party chairman.");
  const Claim* c = claim_starting(e, "The vote", ClaimKind::reported);
  REQUIRE(c);
  CHECK(slice(e, c->source) == "the party chairman");
}

TEST_CASE("mixed quotes: the fragment takes the reported clause's speaker") {
  auto d = run("Coach Ray Tan said the team had “never played better” in a final.");
  REQUIRE(d.quotes.size() == 1);
  CHECK_FALSE(d.quotes[0].scare);
  CHECK(speaker_of(d, d.quotes[0].speaker) == "Ray Tan");
  const Claim* c = claim_starting(d, "the team", ClaimKind::reported);
  REQUIRE(c);
  CHECK(slice(d, c->span) == "the team had “never played better” in a final");
}

TEST_CASE("verbs like called need a quotation to report speech") {
  auto d = run("The senator called the bill “a gift to polluters” on Monday. The senator called her mother on Monday.");
  const Claim* c = claim_starting(d, "the bill", ClaimKind::reported);
  REQUIRE(c);
  CHECK(speaker_of(d, c->speaker) == "senator");
  CHECK(claim_starting(d, "her mother", ClaimKind::reported) == nullptr);
}

TEST_CASE("participle cues continue the previous speaker") {
  auto d = run("The ministry said exports rose sharply, adding that imports would fall next year.");
  const Claim* c = claim_starting(d, "that imports", ClaimKind::reported);
  REQUIRE(c);
  CHECK(speaker_of(d, c->speaker) == "ministry");
}

TEST_CASE("hedges mark claims when the cue is inside the content") {
  auto d = run("The general said the attack could begin as early as Wednesday. The mayor said the road is open.");
  const Claim* h = claim_starting(d, "the attack", ClaimKind::reported);
  REQUIRE(h);
  CHECK(h->hedged);
  CHECK(slice(d, h->hedge) == "could");
  const Claim* plain = claim_starting(d, "the road", ClaimKind::reported);
  REQUIRE(plain);
  CHECK_FALSE(plain->hedged);
  auto p = run("“It is not clear who fired first,” the police chief said.");
  REQUIRE(p.claims.size() == 1);
  CHECK(slice(p, p.claims[0].hedge) == "not clear");
}

TEST_CASE("a dash attributes a quote to the name after it") {
  check_only_quote_speaker({"“I will swim across the bay in June.” ― Carla Diaz", "Carla Diaz"});
}

TEST_CASE("a paragraph ending with a colon introduces the next paragraph's quote") {
  check_only_quote_speaker({"In a statement, Mayor Ida Holm said:\n\n“The city stands with the victims.”", "Ida Holm"});
}

TEST_CASE("every paragraph of a quotation over several paragraphs keeps the speaker") {
  // Each paragraph opens with a mark and only the last closes: the paragraphs before it end
  // inside the quotation, with no closing mark after their full stop.
  auto d = run("Mayor Ida Holm said on Monday:\n\n“The ferry will run all winter.\n\n"
               "“Fares will stay as they are. Nobody will pay more.\n\n“The riders deserve nothing less.”");
  REQUIRE(d.quotes.size() == 3);
  for (const Quote& q : d.quotes) CHECK(speaker_of(d, q.speaker) == "Ida Holm");
  CHECK(d.quotes[1].group == d.quotes[0].group);
  CHECK(d.quotes[2].group == d.quotes[0].group);
  // The same with the cue after the first paragraph's opening sentence, in straight marks.
  auto e = run("\"The pier will close in May,\" Ana Ruiz said. \"Repairs will take a year.\n\n"
               "\"Boats will dock at the north quay until then.\n\n\"The quay has room for all of them.\"");
  REQUIRE(e.quotes.size() == 4);
  for (const Quote& q : e.quotes) CHECK(speaker_of(e, q.speaker) == "Ana Ruiz");
}

TEST_CASE("a quoted paragraph that ends on a nested quotation continues the speaker") {
  // "?’”": the statement's punctuation stands inside the nested quotation's mark.
  auto d = run("“The harbour is safe for now,” Ruiz said.\n\n“But the skippers keep asking me, ‘Why now?’”");
  REQUIRE(d.quotes.size() == 2);
  CHECK(speaker_of(d, d.quotes[1].speaker) == "Ruiz");
  // A quoted phrase alone in its paragraph with no punctuation is still a heading, not a statement.
  auto e = run("“The harbour is safe for now,” Ruiz said.\n\n“The Harbour Pilots’ ‘Last Call’”\n\nThe show airs on Mondays.");
  for (const Quote& q : e.quotes) {
    if (slice(e, q.span).find("Last Call") != std::string::npos) CHECK(q.speaker == kNone);
  }
}

TEST_CASE("a quotation over several paragraphs with nobody named before it has no speaker") {
  // Its first paragraph has no cue and no earlier speaker: a later paragraph does not borrow one.
  auto d = run("The plan, in full, reads as follows.\n\n“Build the new quay before the spring tides.\n\n"
               "“Then dredge the harbour mouth.”");
  REQUIRE(d.quotes.size() == 2);
  CHECK(d.quotes[0].speaker == kNone);
  CHECK(d.quotes[1].speaker == kNone);
}

TEST_CASE("claims and spans are sorted and inside the text on any input") {
  std::string big;
  for (int i = 0; i < 5000; ++i) big += "He said that “it may rain,” officials said. According to them, ";
  for (const std::string& text : {std::string(), std::string("said said said"), std::string("“,” he said"), big,
                                  std::string("\xE2\x80\x9C\xFF\xFE he said \x80", 13)}) {
    auto d = run(text);
    uint32_t prev = 0;
    for (const auto& c : d.claims) {
      CHECK(c.span.start >= prev);
      CHECK(c.span.end <= d.text.size());
      CHECK(c.source.end <= d.text.size());
      if (c.speaker != kNone) CHECK(c.speaker < int32_t(d.speakers.size()));
      prev = c.span.start;
    }
    for (const auto& s : d.speakers) {
      for (size_t i = 1; i < s.mentions.size(); ++i) CHECK(s.mentions[i - 1].start <= s.mentions[i].start);
    }
  }
}

TEST_CASE("evidence verbs attribute only with a that-clause") {
  auto d = run("A new survey found that most farmers expect a dry summer. The police found the car near the lake.");
  const Claim* c = claim_starting(d, "that most farmers", ClaimKind::reported);
  REQUIRE(c);
  CHECK(slice(d, c->source) == "A new survey");
  CHECK(claim_starting(d, "the car", ClaimKind::reported) == nullptr);
}

TEST_CASE("according to a source that is not a name") {
  auto d = run("Turnout rose to 70 percent, according to figures the election board released on Friday.");
  const Claim* c = claim_starting(d, "Turnout", ClaimKind::reported);
  REQUIRE(c);
  CHECK(slice(d, c->span) == "Turnout rose to 70 percent");
  CHECK(slice(d, c->source) == "figures the election board released on Friday");
}

TEST_CASE("a relative pronoun speaks for the name before it") {
  auto d = run("The deal was welcomed by Labor Secretary Ana Perez, who said the strike would end soon.");
  const Claim* c = claim_starting(d, "the strike", ClaimKind::reported);
  REQUIRE(c);
  CHECK(speaker_of(d, c->speaker) == "Ana Perez");
}

TEST_CASE("he and she prefer a named person over a later institution") {
  auto d = run(
      "“We will appeal,” Mayor Rosa Diaz said. The city council said the vote was final.\n\n"
      "“This is not over,” she said.");
  REQUIRE(d.quotes.size() == 2);
  CHECK(speaker_of(d, d.quotes[1].speaker) == "Rosa Diaz");
}

TEST_CASE("a coordinated verb keeps the clause subject") {
  check_only_quote_speaker({"Senator Bo Lind put on a fake Texas accent and joked, “Howdy, partners.”", "Bo Lind"});
  check_only_quote_source({"The governor leaned in and boomed: “We will win in November.”", "The governor"});
}

TEST_CASE("a quoted programme name after a preposition is not the cue's quotation") {
  auto d = run("The senator said on “Harbour Hour” that ferry fares would rise.");
  REQUIRE(d.quotes.size() == 1);
  CHECK(d.quotes[0].speaker == kNone);
}

TEST_CASE("a quotation set off by a comma before a byline is a work's title, not speech") {
  auto d = run("HARBOUR READS: \u201cFerry fares to rise in the new year,\u201d by the Gazette\u2019s Ana Ruiz "
               "http://example.org/fares. \u201cTide tables, explained\u201d, by Tom Beck.");
  REQUIRE(d.quotes.size() == 2);
  for (const Quote& q : d.quotes) CHECK(q.scare);
  CHECK(d.claims.empty());
  // A title-case title needs no comma; a passive's agent or a measure after "by" is no byline.
  check_only_quote_scare({"She read \u201cSalt and Iron\u201d by Ana Ruiz twice.", true});
  for (const SpeakerCase& k : std::initializer_list<SpeakerCase>{
           {"The mayor said the vote was \u201crushed,\u201d by Tom Beck\u2019s count the third this year.", "\u201crushed", "mayor", ClaimKind::quote},
           {"Ruiz said the harbour had been \u201cleft to rot\u201d by the board.", "\u201cleft to rot", "Ruiz", ClaimKind::quote},
       })
    check_claim_speaker(k);
}

TEST_CASE("infinitive cues: promises and plans start their content at 'to', appeals at the one appealed to") {
  auto d = run("The governor vowed to rebuild every school destroyed by the storm.");
  const Claim* c = claim_starting(d, "to rebuild", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(speaker_of(d, c->speaker) == "governor");
  CHECK(slice(d, c->cue) == "vowed");

  check_claim_speaker({"Union leader Ana Ruiz urged members to reject the offer.", "members to reject", "Ana Ruiz"});

  auto f = run("The mayor called on residents to “stay home and stay calm.”");
  const Claim* m = claim_starting(f, "residents to “stay home", ClaimKind::reported);
  REQUIRE(m != nullptr);
  CHECK(slice(f, m->cue) == "called on");
}

TEST_CASE("infinitive cues inside a reported clause add nothing") {
  auto d = run("The company said it plans to close two plants next year.");
  REQUIRE(d.claims.size() == 1);
  CHECK(slice(d, d.claims[0].span) == "it plans to close two plants next year");
}

TEST_CASE("a description of a quoted organisation joins it as an alias") {
  auto d = run("The EU said on Monday that it would cut fishing quotas. Later the trading bloc said it “will not back down.”");
  REQUIRE(d.speakers.size() == 1);
  CHECK(d.speakers[0].name == "EU");
  REQUIRE(d.speakers[0].aliases.size() == 1);
  CHECK(d.speakers[0].aliases[0] == "trading bloc");
}

TEST_CASE("a generic description joins a recent organisation named by an acronym or the same noun") {
  auto d = run("ZELCO said on Monday that output would stay flat. The oil cartel said that prices were fair for "
               "buyers in the south.");
  REQUIRE(d.speakers.size() == 1);
  CHECK(d.speakers[0].name == "ZELCO");
  REQUIRE(d.speakers[0].aliases.size() == 1);
  CHECK(d.speakers[0].aliases[0] == "oil cartel");
  auto e = run("The Harbour Pilots Union said the strike would go on all week. The union later said talks with the "
               "port had failed.");
  REQUIRE(e.speakers.size() == 1);
  CHECK(e.speakers[0].name == "Harbour Pilots Union");
  // A possessive names another organisation: it does not join the acronym.
  auto f = run("ZELCO said on Monday that output would stay flat. Later the farmers' union said that grain prices "
               "were too low for most growers.");
  CHECK(f.speakers.size() == 2);
}

TEST_CASE("a role holder named often is still found by its first or latest mention") {
  // The registry reads only a person's first and latest mentions for the organisation (a
  // bound, so a long paste stays linear): the titled first mention, then a dozen bare ones.
  std::string text = "“We will keep quotas steady,” EU chief Maren Holt said on Monday.";
  for (int i = 0; i < 12; ++i) text += " Holt said the fleet would wait.";
  text += " The Secretary-General of the trading bloc said talks would continue.";
  auto d = run(text);
  REQUIRE(d.speakers.size() == 1);
  CHECK(d.speakers[0].name == "Maren Holt");

  // Bare mentions first, the title only in the latest one before the role.
  std::string late = "Maren Holt said on Monday that quotas would stay.";
  for (int i = 0; i < 12; ++i) late += " Holt said the fleet would wait.";
  late += " “We will not move,” EU chief Maren Holt said. The Secretary-General of the trading bloc said talks would go on.";
  auto e = run(late);
  REQUIRE(e.speakers.size() == 1);
  CHECK(e.speakers[0].name == "Maren Holt");
}

TEST_CASE("'state media' is a noun compound, not a cue verb") {
  auto d = run("The footage of the flood was shown on Valdorian state media during the evening news.");
  CHECK(d.claims.empty());
}

TEST_CASE("a role of a described organisation joins the person who held it") {
  auto d = run("“We will keep quotas steady,” EU chief Maren Holt said on Monday. "
               "The Secretary-General of the trading bloc said talks would continue.");
  REQUIRE(d.speakers.size() == 1);
  CHECK(d.speakers[0].name == "Maren Holt");
  REQUIRE(d.speakers[0].aliases.size() == 1);
  CHECK(d.speakers[0].aliases[0] == "Secretary-General of the trading bloc");
}
