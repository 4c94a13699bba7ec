// The speakers of the document before, emptied, for the next document's
// speakers (natively: annotate()'s scratch keeps them, the kept speaker
// registry takes them). Each Speaker holds a name, a list of mentions and
// one of aliases; made new for every document, a document paid an
// allocation for most speakers' mentions (and their growth) and long names,
// and a free for each when the next document cleared it.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "document.h"

namespace claimscope {

class KeptSpeakers {
 public:
  // What is kept, so that the memory held stays small whatever the documents:
  // the first kMaxKept speakers of a document, each only if its lists and
  // name are no larger than these (a speaker named hundreds of times in a
  // long text keeps nothing).
  static constexpr size_t kMaxKept = 64;
  static constexpr size_t kMaxMentions = 64;
  static constexpr size_t kMaxAliases = 8;
  static constexpr size_t kMaxName = 128;  // a name's room (assign grows it to twice a shorter one's)

  // The room for the kept ones made here (inside annotate()'s try: the
  // scratch is made there), so that take_back, called before it, allocates
  // nothing and cannot throw.
  KeptSpeakers() { spare_.reserve(kMaxKept); }

  /// After a document: its speakers' memory taken (emptied), `speakers`
  /// emptied. A speaker not kept is freed with it. Allocates nothing.
  void take_back(std::vector<Speaker>& speakers) noexcept {
    const size_t n = std::min(speakers.size(), kMaxKept);
    if (spare_.size() < n) spare_.resize(n);
    for (size_t i = 0; i < n; ++i) {
      Speaker& s = speakers[i];
      if (s.mentions.capacity() > kMaxMentions || s.aliases.capacity() > kMaxAliases ||
          s.name.capacity() > kMaxName) {
        continue;
      }
      s.name.clear();
      s.aliases.clear();
      s.mentions.clear();
      bytes_ -= held(spare_[i]);
      std::swap(s, spare_[i]);
      bytes_ += held(spare_[i]);
    }
    speakers.clear();
  }

  /// A new speaker named `name` at the end of `speakers` (which grew from
  /// empty since take_back): a kept object's memory when there is one.
  void add(std::vector<Speaker>& speakers, const std::string& name) {
    const size_t i = speakers.size();
    if (i < spare_.size()) {
      bytes_ -= held(spare_[i]);  // taken: the slot is left empty
      speakers.push_back(std::move(spare_[i]));
      speakers.back().name.assign(name);
    } else {
      speakers.push_back(Speaker{name, {}, {}});
    }
  }

  /// The heap memory it holds.
  size_t bytes() const { return spare_.capacity() * sizeof(Speaker) + bytes_; }

 private:
  // A kept speaker's own heap memory (its strings are empty: a name's room
  // beyond the string's inline buffer).
  static size_t held(const Speaker& s) {
    const size_t name = s.name.capacity() > std::string().capacity() ? s.name.capacity() + 1 : 0;
    return name + s.aliases.capacity() * sizeof(std::string) + s.mentions.capacity() * sizeof(Span);
  }

  std::vector<Speaker> spare_;  // emptied speakers; a taken one is left moved from (no memory)
  size_t bytes_ = 0;            // the sum of held() over spare_
};

}  // namespace claimscope
