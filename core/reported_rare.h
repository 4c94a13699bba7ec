// Rare-path rules of reported speech: tests that run only at a candidate cue
// or at a clause's edge, never once per word. They live out of line, compiled
// for size (CMakeLists.txt: SIZE_SOURCES), so that each rule costs the page its
// own few bytes instead of growing annotate()'s one inlined body.
#pragma once

#include <cstddef>
#include <optional>

#include "paragraph_view.h"
#include "speaker_phrases.h"

namespace claimscope {

/// "A petition calling on the mayor to resign has passed …": the first finite
/// auxiliary in tokens [a, b) of v ("has", "was", "will"), where the subject's
/// own verb takes over from the appeal; b when there is none, or when a clause
/// opens first ("to admit that the plan has failed" keeps its "has").
[[gnu::noinline, gnu::cold]] size_t before_subject_verb(const ParagraphView& v, size_t a, size_t b);

/// Tokens [a, b) of v are a count of time back or on from the story's moment:
/// "Eight years ago", "Two days later", "A week earlier" (a period noun before
/// ago / later / earlier, a few words in all).
[[gnu::noinline, gnu::cold]] bool counts_time(const ParagraphView& v, size_t a, size_t b);

/// "praised Lena Fox in her last speech", "endorsed Mr. Orr at a rally on the pier": after
/// the speech act at `verb`, an object that is a name (a run of capitalised words) ends
/// before a phrase of time or place (kObjectSettingOpeners), which is the reporter's setting,
/// not what was said. The opener's token, else `end`. A verb of kThatCues (is_that_cue: "shows",
/// "found", "hopes", "fears", …) keeps its phrase: "a poll shows Lee at 40 percent" has the
/// finding there. (The test is the whole that-cue table, not only its verbs of evidence.)
[[gnu::noinline]] size_t named_object_end(const ParagraphView& v, size_t verb, size_t end);

/// ", and he …", ", and they …": at the comma k, "and" and a subject pronoun with a word
/// after it open a second clause of the writer's; the reported content ends at the comma.
/// (", and that …" goes on: a second clause of the same report; so does a second clause
/// with a quotation in it, which makes it the speaker's words too.)
[[gnu::noinline]] bool opens_pronoun_clause(const ParagraphView& v, size_t k, size_t end);

/// How a naming verb (kNamingVerbs) at `verb` ("called", "dubbed", "labeled") with a quotation
/// after it names its speaker when subject_of_cue finds none (`end`: the sentence end); `none`
/// for any other word:
/// - `passive`: "has been called" (nobody named: the words are common usage, no one's in
///   particular); not with an agent after "by" before the next comma;
/// - `passive_clause`: the same after "what" or "which" ("what is called a “…”");
/// - `relative`: "what former staff have called" (the words between "what" and the verb speak);
/// - `subordinate`: the same after "when", "as", "while", "after" ("when columnists called her “…”").
/// `subject` is set for the last two. After "what" or "which" the clause is a noun phrase of
/// the sentence: its content ends with the quotation.
/// (The two whose content ends with the quotation come last: `shape >= passive_clause`.)
enum class NamingShape : unsigned char { none, passive, subordinate, passive_clause, relative };
[[gnu::noinline]] NamingShape naming_shape(const ParagraphView& v, size_t verb, size_t lo, size_t end,
                                           std::optional<MentionRange>& subject);

/// "Some of her allies have described it as a lapse", "Harbour guards accused the board of
/// …": the subject of a speech act (kSpeechActVerbs) at `verb` that the mention grammar does
/// not read, as a plain speech verb's loose subject is read (loose_subject: a few words back
/// from the verb, bounded by kMaxLooseSubject), when that phrase opens its clause (the
/// sentence's start or after a comma), holds no quotation and ends in a lower-case head (a
/// name or pronoun there is the mention grammar's).
[[gnu::noinline]] std::optional<MentionRange> speech_act_subject(const ParagraphView& v, size_t verb, size_t lo);

}  // namespace claimscope
