// Reported clauses around quoted fragments (mixed quotes), clause
// boundaries, quoted titles, and coordinated speakers. Sentences written for
// these tests.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "attribution_helpers.h"
#include "word_shapes.h"

using namespace claimscope;
using namespace claimscope::testing;

namespace {

const Claim* reported_starting(const Document& d, const std::string& prefix) {
  return claim_starting(d, prefix, ClaimKind::reported);
}

std::vector<std::string> speaker_names(const Document& d, const Claim& c) {
  std::vector<std::string> out;
  for (int32_t s : c.speakers) out.push_back(speaker_of(d, s));
  return out;
}

}  // namespace

TEST_CASE("a reported clause that ends inside a quotation keeps the whole quotation") {
  check_claim_span_speaker({"The mayor said the bridge “will reopen before the winter.”", "the bridge", "the bridge “will reopen before the winter.”", "mayor"});
}

TEST_CASE("mixed quote: a fragment in running text takes the clause from its verb") {
  auto d = run("The coach openly admires the striker as a “natural finisher” in big games.");
  const Claim* c = reported_starting(d, "the striker");
  REQUIRE(c != nullptr);
  // The complement's tail after the quotation is part of it (as PolNeAR annotates it);
  // a time adjunct after the quotation is the reporter's.
  CHECK(slice(d, c->span) == "the striker as a “natural finisher” in big games");
  check_claim_span({"The coach praised the striker as a “natural finisher” last Sunday in a radio interview.", "the striker", "the striker as a “natural finisher”"});
  CHECK(speaker_of(d, c->speaker) == "coach");
  // The fragment itself is a quote piece of the same speaker.
  REQUIRE(d.quotes.size() == 1);
  CHECK(d.quotes[0].speaker == c->speaker);
}

TEST_CASE("a relative clause after the speaker belongs to the mention") {
  auto d = run("The union, which has long opposed the plan, called the cuts “reckless” and “cruel.”");
  const Claim* c = reported_starting(d, "the cuts");
  REQUIRE(c != nullptr);
  CHECK(speaker_of(d, c->speaker) == "union");
  CHECK(slice(d, c->source) == "The union, which has long opposed the plan");
}

TEST_CASE("mixed quote: a noun cue's owner speaks") {
  check_claim_speaker({"Reporters checked Mayor Lena Holt’s claim that crime fell by “almost half” last year.", "that crime fell", "Lena Holt"});
}

TEST_CASE("quoting verbs keep the rest of the clause") {
  check_claim_span({"The coach called the referee a “disgrace” who should “never work again.”", "the referee", "the referee a “disgrace” who should “never work again.”"});
}

TEST_CASE("a semicolon ends the reported clause") {
  check_claim_span({"Officials said the dam was safe; residents returned home on Sunday.", "the dam", "the dam was safe"});
}

TEST_CASE("a new speaker after 'and' ends the reported clause") {
  for (const SpanCase& k : std::initializer_list<SpanCase>{
           {"Greens said the vote was rushed and Liberals accused them of stalling the bill.", "the vote", "the vote was rushed"},
           // A lower-case plural group speaks too; a plain noun list does not end the clause.
           {"The council said the harbour fees would rise next year and fishermen accused them of greed.", "the harbour fees", "the harbour fees would rise next year"},
       })
    check_claim_span(k);
  auto g = run("The council said the harbour fees would rise and local boat owners said the rise was unfair.");
  const Claim* h = reported_starting(g, "the rise was unfair");
  REQUIRE(h != nullptr);
  CHECK(slice(g, h->source) == "local boat owners");
  check_claim_span({"The council said the harbour fees and mooring charges would both rise in May.", "the harbour fees", "the harbour fees and mooring charges would both rise in May"});
}

TEST_CASE("a short first piece of 'Y, X said, Z'") {
  auto d = run("The museum, the curator said, would open its doors to schools for free.");
  const Claim* first = reported_starting(d, "The museum");
  REQUIRE(first != nullptr);
  CHECK(slice(d, first->span) == "The museum");
  CHECK(reported_starting(d, "would open") != nullptr);
  // After a first piece the second may be short too.
  auto e = run("The new ferry, the captain said, is faster.");
  REQUIRE(reported_starting(e, "The new ferry") != nullptr);
  const Claim* rest = reported_starting(e, "is faster");
  REQUIRE(rest != nullptr);
  CHECK(slice(e, rest->span) == "is faster");
}

TEST_CASE("a fronted adjunct is the first piece of 'Y, X said, Z'; the speech's setting is not") {
  auto d = run("On balance, the harbourmaster said, the channel was far too shallow for tankers.");
  const Claim* first = reported_starting(d, "On balance");
  REQUIRE(first != nullptr);
  CHECK(slice(d, first->span) == "On balance");
  CHECK(reported_starting(d, "the channel") != nullptr);
  // Where it was said sets the scene: no piece.
  auto e = run("In an interview with the Gazette, the harbourmaster said, the channel was far too shallow.");
  CHECK(reported_starting(e, "In an interview") == nullptr);
  CHECK(reported_starting(e, "the channel") != nullptr);
}

TEST_CASE("a count of time before 'X said, “…”' sets the scene: no first piece") {
  for (const char* text : {"Six years ago, she opposed the bridge toll and said, “It will ruin the small shops.”",
                           "Two days later, the skipper said, “We will sail at dawn.”",
                           "A week earlier, the warden said, “Nobody told us.”"}) {
    auto d = run(text);
    CHECK(reported_starting(d, "Six years") == nullptr);
    CHECK(reported_starting(d, "Two days") == nullptr);
    CHECK(reported_starting(d, "A week") == nullptr);
    CHECK(claim_starting(d, "“", ClaimKind::quote) != nullptr);
  }
  // A noun phrase before the quotation is still a first piece.
  auto e = run("The new ferry, the captain said, “is the fastest on the coast.”");
  CHECK(reported_starting(e, "The new ferry") != nullptr);
}

TEST_CASE("a title-case headline with a cue is reported speech, with or without a final full stop") {
  for (const char* text : {"Harbour Board Says Ferry Toll Will Stay\n\nThe board met on Monday.",
                           "Harbour Board Says Ferry Toll Will Stay.\n\nThe board met on Monday."}) {
    auto d = run(text);
    const Claim* c = reported_starting(d, "Ferry Toll");
    REQUIRE(c != nullptr);
    CHECK(slice(d, c->span) == "Ferry Toll Will Stay");
  }
  // A short sentence in sentence case stays a sentence: its capitalized words are not cues.
  auto e = run("Harbour Board Says hours were cut.\n\nThe board met on Monday.");
  CHECK(reported_starting(e, "hours were") == nullptr);
}

TEST_CASE("trap: quoted programme and section titles are not statements") {
  auto a = run("“We will pass the bill,” the senator said on Harbour TV’s “Meet the Voters.”");
  REQUIRE(a.quotes.size() == 2);
  CHECK_FALSE(a.quotes[0].scare);
  CHECK(a.quotes[1].scare);
  CHECK(a.quotes[1].speaker == kNone);
  for (const ScareCase& k : std::initializer_list<ScareCase>{
           {"The council met on Monday.\n\n‘Water Is the Next Fight.’\n\nThe council voted on Tuesday.", true},
           // A title-case headline keeps its quotation: "Rally Nationwide To ‘Save Our Parks’".
           {"Parents Rally Nationwide To ‘Save Our Parks’\n\nParents marched in twelve cities on Saturday.", false},
       })
    check_only_quote_scare(k);
}

TEST_CASE("trap: a title after a noun for a work is named, not said") {
  // The speaker of the first sentence does not say the memoir's title.
  auto a = run("“I never planned to run,” Ana Ruiz said. She tells the story in her memoir “Salt and Iron.”");
  REQUIRE(a.quotes.size() == 2);
  CHECK_FALSE(a.quotes[0].scare);
  CHECK(a.quotes[1].scare);
  CHECK(a.quotes[1].speaker == kNone);
  auto b = run("“Nobody tells the ferry crews anything,” Tom Beck said on the podcast “Low Tide Tonight.”");
  REQUIRE(b.quotes.size() == 2);
  CHECK(b.quotes[1].scare);
  // A comma may stand between the noun and the title.
  for (const ScareCase& k : std::initializer_list<ScareCase>{
           {"In her 2019 book, “Salt and Iron,” Ana Ruiz suggested a toll on cargo ships.", true},
           // A lower-case quotation after the same noun is still a fragment of someone's words.
           {"The mayor called the book “a pack of lies from start to end,” and aides agreed.", false},
       })
    check_only_quote_scare(k);
}

TEST_CASE("a quoted fragment after a participle cue ends a clause in the last speaker's name") {
  check_claim_span_speaker({"“We are ready for the season,” Harbour Master Ana Ruiz said on Monday. "
                            "She spoke for an hour, saying the port was “in good hands” after the storm.", "the port was", "the port was “in good hands” after the storm", "Harbour Master Ana Ruiz"});
  // A whole quoted sentence after the cue is the content itself, with no clause around it.
  auto e = run("“We are ready,” Ana Ruiz said. She went on, saying: “The port is in good hands.”");
  CHECK(reported_starting(e, "The port") == nullptr);
}

TEST_CASE("a quoted fragment closing with its own punctuation is still a fragment of the cue's clause") {
  // The fragment opens in lower case after a word, so the comma and full stop inside
  // its closing mark are the sentence's, not the end of a quoted statement.
  check_claim_span_speaker({"“We wrote a dozen new songs this winter,” Ana Ruiz said, mentioning the new album is "
                            "“almost finished, at last.”", "mentioning", "mentioning the new album is “almost finished, at last.”", "Ana Ruiz"});
}

TEST_CASE("any past-tense verb with a subject and 'that' before a quoted fragment reports speech") {
  check_claim_span_speaker({"Ana Ruiz sniped that the new board was “learning on the job” at the port.", "that the new board", "that the new board was “learning on the job” at the port", "Ana Ruiz"});
  // A plural noun before "that" is no verb: "the accusations that …" reports nobody.
  auto e = run("The harbour board rejected the accusations that its pilots were “asleep at the wheel” last May.");
  CHECK(reported_starting(e, "that its pilots") == nullptr);
}

TEST_CASE("trap: words of an earlier quotation in the sentence are never a speaker") {
  auto d = run("The board met on Monday. “The fares will stay as they are,” Tom Beck said, adding the ferry line "
               "was “in better shape than anyone thinks.”");
  REQUIRE(d.quotes.size() == 2);
  CHECK(speaker_of(d, d.quotes[1].speaker) == "Tom Beck");
  REQUIRE(d.speakers.size() == 1);  // no speaker named "fares"
}

TEST_CASE("trap: 'state' and 'secretary of state' are not speech cues") {
  auto d = run("Our former secretary of state toured the flooded state on Monday with two aides.");
  CHECK(d.claims.empty());
}

TEST_CASE("crowds chant and yell their words") {
  check_only_quote_speaker({"“No more cuts!” the protesters chanted outside the hall.", "protesters"});
}

TEST_CASE("coordinated speakers are each credited with the claim") {
  auto d = run("The Harbour Board and NORFA said trawlers were taking more cod near the reef.");
  const Claim* c = reported_starting(d, "trawlers were taking");
  REQUIRE(c != nullptr);
  CHECK(speaker_names(d, *c) == std::vector<std::string>{"Harbour Board", "NORFA"});
  CHECK(c->speaker == c->speakers[0]);
  CHECK(slice(d, c->source) == "The Harbour Board and NORFA");
  // Each speaker's mention is its own name, not the whole phrase.
  CHECK(slice(d, d.speakers[c->speakers[1]].mentions[0]) == "NORFA");

  // A plural title before coordinated names is no part of the first name.
  auto t = run("Mayors Ana Ruiz and Tom Beck said the bridge would stay shut until March.");
  const Claim* tc = reported_starting(t, "the bridge");
  REQUIRE(tc != nullptr);
  CHECK(speaker_names(t, *tc) == std::vector<std::string>{"Ana Ruiz", "Tom Beck"});
  auto u = run("Sens. Ann Lee and Joe Park said the bill was dead.");
  const Claim* uc = reported_starting(u, "the bill");
  REQUIRE(uc != nullptr);
  CHECK(speaker_names(u, *uc) == std::vector<std::string>{"Ann Lee", "Joe Park"});

  auto q = run("“We will not back down,” Germany and France said in a joint statement.");
  REQUIRE(q.claims.size() == 1);
  CHECK(speaker_names(q, q.claims[0]) == std::vector<std::string>{"Germany", "France"});

  auto list = run("Britain, France and Germany warned that the deal was close to collapse.");
  const Claim* l = reported_starting(list, "that the deal");
  REQUIRE(l != nullptr);
  CHECK(speaker_names(list, *l) == std::vector<std::string>{"Britain", "France", "Germany"});
}

TEST_CASE("coordinated speakers: the continuation keeps them all") {
  auto d = run("Norland and Valdoria said the fishing quotas were unfair. “They will fail,” the statement added.");
  const Claim* c = reported_starting(d, "the fishing quotas");
  REQUIRE(c != nullptr);
  CHECK(c->speakers.size() == 2);
}

TEST_CASE("trap: one name with an inner 'and', and described groups, stay one speaker") {
  auto a = run("The Department of Fisheries and Coastal Affairs said the rule would change in May.");
  REQUIRE_FALSE(a.claims.empty());
  CHECK(a.claims[0].speakers.empty());
  CHECK(speaker_of(a, a.claims[0].speaker) == "Department of Fisheries and Coastal Affairs");
  auto b = run("Senior officials and analysts said the plan would fail.");
  REQUIRE_FALSE(b.claims.empty());
  CHECK(b.claims[0].speakers.empty());
  // A place adverbial before the names is not a third speaker.
  auto c = run("In Brussels, France and Germany said the deal was dead.");
  REQUIRE_FALSE(c.claims.empty());
  CHECK(speaker_names(c, c.claims[0]) == std::vector<std::string>{"France", "Germany"});
}

TEST_CASE("a participle cue continues the speaker of the cue before it") {
  check_claim_speaker({"“The plan is dead,” the governor said in a statement on Sunday, adding that talks would resume in May.", "that talks", "governor"});
}

TEST_CASE("trap: a weekday right after the cue is an adjunct, not the content") {
  auto d = run("“We will rebuild the pier,” the harbour master said Friday as she left the meeting.");
  CHECK(reported_starting(d, "Friday") == nullptr);
  auto e = run("The police revealed Tuesday the car had been stolen in March.");
  const Claim* c = reported_starting(e, "the car");
  REQUIRE(c != nullptr);
}

TEST_CASE("trap: a cue after 'to' is an infinitive, and adjective heads are not speakers") {
  auto d = run("The new rules create a simpler way to register fishing boats with the port.");
  CHECK(d.claims.empty());
  auto e = run("Ruiz made the following comment: “The river is far higher than last spring.”");
  for (const auto& sp : e.speakers) CHECK(sp.name != "following");
}

TEST_CASE("'called for' and other demand phrases report what the subject wants") {
  auto d = run("The union has called for a pause on school closures.");
  const Claim* c = reported_starting(d, "a pause");
  REQUIRE(c != nullptr);
  CHECK(speaker_of(d, c->speaker) == "union");
  CHECK(slice(d, c->cue) == "called for");
  check_claim_speaker({"Farmers protested outside the ministry, calling for lower fuel prices.", "lower fuel prices", "Farmers"});
}

TEST_CASE("polls, studies and documents are sources without 'that'") {
  auto d = run("A new poll shows the mayor ahead by six points among likely voters.");
  const Claim* c = reported_starting(d, "the mayor ahead");
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->source) == "A new poll");
  // A person's "shows" still needs "that": "the chef shows the kitchen" is no claim.
  auto e = run("The chef shows the kitchen to visitors every Sunday.");
  CHECK(e.claims.empty());
}

TEST_CASE("'is expected to' is reported with no named source") {
  auto d = run("The new bridge is expected to open before next winter.");
  const Claim* c = reported_starting(d, "to open");
  REQUIRE(c != nullptr);
  CHECK(c->speaker == kNone);
  CHECK(reported_starting(d, "The new bridge") != nullptr);
  // An active "expected to" is the subject's own expectation (an infinitive cue).
  auto e = run("The mayor expected to win the vote easily.");
  for (const auto& claim : e.claims) CHECK(claim.speaker != kNone);
}

TEST_CASE("'cited' reports what the subject named") {
  check_claim_speaker({"The minister cited rising fuel costs as the reason for the fare increase.", "rising fuel costs", "minister"});
}

TEST_CASE("a state abbreviation in the speaker's appositive does not end the sentence") {
  check_only_quote_speaker({"“The harbour bill will pass,” Senate Majority Leader Ann Ross, D-Vt., said Tuesday.", "Ann Ross"});
  check_claim_speaker({"Senate Majority Leader Ann Ross, D-Vt., said the harbour bill would pass.", "the harbour bill", "Ann Ross"});
}

TEST_CASE("a document or poll subject may be a long noun phrase") {
  auto d = run("The harbour board's survey published Friday shows that most boat owners want the new pier.");
  const Claim* c = reported_starting(d, "that most boat owners");
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->source) == "The harbour board's survey published Friday");
  auto e = run("The city's quarterly crime report shows burglaries down by a third, using police data.");
  const Claim* f = reported_starting(e, "burglaries down");
  REQUIRE(f != nullptr);
  CHECK(slice(e, f->span) == "burglaries down by a third");  // the participle clause is the reporter's
}

TEST_CASE("'Y, X said' with a longer time or place adjunct closed by a comma") {
  check_claim_span({"The tunnel will close for repairs, city officials said on Friday afternoon, as traffic built up.", "The tunnel", "The tunnel will close for repairs"});
  // Content with a comma of its own is not an adjunct: "said there were no large, dangerous leaks".
  auto e = run("The fire chief then said there were no large, dangerous leaks at the plant.");
  CHECK(reported_starting(e, "there were no") != nullptr);
}

TEST_CASE("trap: a participle noun after a determiner is not a cue, and participles share their subject") {
  auto d = run("The weather service has extended its red warning until noon on Friday.");
  CHECK(d.claims.empty());
  auto e = run("The central bank kept its main rate on Thursday, saying inflation had eased but warning that wages could rise.");
  const Claim* a = reported_starting(e, "inflation had eased");
  const Claim* b = reported_starting(e, "that wages");
  REQUIRE(a != nullptr);
  REQUIRE(b != nullptr);
  CHECK(speaker_of(e, a->speaker) == "central bank");
  CHECK(a->speaker == b->speaker);
}

TEST_CASE("speech acts report their object without quotation; armed forces' 'attacked' reports nothing") {
  check_claim_speaker({"Opposition leaders accused the mayor of hiding the budget gap from voters.", "the mayor of hiding", "Opposition leaders"});
  auto e = run("Government troops attacked the northern town before dawn.");
  CHECK(e.claims.empty());
  auto f = run("Several fishermen questioned whether the new quotas would ever be enforced.");
  const Claim* g = reported_starting(f, "whether the new quotas");
  REQUIRE(g != nullptr);
  CHECK(slice(f, g->source) == "Several fishermen");
  // "questions" is mostly a noun: "a few questions, including …" reports nothing.
  auto h = run("The mayor took a few questions, including one about the harbour fees.");
  CHECK(h.claims.empty());
}

TEST_CASE("Y, X said: not when Y is a conjunction or an adjunct before a quotation") {
  auto d = run("But, the mayor said, the budget is balanced.");
  REQUIRE(d.claims.size() == 1);
  CHECK(slice(d, d.claims[0].span) == "the budget is balanced");
  auto q = run("In a statement on Monday, the mayor said, “The budget is balanced.”");
  for (const auto& c : q.claims) CHECK(slice(q, c.span).rfind("In a statement", 0) != 0);
  REQUIRE(q.quotes.size() == 1);
  CHECK(speaker_of(q, q.quotes[0].speaker) == "mayor");
}

TEST_CASE("a manner adverb after the cue is not content; continued is not a speech verb by itself") {
  auto d = run("The spokesman said happily on Tuesday as the votes came in.");
  CHECK(d.claims.empty());
  auto a = run("The spokesman said angrily that the count was rigged.");
  REQUIRE(a.claims.size() == 1);
  CHECK(slice(a, a.claims[0].span) == "that the count was rigged");
  auto c = run("Divers continued their search of the lake on Friday.");
  CHECK(c.claims.empty());
}

TEST_CASE("As X told Y, Z: the content follows the comma") {
  auto d = run("As the mayor told reporters, the budget is balanced.");
  REQUIRE(d.claims.size() == 1);
  CHECK(slice(d, d.claims[0].span) == "the budget is balanced");
  CHECK(speaker_of(d, d.claims[0].speaker) == "mayor");
}

TEST_CASE("a quantifier alone before a plain speech verb is the subject") {
  auto d = run("One nurse praised the plan. Another said she feared the cuts would come back.");
  const Claim* c = reported_starting(d, "she feared the cuts");
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->source) == "Another");
}

TEST_CASE("a name between two commas before a plain speech verb speaks") {
  check_claim_speaker({"Another volunteer on the harbour committee, Tom Varga, said he was still leaning toward the new pier.", "he was still leaning", "Tom Varga"});
  // The inverted order still reads its source after the cue.
  auto i = run("Prices will rise, said the minister.");
  const Claim* r = reported_starting(i, "Prices will rise");
  REQUIRE(r != nullptr);
  CHECK(slice(i, r->source) == "the minister");
}

TEST_CASE("clause ends: a comma inside the closing mark, a new past-tense act after a quotation") {
  for (const SpanCase& k : std::initializer_list<SpanCase>{
           {"According to some neighbours, the skipper was “exhausted,” prompting talk of a rest day before the race.", "the skipper was", "the skipper was “exhausted,”"},
           {"The governor called the ruling “shameful” and sent a long letter to farmers in the north.", "the ruling", "the ruling “shameful”"},
       })
    check_claim_span(k);
}

TEST_CASE("cue forms that are not speech here: modifiers, 'add to', 'said of', a price charged") {
  auto a = run("She won most of the union's pledged votes after the branch meetings in June.");
  CHECK(a.claims.empty());
  auto b = run("The skipper won the regatta, adding to her list of wins on the lake.");
  CHECK(b.claims.empty());
  auto c = run("“It is a long list,” the coach said of a squad that included two goalkeepers.");
  for (const auto& cl : c.claims) CHECK(slice(c, cl.span).rfind("that included", 0) != 0);
  auto d = run("The ferry company has charged more than this for years.");
  CHECK(d.claims.empty());
  auto e = run("The group charged that the ferry company broke the law.");
  REQUIRE(reported_starting(e, "that the ferry company") != nullptr);
}

TEST_CASE("a pronoun's cue inside the clause just found adds no second claim; a named one is a layered source") {
  auto d = run("The skipper told reporters he feels confident about the race on the lake.");
  REQUIRE(d.claims.size() == 1);
  CHECK(slice(d, d.claims[0].span) == "he feels confident about the race on the lake");
  auto l = run("According to the Valley Herald, Harbour Secretary Paul Dunn said that new cranes are arriving in May.");
  CHECK(l.claims.size() == 2);
}

TEST_CASE("a listener and an adjunct before 'that'") {
  check_claim_span({"The mayor told local radio host Ann Lee on Wednesday that the tax was “a mistake.”", "that the tax", "that the tax was “a mistake.”"});
}

TEST_CASE("a list after ', including' belongs to the reported clause; other participle clauses end it") {
  for (const SpanCase& k : std::initializer_list<SpanCase>{
           {"The ferry company said several routes would close, including the night crossing to Port Wren.", "several routes", "several routes would close, including the night crossing to Port Wren"},
           {"The ferry company said several routes would close, blaming a shortage of engineers.", "several routes", "several routes would close"},
       })
    check_claim_span(k);
}

TEST_CASE("a subject pronoun after an adjunct opens the content of a plain speech verb") {
  check_claim_span({"The coach said after the final whistle she would not resign over the defeat.", "she would not resign", "she would not resign over the defeat"});
  // A noun-like cue does not reach past its adjunct: "cites … as inaccurate because they …".
  auto e = run("The watchdog cites many of the claims as wrong because they lack context.");
  CHECK(reported_starting(e, "they lack") == nullptr);
}

TEST_CASE("a naming verb with an object and an 'a' complement reports the judgement unquoted") {
  check_claim_span_speaker({"The harbour master called the new toll a tax on working families.", "the new toll", "the new toll a tax on working families", "harbour master"});
  // No complement, a passive, or a particle: an ordinary action.
  CHECK(run("The harbour master called a meeting of the ferry crews on Monday.").claims.empty());
  CHECK(run("The harbour master called the coast guard after the storm.").claims.empty());
  CHECK(run("The harbour master has been called a hero by the crews.").claims.empty());
  CHECK(run("The harbour master called in a favour from the mayor.").claims.empty());
}

TEST_CASE("a naming verb with an object and a verdict word reports the verdict, which ends the claim") {
  check_claim_span_speaker({"The ferry company has called the council’s report on the harbour false, and walked out of the talks.", "the council’s report", "the council’s report on the harbour false", "ferry company"});
  check_claim_span({"Senator Ruiz called the charges against her baseless.", "the charges", "the charges against her baseless"});
  // A word that only describes, or a verdict that does not end the clause: no claim.
  CHECK(run("The harbour master called the night cold and long.").claims.empty());
  CHECK(run("The harbour master called the coast guard after the storm.").claims.empty());
  CHECK(run("The harbour master has been called reckless by the crews.").claims.empty());
}

TEST_CASE("a longer adjunct opened by a preposition may stand between the cue and 'that'") {
  check_claim_span({"Ruiz said during a rally in the old port on Friday that the ferry tax would go.", "that the ferry tax", "that the ferry tax would go"});
}

TEST_CASE("'…, according to X' after a quotation of several sentences layers the whole quotation") {
  auto d = run("“The dam is safe. We check it every week,” the engineer said, according to the Valley Courier.");
  const Claim* c = reported_starting(d, "“The dam is safe.");
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->span) == "“The dam is safe. We check it every week,” the engineer said");
  CHECK(slice(d, c->source) == "the Valley Courier");
}

TEST_CASE("'Y, X said' where Y ends with a quotation after a colon: the quotation alone is what was said") {
  auto d = run("Coach Ana Ruiz said the team was ready for the final. In her talk she set out three rules: "
               "“Start early, finish late, never complain,” she said.");
  CHECK(reported_starting(d, "In her talk") == nullptr);
  REQUIRE(d.quotes.size() == 1);
  CHECK(speaker_of(d, d.quotes[0].speaker) == "Ana Ruiz");
}

TEST_CASE("a time phrase before a subject pronoun; a manner adverb opening a participle clause") {
  check_claim_span({"The governor told farmers this week she would veto the water bill, quietly breaking with her party.", "she would veto", "she would veto the water bill"});
}

TEST_CASE("a sentence opening 'In a poll/survey/study …,' reports what follows its comma") {
  auto d = run("In a new survey of ferry users, two in three riders opposed the higher night fares.");
  const Claim* c = reported_starting(d, "two in three");
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->span) == "two in three riders opposed the higher night fares");
  CHECK(slice(d, c->source) == "a new survey of ferry users");
  // A speech verb after the comma speaks itself; a video depicts, it does not find.
  auto e = run("In a letter to the harbour board, the mayor urged members to keep the pier open.");
  CHECK(reported_starting(e, "the mayor urged") == nullptr);
  auto f = run("In the video, the captain walks slowly along the quay.");
  CHECK(f.claims.empty());
}

TEST_CASE("view verbs report the object and its 'as' complement, active voice only") {
  check_claim_span_speaker({"The fishermen's union sees the new toll as a tax on families.", "the new toll", "the new toll as a tax on families", "fishermen's union"});
  // The passive names no holder: it is reported with no speaker, as "is expected to" is.
  auto e = run("The toll is widely seen as a tax on families.");
  for (const auto& claim : e.claims) CHECK(claim.speaker == kNone);
  // "as" + pronoun (a conjunction) and "as much as" (degree) are not views.
  CHECK(run("Ruiz saw the ferry as it left the harbour.").claims.empty());
  CHECK(run("Commuters could see their fares rise as much as ten percent.").claims.empty());
}

TEST_CASE("a participle cue after a determiner or possessive is a noun inside the clause") {
  check_claim_span({"Tom Vale said the warning showed the minister did not understand the port.", "the warning", "the warning showed the minister did not understand the port"});
}

TEST_CASE("a parenthetical between commas may stand between the cue and 'that'") {
  check_claim_span_speaker({"Ana Ruiz said, once again, that the ferry would run on Sundays.", "that the ferry", "that the ferry would run on Sundays", "Ana Ruiz"});
}

TEST_CASE("'Y, X said; Z' reports Y, and Z is a new clause") {
  auto d = run("The pier was never safe, Ana Ruiz said; her engineers found cracks in March.");
  const Claim* c = reported_starting(d, "The pier");
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->span) == "The pier was never safe");
  CHECK(reported_starting(d, ";") == nullptr);
  CHECK(d.claims.size() == 1);
}

TEST_CASE("an age between a name and its appositive; a contracted pronoun after an adjunct") {
  auto d = run("Ana Lopez, 21, a student from Port Alma, said she came for the ferry fares.");
  const Claim* c = reported_starting(d, "she came");
  REQUIRE(c != nullptr);
  CHECK(speaker_of(d, c->speaker) == "Ana Lopez");
  check_claim_speaker({"Tom Hale said after the storm he’d rebuild the pier by spring.", "he’d rebuild", "Tom Hale"});
}

TEST_CASE("a cue inside a fronted subordinate clause reports only up to the clause's comma") {
  for (const SpanCase& k : std::initializer_list<SpanCase>{
           {"When Ruiz accused the harbour board of stalling, the chair walked out of the meeting.", "the harbour board", "the harbour board of stalling"},
           {"If the council says the new toll is fair, drivers will simply pay it.", "the new toll", "the new toll is fair"},
           // The main clause of such a sentence is untouched.
           {"After the vote, Ruiz said the ferry would run again in May.", "the ferry", "the ferry would run again in May"},
       })
    check_claim_span(k);
}

TEST_CASE("', but' with a subject of its own ends the reported clause") {
  for (const SpanCase& k : std::initializer_list<SpanCase>{
           {"Ruiz said the pier was safe, but the inspectors have not signed it off.", "the pier", "the pier was safe"},
           // Without a new subject the contrast is part of what was said.
           {"Ruiz said the pier was old, but safe for ferries and small boats.", "the pier", "the pier was old, but safe for ferries and small boats"},
       })
    check_claim_span(k);
}

TEST_CASE("', while' with a subject of its own ends the reported clause too") {
  check_claim_span({"The harbour board says the toll will fall next year, while the city expects it to rise.", "the toll", "the toll will fall next year"});
}

TEST_CASE("an indefinite noun phrase after the clause's comma is the writer's gloss, not content") {
  for (const SpanCase& k : std::initializer_list<SpanCase>{
           {"Ruiz said drivers would pay no toll next year, a swipe at the harbour board.", "drivers would", "drivers would pay no toll next year"},
           // A list item and a time phrase stay in the clause.
           {"Ruiz said the town needs a ferry, a bridge and a tunnel.", "the town", "the town needs a ferry, a bridge and a tunnel"},
           {"Ruiz said the pier had reopened, a day after the storm.", "the pier", "the pier had reopened, a day after the storm"},
       })
    check_claim_span(k);
}

TEST_CASE("an indefinite noun phrase after a dash is the writer's gloss too, unless a second dash closes it") {
  for (const SpanCase& k : std::initializer_list<SpanCase>{
           {"Ruiz said the toll was “a fair price” — a claim that dock workers dispute.", "the toll", "the toll was “a fair price”"},
           // An aside between two dashes is inside the content, which goes on after it.
           {"Ruiz said the new toll — a steep one for vans — would stay until May.", "the new toll", "the new toll — a steep one for vans — would stay until May"},
       })
    check_claim_span(k);
}

TEST_CASE("a relative clause with 'which' or 'who' that runs to the sentence end is the writer's note") {
  for (const SpanCase& k : std::initializer_list<SpanCase>{
           {"Ruiz said the ferry would stop at Port Alder, which lost its pier in the storm.", "the ferry", "the ferry would stop at Port Alder"},
           // Closed by a comma, the relative clause sits inside the content.
           {"Ruiz said the new toll, which starts in May, is too steep for vans.", "the new toll", "the new toll, which starts in May, is too steep for vans"},
           // With a pronoun subject it is still the speaker's view.
           {"The guild said it would block the merger, which it blames for the lost jobs.", "it would", "it would block the merger, which it blames for the lost jobs"},
           // ", who …" to the sentence end likewise describes the last person named.
           {"Ruiz said she had not yet backed Otto Brandt, who runs the harbour board.", "she had", "she had not yet backed Otto Brandt"},
       })
    check_claim_span(k);
}

TEST_CASE("', compared with' a figure is the writer's comparison, not content") {
  for (const SpanCase& k : std::initializer_list<SpanCase>{
           {"Most harbour pilots said the new channel was safer, compared with 30 percent in the spring survey.", "the new channel", "the new channel was safer"},
           // Without a figure the comparison may be the speaker's own.
           {"Ruiz said the new channel was safer, compared with the old one.", "the new channel", "the new channel was safer, compared with the old one"},
       })
    check_claim_span(k);
}

TEST_CASE("a quoting verb's clause may be as short as a pronoun and the quotation") {
  check_claim_speaker({"Ana Ruiz attacked the toll plan on Friday, calling it “absurd.”", "it “absurd", "Ana Ruiz"});
}

TEST_CASE("'Y, the audit shows.': an evidence verb after its document reports the clause before") {
  auto d = run("The ferry lost money for six straight years, the harbour audit shows.");
  const Claim* c = reported_starting(d, "The ferry");
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->span) == "The ferry lost money for six straight years");
  CHECK(slice(d, c->source) == "the harbour audit");
  // A person who "found" something is not a document: no claim from the tail.
  CHECK(run("The keys were under the mat, Ruiz found.").claims.empty());
}

TEST_CASE("a noun-like cue in a phrase after a preposition is a noun ('11% of Green claims')") {
  auto d = run("The fact-checkers rated 30% of Harbour Party claims as false, compared to 11% of Green claims.");
  CHECK(d.claims.empty());
  // A name that opens its clause still speaks with the same cue form.
  auto e = run("Mayor Lopez claims the toll is fair.");
  REQUIRE(reported_starting(e, "the toll") != nullptr);
}

TEST_CASE("a fronted phrase ending in a quoted title is no statement of the speaker after it") {
  auto d = run("In his 2019 book, “Saving for Tomorrow,” Mr. Hale suggested looking at your bank statement.");
  CHECK(reported_starting(d, "In his 2019 book") == nullptr);
  // Without the fronted preposition the words before a quotation are the statement's start.
  auto e = run("The new tolls “will not fix the bridge,” Lopez said.");
  REQUIRE(reported_starting(e, "The new tolls") != nullptr);
}

TEST_CASE("a relative 'that' on the listener's adjunct does not open the content") {
  auto d = run("Mara Quinn told reporters after the hearing that was held in the old chapel that the vote had been rushed.");
  const Claim* c = claim_starting(d, "that the vote", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->span) == "that the vote had been rushed");
  CHECK(claim_starting(d, "that was held", ClaimKind::reported) == nullptr);
  // With one "that" only, it opens the content as before ("that is", a demonstrative).
  auto e = run("Mara Quinn told reporters after the hearing that is why the vote failed.");
  CHECK(claim_starting(e, "that is why", ClaimKind::reported) != nullptr);
}

TEST_CASE("a listener's phrase ends where an article opens the content's subject") {
  check_claim_span({"The harbourmaster told the radio station the dredging had stalled.", "the dredging", "the dredging had stalled"});
  auto e = run("The harbourmaster told the radio station the repairs were “years behind.”");
  const Claim* f = claim_starting(e, "the repairs", ClaimKind::reported);
  REQUIRE(f != nullptr);
  // A one-word listener still works as before.
  auto g = run("The harbourmaster told reporters the dredging had stalled.");
  CHECK(claim_starting(g, "the dredging", ClaimKind::reported) != nullptr);
}

TEST_CASE("a question asked of the subject is reported with no speaker, or the agent's") {
  check_claim_span_speaker({"Asked whether the night ferry would keep running, Captain Ines Varga shrugged.", "whether the night ferry", "whether the night ferry would keep running", "-"});
  // After "about" the question is the topic that follows it.
  check_claim_span({"The councillor smiled when asked about the new parking rules.", "the new parking rules", "the new parking rules"});
  // The agent after "by" is the one who asks.
  check_claim_speaker({"Ms. Varga was asked by Tom Reyes whether the pier would reopen in spring.", "whether the pier", "Tom Reyes"});
  // An active "asked" with a request is not a question: "asked the board to …".
  auto i = run("Tom Reyes asked the board to reopen the pier in spring.");
  CHECK(claim_starting(i, "whether", ClaimKind::reported) == nullptr);
}

TEST_CASE("a subject pronoun after the cue opens the content, so a later 'that' is a determiner") {
  check_claim_span_speaker({"Pat Ruiz said she liked that plan.", "she liked", "she liked that plan", "Pat Ruiz"});
  // An adjunct before "that" still leaves the content at "that".
  auto e = run("Pat Ruiz said on Monday that the ferry plan was sound.");
  CHECK(claim_starting(e, "that the ferry plan", ClaimKind::reported) != nullptr);
}

TEST_CASE("a cue inside a relative clause set off by commas ends its content at the closing comma") {
  check_claim_span_speaker({"Mayor Ruiz, who has said that the toll will stay, visited the pier on Monday.", "that the toll", "that the toll will stay", "Ruiz"});
  // On a noun later in the sentence the relative clause may run to its end: kept whole.
  check_claim_span({"The plan was backed by Mayor Ruiz, who has argued the toll is too low for the upkeep, the repairs and the staff.", "the toll is", "the toll is too low for the upkeep, the repairs and the staff"});
}

TEST_CASE("a question trailing a speaker's words is their setting, not a speakerless claim") {
  auto d = run("“The toll stays,” Mayor Ruiz said, asked about the ferry fares. “Why would it change?”");
  CHECK(claim_starting(d, "the ferry fares", ClaimKind::reported) == nullptr);
  const Claim* c = claim_starting(d, "“Why would", ClaimKind::quote);
  REQUIRE(c != nullptr);
  CHECK(speaker_of(d, c->speaker) == "Ruiz");
}

TEST_CASE("a fronted poll whose sponsors are joined by a slash reports what follows its comma") {
  check_claim_span_speaker({"In a Harbor Times/Coast Radio poll released Monday, 50 percent of voters chose the ferry.", "50 percent", "50 percent of voters chose the ferry", "Harbor Times/Coast Radio poll"});
}

TEST_CASE("'is not expected to' and 'had been expected to' report the 'to' clause with no source") {
  for (const char* text : {"The ferry chief is not expected to attend the hearing.",
                           "The ferry chief had been expected to attend the hearing."}) {
    auto d = run(text);
    const Claim* c = claim_starting(d, "to attend", ClaimKind::reported);
    REQUIRE(c != nullptr);
    CHECK(slice(d, c->span) == "to attend the hearing");
    CHECK(speaker_of(d, c->speaker) == "-");
    CHECK(claim_starting(d, "The ferry chief", ClaimKind::reported) != nullptr);
  }
  // "expected" with no auxiliary is the subject's own plan, not a sourceless expectation.
  auto e = run("The ferry chief expected to attend the hearing.");
  CHECK(claim_starting(e, "The ferry chief", ClaimKind::reported) == nullptr);
}

TEST_CASE("'about' before a figure approximates it and opens the content, not a topic adjunct") {
  check_claim_span_speaker({"The harbour board said about 40 boats had left the port by noon.", "about 40 boats", "about 40 boats had left the port by noon", "harbour board"});
  auto e = run("The audit office said about half of the shortfall came from the tax cuts.");
  CHECK(claim_starting(e, "about half of", ClaimKind::reported) != nullptr);
  // "said about the plan" names a topic: the content is still the "that" clause.
  auto f = run("The harbour board said about the plan that it was too costly.");
  const Claim* g = claim_starting(f, "that it was", ClaimKind::reported);
  REQUIRE(g != nullptr);
  CHECK(claim_starting(f, "about the plan", ClaimKind::reported) == nullptr);
}

TEST_CASE("'made clear that', 'made the case that': the verb and its statement object are one cue") {
  check_claim_span_speaker({"Mayor Ruiz made it clear to the council on Friday that the toll would stay.", "that the toll", "that the toll would stay", "Ruiz"});
  check_claim_speaker({"The union has made a strong case that the ferry should stay public.", "that the ferry", "union"});
  // Other things made are actions, and "to make clear" is an aim, not a statement.
  CHECK(run("The board made a decision that angered the pilots.").claims.empty());
  CHECK(run("The pilots met the board to make clear that the channel was unsafe.").claims.empty());
}

TEST_CASE("'pointed out' is speech, a sign's 'pointed to' and 'pointing a finger' are gestures") {
  check_claim_span({"Ruiz pointed out that the pier had been closed for a year.", "that the pier", "that the pier had been closed for a year"});
  CHECK(run("The sign pointed to the old pier across the bay.").claims.empty());
  CHECK(run("The captain stood on the deck, pointing a finger at the storm clouds.").claims.empty());
}

TEST_CASE("an 'as X pointed out' aside reports the clause after it") {
  check_claim_speaker({"The pier, as harbour pilot Tom Hale pointed out, has had no lights since May.", "has had no lights", "Tom Hale"});
}

TEST_CASE("'Y, X said' with a long adjunct to the sentence end reports Y; a fronted setting is no Y") {
  check_claim_span_speaker({"The toll was too high, Ruiz said on Friday in a radio interview with the Gazette.", "The toll", "The toll was too high", "Ruiz"});
  // A setting or a short adverbial before the subject is not what was said.
  CHECK(run("In a statement released on Thursday, Ruiz said nothing new.").claims.empty());
  CHECK(run("Like the mayor, Ruiz spoke at the pier on Friday in the rain.").claims.empty());
}

TEST_CASE("a statement noun owned by a name reports its 'that' clause in the owner's name") {
  check_claim_span_speaker({"The board dismissed Mayor Ana Ruiz's repeated warning that the toll was illegal.", "that the toll", "that the toll was illegal", "Ana Ruiz"});
  // As the sentence's subject the clause's end is not known: nothing is reported.
  CHECK(run("Ruiz's claim that the pier was unsafe drew laughter.").claims.empty());
  // Without an owner the claim is nobody's: the board's rejection reports the whole object
  // (quotes39), never the "that" clause as the board's own.
  auto e = run("The board dismissed the claim that the toll was illegal.");
  CHECK(claim_starting(e, "that the toll", ClaimKind::reported) == nullptr);
  const Claim* r = claim_starting(e, "the claim that", ClaimKind::reported);
  REQUIRE(r != nullptr);
  CHECK(slice(e, r->span) == "the claim that the toll was illegal");
  // A statement noun that opens the text has nothing before it to own it (and no token before
  // the first to read).
  CHECK(run("warning that the toll was illegal drew laughter.").claims.empty());
}

TEST_CASE("a statement noun as the object of a voicing verb reports its 'that' clause in the subject's name") {
  check_claim_span_speaker({"Mayor Ana Ruiz expressed concern that the night ferry would stop running.", "that the night ferry", "that the night ferry would stop running", "Ana Ruiz"});
  auto e = run("The ferry union has long shared the view that the pier is unsafe.");
  const Claim* f = claim_starting(e, "that the pier", ClaimKind::reported);
  REQUIRE(f != nullptr);
  CHECK(slice(e, f->source) == "The ferry union");
  check_claim_speaker({"Lee repeated his old claim that the toll was illegal.", "that the toll", "Lee"});
  // Rejecting a claim does not make it one's own (the rejection reports the idea as a whole,
  // quotes39); a storm holds no view; a relative "that" opens no content.
  CHECK(claim_starting(run("The board rejected the idea that the toll was illegal."), "that the toll",
                       ClaimKind::reported) == nullptr);
  CHECK(run("The storm raised concerns that the bridge would be closed.").claims.empty());
  CHECK(run("Ruiz voiced the concern that was raised by the pilots.").claims.empty());
}

TEST_CASE("'mentioned' reports its object or its 'that' clause; a passive cue has no speaker in its subject") {
  check_claim_span_speaker({"In her speech, Mayor Ana Ruiz mentioned the long delays on the night ferry.", "the long delays", "the long delays on the night ferry", "Ana Ruiz"});
  check_claim_speaker({"Ruiz mentioned that the pier would close for a week.", "that the pier", "Ruiz"});
  // The toll was talked about; it did not speak.
  CHECK(run("The night toll was mentioned twice at the harbour meeting.").claims.empty());
  CHECK(run("The ferry delays were cited by several riders at the meeting.").claims.empty());
  // A title-case headline: the guard reads the lower-cased words.
  CHECK(run("Night Toll Was Mentioned Twice at Harbour Meeting").claims.empty());
  CHECK(run("Ferry Delays Were Cited by Riders").claims.empty());
}

TEST_CASE("one '-ed' test: a regular past form has four bytes or more") {
  CHECK(has_ed_ending("sued"));
  CHECK(has_ed_ending("mused"));
  CHECK(has_ed_ending("stayed"));
  CHECK_FALSE(has_ed_ending("red"));  // "led", "fed" are irregular: their table
  CHECK_FALSE(has_ed_ending("ed"));
  CHECK_FALSE(has_ed_ending(""));
  CHECK_FALSE(has_ed_ending("edit"));
  // The same rule in a clause: "sued" is the verb before a colon that introduces a quotation.
  check_only_quote_source({"The harbour board sued: “The fee breaks the charter.”", "The harbour board"});
}

TEST_CASE("'spoke about', 'talked of': the topic a speaker spoke on is reported") {
  check_claim_span_speaker({"Mayor Ana Ruiz spoke about the long delays on the night ferry.", "the long delays", "the long delays on the night ferry", "Ana Ruiz"});
  auto e = run("The harbour master talked warmly of his first winter on the pier.");
  const Claim* f = claim_starting(e, "his first winter", ClaimKind::reported);
  REQUIRE(f != nullptr);
  CHECK(slice(e, f->source) == "The harbour master");
  // An infinitive has not spoken yet; a noun "talks" has no subject.
  CHECK(run("The pilots had no wish to speak of the accident.").claims.empty());
  CHECK(run("The talks of the two unions broke down on Monday.").claims.empty());
}

TEST_CASE("'…, vowing to …': a promise in a participle clause is the sentence subject's") {
  auto d = run("The mayor rejected the harbour plan on Monday, vowing to fight it in court.");
  const Claim* c = claim_starting(d, "to fight", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->span) == "to fight it in court");
  CHECK(slice(d, c->source) == "The mayor");
  // "promising" before a noun is an adjective.
  CHECK(run("The ferry made a promising start to the summer season.").claims.empty());
}

TEST_CASE("an endorsement is a speech act: its object is reported in the endorser's name") {
  auto d = run("The ferry union endorsed Ana Ruiz for mayor on Monday.");
  const Claim* c = claim_starting(d, "Ana Ruiz for mayor", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->source) == "The ferry union");
  CHECK(run("Ana Ruiz was endorsed by the ferry union.").claims.empty());
}

TEST_CASE("'went on to say' carries the subject before 'went' to the cue; 'went on to' a place is no speech") {
  check_claim_span_speaker({"Ana Ruiz went on to explain that the repairs had cost more than planned.", "that the repairs", "that the repairs had cost more than planned", "Ana Ruiz"});
  CHECK(run("The ferry went on to the island after the storm.").claims.empty());
  CHECK(run("The council went on to approve the budget for the pier.").claims.empty());
}

TEST_CASE("a past-tense verb after a described subject is no part of the source") {
  // "fears" after "raised" is the verb's object, not a cue with "The storm raised" as its speaker.
  auto d = run("The storm raised fears that the old bridge would close for the winter.");
  for (const auto& c : d.claims) CHECK(slice(d, c.source) != "The storm raised");
  for (const auto& s : d.speakers) CHECK(s.name != "storm raised");
  // A past form right after the determiner, or after an adverb, is the speaker's noun.
  auto e = run("The accused said the boat had never left the harbour.");
  const Claim* c = claim_starting(e, "the boat", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(e, c->source) == "The accused");
  auto f = run("The newly elected said the pier would reopen in the spring.");
  const Claim* g = claim_starting(f, "the pier", ClaimKind::reported);
  REQUIRE(g != nullptr);
  CHECK(slice(f, g->source) == "The newly elected");
}

TEST_CASE("'expressed doubt that': a doubt voiced is the subject's view") {
  auto d = run("The port board expressed doubt that the new ferry would be ready by June.");
  const Claim* c = claim_starting(d, "that the new ferry", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->span) == "that the new ferry would be ready by June");
  CHECK(slice(d, c->source) == "The port board");
  // The verb "doubts" still reports its clause.
  check_claim_speaker({"Ana Ruiz doubts that the new ferry will be ready by June.", "that the new ferry", "Ana Ruiz"});
}

TEST_CASE("a content that ends at ', but X said' ends before the comma") {
  auto d = run("Harbour officials said the ferry would run on time, but fishermen said it would not.");
  const Claim* c = claim_starting(d, "the ferry", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->span) == "the ferry would run on time");
  const Claim* e = claim_starting(d, "it would not", ClaimKind::reported);
  REQUIRE(e != nullptr);
  CHECK(slice(d, e->source) == "fishermen");
  // ", and he added that …" ends it there too.
  check_claim_span({"The mayor said the budget was balanced, and she added that taxes would not rise.", "the budget", "the budget was balanced"});
}

TEST_CASE("a fronted subordinate clause after a leading conjunction ends at its comma") {
  check_claim_span_speaker({"And while the mayor said the pier would reopen in May, she admitted the repairs were late.", "the pier", "the pier would reopen in May", "mayor"});
}

TEST_CASE("a cue inside a relative clause on a noun reports up to the clause's comma") {
  check_claim_span_speaker({"The new ferry fare, which officials said will rise again in spring, was set in 2019.", "will rise", "will rise again in spring", "officials"});
}

TEST_CASE("passive verbs of view and accusation report their clause with no named source") {
  auto d = run("The harbour master is accused of ignoring three safety warnings.");
  const Claim* c = reported_starting(d, "of ignoring");
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->span) == "of ignoring three safety warnings");
  CHECK(c->speaker == kNone);
  CHECK(reported_starting(d, "The harbour master") != nullptr);  // the subject, a piece of its own
  check_claim_span({"The old pier is widely seen as the weakest part of the sea wall.", "as the weakest", "as the weakest part of the sea wall"});
  // After a link word the subject piece starts past it; a relative pronoun right before the
  // verb is the piece.
  auto g = run("The vote was close, and the council is thought to favour the plan.");
  CHECK(reported_starting(g, "the council") != nullptr);
  CHECK(reported_starting(g, "and the council") == nullptr);
  auto h = run("They met the new chief, who is regarded as a careful manager.");
  CHECK(reported_starting(h, "who") != nullptr);
}

TEST_CASE("an active or non-finite 'seen as', 'accused' reports no sourceless claim") {
  // The active verb is the subject's own act; "can be seen as" is the writer's reading.
  check_claim_speaker({"The captain accused the council of delaying the repairs.", "the council", "captain"});
  auto e = run("The new timetable can be seen as a step back for the islanders.");
  CHECK(reported_starting(e, "as a step") == nullptr);
  auto f = run("The mayor wants to be seen as a friend of the fishing fleet.");
  CHECK(reported_starting(f, "as a friend") == nullptr);
}

TEST_CASE("a hearsay adverb reports the rest of the clause with no named source") {
  auto d = run("The ferry company has reportedly lost two of its island contracts.");
  const Claim* c = reported_starting(d, "lost two");
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->span) == "lost two of its island contracts");
  CHECK(c->speaker == kNone);
  CHECK(reported_starting(d, "The ferry company has") != nullptr);  // the subject, a piece of its own
  // Before a cue verb the verb speaks: its subject is the speaker.
  check_claim_speaker({"The mayor reportedly told aides that the toll would stay.", "that the toll", "mayor"});
  // After a preposition there is no subject piece.
  auto g = run("The skipper was fined for allegedly ignoring the harbour speed limit.");
  CHECK(reported_starting(g, "ignoring the harbour") != nullptr);
  CHECK(reported_starting(g, "for") == nullptr);
}

TEST_CASE("'referring to' names what the speaker's words were about") {
  check_claim_span_speaker({"“That was a costly mistake,” the captain said, referring to the closure of the old pier.", "the closure", "the closure of the old pier", "captain"});
  check_claim_speaker({"The mayor was referring to the new harbour toll.", "the new harbour toll", "mayor"});
  // A passive "referred to as" gives a name, not anyone's words.
  auto g = run("The channel is often referred to as the Narrows by local sailors.");
  CHECK(reported_starting(g, "as the Narrows") == nullptr);
}

TEST_CASE("'proposed' reports what the subject put forward; the adjective reports nothing") {
  check_claim_span_speaker({"The senator proposed a small levy on cruise passengers.", "a small levy", "a small levy on cruise passengers", "senator"});
  CHECK(run("The board cut its proposed levy on cruise passengers.").claims.empty());
  CHECK(run("The changes proposed by the board were dropped in May.").claims.empty());
}

TEST_CASE("a naming or thinking verb after a 'that' clause goes on with it when it holds a quoted fragment") {
  // A participle of naming: the fragment is part of the cue's content, in the cue's speaker's name.
  auto d = run("The harbour master said that the pier was sound, calling the survey a “paper tiger.”");
  const Claim* c = claim_starting(d, "that the pier", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->span) == "that the pier was sound, calling the survey a “paper tiger.”");
  CHECK(slice(d, c->cue) == "said");
  CHECK(claim_starting(d, "the survey", ClaimKind::reported) == nullptr);
  REQUIRE(d.quotes.size() == 1);
  CHECK(slice(d, d.quotes[0].source) == "The harbour master");
  // A verb of thought coordinated with the cue, sharing its subject.
  auto e = run("Ana Ruiz told friends that the toll was too high and thought the new plan was a “costly detour.”");
  const Claim* f = claim_starting(e, "that the toll", ClaimKind::reported);
  REQUIRE(f != nullptr);
  CHECK(slice(e, f->span) == "that the toll was too high and thought the new plan was a “costly detour.”");
  CHECK(speaker_of(e, f->speaker) == "Ana Ruiz");
  CHECK(claim_starting(e, "the new plan", ClaimKind::reported) == nullptr);
}

TEST_CASE("a second statement, a contrast or a plain object keeps its own clause before a quoted fragment") {
  struct Case {
    const char* text;
    const char* first;   // the cue's content, ending before the second verb
    const char* second;  // the second verb's own content
  };
  const Case cases[] = {
      // "and said": a second statement.
      {"Tom Beck said the pier was sound and said the crews were “very tired.”", "the pier was sound",
       "the crews were"},
      // "but called": a second view set against the first.
      {"Tom Beck said that the pier was sound, but called the survey a “paper tiger.”", "that the pier was sound",
       "the survey"},
      // No "that": the participle names its own object.
      {"Tom Beck said the pier was sound, calling the survey a “paper tiger.”", "the pier was sound", "the survey"},
      // A participle of speech reports a clause of its own.
      {"Tom Beck said that the pier was sound, saying it was “a quiet win.”", "that the pier was sound", "it was"},
  };
  for (const Case& k : cases) {
    INFO(k.text);
    auto d = run(k.text);
    const Claim* a = claim_starting(d, k.first, ClaimKind::reported);
    REQUIRE(a != nullptr);
    CHECK(slice(d, a->span) == k.first);
    const Claim* b = claim_starting(d, k.second, ClaimKind::reported);
    REQUIRE(b != nullptr);
    CHECK(speaker_of(d, b->speaker) == "Tom Beck");
  }
}

TEST_CASE("a quoting verb reaches its quoted complement over a cue word used as a noun") {
  // "report" after "the" is a noun, not a cue of its own: the quotation is what the mayor called it.
  auto d = run("The mayor said the bridge was safe, calling the report a “reckless fraud.”");
  const Claim* c = claim_starting(d, "the report", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->cue) == "calling");
  REQUIRE(d.quotes.size() == 1);
  CHECK_FALSE(d.quotes[0].scare);
  CHECK(slice(d, d.quotes[0].source) == "The mayor");
}

TEST_CASE("trap: a programme after a listener cue is who was told, not what was said") {
  auto a = run("\u201cThe fares will rise,\u201d Ana Ruiz told \u201cMorning Tide,\u201d the island\u2019s radio show, on Monday.");
  REQUIRE(a.quotes.size() == 2);
  CHECK_FALSE(a.quotes[0].scare);
  CHECK(a.quotes[1].scare);
  CHECK(a.quotes[1].speaker == kNone);
  for (const ScareCase& k : std::initializer_list<ScareCase>{
           {"The harbour master told \u201cDock Talk Live\u201d that the pier would close in May.", true},
           // Words said to someone end a sentence, or are one word: still a quotation.
           {"The captain turned to the crew and told \u201cNobody Leaves.\u201d The crew stayed.", false},
       })
    check_only_quote_scare(k);
}

TEST_CASE("a comma inside the closing mark and 'but' with a subject end the reported content") {
  auto d = run("Ruiz called the report “careless,” but she gave the auditors a small compliment: “They worked fast.”");
  const Claim* c = claim_starting(d, "the report", ClaimKind::reported);
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->span) == "the report “careless,”");
  REQUIRE(d.quotes.size() == 2);
  CHECK(slice(d, d.quotes[1].source) == "she");
  // "while" may still be the speaker's comparison: the content goes on.
  check_claim_span({"Beck said the new fee was “a fair bargain,” while the old one was not.", "the new fee", "the new fee was “a fair bargain,” while the old one was not"});
}

TEST_CASE("a concession after a quotation closing on a comma is the writer's") {
  check_claim_span_speaker({"Ruiz said the ferry plan was “a gift to the island,” though the council has not yet voted on it.", "the ferry plan", "the ferry plan was “a gift to the island,”", "Ruiz"});
  // Without a subject after it, "though" stays inside the clause.
  check_claim_span({"Ruiz said the ferry plan was “a gift,” though late, to the island.", "the ferry plan", "the ferry plan was “a gift,” though late, to the island"});
}

TEST_CASE("a quoted sentence after a colon or dash ends a that clause that has its verb") {
  for (const char* mark : {":", " —"}) {
    auto d = run(std::string("Ruiz said that the ferry had one real flaw") + mark + " “It never runs on time.”");
    const Claim* c = reported_starting(d, "that the ferry");
    REQUIRE(c != nullptr);
    CHECK(slice(d, c->span) == "that the ferry had one real flaw");
    CHECK(speaker_of(d, c->speaker) == "Ruiz");
    const Claim* q = claim_starting(d, "“It never", ClaimKind::quote);
    REQUIRE(q != nullptr);
    CHECK(speaker_of(d, q->speaker) == "Ruiz");
    CHECK(d.claims.size() == 2);  // no second clause around the quotation
  }
  // Without a verb in the that clause, or without "that", the quotation stays the content.
  for (const SpanCase& k : std::initializer_list<SpanCase>{
           {"Ruiz said that one real flaw: “It never runs on time.”", "that one real flaw", "that one real flaw: “It never runs on time.”"},
           // A fragment after the colon is no sentence of its own: the clause keeps it.
           {"Ruiz said that the ferry had one real flaw: “the timetable.”", "that the ferry", "that the ferry had one real flaw: “the timetable.”"},
       })
    check_claim_span(k);
}

TEST_CASE("a participle cue opening the sentence reports its clause for the main subject") {
  auto d = run("Noting that the bridge had closed twice this year, Ruiz said the council must act.");
  const Claim* c = reported_starting(d, "that the bridge");
  REQUIRE(c != nullptr);
  CHECK(slice(d, c->span) == "that the bridge had closed twice this year");
  CHECK(speaker_of(d, c->speaker) == "Ruiz");
  const Claim* main = reported_starting(d, "the council");
  REQUIRE(main != nullptr);
  CHECK(speaker_of(d, main->speaker) == "Ruiz");
  check_claim_speaker({"Citing a new survey, the harbor board delayed the vote.", "a new survey", "harbor board"});
  // A participle that is no cue, or a cue word used as a noun, reports nothing.
  CHECK(run("Warning signs were posted on the pier.").claims.empty());
  CHECK(run("Holding the rope, Ruiz climbed onto the pier.").claims.empty());
}

TEST_CASE("a quotation in a clause with its own subject and verb is not the next clause's") {
  auto d = run("Ruiz called the ferry plan “a gift to the island,” while Beck said the cost was too high.");
  REQUIRE(d.quotes.size() == 1);
  CHECK(speaker_of(d, d.quotes[0].speaker) == "Ruiz");
  const Claim* other = reported_starting(d, "the cost");
  REQUIRE(other != nullptr);
  CHECK(speaker_of(d, other->speaker) == "Beck");
  // The same with "but" and "and", and a fragment inside a reported clause.
  for (const QuoteSpeakerCase& k : std::initializer_list<QuoteSpeakerCase>{
           {"The mayor described the new toll as “fair and overdue,” but critics said it would hurt commuters.", "mayor"},
           {"Ana Ruiz said the pier was “beyond repair,” and Tom Beck said the council would vote in May.", "Ana Ruiz"},
       })
    check_only_quote_speaker(k);
  // With no cue before it the quotation has no speaker, rather than the next clause's.
  auto g = run("The plan is “a gift to the island,” while Beck said the cost was too high.");
  REQUIRE(g.quotes.size() == 1);
  CHECK(speaker_of(g, g.quotes[0].speaker) != "Beck");
  // Traps: the cue right after the quotation still reports it, and so does a long subject.
  check_only_quote_speaker({"“The plan is a gift to the island,” Beck said, while Ruiz disagreed.", "Beck"});
  auto i = run("“We have waited long enough,” the head of the riders' group said.");
  REQUIRE(i.quotes.size() == 1);
  CHECK(i.quotes[0].speaker != kNone);
}
