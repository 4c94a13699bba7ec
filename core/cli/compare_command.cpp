#include "compare_command.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "annotate.h"
#include "compare.h"
#include "offsets.h"

namespace claimscope::cli {
namespace {

using Json = nlohmann::ordered_json;

bool read_file(const std::string& path, std::string& out) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    std::fprintf(stderr, "claimscope: cannot read %s: is a directory\n", path.c_str());
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "claimscope: cannot open %s: %s\n", path.c_str(), std::strerror(errno));
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return !in.bad();
}

Json diff_json(const WordDiff& d) {
  Json j = Json::object();
  j["removed"] = d.removed;
  j["added"] = d.added;
  if (d.truncated) j["truncated"] = true;
  return j;
}

Json speaker_json(int32_t s) { return s == kNone ? Json(nullptr) : Json(s); }

Json to_json(const CompareResult& r, const std::vector<std::string>& names, const std::vector<Document>& docs) {
  std::vector<OffsetMap> maps;
  maps.reserve(docs.size());
  for (const auto& d : docs) maps.emplace_back(d.text, Unit::code_point);

  Json out = Json::object();
  out["version"] = kFormatVersion;
  out["unit"] = "code-point";
  Json articles = Json::array();
  for (size_t a = 0; a < docs.size(); ++a) {
    Json art = Json::object();
    art["name"] = names[a];
    art["claims"] = docs[a].claims.size();
    art["speakers"] = r.speaker_map[a];
    articles.push_back(std::move(art));
  }
  out["articles"] = std::move(articles);
  Json speakers = Json::array();
  for (const auto& s : r.speakers) {
    Json js = Json::object();
    js["name"] = s.name;
    js["aliases"] = s.aliases;
    js["articles"] = s.articles;
    speakers.push_back(std::move(js));
  }
  out["speakers"] = std::move(speakers);
  Json clusters = Json::array();
  for (const auto& c : r.clusters) {
    Json jc = Json::object();
    Json members = Json::array();
    for (const auto& m : c.members) {
      Json jm = Json::object();
      jm["article"] = m.article;
      jm["claim"] = m.claim;
      jm["start"] = maps[m.article](m.span.start);
      jm["end"] = maps[m.article](m.span.end);
      jm["speaker"] = speaker_json(m.speaker);
      members.push_back(std::move(jm));
    }
    jc["members"] = std::move(members);
    jc["score"] = std::round(double(c.score) * 1000.0) / 1000.0;
    jc["unique"] = c.unique;
    jc["speaker"] = speaker_json(c.speaker);
    Json diff = Json::array();
    for (const auto& d : c.diff) diff.push_back(diff_json(d));
    jc["diff"] = std::move(diff);
    clusters.push_back(std::move(jc));
  }
  out["clusters"] = std::move(clusters);
  return out;
}

}  // namespace

int run_compare(int argc, char** argv, int first) {
  bool pretty = false;
  CompareOptions options;
  std::vector<std::string> files;
  for (int i = first; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--pretty") pretty = true;
    else if (a == "--threshold" && i + 1 < argc) {
      // For tuning sweeps (bench/compare.py --threshold); the default is the tuned value.
      char* end = nullptr;
      float t = std::strtof(argv[++i], &end);
      if (!end || *end || !(t >= 0.0f && t <= 1.0f)) {
        std::fprintf(stderr, "claimscope: --threshold needs a number between 0 and 1\n");
        return 2;
      }
      options.threshold = t;
    }
    else if (a.size() > 1 && a[0] == '-') {
      std::fprintf(stderr, "claimscope: unknown compare option '%s'\nTry 'claimscope --help'.\n", a.c_str());
      return 2;
    } else files.push_back(a);
  }
  if (files.empty()) {
    std::fprintf(stderr, "claimscope: compare needs at least one FILE\nTry 'claimscope --help'.\n");
    return 2;
  }
  std::vector<Document> docs;
  std::vector<std::string> names;
  for (const auto& f : files) {
    std::string text;
    if (!read_file(f, text)) return 1;
    Result r = annotate(text);
    if (!r.ok()) {
      std::fprintf(stderr, "claimscope: %s: %s\n", f.c_str(), r.error.c_str());
      return 1;
    }
    docs.push_back(std::move(r.doc));
    names.push_back(std::filesystem::path(f).filename().string());
  }
  std::vector<const Document*> ptrs;
  for (const auto& d : docs) ptrs.push_back(&d);
  Json j = to_json(compare_documents(ptrs, options), names, docs);
  std::string s = j.dump(pretty ? 2 : -1, ' ', false, Json::error_handler_t::replace);
  s += '\n';
  std::fwrite(s.data(), 1, s.size(), stdout);
  return 0;
}

}  // namespace claimscope::cli
