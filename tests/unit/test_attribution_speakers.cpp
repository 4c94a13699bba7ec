// Who speaks a quotation when the cue is not a listed speech verb, the
// subject is long, or the sentence names its speaker in other ways.
// Sentences written for these tests.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "attribution_helpers.h"
#include "speakers.h"

using namespace claimscope;
using namespace claimscope::testing;

TEST_CASE("“…,” Subject <any verb>: the verb after a quotation that goes on reports it") {
  auto d = run("Mayor Ellen Park spoke first.\n\n“We will not raise the fares,” Senator Joe Brandt shot back.");
  REQUIRE(d.quotes.size() == 1);
  CHECK(speaker_of(d, d.quotes[0].speaker) == "Joe Brandt");
  CHECK(slice(d, d.quotes[0].cue) == "shot");
  check_only_quote_source({"Mayor Ellen Park spoke first.\n\n“Who pays for this?” the treasurer wondered aloud.", "the treasurer"});
  // A quotation that ends its sentence starts no such clause.
  check_only_quote_speaker({"Mayor Ellen Park said the fares were fair.\n\n“We will not raise the fares.” Senator Joe Brandt left early.", "Ellen Park"});
}

TEST_CASE("a subject the mention grammar cannot read still ends before the trailing cue") {
  check_only_quote_speaker({"“Rates will stay low,” Harbor & Pine Capital bond desk chief Lena Ortiz said at a conference.", "Lena Ortiz"});
  // A short lower-case group right after the quotation, before a cue that may be a noun.
  auto e = run("“The damage to the sea wall is far worse than reported,” county auditors wrote in their review.");
  REQUIRE(e.quotes.size() == 1);
  REQUIRE(e.quotes[0].speaker != kNone);
  CHECK(slice(e, e.speakers[e.quotes[0].speaker].mentions[0]) == "county auditors");
}

TEST_CASE("a paragraph that ends with a colon after a clause introduces the quoted paragraph") {
  check_only_quote_speaker({"The city council released the following statement:\n\n"
                            "“The pier is closed to all boats until the storm has passed.”", "city council"});
  // No verb, no speaker: "Full text as follows:".
  auto e = run("Full text as follows:\n\n“The pier is closed to all boats until the storm has passed.”");
  REQUIRE(e.quotes.size() == 1);
  CHECK(e.quotes[0].speaker == kNone);
}

TEST_CASE("a quoted transcript line: the label before the colon speaks") {
  auto d = run("Partial transcript below.\n\n“HOLT: Will the bridge reopen before winter?\n\n"
               "“RUIZ: It will, and the ferry will run until then.”");
  REQUIRE(d.quotes.size() == 2);
  CHECK(speaker_of(d, d.quotes[0].speaker) == "HOLT");
  CHECK(speaker_of(d, d.quotes[1].speaker) == "RUIZ");
}

TEST_CASE("Name: “…”, the transcript and headline convention") {
  check_only_quote_speaker({"Senator Alma Reyes: “This bill will pass.”", "Alma Reyes"});
  // A sentence that only ends in a colon names nobody.
  auto n = run("The message on the banner was simple: “Vote early.”");
  REQUIRE(n.quotes.size() == 1);
  CHECK(n.quotes[0].speaker == kNone);
}

TEST_CASE("a quotation with no cue takes the subject of the sentence it ends") {
  auto d = run(
      "“The plant will close,” the company said.\n\n"
      "Governor Ruth Vale answered within the hour, “We will find every worker a new job.”");
  REQUIRE(d.quotes.size() == 2);
  CHECK(speaker_of(d, d.quotes[1].speaker) == "Ruth Vale");
  // A quotation that opens its own sentence still continues the last speaker.
  auto c = run("“The plant will close,” the company said. “The decision is final.”");
  REQUIRE(c.quotes.size() == 2);
  CHECK(c.quotes[1].speaker == c.quotes[0].speaker);
}

TEST_CASE("adverbs and emphatic reflexives between subject and cue") {
  for (const char* cue : {"however said", "himself said", "has since said", "both said"}) {
    auto d = run(std::string("The coaches ") + cue + " the season would start in May.");
    const Claim* c = claim_starting(d, "the season", ClaimKind::reported);
    REQUIRE(c != nullptr);
    CHECK(slice(d, c->source) == "The coaches");
  }
}

TEST_CASE("a participle quoting verb takes the subject of its sentence") {
  check_claim_span_speaker({"The union attacked the board on Monday, calling its offer a “slap in the face” to nurses.", "its offer", "its offer a “slap in the face” to nurses", "union"});
}

TEST_CASE("words before a quotation with a trailing cue belong to the statement") {
  auto d = run("The new timetable “will not fix the delays, but it helps,” the transport minister said.");
  const Claim* c = claim_starting(d, "The new timetable", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->span) == "The new timetable “will not fix the delays, but it helps,”");
  CHECK(slice(d, c->source) == "the transport minister");
  // A quotation that opens the sentence is the whole statement.
  auto q = run("“It helps,” the transport minister said.");
  CHECK(claim_starting(q, "“It helps", ClaimKind::quote) != nullptr);
  CHECK(claim_starting(q, "“It helps", ClaimKind::reported) == nullptr);
}

TEST_CASE("“…,” said retired firefighter Tom Hale: a name after role words the grammar does not know") {
  check_only_quote_speaker({"“We are ready,” said retired firefighter Tom Hale, who led the drive.", "Tom Hale"});
}

TEST_CASE("a plain speech verb makes any short phrase before it the subject") {
  auto d = run("Anti-war activists in both parties said they fear a deal after the election.");
  const Claim* c = claim_starting(d, "they fear", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->source) == "Anti-war activists in both parties");
  auto p = run("In the poll, 40 percent said they backed the governor.");
  const Claim* q = claim_starting(p, "they backed", ClaimKind::reported);
  REQUIRE(q != nullptr);
  CHECK(slice(p, q->source) == "40 percent");
  // Forms that are also nouns need a real mention: "coastal states" says nothing.
  auto n = run("Three coastal states could lose their ferry links next year.");
  CHECK(n.claims.empty());
}

TEST_CASE("short content that opens with a pronoun is content, not an adjunct") {
  auto d = run("Most voters said they backed the governor.");
  const Claim* c = claim_starting(d, "they backed the governor", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->source) == "Most voters");
}

TEST_CASE("a cue that is also a noun needs a subject that can speak") {
  auto d = run("The coach said the team has “real depth” and his injury comment was only a joke.");
  const Claim* c = claim_starting(d, "the team has", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->source) == "The coach");
  CHECK(claim_starting(d, "was only a joke", ClaimKind::reported) == nullptr);
  // A name still speaks with the same form: "Smith claims …".
  auto n = run("Councilwoman Ada Smith claims the budget is balanced.");
  REQUIRE(claim_starting(n, "the budget is balanced", ClaimKind::reported) != nullptr);
}

TEST_CASE("loose subjects: a relative pronoun before an adjunct, a manner adverb before the cue") {
  auto d = run("The senator, who in 2012 said the tax was unfair, voted for it.");
  const Claim* c = claim_starting(d, "the tax was unfair", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->source) != "2012");
  auto m = run("Dozens of striking nurses angrily said the hospital had ignored them.");
  const Claim* q = claim_starting(m, "the hospital had ignored them", ClaimKind::reported);
  REQUIRE(q != nullptr);
  CHECK(slice(m, q->source) == "Dozens of striking nurses");
}

TEST_CASE("a fronted adverbial holds no subject") {
  check_claim_speaker({"Speaking to farmers in the valley on Friday, the senator pledged more aid, calling the drought a “slow disaster.”", "the drought", "senator"});
}

TEST_CASE("an issued document's participle speaks for whoever issued it") {
  auto d = run("The two leaders issued a statement describing the bridge deal as a “long overdue fix.”");
  const Claim* c = claim_starting(d, "the bridge deal", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->source) == "The two leaders");
  REQUIRE(d.quotes.size() == 1);
  CHECK(d.quotes[0].speaker == c->speaker);
  // A subject the mention grammar does not read is still the issuer, never "a statement".
  auto e = run("The two mayors issued a statement describing the new ferry timetable as “a step back.”");
  const Claim* f = claim_starting(e, "the new ferry", ClaimKind::reported);
  REQUIRE(f != nullptr);
  CHECK(slice(e, f->source) == "The two mayors");
  // "a statement saying …" is a document and its participle, not an adjective and a noun.
  auto g = run("The lifeboat crews released a statement saying the night rescues would go on.");
  const Claim* h = claim_starting(g, "the night rescues", ClaimKind::reported);
  REQUIRE(h != nullptr);
  CHECK(slice(g, h->source) == "The lifeboat crews");
  // After a preposition the statement is an adjunct: its participle is not the claim.
  auto i = run("In a statement announcing the merger, the two banks called the deal “a fresh start.”");
  CHECK(claim_starting(i, "the merger", ClaimKind::reported) == nullptr);
}

TEST_CASE("a cue form after a determiner is a noun; a manner adverb sits between subject and verb") {
  auto d = run("In June, the mayor quietly dismissed the audit as a “fairy tale.”");
  const Claim* c = claim_starting(d, "the audit as a", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->source) == "the mayor");
}

TEST_CASE("a sentence of subject, cue and adjunct introduces the quotation after it") {
  for (const QuoteSpeakerCase& k : std::initializer_list<QuoteSpeakerCase>{
           {"Both clubs said the recount was no big deal. Ana Ruiz, the league spokeswoman, said in a statement. "
            "“There are no score cards left to check.”", "Ana Ruiz"},
           // A sentence with content of its own is no lead-in: the quotation continues its speaker.
           {"Ana Ruiz said the count was fair. “There are no score cards left to check.”", "Ana Ruiz"},
       })
    check_only_quote_speaker(k);
}

TEST_CASE("quoted search terms in a list are terms, not statements") {
  auto d = run("The office searched its files for “permit,” for “zoning,” and for “variance,” among other words.");
  REQUIRE(d.quotes.size() == 3);
  for (const auto& q : d.quotes) CHECK(q.scare);
  CHECK(d.claims.empty());
}

TEST_CASE("a plain speech verb before a quotation takes a subject the mention grammar cannot read") {
  check_only_quote_source({"Mayor Ellen Park spoke first.\n\nAnti-war activists in both parties said, “We are exhausted.”", "Anti-war activists in both parties"});
}

TEST_CASE("a headline 'Name: words' gives the name's words, but not after a section label") {
  check_claim_span_speaker({"Ana Ruiz: Ferry Toll Will Stay Until Spring\n\nThe harbour board met on Monday.", "Ferry Toll", "Ferry Toll Will Stay Until Spring", "Ana Ruiz"});
  for (const char* text : {"Breaking: Ferry Toll Will Stay Until Spring\n\nThe harbour board met on Monday.",
                           "Read More: Ferry Toll Will Stay Until Spring\n\nThe harbour board met on Monday.",
                           "Q: Will The Ferry Toll Stay Until Spring\n\nThe harbour board met on Monday."}) {
    auto e = run(text);
    CHECK(claim_starting(e, "Ferry Toll", ClaimKind::reported) == nullptr);
    CHECK(claim_starting(e, "Will The", ClaimKind::reported) == nullptr);
  }
}

TEST_CASE("an appositive between dashes before the cue describes the speaker, as between commas") {
  auto d = run("Otto Hale — a ferry pilot from Alder — says he will strike in May.");
  const Claim* c = claim_starting(d, "he will strike", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(speaker_of(d, c->speaker) == "Otto Hale");
  CHECK(slice(d, c->source) == "Otto Hale — a ferry pilot from Alder");
}

TEST_CASE("a lower-case first half joined by 'and' is part of the subject") {
  auto d = run("The cause of the delay, dock workers and pilots say, is the broken crane.");
  const Claim* c = claim_starting(d, "is the broken crane", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->source) == "dock workers and pilots");
  REQUIRE(claim_starting(d, "The cause of the delay", ClaimKind::reported) != nullptr);
  // A clause before "and" is not a subject's first half.
  auto e = run("The ferry was late again, and pilots said the crane was broken.");
  const Claim* f = claim_starting(e, "the crane was broken", ClaimKind::reported);
  REQUIRE(f != nullptr);
  CHECK(slice(e, f->source) == "pilots");
}

TEST_CASE("a day between the subject and its cue is an adjunct") {
  check_claim_speaker({"Mayor Ana Ruiz on Tuesday said the ferry would run all winter.", "the ferry", "Ana Ruiz"});
  auto e = run("The harbour board Friday night voted to close the pier, and its chair said the vote was close.");
  const Claim* f = claim_starting(e, "the vote was close", ClaimKind::reported);
  REQUIRE(f != nullptr);
  // A time adverb may stand before the day: "later Thursday", "earlier Monday".
  check_only_quote_speaker({"Otto Hale spoke first. Mayor Ana Ruiz later Thursday told reporters: “The ferry will run all winter.”", "Ana Ruiz"});
}

TEST_CASE("a few words in single marks alone in their paragraph are a pull-quote subhead") {
  auto d = run("“We will rebuild the pier,” the mayor said.\n\n‘A long road back.’\n\nThe storm hit in March.");
  REQUIRE(d.quotes.size() == 2);
  CHECK(d.quotes[1].scare);
  CHECK(d.quotes[1].speaker == kNone);
  // In double marks a short paragraph is still a statement of the last speaker.
  auto e = run("“We will rebuild the pier,” the mayor said.\n\n“It will take a year.”\n\nThe storm hit in March.");
  REQUIRE(e.quotes.size() == 2);
  CHECK_FALSE(e.quotes[1].scare);
  CHECK(speaker_of(e, e.quotes[1].speaker) == "mayor");
  // Where speech itself is in single marks, the short paragraph is speech.
  auto f = run("‘We will rebuild the pier,’ the mayor said.\n\n‘It will take a year.’\n\nThe storm hit in March.");
  REQUIRE(f.quotes.size() == 2);
  CHECK_FALSE(f.quotes[1].scare);
  CHECK(speaker_of(f, f.quotes[1].speaker) == "mayor");
}

TEST_CASE("a participle phrase of place after the subject describes it: the place does not speak") {
  auto d = run("Residents living near the quarry said the blasting shook their windows.");
  const Claim* c = claim_starting(d, "the blasting", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(speaker_of(d, c->speaker) == "Residents");
  CHECK(slice(d, c->source) == "Residents living near the quarry");
  check_only_quote_speaker({"Cyclists riding through the tunnel shouted “Open the lane!” at the council's van.", "Cyclists"});
  // Without a participle the noun after the preposition is still read as before:
  // "the owner of the quarry" names the owner.
  auto f = run("The owner of the quarry said the blasting would stop in June.");
  const Claim* g = claim_starting(f, "the blasting", ClaimKind::reported);
  REQUIRE(g != nullptr);
  CHECK(speaker_of(f, g->speaker) != "quarry");
}

TEST_CASE("an inverted cue before a colon ('Said Ellis: “…”') names the speaker without the verb") {
  for (const QuoteSpeakerCase& k : std::initializer_list<QuoteSpeakerCase>{
           {"The council voted to close the lido.\n\nSaid Nora Ellis: “We will fight this in court.”", "Nora Ellis"},
           // A name alone before the colon is still the transcript convention.
           {"Nora Ellis: “We will fight this in court.”", "Nora Ellis"},
       })
    check_only_quote_speaker(k);
}

TEST_CASE("a closing mark of two apostrophes reads the verb after it as a curly mark does") {
  for (const SpeakerCase& k : std::initializer_list<SpeakerCase>{
           {"''The tide tables are wrong this month,'' Mr. Hale continued. ''Check them twice.''", "''The tide", "Hale", ClaimKind::quote},
           // The same sentence with curly marks.
           {"“The tide tables are wrong this month,” Mr. Hale continued. “Check them twice.”", "“The tide", "Hale", ClaimKind::quote},
       })
    check_claim_speaker(k);
}

TEST_CASE("a share of people polled that opens its clause speaks ('Two in three said', '47% say')") {
  for (const SpeakerCase& k : std::initializer_list<SpeakerCase>{
           {"Two in three said they would take the night ferry.", "they would take", "Two in three"},
           {"On the harbour budget, 47% say the city should borrow more.", "the city should", "47%"},
           {"A third of the drivers, 33%, say they avoid the bridge at noon.", "they avoid", "33%"},
       })
    check_claim_speaker(k);
}

TEST_CASE("a share after 'and', 'but' or an approximator speaks, and ends the clause before it") {
  auto d = run("In the harbour survey, 47 percent said they would use the ferry, and 30 percent said they would drive.");
  const Claim* c = claim_starting(d, "they would use", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->span).rfind("they would use the ferry", 0) == 0);
  CHECK(slice(d, c->span).find("30 percent") == std::string::npos);
  const Claim* e = claim_starting(d, "they would drive", ClaimKind::reported);
  REQUIRE(e != nullptr);
  CHECK(speaker_of(d, e->speaker) == "30 percent");
  auto f = run("Most riders said the fares were fair, but more than 4 in 10 say the pier should close.");
  const Claim* g = claim_starting(f, "the fares", ClaimKind::reported);
  REQUIRE(g != nullptr);
  CHECK(slice(f, g->span) == "the fares were fair");
  const Claim* h = claim_starting(f, "the pier should", ClaimKind::reported);
  REQUIRE(h != nullptr);
  CHECK(speaker_of(f, h->speaker) == "more than 4 in 10");
  // A figure that speaks nothing stays in the clause.
  for (const SpanCase& k : std::initializer_list<SpanCase>{
           {"The board said the toll would stay, and 40 trucks a day would still cross.", "the toll", "the toll would stay, and 40 trucks a day would still cross"},
           // Right after "that", a contrast opens the content's own fronted clause.
           {"The poll found that, while 37 percent say the toll is fair, most riders want it cut.", "that", "that, while 37 percent say the toll is fair, most riders want it cut"},
       })
    check_claim_span(k);
}

TEST_CASE("the article's first line is a title: its 'Name: words' label holds with a full stop") {
  check_claim_span_speaker({"Ana Ruiz: Ferry toll will stay until the spring.\n\nThe harbour board met on Monday.", "Ferry toll", "Ferry toll will stay until the spring", "Ana Ruiz"});
  // Not further down the article, where "Name: words." is a transcript or a list line.
  auto e = run("The harbour board met on Monday.\n\nAna Ruiz: Ferry toll will stay until the spring.");
  CHECK(claim_starting(e, "Ferry toll", ClaimKind::reported) == nullptr);
  // Nor after a section label.
  auto f = run("Breaking: Ferry toll will stay until the spring.\n\nThe harbour board met on Monday.");
  CHECK(claim_starting(f, "Ferry toll", ClaimKind::reported) == nullptr);
}

TEST_CASE("'No.' before a number ends no sentence: appositive, clause, split quotation, title") {
  auto d = run("Ana Ruiz, the No. 3 Democrat in the Senate, said the toll would be repealed.");
  const Claim* c = claim_starting(d, "the toll", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(speaker_of(d, c->speaker) == "Ana Ruiz");
  CHECK(slice(d, c->source) == "Ana Ruiz, the No. 3 Democrat in the Senate");
  check_claim_span({"Ruiz said she is not keen on the No. 2 job on the board.", "she is not", "she is not keen on the No. 2 job on the board"});
  // A split quotation with the cue after an appositive that holds "No. 3".
  auto g = run("“We will not wait,” Lee, the No. 3 Democrat, said.");
  REQUIRE(g.quotes.size() == 1);
  CHECK(speaker_of(g, g.quotes[0].speaker) == "Lee");
  CHECK(slice(g, g.quotes[0].source) == "Lee, the No. 3 Democrat");
  // A title before the name: the sentence does not start at the number.
  auto h = run("The vote is set for May. No. 2 Democrat Ana Ruiz said the toll would be repealed.");
  const Claim* i = claim_starting(h, "the toll", ClaimKind::reported);
  REQUIRE(i != nullptr);
  CHECK(speaker_of(h, i->speaker).find("Ana Ruiz") != std::string::npos);
}

TEST_CASE("a claim with nobody named does not break a speaker's run of quotations") {
  check_claim_speaker({"“The toll stays,” Mayor Ruiz said. The new fare is expected to rise in May. “We will not move on this.”", "“We will not", "Ruiz", ClaimKind::quote});
  // The question put to the speaker is reported on its own, not as the speaker's words.
  auto e = run("“The toll stays,” Mayor Ruiz said. Asked whether the fare would rise, she said no. “We will not move on this.”");
  CHECK(claim_starting(e, "Asked whether", ClaimKind::reported) == nullptr);
  const Claim* f = claim_starting(e, "whether the fare", ClaimKind::reported);
  REQUIRE(f != nullptr);
  CHECK(speaker_of(e, f->speaker) == "-");
  const Claim* g = claim_starting(e, "“We will not", ClaimKind::quote);
  REQUIRE(g != nullptr);
  CHECK(speaker_of(e, g->speaker) == "Ruiz");
}

TEST_CASE("a quotation's speaker may carry two appositives before the cue") {
  check_claim_speaker({"“The new toll is a tax on every family,” Ana Ruiz, the attorney general of Alder, one of the towns "
                       "suing the board, said at a port event this month.", "“The new toll", "Ana Ruiz", ClaimKind::quote});
}

TEST_CASE("'as X put it' names the speaker of the quotation before or after it; 'put it' alone does not") {
  auto d = run("The harbour board met on Monday. As Ana Ruiz put it, “The pier is safe for now.”");
  const Claim* c = claim_starting(d, "“The pier is safe", ClaimKind::quote);
  REQUIRE(c != nullptr);
  CHECK(speaker_of(d, c->speaker) == "Ana Ruiz");
  d = run("The harbour board met on Monday. “The channel is a maze,” as Tom Hale put it.");
  c = claim_starting(d, "“The channel", ClaimKind::quote);
  REQUIRE(c != nullptr);
  CHECK(speaker_of(d, c->speaker) == "Tom Hale");
  // Without "as" and a quotation, "put it" is an act: nothing is reported.
  CHECK(run("Tom Hale put it on the table before the vote.").claims.empty());
}

TEST_CASE("'X sent an email saying, “…”': the sender speaks, not the document") {
  check_claim_speaker({"The harbour board met on Monday. Ana Ruiz sent an email saying, “The pier stays open.”", "“The pier stays", "Ana Ruiz", ClaimKind::quote});
}

TEST_CASE("a share and its approximators read the same before a cue and after a conjunction") {
  auto d = run("About half said the night toll was too high.");
  const Claim* c = claim_starting(d, "the night toll", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->source) == "About half");
  // After "but" the same share opens a new group's answer: the first clause ends before it.
  auto e = run("Most riders said the fare was fair, but nearly half say it should fall.");
  const Claim* f = claim_starting(e, "the fare was fair", ClaimKind::reported);
  REQUIRE(f != nullptr);
  CHECK(slice(e, f->span).find("half") == std::string::npos);
  const Claim* g = claim_starting(e, "it should fall", ClaimKind::reported);
  REQUIRE(g != nullptr);
  CHECK(slice(e, g->source) == "nearly half");
}

TEST_CASE("a fronted 'when' clause keeps its subject: the main clause's subject speaks") {
  check_only_quote_source({"Last spring, when my aunt mentioned the price of the tickets, I laughed and said, “That is absurd.”", "I"});
  auto e = run("When the mayor mentioned that the fares would double, the captain shook his head and said, "
               "“Nobody will pay that.”");
  REQUIRE(e.quotes.size() == 1);
  CHECK(slice(e, e.quotes[0].source) == "the captain");
  // The subordinate clause's own cue stays with its own subject.
  const Claim* c = claim_starting(e, "that the fares", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(e, c->source) == "the mayor");
  // "as" and "after" clauses, and a participle after the main verb.
  check_only_quote_source({"As the crowd gathered on the pier, the captain turned and said, “Please stay back from the edge.”", "the captain"});
  // A relative clause set off by commas right after the fronted clause belongs to it.
  auto r = run("Once the report was out, which named Harbour Director Leo Brandt, the union began calling for "
               "a new inquiry.");
  const Claim* q = claim_starting(r, "a new inquiry", ClaimKind::reported);
  REQUIRE(q != nullptr);
  CHECK(slice(r, q->source) == "the union");
  check_claim_speaker({"After the council voted on the toll, Ana Ruiz walked out, saying the decision was unfair to drivers.", "the decision", "Ana Ruiz"});
}

TEST_CASE("a quotation alone in its paragraph is signed by a dash line after it") {
  auto d = run("The ferry fares went up again this spring.\n\n"
               "\u201cWe cannot keep the boats running on goodwill.\u201d\n\n"
               "\u2014 Ana Ruiz, harbour board chair.\n\n"
               "\"The pier will not reopen before the summer.\"\n\n"
               "-Mayor Tom Beck, speaking after the vote.");
  int found = 0;
  for (const Claim& c : d.claims) {
    if (c.kind != ClaimKind::quote) continue;
    const std::string text = slice(d, c.span);
    if (text.find("goodwill") != std::string::npos) {
      CHECK(speaker_of(d, c.speaker) == "Ana Ruiz");
      ++found;
    }
    if (text.find("summer") != std::string::npos) {
      CHECK(speaker_of(d, c.speaker) == "Tom Beck");
      ++found;
    }
  }
  CHECK(found == 2);
  // A dash line that goes on as a sentence signs nothing: its quotation keeps the last speaker.
  auto e = run("Ana Ruiz said the fares would rise.\n\n\u201cWe cannot keep the boats running.\u201d\n\n"
               "- Tom Beck disagreed with the board on Monday.");
  for (const Claim& c : e.claims) {
    if (c.kind == ClaimKind::quote) CHECK(speaker_of(e, c.speaker) == "Ana Ruiz");
  }
}

TEST_CASE("a past-tense verb before a name after a quotation reports it") {
  auto d = run("\u201cThe boats are back!\u201d beamed Ana Ruiz, who runs the kiosk on the pier.");
  const Claim* c = nullptr;
  for (const Claim& k : d.claims) {
    if (k.kind == ClaimKind::quote) c = &k;
  }
  REQUIRE(c != nullptr);
  CHECK(speaker_of(d, c->speaker) == "Ana Ruiz");
  // Only a quotation whose sentence goes on (it closes on a comma, ! or ?): after a full stop the
  // verb belongs to another sentence.
  auto e = run("Tom Beck said the pier was safe. \u201cThe boats are back.\u201d cheered Ana Ruiz.");
  for (const Claim& k : e.claims) {
    if (k.kind == ClaimKind::quote) CHECK(speaker_of(e, k.speaker) != "Ana Ruiz");
  }
}

TEST_CASE("a description with no role word speaks through a verb coordinated before the cue") {
  auto d = run("The harbour master turned and said, \u201cWe close the gates at six.\u201d");
  REQUIRE(d.claims.size() == 1);
  CHECK(speaker_of(d, d.claims[0].speaker) == "harbour master");
  check_claim_speaker({"A neighbour stopped and said the pier had been closed for weeks.", "the pier", "neighbour"});
}

TEST_CASE("a capitalised word, adjectives of office and a role noun are one title before a name") {
  // After the cue: the whole title and the name, not the first word alone.
  auto d = run("\u201cThe ferry will run all winter,\u201d said Independent mayoral candidate Ana Ruiz.");
  REQUIRE(d.claims.size() == 1);
  CHECK(speaker_of(d, d.claims[0].speaker) == "Ana Ruiz");
  CHECK(slice(d, d.claims[0].source) == "Independent mayoral candidate Ana Ruiz");
  // The subject of a colon line, and a person named with no claim whom a later "she" picks.
  auto e = run("Later, Green Party parliamentary candidate Ana Ruiz fired back: \u201cThe toll is unfair.\u201d");
  REQUIRE(e.claims.size() == 1);
  CHECK(speaker_of(e, e.claims[0].speaker) == "Ana Ruiz");
  auto f = run("Independent mayoral candidate Ana Ruiz toured the pier on Monday.\n\n\u201cIt will stay open,\u201d she said.");
  REQUIRE(f.claims.size() == 1);
  CHECK(speaker_of(f, f.claims[0].speaker) == "Ana Ruiz");
  // A verb after the name ends the mention: "toured", "met" have no ending of an office adjective.
  auto g = run("Ruiz met harbour officials on Monday: \u201cThe toll is unfair.\u201d");
  REQUIRE(g.claims.size() == 1);
  CHECK(speaker_of(g, g.claims[0].speaker) == "Ruiz");
}

TEST_CASE("a quotation after a line ending in a colon is said by that line's subject") {
  auto d = run("The ferry was late again.\n\nAs harbour engineer Tom Beck reported after the storm damaged the old "
               "pier:\n\n\u201cThe pilings are rotten through.\u201d");
  REQUIRE(d.claims.size() == 1);
  CHECK(d.claims[0].kind == ClaimKind::quote);
  CHECK(speaker_of(d, d.claims[0].speaker) == "Tom Beck");
  // A line that describes ("is split") names nobody who speaks: the board did not say it.
  check_no_claim_by({"The ferry was late again.\n\nThe harbour board is split on the toll:\n\n\u201cThe pilings are rotten through.\u201d", "harbour board"});
}

TEST_CASE("a quotation with no cue after a sentence about a person is that person's") {
  for (const SpeakerCase& k : std::initializer_list<SpeakerCase>{
           {"\u201cThe toll stays,\u201d Tom Beck said.\n\nMayor Ana Ruiz shook her head. \u201cNot this winter.\u201d", "\u201cNot this", "Ana Ruiz", ClaimKind::quote},
           // A sentence that opens with something other than its subject, or whose subject is "they",
           // leaves the quotation to the last speaker.
           {"\u201cThe toll stays,\u201d Tom Beck said. They also met the pier staff. \u201cNot this winter.\u201d", "\u201cNot this", "Tom Beck", ClaimKind::quote},
           {"\u201cThe toll stays,\u201d Tom Beck said. Already, Ana Ruiz had left the pier. \u201cNot this winter.\u201d", "\u201cNot this", "Tom Beck", ClaimKind::quote},
       })
    check_claim_speaker(k);
}

TEST_CASE("a weekday between the subject and its verb does not hide the subject of a participle cue") {
  auto d = run("Council candidate Ana Ruiz on Saturday criticized the harbour levy, saying \u201cit will hurt the "
               "families on the island.\u201d");
  REQUIRE(d.claims.size() == 1);
  CHECK(speaker_of(d, d.claims[0].speaker) == "Ana Ruiz");
  // (The rejected object is a claim of its own: the participle's is the one after "saying".)
  check_claim_speaker({"The dockers\u2019 union Friday night rejected the new rota, saying \u201cit is not safe for anyone.\u201d", "\u201cit is", "union", ClaimKind::quote});
}

TEST_CASE("a participle cue after \"by\" and a pronoun before a coordinated verb name the clause's subject") {
  check_claim_speaker({"\u201cThe toll stays,\u201d Tom Beck said. Mayor Ana Ruiz closed the meeting by saying, \u201cNot while I "
                       "hold this office.\u201d", "\u201cNot while", "Ana Ruiz", ClaimKind::quote});
  // A long fronted clause naming someone else: the pronoun right before "laughed and said" speaks.
  auto e = run("When the ferry captain, a quiet man of sixty who has run the night boat for years, was asked at a "
               "long lunch held by the harbour club on the pier whether Mayor Ruiz would call a public meeting "
               "before the vote, he laughed and said, \u201cWe will see about that.\u201d");
  const Claim* f = claim_starting(e, "\u201cWe will see", ClaimKind::quote);
  REQUIRE(f != nullptr);
  CHECK(slice(e, f->source) == "he");
}

TEST_CASE("a period adjunct between the subject and the cue is not the speaker") {
  auto d = run("Sen. Ana Ruiz (D-Ore.) last week said the levy was a tax on the fishers of the island.");
  REQUIRE(d.claims.size() == 1);
  CHECK(speaker_of(d, d.claims[0].speaker) == "Ana Ruiz");
  auto e = run("The harbour board less than three months ago announced that the old pier was unsafe.");
  REQUIRE(e.claims.size() == 1);
  CHECK(speaker_of(e, e.claims[0].speaker) == "harbour board");
  auto f = run("Tom Beck earlier this month told reporters that the ferry would keep running.");
  REQUIRE(f.claims.size() == 1);
  CHECK(speaker_of(f, f.claims[0].speaker) == "Tom Beck");
  // The same adjunct after the subject of a participle cue.
  check_claim_speaker({"The harbour board last week rejected the levy, saying \u201cit is not needed on this island.\u201d", "\u201cit is", "harbour board", ClaimKind::quote});
}

TEST_CASE("a name's appositive between it and its verb belongs to the clause subject") {
  check_claim_speaker({"Tom Beck, the island\u2019s former mayor, then turned on Ruiz over the levy, calling her plan a \u201cshambles.\u201d", "\u201cshambles", "Tom Beck", ClaimKind::quote});
  // A quoted word before a comma is no name, and a dateline's dash ends what could be an appositive.
  auto e = run("\u201cStubborn,\u201d she said, explaining that the captain is \u201cset in his ways\u201d about the tides.");
  for (const Claim& x : e.claims) CHECK(slice(e, x.source) == "she");
  // The same with guillemets or straight single marks around the word.
  auto g = run("\u00abStubborn,\u00bb she said, explaining that the captain is \u00abset in his ways\u00bb about the tides.");
  for (const Claim& x : g.claims) CHECK(slice(g, x.source) == "she");
  auto h = run("'Stubborn,' she said, explaining that the captain is 'set in his ways' about the tides.");
  for (const Claim& x : h.claims) CHECK(slice(h, x.source) == "she");
  auto f = run("PORT ALMA, June 3 (Gazette) \u2014 Mayor Ana Ruiz opened the new ferry terminal, saying \u201cit "
               "belongs to the fishers.\u201d");
  REQUIRE(f.claims.size() == 1);
  CHECK(speaker_of(f, f.claims[0].speaker) == "Ana Ruiz");
}

TEST_CASE("a relative 'who' with a day or period adjunct before its cue stands for the name before it") {
  for (const SpeakerCase& k : std::initializer_list<SpeakerCase>{
           {"Ana Ruiz, who on Tuesday said the levy was \u201ca tax on fishers,\u201d left the meeting early.", "\u201ca tax", "Ana Ruiz", ClaimKind::quote},
           {"The harbour master, who last week called the new timetable \u201ca mess,\u201d did not come.", "\u201ca mess", "harbour master", ClaimKind::quote},
       })
    check_claim_speaker(k);
  // A "who" that opens a question is no relative pronoun.
  check_no_claim_by({"Who on Tuesday said the ferry was \u201ca lifeline\u201d?", "Who"});
}

TEST_CASE("a dateline's month or place is no subject for the quotation after it") {
  // "May" is also a surname, so it stays off the not-a-name list: the dateline decides.
  check_no_claim_by({"PORT ALMA, May 4 (Gazette) \u2014 \u201cWe will not pay the levy.\u201d", "May"});
  check_claim_speaker({"PORT ALMA, May 4 \u2014 Fishers shouted at the harbour board: \u201cWe will not pay the levy.\u201d", "\u201cWe will", "Fishers", ClaimKind::quote});
}

TEST_CASE("a count of time before a period noun opening the sentence is not its subject") {
  auto d = run("Ana Ruiz spoke to the harbour board on Monday. Eleven years before, as a young skipper, she "
               "had welcomed the levy as \u201ca fair price for a safe harbour.\u201d");
  const Claim* c = claim_starting(d, "\u201ca fair price", ClaimKind::quote);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->source) == "she");
  check_claim_speaker({"The ferry was late again. Several months later, Tom Beck called the timetable \u201ca fiction.\u201d", "\u201ca fiction", "Tom Beck", ClaimKind::quote});
}

TEST_CASE("a digest line names its speaker after a dash, before the colon") {
  check_only_quote_speaker({"Ferry fares to rise in May - Ana Ruiz: “The board has the votes for it.”", "Ana Ruiz"});
}

TEST_CASE("an adverb before a colon is no verb: the clause's subject speaks, not its object") {
  check_only_quote_speaker({"Mayor Ana Ruiz spoke at the pier on Friday. She then addressed the skippers again: “We will not raise the toll.”", "Ana Ruiz"});
}

TEST_CASE("a quoted fragment that closes its sentence does not take the next sentence's speaker") {
  for (const QuoteSpeakerCase& k : std::initializer_list<QuoteSpeakerCase>{
           {"The senator mocked the mayor on Friday, calling her plan a “shambles.” Ms. Ruiz said the plan would go ahead.", "senator"},
           // A quotation that is its own sentence still takes the cue after it.
           {"“We will not raise the toll.” Ms. Ruiz said it twice.", "Ruiz"},
       })
    check_only_quote_speaker(k);
}

TEST_CASE("a cue opening the next sentence with a statement of its own does not report the quotation before it") {
  // The quotation ends on a full stop; "Ruiz noted that …" and "Ruiz added: “…”" are new statements.
  auto d = run("“The ferry will keep its winter timetable,” the harbour master said. “We have no crews for more.” "
               "Mayor Ana Ruiz noted that the council had cut the budget.");
  REQUIRE(d.quotes.size() == 2);
  REQUIRE(d.quotes[1].source.size() > 0);
  CHECK(slice(d, d.quotes[1].source) == "the harbour master");
  auto c = run("“The pier stays shut,” said Tom Hale, the harbour master. “Repairs come first.” "
               "Mayor Ana Ruiz added: “We will pay for them.”");
  REQUIRE(c.quotes.size() == 3);
  CHECK(speaker_of(c, c.quotes[1].speaker) == "Tom Hale");
  CHECK(speaker_of(c, c.quotes[2].speaker) == "Ana Ruiz");
  // A cue that ends its sentence or goes on to an adjunct still reports the quotation.
  check_only_quote_speaker({"Mayor Ana Ruiz spoke first. “The fares will stay.” Tom Hale said on Monday.", "Tom Hale"});
}

TEST_CASE("after “…,” X said, according to Y. the next quotation is relayed by Y") {
  auto d = run("“The fares will rise in May,” Mayor Ana Ruiz said, according to the Harbour Courier. "
               "“Nobody likes it, but the ferry must be paid for.”");
  REQUIRE(d.quotes.size() == 2);
  CHECK(speaker_of(d, d.quotes[0].speaker) == "Ana Ruiz");
  CHECK(speaker_of(d, d.quotes[1].speaker) == "Harbour Courier");
  auto r = run("“We are not done,” said Tom Hale, the union's chairman, reports Coast Radio. “The strike goes on.”");
  REQUIRE(r.quotes.size() == 2);
  CHECK(speaker_of(r, r.quotes[1].speaker) == "Coast Radio");
  // No cue of its own in the sentence: the source at its end is the one who speaks already.
  check_only_quote_speaker({"The pier will close in May, according to Mayor Ana Ruiz. “We have no choice.”", "Ana Ruiz"});
}

TEST_CASE("a subordinate clause after a sentence's opening And or But has its own subject") {
  check_only_quote_speaker({"Ana Lee thanked the crews. And although she praised the pilots for their work, Tom Hale sounded "
                            "a note of doubt, saying, “We are not ready for the winter.”", "Tom Hale"});
}

TEST_CASE("a share after 'with' speaks for the participle after it, with who was polled") {
  auto d = run("Most riders backed the night ferry, with 62 percent of commuters saying they would use it weekly.");
  const Claim* c = claim_starting(d, "they would use", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->source) == "62 percent of commuters");
  auto e = run("The mayor's plan lost support in March, with two in five saying the tolls were too high.");
  const Claim* f = claim_starting(e, "the tolls were", ClaimKind::reported);
  REQUIRE(f != nullptr);
  CHECK(slice(e, f->source) == "two in five");
}

TEST_CASE("a noun before a colon: the subject of the clause's verb introduces the quotation") {
  // A fronted phrase ("Back home,") is no subject, and "her old themes" is the verb's object.
  check_only_quote_source({"The governor spoke for an hour. Back home, she returned to her old themes: “The harbour must stay public.”", "she"});
  // A determiner and an adjective before the noun are no speaker either.
  for (const QuoteSpeakerCase& k : std::initializer_list<QuoteSpeakerCase>{
           {"Tom Beck spoke first. Ana Ruiz gave the auditors a grudging compliment: “They worked fast.”", "Ana Ruiz"},
           // A name before the colon that is the verb's object: the subject speaks, not the addressee.
           {"Tom Beck spoke first. Ana Ruiz sent a short letter to the mayor of Port Alma: “The pier stays open.”", "Ana Ruiz"},
       })
    check_only_quote_speaker(k);
  // An adjective in -ed after a possessive is no verb: the clause's own verb is "read".
  check_only_quote_source({"Tom Beck spoke first. He read out a list of his embattled team's goals: “Fewer fees.”", "He"});
  // A subject that cannot speak gives no cue: "The fares" say nothing.
  auto f = run("The fares were the oldest complaint in town: “Nobody can afford the ferry.”");
  REQUIRE(f.quotes.size() == 1);
  CHECK(f.quotes[0].speaker == kNone);
}

TEST_CASE("a cue beyond the window whose adjuncts run up to the comma before the quotation") {
  auto d = run("Tom Beck spoke first. Later she wrote on her blog, in bold type and at great length, “The fares are a scandal.”");
  REQUIRE(d.quotes.size() == 1);
  CHECK(slice(d, d.quotes[0].source) == "she");
  CHECK(slice(d, d.quotes[0].cue) == "wrote");
}

TEST_CASE("a cue before a quotation that ends on a question mark wins over the next sentence's verb") {
  auto d = run("Tom Beck spoke first.\n\nAna Ruiz, tired, finally replied: “Who will pay for the new pier?” Her rivals cited it "
               "as proof of her fatigue.");
  REQUIRE(d.quotes.size() == 1);
  CHECK(speaker_of(d, d.quotes[0].speaker) == "Ana Ruiz");
  CHECK(slice(d, d.quotes[0].cue) == "replied");
  auto c = run("Tom Beck spoke first.\n\nAna Ruiz responded to Tom Beck with, “Why now, after ten years?” Beck then wrote back, "
               "“Because the pier is failing.”");
  REQUIRE(c.quotes.size() == 2);
  CHECK(speaker_of(c, c.quotes[0].speaker) == "Ana Ruiz");
  CHECK(slice(c, c.quotes[1].source) == "Beck");
  // With no cue before it, a verb after the quotation still reports it.
  check_only_quote_source({"Tom Beck spoke first. “Who will pay for the new pier?” the treasurer asked.", "the treasurer"});
}

TEST_CASE("before a participle cue, the listeners after 'to' are not the speaker: the sender is") {
  for (const QuoteSourceCase& k : std::initializer_list<QuoteSourceCase>{
           {"Tom Beck spoke first.\n\nThe senator sent a text message to supporters saying: “We will win this seat.”", "The senator"},
           {"Tom Beck spoke first.\n\nBefore the vote, the port office quickly sent out an email to supporters stating, "
            "“The pier stays open.”", "the port office"},
       })
    check_only_quote_source(k);
}

TEST_CASE("a document before a colon speaks for itself") {
  check_only_quote_source({"Tom Beck spoke first. The council wrote to the port in May.\n\nThe letter continues: “Please explain the new fees.”", "The letter"});
  // A subject that is neither a speaker nor a document still gives nobody.
  auto f = run("The fares were the oldest complaint in town: “Nobody can afford the ferry.”");
  REQUIRE(f.quotes.size() == 1);
  CHECK(f.quotes[0].speaker == kNone);
}

TEST_CASE("a surname named first takes the given name of its fuller form, which then tells people apart") {
  // "Okafor" becomes "Grace Okafor", so a later "Daniel Okafor" (another given name) is someone else.
  auto d = run("“The levy stays,” Okafor said.\n\n“We voted for it,” Grace Okafor said.\n\n"
               "“I voted against it,” Daniel Okafor said.");
  REQUIRE(d.quotes.size() == 3);
  CHECK(speaker_of(d, d.quotes[0].speaker) == "Grace Okafor");
  CHECK(d.quotes[1].speaker == d.quotes[0].speaker);
  CHECK(speaker_of(d, d.quotes[2].speaker) == "Daniel Okafor");
  CHECK(d.quotes[2].speaker != d.quotes[0].speaker);
}

TEST_CASE("'read' beside a document after the quotation: the document speaks") {
  auto d = run("Mayor Ana Ruiz wrote to donors on Monday.\n\n“Friends, the pier needs you now,” read the email. It asked "
               "for ten dollars.");
  REQUIRE(d.quotes.size() == 1);
  CHECK(slice(d, d.quotes[0].source) == "the email");
  CHECK(slice(d, d.quotes[0].cue) == "read");
  check_only_quote_source({"Mayor Ana Ruiz wrote to donors on Monday.\n\n“Friends, the pier needs you now,” the campaign letter read.", "the campaign letter"});
  // "read" with no document after it reports nothing of its own.
  check_only_quote_speaker({"“The pier needs you now,” Ana Ruiz said. Tom Beck read the report twice.", "Ana Ruiz"});
}

TEST_CASE("'goes on to say': the subject before the continuation verb, a document included") {
  auto d = run("Mayor Ana Ruiz wrote to supporters on Monday, telling them, “The harbor is ours.”\n\n"
               "The email goes on to say: “We will not let them sell the pier.”");
  REQUIRE(d.quotes.size() == 2);
  CHECK(slice(d, d.quotes[1].source) == "The email");
  auto e = run("“The harbor is ours,” Ana Ruiz said. Tom Beck disagreed, and Beck went on to say: “It belongs to all of us.”");
  REQUIRE(e.quotes.size() == 2);
  CHECK(slice(e, e.quotes[1].source) == "Beck");
}

TEST_CASE("a participle after a comma: the subject that opens the sentence, not an earlier issuer") {
  auto d = run("The town released a statement Monday saying the fee was “not fair to families,” and invited the mayor "
               "to visit. The Harbor Convention released a statement Monday evening, saying the mayor's remarks are "
               "“a new low.”");
  REQUIRE(d.quotes.size() == 2);
  CHECK(speaker_of(d, d.quotes[0].speaker) == "town");
  CHECK(slice(d, d.quotes[1].source) == "The Harbor Convention");
  CHECK(d.quotes[1].speaker != d.quotes[0].speaker);
}

TEST_CASE("a lower-case role between an institution and a two-word name belongs to the name") {
  auto d = run("“We will not sell the pier,” said council member Tom Beck.");
  REQUIRE(d.quotes.size() == 1);
  CHECK(speaker_of(d, d.quotes[0].speaker) == "Tom Beck");
  CHECK(slice(d, d.quotes[0].source) == "council member Tom Beck");
  for (const QuoteSpeakerCase& k : std::initializer_list<QuoteSpeakerCase>{
           {"“We will not sell the pier,” the union organizer Ana Ruiz said on Friday.", "Ana Ruiz"},
           // A verb between them is no role: "backs" has its "-s", "hired" its past form.
           {"“The pier stays,” said the union. The union backs Tom Beck for mayor.", "union"},
       })
    check_only_quote_speaker(k);
}

TEST_CASE("an editorial speaks for itself, beside 'read' or 'reads'") {
  auto d = run("“The bridge toll is a tax on families,” reads a Sunday editorial in the Harbour Gazette.");
  REQUIRE(d.quotes.size() == 1);
  CHECK(slice(d, d.quotes[0].source) == "a Sunday editorial");
  CHECK(slice(d, d.quotes[0].cue) == "reads");
  check_only_quote_source({"Tom Beck spoke first.\n\n“The toll must go,” the editorial read.", "the editorial"});
}

TEST_CASE("a present verb in -s after the subject that opens the sentence, before a colon") {
  for (const QuoteSourceCase& k : std::initializer_list<QuoteSourceCase>{
           {"Tom Beck spoke first.\n\nThe memo makes a blunt case: “The pier cannot wait another winter.”", "The memo"},
           {"Tom Beck spoke first.\n\nRuiz's letter makes a more pointed case: “The pier cannot wait another winter.”", "Ruiz's letter"},
           {"Tom Beck spoke first.\n\nThe harbor board offers the ferry crews a simple deal: “Work the winter, rest in May.”", "The harbor board"},
       })
    check_only_quote_source(k);
  // A plural noun after a subject that cannot speak is no verb: the fares speak for nobody.
  auto g = run("Tom Beck spoke first.\n\nThe new fares hit the ferry crews hardest: “Work the winter, rest in May.”");
  REQUIRE(g.quotes.size() == 1);
  CHECK(g.quotes[0].speaker == kNone);
}

TEST_CASE("an inverted cue after a fronted adverbial's comma, before a name and a colon") {
  auto d = run("Critics say the fund was a gift to donors.\n\nIn other words, explained radio host Tom Beck: "
               "“Why does the harbor need a second fund?”");
  REQUIRE(d.quotes.size() == 1);
  CHECK(speaker_of(d, d.quotes[0].speaker) == "Tom Beck");
  CHECK(slice(d, d.quotes[0].cue) == "explained");
  // An outlet's acronym, a role and a name after the cue are one speaker.
  for (const QuoteSpeakerCase& k : std::initializer_list<QuoteSpeakerCase>{
           {"Critics say the fund was a gift to donors.\n\nPut simply, wrote KBC moderator Tom Beck: "
            "“Why does the harbor need a second fund?”", "Tom Beck"},
           // "telling" names who listens and "said of" whom it is about: neither is the speaker.
           {"Ana Ruiz, the harbor chief, spoke on Monday, telling KBC: “The pier will reopen in May.”", "Ana Ruiz"},
           {"Ana Ruiz, the harbor chief, said of Tom Beck: “He built the pier.”", "Ana Ruiz"},
       })
    check_only_quote_speaker(k);
}

TEST_CASE("a role noun before a one-word name, or after an acronym, belongs to the name") {
  auto d = run("“We cannot wait another year,” said council member Beck.");
  REQUIRE(d.quotes.size() == 1);
  CHECK(speaker_of(d, d.quotes[0].speaker) == "Beck");
  CHECK(slice(d, d.quotes[0].source) == "council member Beck");
  for (const QuoteSpeakerCase& k : std::initializer_list<QuoteSpeakerCase>{
           {"“The talks are over,” said KBC moderator Tom Beck.", "Tom Beck"},
           {"“The alliance will hold,” said NATO spokeswoman Ana Ruiz.", "Ana Ruiz"},
       })
    check_only_quote_speaker(k);
  // The inverted cue after a reported clause, with no quotation.
  for (const SpeakerCase& k : std::initializer_list<SpeakerCase>{
           {"The vote came too late for the riders, said council member Beck.", "The vote", "Beck"},
           {"The vote came too late for the riders, said union organizer Ana Ruiz.", "The vote", "Ana Ruiz"},
       })
    check_claim_speaker(k);
  // Traps: a verb between the subject and the name is no role ("put", "urged"), before a cue
  // or after one.
  for (const QuoteSpeakerCase& k : std::initializer_list<QuoteSpeakerCase>{
           {"“The pier stays,” Ruiz told the council. The union urged Beck to stay.", "Ruiz"},
           {"“You are next,” Ruiz put Beck on notice.", "Ruiz"},
           {"“The fares will rise,” said the council Monday.", "council"},
       })
    check_only_quote_speaker(k);
}

TEST_CASE("a colon or question mark inside a quoted title does not end an appositive") {
  for (const SpeakerCase& k : std::initializer_list<SpeakerCase>{
           {"Ruiz, whose memoir “Low Tide: A Harbor Story” sold well, said the pier must stay.", "the pier", "Ruiz"},
           {"Tom Beck, whose film “Why Ferries?” opens Friday, said the toll was unfair.", "the toll", "Tom Beck"},
       })
    check_claim_speaker(k);
  // A title closing on the appositive's comma, right before the cue: the name before it speaks
  // ("the pier must stay" is a clause, never the speaker).
  auto g = run("Ruiz, author of “Low Tide: A Harbor Story,” said the pier must stay.");
  const Claim* cg = claim_starting(g, "the pier", ClaimKind::reported);
  REQUIRE(cg != nullptr);
  CHECK(speaker_of(g, cg->speaker) == "Ruiz");
  for (const Claim& cl : g.claims) CHECK(speaker_of(g, cl.speaker) != "pier must stay");
  for (const SpeakerCase& k : std::initializer_list<SpeakerCase>{
           {"The ferry is late again, said the harbor master.", "The ferry", "harbor master"},
           // Trap: a colon outside quotation marks still ends the scan: the speaker is the name after it.
           {"The board had one worry: Tom Beck, a pilot, said the pier must stay.", "the pier", "Tom Beck"},
       })
    check_claim_speaker(k);
}

TEST_CASE("offices of local and court news are role nouns: the mention keeps them as its head") {
  for (const SpeakerCase& k : std::initializer_list<SpeakerCase>{
           {"The plan will cost more than promised, said the council member.", "The plan", "council member"},
           {"A county prosecutor said the charges would be filed on Monday.", "the charges", "county prosecutor"},
       })
    check_claim_speaker(k);
  check_only_quote_speaker({"“We were never told,” said Councillor Ana Ruiz.", "Ana Ruiz"});
  // Trap: a role word is no name; the named commissioner is one speaker with two mentions.
  auto g = run("Commissioner Tom Beck said the fund was empty. Beck said the audit was late.");
  REQUIRE(g.speakers.size() == 1);
  CHECK(g.speakers[0].name == "Tom Beck");
}

TEST_CASE("a quoted title that closes on the appositive's comma before the cue") {
  check_claim_speaker({"Mara Lind, director of “The Last Ferry,” said the crossing would close in May.", "the crossing", "Mara Lind"});
  // The same appositive after a quotation: the quotation's cue comes after the title.
  auto e = run("“The crossing will close in May,” Mara Lind, director of “The Last Ferry,” said.");
  REQUIRE(!e.quotes.empty());
  CHECK(slice(e, e.quotes[0].span) == "“The crossing will close in May,”");
  CHECK(speaker_of(e, e.quotes[0].speaker) == "Mara Lind");
  // Traps: a quotation that opens a sentence is the one the cue reports, not a title; one a
  // clause's verb introduces ("called the plan “a gift,”") makes no appositive of the subject.
  check_only_quote_speaker({"“The crossing will close in May,” said Mara Lind.", "Mara Lind"});
  check_no_claim_by({"Lind called the plan “a gift,” said Omar Pell, who runs the ferry.", "plan"});
}

TEST_CASE("a relative clause without commas between the speaker and the cue") {
  check_only_quote_speaker({"A city official who asked not to be named said Friday, “The budget is short.”", "city official"});
  check_claim_speaker({"The lawyer who represents the tenants said the landlord ignored the repairs.", "the landlord", "lawyer"});
  for (const QuoteSpeakerCase& k : std::initializer_list<QuoteSpeakerCase>{
           {"“The budget is short,” a city official who asked not to be named said.", "city official"},
           // "speaking to" describes the speaker: the one spoken to does not speak.
           {"A second official speaking to the Courier said, “The budget is short.”", "second official"},
       })
    check_only_quote_speaker(k);
  // Traps: the clause's own verb, after auxiliaries or "and", reports nothing for the noun
  // before "who"; a clause with a subject of its own ("if it restricts") keeps that subject.
  for (const NotSpeakerCase& k : std::initializer_list<NotSpeakerCase>{
           {"The count includes the renters who can support either bid.", "renters"},
           {"The count includes members who get a vote and have backed the mayor.", "members"},
           {"The count includes landlords who will fight the rule if it restricts rents.", "landlords"},
       })
    check_no_claim_by(k);
  auto k = run("The count includes a tenant who has not endorsed either bid.");
  CHECK(k.claims.empty());
}

TEST_CASE("a participle after a later clause joined by a comma and a conjunction is that clause's subject's") {
  for (const QuoteSpeakerCase& k : std::initializer_list<QuoteSpeakerCase>{
           {"Governor Ana Ruiz praised the harbor plan in May, but the budget stalled, and Senator Joe Brandt has "
            "clashed with the council since, at one point calling the chairman a “coward.”", "Joe Brandt"},
           // A person pronoun after an adverbial opens the later clause: it is resolved, not the first subject kept.
           {"Mayor Ellen Park opened the meeting.\n\nThe ferry board was praised for its work on the northern "
            "routes, though at a hearing last week she used harsher words, saying the board “has failed the islands.”", "Ellen Park"},
           // One clause: its subject, as before.
           {"Mayor Ellen Park spoke for an hour at the town hall, at times calling the plan “a gift to developers.”", "Ellen Park"},
       })
    check_only_quote_speaker(k);
}

TEST_CASE("a sentence opened by a preposition of place or company holds no subject before its comma") {
  for (const QuoteSpeakerCase& k : std::initializer_list<QuoteSpeakerCase>{
           {"Outside the town hall in Port Alma, Mayor Ellen Park spoke for an hour, at times calling the plan "
            "“a gift to developers.”", "Ellen Park"},
           {"Alongside the union’s calls for a strike, Senator Joe Brandt spoke to reporters, calling the pay offer "
            "“an insult.”", "Joe Brandt"},
       })
    check_only_quote_speaker(k);
}

TEST_CASE("a subject inside a quotation that closes before a participle cue is not the clause's") {
  auto d = run("“The floods in Dresden show again that we need dams,” Ana Ruiz says in the new advert, warning against "
               "delays, pledging to “build them all by spring.”");
  REQUIRE(d.quotes.size() == 2);
  CHECK(speaker_of(d, d.quotes[0].speaker) == "Ana Ruiz");
  CHECK(speaker_of(d, d.quotes[1].speaker) == "Ana Ruiz");
}

TEST_CASE("the owner of an answer noun before a colon speaks the quotation after it") {
  for (const QuoteSpeakerCase& k : std::initializer_list<QuoteSpeakerCase>{
           {"The mayor was asked about the fares. Ruiz’s answer was: “We will not raise them this year.”", "Ruiz"},
           {"Senator Joe Brandt’s response: “The bridge will open in June.”", "Joe Brandt"},
           // A possessive pronoun is resolved as its subject form.
           {"Mayor Ana Ruiz toured the pier on Monday.\n\nHer reply was blunt: “We will not raise the fares.”", "Ana Ruiz"},
       })
    check_only_quote_speaker(k);
  // No owner, no speaker.
  auto n = run("Mayor Ana Ruiz toured the pier on Monday.\n\nThe answer was simple: “We will not raise the fares.”");
  REQUIRE(n.quotes.size() == 1);
  CHECK(n.quotes[0].speaker == kNone);
}
