#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <tl/expected.hpp>

namespace minutes {

// Identity of a file (device and inode), to refuse writing over an input under another name.
struct FileIdentity {
  unsigned long long device = 0;
  unsigned long long inode = 0;
  friend bool operator==(const FileIdentity&, const FileIdentity&) = default;
};

std::optional<FileIdentity> identity_of(const std::filesystem::path& path);

// An output written to a temporary file beside its target and renamed into place on commit(),
// so a reader sees the old file or the new one, never half of one. Destroying it without
// commit() removes the temporary file.
class StagedOutput {
 public:
  // Refuses a target that is one of `inputs`, or exists and is not a regular file.
  static tl::expected<StagedOutput, std::string> create(const std::filesystem::path& target,
                                                        std::string_view content,
                                                        const std::vector<FileIdentity>& inputs);
  tl::expected<void, std::string> commit();

  StagedOutput(StagedOutput&& other) noexcept;
  StagedOutput& operator=(StagedOutput&& other) noexcept;
  StagedOutput(const StagedOutput&) = delete;
  StagedOutput& operator=(const StagedOutput&) = delete;
  ~StagedOutput();

  const std::filesystem::path& target() const { return m_target; }

 private:
  StagedOutput(std::filesystem::path target, std::filesystem::path temporary)
      : m_target(std::move(target)), m_temporary(std::move(temporary)) {}
  std::filesystem::path m_target;
  std::filesystem::path m_temporary;  // empty once committed or moved from
};

}  // namespace minutes
