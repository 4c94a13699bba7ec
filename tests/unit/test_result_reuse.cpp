// annotate() into a Result given back (the CLI's batch mode keeps one per
// thread): whatever the earlier documents were, the result is the one a new
// Result gets. And the batch mode's output through its kept buffers: each
// line as it is when processed alone.
#include <doctest/doctest.h>

#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

#include "annotate.h"
#include "annotate_scratch.h"
#include "json_output.h"
#include "jsonl.h"
#include "kept_memory.h"
#include "paragraph_view.h"
#include "speakers.h"

using namespace claimscope;

namespace {

// Texts written for this test: quotes, claims, speakers, evidence, a
// dateline, a list, a bad byte; long and short, so that a later one is
// smaller than the memory an earlier one left.
std::vector<std::string> sample_texts() {
  std::string long_article =
      "City Council Approves Bridge Budget\n\n"
      "By Dana Whitfield\n\n"
      "RIVERTON \xE2\x80\x94 The council voted 7-2 on Tuesday to spend $14 million on the old bridge.\n\n"
      "\xE2\x80\x9CWe waited long enough,\xE2\x80\x9D said Mayor Ellen Park. \xE2\x80\x9CThe repairs start in June.\xE2\x80\x9D\n\n"
      "Councilman Tom Reyes said the plan could raise taxes by 3 percent, and he warned that costs may grow.\n\n"
      "Park said she expects the work to finish by 2027. According to the city engineer, the deck is 60 years old.\n\n";
  for (int i = 0; i < 6; ++i) long_article += long_article.substr(0, 400) + "\n\n";
  return {
      long_article,
      "Short note. Nothing quoted here.",
      "\xE2\x80\x9CIt works,\xE2\x80\x9D she said.",
      "- one\n- two\n- three\n",
      "Bad byte \xFF here, said the clerk.",
      "",
      long_article.substr(0, 700),
  };
}

std::string fresh_json(const std::string& text, const Options& options) {
  const Result r = annotate(text, options);
  return r.ok() ? to_json(r.doc, Unit::utf16, true) : "error: " + r.error;
}

std::string reused_json(const std::string& text, const Options& options, Result& kept) {
  annotate(text, options, kept);
  return kept.ok() ? to_json(kept.doc, Unit::utf16, true) : "error: " + kept.error;
}

// Many paragraphs with quotes and reported speech: more than the sixteen
// kept paragraph views, so a later document finds every view's buffers
// holding an earlier one's tokens. `repeat` sets the size.
std::string many_paragraphs(int repeat) {
  std::string text = "Harbour Plan Divides Town\n\n";
  for (int i = 0; i < repeat; ++i) {
    text += "Officials said the harbour plan would cost " + std::to_string(10 + i) + " million dollars.\n\n";
    text += "\xE2\x80\x9CWe cannot wait,\xE2\x80\x9D said Councillor Mira Osei. \xE2\x80\x9CThe piers are failing.\xE2\x80\x9D\n\n";
    text += "Fishing crews, who warned that rents may rise, asked for a vote.\n\n";
  }
  return text;
}

}  // namespace

TEST_CASE("annotate into a kept Result gives what a new Result gets, in any order") {
  const std::vector<std::string> texts = sample_texts();
  for (Stage stage : {Stage::full, Stage::structure, Stage::segment}) {
    Options options;
    options.stage = stage;
    Result kept;
    // Forwards, backwards, and each text twice in a row.
    std::vector<size_t> order;
    for (size_t i = 0; i < texts.size(); ++i) order.push_back(i);
    for (size_t i = texts.size(); i-- > 0;) order.insert(order.end(), {i, i});
    for (size_t i : order) {
      CAPTURE(i);
      CHECK(reused_json(texts[i], options, kept) == fresh_json(texts[i], options));
      CHECK(kept.non_ascii.starts.empty());
    }
  }
}

TEST_CASE("annotate into a kept Result: documents larger and smaller than the kept buffers") {
  // 3 paragraphs, ~60 (beyond the kept views), ~6,000 (~300 KB of text: its
  // buffers exceed kKeptBytes and are freed after it), then small again.
  const std::vector<std::string> texts = {many_paragraphs(1), many_paragraphs(20), many_paragraphs(2000),
                                          many_paragraphs(1), "No quote.", many_paragraphs(20)};
  Options options;
  Result kept;
  for (size_t i = 0; i < texts.size(); ++i) {
    CAPTURE(i);
    CHECK(reused_json(texts[i], options, kept) == fresh_json(texts[i], options));
  }
  // One paragraph per attribution batch: the views are built and given back
  // in other orders than the default batches'.
  Result small_batches;
  small_batches.doc.attribution_batch_bytes = 1;
  for (size_t i : {1u, 0u, 5u}) {
    CAPTURE(i);
    const std::string got = reused_json(texts[i], options, small_batches);
    CHECK(got == fresh_json(texts[i], options));
  }
}

// What the kept lists of attribution and the roles hold between documents:
// hedged claims, coordinated speakers, a quotation over two paragraphs (its
// pieces share a speaker), a person named without a claim and a pronoun
// after it, a byline and a credit line for the roles' features.
std::vector<std::string> kept_list_texts() {
  const std::string article =
      "Ferry Fares Could Rise Next Year\n\n"
      "By Lena Marsh\n\n"
      "Harbour Director Jonas Keel toured the new terminal on Monday.\n\n"
      "He said the fares would probably rise by 8 percent, and he added that the timetable may change.\n\n"
      "Oslo and Bergen warned that the subsidy could end. The agency estimated that 900 trips were cancelled.\n\n"
      "\xE2\x80\x9CWe have no other choice. The boats are old and the fuel is dear.\n\n"
      "\xE2\x80\x9C" "But the crews will stay,\xE2\x80\x9D said Keel.\n\n"
      "Photo: Harbour Agency\n\n";
  std::string longer = article;
  for (int i = 0; i < 40; ++i) longer += "Officials said the repairs might take " + std::to_string(i + 2) + " weeks.\n\n";
  return {longer, article, "A line without a claim.", article.substr(0, 300), longer + article, "\xE2\x80\x9CYes.\xE2\x80\x9D"};
}

TEST_CASE("annotate into a kept Result: attribution's and the roles' kept lists, stage after stage") {
  const std::vector<std::string> texts = kept_list_texts();
  Result kept;
  // Every text after every other, forwards and backwards, the stage changing
  // from one document to the next (a structure-stage document leaves the
  // roles' and the lowered copy's buffers, but no attribution lists).
  const Stage stages[] = {Stage::full, Stage::structure, Stage::full, Stage::segment};
  size_t call = 0;
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t k = 0; k < texts.size(); ++k) {
      const size_t i = pass == 0 ? k : texts.size() - 1 - k;
      Options options;
      options.stage = stages[call++ % 4];
      CAPTURE(i);
      CAPTURE(int(options.stage));
      CHECK(reused_json(texts[i], options, kept) == fresh_json(texts[i], options));
      CHECK(kept.scratch.bytes() <= kKeptBytes);
    }
  }
  // Full annotation after each text in turn: the hedges, speakers and claims of
  // a document never see an earlier one's.
  Options full;
  for (size_t i = 0; i < texts.size(); ++i) {
    for (size_t j = 0; j < texts.size(); ++j) {
      CAPTURE(i);
      CAPTURE(j);
      annotate(texts[i], full, kept);
      CHECK(reused_json(texts[j], full, kept) == fresh_json(texts[j], full));
    }
  }
}

TEST_CASE("annotate into a kept Result frees its scratch after a document larger than kKeptBytes") {
  Options options;
  Result kept;
  annotate(many_paragraphs(3), options, kept);
  const size_t small = kept.scratch.bytes();
  CHECK(small > 0);
  CHECK(small <= kKeptBytes);
  annotate(many_paragraphs(6000), options, kept);  // ~900 KB of text: its lowered copy alone passes kKeptBytes
  CHECK(kept.scratch.bytes() == 0);
  CHECK(reused_json(many_paragraphs(3), options, kept) == fresh_json(many_paragraphs(3), options));
  CHECK(kept.scratch.bytes() == small);
}

TEST_CASE("a copy of a kept Result annotates as a new one") {
  Options options;
  Result kept;
  annotate(many_paragraphs(20), options, kept);
  Result copy = kept;  // a copy shares no buffers with the original
  const std::string text = many_paragraphs(3);
  CHECK(reused_json(text, options, copy) == fresh_json(text, options));
  CHECK(reused_json(text, options, kept) == fresh_json(text, options));
  kept = copy;
  CHECK(reused_json(text, options, kept) == fresh_json(text, options));
}

TEST_CASE("a kept Result loses an earlier document's error, warning and listed characters") {
  Options options;
  options.max_input_bytes = 40;
  Result kept;
  annotate(std::string(50, 'a'), options, kept);
  CHECK_FALSE(kept.ok());
  annotate("Bad \xFF byte.", options, kept);
  REQUIRE(kept.ok());
  CHECK(kept.doc.warnings.size() == 1);
  annotate("Fine.", options, kept);
  CHECK(kept.ok());
  CHECK(kept.doc.warnings.empty());

  options.list_non_ascii = true;
  annotate("caf\xC3\xA9 \xE2\x80\x94 fine, and a few more words.", options, kept);
  CHECK(kept.non_ascii.complete);
  CHECK(kept.non_ascii.starts == decltype(kept.non_ascii.starts){3, 6});
  options.list_non_ascii = false;
  annotate("plain.", options, kept);
  CHECK_FALSE(kept.non_ascii.complete);
  CHECK(kept.non_ascii.starts.empty());
}

TEST_CASE("the batch mode writes each line as process_line writes it alone") {
  // Lines whose outputs grow, shrink and grow again (the result buffers keep
  // their room), an error line between them, and a blank line.
  const std::vector<std::string> texts = sample_texts();
  std::vector<std::string> lines;
  for (size_t i : {0, 1, 2, 0, 3, 4, 5, 6, 0, 1}) {
    std::string escaped;
    for (char c : texts[i]) {
      if (c == '\n') escaped += "\\n";
      else if (c == '"' || c == '\\') escaped += std::string("\\") + c;
      else escaped += c;
    }
    lines.push_back("{\"id\": " + std::to_string(lines.size()) + ", \"text\": \"" + escaped + "\"}");
  }
  lines.insert(lines.begin() + 4, "not json");
  for (unsigned threads : {1u, 2u}) {
    cli::JsonlOptions options;
    options.threads = threads;
    std::string expected;
    for (const std::string& line : lines) {
      std::string out = "left over";
      cli::process_line(line, options, out);
      expected += out + "\n";
    }
    std::string input;
    for (const std::string& line : lines) input += line + "\n\n";
    std::istringstream in(input);
    std::FILE* out = std::tmpfile();
    REQUIRE(out != nullptr);
    REQUIRE(cli::run_jsonl(in, out, options));
    std::string written(size_t(std::ftell(out)), '\0');
    std::rewind(out);
    CHECK(std::fread(written.data(), 1, written.size(), out) == written.size());
    std::fclose(out);
    CHECK(written == expected);
  }
}

// The Attributor borrows the kept lists' memory for its run and gives it back
// when the run ends: after a document with claims the scratch holds it
// (within kKeptBytes), and the same document again grows nothing.
TEST_CASE("annotate into a kept Result: attribution's lists go back to the scratch after the run") {
  Options options;
  Result kept;
  const std::string text = many_paragraphs(20);
  annotate(text, options, kept);
  REQUIRE(kept.ok());
  REQUIRE_FALSE(kept.doc.claims.empty());
  const size_t lists = AnnotateScratch::bytes_of(kept.scratch.get().attribution);
  CHECK(lists > 0);
  const size_t all = kept.scratch.bytes();
  CHECK(all <= kKeptBytes);
  CHECK(reused_json(text, options, kept) == fresh_json(text, options));
  CHECK(AnnotateScratch::bytes_of(kept.scratch.get().attribution) == lists);
  CHECK(kept.scratch.bytes() == all);
}

// The paragraph views' bytes are a sum kept as each view is built
// (ParagraphViewBuffers::bytes), not a walk of the slots: after documents of
// every size, and after a slot gave a long paragraph's buffers back, the sum
// is the walk's count.
TEST_CASE("annotate into a kept Result: the views' kept byte count equals a count of the slots") {
  std::string one_long_paragraph = "Officials said";
  for (int i = 0; i < 3000; ++i) one_long_paragraph += " the ferry would run late";
  one_long_paragraph += ".\n\nShort line after it.\n\n";
  const std::vector<std::string> texts = {many_paragraphs(1), many_paragraphs(20), one_long_paragraph,
                                          many_paragraphs(3), "", many_paragraphs(2000), many_paragraphs(1)};
  Options options;
  Result kept;
  for (size_t i = 0; i < texts.size(); ++i) {
    CAPTURE(i);
    annotate(texts[i], options, kept);
    const ParagraphViewBuffers& views = kept.scratch.get().views;
    CHECK(views.bytes() == views.counted_bytes());
    CHECK(kept.scratch.bytes() <= kKeptBytes);
  }
  // A document that frees the views (its scratch passed kKeptBytes) leaves a count of 0.
  annotate(many_paragraphs(6000), options, kept);
  CHECK(kept.scratch.bytes() == 0);
  annotate(many_paragraphs(2), options, kept);
  CHECK(kept.scratch.get().views.bytes() == kept.scratch.get().views.counted_bytes());
}

// The speaker registry is kept from one document to the next (its name
// tables set up once): each document starts with none of an earlier one's
// people, groups, pending person or recent speakers.
TEST_CASE("annotate into a kept Result: the kept speaker registry forgets the earlier document") {
  const std::vector<std::string> texts = {
      // A person named without a claim at the end: a pending "she" for the next document, if it leaked.
      "\xE2\x80\x9CThe dock is safe,\xE2\x80\x9D said Harbour Director Jonas Keel.\n\n"
      "Mayor Greta Lind toured the pier on Friday.",
      // Opens with pronouns: a new registry has nobody for them.
      "She said the budget was tight. They warned that the plan could fail. It said nothing more.",
      // Two of one surname, a group, an organisation.
      "Oslo and Bergen said the subsidy would end. Ana Lind said the fares would rise. "
      "The Harbour Agency said it had no money. Tomas Lind said he disagreed.",
      "Lind said the talks had failed. \xE2\x80\x9CWe tried,\xE2\x80\x9D Keel said.",
  };
  // More than a thousand surnames: the name table grows past the buckets it keeps.
  std::string many_names;
  for (int i = 0; i < 1500; ++i) {
    std::string surname = "Q";
    for (int k = i; k > 0 || surname.size() == 1; k /= 26) surname += char('a' + k % 26);
    many_names += "Inspector Ada " + surname + "son said the pier was closed.\n\n";
  }
  Options options;
  Result kept;
  std::vector<size_t> order;
  for (size_t i = 0; i < texts.size(); ++i) order.push_back(i);
  for (size_t i = texts.size(); i-- > 0;) order.push_back(i);
  for (size_t i : order) {
    CAPTURE(i);
    CHECK(reused_json(texts[i], options, kept) == fresh_json(texts[i], options));
  }
  CHECK(reused_json(many_names, options, kept) == fresh_json(many_names, options));
  for (size_t i : order) {
    CAPTURE(i);
    CHECK(reused_json(texts[i], options, kept) == fresh_json(texts[i], options));
  }
}

// The registry itself: after start(), the calls of a document give what a
// new registry gives, whatever the one before it added.
TEST_CASE("a SpeakerRegistry started again answers as a new one") {
  const std::string first = "Mayor Greta Lind met Jonas Keel and the Harbour Agency.";
  const std::string second = "Ana Lind said it. She said more. They said it.";
  auto run_first = [&](SpeakerRegistry& r) {
    r.add_named({"Greta Lind", true}, {6, 16}, 0);
    r.add_named({"Jonas Keel", true}, {21, 31}, 0);
    std::vector<int32_t> group = {0, 1};
    r.add_group(group, 0);
    r.add_named({"Harbour Agency", false}, {40, 54}, 1);
    r.note_person({"Greta Lind", true}, {6, 16}, 1, true);
    r.finish();
  };
  auto run_second = [&](SpeakerRegistry& r) {
    std::vector<int32_t> group;
    std::vector<int32_t> got;
    got.push_back(r.add_pronoun({0, 3}, "she", 0, group));  // nobody yet
    got.push_back(r.add_named({"Ana Lind", true}, {0, 8}, 0));
    got.push_back(r.add_named({"Lind", true}, {0, 4}, 1));
    got.push_back(r.add_pronoun({19, 22}, "she", 1, group));
    got.push_back(r.add_pronoun({33, 37}, "they", 1, group));
    got.push_back(r.add_named({"Harbour Agency", false}, {40, 54}, 2));
    r.finish();
    return got;
  };
  std::vector<Speaker> fresh_speakers;
  SpeakerRegistry fresh(fresh_speakers, second);
  const std::vector<int32_t> expected = run_second(fresh);

  SpeakerRegistry kept;
  std::vector<Speaker> earlier;
  kept.start(earlier, first);
  run_first(kept);
  CHECK(kept.bytes() > 0);
  std::vector<Speaker> speakers;
  kept.start(speakers, second);
  CHECK(run_second(kept) == expected);
  REQUIRE(speakers.size() == fresh_speakers.size());
  for (size_t i = 0; i < speakers.size(); ++i) {
    CHECK(speakers[i].name == fresh_speakers[i].name);
    CHECK(speakers[i].aliases == fresh_speakers[i].aliases);
    CHECK(speakers[i].mentions == fresh_speakers[i].mentions);
  }
}

// The speakers' memory is kept from one document to the next (KeptSpeakers in
// the scratch): a document's speakers, their names, aliases and mentions are a
// new Result's whatever the speakers before them held, and what is kept stays
// small (a speaker named hundreds of times, or more than kMaxKept speakers,
// keeps nothing beyond the bound).
TEST_CASE("annotate into a kept Result: speakers reuse an earlier document's speakers' memory") {
  // Written for this test: long and short names, aliases (a fuller name later), one speaker
  // named very often, many speakers.
  std::string often;
  for (int i = 0; i < 300; ++i) often += "\xE2\x80\x9CThe pier is open,\xE2\x80\x9D Harbour Director Jonas Keel said.\n\n";
  std::string crowd;
  for (int i = 0; i < 150; ++i) {
    std::string surname = "V";
    for (int k = i; k > 0 || surname.size() == 1; k /= 26) surname += char('a' + k % 26);
    crowd += "Inspector Ida " + surname + "berg-Lindqvist said the fares would rise.\n\n";
  }
  const std::vector<std::string> texts = {
      "Lind said the talks had failed. Later Mayor Greta Lind said the talks would resume. "
      "The Regional Harbour and Fisheries Authority said it had no money.",
      often,
      "\xE2\x80\x9CWe tried,\xE2\x80\x9D Keel said. Ana Lind said the fares would rise.",
      crowd,
      "Short note. Nobody speaks.",
      "She said the budget was tight.",
  };
  Options options;
  Result kept;
  for (int round = 0; round < 2; ++round) {
    for (size_t i = 0; i < texts.size(); ++i) {
      CAPTURE(round);
      CAPTURE(i);
      CHECK(reused_json(texts[i], options, kept) == fresh_json(texts[i], options));
      if (AnnotateScratch* scratch = kept.scratch.made()) CHECK(scratch->bytes() <= kKeptBytes);
    }
  }
}

namespace {
// A speaker's heap memory, as KeptSpeakers counts it; 0 for one it does not keep.
size_t speaker_heap(const Speaker& s) {
  if (s.name.capacity() > KeptSpeakers::kMaxName || s.aliases.capacity() > KeptSpeakers::kMaxAliases ||
      s.mentions.capacity() > KeptSpeakers::kMaxMentions) {
    return 0;
  }
  size_t n = s.name.capacity() > std::string().capacity() ? s.name.capacity() + 1 : 0;
  return n + s.aliases.capacity() * sizeof(std::string) + s.mentions.capacity() * sizeof(Span);
}
}  // namespace

TEST_CASE("KeptSpeakers gives back emptied speakers, counts what it holds and keeps only small ones") {
  KeptSpeakers spares;
  const size_t empty_bytes = spares.bytes();
  std::vector<Speaker> speakers;
  // A document: a few speakers with long names, aliases and mentions, one far too large to keep.
  for (int i = 0; i < 5; ++i) {
    spares.add(speakers, "Speaker with a name longer than the inline room " + std::to_string(i));
    speakers.back().aliases.push_back("Alias " + std::to_string(i));
    for (uint32_t m = 0; m < 5; ++m) speakers.back().mentions.push_back({m, m + 1});
  }
  for (uint32_t m = 0; m < 1000; ++m) speakers[3].mentions.push_back({m, m + 2});
  spares.take_back(speakers);
  CHECK(speakers.empty());
  // The next document: the kept speakers come back empty but for the new name, their memory kept.
  for (int i = 0; i < 7; ++i) {
    spares.add(speakers, i == 1 ? "Ek" : "Another speaker whose name is long " + std::to_string(i));
    const Speaker& s = speakers.back();
    CHECK(s.aliases.empty());
    CHECK(s.mentions.empty());
    CHECK(s.name == (i == 1 ? "Ek" : "Another speaker whose name is long " + std::to_string(i)));
    if (i < 5 && i != 3) CHECK(s.mentions.capacity() >= 5);   // kept
    if (i == 3) CHECK(s.mentions.capacity() <= KeptSpeakers::kMaxMentions);  // the large one was not kept
  }
  // What it holds is its own count of its speakers' memory.
  size_t held = 0;
  for (const Speaker& s : speakers) held += speaker_heap(s);
  spares.take_back(speakers);
  CHECK(spares.bytes() - empty_bytes == held);
  // More speakers than kMaxKept: the rest are freed, the count stays exact.
  for (size_t i = 0; i < 3 * KeptSpeakers::kMaxKept; ++i) {
    spares.add(speakers, "A name past the inline room of a string " + std::to_string(i));
    speakers.back().mentions.push_back({0, 1});
  }
  held = 0;
  for (size_t i = 0; i < KeptSpeakers::kMaxKept; ++i) held += speaker_heap(speakers[i]);
  spares.take_back(speakers);
  CHECK(spares.bytes() - empty_bytes == held);
  CHECK(spares.bytes() <= empty_bytes + KeptSpeakers::kMaxKept * (KeptSpeakers::kMaxName + 1 +
                                                                   KeptSpeakers::kMaxAliases * sizeof(std::string) +
                                                                   KeptSpeakers::kMaxMentions * sizeof(Span)));
}
