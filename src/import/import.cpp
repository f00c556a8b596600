// `minutes import`: plain-text or Markdown minutes to a record. This file holds the entry point,
// the encoding gate and the last checks; the walk over the lines is in import_walk.cpp.
#include <algorithm>

#include <fmt/format.h>

#include "import/importer.hpp"
#include "minutes/input.hpp"
#include "minutes/dates.hpp"
#include "minutes/translate.hpp"

namespace minutes {
namespace import_detail {
namespace {

constexpr std::size_t k_max_summary = 16384;
constexpr std::size_t k_max_text = 2000;
constexpr std::size_t k_max_items = 1000;

Diagnostic import_error(int line, int column, std::string rule, std::string message) {
  return Diagnostic{{line, column}, "", std::move(rule), Severity::error, std::move(message)};
}

// Line and column of the first NUL or control byte: binary data, not text in some encoding.
std::optional<Position> binary_byte(std::string_view bytes) {
  int line = 1;
  int column = 1;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c == '\n') {
      ++line, column = 1;
      continue;
    }
    if (c == 0 || (c < 0x20 && c != '\t' && c != '\r' && c != '\f') || c == 0x7F) {
      return Position{line, column};
    }
    if ((c & 0xC0) != 0x80) ++column;
  }
  return std::nullopt;
}

// The bytes must be UTF-8 text: the same check as records get, with words for import.
std::optional<Diagnostic> check_encoding(std::string& text) {
  const std::string original = text;
  Diagnostics problems = check_and_normalise_text(text);
  if (problems.empty()) return std::nullopt;
  sort_in_document_order(problems);
  const Diagnostic& first = problems.front();
  const bool wide = first.message.find("UTF-16") != std::string::npos ||
                    first.message.find("UTF-32") != std::string::npos;
  if (!wide) {
    if (const auto at = binary_byte(original)) {
      const Position position = first.position.line < at->line ||
                                        (first.position.line == at->line &&
                                         first.position.column < at->column)
                                    ? first.position
                                    : *at;
      return import_error(position.line, position.column, "encoding",
                          tr("not a text file but binary data (NUL or control bytes); import reads "
                             "UTF-8 plain text or Markdown"));
    }
  }
  return import_error(first.position.line, first.position.column, "encoding", first.message);
}

std::string summary_text(const std::vector<std::pair<int, int>>& spans,
                         const std::vector<std::string>& texts) {
  std::string out;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    if (i > 0) out += spans[i].first == spans[i - 1].second + 1 ? "\n" : "\n\n";
    out += texts[i];
  }
  return out;
}

}  // namespace

Importer::Importer(std::vector<Line> lines, const ImportOptions& options, std::string_view text)
    : m_options(options), m_lines(std::move(lines)), m_text(text), m_used(m_lines.size(), false) {}

void Importer::note(int line, std::string field, std::string value, std::string guess) {
  m_notes.push_back(ImportNote{line, std::move(field), std::move(value), std::move(guess)});
}

void Importer::to_summary(int first, int last, std::string text, const std::string& why) {
  if (trim(text).empty()) return;
  note(first, "summary", quote_value(text, 60), why);
  m_summary.push_back(SummaryPiece{first, last, std::move(text)});
}

tl::expected<ImportResult, Diagnostic> Importer::run() {
  if (auto error = read_heading()) return tl::unexpected(*error);
  if (auto error = settle_date()) return tl::unexpected(*error);
  // Times from the heading, noted after its date.
  if (m_meeting.start) note(m_title_line, "start", format_time(*m_meeting.start));
  if (m_meeting.end) note(m_title_line, "end", format_time(*m_meeting.end));
  if (m_options.language.empty()) {
    const LanguageGuess guess = guess_language(m_text);
    m_meeting.language = guess.language;
    note(0, "language", guess.language, guess.reason);
  } else {
    m_meeting.language = m_options.language;
    note(0, "language", m_options.language, {});
  }
  walk();
  if (auto error = finish()) return tl::unexpected(*error);
  std::stable_sort(m_notes.begin(), m_notes.end(),
                   [](const ImportNote& a, const ImportNote& b) { return a.line < b.line; });
  return ImportResult{std::move(m_meeting), std::move(m_notes)};
}

std::optional<Diagnostic> Importer::finish() {
  // Groups after the persons, as a clerk lists them.
  for (auto& [group, line] : m_groups) {
    note(line, fmt::format("participants[{}]", m_meeting.participants.size()),
         fmt::format("group {}, count {}", quote_value(group.name), group.count),
         "a group from a count of people");
    m_meeting.participants.emplace_back(std::move(group));
  }
  if (m_meeting.start && m_meeting.end && *m_meeting.end <= *m_meeting.start) {
    m_meeting.end.reset();
    note(m_title_line, "end", "left out", "the end time is not after the start time");
  }
  std::vector<std::pair<int, int>> spans;
  std::vector<std::string> texts;
  for (const SummaryPiece& piece : m_summary) {
    spans.emplace_back(piece.first, piece.last);
    texts.push_back(piece.text);
  }
  m_meeting.summary = summary_text(spans, texts);
  if (code_points(m_meeting.summary) > k_max_summary) {
    return import_error(m_summary.front().first, 1, "import",
                        tr_format("the text that could not be placed is {} characters long, "
                                  "more than a summary may hold ({}); split the document",
                                  code_points(m_meeting.summary), k_max_summary));
  }
  // `message` is a msgid: {0} the count found, {1} the most a record may hold.
  const auto too_many = [&](std::size_t count, const char* message) -> std::optional<Diagnostic> {
    if (count <= k_max_items) return std::nullopt;
    return import_error(1, 1, "import", tr_format(message, count, k_max_items));
  };
  if (auto e = too_many(m_meeting.participants.size(),
                        tr_noop("{0} participants, more than a record may hold ({1})"))) {
    return e;
  }
  if (auto e = too_many(m_meeting.agenda.size(),
                        tr_noop("{0} agenda items, more than a record may hold ({1})"))) {
    return e;
  }
  if (auto e = too_many(m_meeting.decisions.size(),
                        tr_noop("{0} decisions, more than a record may hold ({1})"))) {
    return e;
  }
  if (auto e = too_many(m_meeting.actions.size(),
                        tr_noop("{0} actions, more than a record may hold ({1})"))) {
    return e;
  }
  if (auto e = too_many(m_meeting.attachments.size(),
                        tr_noop("{0} attachments, more than a record may hold ({1})"))) {
    return e;
  }
  // Texts over the limit of 2000 characters: an agenda title moves to the notes; others are
  // reported, since cutting them would lose words.
  for (std::size_t i = 0; i < m_meeting.agenda.size(); ++i) {
    AgendaItem& item = m_meeting.agenda[i];
    if (code_points(item.title) > k_max_text) {
      item.notes = item.title + (item.notes.empty() ? "" : "\n\n" + item.notes);
      item.title = shorten(item.title, 200);
    }
    if (code_points(item.notes) > k_max_summary) {
      return import_error(
          1, 1, "import",
          // TRANSLATORS: {0} is the item's number, {1} its title, {2} the length
          // of its notes, {3} the most notes may hold.
          tr_format("the notes of agenda item {0} (\"{1}\") are {2} characters long, "
                    "more than notes may hold ({3}); split the document",
                    i + 1, shorten(item.title, 40), code_points(item.notes), k_max_summary));
    }
    if (code_points(item.presenter) > k_max_text) item.presenter.clear();
  }
  return std::nullopt;
}

}  // namespace import_detail

tl::expected<ImportResult, Diagnostic> import_minutes(std::string_view bytes,
                                                      const ImportOptions& options) {
  using namespace import_detail;
  std::string text(bytes);
  if (auto error = check_encoding(text)) return tl::unexpected(*error);
  if (text.empty()) {
    return tl::unexpected(
        import_error(1, 1, "import", tr("the file is empty: there is nothing to import")));
  }
  if (trim(text).empty()) {
    return tl::unexpected(import_error(
        1, 1, "import", tr("the file holds only blank lines: there is nothing to import")));
  }
  Importer importer(split_lines(text), options, text);
  return importer.run();
}

std::string format_import_note(const ImportNote& note) {
  std::string out = note.line > 0 ? std::to_string(note.line) : std::string("-");
  out += ": " + note.field + ": " + note.value;
  if (!note.guess.empty()) out += " (guessed: " + note.guess + ")";
  return out;
}

}  // namespace minutes
