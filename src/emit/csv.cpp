// CSV: a table streamed, the header once and then rows as they come: the record tables of
// `render` (src/report/record_tables.cpp, rows made per record), or the tables of `summary` and
// `actions`.
//
// Quoting. Every field is quoted and `"` is doubled (RFC 4180), not only fields that "need" it:
// a rule that decides per field is one more thing to get wrong (bloaty forgot newlines), and a
// reader never has to guess. Line ends are CRLF as RFC 4180 says; newlines inside a cell are
// kept as written, which is legal inside quotes. Output is UTF-8; the optional BOM exists
// because Excel otherwise opens UTF-8 as the local code page (LibreOffice needs the charset
// chosen on import either way).
//
// Formula guard (on by default, --no-formula-guard turns it off). Spreadsheets run a cell
// as a formula when it starts with `=`, and Excel also with `+`, `-` and `@`; a record is
// written by whoever took the minutes, so `=HYPERLINK("http://evil", "click")` in an answer
// would become a live link or worse (OWASP "CSV Injection"; LibreOffice 7.4 evaluates `=`
// even inside quotes). Such cells get a leading `'`, the conventional "this is text" marker.
// We also guard a leading TAB or CR (Excel strips them and then looks at what follows), the
// full-width forms ＝＋－＠ (some spreadsheet locales normalise them to ASCII), and cells
// whose first non-whitespace character is a trigger (spreadsheets trim leading spaces).
// The cost: `-2` or `+47 …` lose their numeric meaning, and the `'` stays VISIBLE in
// LibreOffice and in every program that is not a spreadsheet. The guard is about opening
// the file in a spreadsheet, so tools that parse the CSV should use --no-formula-guard.
#include <string>
#include <string_view>
#include <vector>

#include "emit/emitters.hpp"

namespace minutes {
namespace {

constexpr std::string_view k_bom = "\xEF\xBB\xBF";

// Characters a spreadsheet skips before it decides whether a cell is a formula.
std::size_t leading_whitespace(std::string_view text) {
  std::size_t at = 0;
  while (at < text.size()) {
    const std::string_view rest = text.substr(at);
    if (rest[0] == ' ' || rest[0] == '\t' || rest[0] == '\n' || rest[0] == '\r' ||
        rest[0] == '\v' || rest[0] == '\f') {
      at += 1;
    } else if (rest.starts_with("\xC2\xA0")) {  // U+00A0 no-break space
      at += 2;
    } else if (rest.starts_with("\xE3\x80\x80")) {  // U+3000 ideographic space
      at += 3;
    } else {
      break;
    }
  }
  return at;
}

bool starts_with_trigger(std::string_view text) {
  if (text.empty()) return false;
  if (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@') return true;
  // Full-width ＝ (U+FF1D), ＋ (U+FF0B), － (U+FF0D), ＠ (U+FF20).
  return text.starts_with("\xEF\xBC\x9D") || text.starts_with("\xEF\xBC\x8B") ||
         text.starts_with("\xEF\xBC\x8D") || text.starts_with("\xEF\xBC\xA0");
}

bool needs_formula_guard(std::string_view cell) {
  if (cell.empty()) return false;
  if (cell[0] == '\t' || cell[0] == '\r') return true;
  return starts_with_trigger(cell.substr(leading_whitespace(cell)));
}

std::string cell_text(const doc::Spans& spans) {
  std::string text;
  for (const doc::Span& span : spans) text += span.text;
  return text;
}

void write_field(std::string& out, std::string_view cell, bool formula_guard) {
  out += '"';
  if (formula_guard && needs_formula_guard(cell)) out += '\'';
  for (char c : cell) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

void write_line(std::string& out, const std::vector<std::string>& cells, bool formula_guard) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) out += ',';
    write_field(out, cells[i], formula_guard);
  }
  out += "\r\n";
}

class CsvWriter final : public TableWriter {
 public:
  CsvWriter(const EmitSettings& settings, Sink& sink)
      : m_bom(settings.bom), m_formula_guard(settings.formula_guard), m_sink(sink) {}

  Emitted begin(const std::vector<std::string>& header) override {
    std::string out;
    if (m_bom) out += k_bom;
    write_line(out, header, m_formula_guard);
    return write_to(m_sink, out);
  }
  Emitted rows(const doc::Table& table) override {
    std::string out;
    std::vector<std::string> cells;
    for (const auto& row : table.rows) {
      cells.clear();
      for (const doc::Spans& spans : row) cells.push_back(cell_text(spans));
      write_line(out, cells, m_formula_guard);
    }
    return write_to(m_sink, out);
  }
  Emitted end() override { return {}; }

 private:
  bool m_bom;
  bool m_formula_guard;
  Sink& m_sink;
};

}  // namespace

std::unique_ptr<TableWriter> make_csv_writer(const EmitSettings& settings, Sink& sink) {
  return std::make_unique<CsvWriter>(settings, sink);
}

}  // namespace minutes
