#pragma once

// Where a command's document goes: standard output, or -o FILE written through a temporary
// file and renamed into place at the end, so a reader never sees half of it and no input is
// overwritten.

#include <cstddef>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <tl/expected.hpp>

#include "minutes/emit.hpp"
#include "minutes/output.hpp"

namespace minutes::cli {

// No output may grow past this, whatever the input (docs/cli.md).
inline constexpr std::size_t k_max_output_bytes = 256u * 1024 * 1024;

class CommandOutput final : public Sink {
 public:
  // `hold`: nothing reaches standard output before finish(), because the command may still
  // decide to write nothing (render streams rows while later records may turn out invalid).
  // Held text spills from memory into an unnamed temporary file, so memory stays flat.
  CommandOutput(std::string path, std::vector<FileIdentity> inputs, bool hold = false);
  ~CommandOutput() override;
  CommandOutput(const CommandOutput&) = delete;
  CommandOutput& operator=(const CommandOutput&) = delete;

  bool write(std::string_view text) override;
  Error error() const override { return m_error; }
  bool failed() const { return m_failed; }
  tl::expected<void, Error> finish();

 private:
  bool fail_with(Error::Kind kind, std::string message);
  std::string m_path;
  std::vector<FileIdentity> m_inputs;
  bool m_hold;
  std::optional<StagedOutput> m_staged;  // -o
  std::string m_buffer;                  // held text not yet spilled
  std::FILE* m_spill = nullptr;          // held text beyond the buffer
  std::size_t m_written = 0;
  bool m_failed = false;
  Error m_error;
};

// The whole of `content` to -o FILE or standard output; an exit status, the error printed.
int write_command_output(const std::string& path, std::string_view content,
                         std::vector<FileIdentity> inputs);

}  // namespace minutes::cli
