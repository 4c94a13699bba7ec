#include "evidence.h"

#include <vector>

#include "evidence_words.h"
#include "lexicon.h"
#include "rules/evidence.h"
#include "word_filter.h"
#include "word_shapes.h"

namespace claimscope {

const char* evidence_kind_name(EvidenceKind kind) {
  switch (kind) {
    case EvidenceKind::number: return "number";
    case EvidenceKind::quantity: return "quantity";
    case EvidenceKind::money: return "money";
    case EvidenceKind::percent: return "percent";
    case EvidenceKind::date: return "date";
    case EvidenceKind::time: return "time";
  }
  return "number";
}

namespace {

using Words = std::vector<EvidenceWord>;

struct Tables {
  Lexicon<WordRule> months{rules::kMonths}, weekdays{rules::kWeekdays}, number_words{rules::kNumberWords},
      scales{rules::kScaleWords}, currencies{rules::kCurrencyWords}, percents{rules::kPercentWords},
      clocks{rules::kClockWords}, not_units{rules::kNotUnits}, ranges{rules::kRangeWords};
  WordFilter number_or_date;  // number words, months, weekdays: the words that start a match
  Tables() {
    number_or_date.add_all(rules::kNumberWords);
    number_or_date.add_all(rules::kMonths);
    number_or_date.add_all(rules::kWeekdays);
  }
};

const Tables& tables() {
  static const Tables t;
  return t;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// What a word that starts with a digit looks like: "2.4", "1990s", "9pm",
// "21:30", "20th", "1,000-kilometer", "30m".
struct Shape {
  size_t digits = 0;          // digits in the leading number
  bool separators = false;    // , or . inside the number
  bool clock = false;         // h:mm, or an am/pm suffix
  std::string_view suffix;    // what follows the number
};

Shape shape_of(std::string_view w) {
  Shape s;
  size_t i = 0;
  for (; i < w.size(); ++i) {
    char c = w[i];
    if (is_digit(c)) { ++s.digits; continue; }
    if ((c == ',' || c == '.') && i + 1 < w.size() && is_digit(w[i + 1])) { s.separators = true; continue; }
    if (c == ':' && i + 1 < w.size() && is_digit(w[i + 1])) { s.clock = true; continue; }
    break;
  }
  s.suffix = w.substr(i);
  if (s.suffix == "am" || s.suffix == "pm" || s.suffix == "a.m" || s.suffix == "p.m") s.clock = true;
  return s;
}

bool is_year(const EvidenceWord& w) {
  Shape s = shape_of(w.text());
  if (s.digits != 4 || s.separators || s.clock || !(s.suffix.empty() || s.suffix == "s")) return false;
  return (w.lower[0] == '1' && w.lower[1] >= '8') || (w.lower[0] == '2' && w.lower[1] == '0');
}

bool is_day_number(const EvidenceWord& w) {
  if (!w.digit_first) return false;
  Shape s = shape_of(w.text());
  bool ordinal = s.suffix == "st" || s.suffix == "nd" || s.suffix == "rd" || s.suffix == "th";
  return s.digits <= 2 && !s.separators && !s.clock && (s.suffix.empty() || ordinal);
}

bool is_number(const EvidenceWord& w) {
  const Tables& t = tables();
  return w.is_word() && (w.digit_first || (t.number_or_date.may_contain(w.text()) && t.number_words.contains(w.text())));
}

bool is_alpha_word(const EvidenceWord& w) {
  if (!w.is_word() || w.len == 0) return false;
  for (size_t i = 0; i < w.len; ++i) {
    char c = w.lower[i];
    if (!((c >= 'a' && c <= 'z') || c == '-')) return false;
  }
  return true;
}

class Finder {
 public:
  Finder(const Words& w, std::string_view text, std::vector<Evidence>& out)
      : w_(w), text_(text), out_(out), t_(tables()) {}

  void run() {
    size_t i = 0;
    while (i < w_.size()) i = step(i);
  }

  // Only at the tokens where evidence may start: any other token's step()
  // takes it and returns the next index.
  void run_at(std::span<const EvidenceWord* const> starts) {
    const EvidenceWord* base = w_.data();
    size_t next = 0;
    for (const EvidenceWord* s : starts) {
      const size_t i = size_t(s - base);
      if (i >= next) next = step(i);  // else inside the span just found
    }
  }

 private:
  const EvidenceWord* at(size_t i) const { return i < w_.size() ? &w_[i] : nullptr; }
  bool word_is(size_t i, const Lexicon<WordRule>& lex) const {
    const EvidenceWord* w = at(i);
    return w && w->is_word() && lex.contains(w->text());
  }
  bool mark_is(size_t i, char32_t cp) const {
    const EvidenceWord* w = at(i);
    return w && w->mark == cp && !w->run;
  }
  void emit(size_t first, size_t last, EvidenceKind kind, bool final_dot = false) {
    uint32_t end = w_[last].span.end;
    // "p.m." and "Feb." keep their abbreviation dot; "11am." does not.
    final_dot = final_dot && w_[last].text().find('.') != std::string_view::npos;
    if (final_dot && last + 1 < w_.size() && mark_is(last + 1, '.') && w_[last + 1].span.start == end) {
      end = w_[last + 1].span.end;
    }
    out_.push_back({{w_[first].span.start, end}, kind});
  }

  // Returns the index after what it consumed.
  // Marks first (a word's `mark` is 0, no currency sign), and the tables
  // through the reference taken once: the guard of the function-local static
  // was a load and a branch per word.
  // Whatever it does not return i + 1 for, may_start_evidence (evidence.h)
  // must say may start: run_at visits only those tokens.
  size_t step(size_t i) {
    const EvidenceWord& w = w_[i];
    if (!w.is_word()) return is_currency_sign(w.mark) && !w.run ? money_after_mark(i) : i + 1;
    if (!w.digit_first && !t_.number_or_date.may_contain(w.text())) return i + 1;
    if (is_number(w)) return number(i);
    if (w.capitalized && t_.months.contains(w.text())) return month(i);
    if (w.capitalized && t_.weekdays.contains(w.text())) {
      emit(i, i, EvidenceKind::date);
      return i + 1;
    }
    return i + 1;
  }

  // "$2.4 billion", "€30m".
  size_t money_after_mark(size_t i) {
    const EvidenceWord* n = at(i + 1);
    if (!n || !n->digit_first || n->span.start != w_[i].span.end) return i + 1;
    size_t last = i + 1;
    while (word_is(last + 1, tables().scales) && w_[last + 1].text() != "m") ++last;
    emit(i, last, EvidenceKind::money);
    return last + 1;
  }

  // "Feb. 20", "March 3, 2014", "January 2015", "in September".
  size_t month(size_t i) {
    size_t k = i + 1;
    if (mark_is(k, '.') && w_[k].span.start == w_[i].span.end) ++k;  // "Feb."
    const EvidenceWord* day = at(k);
    if (day && is_day_number(*day)) {
      size_t last = k;
      if (mark_is(k + 1, ',') && at(k + 2) && is_year(w_[k + 2])) last = k + 2;
      else if (at(k + 1) && is_year(w_[k + 1])) last = k + 1;
      emit(i, last, EvidenceKind::date);
      return last + 1;
    }
    if (day && is_year(*day)) {
      emit(i, k, EvidenceKind::date);
      return k + 1;
    }
    // A bare month name: "may" and "march" are too often verbs; abbreviations too short.
    std::string_view m = w_[i].text();
    if (m.size() > 4 && m != "march") emit(i, i, EvidenceKind::date);
    else if (m == "june" || m == "july") emit(i, i, EvidenceKind::date);
    return i + 1;
  }

  size_t number(size_t i) {
    size_t last = i;
    // A range: "three to four", "10 or 12".
    if (word_is(i + 1, tables().ranges) && w_[i + 1].text() != "and" && at(i + 2) && is_number(w_[i + 2])) last = i + 2;
    bool scaled = false;
    while (word_is(last + 1, tables().scales) && w_[last + 1].text().size() > 1) {  // a lone "m" is a unit
      ++last;
      scaled = true;
    }
    const EvidenceWord& n = w_[last];
    Shape s = n.digit_first ? shape_of(n.text()) : Shape{};
    const EvidenceWord* next = at(last + 1);
    const Tables& t = tables();

    if (n.digit_first && !scaled) {
      // "9:30 p.m.", "14:00 GMT": a clock word after h:mm belongs to the time, as after "9".
      const bool clock_word_next = next && next->is_word() && t.clocks.contains(next->text());
      if (s.clock && !(clock_word_next && s.suffix.empty())) { emit(i, last, EvidenceKind::time, true); return last + 1; }
      if (clock_word_next) {
        emit(i, last + 1, EvidenceKind::time, true);
        return last + 2;
      }
    }
    if (mark_is(last + 1, '%') && next->span.start == n.span.end) {
      emit(i, last + 1, EvidenceKind::percent);
      return last + 2;
    }
    if (next && next->is_word() && t.percents.contains(next->text())) {
      std::string_view p = next->text();
      const EvidenceWord* after = at(last + 2);
      if (p == "percent") { emit(i, last + 1, EvidenceKind::percent); return last + 2; }
      if (after && after->is_word() && ((p == "per" && after->text() == "cent") ||
                                        (p == "percentage" && (after->text() == "point" || after->text() == "points")))) {
        emit(i, last + 2, EvidenceKind::percent);
        return last + 3;
      }
    }
    if (next && next->is_word() && t.currencies.contains(next->text())) {
      emit(i, last + 1, EvidenceKind::money);
      return last + 2;
    }
    if (n.digit_first && !scaled && (s.suffix == "m" || s.suffix == "bn") && i > 0 && w_[i - 1].is_word() &&
        t.currencies.contains(w_[i - 1].text())) {
      emit(i - 1, last, EvidenceKind::money);  // "USD 30m" is rare; the mark path handles "$30m"
      return last + 1;
    }
    if (is_day_number(n) && last == i && next && next->capitalized && t.months.contains(next->text())) {
      size_t end = last + 1;
      if (at(end + 1) && is_year(w_[end + 1])) ++end;
      emit(i, end, EvidenceKind::date);
      return end + 1;
    }
    bool counted = next && next->is_word() && !next->capitalized && !next->digit_first && is_alpha_word(*next) &&
                   !t.not_units.contains(next->text()) && !t.scales.contains(next->text()) &&
                   !has_ed_ending(next->text());  // "two stayed": a verb, not a counted noun
    // A decade is a date even before a noun: "a 1950s dining car".
    if (last == i && !scaled && n.digit_first && is_year(n) && (!counted || s.suffix == "s")) {
      emit(i, last, EvidenceKind::date);
      return last + 1;
    }
    if (n.digit_first && s.suffix.size() > 1 && s.suffix[0] == '-' && s.suffix[1] >= 'a' && s.suffix[1] <= 'z') {
      emit(i, last, EvidenceKind::quantity);  // "1,000-kilometer", "10-year-old"
      return last + 1;
    }
    if (counted) {
      emit(i, last + 1, EvidenceKind::quantity);
      return last + 2;
    }
    if (n.digit_first || scaled || last != i) emit(i, last, EvidenceKind::number);
    return last + 1;
  }

  const Words& w_;
  std::string_view text_;
  std::vector<Evidence>& out_;
  const Tables& t_;
};

}  // namespace

EvidenceStartWords evidence_start_words() { return {rules::kNumberWords, rules::kMonths, rules::kWeekdays}; }

void find_evidence(Document& doc) {
  doc.evidence.clear();
  EvidenceWords words;
  for (const Paragraph& p : doc.paragraphs) {
    lex_evidence_words(doc.text, p.span, words);
    find_evidence_in(words, doc.text, doc.evidence);
  }
}

void find_evidence_in(const EvidenceWords& paragraph, std::string_view text, std::vector<Evidence>& out) {
  Finder(paragraph.words, text, out).run();
}

void find_evidence_at(const std::vector<EvidenceWord>& words, std::span<const EvidenceWord* const> starts,
                      std::string_view text, std::vector<Evidence>& out) {
  Finder(words, text, out).run_at(starts);
}

}  // namespace claimscope
