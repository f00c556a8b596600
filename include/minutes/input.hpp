#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

#include <tl/expected.hpp>

#include "minutes/diagnostic.hpp"

namespace minutes {

inline constexpr std::size_t k_default_max_record_size = 1024 * 1024;

// Why a file could not be read at all (as opposed to being read and found invalid).
struct ReadFailure {
  std::string message;  // "is a directory", "No such file or directory", ...
};

struct ReadText {
  std::string bytes;
  bool too_large = false;  // bytes holds nothing then; size_limit was exceeded
  std::size_t size = 0;
};

// Opens without blocking, accepts only regular files, checks the size before reading.
tl::expected<ReadText, ReadFailure> read_record_file(const std::filesystem::path& path,
                                                     std::size_t size_limit);
// Reads a stream (standard input) up to size_limit bytes.
tl::expected<ReadText, ReadFailure> read_record_stream(int fd, std::size_t size_limit);

// Checks the bytes before YAML sees them: strict UTF-8, no NUL, no C0 control characters except
// TAB/LF/CR, no byte-order mark except one leading (which is removed), no UTF-16/32. CR LF and
// lone CR line ends become LF. Returns the problems found (at most one per kind).
Diagnostics check_and_normalise_text(std::string& text);

// Identity of a file (device and inode), to refuse writing over an input under another name.
struct FileIdentity {
  unsigned long long device = 0;
  unsigned long long inode = 0;
  friend bool operator==(const FileIdentity&, const FileIdentity&) = default;
};

std::optional<FileIdentity> identity_of(const std::filesystem::path& path);

}  // namespace minutes
