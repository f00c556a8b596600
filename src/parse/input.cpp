#include "minutes/input.hpp"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "minutes/translate.hpp"

namespace minutes {
namespace {

// Reads until end of file or until more than size_limit bytes have arrived.
tl::expected<ReadText, ReadFailure> read_all(int fd, std::size_t size_limit) {
  ReadText result;
  char buffer[64 * 1024];
  for (;;) {
    const ssize_t got = ::read(fd, buffer, sizeof buffer);
    if (got < 0) {
      if (errno == EINTR) continue;
      return tl::unexpected(ReadFailure{std::strerror(errno)});
    }
    if (got == 0) break;
    result.size += static_cast<std::size_t>(got);
    if (result.size > size_limit) {
      result.too_large = true;
      result.bytes.clear();
      return result;
    }
    result.bytes.append(buffer, static_cast<std::size_t>(got));
  }
  return result;
}

class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : m_fd(fd) {}
  ~FileDescriptor() {
    if (m_fd >= 0) ::close(m_fd);
  }
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  int get() const { return m_fd; }

 private:
  int m_fd;
};

}  // namespace

tl::expected<ReadText, ReadFailure> read_record_file(const std::filesystem::path& path,
                                                     std::size_t size_limit) {
  // O_NONBLOCK: opening a FIFO must not wait for a writer.
  FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC));
  if (fd.get() < 0) return tl::unexpected(ReadFailure{std::strerror(errno)});
  struct stat info {};
  if (::fstat(fd.get(), &info) != 0) return tl::unexpected(ReadFailure{std::strerror(errno)});
  if (S_ISDIR(info.st_mode)) return tl::unexpected(ReadFailure{tr("is a directory")});
  if (!S_ISREG(info.st_mode)) {
    return tl::unexpected(ReadFailure{tr("not a regular file (a FIFO, device or socket)")});
  }
  if (static_cast<std::size_t>(info.st_size) > size_limit) {
    ReadText result;
    result.too_large = true;
    result.size = static_cast<std::size_t>(info.st_size);
    return result;
  }
  const int flags = ::fcntl(fd.get(), F_GETFL);
  if (flags >= 0) ::fcntl(fd.get(), F_SETFL, flags & ~O_NONBLOCK);
  return read_all(fd.get(), size_limit);
}

tl::expected<ReadText, ReadFailure> read_record_stream(int fd, std::size_t size_limit) {
  return read_all(fd, size_limit);
}

namespace {

// Whether text[at], text[at + 1] and text[at + 2] are all NUL bytes.
bool starts_with_nuls(const std::string& text, std::size_t at) {
  return text.compare(at, 3, std::string_view("\0\0\0", 3)) == 0;
}

std::size_t utf8_sequence_length(const std::string& text, std::size_t at) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(at);
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  char32_t minimum = 0;
  char32_t code_point = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2, minimum = 0x80, code_point = lead & 0x1F;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, minimum = 0x800, code_point = lead & 0x0F;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, minimum = 0x10000, code_point = lead & 0x07;
  } else {
    return 0;
  }
  if (at + length > text.size()) return 0;
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(at + i) & 0xC0) != 0x80) return 0;
    code_point = (code_point << 6) | (byte(at + i) & 0x3F);
  }
  const bool overlong = code_point < minimum;
  const bool surrogate = code_point >= 0xD800 && code_point <= 0xDFFF;
  if (overlong || surrogate || code_point > 0x10FFFF) return 0;
  return length;
}

}  // namespace

Diagnostics check_and_normalise_text(std::string& text) {
  Diagnostics problems;
  const auto starts_with = [&](std::string_view prefix) {
    return std::string_view(text).starts_with(prefix);
  };
  using namespace std::string_view_literals;
  // Without a byte-order mark, ASCII in UTF-32 is one byte and three NULs (LE) or three NULs
  // and one byte (BE); without this test UTF-32 LE would be taken for UTF-16.
  const bool utf32_without_bom =
      text.size() >= 4 && ((text[0] != '\0' && starts_with_nuls(text, 1)) ||
                           (text[3] != '\0' && starts_with_nuls(text, 0)));
  if (starts_with("\xFF\xFE\0\0"sv) || starts_with("\0\0\xFE\xFF"sv) || utf32_without_bom) {
    problems.push_back(
        {{1, 1}, "", "encoding", Severity::error, tr("the file is UTF-32; save it as UTF-8")});
    return problems;
  }
  if (starts_with("\xFF\xFE"sv) || starts_with("\xFE\xFF"sv) ||
      (text.size() >= 2 && (text[0] == '\0') != (text[1] == '\0'))) {
    problems.push_back(
        {{1, 1}, "", "encoding", Severity::error, tr("the file is UTF-16; save it as UTF-8")});
    return problems;
  }
  if (starts_with("\xEF\xBB\xBF")) text.erase(0, 3);

  int line = 1;
  int column = 1;
  bool bad_utf8 = false, nul = false, control = false, bom = false, carriage_return = false;
  const auto report = [&](bool& seen, std::string message) {
    if (seen) return;
    seen = true;
    problems.push_back({{line, column}, "", "encoding", Severity::error, std::move(message)});
  };
  // One pass that only reads; the text is copied only when it has carriage returns to replace.
  for (std::size_t at = 0; at < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[at]);
    if (c >= 0x20 && c < 0x7F) {  // printable ASCII, the common case
      ++at, ++column;
      continue;
    }
    if (c == '\n' || c == '\r') {
      carriage_return |= c == '\r';
      at += (c == '\r' && at + 1 < text.size() && text[at + 1] == '\n') ? 2 : 1;
      ++line, column = 1;
      continue;
    }
    if (c == 0) {
      report(nul, tr("a NUL byte; a record is text and holds none"));
    } else if ((c < 0x20 && c != '\t') || c == 0x7F) {
      // TRANSLATORS: {:02x} is the byte in hexadecimal, after \x: \x1b.
      report(control,
             tr_format("the control character \\x{:02x}; only tab and line breaks are allowed", c));
    }
    const std::size_t length = utf8_sequence_length(text, at);
    if (length == 0) {
      report(bad_utf8, tr_format("invalid UTF-8 (byte \\x{:02x}); save the file as UTF-8 (it may "
                                 "be Latin-1 or Windows-1252)",
                                 c));
      ++at, ++column;
      continue;
    }
    if (length == 3 && std::string_view(text).substr(at, 3) == "\xEF\xBB\xBF") {
      report(bom,
             tr("a byte-order mark (U+FEFF) inside the text; it is only allowed at the start"));
    }
    at += length;
    ++column;
  }
  if (carriage_return) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size(); ++at) {
      if (text[at] != '\r') {
        out += text[at];
      } else if (at + 1 >= text.size() || text[at + 1] != '\n') {
        out += '\n';  // a lone CR (old Mac files) ends a line too
      }
    }
    text = std::move(out);
  }
  return problems;
}

std::optional<FileIdentity> identity_of(const std::filesystem::path& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return std::nullopt;
  return FileIdentity{static_cast<unsigned long long>(info.st_dev),
                      static_cast<unsigned long long>(info.st_ino)};
}

}  // namespace minutes
