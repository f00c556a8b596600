#include "minutes/output.hpp"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "minutes/translate.hpp"

namespace minutes {


namespace {

// `what` is a msgid (tr_noop), translated here, after errno is taken.
std::string describe_errno(const char* what, const std::filesystem::path& path) {
  const int error = errno;
  return fmt::format("{}: {}: {}", path.string(), tr(what), std::strerror(error));
}

bool write_all(int fd, std::string_view content) {
  while (!content.empty()) {
    const ssize_t written = ::write(fd, content.data(), content.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    content.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

}  // namespace

tl::expected<StagedOutput, std::string> StagedOutput::open(const std::filesystem::path& target,
                                                          const std::vector<FileIdentity>& inputs,
                                                          Flush flush) {
  struct stat info {};
  if (::stat(target.c_str(), &info) == 0) {
    if (!S_ISREG(info.st_mode)) {
      return tl::unexpected(
          tr_format("{}: refusing to write: not a regular file", target.string()));
    }
    const FileIdentity existing{static_cast<unsigned long long>(info.st_dev),
                                static_cast<unsigned long long>(info.st_ino)};
    for (const FileIdentity& input : inputs) {
      if (input == existing) {
        return tl::unexpected(
            tr_format("{}: refusing to write over an input file", target.string()));
      }
    }
  }
  const std::filesystem::path folder =
      target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
  std::string pattern = (folder / fmt::format(".{}.XXXXXX", target.filename().string())).string();
  const int fd = ::mkstemp(pattern.data());
  if (fd < 0) {
    return tl::unexpected(describe_errno(tr_noop("cannot create a temporary file"), folder));
  }
  StagedOutput staged(target.string(), pattern, flush);
  staged.m_fd = fd;
  // mkstemp makes the file 0600; an output should get the usual permissions.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd, 0666 & ~mask);
  return staged;
}

tl::expected<void, std::string> StagedOutput::append(std::string_view content) {
  if (m_fd < 0 || !write_all(m_fd, content)) {
    return tl::unexpected(describe_errno(tr_noop("cannot write"), m_target));
  }
  return {};
}

tl::expected<void, std::string> StagedOutput::close_file() {
  if (m_fd < 0) return {};
  const bool ok = m_flush == Flush::batch || ::fsync(m_fd) == 0;
  const int saved_errno = errno;
  ::close(m_fd);
  m_fd = -1;
  if (!ok) {
    errno = saved_errno;
    return tl::unexpected(describe_errno(tr_noop("cannot write"), m_target));
  }
  return {};
}

tl::expected<StagedOutput, std::string> StagedOutput::create(
    const std::filesystem::path& target, std::string_view content,
    const std::vector<FileIdentity>& inputs, Flush flush) {
  auto staged = open(target, inputs, flush);
  if (!staged) return staged;
  // Closed at once: a run writing one file per input must not hold a descriptor per file.
  if (auto ok = staged->append(content); !ok) return tl::unexpected(ok.error());
  if (auto ok = staged->close_file(); !ok) return tl::unexpected(ok.error());
  return staged;
}

tl::expected<void, std::string> StagedOutput::commit() {
  if (auto closed = close_file(); !closed) return closed;
  if (::rename(m_temporary.c_str(), m_target.c_str()) != 0) {
    return tl::unexpected(describe_errno(tr_noop("cannot replace"), m_target));
  }
  m_temporary.clear();
  if (m_flush == Flush::each) {
    const std::filesystem::path target(m_target);
    const std::filesystem::path folder =
        target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
    const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
      ::fsync(dir);
      ::close(dir);
    }
  }
  return {};
}

tl::expected<void, std::string> StagedOutput::flush_folder(const std::filesystem::path& folder) {
  const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir < 0) return tl::unexpected(describe_errno(tr_noop("cannot open the folder"), folder));
  const bool ok = ::syncfs(dir) == 0 && ::fsync(dir) == 0;
  const int saved_errno = errno;
  ::close(dir);
  if (!ok) {
    errno = saved_errno;
    return tl::unexpected(describe_errno(tr_noop("cannot flush"), folder));
  }
  return {};
}

StagedOutput::StagedOutput(StagedOutput&& other) noexcept
    : m_target(std::move(other.m_target)),
      m_temporary(std::move(other.m_temporary)),
      m_flush(other.m_flush),
      m_fd(other.m_fd) {
  other.m_temporary.clear();
  other.m_fd = -1;
}

StagedOutput& StagedOutput::operator=(StagedOutput&& other) noexcept {
  if (this != &other) {
    if (m_fd >= 0) ::close(m_fd);
    if (!m_temporary.empty()) ::unlink(m_temporary.c_str());
    m_target = std::move(other.m_target);
    m_temporary = std::move(other.m_temporary);
    m_flush = other.m_flush;
    m_fd = other.m_fd;
    other.m_temporary.clear();
    other.m_fd = -1;
  }
  return *this;
}

StagedOutput::~StagedOutput() {
  if (m_fd >= 0) ::close(m_fd);
  if (!m_temporary.empty()) ::unlink(m_temporary.c_str());
}

}  // namespace minutes
