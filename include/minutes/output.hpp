#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <tl/expected.hpp>

#include "minutes/input.hpp"

namespace minutes {


// An output written to a temporary file beside its target and renamed into place on commit(),
// so a reader sees the old file or the new one, never half of one. Destroying it without
// commit() removes the temporary file.
class StagedOutput {
 public:
  // When one output is written, each file is flushed to disk before it is renamed. For many
  // outputs into one folder that is thousands of waits; `batch` leaves flushing to
  // flush_folder(), called once before the commits.
  enum class Flush { each, batch };

  // Refuses a target that is one of `inputs`, or exists and is not a regular file.
  static tl::expected<StagedOutput, std::string> create(const std::filesystem::path& target,
                                                        std::string_view content,
                                                        const std::vector<FileIdentity>& inputs,
                                                        Flush flush = Flush::each);
  // The same, for content written piece by piece with append(): the file stays open until
  // commit() or destruction.
  static tl::expected<StagedOutput, std::string> open(const std::filesystem::path& target,
                                                      const std::vector<FileIdentity>& inputs,
                                                      Flush flush = Flush::each);
  tl::expected<void, std::string> append(std::string_view content);
  // Renames the temporary file over the target; with Flush::each also flushes the folder.
  tl::expected<void, std::string> commit();
  // Flushes the file system holding `folder` (syncfs) and the folder itself: one call for a
  // batch of outputs, before their commit() and after it.
  static tl::expected<void, std::string> flush_folder(const std::filesystem::path& folder);

  StagedOutput(StagedOutput&& other) noexcept;
  StagedOutput& operator=(StagedOutput&& other) noexcept;
  StagedOutput(const StagedOutput&) = delete;
  StagedOutput& operator=(const StagedOutput&) = delete;
  ~StagedOutput();

  const std::string& target() const { return m_target; }

 private:
  StagedOutput(std::string target, std::string temporary, Flush flush)
      : m_target(std::move(target)), m_temporary(std::move(temporary)), m_flush(flush) {}
  // Strings, not std::filesystem::path, which keeps every component as a path of its own: a
  // run writing one file per input holds one of these per input until the renames.
  std::string m_target;
  std::string m_temporary;  // empty once committed or moved from
  Flush m_flush = Flush::each;
  int m_fd = -1;  // open while content is appended
  tl::expected<void, std::string> close_file();
};

}  // namespace minutes
