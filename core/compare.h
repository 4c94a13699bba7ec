// Aligning the claims of several articles about one story.
//
//   std::vector<const Document*> docs = {&a.doc, &b.doc, &c.doc};
//   CompareResult r = compare_documents(docs);
//   for (const auto& cluster : r.clusters) ...  // one statement, as each article words it
//
// Claims are matched on content that survives paraphrase and translation:
// normalised content words weighted by rarity, character 4-grams, numbers,
// and the (cross-article) speaker. Candidate pairs come from an inverted
// index of content words, so the cost grows with the number of claims times
// a bounded candidate count, not with all pairs.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "compare_diff.h"
#include "compare_speakers.h"
#include "document.h"

namespace claimscope {

struct ClusterMember {
  uint32_t article = 0;          // index into the docs given to compare_documents
  uint32_t claim = 0;            // index into that document's claims
  Span span;                     // the claim's span (bytes into that document's text)
  int32_t speaker = kNone;       // index into CompareResult::speakers
};

struct ClaimCluster {
  std::vector<ClusterMember> members;  // by article, then claim; members[0] is the reference
  float score = 0;                     // mean similarity of the links that formed it; 0 when unique
  bool unique = false;                 // found in one article only
  int32_t speaker = kNone;             // the speaker most members agree on
  /// diff[k] compares members[k] with members[0] (diff[0] is empty).
  /// Members of the reference's own article are not diffed (empty).
  std::vector<WordDiff> diff;
};

struct CompareResult {
  std::vector<GlobalSpeaker> speakers;
  std::vector<std::vector<int32_t>> speaker_map;  // [article][local speaker] -> speakers index
  std::vector<ClaimCluster> clusters;             // in order of first appearance
};

/// Tuning of the matcher; the defaults are what the CLI uses.
struct CompareOptions {
  float threshold = 0.31f;  // minimum similarity for two claims to be linked (docs/compare.md: how it was chosen)
  /// Two claims that are each other's most similar claim in the other's
  /// article are linked from this similarity up (same checks otherwise).
  float mutual_threshold = 0.25f;
};

CompareResult compare_documents(const std::vector<const Document*>& docs, const CompareOptions& options = {});

}  // namespace claimscope
