#include "compare_speakers.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <unordered_map>

#include "lexicon.h"
#include "rules/compare_words.h"
#include "utf8.h"

namespace claimscope {
namespace {

// Given names of different people rarely differ by one letter; transliterations
// of one person's name often do.
constexpr size_t kMaxGivenNameDistance = 2;
// Bounds the work per surname when a huge input has many people sharing one.
constexpr size_t kMaxPeoplePerSurname = 32;
// Institution names shorter than this are too vague to join a longer name ("government").
constexpr size_t kMinInstitutionWords = 2;

std::vector<std::string> split_words(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n') {
      if (!cur.empty()) out.push_back(std::move(cur)), cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

std::string without_possessive(std::string w) {
  if (w.size() > 4 && w.compare(w.size() - 4, 4, "\xE2\x80\x99s") == 0) w.resize(w.size() - 4);
  else if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) w.resize(w.size() - 2);
  return w;
}

bool capitalised(std::string_view w) { return !w.empty() && utf8::is_upper(utf8::decode(w, 0).cp); }

// A speaker name as compare sees it: a person (given names + surname) or a
// normalised institution key.
struct NameKey {
  bool person = false;
  std::string given;    // first given name, lower case ("" if only a surname)
  std::string surname;  // lower case
  std::string key;      // institutions: normalised name
  bool described = false;  // a role description rather than a name
};

NameKey name_key(std::string_view name) {
  NameKey k;
  std::vector<std::string> words = split_words(name);
  std::vector<std::string> rest;
  bool all_capitalised = true;
  k.described = words.empty() || !capitalised(words.front());
  for (const auto& w : words) {
    std::string lower = utf8::lower(w);
    if (lexicon<rules::kSpeakerTitleWords>().contains(lower) && !lower.empty() && lower != "of") k.described = true;
    if (rest.empty() && lexicon<rules::kSpeakerTitleWords>().contains(lower)) continue;  // leading titles only
    if (!capitalised(w)) all_capitalised = false;
    rest.push_back(without_possessive(lower));
  }
  if (!rest.empty() && rest.size() <= 4 && all_capitalised) {
    k.person = true;
    k.described = false;  // "Commissioner Lopez" names Lopez
    k.surname = rest.back();
    if (rest.size() >= 2) k.given = rest.front();
    return k;
  }
  for (const auto& w : words) {
    std::string lower = without_possessive(utf8::lower(w));
    if (k.key.empty() && lexicon<rules::kInstitutionDeterminers>().contains(lower)) continue;
    if (!k.key.empty()) k.key.push_back(' ');
    k.key += lower;
  }
  return k;
}

bool same_given_name(std::string_view a, std::string_view b) {
  if (a == b) return true;
  // An initial matches a name with that first letter ("J." / "Jens").
  auto initial = [](std::string_view s) { return s.size() <= 2 && (s.size() == 1 || s[1] == '.'); };
  if ((initial(a) || initial(b)) && !a.empty() && !b.empty()) return a[0] == b[0];
  size_t limit = std::min(a.size(), b.size()) >= 6 ? kMaxGivenNameDistance : 1;
  return bounded_edit_distance(a, b, limit) <= limit;
}

struct UnionFind {
  std::vector<uint32_t> parent;
  explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0u); }
  uint32_t find(uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void unite(uint32_t a, uint32_t b) { parent[find(a)] = find(b); }
};

size_t word_count(std::string_view s) { return split_words(s).size(); }

// A one-word name that another form of the same speaker uses in lower case
// as its head noun ("Group" in a headline, "environmental group" in the
// body) is a common noun capitalised by its place, not a name: the speaker
// is described, as its fuller form says. ("Kremlin" / "the Kremlin" is a name:
// the longer form capitalises it too.)
bool capitalised_description(const Speaker& sp) {
  std::vector<std::string> words = split_words(sp.name);
  if (words.size() != 1 || !capitalised(words.front())) return false;
  const std::string head = utf8::lower(words.front());
  return std::any_of(sp.aliases.begin(), sp.aliases.end(), [&](const std::string& alias) {
    std::vector<std::string> alias_words = split_words(alias);
    return alias_words.size() > 1 && !capitalised(alias_words.front()) && !capitalised(alias_words.back()) &&
           utf8::lower(alias_words.back()) == head;
  });
}

}  // namespace

size_t bounded_edit_distance(std::string_view a_utf8, std::string_view b_utf8, size_t limit) {
  // Over code points, so that "Ines" and "Inês" are one edit apart.
  auto decode_all = [](std::string_view s) {
    std::u32string out;
    for (size_t i = 0; i < s.size();) {
      auto d = utf8::decode(s, i);
      out.push_back(d.cp);
      i += d.len;
    }
    return out;
  };
  std::u32string a = decode_all(a_utf8), b = decode_all(b_utf8);
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > limit) return limit + 1;
  if (b.size() > 64) return a == b ? 0 : limit + 1;  // names only: long strings are not names
  std::vector<size_t> row(a.size() + 1);
  std::iota(row.begin(), row.end(), size_t(0));
  for (size_t j = 1; j <= b.size(); ++j) {
    size_t diag = row[0];
    row[0] = j;
    size_t best = row[0];
    for (size_t i = 1; i <= a.size(); ++i) {
      size_t up = row[i];
      row[i] = std::min({row[i] + 1, row[i - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
      best = std::min(best, row[i]);
    }
    if (best > limit) return limit + 1;
  }
  return row[a.size()];
}

namespace {

// An institution's name as a set of words, order and function words aside:
// "Ministry of Fisheries" = "fisheries ministry"; "a spokesman for the Chilean
// Ministry of Fisheries" speaks for {chile, fishe, minis}. Words are cut to
// their first letters, as names are in claim content, so that "Chile's" and
// "Chilean" meet (and case does not matter).
constexpr size_t kInstitutionNamePrefix = 5;

std::vector<std::string> institution_words(std::string_view name) {
  std::vector<std::string> words = split_words(name);
  // "spokesman for X" / "spokeswoman of X": the institution X speaks.
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    std::string lower = utf8::lower(words[i + 1]);
    if ((lower == "for" || lower == "of") && lexicon<rules::kSpokespersonWords>().contains(utf8::lower(words[i]))) {
      words.erase(words.begin(), words.begin() + i + 2);
      break;
    }
  }
  std::vector<std::string> out;
  for (const auto& w : words) {
    std::string lower = without_possessive(utf8::lower(w));
    bool function_word = lower == "of" || lower == "for" || lower == "a" || lower == "an";
    if (function_word || lexicon<rules::kInstitutionDeterminers>().contains(lower)) continue;
    size_t i = 0;
    for (size_t n = 0; i < lower.size() && n < kInstitutionNamePrefix; ++n) i += utf8::decode(lower, i).len;
    lower.resize(i);
    out.push_back(std::move(lower));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace

MergedSpeakers merge_speakers(const std::vector<const Document*>& docs) {
  struct Entry {
    uint32_t article, local;
    NameKey key;
  };
  std::vector<Entry> entries;
  for (uint32_t a = 0; a < docs.size(); ++a) {
    if (!docs[a]) continue;
    for (uint32_t s = 0; s < docs[a]->speakers.size(); ++s) {
      const Speaker& sp = docs[a]->speakers[s];
      entries.push_back({a, s, name_key(sp.name)});
      if (capitalised_description(sp)) entries.back().key.described = true;
    }
  }
  UnionFind uf(entries.size());

  // People: per surname, group full names by given name, then attach bare surnames.
  std::map<std::string, std::vector<uint32_t>> by_surname;  // ordered: deterministic output
  std::unordered_map<std::string, uint32_t> by_key;
  for (uint32_t e = 0; e < entries.size(); ++e) {
    const NameKey& k = entries[e].key;
    if (k.person) {
      by_surname[k.surname].push_back(e);
    } else if (!k.key.empty()) {
      auto [it, fresh] = by_key.emplace(k.key, e);
      if (!fresh) uf.unite(e, it->second);
    }
  }
  for (auto& [surname, members] : by_surname) {
    std::vector<uint32_t> people;  // one representative entry per distinct person with a given name
    std::vector<uint32_t> bare;
    for (uint32_t e : members) {
      const std::string& given = entries[e].key.given;
      if (given.empty()) { bare.push_back(e); continue; }
      bool joined = false;
      for (uint32_t p : people) {
        if (same_given_name(given, entries[p].key.given)) { uf.unite(e, p); joined = true; break; }
      }
      if (!joined && people.size() < kMaxPeoplePerSurname) people.push_back(e);
    }
    // A bare surname means the one person with that surname; with none, bare
    // forms match each other; with several, it stays apart (ambiguous).
    if (people.size() <= 1) {
      for (uint32_t e : bare) uf.unite(e, people.empty() ? bare.front() : people.front());
    }
    // A one-word institution ("Pentagon") parsed as a bare surname still
    // meets its other spellings ("the Pentagon").
    if (people.empty() && !bare.empty()) {
      auto [it, fresh] = by_key.emplace(surname, bare.front());
      if (!fresh) uf.unite(bare.front(), it->second);
    }
  }

  // Institutions named more or less fully: a name of two or more words that
  // all lie in exactly one longer name joins it ("Ministry of Fisheries" joins
  // "Chile's fisheries ministry"), the way a bare surname joins the one full
  // name; inside several longer names it is ambiguous and stays apart.
  std::map<std::vector<std::string>, uint32_t> by_words;  // word set -> first entry with it
  for (uint32_t e = 0; e < entries.size(); ++e) {
    if (entries[e].key.person || entries[e].key.key.empty()) continue;
    std::vector<std::string> words = institution_words(docs[entries[e].article]->speakers[entries[e].local].name);
    if (words.size() < kMinInstitutionWords) continue;
    auto [it, fresh] = by_words.emplace(std::move(words), e);
    if (!fresh) uf.unite(e, it->second);
  }
  std::unordered_map<std::string, std::vector<const std::vector<std::string>*>> sets_with_word;
  for (const auto& [words, e] : by_words)
    for (const auto& w : words) sets_with_word[w].push_back(&words);
  for (const auto& [words, e] : by_words) {
    const std::string* rarest = &words.front();
    for (const auto& w : words)
      if (sets_with_word[w].size() < sets_with_word[*rarest].size()) rarest = &w;
    const std::vector<std::string>* longer = nullptr;
    size_t found = 0;
    const auto& candidates = sets_with_word[*rarest];
    for (size_t i = 0; i < candidates.size() && i < kMaxPeoplePerSurname; ++i) {
      const auto* other = candidates[i];
      if (other->size() <= words.size()) continue;
      if (!std::includes(other->begin(), other->end(), words.begin(), words.end())) continue;
      longer = other, ++found;
    }
    if (found == 1) uf.unite(e, by_words.at(*longer));
  }

  MergedSpeakers out;
  out.map.resize(docs.size());
  for (uint32_t a = 0; a < docs.size(); ++a) {
    if (docs[a]) out.map[a].assign(docs[a]->speakers.size(), kNone);
  }
  std::vector<int32_t> global_of_root(entries.size(), kNone);
  for (uint32_t e = 0; e < entries.size(); ++e) {  // entries are in article order: first mention first
    uint32_t root = uf.find(e);
    if (global_of_root[root] == kNone) {
      global_of_root[root] = int32_t(out.speakers.size());
      out.speakers.emplace_back();
    }
    int32_t g = global_of_root[root];
    out.map[entries[e].article][entries[e].local] = g;
    GlobalSpeaker& gs = out.speakers[g];
    gs.person = gs.person || (entries[e].key.person && !entries[e].key.given.empty());
    gs.described = gs.described && entries[e].key.described;
    if (gs.articles.empty() || gs.articles.back() != entries[e].article) gs.articles.push_back(entries[e].article);
    const Speaker& sp = docs[entries[e].article]->speakers[entries[e].local];
    std::vector<std::string> forms = sp.aliases;
    forms.push_back(sp.name);
    for (auto& f : forms) {
      if (f.empty()) continue;
      if (gs.name.empty()) { gs.name = f; continue; }
      if (f == gs.name) continue;
      if (word_count(f) > word_count(gs.name)) std::swap(f, gs.name);
      gs.aliases.push_back(f);
    }
  }
  for (auto& gs : out.speakers) {
    std::sort(gs.aliases.begin(), gs.aliases.end());
    gs.aliases.erase(std::unique(gs.aliases.begin(), gs.aliases.end()), gs.aliases.end());
    gs.aliases.erase(std::remove(gs.aliases.begin(), gs.aliases.end(), gs.name), gs.aliases.end());
  }
  return out;
}

}  // namespace claimscope
