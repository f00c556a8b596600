#include "cli/command_output.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include <fmt/format.h>

#include "cli/exit_codes.hpp"
#include "validate/suggest.hpp"

namespace minutes::cli {

tl::expected<const Emitter*, std::string> choose_emitter(const std::string& format,
                                                         const std::string& output,
                                                         const std::vector<std::string_view>& allowed,
                                                         std::string_view what) {
  std::vector<std::string> names;
  for (const Emitter& emitter : emitters()) {
    if (allowed.empty() || std::find(allowed.begin(), allowed.end(), emitter.name) != allowed.end()) {
      names.emplace_back(emitter.name);
    }
  }
  const std::string known = fmt::format("{}", fmt::join(names, ", "));
  const Emitter* emitter = nullptr;
  if (!format.empty()) {
    emitter = find_emitter(format);
    if (!emitter) {
      const std::string nearest = detail::nearest_word(format, names);
      return tl::unexpected(fmt::format("unknown format \"{}\"{}; the formats are: {}", format,
                                        nearest.empty() ? "" : fmt::format(" (did you mean \"{}\"?)", nearest),
                                        known));
    }
  } else if (!output.empty() && output != "-") {
    emitter = find_emitter_by_extension(std::filesystem::path(output).extension().string());
    if (!emitter) {
      return tl::unexpected(
          fmt::format("cannot tell the format from \"{}\"; use -t with one of: {}", output, known));
    }
  } else {
    emitter = find_emitter("markdown");
  }
  if (std::find(names.begin(), names.end(), emitter->name) == names.end()) {
    return tl::unexpected(fmt::format("{} can be written as {}, not \"{}\"", what, known, emitter->name));
  }
  return emitter;
}

CommandOutput::CommandOutput(std::string path, std::vector<FileIdentity> inputs)
    : m_path(path == "-" ? std::string() : std::move(path)), m_inputs(std::move(inputs)) {}

bool CommandOutput::write(std::string_view text) {
  if (!m_error.empty()) return false;
  if (m_written + text.size() > k_max_output_bytes) {
    m_error = fmt::format("the output would be over the limit of {} bytes", k_max_output_bytes);
    return false;
  }
  m_written += text.size();
  if (!m_path.empty()) {
    m_buffer += text;
    return true;
  }
  if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size()) {
    m_error = "cannot write to standard output";
    return false;
  }
  return true;
}

tl::expected<void, std::string> CommandOutput::finish() {
  if (!m_error.empty()) return tl::unexpected(m_error);
  if (m_path.empty()) {
    if (std::fflush(stdout) != 0) return tl::unexpected(std::string("cannot write to standard output"));
    return {};
  }
  auto staged = StagedOutput::create(m_path, m_buffer, m_inputs);
  if (!staged) return tl::unexpected(staged.error());
  return staged->commit();
}

int write_command_output(const std::string& path, std::string_view content,
                         std::vector<FileIdentity> inputs) {
  CommandOutput output(path, std::move(inputs));
  output.write(content);
  if (auto finished = output.finish(); !finished) {
    fmt::print(stderr, "minutes: error: {}\n", finished.error());
    return k_exit_usage;
  }
  return k_exit_ok;
}

}  // namespace minutes::cli
