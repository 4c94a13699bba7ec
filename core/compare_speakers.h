// Merging the speakers of several articles into one cross-article list.
//
// People are matched on surname, with given names allowed to drift by a
// letter or two ("Anthony"/"Antony Blinken") and titles ignored ("Foreign
// Minister Blinken" = "Blinken"); a bare surname joins the one full name it
// can mean. Everything else (institutions, groups) is matched on its
// normalised name ("the Kremlin" = "Kremlin").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "document.h"

namespace claimscope {

struct GlobalSpeaker {
  std::string name;                  // the fullest form any article uses
  std::vector<std::string> aliases;  // every other form, sorted
  std::vector<uint32_t> articles;    // articles that mention this speaker, ascending
  bool person = false;               // a named person (not an institution, group or description)
  bool described = true;             // only ever named by a role ("a spokesman", "Russia's ambassador"):
                                     // may be someone another article names
};

struct MergedSpeakers {
  std::vector<GlobalSpeaker> speakers;
  /// map[article][local speaker] = index into speakers.
  std::vector<std::vector<int32_t>> map;
};

MergedSpeakers merge_speakers(const std::vector<const Document*>& docs);

/// Levenshtein distance, giving up (returning limit + 1) once it exceeds `limit`.
size_t bounded_edit_distance(std::string_view a, std::string_view b, size_t limit);

}  // namespace claimscope
