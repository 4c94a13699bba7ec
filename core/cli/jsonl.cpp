#include "jsonl.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <condition_variable>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <thread>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#if defined(__unix__) || defined(__APPLE__)
#include <cerrno>
#include <climits>
#include <poll.h>
#include <sys/uio.h>
#define CLAIMSCOPE_GATHER_WRITES 1
#endif

#include <nlohmann/json.hpp>

#include "json_output.h"
#include "json_writer.h"
#include "kept_memory.h"
#include "utf8.h"

namespace claimscope::cli {

namespace {

using Json = nlohmann::ordered_json;

// A line's string and its result's keep their memory for the next line read
// or written into them (the loop's of one thread, or a ring slot's and a
// result of the pool's), so a long run allocates them once; one longer than
// this gives its memory back after use, so that a few huge records do not
// stay in memory to the end.
constexpr size_t kKeptCapacity = 256u << 10;

// The memory a Result's text and arrays hold (not the speakers' names).
size_t kept_bytes(const Document& d) {
  return d.text.capacity() + d.paragraphs.capacity() * sizeof(Paragraph) + d.sentences.capacity() * sizeof(Sentence) +
         d.quotes.capacity() * sizeof(Quote) + d.claims.capacity() * sizeof(Claim) +
         d.speakers.capacity() * sizeof(Speaker) + d.evidence.capacity() * sizeof(Evidence);
}

// A reader of one JSON line that checks the grammar as it goes (RFC 8259, as
// nlohmann's parser does) and keeps only "id" and "text". Any doubt is a
// false return, and the full parser takes the line. `kWide`: the runs of
// plain bytes are found sixteen bytes a step with SSE2 (x86-64's baseline,
// so no runtime check) where the target has it; otherwise, and for the last
// bytes of a line, eight a step in a 64-bit word. The tests run both.
template <bool kWide>
class RecordReader {
 public:
  explicit RecordReader(std::string_view line) : p_(line.data()), end_(line.data() + line.size()) {}

  bool read(RecordFields& fields) {
    bool have_id = false, have_text = false;
    skip_space();
    if (!eat('{')) return false;
    skip_space();
    if (!eat('}')) {
      for (;;) {
        skip_space();
        const char* key_start = p_ + 1;
        if (!at('"') || !skip_string(/*escapes_allowed=*/false)) return false;
        const std::string_view key(key_start, size_t(p_ - 1 - key_start));
        skip_space();
        if (!eat(':')) return false;
        skip_space();
        if (key == "text") {
          if (have_text || !read_string(fields.text)) return false;
          have_text = true;
        } else if (key == "id") {
          const char* value = p_;
          if (have_id || !skip_value()) return false;
          fields.id = std::string_view(value, size_t(p_ - value));
          have_id = true;
        } else if (!skip_value()) {
          return false;
        }
        skip_space();
        if (eat(',')) continue;
        if (eat('}')) break;
        return false;
      }
    }
    skip_space();
    if (!have_id) fields.id = {};
    return have_text && p_ == end_;
  }

 private:
  bool at(char c) const { return p_ != end_ && *p_ == c; }
  bool eat(char c) {
    if (!at(c)) return false;
    ++p_;
    return true;
  }
  void skip_space() {
    while (p_ != end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\n' || *p_ == '\r')) ++p_;
  }
  static int hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }
  // Four hex digits after "\u" at p_ (past them on success).
  bool read_hex4(char32_t& unit) {
    if (end_ - p_ < 4) return false;
    unit = 0;
    for (int i = 0; i < 4; ++i) {
      const int h = hex(p_[i]);
      if (h < 0) return false;
      unit = unit << 4 | char32_t(h);
    }
    p_ += 4;
    return true;
  }
  // After a backslash: one escape, its code point in `cp`. A high surrogate
  // must be followed by an escaped low one, and a low one alone is an error.
  bool read_escape(char32_t& cp) {
    if (p_ == end_) return false;
    const char c = *p_++;
    switch (c) {
      case '"': case '\\': case '/': cp = char32_t(c); return true;
      case 'b': cp = '\b'; return true;
      case 'f': cp = '\f'; return true;
      case 'n': cp = '\n'; return true;
      case 'r': cp = '\r'; return true;
      case 't': cp = '\t'; return true;
      case 'u': break;
      default: return false;
    }
    if (!read_hex4(cp)) return false;
    if (cp >= 0xDC00 && cp <= 0xDFFF) return false;
    if (cp < 0xD800 || cp > 0xDBFF) return true;
    char32_t low;
    if (!eat('\\') || !eat('u') || !read_hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    return true;
  }
  // Bytes up to the next quote, backslash, control character or byte of
  // 0x80 and above (a character beyond ASCII, which the caller checks).
  // Sixteen at a time with SSE2 (x86-64), else eight at a time through a
  // 64-bit word; either way the first step with such a byte gives its place
  // directly (the lowest flagged byte of the masks below is exact), so a
  // short string, most of the keys and values of annotations a record may
  // carry, costs a step or two with no byte-by-byte loop and its
  // mispredicted exit. The last few bytes of the line, one by one.
  const char* plain_run() const {
    constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
    const char* q = p_;
#if defined(__SSE2__)
    if constexpr (kWide) {
      const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), space = _mm_set1_epi8(0x20);
      for (; end_ - q >= 16; q += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q));
        // A signed comparison with 0x20: the controls and, as negative
        // bytes, every byte of 0x80 and above.
        const __m128i found = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                           _mm_cmplt_epi8(v, space));
        const auto mask = uint32_t(_mm_movemask_epi8(found));
        if (mask != 0) return q + std::countr_zero(mask);
      }
    }
#endif
    if constexpr (std::endian::native == std::endian::little) {
      for (; end_ - q >= 8; q += 8) {
        uint64_t v;
        std::memcpy(&v, q, sizeof v);
        const uint64_t quote = v ^ (kOnes * '"'), backslash = v ^ (kOnes * '\\');
        // A byte's high bit is set where quote or backslash has a zero byte
        // (it matched), v a byte below 0x20 (a byte of 0x80 and above is
        // excluded by ~v), or v itself has it (0x80 and above). A borrow can
        // flag a byte above a matched one, never one below it: the lowest
        // flag is the first such byte.
        const uint64_t found =
            (((quote - kOnes) & ~quote) | ((backslash - kOnes) & ~backslash) | ((v - kOnes * 0x20) & ~v) | v) &
            kHighs;
        if (found != 0) return q + (std::countr_zero(found) >> 3);
      }
    }
    while (q != end_ && *q != '"' && *q != '\\' && static_cast<unsigned char>(*q) - 0x20u < 0x60u) ++q;
    return q;
  }
  // At p_, a byte of 0x80 and above: the characters beyond ASCII from there,
  // each a well-formed UTF-8 sequence (as utf8::is_valid requires), skipped.
  // False at an invalid, overlong, surrogate or truncated one: the caller
  // then repairs the line and reads it again, as a line checked first.
  bool skip_beyond_ascii() {
    do {
      const uint32_t len = utf8::valid_length(std::string_view(p_, size_t(end_ - p_)), 0);
      if (len == 0) return false;
      p_ += len;
    } while (p_ != end_ && static_cast<unsigned char>(*p_) >= 0x80);
    return true;
  }
  bool at_beyond_ascii() const { return p_ != end_ && static_cast<unsigned char>(*p_) >= 0x80; }
  // A string at p_ (its opening quote), skipped.
  bool skip_string(bool escapes_allowed = true) {
    ++p_;
    for (;;) {
      p_ = plain_run();
      if (at_beyond_ascii()) {
        if (!skip_beyond_ascii()) return false;
        continue;
      }
      if (eat('"')) return true;
      char32_t cp;
      if (!escapes_allowed || !eat('\\') || !read_escape(cp)) return false;
    }
  }
  // A string at p_, unescaped into `out`. Written in place: an escape is
  // never shorter than its character's UTF-8 ("\n" 2 bytes for 1, "\u00e9"
  // 6 for 2, a surrogate pair 12 for 4), so the rest of the line is room
  // enough, made once, and a run or an escape is a copy at a pointer, not a
  // call to std::string's append (a text's paragraph breaks and quotes are
  // escapes: a few dozen a record).
  bool read_string(std::string& out) {
    if (!eat('"')) return false;
    out.resize(size_t(end_ - p_));
    char* const begin = out.data();
    char* w = begin;
    const char* run = p_;
    for (;;) {
      p_ = plain_run();
      if (at_beyond_ascii()) {
        if (!skip_beyond_ascii()) return false;
        continue;
      }
      std::memcpy(w, run, size_t(p_ - run));
      w += p_ - run;
      if (eat('"')) {
        out.resize(size_t(w - begin));
        return true;
      }
      char32_t cp;
      if (!eat('\\') || !read_escape(cp)) return false;
      w = put_utf8(w, cp);
      run = p_;
    }
  }
  // The UTF-8 of a code point (read_escape's: never a surrogate) at `w`.
  static char* put_utf8(char* w, char32_t cp) {
    if (cp < 0x80) {
      *w++ = char(cp);
    } else if (cp < 0x800) {
      *w++ = char(0xC0 | cp >> 6);
      *w++ = char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      *w++ = char(0xE0 | cp >> 12);
      *w++ = char(0x80 | (cp >> 6 & 0x3F));
      *w++ = char(0x80 | (cp & 0x3F));
    } else {
      *w++ = char(0xF0 | cp >> 18);
      *w++ = char(0x80 | (cp >> 12 & 0x3F));
      *w++ = char(0x80 | (cp >> 6 & 0x3F));
      *w++ = char(0x80 | (cp & 0x3F));
    }
    return w;
  }
  // Digits at p_, skipped; how many. Eight bytes a step: the numbers of
  // annotations (offsets, counts) are a few digits each, and a loop byte by
  // byte mispredicted its exit about once a number.
  size_t skip_digits() {
    const char* start = p_;
    if constexpr (std::endian::native == std::endian::little) {
      constexpr uint64_t kOnes = 0x0101010101010101ull, kHighNibbles = 0xF0F0F0F0F0F0F0F0ull;
      while (end_ - p_ >= 8) {
        uint64_t v;
        std::memcpy(&v, p_, sizeof v);
        // A digit's high nibble is 3, and stays 3 with 6 added (0x30..0x39).
        // A byte of 0xFA and above carries into the next byte: that byte is
        // flagged by its own high nibble, and only bytes after it change, so
        // the lowest flagged byte is the first one that is not a digit.
        const uint64_t other =
            ((v & kHighNibbles) ^ (kOnes * 0x30)) | (((v + kOnes * 0x06) & kHighNibbles) ^ (kOnes * 0x30));
        if (other != 0) {
          p_ += std::countr_zero(other) >> 3;
          return size_t(p_ - start);
        }
        p_ += 8;
      }
    }
    while (p_ != end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    return size_t(p_ - start);
  }
  // A number at p_. One that a double holds only as infinity ("1e999", 400
  // digits) is an error to nlohmann: such numbers go to strtod to see.
  bool skip_number() {
    const char* start = p_;
    eat('-');
    if (!at('0') && (p_ == end_ || *p_ < '1' || *p_ > '9')) return false;
    const size_t digits = eat('0') ? 1 : skip_digits();
    bool fraction_or_exponent = false;
    if (eat('.')) {
      if (skip_digits() == 0) return false;
      fraction_or_exponent = true;
    }
    if (eat('e') || eat('E')) {
      if (!eat('+')) eat('-');
      if (skip_digits() == 0) return false;
      fraction_or_exponent = true;
    }
    if (!fraction_or_exponent && digits <= 18) return true;
    const std::string number(start, p_);
    return std::isfinite(std::strtod(number.c_str(), nullptr));
  }
  bool skip_word(std::string_view w) {
    if (size_t(end_ - p_) < w.size() || std::string_view(p_, w.size()) != w) return false;
    p_ += w.size();
    return true;
  }
  bool skip_scalar() {
    if (p_ == end_) return false;
    switch (*p_) {
      case '"': return skip_string();
      case 't': return skip_word("true");
      case 'f': return skip_word("false");
      case 'n': return skip_word("null");
      default: return skip_number();
    }
  }
  // Any value at p_, nested to any depth without recursion: `open` holds the
  // brackets not yet closed.
  bool skip_value() {
    std::string open;
    for (;;) {
      // A value: a scalar, or an opening bracket and its first member.
      skip_space();
      if (at('{') || at('[')) {
        const char bracket = *p_++;
        skip_space();
        if (!eat(bracket == '{' ? '}' : ']')) {
          open += bracket;
          if (bracket == '[' || skip_member_key()) continue;
          return false;
        }
      } else if (!skip_scalar()) {
        return false;
      }
      // After a value: commas and closing brackets until the next value.
      for (;;) {
        if (open.empty()) return true;
        skip_space();
        if (eat(',')) {
          if (open.back() == '[' || skip_member_key()) break;
          return false;
        }
        if (!eat(open.back() == '{' ? '}' : ']')) return false;
        open.pop_back();
      }
    }
  }
  // An object member's key and colon, before its value.
  bool skip_member_key() {
    skip_space();
    if (!at('"') || !skip_string()) return false;
    skip_space();
    return eat(':');
  }

  const char* p_;
  const char* end_;
};

// A result line: bytes[0, size). The bytes past it are room that the next
// line's writer writes over (json::Writer::take_with_room): a run zero-fills
// each result's buffer once, not at each line that outgrows the one before.
// `failed`: the line's error could not even be written (an exception while
// writing the error of an exception, such as bad_alloc): write_line writes
// kFailedLineEnded instead, which needs no memory.
struct LineOut {
  std::string bytes;
  size_t size = 0;
  bool failed = false;
  bool newline = false;  // the pool's: bytes[size] holds the line's '\n' (end_line)
};

constexpr std::string_view kFailedLineEnded = "{\"id\":null,\"error\":\"internal error\"}\n";
constexpr std::string_view kFailedLine = kFailedLineEnded.substr(0, kFailedLineEnded.size() - 1);
// One thread: a result line this long or longer is written from its own
// buffer, not through stdio's.
constexpr size_t kDirectBytes = 8192;

void error_line(const Json& id, const std::string& message, LineOut& out) {
  out.bytes = Json{{"id", id}, {"error", message}}.dump();
  out.size = out.bytes.size();
}

std::string dump(const Json& value) { return value.dump(-1, ' ', false, Json::error_handler_t::replace); }

// The document of `text` after the id's JSON, or the error, into `out`.
// `text_is_valid`: the text is known to be valid UTF-8 (read_record's, from a
// line checked whole), so annotate() copies it without checking it again.
void annotate_line(std::string_view id_json, std::string_view text, const JsonlOptions& o, LineOut& out,
                   bool text_is_valid = false) {
  Options core = o.core;
  core.input_is_valid_utf8 = core.input_is_valid_utf8 || text_is_valid;
  core.list_non_ascii = o.unit != Unit::byte;  // the offsets' map takes the list split_paragraphs makes
  // The thread's documents follow one another in one Result, whose text and
  // arrays keep their memory from one line to the next; after a document
  // whose arrays outgrew kKeptBytes (kept_memory.h) it is all freed (a huge record's
  // memory is not kept to the end of the run).
  thread_local Result result;
  annotate(text, core, result);
  struct ReleaseIfLarge {
    Result& r;
    ~ReleaseIfLarge() {
      if (kept_bytes(r.doc) > kKeptBytes) r = Result{};
    }
  } release{result};
  if (!result.ok()) return error_line(Json::parse(id_json), result.error, out);
  json::Writer w(std::move(out.bytes));  // the line before's memory, room included
  w.begin_object();
  w.key("id").raw(id_json);
  write_document_members(w, result.doc, o.unit, o.include_text, &result.non_ascii);
  w.end_object();
  out.bytes = w.take_with_room(out.size);
}

void release_if_large(std::string& s) {
  if (s.capacity() > kKeptCapacity) std::string().swap(s);
}

// A record the reader took: its id as it stands in the line when that is a
// string with no escape (nearly every line), any other id as nlohmann writes
// it. The text is valid UTF-8: the line was (the reader checked it), and an
// escape is written as a whole character (a lone surrogate is refused).
void annotate_record(const RecordFields& fields, const JsonlOptions& o, LineOut& out) {
  const std::string_view id = fields.id;
  if (id.empty()) return annotate_line("null", fields.text, o, out, true);
  if (id.front() == '"' && id.find('\\') == std::string_view::npos) return annotate_line(id, fields.text, o, out, true);
  return annotate_line(dump(Json::parse(id)), fields.text, o, out, true);
}

// A line the reader refused, valid UTF-8 (repaired if it had to be): the
// full parser decides.
void annotate_parsed(const std::string& line, const JsonlOptions& o, LineOut& out) {
  Json record = Json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (record.is_discarded()) return error_line(nullptr, "line is not valid JSON", out);
  if (!record.is_object()) return error_line(nullptr, "line is not a JSON object", out);
  Json id = record.contains("id") ? record["id"] : Json(nullptr);
  auto text = record.find("text");
  if (text == record.end() || !text->is_string()) return error_line(id, "missing string field \"text\"", out);
  annotate_line(dump(id), text->get_ref<const std::string&>(), o, out);
}

void process_line_or_throw(const std::string& raw, const JsonlOptions& o, LineOut& out) {
  // The text's string keeps its memory for the thread's next line.
  thread_local RecordFields fields;
  release_if_large(fields.text);
  // Nearly every line: read as it is, its UTF-8 checked in the same pass.
  if (read_record(raw, fields)) return annotate_record(fields, o, out);
  // Refused. A line with a byte that is not UTF-8 is repaired first, so a
  // stray bad byte costs a U+FFFD, not the whole line, and read again; any
  // other goes to the full parser as it is (as when the line was checked
  // whole before it was read).
  if (utf8::is_valid(raw)) return annotate_parsed(raw, o, out);
  const std::string repaired = utf8::repair(raw).text;
  if (read_record(repaired, fields)) return annotate_record(fields, o, out);
  annotate_parsed(repaired, o, out);
}

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r") == std::string::npos; }

// An exception's error line, "internal error: " and its message; when that
// throws too, the fixed line (no exception leaves: a worker thread's would
// end the process).
void internal_error(const char* what, LineOut& out) noexcept {
  try {
    error_line(nullptr, std::string("internal error: ") + what, out);
  } catch (...) {
    out.failed = true;
  }
}

void process_line_into(const std::string& raw, const JsonlOptions& o, LineOut& out) noexcept {
  out.failed = false;
  try {
    process_line_or_throw(raw, o, out);
  } catch (const std::exception& e) {
    internal_error(e.what(), out);
  } catch (...) {
    internal_error("unknown exception", out);
  }
}

// A finished result's newline, in the room its writer left past it when
// there is any (then the line and its newline are written as one piece).
bool end_in_place(LineOut& r) noexcept {
  if (r.size >= r.bytes.size()) return false;
  r.bytes[r.size] = '\n';
  return true;
}

// After a line is written: the line's and the result's strings keep their
// memory for the next line unless they are large.
void release_line(std::string& line, LineOut& r) {
  release_if_large(line);
  release_if_large(r.bytes);
}

// Writes a finished line and its newline.
void write_line(std::string& line, LineOut& r, std::FILE* out) {
  if (r.failed) {
    std::fwrite(kFailedLineEnded.data(), 1, kFailedLineEnded.size(), out);
  } else if (end_in_place(r)) {
    std::fwrite(r.bytes.data(), 1, r.size + 1, out);
  } else {
    std::fwrite(r.bytes.data(), 1, r.size, out);
    std::fputc('\n', out);
  }
  release_line(line, r);
}

#if defined(CLAIMSCOPE_GATHER_WRITES)
// Writes the pieces to `fd` in order, IOV_MAX at a time, again after a
// partial write or a signal, and after waiting when the output is
// non-blocking and full. False after a failed write: the caller then drops
// the rest of the run's output, as a stream would after its error.
bool write_pieces(int fd, iovec* piece, size_t count) {
  while (count > 0) {
    const ssize_t n = ::writev(fd, piece, int(std::min<size_t>(count, IOV_MAX)));
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN || errno == EWOULDBLOCK) {
        pollfd ready{fd, POLLOUT, 0};
        if (::poll(&ready, 1, -1) >= 0 || errno == EINTR) continue;
      }
      return false;
    }
    // Past the pieces written whole, then into the one written in part.
    size_t left = size_t(n);
    while (count > 0 && left >= piece->iov_len) {
      left -= piece->iov_len;
      ++piece;
      --count;
    }
    if (left > 0) {
      piece->iov_base = static_cast<char*>(piece->iov_base) + left;
      piece->iov_len -= left;
    }
  }
  return true;
}
#endif

// The lines of a run with --threads N > 1: a ring of slots that the main
// thread fills with input lines and empties, strictly in input order, by
// writing their results, while N workers that live for the whole run
// annotate the lines in between. A worker keeps its Result and the core's
// scratch buffers (thread_local) from its first line to the end, and the
// main thread reads ahead and writes while the workers annotate.
//
// What crosses between the cores is kept to the input lines: a worker ends
// its result line with its newline itself, the main thread hands the
// results' bytes to the system as they are (one gathering write for the
// lines finished at the head, where the output has a file descriptor) rather
// than copying them through stdio's buffer, and a written result goes back
// to the worker that filled it, so that its next line is written into memory
// in its own core's cache, not the other's.
//
// Memory: at most `capacity` lines are in the ring, and the main thread reads
// no further while the lines not yet written hold `max_bytes` or more.
//
// Shared state: `taken_`, `published_`, `done_`, `finished_`, the free
// results' stacks, the wake-up fields and `stopping_` are read and written
// under `mutex_` only. A slot's line is written by the main thread before it
// is published (under the mutex) and read by one worker after it took it
// (under the mutex); its result is written by that worker before it marks it
// done (under the mutex) and read by the main thread after it saw it done
// (under the mutex). A slot is filled again only after its result was
// written out, so no two threads ever use a slot's strings at once. `head_`,
// `bytes_` and `gather_` are the main thread's alone.
class LinePipeline {
 public:
  LinePipeline(const JsonlOptions& o, std::FILE* out, unsigned workers, size_t capacity, size_t max_bytes)
      : o_(o), out_(out), slots_(capacity), done_(capacity, 0), results_(capacity), free_by_worker_(workers),
        max_bytes_(max_bytes) {
    // Room made here for every result in each list, so that giving one back
    // never allocates.
    free_results_.reserve(capacity);
    for (size_t i = capacity; i-- > 0;) free_results_.push_back(&results_[i]);
    for (auto& own : free_by_worker_) own.reserve(capacity);
#if defined(CLAIMSCOPE_GATHER_WRITES)
    fd_ = fileno(out);
    if (fd_ >= 0) {
      std::fflush(out);  // whatever the stream holds goes first
      gather_.reserve(2 * capacity);
    }
#endif
    workers_.reserve(workers);
    for (unsigned t = 0; t < workers; ++t) workers_.emplace_back([this, t] { work(t); });
  }
  LinePipeline(const LinePipeline&) = delete;
  LinePipeline& operator=(const LinePipeline&) = delete;
  ~LinePipeline() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stopping_ = true;
    }
    work_ready_.notify_all();
    for (std::thread& t : workers_) t.join();
  }

  // The string that the next input line is read into: a free slot.
  std::string& next_line() { return slots_[published_ % slots_.size()].line; }

  // Hands the line read into next_line() to the workers, writes the lines
  // already finished at the head, and makes room for the next line (waits
  // while the ring is full or holds max_bytes).
  void publish() {
    const size_t size = next_line().size();
    slots_[published_ % slots_.size()].bytes = size;
    bytes_ += size;
    size_t ready;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      done_[published_ % slots_.size()] = 0;
      ++published_;
      ready = ready_at_head();
    }
    work_ready_.notify_one();
    write(ready);
    while (published_ - head_ == slots_.size() || bytes_ >= max_bytes_) write(wait(kWriteBatch));
  }

  // Writes every line still in the ring, in order.
  void finish() {
    while (head_ != published_) write(wait(published_ - head_));
  }

  // A write to the output's file descriptor failed (the rest was dropped).
  bool write_failed() const { return write_failed_; }

 private:
  // Lines the main thread waits to be finished before it writes: with a full
  // ring it wakes once per few lines, not once a line.
  static constexpr size_t kWriteBatch = 16;

  struct Slot {
    std::string line;
    LineOut* result = nullptr;  // from a free list, while the line is in the ring
    size_t bytes = 0;
    unsigned worker = 0;  // who took the line: its result goes back to that worker's list
  };

  // Lines finished in a row from the head (under the mutex).
  size_t ready_at_head() const {
    size_t n = 0;
    while (head_ + n != published_ && done_[(head_ + n) % slots_.size()]) ++n;
    return n;
  }

  // Waits until the head line is finished and `batch` lines of the ring are
  // (or all of them, when fewer are in it); the lines finished in a row from
  // the head, one at least.
  size_t wait(size_t batch) {
    std::unique_lock<std::mutex> lock(mutex_);
    wake_head_ = head_;
    wake_finished_ = head_ + std::min(batch, published_ - head_);
    main_waits_ = !woken();
    done_ready_.wait(lock, [this] { return !main_waits_; });
    return ready_at_head();
  }
  // The main thread's wait is over (under the mutex).
  bool woken() const { return done_[wake_head_ % slots_.size()] && finished_ >= wake_finished_; }

  void write(size_t lines) {
    if (lines == 0) return;
    const size_t first = head_;
    if (fd_ >= 0) {
      write_gathered(lines);
    } else {
      for (size_t k = first; k != first + lines; ++k) {
        Slot& slot = slots_[k % slots_.size()];
        write_line(slot.line, *slot.result, out_);
      }
    }
    for (; lines > 0; --lines, ++head_) bytes_ -= slots_[head_ % slots_.size()].bytes;
    // Each result's string back on its worker's stack, the one written last
    // on top: the worker's next line writes into memory still in its cache,
    // and a run grows only as many result strings as lines are ever finished
    // and not yet written at once (about kWriteBatch + workers), not one per
    // slot.
    std::lock_guard<std::mutex> lock(mutex_);
    for (size_t k = first; k != head_; ++k) {
      const Slot& slot = slots_[k % slots_.size()];
      free_by_worker_[slot.worker].push_back(slot.result);
    }
  }

  // The results of the lines from the head, their bytes as they are, in as
  // few writes as the system takes; then the slots' strings, as write_line.
  void write_gathered(size_t lines) {
#if defined(CLAIMSCOPE_GATHER_WRITES)
    static constexpr char kNewline = '\n';
    gather_.clear();
    for (size_t k = head_; k != head_ + lines; ++k) {
      LineOut& r = *slots_[k % slots_.size()].result;
      if (r.failed) {
        gather_.push_back({const_cast<char*>(kFailedLineEnded.data()), kFailedLineEnded.size()});
      } else if (r.newline) {
        gather_.push_back({r.bytes.data(), r.size + 1});
      } else {
        gather_.push_back({r.bytes.data(), r.size});
        gather_.push_back({const_cast<char*>(&kNewline), 1});
      }
    }
    write_all(gather_.data(), gather_.size());
    for (size_t k = head_; k != head_ + lines; ++k) {
      Slot& slot = slots_[k % slots_.size()];
      release_line(slot.line, *slot.result);
    }
#else
    (void)lines;
#endif
  }

#if defined(CLAIMSCOPE_GATHER_WRITES)
  void write_all(iovec* piece, size_t count) {
    if (!write_failed_) write_failed_ = !write_pieces(fd_, piece, count);
  }
#endif

  // A result for worker `w`'s next line (under the mutex): the one it gave
  // back last, else one never used, else another worker's. There is always
  // one: a line in the ring holds one result at most, and there are as many
  // as slots.
  LineOut* take_result(unsigned w) {
    std::vector<LineOut*>* from = &free_by_worker_[w];
    if (from->empty()) from = &free_results_;
    for (size_t k = 0; from->empty(); ++k) from = &free_by_worker_[k];
    LineOut* r = from->back();
    from->pop_back();
    return r;
  }

  // The worker ends its own result's line (end_in_place), so that the main
  // thread hands it over without touching the result's memory.
  static void end_line(LineOut& r) noexcept { r.newline = !r.failed && end_in_place(r); }

  void work(unsigned w) {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
      work_ready_.wait(lock, [this] { return taken_ != published_ || stopping_; });
      if (taken_ == published_) return;
      const size_t i = taken_++;
      Slot& slot = slots_[i % slots_.size()];
      slot.result = take_result(w);
      slot.worker = w;
      lock.unlock();
      process_line_into(slot.line, o_, *slot.result);
      end_line(*slot.result);
      lock.lock();
      done_[i % slots_.size()] = 1;
      ++finished_;
      if (main_waits_ && woken()) {
        main_waits_ = false;
        done_ready_.notify_one();
      }
    }
  }

  const JsonlOptions& o_;
  std::FILE* out_;
  int fd_ = -1;  // out_'s file descriptor, written directly; -1: through out_
  bool write_failed_ = false;
  std::vector<Slot> slots_;
  std::vector<char> done_;  // per slot: its line's result is ready
  std::vector<LineOut> results_;
  std::vector<LineOut*> free_results_;                 // results_ never used yet
  std::vector<std::vector<LineOut*>> free_by_worker_;  // [w]: written results that worker w filled
#if defined(CLAIMSCOPE_GATHER_WRITES)
  std::vector<iovec> gather_;  // the pieces of one write (main thread)
#endif
  const size_t max_bytes_;
  std::vector<std::thread> workers_;
  std::mutex mutex_;
  std::condition_variable work_ready_, done_ready_;
  // Lines by their number in the input (blank lines not counted): the slot
  // of line k is k % capacity. head_ <= taken_ <= published_.
  size_t head_ = 0;       // the next line to write (main thread)
  size_t taken_ = 0;      // the next line for a worker
  size_t published_ = 0;  // lines handed to the workers
  size_t finished_ = 0;   // lines annotated (counts from the run's start)
  size_t bytes_ = 0;      // input bytes of the lines not yet written (main thread)
  bool main_waits_ = false, stopping_ = false;
  size_t wake_head_ = 0, wake_finished_ = 0;
};

// Reads the next non-blank line into `raw`, its '\r' at the end taken off.
bool next_record(std::istream& in, std::string& raw) {
  while (std::getline(in, raw)) {
    if (blank(raw)) continue;  // a blank line is no record
    if (raw.back() == '\r') raw.pop_back();
    return true;
  }
  return false;
}

}  // namespace

bool read_record(std::string_view line, RecordFields& fields) { return RecordReader<true>(line).read(fields); }

bool read_record(std::string_view line, RecordFields& fields, ReaderSteps steps) {
  return steps == ReaderSteps::wide ? RecordReader<true>(line).read(fields) : RecordReader<false>(line).read(fields);
}

void process_line(const std::string& raw, const JsonlOptions& o, std::string& out) {
  LineOut line{std::move(out)};
  process_line_into(raw, o, line);
  if (line.failed) {
    // No memory for the error line: the fixed one if it fits in what the
    // string holds (no allocation), else an empty line.
    line.bytes.clear();
    if (line.bytes.capacity() >= kFailedLine.size()) line.bytes.assign(kFailedLine);
    out = std::move(line.bytes);
    return;
  }
  line.bytes.resize(line.size);
  out = std::move(line.bytes);
}

bool run_jsonl(std::istream& in, std::FILE* out, const JsonlOptions& o) {
  bool output_failed = false;
  if (o.threads <= 1) {
    // One thread: each line is read, annotated and written in turn, with no
    // thread started.
    std::string raw;
    LineOut result;
#if defined(CLAIMSCOPE_GATHER_WRITES)
    // A long result line (most news articles' are) goes from its own buffer
    // to the output's file descriptor in one write, after whatever short
    // lines stdio holds: stdio would copy it through its 4 KB buffer and
    // write it in pieces, a few syscalls a line.
    const int fd = fileno(out);
    while (next_record(in, raw)) {
      process_line_into(raw, o, result);
      if (fd >= 0 && !result.failed && result.size >= kDirectBytes && end_in_place(result)) {
        std::fflush(out);
        iovec piece{result.bytes.data(), result.size + 1};
        if (!output_failed) output_failed = !write_pieces(fd, &piece, 1);
        release_line(raw, result);
      } else {
        write_line(raw, result, out);
      }
    }
#else
    while (next_record(in, raw)) {
      process_line_into(raw, o, result);
      write_line(raw, result, out);
    }
#endif
  } else {
    // N threads: up to 64 lines per thread (and 64 MB) in flight; the workers
    // and their kept memory last for the whole run.
    LinePipeline lines(o, out, o.threads, 64 * size_t(o.threads), size_t(64) << 20);
    while (next_record(in, lines.next_line())) lines.publish();
    lines.finish();
    output_failed = lines.write_failed();
  }
  // A full disk or a closed file must not pass for a finished run.
  if (std::fflush(out) != 0 || std::ferror(out)) output_failed = true;
  if (output_failed) std::fputs("claimscope: could not write all of the output\n", stderr);
  return !in.bad() && !output_failed;
}

}  // namespace claimscope::cli
