#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "annotate.h"
#include "compare.h"
#include "compare_speakers.h"
#include "compare_text.h"

using namespace claimscope;

namespace {

std::vector<Document> annotate_all(const std::vector<std::string>& texts) {
  std::vector<Document> docs;
  for (const auto& t : texts) docs.push_back(annotate(t).doc);
  return docs;
}

std::vector<const Document*> pointers(const std::vector<Document>& docs) {
  std::vector<const Document*> out;
  for (const auto& d : docs) out.push_back(&d);
  return out;
}

std::string member_text(const std::vector<Document>& docs, const ClusterMember& m) {
  return docs[m.article].text.substr(m.span.start, m.span.size());
}

// The cluster holding a claim of `article` whose text contains `needle`, or nullptr.
const ClaimCluster* cluster_with(const CompareResult& r, const std::vector<Document>& docs, uint32_t article,
                                 const std::string& needle) {
  for (const auto& c : r.clusters)
    for (const auto& m : c.members)
      if (m.article == article && member_text(docs, m).find(needle) != std::string::npos) return &c;
  return nullptr;
}

bool has_article(const ClaimCluster& c, uint32_t article) {
  for (const auto& m : c.members)
    if (m.article == article) return true;
  return false;
}

}  // namespace

TEST_CASE("light stemming makes inflections meet") {
  CHECK(stem_word("troops") == stem_word("troop"));
  CHECK(stem_word("moving") == stem_word("move"));
  CHECK(stem_word("moved") == stem_word("move"));
  CHECK(stem_word("forces") == stem_word("force"));
  CHECK(stem_word("agencies") == stem_word("agency"));
  CHECK(stem_word("russia\xE2\x80\x99s") == stem_word("russia"));
  CHECK(stem_word("is") == "is");  // too short to strip
}

TEST_CASE("claim content: stop words and reporting verbs out, numbers normalised, no synonym table") {
  std::string text = "the council will cut 1,200 jobs within three weeks";
  ClaimContent c = claim_content(text, {0, uint32_t(text.size())});
  CHECK(std::find(c.terms.begin(), c.terms.end(), "the") == c.terms.end());
  CHECK(std::find(c.numbers.begin(), c.numbers.end(), "1200") != c.numbers.end());
  CHECK(std::find(c.numbers.begin(), c.numbers.end(), "3") != c.numbers.end());
  CHECK(std::find(c.terms.begin(), c.terms.end(), "cut") != c.terms.end());
  CHECK_FALSE(c.grams.empty());
  std::string reported = "officials announced that the bridge reopened";
  ClaimContent r = claim_content(reported, {0, uint32_t(reported.size())});
  CHECK(std::find(r.terms.begin(), r.terms.end(), stem_word("announced")) == r.terms.end());
  CHECK(std::find(r.terms.begin(), r.terms.end(), stem_word("bridge")) != r.terms.end());
}

TEST_CASE("bounded edit distance") {
  CHECK(bounded_edit_distance("anthony", "antony", 2) == 1);
  CHECK(bounded_edit_distance("maria", "maria", 1) == 0);
  CHECK(bounded_edit_distance("ines", "in\xC3\xAAs", 1) == 1);  // counted in code points, not bytes
  CHECK(bounded_edit_distance("john", "elizabeth", 2) == 3);  // gave up past the limit
}

TEST_CASE("speakers merge across articles: spelling drift, titles, bare surnames, institutions") {
  auto docs = annotate_all({
      "Finance Minister Katarina Olsen said the budget would be balanced by next year.",
      "Katharina Olsen said the budget will be balanced next year. The Treasury said tax revenue rose.",
      "\"We will balance the budget,\" Minister Olsen said. The Treasury said tax revenue rose sharply.",
      "Peter Olsen, a farmer, said prices were too low.",
  });
  auto r = compare_documents(pointers(docs));
  REQUIRE(r.speaker_map.size() == 4);
  auto global_of = [&](uint32_t a, const std::string& name) {
    for (size_t s = 0; s < docs[a].speakers.size(); ++s)
      if (docs[a].speakers[s].name.find(name) != std::string::npos) return r.speaker_map[a][s];
    return kNone;
  };
  int32_t olsen = global_of(0, "Olsen");
  REQUIRE(olsen != kNone);
  CHECK(global_of(1, "Olsen") == olsen);
  CHECK(r.speakers[olsen].person);
  CHECK(r.speakers[olsen].articles.size() >= 2);
  // A different given name is a different person.
  CHECK(global_of(3, "Olsen") != olsen);
  // An institution named more or less fully, or through its spokesman, is one speaker.
  auto ministries = annotate_all({
      "The Ministry of Defence said the drill had ended.",
      "A spokesman for the Valorian Ministry of Defence said the drill was over.",
      "Valoria's defence ministry said the drill had ended on time.",
  });
  auto rm = compare_documents(pointers(ministries));
  REQUIRE(ministries[0].speakers.size() == 1);
  REQUIRE(ministries[1].speakers.size() == 1);
  REQUIRE(ministries[2].speakers.size() == 1);
  CHECK(rm.speaker_map[0][0] == rm.speaker_map[1][0]);
  CHECK(rm.speaker_map[0][0] == rm.speaker_map[2][0]);
  // Inside two longer names it could mean either: it stays apart.
  auto two = annotate_all({
      "The Ministry of Defence said the drill had ended.",
      "Valoria's defence ministry said the drill was over.",
      "Brenland's defence ministry said the drill had ended.",
  });
  auto rt = compare_documents(pointers(two));
  REQUIRE(two[0].speakers.size() == 1);
  CHECK(rt.speaker_map[0][0] != rt.speaker_map[1][0]);
  CHECK(rt.speaker_map[0][0] != rt.speaker_map[2][0]);
  CHECK(rt.speaker_map[1][0] != rt.speaker_map[2][0]);
  int32_t treasury = global_of(1, "Treasury");
  REQUIRE(treasury != kNone);
  CHECK(global_of(2, "Treasury") == treasury);
  CHECK_FALSE(r.speakers[treasury].person);
}

TEST_CASE("a one-word name an article also writes in lower case is a description, not a name") {
  // "Union says ..." in a headline and "a dock workers' union" in the body:
  // the capital comes from the headline, the speaker is described.
  Document a, b;
  a.speakers.push_back({"Union", {"dock workers' union"}, {}});
  a.speakers.push_back({"Harbour", {}, {}});
  b.speakers.push_back({"Kremlin", {"the Kremlin"}, {}});
  b.speakers.push_back({"Tessa Morn", {"Morn"}, {}});
  MergedSpeakers m = merge_speakers({&a, &b});
  CHECK(m.speakers[m.map[0][0]].described);
  CHECK_FALSE(m.speakers[m.map[0][1]].described);  // no lower-case form: taken for a name
  CHECK_FALSE(m.speakers[m.map[1][0]].described);  // "the Kremlin" capitalises it too
  CHECK_FALSE(m.speakers[m.map[1][1]].described);
}

TEST_CASE("a paraphrased quote and a reported version align; numbers anchor") {
  auto docs = annotate_all({
      "Mayor Lena Fischer said on Monday that the city would hire 250 new teachers before the autumn term.",
      "The city will recruit 250 more teachers ahead of the autumn term, Mayor Lena Fisher announced. "
      "Separately, the fire brigade said a warehouse blaze was under control.",
      "\"We are hiring 250 new teachers before autumn,\" Fischer told reporters.",
  });
  auto r = compare_documents(pointers(docs));
  const ClaimCluster* c = cluster_with(r, docs, 0, "250 new teachers");
  REQUIRE(c != nullptr);
  CHECK_FALSE(c->unique);
  CHECK(has_article(*c, 1));
  CHECK(has_article(*c, 2));
  CHECK(c->score > 0.3f);
  CHECK(c->speaker != kNone);
  // The fire brigade's claim is only in article 1.
  const ClaimCluster* fire = cluster_with(r, docs, 1, "blaze");
  REQUIRE(fire != nullptr);
  CHECK(fire->unique);
  CHECK(fire->members.size() == 1);
  CHECK(fire->score == 0.0f);
}

TEST_CASE("different numbers keep otherwise similar claims apart") {
  auto docs = annotate_all({
      "The ministry said 40 people were injured in the storm.",
      "The ministry said 900 homes lost power in the storm.",
  });
  auto r = compare_documents(pointers(docs));
  const ClaimCluster* c = cluster_with(r, docs, 0, "40 people");
  REQUIRE(c != nullptr);
  CHECK(c->unique);
}

TEST_CASE("word diff lists what differs from the first member") {
  auto docs = annotate_all({
      "The agency said critical supplies were reaching the northern villages.",
      "The agency said important supplies were reaching the northern villages by road.",
  });
  auto r = compare_documents(pointers(docs));
  const ClaimCluster* c = cluster_with(r, docs, 0, "supplies");
  REQUIRE(c != nullptr);
  REQUIRE(c->members.size() == 2);
  REQUIRE(c->diff.size() == 2);
  CHECK(c->diff[0].added.empty());
  CHECK(c->diff[0].removed.empty());
  const WordDiff& d = c->diff[1];
  CHECK(std::find(d.removed.begin(), d.removed.end(), "critical") != d.removed.end());
  CHECK(std::find(d.added.begin(), d.added.end(), "important") != d.added.end());
  CHECK(std::find(d.added.begin(), d.added.end(), "road") != d.added.end());
  CHECK(std::find(d.added.begin(), d.added.end(), "supplies") == d.added.end());
}

TEST_CASE("members are sorted, spans lie inside their article, every claim is in one cluster") {
  auto docs = annotate_all({
      "\"The bridge is safe,\" engineer Tom Reyes said. The union said workers would strike on Friday.",
      "Workers will strike on Friday, the union said. Tom Reyes, an engineer, said the bridge was safe.",
      "Officials said nothing.",
  });
  auto r = compare_documents(pointers(docs));
  size_t total = 0;
  for (const auto& c : r.clusters) {
    REQUIRE_FALSE(c.members.empty());
    CHECK(c.diff.size() == c.members.size());
    for (size_t k = 0; k < c.members.size(); ++k) {
      const auto& m = c.members[k];
      REQUIRE(m.article < docs.size());
      REQUIRE(m.claim < docs[m.article].claims.size());
      CHECK(m.span == docs[m.article].claims[m.claim].span);
      CHECK(m.span.end <= docs[m.article].text.size());
      if (k > 0) CHECK(c.members[k - 1].article <= m.article);
    }
    total += c.members.size();
  }
  size_t claims = 0;
  for (const auto& d : docs) claims += d.claims.size();
  CHECK(total == claims);
  const ClaimCluster* strike = cluster_with(r, docs, 0, "strike");
  REQUIRE(strike != nullptr);
  CHECK(has_article(*strike, 1));
  const ClaimCluster* bridge = cluster_with(r, docs, 0, "bridge");
  REQUIRE(bridge != nullptr);
  CHECK(has_article(*bridge, 1));
  CHECK(bridge != strike);
}

TEST_CASE("empty inputs, one article, no articles") {
  CHECK(compare_documents({}).clusters.empty());
  auto empty = annotate_all({"", ""});
  auto r = compare_documents(pointers(empty));
  CHECK(r.clusters.empty());
  CHECK(r.speaker_map.size() == 2);
  auto one = annotate_all({"The union said workers would strike on Friday. The mayor said talks would resume."});
  auto r1 = compare_documents(pointers(one));
  CHECK(r1.clusters.size() == one[0].claims.size());
  for (const auto& c : r1.clusters) CHECK(c.unique);
}

TEST_CASE("fifty articles of junk and repetition stay bounded and well-formed") {
  std::vector<std::string> texts;
  for (int i = 0; i < 50; ++i) {
    std::string t;
    for (int j = 0; j < 40; ++j) {
      t += "Officials said the " + std::to_string(i * j) + " trucks would arrive soon. ";
      t += "\"Same words again and again,\" the spokesman said. ";
    }
    static constexpr char kJunk[] = "\xFF\xFE\x00\x01 binary \xE2\x80\x9C unclosed quote said";
    t += std::string(kJunk, sizeof kJunk - 1);  // keeps the NUL byte
    texts.push_back(t);
  }
  auto docs = annotate_all(texts);
  auto r = compare_documents(pointers(docs));
  size_t total = 0, claims = 0;
  for (const auto& c : r.clusters) {
    total += c.members.size();
    // One article never gives more than two (consecutive) statements to a
    // cluster; copies of one statement (same words) count once.
    std::vector<std::vector<std::string>> per_article(docs.size());
    for (const auto& m : c.members) per_article[m.article].push_back(member_text(docs, m));
    for (auto& texts_of : per_article) {
      std::sort(texts_of.begin(), texts_of.end());
      texts_of.erase(std::unique(texts_of.begin(), texts_of.end()), texts_of.end());
      CHECK(texts_of.size() <= 2);
    }
  }
  for (const auto& d : docs) claims += d.claims.size();
  CHECK(total == claims);
  CHECK(r.speakers.size() < 60);
}

TEST_CASE("names meet their adjectives: capitalised words are compared on their first letters") {
  std::string a = "ferries to Corsica were cancelled";
  std::string b = "the Corsican ferries were cancelled";
  ClaimContent ca = claim_content(a, {0, uint32_t(a.size())});
  ClaimContent cb = claim_content(b, {0, uint32_t(b.size())});
  std::vector<std::string> shared;
  std::set_intersection(ca.terms.begin(), ca.terms.end(), cb.terms.begin(), cb.terms.end(), std::back_inserter(shared));
  CHECK(std::find(shared.begin(), shared.end(), "corsi") != shared.end());
}

TEST_CASE("a headline that repeats part of a body quotation joins that quotation's cluster") {
  auto docs = annotate_all({
      "Mayor says \u2018bridge must close\u2019\n\n"
      "\u201CThe old bridge must close for repairs before the winter storms arrive,\u201D Mayor Ada Lind said on Monday.\n\n"
      "The council said the ferry would run every hour.",
      "Bridge to shut\n\n"
      "Mayor Ada Lind said the old bridge must close for repairs before winter storms arrive.\n\n"
      "Shops near the river said they expected fewer customers.",
  });
  auto r = compare_documents(pointers(docs));
  const ClaimCluster* quote = cluster_with(r, docs, 0, "must close for repairs");
  REQUIRE(quote != nullptr);
  CHECK_FALSE(quote->unique);
  CHECK(has_article(*quote, 1));
  const ClaimCluster* headline = cluster_with(r, docs, 0, "bridge must close\u2019");
  REQUIRE(headline != nullptr);
  CHECK(headline == quote);  // an echo of the quotation, not a claim of its own
}

TEST_CASE("a claim an article prints twice is one statement: both copies join the same cluster") {
  auto docs = annotate_all({
      "Library to close\n\n"
      "The council said the Elm Street library will close in June because of budget cuts.\n\n"
      "Readers said they would protest. The council said the Elm Street library will close in June because of budget cuts.",
      "Elm Street library to shut\n\n"
      "The Elm Street library will close in June because of budget cuts, the council said.",
  });
  auto r = compare_documents(pointers(docs));
  const ClaimCluster* c = cluster_with(r, docs, 1, "Elm Street library");
  REQUIRE(c != nullptr);
  size_t copies = 0;
  for (const auto& m : c->members) copies += m.article == 0 && member_text(docs, m).find("Elm Street library will close") != std::string::npos;
  CHECK(copies == 2);
}

TEST_CASE("a statement reported within another speaker's claim is compared on its own") {
  // The union's claim frames the company's; each outlet prints one of the two.
  auto docs = annotate_all({
      "The union accused the company of cutting night pay for dockers, a week after the company said it had hired forty new crane drivers.",
      "The company said it had hired forty new crane drivers.",
      "The union said the company was cutting night pay for dockers.",
  });
  auto r = compare_documents(pointers(docs));
  const ClaimCluster* hired = cluster_with(r, docs, 1, "forty new crane drivers");
  const ClaimCluster* pay = cluster_with(r, docs, 2, "night pay");
  REQUIRE(hired != nullptr);
  REQUIRE(pay != nullptr);
  CHECK(hired != pay);
  CHECK(has_article(*hired, 0));
  CHECK(has_article(*pay, 0));
}

TEST_CASE("a headline that compresses the lede is that statement, not a rival for its place") {
  // The headline keeps most of the lede's rarer words ("rents", "Harlow") but
  // not all ("fast" against "faster than wages"): too loose for a copy.
  auto docs = annotate_all({
      "Council says rents rising fast in Harlow\n\n"
      "The housing council said on Monday that rents in Harlow were rising faster than wages for a third year.\n\n"
      "The council said it would build two hundred flats by 2030.",
      "Harlow rents outpace wages\n\n"
      "Rents in Harlow are rising faster than wages for a third year, the housing council said.\n\n"
      "Tenants said they could not afford to stay in the town.",
  });
  auto r = compare_documents(pointers(docs));
  const ClaimCluster* lede = cluster_with(r, docs, 0, "faster than wages");
  const ClaimCluster* headline = cluster_with(r, docs, 0, "rising fast in Harlow");
  REQUIRE(lede != nullptr);
  REQUIRE(headline != nullptr);
  CHECK(headline == lede);
  CHECK(has_article(*lede, 1));
}

TEST_CASE("claims that are each other's best match across two articles link below the threshold") {
  auto docs = annotate_all({
      "Ferry cuts\n\n"
      "Mayor Ada Lind said the harbour ferry would keep running every hour through the winter.\n\n"
      "Lind said ticket prices for the ferry would stay the same next year.",
      "Island boats\n\n"
      "Mayor Ada Lind said boats to the island would continue to sail hourly in winter.\n\n"
      "Lind said fares would not change.",
  });
  // With the link threshold raised above the two ferry claims' similarity,
  // only their mutual preference links them.
  CompareOptions mutual;
  mutual.threshold = 0.40f;
  mutual.mutual_threshold = 0.30f;
  CompareOptions score_only = mutual;
  score_only.mutual_threshold = score_only.threshold;
  auto linked = compare_documents(pointers(docs), mutual);
  auto apart = compare_documents(pointers(docs), score_only);
  const ClaimCluster* ferry = cluster_with(linked, docs, 0, "keep running every hour");
  REQUIRE(ferry != nullptr);
  CHECK(has_article(*ferry, 1));
  const ClaimCluster* alone = cluster_with(apart, docs, 0, "keep running every hour");
  REQUIRE(alone != nullptr);
  CHECK(alone->unique);
}

TEST_CASE("a claim of the speaker that a framing claim answers does not join the framing claim's cluster") {
  // The first article sets the union's accusation against the mayor's
  // statement; the mayor's claim in the second article shares the union's
  // words (bus routes, northern districts) but is the other side.
  auto docs = annotate_all({
      "The union accused the city on Monday of cutting bus routes in the northern districts, a day after Mayor Ines Roth said the network had grown.",
      "Mayor Ines Roth said bus routes in the northern districts were being extended.",
      "The union said the city was cutting bus routes in the northern districts.",
  });
  auto r = compare_documents(pointers(docs));
  const ClaimCluster* accusation = cluster_with(r, docs, 0, "of cutting bus routes");
  const ClaimCluster* mayor = cluster_with(r, docs, 1, "were being extended");
  REQUIRE(accusation != nullptr);
  REQUIRE(mayor != nullptr);
  CHECK(has_article(*accusation, 2));
  CHECK(accusation != mayor);
}

TEST_CASE("claims that share only names are not linked") {
  // One speaker, two places, two different statements: the names are all
  // the two claims have in common.
  auto docs = annotate_all({
      "Ferry deal\n\nMayor Ada Lind said Harlow and Corvin would share the cost of the new ferry.\n\n"
      "Lind said the council would meet on Friday.",
      "Harbour row\n\nMayor Ada Lind said: \"Harlow owes Corvin nothing.\"\n\n"
      "Shop owners said trade had been slow all winter.",
  });
  auto r = compare_documents(pointers(docs));
  const ClaimCluster* share = cluster_with(r, docs, 0, "share the cost");
  REQUIRE(share != nullptr);
  CHECK(share->unique);
  ClaimContent c = claim_content(docs[1].text, {0, uint32_t(docs[1].text.size())});
  CHECK(std::find(c.plain.begin(), c.plain.end(), "owe") != c.plain.end());
  CHECK(std::find(c.plain.begin(), c.plain.end(), "harlo") == c.plain.end());
  // A headline in capitals has no case to tell names by: every term counts.
  std::string caps = "HARLOW FERRY FARES TO DOUBLE";
  ClaimContent h = claim_content(caps, {0, uint32_t(caps.size())});
  CHECK(h.plain == h.terms);
}

TEST_CASE("a verdict is found after a copula or ending the claim, with its negation") {
  auto verdict_of = [](const std::string& text) { return claim_content(text, {0, uint32_t(text.size())}); };
  CHECK(verdict_of("the toll plan is wrong").verdict);
  CHECK(verdict_of("the council's toll plan baseless").verdict);  // "called the council's toll plan baseless"
  CHECK(verdict_of("the toll plan was clearly unfair to drivers").verdict);
  CHECK_FALSE(verdict_of("the toll plan is wrong").verdict_negated);
  CHECK(verdict_of("the toll plan was not illegal").verdict_negated);
  CHECK(verdict_of("the toll plan wasn't illegal").verdict_negated);
  CHECK(verdict_of("the toll plan wasn\xE2\x80\x99t illegal").verdict_negated);  // typographic apostrophe
  // A remark about the plan, and a verdict word used as an attribute, pass no verdict.
  CHECK_FALSE(verdict_of("the toll plan had been expected for months").verdict);
  CHECK_FALSE(verdict_of("a dangerous bend would be widened").verdict);
}

TEST_CASE("a verdict on a plan and the same speaker's other remark on the plan stay apart") {
  // The same speaker speaks twice about the toll plan: once to judge it,
  // once to say it was expected. A third outlet reports only the remark.
  auto docs = annotate_all({
      "Toll row\n\nThe drivers' club on Friday called the city's toll plan unfair.\n\n"
      "Club chairman Omar Veld said the toll plan had been expected for a year.",
      "Drivers' club rejects tolls\n\nOmar Veld said the city's toll plan was unfair.\n\n"
      "Veld said the club would write to every councillor.",
      "Tolls ahead\n\nOmar Veld said the toll plan had been expected for some time.\n\n"
      "Shop owners said the tolls would keep buyers away.",
  });
  auto r = compare_documents(pointers(docs));
  const ClaimCluster* verdict = cluster_with(r, docs, 1, "was unfair");
  const ClaimCluster* remark = cluster_with(r, docs, 2, "had been expected");
  REQUIRE(verdict != nullptr);
  REQUIRE(remark != nullptr);
  CHECK(verdict != remark);
  CHECK_FALSE(has_article(*verdict, 2));
}

TEST_CASE("a verdict and its negation are opposite statements") {
  // Speakers described by roles could be anyone: only the negation tells
  // the two sides apart.
  auto docs = annotate_all({
      "Strike vote\n\nA port spokesman said the dock strike was illegal.\n\n"
      "Ships waited outside the harbour all day.",
      "Dock strike\n\nA union official said the dock strike was not illegal.\n\n"
      "The talks resume on Monday.",
      "Harbour closed\n\nA port spokeswoman said the dock strike was illegal.",
  });
  auto r = compare_documents(pointers(docs));
  const ClaimCluster* illegal = cluster_with(r, docs, 0, "was illegal");
  const ClaimCluster* not_illegal = cluster_with(r, docs, 1, "not illegal");
  REQUIRE(illegal != nullptr);
  REQUIRE(not_illegal != nullptr);
  CHECK(illegal != not_illegal);
  CHECK(has_article(*illegal, 2));
}
