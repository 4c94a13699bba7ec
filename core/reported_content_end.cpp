// Reported speech: where a content ends (the clause boundaries after a cue, and the tails that close it).
#include "reported_finder.h"

namespace claimscope::reported_detail {

// ends_clause_before can be true only here: in a quotation, at ",", ";" or a dash, or at an
// unquoted "-ing" word, "as", "and" or "but". Most tokens of a content are none of these,
// and this test needs no call. A new clause end at another token must widen this test.
// `quote`: the token's quotation (quote_of), kNone outside one.
bool Finder::may_end_clause_before(const Token& t, int32_t quote) {
  if (quote != kNone) return true;
  if (!t.word) return t.first == ',' || t.first == ';' || t.first == ':' || (t.first >= 0x2013 && t.first <= 0x2015);  // a dash
  const std::string_view w = t.lower;
  const size_t n = w.size();
  if (n == 0) return false;  // no word is empty
  // First the last two bytes, without a branch on the length (a coin toss per word): few
  // words end like "ing", "and", "as" or "but".
  const auto last = [&](size_t back) { return uint8_t(w[n > back ? n - 1 - back : 0]); };
  const uint32_t end2 = uint32_t(last(1)) << 8 | last(0);
  constexpr auto pair = [](char a, char b) { return uint32_t(uint8_t(a)) << 8 | uint8_t(b); };
  const unsigned may = unsigned(end2 == pair('n', 'g')) | unsigned(end2 == pair('n', 'd')) |
                       unsigned(end2 == pair('a', 's')) | unsigned(end2 == pair('u', 't'));
  if (!may) return false;
  return w == "and" || w == "as" || w == "but" || (n > 4 && w.compare(n - 3, 3, "ing") == 0);
}

// Token k starts a new attribution that ends the content before it:
// ", the Gazette reported", ", said X", ", arguing that", "and warned that".
bool Finder::ends_clause_before(size_t k, size_t end) const {
  if (k + 1 >= end) return false;
  // “…closed,” sparking …: a comma inside the closing mark ends the clause like one outside it.
  if (v_.quote_of[k] != kNone) {
    bool closes_on_comma = !t_[k].word && k > 0 && is_punct(t_[k - 1], ',') && v_.quote_of[k + 1] == kNone &&
                           v_.quote_of[k - 1] == v_.quote_of[k];
    // "… “non-entities,” but he gave …", "“…,” though the board has not …": "but" or a
    // concession with a subject of its own opens a clause of the writer's, as after a plain
    // comma ("“a bargain,” while the rest …" may still be the speaker's comparison).
    return closes_on_comma && (introduces_source(k + 1, end) || is_participle_cue(t_[k + 1]) ||
                               opens_participle_clause(k + 1, end) || trailing_setting(k + 1, end) ||
                               (t_[k + 1].lower == "but" && opens_contrast_clause(k + 1, end)) ||
                               opens_contrast_clause(k + 1, end, true));
  }
  // "… stating “…”"; but "the warning", "her reporting" are nouns of the clause, and
  // "for suggesting" is the object of the words before it.
  if (is_participle_cue(t_[k]) && k > 0 && !is_cue_modifier(t_[k - 1].lower) &&
      !(t_[k - 1].word && (is_determiner(t_[k - 1].lower) || t_[k - 1].possessive)) && !is_gerund_object(k)) {
    return true;
  }
  if (is_punct(t_[k], ';')) return true;  // "Y; they later agreed …": a new clause
  // content_end keeps a quoted sentence's colon or dash for "that" clauses only.
  if (is_punct(t_[k], ':')) return opens_quoted_sentence(k);
  // "… — a claim the union disputes": a gloss after a dash, unless a second dash closes it
  // as an aside inside the content ("said the toll — a steep one — would stay").
  if (is_dash(t_[k])) return opens_quoted_sentence(k) || (opens_gloss(k + 1, end) && !has_dash(k + 1, end));
  if (is_punct(t_[k], ',')) {
    if (digit_group_comma(k)) return false;  // "cut 30,000 jobs"
    // "said that, while 37 percent say …, 39 percent …": a contrast right after "that" opens
    // the content's own fronted clause.
    const bool after_that = k > 0 && t_[k - 1].word && t_[k - 1].lower == "that";
    return introduces_source(k + 1, end) || is_participle_cue(t_[k + 1]) || opens_participle_clause(k + 1, end) ||
           (!after_that && opens_contrast_clause(k + 1, end)) || opens_gloss(k + 1, end) || opens_trailing_relative(k + 1, end) ||
           opens_comparison(k + 1, end) || trailing_setting(k + 1, end) ||
           (t_[k + 1].lower == "and" && opens_pronoun_clause(v_, k, end)) ||
           opens_second_source(k + 1, end) || opens_words_aside_quote(k + 1, end);
  }
  // "says she is “ready for the vote” as she heads …": after a quotation, "as" with a subject
  // pronoun opens the reporter's circumstance.
  if (k > 0 && v_.quote_of[k - 1] != kNone && !t_[k - 1].word && t_[k].lower == "as" && t_[k + 1].word &&
      !t_[k + 1].capitalized && is_subject_pronoun(t_[k + 1].lower)) {
    return true;
  }
  // "… and warned that", "… but noted that", "… and has also said"
  if (t_[k].lower != "and" && t_[k].lower != "but") return false;
  size_t c = k + 1;
  while (c < end && c <= k + 3 && t_[c].word && is_cue_modifier(t_[c].lower)) ++c;
  // "called it “reckless” and made a short speech …": a second past-tense verb phrase
  // after a quotation is the subject's next act, not more of what was said.
  if (c < end && k > 0 && v_.quote_of[k - 1] != kNone && is_past_tense_verb(t_[c])) return true;
  // "… and is optimistic that …": a state of mind after "and" goes on with the same predicate
  // (thirty-sixth round: PolNeAR keeps such a clause in the one claim); "and worried that" is
  // the verb (kStateOfMindVerbs), a new act.
  const auto new_act = [&](std::string_view w) {
    return is_that_cue(w) && (!in_table<rules::kStateOfMindAdjectives>(w) || in_table<rules::kStateOfMindVerbs>(w));
  };
  if (c < end && (is_cue_token(t_[c]) || new_act(t_[c].lower) || is_quoting_verb(t_[c].lower))) return true;
  // "… and Senator Brandt accused the mayor of …", "… and he noted that": a new speaker speaks.
  auto m = c == k + 1 ? mention_starting_at(t_, c, end) : std::nullopt;
  if (!m) return c == k + 1 && (plural_speaker_speaks(c, end) || share_speaks(c, end));
  c = m->last + 1;
  while (c < end && c <= m->last + 3 && t_[c].word && is_cue_modifier(t_[c].lower)) ++c;
  if (c < end && is_cue_token(t_[c]) && !can_speak_with(t_, c, *m)) return false;
  return c < end && (is_cue_token(t_[c]) || is_quoting_verb(t_[c].lower));
}

// ": “They waited …”", "— “They waited …”": a colon or dash before a quotation that opens
// with a capital, a quoted sentence of its own.
bool Finder::opens_quoted_sentence(size_t k) const {
  if (k + 2 >= sentence_.end || t_[k].word || (!is_punct(t_[k], ':') && !is_dash(t_[k]))) return false;
  return opens_quote(t_[k + 1]) && v_.quote_of[k + 1] != kNone && v_.quote_of[k + 2] == v_.quote_of[k + 1] &&
         t_[k + 2].word && t_[k + 2].capitalized;
}

// "said that the board had failed the riders: “They waited …”": after a "that" clause whose
// content already has a verb, a quoted sentence set off by a colon or dash is said in the
// speaker's own words, a direct quote of its own; the clause ends before it. Elsewhere
// ("rebuked him: “…”") the quotation is the content.
[[gnu::cold]] bool Finder::that_clause_ends_before_quote(size_t from, size_t k) const {
  for (size_t j = from + 1; j < k; ++j) {
    if (v_.quote_of[j] == kNone && (is_past_tense_verb(t_[j]) || is_relative_clause_verb(t_[j].lower))) return true;
  }
  return false;
}

// "said that the board failed, calling it a “slow disaster”", "told friends that … and thought
// the fee was a “fair price”": in a "that" clause, a verb of thought or naming with no subject
// of its own (a participle after the comma at k, or a verb after "and" at k) whose clause holds
// a quoted fragment goes on with the speaker's content; the fragment is part of it, as a mixed
// quote. Only after "that": "called them “boring”, …" after a plain object is its own act.
bool Finder::fragment_follows(size_t k, size_t end) const {
  size_t verb = k + 1;
  if (is_ing(t_[k].lower) && k > 0 && is_punct(t_[k - 1], ',')) {
    verb = k;  // the participle itself ends a clause too
  } else if (is_punct(t_[k], ',')) {
    // ", calling it …", ", describing it as …": a naming participle. Not ", saying it's …" or
    // ", suggesting the board …": a participle of speech reports a clause of its own.
    if (verb >= end || !is_ing(t_[verb].lower)) return false;
  } else if (t_[k].lower == "and") {
    while (verb < end && verb <= k + 3 && t_[verb].word && is_cue_modifier(t_[verb].lower)) ++verb;
  } else {
    return false;  // "but called it …" sets a second view against the first
  }
  if (verb >= end || (is_ing(t_[verb].lower) && !is_quoting_verb(t_[verb].lower))) return false;
  // "and said …" is a second statement, not more of the first.
  return !is_plain_speech_verb(t_[verb].lower) && goes_on_to_fragment(verb, end);
}

// The verb at k is one of speech, thought or naming, and a quoted fragment follows it within
// kMaxQuotingGap tokens, before any comma, "that" or other cue.
bool Finder::goes_on_to_fragment(size_t k, size_t end) const {
  if (!t_[k].word || t_[k].capitalized || !(is_cue_token(t_[k]) || is_quoting_verb(t_[k].lower))) return false;
  for (size_t j = k + 1; j < end && j <= k + kMaxQuotingGap; ++j) {
    if (v_.quote_of[j] != kNone) {
      // An opening mark after a word, then a lower-case word: a fragment, not a full quotation.
      return t_[j - 1].word && j + 1 < end && t_[j + 1].word && !t_[j + 1].capitalized;
    }
    // "but warned that …": a "that" clause of its own is the verb's own content.
    if (!t_[j].word || t_[j].lower == "that" || (is_cue_token(t_[j]) && !used_as_noun(j))) return false;
  }
  return false;
}

// ", a move that …", ", a swipe at the board": an indefinite noun phrase after the clause's
// comma is the writer's gloss on what was said. Not an item of a list (", a bridge and a
// tunnel"): no "and"/"or" in its first few words; not a time phrase (", a day after …").
bool Finder::opens_gloss(size_t k, size_t end) const {
  if (k + 1 >= end || (t_[k].lower != "a" && t_[k].lower != "an") || is_time_unit(t_[k + 1].lower)) return false;
  for (size_t j = k + 1; j < end && j <= k + kListItemWords; ++j) {
    if (t_[j].lower == "and" || t_[j].lower == "or" || is_punct(t_[j], ',')) return false;
  }
  return true;
}

// "40% said they would use the ferry, compared with 25% last year": the writer sets the
// figure beside another one; the comparison is not part of what was said. Only a figure
// (a number within the next few words): "compared with the old pier" may be the speaker's.
bool Finder::opens_comparison(size_t k, size_t end) const {
  if (k + 2 >= end || t_[k].lower != "compared" || (t_[k + 1].lower != "with" && t_[k + 1].lower != "to")) return false;
  for (size_t j = k + 2; j < end && j <= k + kComparisonFigureWords + 1; ++j) {
    if (t_[j].word && !t_[j].lower.empty() && t_[j].lower[0] >= '0' && t_[j].lower[0] <= '9') return true;
  }
  return false;
}

// ", which votes in March", ", who runs the board": a relative clause that runs to the end
// of the sentence is the writer's note on the last noun; one closed by a comma sits inside
// the content ("said the plan, which costs more, is a mistake"). Nor one whose subject is a
// pronoun: "…, which it blames for the lost jobs" is still the speaker's view.
bool Finder::opens_trailing_relative(size_t k, size_t end) const {
  if (k + 1 >= end || !is_relative_pronoun(t_[k].lower) || is_speaker_pronoun(t_[k + 1].lower)) return false;
  for (size_t j = k + 1; j < end; ++j) {
    if (is_punct(t_[j], ',') || v_.quote_of[j] != kNone) return false;
  }
  return true;
}

bool Finder::has_dash(size_t k, size_t end) const {
  for (; k < end; ++k) {
    if (is_dash(t_[k])) return true;
  }
  return false;
}

// ", according to a pool report" (kSecondSourceOpeners): a second source named after the
// content's comma, at the clause's end, ends the content; the trailing attribution reads its
// own claim. Not an aside inside the content ("said the fees, according to the board, had
// doubled"): a comma in the source that a lower-case word other than a determiner or "who"
// follows goes back to the content. Reads at most kMaxSourceTokens tokens.
bool Finder::opens_second_source(size_t k, size_t end) const {
  if (k + 2 >= end || !t_[k].word || !word_or_two_in<rules::kSecondSourceOpeners>(k, k + 1)) return false;
  for (size_t j = k + 2; j + 1 < end && j < k + 2 + kMaxSourceTokens; ++j) {
    if (!is_punct(t_[j], ',')) continue;
    const Token& next = t_[j + 1];
    if (next.word && !next.capitalized && !is_determiner(next.lower) && next.lower != "who") return false;
  }
  return true;
}

// ", but the board …", ", while he …", ", but Ruiz …": a contrast conjunction
// (kContrastConjunctions) with a subject of its own opens the writer's contrast, not more
// of what was said. ", and …" was measured too: it is as often part of the reported clause.
// `concession`: "though" or "although" instead (kConcessiveConjunctions), asked only right
// after a quotation closing on a comma ("“…,” though the board has not voted").
bool Finder::opens_contrast_clause(size_t k, size_t end, bool concession) const {
  if (k + 1 >= end || !t_[k].word || !t_[k + 1].word) return false;
  if (concession ? !in_table<rules::kConcessiveConjunctions>(t_[k].lower) : !is_contrast_conjunction(t_[k].lower)) {
    return false;
  }
  const Token& next = t_[k + 1];
  return is_speaker_pronoun(next.lower) || is_determiner(next.lower) || next.capitalized || share_speaks(k + 1, end) ||
         (!concession && opens_with_figure(k + 1, end));
}

// The comma at k ends the clause only for a figure after its contrast conjunction ("…, while
// 9 percent …"), the one opens_contrast_clause reason that content_end may overrule.
bool Finder::figure_contrast_only(size_t k, size_t end) const {
  if (k + 2 >= end || !is_punct(t_[k], ',') || !t_[k + 1].word || !is_contrast_conjunction(t_[k + 1].lower)) return false;
  const Token& next = t_[k + 2];
  return opens_with_figure(k + 2, end) && !share_speaks(k + 2, end) && !next.capitalized;
}

// A share ("28 percent") in [from, k): the content is itself a finding in figures, and a
// contrast with another figure goes on with it ("found that 28 percent backed Lee, while 23
// percent backed Orr"); after a content with no figure the contrast is the writer's.
bool Finder::share_between(size_t from, size_t k) const {
  for (size_t j = from; j < k; ++j) {
    if (t_[j].word && opens_share(j, k)) return true;
  }
  return false;
}

// "…, while 9 percent found it a waste", "…, but about 4 in 10 want …": a figure (after any
// approximator) right after a contrast conjunction is the subject of the writer's second
// clause, whatever its verb; share_speaks asks for a verb of speech.
bool Finder::opens_with_figure(size_t c, size_t end) const {
  const size_t j = share_approximators_after(t_, c, end);
  return j < end && is_number_token(t_[j]);
}

// "15 percent", "about 20%": a share (a figure and its unit, after any approximator) opens at c.
bool Finder::opens_share(size_t c, size_t end) const {
  const size_t j = share_approximators_after(t_, c, end);
  if (j + 1 >= end || !is_number_token(t_[j])) return false;
  const Token& unit = t_[j + 1];
  return is_punct(unit, '%') || (unit.word && is_share_unit(unit.lower));
}

// "said about half of the boats had left", "said over 40 trucks …": "about" or "over"
// before a figure approximates it; it opens no adjunct.
bool Finder::opens_figure(size_t c) const {
  if (c + 1 >= sentence_.end || !t_[c].word) return false;
  if (is_share_approximator(t_[c].lower)) return is_number_token(t_[c + 1]);
  // "at least six", "at most ten" (kFigureApproximators)
  return c + 2 < sentence_.end && t_[c + 1].word && word_or_two_in<rules::kFigureApproximators>(c, c + 1) &&
         is_number_token(t_[c + 2]);
}

// "…, and 30 percent said …", "but more than 4 in 10 voters say …": a figure of people
// polled (after an approximator) that opens a clause and speaks within a few words is a
// new group's answer, not more of the one before.
bool Finder::share_speaks(size_t c, size_t end) const {
  const size_t j = share_approximators_after(t_, c, end);
  if (j >= end || !is_number_token(t_[j])) return false;
  for (size_t v = j + 1; v < end && v <= j + kMaxShareWords; ++v) {
    if (v_.quote_of[v] != kNone || (!t_[v].word && !is_punct(t_[v], '%'))) return false;
    if (t_[v].word && !t_[v].capitalized && is_plain_speech_verb(t_[v].lower)) return true;
  }
  return false;
}

// "… and fishermen accused them of …", "… but local residents said …": a lower-case
// plural noun (a word or two, -s or -men) right before a speech verb that is never a
// noun is a new group speaking; the mention grammar reads only names and roles.
bool Finder::plural_speaker_speaks(size_t c, size_t end) const {
  size_t j = c;
  while (j < end && j < c + kMaxPluralSubjectWords && t_[j].word && !t_[j].capitalized &&
         v_.quote_of[j] == kNone && !is_determiner(t_[j].lower) && !is_adjunct_opener(t_[j].lower) &&
         !is_cue_token(t_[j]) && !is_cue_modifier(t_[j].lower) && !is_speech_act_verb(t_[j].lower)) {
    ++j;
  }
  if (j == c || j >= end) return false;
  std::string_view head = t_[j - 1].lower;
  bool plural = (head.size() > 3 && head.back() == 's' && head[head.size() - 2] != 's') ||
                (head.size() > 4 && head.compare(head.size() - 3, 3, "men") == 0);
  if (!plural) return false;
  while (j < end && j < c + kMaxPluralSubjectWords + 3 && t_[j].word && is_cue_modifier(t_[j].lower)) ++j;
  return j < end && (is_plain_speech_verb(t_[j].lower) || is_speech_act_verb(t_[j].lower));
}

// One past the sentence's last quoted token (0 with none), asked for by the few cues
// that read quotations ahead: a scan of every sentence of a quoted paragraph cost more.
size_t Finder::last_quoted() const {
  if (!last_quoted_known_) {
    size_t last = 0;  // a select, not a branch per token
    if (v_.has_quote) {
      for (size_t k = sentence_.lo; k < sentence_.end; ++k) last = v_.quote_of[k] != kNone ? k + 1 : last;
    }
    last_quoted_ = last;
    last_quoted_known_ = true;
  }
  return last_quoted_;
}

size_t Finder::content_end(size_t from, size_t end) const {
  // The first clause end after `from`, before `end`: tokens are asked only
  // up to it, and each answer is kept for the sentence's next content end.
  if (!commas_found_) {
    clause_ends_.assign(sentence_.end - sentence_.lo, kUnknown);
    subordinate_end_ = fronted_clause_comma(sentence_);  // only content_end reads it
    clear_lo_ = clear_hi_ = 0;  // no token of this sentence known yet
    commas_found_ = true;
  }
  size_t stop = end;
  const bool that_clause = from < end && t_[from].lower == "that";
  // Locals, not members: the answers are bytes, whose store may alias anything for the
  // compiler, which then reloaded every member the loop reads after each token's answer.
  // The pre-test needs no answer kept: only the tokens it passes are asked and remembered.
  const Token* toks = t_.data();
  const int32_t* quote_of = v_.quote_of.data();
  const size_t lo = sentence_.lo, sentence_end = sentence_.end;
  uint8_t* answers = clause_ends_.data();
  // Bounded (kMaxContentScan): in an unpunctuated paste with a cue every few words, each cue
  // would read on to the sentence's end; past the bound the content runs to `end`.
  const size_t last = std::min({end, sentence_end, from + kMaxContentScan});
  size_t k = std::max(from + 1, lo);
  // Tokens [clear_lo_, clear_hi_) of this sentence are known to end no clause (whatever
  // `from` and `end`): a walk that starts among them goes on from clear_hi_. With a cue
  // every two words each walk then reads only the tokens the one before did not.
  size_t clear = k;  // [clear, k) end no clause
  if (clear_lo_ <= k && k <= clear_hi_) clear = clear_lo_, k = clear_hi_;
  for (;; ++k) {
    while (k < last && !may_end_clause_before(toks[k], quote_of[k])) ++k;
    if (k >= last) break;
    uint8_t known = answers[k - lo];
    if (known == kUnknown) {
      known = ends_clause_before(k, sentence_end) ? kYes : kNo;
      answers[k - lo] = known;
    }
    if (known != kYes) continue;
    keep_clear(clear, k);
    clear = k + 1;
    if (!(that_clause && fragment_follows(k, end)) && !(figure_contrast_only(k, end) && share_between(from, k)) &&
        (!opens_quoted_sentence(k) || (that_clause && that_clause_ends_before_quote(from, k)))) {
      stop = k;
      break;
    }
  }
  if (stop == end) keep_clear(clear, std::max(k, last));
  // "said the ferry was late, but critics said …": a clause that ends at the conjunction
  // after a comma ends before the comma (one inside a quotation stays with its quotation).
  if (stop < end && stop > from + 1 && is_punct(t_[stop - 1], ',') && v_.quote_of[stop - 1] == kNone) --stop;
  return from < subordinate_end_ && subordinate_end_ < stop ? subordinate_end_ : stop;
}

// "When Ruiz accused the board of stalling, the chair walked out": a sentence that opens
// with a subordinating conjunction; the comma closing that clause, else 0 (no quotation
// before it, at most kMaxFrontedClause tokens on).
size_t Finder::fronted_clause_comma(const Sentence& s) const {
  // "And while he said …, he …": a conjunction joining the sentence to the one before may
  // come first.
  size_t opener = s.lo;
  if (opener + 1 < s.end && t_[opener].word && in_table<rules::kClauseLeads>(t_[opener].lower)) ++opener;
  // "Even as Ruiz praised the plan, …", "Even if …": "even" opens the clause with "as" (which
  // alone is too often a preposition to count) or a subordinator.
  bool even_as = false;
  if (opener + 1 < s.end && t_[opener].word && t_[opener].lower == "even" && t_[opener + 1].word) {
    ++opener;
    even_as = t_[opener].lower == "as";
  }
  if (opener >= s.end || !t_[opener].word || !(even_as || is_subordinator(t_[opener].lower))) return 0;
  // A quotation inside the clause is read through ("While Ruiz said the plan was “far too slow”
  // for the ferries, the board …"); a comma inside its closing mark closes the clause with the mark
  // ("When Ruiz called the plan “a farce,” the chair …"), unless a link word carries the
  // clause on ("While he says the pier is “safe,” and “sound,” he …").
  for (size_t j = opener + 1; j < s.end && j <= opener + kMaxFrontedClause; ++j) {
    if (!is_punct(t_[j], ',') || digit_group_comma(j)) continue;  // "While one group counts 2,400 boats, …"
    const int32_t q = v_.quote_of[j];
    if (q == kNone) return j;
    const size_t after = j + 2;  // the token after the closing mark
    if (j + 1 < s.end && !t_[j + 1].word && v_.quote_of[j + 1] == q && after < s.end && v_.quote_of[after] != q &&
        !(t_[after].word && in_table<rules::kClauseLinks>(t_[after].lower))) {
      return after;
    }
  }
  return 0;
}

// Nothing after the cue but a short time or place adjunct ("on Tuesday").
bool Finder::adjunct_tail(const Sentence& s, size_t from) const {
  if (from >= s.end) return true;
  const Token& t = t_[from];
  const OpenerAnswer opener = opener_at(from);  // a copy: the calls below may ask of another word
  if (!opener.adjunct) return false;
  if (clause_after_time_words(s, from)) return false;  // "said last week the ferry had …"
  // "said that day", "said that same evening" close the sentence; "said that the dam held"
  // opens a short "that" clause, read as "said the dam held" is.
  if (s.end - from <= kMaxTailTokens) return t.lower != "that" || that_time_adjunct(from, s.end);
  // "Y, X said Monday morning, as the ferry docked.": an adjunct closed by a comma.
  // Only a preposition or a time word opens such a long adjunct ("said there
  // had been no serious, lasting damage" has content before its comma).
  bool time_word = is_weekday(t.lower) || t.lower == "today" || t.lower == "yesterday" || t.lower == "last" ||
                   t.lower == "earlier" || t.lower == "later";
  if (!opener.preposition && !time_word) return false;
  for (size_t j = from + 1; j < s.end && j <= from + kMaxAdjunctTokens; ++j) {
    if (t_[j].lower == "that" || v_.quote_of[j] != kNone) return false;
    // (Not when a clause follows the comma: "said Monday at the pier, the ferry would …".)
    if (is_punct(t_[j], ',')) return !(!is_ing(t_[from - 1].lower) && clause_after_adjunct(s, from));
  }
  // "Y, Ruiz said on Friday in a radio interview with the Gazette.": an adjunct opened by a
  // preposition that runs to the sentence end, with no "that", quotation or subject pronoun
  // (which would open content); not a figure ("said about 40 boats had left").
  if (s.end - from > kMaxFinalAdjunctTokens || !opener.preposition || opens_figure(from)) return false;
  for (size_t j = from + 1; j < s.end; ++j) {
    if (t_[j].lower == "that" || v_.quote_of[j] != kNone || is_punct(t_[j], ',') ||
        (!t_[j].capitalized && is_subject_pronoun(t_[j].lower))) {
      return false;
    }
  }
  return true;
}

// "that day", "that same evening": the demonstrative "that" at `from` opens a time adjunct
// (a time noun one or two words on), not a "that" clause.
bool Finder::that_time_adjunct(size_t from, size_t end) const {
  for (size_t j = from + 1; j < end && j <= from + 2; ++j) {
    if (t_[j].word && (is_time_unit(t_[j].lower) || is_part_of_day(t_[j].lower))) return true;
  }
  return false;
}

// "Y, Ruiz told reporters.", "Y, a spokesman told the Coast Gazette on Monday.": after a
// listener cue, a listener and at most an adjunct close the sentence. The listener is a
// mention or a few plain words, with no "that" or subject pronoun (which open content:
// "told reporters he would stay").
bool Finder::listener_tail(const Sentence& s, size_t k) const {
  if (k + 1 >= s.end || !is_listener_cue(t_[k].lower) || !t_[k + 1].word || may_open_adjunct(t_[k + 1])) return false;
  // "…, Lee asked the mayor about it": a question put, not a statement; "After the vote, Lee
  // told the board …" opens with the setting, not with what was said.
  if (t_[k].lower == "asked" || (t_[s.lo].word && is_subordinator(t_[s.lo].lower))) return false;
  size_t j = k + 1;
  if (auto m = mention_starting_at(t_, j, s.end); m && !m->pronoun) {
    j = m->last + 1;
  } else {
    while (j < s.end && j <= k + kMaxPlainListenerWords && t_[j].word && !may_open_adjunct(t_[j]) &&
           !is_weekday(t_[j].lower)) {
      ++j;
    }
  }
  for (size_t i = k + 1; i < j; ++i) {
    if (v_.quote_of[i] != kNone || t_[i].lower == "that" || is_subject_pronoun(t_[i].lower)) return false;
  }
  // "warned residents.", "told reporters on Monday.": a listener, unless the phrase is the
  // content's subject ("warned the move could backfire").
  if (phrase_opens_predicate(k + 1, j, s.end)) return false;
  return adjunct_tail(s, j);
}

// "warned the move could backfire", "told the board the plan was late": a lower-case modal
// or auxiliary ("could", "was", "has") in (first, last] opens the predicate of the words
// before it, so the phrase from `first` is the content's subject, not a listener. Not after
// a relative pronoun ("told reporters who were waiting", "the crews whom it had hired").
bool Finder::phrase_opens_predicate(size_t first, size_t last, size_t end) const {
  for (size_t i = first + 1; i <= last && i < end; ++i) {
    const Token& t = t_[i];
    if (t.word && !t.capitalized && (is_relative_clause_verb(t.lower) || in_table<rules::kModalVerbs>(t.lower)) &&
        !(t_[i - 1].word && opens_relative_clause(t_[i - 1].lower))) {
      return true;
    }
  }
  return false;
}

// End of "Y" in "Y, X said": the comma before the subject, or a closing
// quotation mark that holds the comma (“…,” X said).
std::optional<size_t> Finder::clause_end_before(const Sentence& s, size_t subject_first) const {
  if (subject_first <= s.lo + 1) return std::nullopt;
  const Token& before = t_[subject_first - 1];
  if (is_punct(before, ',')) return subject_first - 1;
  if (!before.word && v_.quote_of[subject_first - 1] != kNone && is_punct(t_[subject_first - 2], ',')) {
    return subject_first;
  }
  return std::nullopt;
}

}  // namespace claimscope::reported_detail
