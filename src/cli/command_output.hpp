#pragma once

// How every command that writes a document picks its format and writes its bytes.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <tl/expected.hpp>

#include "minutes/emit.hpp"
#include "minutes/output.hpp"

namespace minutes::cli {

// No output may grow past this, whatever the input (docs/cli.md).
inline constexpr std::size_t k_max_output_bytes = 256u * 1024 * 1024;

// -t NAME, else the extension of -o FILE, else markdown. `allowed` limits the choice (empty: every
// format); `what` names the output in the message for a format it cannot take ("a summary").
tl::expected<const Emitter*, std::string> choose_emitter(const std::string& format,
                                                         const std::string& output,
                                                         const std::vector<std::string_view>& allowed,
                                                         std::string_view what);

// Standard output, written as the text comes; or -o FILE, written at the end through a
// temporary file (StagedOutput), so a reader never sees half of it and no input is overwritten.
class CommandOutput {
 public:
  CommandOutput(std::string path, std::vector<FileIdentity> inputs);
  // False once the output failed or went over the limit; the reason is in error().
  bool write(std::string_view text);
  tl::expected<void, std::string> finish();
  const std::string& error() const { return m_error; }

 private:
  std::string m_path;
  std::vector<FileIdentity> m_inputs;
  std::string m_buffer;  // -o only
  std::size_t m_written = 0;
  std::string m_error;
};

// The whole of `content` to -o FILE or standard output; an exit status, the error printed.
int write_command_output(const std::string& path, std::string_view content,
                         std::vector<FileIdentity> inputs);

}  // namespace minutes::cli
