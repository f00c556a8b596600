#include "cli/report_common.hpp"

#include <ctime>
#include <limits>
#include <stdexcept>

#include <unistd.h>

#include <fmt/format.h>

#include "cli/color.hpp"
#include "cli/exit_codes.hpp"
#include "cli/in_order.hpp"
#include "minutes/labels.hpp"
#include "validate/formats.hpp"

namespace minutes::cli {
namespace {

// As for render: no output may grow past this (docs/cli.md).

}  // namespace

tl::expected<Date, std::string> parse_date_option(std::string_view option, std::string_view text) {
  if (text == "today") return today();
  auto date = detail::parse_date(text);
  if (!date) {
    return tl::unexpected(fmt::format("{}: expected a date like 2024-12-31 or \"today\", got \"{}\"{}",
                                      option, text,
                                      date.error().reason.empty() ? "" : " (" + date.error().reason + ")"));
  }
  return *date;
}

Date today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

void LanguageTally::add(std::string_view language) {
  const std::string_view tag = language.empty() ? std::string_view("en") : language;
  for (auto& [known, count] : m_counts) {
    if (known == tag) {
      ++count;
      return;
    }
  }
  m_counts.emplace_back(std::string(tag), 1);
}

std::string LanguageTally::most_common() const {
  std::string best = "en";
  std::size_t most = 0;
  for (const auto& [language, count] : m_counts) {
    if (count > most) {
      most = count;
      best = language;
    }
  }
  return best;
}

std::string report_language(const std::string& requested, const std::string& found) {
  const std::string wanted = requested.empty() ? found : requested;
  if (auto supported = supported_language(wanted)) return *supported;
  fmt::print(stderr, "minutes: warning: no labels for language \"{}\"; using English (known: {})\n",
             wanted, fmt::join(label_languages(), ", "));
  return "en";
}

Progress::Progress(std::size_t total)
    : m_total(total),
      m_terminal(::isatty(STDERR_FILENO) == 1),
      m_start(std::chrono::steady_clock::now()),
      m_last(m_start) {}

void Progress::step() {
  ++m_done;
  if (!m_terminal || (m_done & 15) != 0) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - m_start < std::chrono::seconds(1) || now - m_last < std::chrono::milliseconds(200)) return;
  m_last = now;
  m_shown = true;
  fmt::print(stderr, "\rminutes: {}/{} records", m_done, m_total);
  std::fflush(stderr);
}

void Progress::clear() {
  if (!m_shown) return;
  m_shown = false;
  fmt::print(stderr, "\r{:{}}\r", "", 40);
  std::fflush(stderr);
}

namespace {

// Source names as compact text: each folder once, then the file names one after the other in
// one string. "-" is standard input (a walked folder only yields *.yaml and *.yml names).
class SourceList {
 public:
  void add(const RecordSource& source) {
    const std::string path = source.is_stdin ? std::string("-") : source.path.string();
    const std::size_t slash = path.rfind('/');
    const std::string_view folder = slash == std::string::npos ? std::string_view() : std::string_view(path).substr(0, slash + 1);
    if (m_folders.empty() || m_folders.back() != folder) m_folders.emplace_back(folder);
    m_names += path.substr(folder.size());
    if (m_names.size() > std::numeric_limits<std::uint32_t>::max()) {
      throw std::length_error("more than 4 GB of file names");
    }
    m_entries.push_back({static_cast<std::uint32_t>(m_names.size()), static_cast<std::uint32_t>(m_folders.size() - 1)});
  }
  std::size_t size() const { return m_entries.size(); }
  RecordSource operator[](std::size_t i) const {
    const std::size_t begin = i == 0 ? 0 : m_entries[i - 1].end;
    const std::string name = m_folders[m_entries[i].folder] + m_names.substr(begin, m_entries[i].end - begin);
    return name == "-" ? RecordSource{"-", true} : RecordSource{name, false};
  }

 private:
  struct Entry {
    std::uint32_t end;  // of the file name in m_names
    std::uint32_t folder;
  };
  std::vector<std::string> m_folders;
  std::string m_names;
  std::vector<Entry> m_entries;
};

}  // namespace

ReadResult read_records(const RecordOptions& options, bool keep_going, const std::string& output,
                        const std::function<void(const std::string& name, const Meeting&)>& fold) {
  ReadResult result;
  const std::optional<FileIdentity> target =
      output.empty() || output == "-" ? std::nullopt : identity_of(output);
  SourceList sources;
  const std::vector<SourceProblem> problems = walk_sources(options.paths, [&](RecordSource source) {
    if (target && !source.is_stdin && result.inputs.empty() && identity_of(source.path) == target) {
      result.inputs.push_back(*target);
    }
    sources.add(source);
  });
  for (const SourceProblem& problem : problems) {
    fmt::print(stderr, "minutes: error: {}: {}\n", problem.path, problem.message);
  }
  if (!problems.empty()) {
    result.status = k_exit_usage;
    return result;
  }
  if (sources.size() == 0) {
    fmt::print(stderr, "minutes: error: no *.yaml or *.yml files found in the given paths\n");
    result.status = k_exit_usage;
    return result;
  }

  struct Loaded {
    FileOutcome outcome;
    std::optional<Meeting> meeting;
  };
  const CheckOptions check_options{nullptr, options.strict};
  PrinterOptions printer_options;
  printer_options.summary = false;
  printer_options.color = use_color(options.color, stderr);
  auto printer = make_printer(OutputFormat::text, stderr, printer_options);
  Progress progress(sources.size());
  run_in_order<Loaded>(
      sources.size(), options.job_count(),
      [&](std::size_t i) {
        LoadedRecord loaded = load_record(sources[i], check_options, options.max_size);
        Loaded out;
        out.outcome = FileOutcome{std::move(loaded.name), loaded.failure ? loaded.failure->message : "",
                                  std::move(loaded.record.diagnostics), {}};
        if (!out.outcome.diagnostics.empty()) {
          out.outcome.source_lines = lines_for(loaded.record.text, out.outcome.diagnostics);
        }
        out.meeting = std::move(loaded.record.meeting);
        return out;
      },
      [&](std::size_t, Loaded loaded) {
        result.summary.add(loaded.outcome);
        if (!loaded.outcome.diagnostics.empty() || !loaded.outcome.failure.empty()) {
          progress.clear();
          printer->file(loaded.outcome);
        }
        if (loaded.meeting) fold(loaded.outcome.name, *loaded.meeting);
        progress.step();
      });
  progress.clear();
  const RunSummary& summary = result.summary;
  if (summary.invalid > 0 || summary.unreadable > 0) {
    const std::size_t left_out = summary.invalid + summary.unreadable;
    if (keep_going) {
      fmt::print(stderr, "minutes: {} left out of the report: {}\n",
                 left_out == 1 ? "1 record" : fmt::format("{} records", left_out), summary_line(summary));
    } else {
      fmt::print(stderr, "minutes: nothing written: {}\n", summary_line(summary));
      result.status = summary.unreadable > 0 ? k_exit_usage : k_exit_invalid;
    }
  }
  return result;
}

int status_after_report(const RunSummary& summary) {
  if (summary.unreadable > 0) return k_exit_usage;
  return summary.invalid > 0 ? k_exit_invalid : k_exit_ok;
}

}  // namespace minutes::cli
