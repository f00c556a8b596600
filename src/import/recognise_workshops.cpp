// Workshop questions: a prompt and the answer grid under it. The grid is what the paper had:
// tab-separated rows (as copied from a word-processor table) or a Markdown pipe table; its width
// becomes `columns`, its cells the answers row by row, word for word, empty cells left out.
#include <algorithm>

#include "import/recognise.hpp"

namespace minutes::import_detail {
namespace {

// A tab row whose only text is its first cell: the prompt of a question, padded to the grid.
bool is_padded_prompt(const Line& line) {
  return line.kind == LineKind::row && !line.pipe && !line.cells.empty() &&
         !line.cells[0].empty() && filled_cells(line) == 1;
}

bool is_grid_row(const Line& line) {
  return (line.kind == LineKind::row && (line.pipe || filled_cells(line) >= 1)) ||
         line.kind == LineKind::separator;
}

// The next question starts here: a padded prompt with a question mark and rows under it.
bool starts_next_question(const std::vector<Line>& lines, std::size_t at) {
  return is_padded_prompt(lines[at]) && lines[at].cells[0].find('?') != std::string::npos &&
         at + 1 < lines.size() && lines[at + 1].kind == LineKind::row;
}

std::size_t last_filled(const Line& line) {
  for (std::size_t i = line.cells.size(); i-- > 0;) {
    if (!line.cells[i].empty()) return i + 1;
  }
  return 0;
}

}  // namespace

std::optional<QuestionFound> read_question(const std::vector<Line>& lines, std::size_t at,
                                           bool bullets_answer) {
  const Line& line = lines[at];
  std::string prompt;
  std::size_t prompt_width = 0;
  if (is_padded_prompt(line)) {
    prompt = line.cells[0];
    prompt_width = line.cells.size();
  } else if (line.kind == LineKind::text || line.kind == LineKind::heading) {
    prompt = std::string(trim(strip_emphasis(line.content)));
  } else {
    return std::nullopt;
  }
  if (prompt.empty()) return std::nullopt;
  const bool asks = prompt.ends_with('?') || (prompt_width > 0 && prompt.find('?') != std::string::npos);
  std::size_t first = at + 1;
  if (first < lines.size() && lines[first].kind == LineKind::blank) ++first;
  if (first >= lines.size()) return std::nullopt;

  QuestionFound found;
  found.question.prompt = prompt;
  if (lines[first].kind == LineKind::bullet) {
    if (!bullets_answer || !asks) return std::nullopt;
    std::size_t k = first;
    for (; k < lines.size() && lines[k].kind == LineKind::bullet; ++k) {
      found.question.answers.push_back(Answer{lines[k].content, std::nullopt, {}});
    }
    found.question.columns = 1;
    found.next = k;
    found.guess = "answers from a list under the question";
    return found;
  }
  if (!is_grid_row(lines[first]) || starts_next_question(lines, first)) return std::nullopt;
  if (!asks && !(bullets_answer && (prompt_width > 0 || prompt.ends_with(':')))) return std::nullopt;

  const bool pipe = lines[first].pipe || lines[first].kind == LineKind::separator;
  std::size_t width = prompt_width;
  std::size_t k = first;
  for (; k < lines.size() && is_grid_row(lines[k]); ++k) {
    const Line& row = lines[k];
    if (row.kind == LineKind::separator) {
      if (!pipe) break;
      continue;
    }
    if (row.pipe != pipe) break;
    if (!pipe && k > first && starts_next_question(lines, k)) break;
    // A pipe table's first row is its header: column names, not answers.
    const bool header = pipe && k == first && k + 1 < lines.size() &&
                        lines[k + 1].kind == LineKind::separator;
    if (header) {
      width = std::max(width, row.cells.size());
      if (filled_cells(row) > 0) {
        found.header = std::string(trim(row.raw));
        found.header_line = row.number;
      }
      continue;
    }
    width = std::max(width, pipe ? row.cells.size() : last_filled(row));
    for (const std::string& cell : row.cells) {
      if (cell.empty()) {
        ++found.dropped_cells;
      } else {
        found.question.answers.push_back(Answer{cell, std::nullopt, {}});
      }
    }
  }
  if (found.question.answers.empty() || width < 1 || width > 12) return std::nullopt;
  found.question.columns = static_cast<int>(width);
  found.next = k;
  return found;
}

}  // namespace minutes::import_detail
