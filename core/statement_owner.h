// Who owns a statement noun: "Ruiz's claim", "Ana Ruiz's repeated warning", "his warning".
// One reader for the quote context (owned_statement_before) and the reported-speech Finder
// (Finder::owned_statement), each of which adds its own conditions on where the owner stands.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "speaker_phrases.h"
#include "tokens.h"

namespace claimscope {

/// The owner of the statement noun at `noun`, no earlier than `lo`: a capitalised possessive
/// name ("Ruiz's", "Ana Ruiz's", "Gates’" with the apostrophe alone after an -s; the mention
/// runs from its first name word) or a possessive
/// pronoun (rules::kPossessivePronouns, any case: resolved later as its subject, "he"), before
/// the noun and at most `max_adjectives` lower-case words that are no determiner ("his own
/// claim", not "told her the claim"). nullopt when neither. The callers differ in
/// max_adjectives only: the quote context reads two ("Ruiz's recent evidence-free assertion
/// that “…”"), the Finder one (two there changes claims on the corpora: thirty-seventh round).
std::optional<MentionRange> statement_owner(const std::vector<Token>& toks, size_t noun, size_t lo,
                                            size_t max_adjectives);

}  // namespace claimscope
