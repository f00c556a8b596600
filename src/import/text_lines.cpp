// The source as classified lines: blank, rule, heading, bullet, numbered item, table row (tabs or
// Markdown pipes) or text. Recognisers look at these, never at raw bytes.
#include <algorithm>
#include <array>

#include "import/recognise.hpp"
#include "import/text.hpp"

namespace minutes::import_detail {
namespace {

// Bullets as people type them, including what word processors export (•, –, ▪).
constexpr std::array<std::string_view, 15> k_bullets{"-", "*", "+", "•", "·", "–", "—", "▪",
                                                     "◦", "‣", "○", "■", "□", "➢", "→"};

int indent_of(std::string_view raw, std::size_t& offset) {
  int indent = 0;
  offset = 0;
  while (offset < raw.size() && (raw[offset] == ' ' || raw[offset] == '\t')) {
    indent += raw[offset] == '\t' ? 4 : 1;
    ++offset;
  }
  return indent;
}

bool is_rule(std::string_view trimmed) {
  if (trimmed.size() < 3) return false;
  const char mark = trimmed[0];
  if (mark != '-' && mark != '*' && mark != '_' && mark != '=') return false;
  std::size_t marks = 0;
  for (char c : trimmed) {
    if (c == mark) {
      ++marks;
    } else if (c != ' ') {
      return false;
    }
  }
  return marks >= 3;
}

bool is_separator(std::string_view trimmed) {
  if (trimmed.find('|') == std::string_view::npos) return false;
  std::size_t dashes = 0;
  for (char c : trimmed) {
    if (c == '-') {
      ++dashes;
    } else if (c != '|' && c != ':' && c != ' ') {
      return false;
    }
  }
  return dashes >= 3;
}

std::vector<std::string> pipe_cells(std::string_view trimmed) {
  std::vector<std::string> cells;
  std::string cell;
  for (std::size_t i = 0; i < trimmed.size(); ++i) {
    if (trimmed[i] == '\\' && i + 1 < trimmed.size() && trimmed[i + 1] == '|') {
      cell += '|';
      ++i;
    } else if (trimmed[i] == '|') {
      cells.emplace_back(trim(cell));
      cell.clear();
    } else {
      cell += trimmed[i];
    }
  }
  cells.emplace_back(trim(cell));
  // "| a | b |": the pieces before the first and after the last pipe are not cells.
  if (trimmed.front() == '|' && !cells.empty()) cells.erase(cells.begin());
  if (trimmed.back() == '|' && !cells.empty()) cells.pop_back();
  return cells;
}

std::vector<std::string> tab_cells(std::string_view text) {
  std::vector<std::string> cells;
  std::size_t begin = 0;
  for (;;) {
    const std::size_t tab = text.find('\t', begin);
    cells.emplace_back(trim(text.substr(begin, tab - begin)));
    if (tab == std::string_view::npos) break;
    begin = tab + 1;
  }
  return cells;
}

// "1. ", "12) ", "a) ": the length of the marker with its space, or 0.
std::size_t numbered_marker(std::string_view rest) {
  std::size_t digits = 0;
  while (digits < rest.size() && digits < 4 && is_digit(rest[digits])) ++digits;
  std::size_t at = digits;
  if (digits == 0) {
    if (rest.size() >= 2 && rest[0] >= 'a' && rest[0] <= 'z' && rest[1] == ')') {
      at = 1;
    } else {
      return 0;
    }
  }
  if (digits > 3 || at >= rest.size() || (rest[at] != '.' && rest[at] != ')')) return 0;
  ++at;
  if (at >= rest.size() || (rest[at] != ' ' && rest[at] != '\t')) return 0;
  return at + 1;
}

std::size_t bullet_marker(std::string_view rest) {
  for (std::string_view bullet : k_bullets) {
    if (rest.starts_with(bullet) && rest.size() > bullet.size() &&
        (rest[bullet.size()] == ' ' || rest[bullet.size()] == '\t')) {
      return bullet.size() + 1;
    }
  }
  return 0;
}

Line classify(int number, std::string_view raw) {
  Line line;
  line.number = number;
  line.raw = std::string(raw);
  std::size_t offset = 0;
  line.indent = indent_of(raw, offset);
  std::string_view rest = raw.substr(offset);
  const std::string_view trimmed = trim(raw);
  if (trimmed.empty()) return line;
  if (is_separator(trimmed)) {
    line.kind = LineKind::separator;
    return line;
  }
  if (is_rule(trimmed)) {
    line.kind = LineKind::rule;
    return line;
  }
  if (rest.starts_with("> ")) rest.remove_prefix(2);  // a quoted line reads as its text
  if (rest.starts_with('#')) {
    std::size_t hashes = 0;
    while (hashes < rest.size() && rest[hashes] == '#') ++hashes;
    if (hashes <= 6 && (hashes == rest.size() || rest[hashes] == ' ')) {
      line.kind = LineKind::heading;
      std::string_view content = trim(rest.substr(hashes));
      while (content.ends_with('#')) content.remove_suffix(1);
      line.content = std::string(trim(content));
      return line;
    }
  }
  if (trimmed.front() == '|') {
    line.kind = LineKind::row;
    line.pipe = true;
    line.cells = pipe_cells(trimmed);
    return line;
  }
  if (const std::size_t marker = bullet_marker(rest)) {
    line.kind = LineKind::bullet;
    line.content = std::string(trim(rest.substr(marker)));
    return line;
  }
  if (const std::size_t marker = numbered_marker(rest)) {
    const std::string_view after = trim(rest.substr(marker));
    // "3. mars 2024 ..." is a date, not item 3.
    const std::size_t word_end = after.find_first_of(" ,.");
    if (!month_from_word(lower(after.substr(0, word_end)), after.substr(0, word_end))) {
      line.kind = LineKind::numbered;
      line.content = std::string(after);
      return line;
    }
  }
  if (rest.find('\t') != std::string_view::npos) {
    std::vector<std::string> cells = tab_cells(rest);
    const auto filled = std::count_if(cells.begin(), cells.end(),
                                      [](const std::string& cell) { return !cell.empty(); });
    // "Dato:<TAB>03.03.2024" is a label and its value, as word processors align them.
    const bool label_and_value = filled <= 2 && !cells.empty() && cells[0].ends_with(':');
    if (cells.size() >= 2 && !label_and_value) {
      line.kind = LineKind::row;
      line.cells = std::move(cells);
      line.content = line.cells[0];
      return line;
    }
    std::string joined;
    for (const std::string& cell : cells) {
      if (cell.empty()) continue;
      joined += (joined.empty() ? "" : " ") + cell;
    }
    line.kind = LineKind::text;
    line.content = joined;
    return line;
  }
  line.kind = LineKind::text;
  line.content = std::string(trim(rest));
  return line;
}

}  // namespace

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  int number = 1;
  std::size_t begin = 0;
  while (begin < text.size()) {
    const std::size_t end = text.find('\n', begin);
    lines.push_back(classify(number++, text.substr(begin, end - begin)));
    if (end == std::string_view::npos) break;
    begin = end + 1;
  }
  // Setext headings: a text line underlined with === or ---.
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const std::string_view underline = trim(lines[i].raw);
    if (lines[i].kind == LineKind::rule && lines[i - 1].kind == LineKind::text &&
        (underline.front() == '=' || underline.front() == '-')) {
      lines[i - 1].kind = LineKind::heading;
    }
  }
  return lines;
}

std::size_t filled_cells(const Line& line) {
  return static_cast<std::size_t>(std::count_if(line.cells.begin(), line.cells.end(),
                                                [](const std::string& c) { return !c.empty(); }));
}

bool reads_as_text(const Line& line) {
  return line.kind == LineKind::text || line.kind == LineKind::heading ||
         (line.kind == LineKind::row && !line.pipe && filled_cells(line) == 1 &&
          !line.cells[0].empty());
}

std::string text_of(const Line& line) {
  return line.kind == LineKind::row ? line.cells[0] : line.content;
}

std::string block_of(const std::vector<Line>& lines, std::size_t begin, std::size_t end) {
  std::size_t common = std::string::npos;
  for (std::size_t i = begin; i < end; ++i) {
    const std::size_t lead = lines[i].raw.find_first_not_of(" \t");
    if (lead != std::string::npos) common = std::min(common, lead);
  }
  std::string out;
  for (std::size_t i = begin; i < end; ++i) {
    std::string_view raw = lines[i].raw;
    const std::size_t last = raw.find_last_not_of(" \t");
    raw = last == std::string_view::npos ? std::string_view() : raw.substr(0, last + 1);
    if (common != std::string::npos && raw.size() >= common) raw.remove_prefix(common);
    if (!out.empty()) out += '\n';
    out += raw;
  }
  return out;
}

}  // namespace minutes::import_detail
