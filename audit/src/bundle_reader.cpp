// Reading a bundle file: its header, manifest, inputs and seal checked and its log framed
// into entries (parse_bundle).

#include "bailiff/audit/bundle.hpp"
#include "bailiff/error.hpp"
#include "bundle_format.hpp"

namespace bailiff::audit {

using namespace bundle_detail;

namespace {

[[noreturn]] void not_a_bundle(const std::string& file, std::uint64_t offset, std::string field,
                               std::string expected, std::string found) {
  throw InputError(file, "byte " + std::to_string(offset), std::move(field), std::move(expected),
                   std::move(found));
}

std::string shown_bytes(std::string_view bytes) {
  std::string out;
  for (unsigned char c : bytes.substr(0, 8)) {
    if (c >= 0x20 && c < 0x7F && c != '\\') {
      out.push_back(static_cast<char>(c));
    } else {
      out += "\\x" + hex_digits(c, 2);
    }
  }
  return "\"" + out + "\"";
}

// What a file that is not a bundle begins with, in words: never its bytes, which may be a
// key file's seed or any other secret given by mistake.
std::string what_it_is(std::string_view bytes) {
  if (bytes.substr(0, 22) == "robot-bailiff Ed25519 ") return "a key file (not shown)";
  if (bytes.substr(0, 5) == "\x89RBR") return "a receipt (check it with `bailiff verify-receipt`)";
  const std::size_t first = bytes.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && (bytes[first] == '{' || bytes[first] == '['))
    return "JSON text";
  return "other bytes (not shown)";
}

/// Bounds-checked reader over the file.
struct Reader {
  std::string_view bytes;
  std::uint64_t pos;
  std::uint64_t end;
  const std::string& file;

  void need(std::uint64_t n, const char* field) const {
    if (end - pos < n) {
      not_a_bundle(file, pos, field, std::to_string(n) + " more bytes inside its section",
                   std::to_string(end - pos) + " bytes");
    }
  }
  std::uint64_t u(int n, const char* field) {
    need(static_cast<std::uint64_t>(n), field);
    const std::uint64_t v = get_be(bytes.data() + pos, n);
    pos += static_cast<std::uint64_t>(n);
    return v;
  }
  std::string_view take(std::uint64_t n, const char* field) {
    need(n, field);
    const std::string_view v = bytes.substr(pos, n);
    pos += n;
    return v;
  }
};

}  // namespace

Bundle parse_bundle(std::string_view bytes, const std::string& file) {
  Bundle b;
  b.file = file;
  b.size = bytes.size();
  std::uint64_t size = bytes.size();  // of the file; then up to the seal's end
  if (size < kBundleMagic.size() || bytes.substr(0, kBundleMagic.size()) != kBundleMagic) {
    if (size < kBundleMagic.size() && kBundleMagic.substr(0, size) == bytes) {
      not_a_bundle(file, size, "magic", "a robot-bailiff bundle (truncated: the file ends here)",
                   std::to_string(size) + " bytes");
    }
    not_a_bundle(file, 0, "magic",
                 "a robot-bailiff bundle (starting with \\x89RBB\\r\\n\\x1a\\n, written by "
                 "`decide --bundle`, `simulate --bundle` or `check-records --bundle`)",
                 what_it_is(bytes));
  }
  constexpr std::uint64_t kHeader = 12;
  constexpr std::uint64_t kTail = 8 + 32;
  if (size < kHeader) {
    not_a_bundle(file, size, "header", "12 header bytes (truncated: the file ends here)",
                 std::to_string(size) + " bytes");
  }
  b.header = bytes.substr(0, kHeader);
  b.version = static_cast<std::uint16_t>(get_be(bytes.data() + 8, 2));
  if (b.version != kBundleFormatVersion) {
    not_a_bundle(file, 8, "format version", std::to_string(kBundleFormatVersion),
                 std::to_string(b.version));
  }
  const auto kind = static_cast<unsigned char>(bytes[10]);
  if (kind < 1 || kind > 3) {
    not_a_bundle(file, 10, "kind", "1 (decide), 2 (simulate) or 3 (records)", std::to_string(kind));
  }
  b.kind = static_cast<BundleKind>(kind);
  const auto flags = static_cast<unsigned char>(bytes[11]);
  if (flags != 0 && flags != kBundleFlagSigned) {
    not_a_bundle(file, 11, "flags", "0 (unsigned) or 1 (signed)", std::to_string(flags));
  }
  if (flags == kBundleFlagSigned) {
    constexpr std::uint64_t kSignatureTail = 8 + 64;
    if (size < kHeader + 24 + kTail + kSignatureTail ||
        bytes.substr(size - kSignatureTail, 8) != kSignatureMarker) {
      not_a_bundle(file, size, "signature",
                   "a signed bundle's marker \"RBB-SIG\" and signature in its last 72 bytes (the "
                   "header says signed; the file is truncated, or bytes were appended)",
                   std::to_string(size) + " bytes without it");
    }
    size -= kSignatureTail;
    Signature signature{};
    for (std::size_t i = 0; i < signature.size(); ++i) {
      signature[i] = static_cast<std::uint8_t>(bytes[size + 8 + i]);
    }
    b.signature = signature;
  }
  if (size < kHeader + 24 + kTail || bytes.substr(size - kTail, 8) != kBundleTrailer) {
    not_a_bundle(file, size, "end marker",
                 "the bundle's end marker \"RBB-END\" and seal in its last 40 bytes (the file "
                 "is truncated, or bytes were appended)",
                 std::to_string(size) + " bytes without it");
  }
  const std::uint64_t content_end = size - kTail;
  b.seal = digest_at(reinterpret_cast<const std::uint8_t*>(bytes.data() + content_end + 8));

  Reader r{bytes, kHeader, content_end, file};
  const std::uint64_t manifest_size = r.u(8, "manifest length");
  b.manifest_offset = r.pos;
  b.manifest = r.take(manifest_size, "manifest");
  const std::uint64_t inputs_size = r.u(8, "inputs length");
  {
    const std::uint64_t inputs_end = r.pos;
    r.need(inputs_size, "inputs");
    Reader in{bytes, inputs_end, inputs_end + inputs_size, file};
    const std::uint64_t count = in.u(4, "input count");
    for (std::uint64_t i = 0; i < count; ++i) {
      BundleInput input;
      input.role = std::string(in.take(in.u(4, "input role length"), "input role"));
      input.name = std::string(in.take(in.u(4, "input name length"), "input name"));
      input.bytes = std::string(in.take(in.u(8, "input size"), "input bytes"));
      b.inputs.push_back(std::move(input));
    }
    if (in.pos != in.end) {
      not_a_bundle(file, in.pos, "inputs", "the end of the inputs section",
                   std::to_string(in.end - in.pos) + " more bytes");
    }
    r.pos += inputs_size;
  }
  const std::uint64_t log_size = r.u(8, "log length");
  b.log_offset = r.pos;
  if (log_size != content_end - r.pos) {
    not_a_bundle(file, r.pos - 8, "log length",
                 std::to_string(content_end - r.pos) + " (the bytes up to the end marker)",
                 std::to_string(log_size));
  }

  // Frame the log; damage here is reported, not thrown.
  b.entries.reserve(static_cast<std::size_t>(log_size / 96 + 16));
  std::uint64_t pos = b.log_offset;
  std::uint64_t records = 0;
  const char record_tag = b.kind == BundleKind::kDecide    ? 'D'
                          : b.kind == BundleKind::kRecords ? 'F'
                                                           : 'B';
  const char header_tag = b.kind == BundleKind::kSimulate ? 'R' : 'C';
  while (pos < content_end) {
    const std::uint64_t left = content_end - pos;
    auto fail = [&](std::string reason) {
      b.framing = ChainBreak{
          b.entries.size(), records, pos,
          "entry " + std::to_string(b.entries.size()) + " at byte " + std::to_string(pos),
          std::move(reason)};
    };
    const auto tag = static_cast<unsigned char>(bytes[pos]);
    const bool known = tag == static_cast<unsigned char>(header_tag) ||
                       tag == static_cast<unsigned char>(record_tag);
    if (!known) {
      fail("unknown entry tag " + shown_bytes(bytes.substr(pos, 1)) + " (expected '" + header_tag +
           "' or '" + record_tag + "')");
      break;
    }
    if (left < 5 + 32) {
      fail("the log ends inside an entry (" + std::to_string(left) + " bytes left)");
      break;
    }
    const std::uint64_t length = get_be(bytes.data() + pos + 1, 4);
    if (length > left - 5 - 32) {
      fail("entry length " + std::to_string(length) + " runs past the end of the log (" +
           std::to_string(left - 5 - 32) + " bytes left for its body)");
      break;
    }
    BundleEntry e;
    e.tag = static_cast<EntryTag>(tag);
    e.offset = pos;
    e.body = bytes.substr(pos + 5, length);
    e.link = reinterpret_cast<const std::uint8_t*>(bytes.data() + pos + 5 + length);
    b.entries.push_back(e);
    if (tag == static_cast<unsigned char>(record_tag)) ++records;
    pos += 5 + length + 32;
  }
  return b;
}

}  // namespace bailiff::audit
