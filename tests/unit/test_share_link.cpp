#include <doctest/doctest.h>

#include <string>

#include "base64url.h"
#include "crc32.h"
#include "inflate_vectors.h"
#include "share_link.h"

using namespace claimscope;
using share::ErrorKind;

namespace {

// Links made by web/share-codec.js's encodeShare (CompressionStream) before
// the decoder moved into the core: they must keep decoding.
constexpr std::string_view kShortLink =
    "cs1.Q1MBAVwAAAB4AAAAbB8SOk3KMQqAMAwAwK-EzKXg2gf4gm7iEGzRgCRgU7WIfxdxcb67cMfQObR8GgaMS4ZJq0y8wq6WE6hA"
    "rLkkah7-evD6FaCZWN7Xb5yoObBfK8TJo0MSUSNjlYJhGO8H";
constexpr std::string_view kShortJson =
    R"({"v":1,"text":"The council voted on Tuesday. The council will vote again on Friday, the council said.",)"
    R"("annotations":[]})";
constexpr std::string_view kUnicodeLink =
    "cs1.Q1MBAYEAAACaAAAAYibbnKtWKlOyMtRRKkmtKFGyUnIvOrzn8PxUhcTSYgXvw9ty8hQeNUxReDZ345NdaxQ-zJ_RoKdAUImi"
    "wvWV1-dcn3p9rsLN1hsbb6y9seLGciUdpcS8vPySxJLM_LxiJavoaqXiksSiEiUrAx2l1LwUJStTHaW8_JJUJSulwyuVamNrAQ";

std::string make_link(uint8_t flags, std::string_view payload, uint32_t declared,
                      uint32_t crc) {
  std::string bytes = "CS";
  bytes += char(1);
  bytes += char(flags);
  for (uint32_t v : {uint32_t(payload.size()), declared, crc}) {
    for (int k = 0; k < 4; ++k) bytes += char((v >> (8 * k)) & 0xFF);
  }
  bytes += payload;
  return std::string(share::kPrefix) + base64url::encode(bytes);
}

std::string plain_link(std::string_view state) {
  return make_link(0, state, uint32_t(state.size()), crc32(state));
}

}  // namespace

TEST_CASE("crc32 and base64url agree with their standards") {
  CHECK(crc32("123456789") == 0xCBF43926u);
  CHECK(base64url::encode("\xfb\xff\xbf") == "-_-_");
  CHECK(base64url::encode("ab") == "YWI");
  auto d = base64url::decode("YWI");
  CHECK(d.status == base64url::Status::ok);
  CHECK(d.bytes == "ab");
  CHECK(base64url::decode("YWJ").status == base64url::Status::not_canonical);
  CHECK(base64url::decode("YWI=").status == base64url::Status::bad_character);
  CHECK(base64url::decode("YWJjZ").status == base64url::Status::bad_length);
}

TEST_CASE("links made by the page's encoder decode to their JSON") {
  auto d = share::decode_link(kShortLink);
  REQUIRE(d.ok());
  CHECK(d.json == kShortJson);
  CHECK(share::decode_link("#" + std::string(kShortLink)).json == kShortJson);
  auto u = share::decode_link(kUnicodeLink);
  REQUIRE(u.ok());
  CHECK(u.json.find("東京 😀") != std::string::npos);
}

TEST_CASE("uncompressed links decode too") {
  auto d = share::decode_link(plain_link(R"({"text":"stored as is"})"));
  REQUIRE(d.ok());
  CHECK(d.json == R"({"text":"stored as is"})");
}

TEST_CASE("a link cut anywhere is refused as incomplete or damaged") {
  std::string link(kShortLink);
  for (size_t cut = 0; cut < link.size(); ++cut) {
    auto d = share::decode_link(link.substr(0, cut));
    CHECK_FALSE(d.ok());
    CHECK(d.json.empty());
    CHECK(!d.message.empty());
    if (cut > share::kPrefix.size() + 30 && cut % 4 != 1) {
      CHECK_MESSAGE((d.error == ErrorKind::incomplete || d.error == ErrorKind::damaged), "cut at ", cut);
    }
  }
  CHECK(share::decode_link(link.substr(0, link.size() - 4)).error == ErrorKind::incomplete);
}

TEST_CASE("a link altered in any character is refused") {
  std::string link(kShortLink);
  for (size_t i = share::kPrefix.size(); i < link.size(); ++i) {
    for (char c : {'A', 'z', '0', '_'}) {
      if (link[i] == c) continue;
      std::string altered = link;
      altered[i] = c;
      CHECK_FALSE_MESSAGE(share::decode_link(altered).ok(), "position ", i, " -> ", c);
    }
  }
}

TEST_CASE("each kind of damage gets its own kind") {
  CHECK(share::decode_link("#hello").error == ErrorKind::unsupported);
  CHECK(share::decode_link("cs1.ab%20cd").error == ErrorKind::damaged);
  std::string bytes = base64url::decode(std::string(kShortLink).substr(4)).bytes;
  bytes[2] = 9;  // another format version
  auto future = share::decode_link("cs1." + base64url::encode(bytes));
  CHECK(future.error == ErrorKind::unsupported);
  CHECK(future.message.find("format 9") != std::string::npos);
  bytes[2] = 1;
  bytes[3] = 2;  // unknown flag
  CHECK(share::decode_link("cs1." + base64url::encode(bytes)).error == ErrorKind::damaged);
  bytes[3] = 1;
  bytes[0] = 'X';
  CHECK(share::decode_link("cs1." + base64url::encode(bytes)).error == ErrorKind::damaged);
  bytes[0] = 'C';
  CHECK(share::decode_link("cs1." + base64url::encode(bytes + "x")).error == ErrorKind::damaged);
  auto cut = share::decode_link("cs1." + base64url::encode(bytes.substr(0, bytes.size() - 3)));
  CHECK(cut.error == ErrorKind::incomplete);
  CHECK(cut.message.find("of 92 bytes arrived") != std::string::npos);
}

TEST_CASE("a wrong checksum or length, or invalid UTF-8, is damage") {
  std::string_view state = R"({"text":"checked"})";
  CHECK(share::decode_link(make_link(0, state, uint32_t(state.size()), 1234)).error == ErrorKind::damaged);
  CHECK(share::decode_link(make_link(0, state, uint32_t(state.size()) + 1, crc32(state))).error ==
        ErrorKind::damaged);
  std::string_view bad = "\"\xff\xfe\"";
  auto d = share::decode_link(make_link(0, bad, uint32_t(bad.size()), crc32(bad)));
  CHECK(d.error == ErrorKind::damaged);
  CHECK(d.message.find("not readable") != std::string::npos);
}

TEST_CASE("a bomb is refused without inflating past the declared size") {
  std::string zeros(1000, '\0');
  // 256 KiB of zeros in 271 bytes, declared as 1000 bytes with their CRC.
  auto d = share::decode_link(make_link(1, inflate_vectors::bomb, 1000, crc32(zeros)));
  CHECK(d.error == ErrorKind::damaged);
  auto huge = share::decode_link(make_link(1, inflate_vectors::bomb, share::kMaxStateBytes + 1, 0));
  CHECK(huge.error == ErrorKind::too_large);
  // A caller's smaller cap applies too.
  std::string_view state = R"({"text":"small"})";
  CHECK(share::decode_link(plain_link(state), state.size() - 1).error == ErrorKind::too_large);
  CHECK(share::decode_link(plain_link(state), state.size()).ok());
}

TEST_CASE("a deflated link whose stream is broken is damage") {
  std::string_view state = inflate_vectors::dynamic_plain;
  auto good = make_link(1, inflate_vectors::dynamic, uint32_t(state.size()), crc32(state));
  CHECK(share::decode_link(good).ok());
  for (auto broken : {inflate_vectors::bad_distance, inflate_vectors::trailing, inflate_vectors::bad_code_lengths}) {
    auto d = share::decode_link(make_link(1, broken, uint32_t(state.size()), crc32(state)));
    CHECK(d.error == ErrorKind::damaged);
    CHECK(d.message.find("cannot be unpacked") != std::string::npos);
  }
}
