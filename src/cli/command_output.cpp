#include "cli/command_output.hpp"

#include <fmt/format.h>

#include "cli/exit_codes.hpp"
#include "minutes/translate.hpp"

namespace minutes::cli {
namespace {

constexpr std::size_t k_hold_in_memory = 1u << 20;

bool write_stdout(std::string_view text) {
  return std::fwrite(text.data(), 1, text.size(), stdout) == text.size();
}

}  // namespace

CommandOutput::CommandOutput(std::string path, std::vector<FileIdentity> inputs, bool hold)
    : m_path(path == "-" ? std::string() : std::move(path)), m_inputs(std::move(inputs)), m_hold(hold) {}

CommandOutput::~CommandOutput() {
  if (m_spill) std::fclose(m_spill);
}

bool CommandOutput::fail_with(Error::Kind kind, std::string message) {
  if (!m_failed) m_error = Error{kind, std::move(message)};
  m_failed = true;
  return false;
}

bool CommandOutput::write(std::string_view text) {
  if (m_failed) return false;
  if (m_written + text.size() > k_max_output_bytes) {
    return fail_with(Error::Kind::input, tr_format("the output would be over the limit of {} bytes",
                                                   k_max_output_bytes));
  }
  m_written += text.size();
  if (!m_path.empty()) {
    if (!m_staged) {
      auto staged = StagedOutput::open(m_path, m_inputs);
      if (!staged) return fail_with(Error::Kind::io, staged.error());
      m_staged = std::move(*staged);
    }
    if (auto ok = m_staged->append(text); !ok) return fail_with(Error::Kind::io, ok.error());
    return true;
  }
  if (!m_hold) {
    return write_stdout(text) || fail_with(Error::Kind::io, tr("cannot write to standard output"));
  }
  m_buffer += text;
  if (m_buffer.size() > k_hold_in_memory) {
    if (!m_spill && !(m_spill = std::tmpfile())) {
      return fail_with(Error::Kind::io, tr("cannot create a temporary file for the output"));
    }
    if (std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_spill) != m_buffer.size()) {
      return fail_with(Error::Kind::io, tr("cannot write a temporary file for the output"));
    }
    m_buffer.clear();
  }
  return true;
}

tl::expected<void, Error> CommandOutput::finish() {
  if (m_failed) return tl::unexpected(m_error);
  if (!m_path.empty()) {
    if (!m_staged) {
      auto staged = StagedOutput::open(m_path, m_inputs);
      if (!staged) return fail(Error::Kind::io, staged.error());
      m_staged = std::move(*staged);
    }
    if (auto committed = m_staged->commit(); !committed) return fail(Error::Kind::io, committed.error());
    return {};
  }
  const auto cannot = [] { return fail(Error::Kind::io, tr("cannot write to standard output")); };
  if (m_spill) {
    std::rewind(m_spill);
    std::string chunk(64 * 1024, '\0');
    for (std::size_t got; (got = std::fread(chunk.data(), 1, chunk.size(), m_spill)) > 0;) {
      if (!write_stdout(std::string_view(chunk.data(), got))) return cannot();
    }
    if (std::ferror(m_spill)) {
      return fail(Error::Kind::io, tr("cannot read back the temporary output file"));
    }
  }
  if (!write_stdout(m_buffer) || std::fflush(stdout) != 0) return cannot();
  m_buffer.clear();
  return {};
}

int write_command_output(const std::string& path, std::string_view content,
                         std::vector<FileIdentity> inputs) {
  CommandOutput output(path, std::move(inputs));
  output.write(content);
  if (auto finished = output.finish(); !finished) return report_error(finished.error());
  return k_exit_ok;
}

int report_error(const Error& error) {
  error.kind == Error::Kind::internal ? print_internal_error(error.message)
                                      : print_error(error.message);
  return exit_status(error.kind);
}

// TRANSLATORS: the three prefixes of the command line's own lines; keep "minutes:" and the
// message ({}) at the end.
void print_error(std::string_view message) {
  fmt::print(stderr, "{}\n", tr_format("minutes: error: {}", message));
}

void print_warning(std::string_view message) {
  fmt::print(stderr, "{}\n", tr_format("minutes: warning: {}", message));
}

void print_internal_error(std::string_view message) {
  fmt::print(stderr, "{}\n", tr_format("minutes: internal error: {}", message));
}

}  // namespace minutes::cli
