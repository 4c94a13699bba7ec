import zlib
def deflate(data, level=6, strategy=zlib.Z_DEFAULT_STRATEGY, split=None):
    c = zlib.compressobj(level, zlib.DEFLATED, -15, 9, strategy)
    if split is None: return c.compress(data) + c.flush()
    return c.compress(data[:split]) + c.flush(zlib.Z_FULL_FLUSH) + c.compress(data[split:]) + c.flush()

class Bits:
    def __init__(s): s.out=bytearray(); s.acc=0; s.n=0
    def put(s, v, n):
        s.acc |= v << s.n; s.n += n
        while s.n >= 8: s.out.append(s.acc & 255); s.acc >>= 8; s.n -= 8
    def huff(s, code, n):  # Huffman codes go most significant bit first
        s.put(int(format(code, f'0{n}b')[::-1], 2), n)
    def done(s):
        if s.n: s.out.append(s.acc & 255)
        return bytes(s.out)

def fixed_lit(b, sym):
    if sym < 144: b.huff(0x30 + sym, 8)
    elif sym < 256: b.huff(0x190 + sym - 144, 9)
    elif sym < 280: b.huff(sym - 256, 7)
    else: b.huff(0xC0 + sym - 280, 8)

sentence = "The harbour authority said on Monday that the new ferry terminal would open in the spring, two years later than planned."
paragraph = (sentence + " Residents were not convinced. \u201cWe have heard this before,\u201d said one shop owner. ") * 8
vec = {}
vec['stored'] = (deflate(sentence.encode(), level=0), sentence.encode())
vec['fixed'] = (deflate(sentence.encode(), strategy=zlib.Z_FIXED), sentence.encode())
vec['dynamic'] = (deflate(paragraph.encode()), paragraph.encode())
long_run = ("Tick. " + "a" * 2000 + " Tock.").encode()
vec['long_match'] = (deflate(long_run), long_run)
vec['three_blocks'] = (deflate(paragraph.encode(), split=300), paragraph.encode())
# Bad distance: fixed block, literal 'N', then a length-3 match 2 bytes back.
b = Bits(); b.put(1,1); b.put(1,2); fixed_lit(b, ord('N')); fixed_lit(b, 257); b.huff(1, 5); fixed_lit(b, 256)
vec['bad_distance'] = (b.done(), None)
# Fixed-block symbol 286, which never occurs in valid data.
b = Bits(); b.put(1,1); b.put(1,2); fixed_lit(b, 286); vec['bad_symbol'] = (b.done(), None)
# Fixed-block distance code 30.
b = Bits(); b.put(1,1); b.put(1,2); fixed_lit(b, ord('x')); fixed_lit(b, 257); b.huff(30, 5); vec['bad_distance_code'] = (b.done(), None)
# Block type 3.
vec['bad_block_type'] = (bytes([0x07, 0, 0, 0]), None)
# Stored block whose NLEN is not the complement of LEN.
vec['bad_stored_length'] = (bytes([0x01, 0x05, 0x00, 0x00, 0x00]) + b"hello", None)
# Dynamic block, code-length code over-subscribed: all 19 lengths are 1.
b = Bits(); b.put(1,1); b.put(2,2); b.put(0,5); b.put(0,5); b.put(15,4)
for _ in range(19): b.put(1,3)
vec['bad_code_lengths'] = (b.done() + b"\x00" * 8, None)
# Dynamic block that repeats (symbol 16) before any length was given.
# Code-length code: symbols 0 and 16 with one bit each (codes 0 and 1).
b = Bits(); b.put(1,1); b.put(2,2); b.put(0,5); b.put(0,5); b.put(0,4)
b.put(1,3); b.put(0,3); b.put(0,3); b.put(1,3)   # 16 -> len 1 (code 0), 0 -> len 1 (code 1)
b.huff(1,1); b.put(0,2)
vec['bad_repeat_first'] = (b.done() + b"\x00" * 4, None)
# Dynamic block declaring 287 literal/length codes (HLIT = 30).
b = Bits(); b.put(1,1); b.put(2,2); b.put(30,5); b.put(0,5); b.put(0,4)
vec['bad_hlit'] = (b.done() + b"\x00" * 4, None)
# An empty final fixed block, then a trailing byte.
vec['empty'] = (bytes([0x03, 0x00]), b"")
vec['trailing'] = (bytes([0x03, 0x00, 0x00]), None)
bomb = bytes(256 * 1024)
vec['bomb'] = (deflate(bomb, level=9), bomb)

def cstr(bs):
    return '"' + ''.join(f'\\x{c:02x}' for c in bs) + '"'
def wrap(s, width=100):
    parts=[]; i=0
    while i < len(s):
        j=min(i+width,len(s))
        while s[j-1]=='\\' or (j<len(s) and s[j-4:j].count('\\')>0 and s[j-4:j].rfind('\\')>j-i-4 and False): j-=1
        parts.append(s[i:j]); i=j
    return parts
print("// Raw DEFLATE test vectors: streams from python3 zlib.compressobj(wbits=-15) on")
print("// sentences written for these tests, and hand-assembled broken streams")
print("// (tests/unit/inflate_vectors.py regenerates this file).")
print("#pragma once\n\n#include <string_view>\n\nnamespace inflate_vectors {\n")
print("using namespace std::string_view_literals;\n")
for name,(stream,plain) in vec.items():
    hexes=''.join(f'\\x{c:02x}' for c in stream)
    chunks=[hexes[i:i+96] for i in range(0,len(hexes),96)]
    print(f"constexpr std::string_view {name} =")
    print("\n".join('    "'+c+'"' for c in chunks) + "sv;" if chunks else '    ""sv;')
for name,(stream,plain) in vec.items():
    if plain is None or name == 'bomb': continue
    hexes=''.join(f'\\x{c:02x}' for c in plain)
    chunks=[hexes[i:i+96] for i in range(0,len(hexes),96)] or ['']
    print(f"constexpr std::string_view {name}_plain =")
    print("\n".join('    "'+c+'"' for c in chunks) + "sv;")
print(f"constexpr size_t bomb_plain_size = {len(bomb)};")
print("\n}  // namespace inflate_vectors")
import sys
if 0: sys.stderr.write("paragraph len %d, long_run %d, bomb stream %d, dynamic first byte %x, fixed %x, long %x\n" % (len(paragraph.encode()), len(long_run), len(vec['bomb'][0]), vec['dynamic'][0][0], vec['fixed'][0][0], vec['long_match'][0][0]))
