// claimscope: the command-line tool over the core.
//
//   claimscope article.txt            one JSON document (offsets in code points)
//   claimscope < article.txt          the same, from standard input
//   claimscope --jsonl < in.jsonl     {"id", "text"} per line in, {"id", ...document} per line out
//   claimscope compare A.txt B.txt    claims aligned across articles (compare_command.cpp)
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "annotate.h"
#include "batch_memory.h"
#include "compare_command.h"
#include "json_output.h"
#include "jsonl.h"

namespace {

constexpr const char* kUsage = R"(Usage: claimscope [options] [FILE]
       claimscope compare [--pretty] [--threshold T] FILE...

Annotates a news article: paragraphs and roles, sentences, quotations,
reported claims and their speakers. Reads FILE, or standard input when FILE
is omitted or "-", and prints one JSON document (see docs/format.md).

"compare" annotates each FILE (several versions of one story) and prints the
claims aligned across them: clusters of matching claims with word-level
differences, and speakers merged across articles (docs/format.md, "compare").
--threshold T (0..1) changes the similarity needed to link two claims
(default 0.31; for tuning, see docs/compare.md).

Options:
  --jsonl            read JSON lines {"id": ..., "text": "..."}; write one line
                     per input line: {"id": ..., <document>} or {"id": ..., "error": "..."}
  --stage STAGE      "full" (default), "structure" (paragraphs with roles and
                     sentences) or "segment" (paragraphs and sentences only)
  --unit UNIT        offsets in "codepoint" (default), "utf16" or "byte"
  --threads N        with --jsonl: annotate on N threads (output stays in input order)
  --text             include the (repaired) text in the output
  --pretty           indent the JSON (single-document mode)
  --max-bytes N      refuse inputs larger than N bytes (default 50000000)
  -h, --help         show this help
  -V, --version      show the version
)";

struct CliOptions : claimscope::cli::JsonlOptions {
  bool jsonl = false;
  bool pretty = false;
  std::string file;
};

[[noreturn]] void usage_error(const std::string& message) {
  std::fprintf(stderr, "claimscope: %s\nTry 'claimscope --help'.\n", message.c_str());
  std::exit(2);
}

CliOptions parse_args(int argc, char** argv) {
  CliOptions o;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&](const char* name) -> std::string {
      if (i + 1 >= argc) usage_error(std::string(name) + " needs a value");
      return argv[++i];
    };
    if (a == "-h" || a == "--help") {
      std::fputs(kUsage, stdout);
      std::exit(0);
    } else if (a == "-V" || a == "--version") {
      std::printf("claimscope %s (format %d)\n", claimscope::kVersion, claimscope::kFormatVersion);
      std::exit(0);
    } else if (a == "--jsonl") {
      o.jsonl = true;
    } else if (a == "--threads") {
      std::string s = value("--threads");
      char* end = nullptr;
      unsigned long n = std::strtoul(s.c_str(), &end, 10);
      if (s.empty() || *end != '\0' || n == 0 || n > 256) usage_error("--threads needs a number from 1 to 256");
      o.threads = unsigned(n);
    } else if (a == "--text") {
      o.include_text = true;
    } else if (a == "--pretty") {
      o.pretty = true;
    } else if (a == "--stage") {
      std::string s = value("--stage");
      if (s == "full") o.core.stage = claimscope::Stage::full;
      else if (s == "segment") o.core.stage = claimscope::Stage::segment;
      else if (s == "structure") o.core.stage = claimscope::Stage::structure;
      else usage_error("unknown stage '" + s + "' (use full, structure or segment)");
    } else if (a == "--unit") {
      std::string s = value("--unit");
      if (s == "codepoint") o.unit = claimscope::Unit::code_point;
      else if (s == "utf16") o.unit = claimscope::Unit::utf16;
      else if (s == "byte") o.unit = claimscope::Unit::byte;
      else usage_error("unknown unit '" + s + "' (use codepoint, utf16 or byte)");
    } else if (a == "--max-bytes") {
      std::string s = value("--max-bytes");
      char* end = nullptr;
      unsigned long long n = std::strtoull(s.c_str(), &end, 10);
      if (s.empty() || *end != '\0') usage_error("--max-bytes needs a whole number");
      o.core.max_input_bytes = size_t(n);
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      usage_error("unknown option '" + a + "'");
    } else if (o.file.empty()) {
      o.file = a;
    } else {
      usage_error("only one FILE may be given");
    }
  }
  return o;
}

bool read_all(std::istream& in, std::string& out) {
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return !in.bad();
}

int run_single(std::istream& in, const CliOptions& o, const std::string& name) {
  std::string text;
  if (!read_all(in, text)) {
    std::fprintf(stderr, "claimscope: cannot read %s\n", name.c_str());
    return 1;
  }
  auto result = claimscope::annotate(text, o.core);
  if (!result.ok()) {
    std::fprintf(stderr, "claimscope: %s: %s\n", name.c_str(), result.error.c_str());
    return 1;
  }
  std::string s = claimscope::to_json(result.doc, o.unit, o.include_text, o.pretty ? 2 : -1);
  s += '\n';
  std::fwrite(s.data(), 1, s.size(), stdout);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  claimscope::cli::keep_freed_memory();  // a batch tool: see batch_memory.h
  if (argc > 1 && std::strcmp(argv[1], "compare") == 0) return claimscope::cli::run_compare(argc, argv, 2);
  CliOptions o = parse_args(argc, argv);
  std::ifstream file;
  std::istream* in = &std::cin;
  std::string name = "standard input";
  if (!o.file.empty() && o.file != "-") {
    std::error_code ec;
    if (std::filesystem::is_directory(o.file, ec)) {
      std::fprintf(stderr, "claimscope: cannot read %s: is a directory\n", o.file.c_str());
      return 1;
    }
    file.open(o.file, std::ios::binary);
    if (!file) {
      std::fprintf(stderr, "claimscope: cannot open %s: %s\n", o.file.c_str(), std::strerror(errno));
      return 1;
    }
    in = &file;
    name = o.file;
  }
  if (o.jsonl) return claimscope::cli::run_jsonl(*in, stdout, o) ? 0 : 1;
  return run_single(*in, o, name);
}
