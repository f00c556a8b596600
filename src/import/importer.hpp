#pragma once

// The walk over the lines of one document: the heading first (import_heading.cpp), then every
// line in order (import_walk.cpp), each either placed in a field or kept for the summary.

#include <optional>
#include <string>
#include <vector>

#include "import/recognise.hpp"
#include "import/text.hpp"
#include "minutes/import.hpp"

namespace minutes::import_detail {

class Importer {
 public:
  Importer(std::vector<Line> lines, const ImportOptions& options, std::string_view text);
  tl::expected<ImportResult, Diagnostic> run();

 private:
  // import_heading.cpp
  std::optional<Diagnostic> read_heading();
  std::optional<Diagnostic> settle_date();
  // import_walk.cpp
  void walk();
  std::size_t handle_line(std::size_t at);
  void handle_label(std::size_t at, const Label& label);
  void handle_meta(const Line& line, const Label& label);
  void handle_bullet(const Line& line);
  std::size_t handle_paragraph(std::size_t at);
  std::size_t handle_rows(std::size_t at);
  std::size_t action_table(std::size_t at);
  void place_people(int line, std::string_view text, AttendanceStatus status);
  void add_person(Person person, int line, const std::string& guess);
  void add_agenda_item(const Line& line, std::string_view text, bool numbered,
                       const std::string& guess);
  // Each returns false, placing nothing, when a text is empty or longer than the format allows;
  // the caller then keeps the words in the summary.
  bool add_decision(int line, std::string_view text, std::string_view id, const std::string& why);
  bool add_action(int line, std::string_view text, const std::string& why);
  bool add_attachment(int line, Attachment attachment, const std::string& why);
  bool set_next_meeting(int line, const NextFound& found, const std::string& why);
  void add_question(std::size_t at, QuestionFound found);
  void decision_or_summary(int line, std::string_view text, std::string_view id);
  void action_or_summary(int line, std::string_view text);
  // Places the sentences of `text` (starting on `line`) that hold a next meeting, a deadline,
  // an attachment or a decision. Returns whether any was placed; `unplaced` gets the others
  // (and those only partly understood), word for word.
  bool place_sentences(int line, std::string_view text, const std::string& why,
                       std::string& unplaced);
  void append_notes(const Line& line, std::string_view text, bool new_paragraph);
  bool starts_structure(std::size_t at) const;
  std::string continuation(std::size_t& at);
  void to_summary(int first, int last, std::string text, const std::string& why);
  void note(int line, std::string field, std::string value, std::string guess = {});
  // import.cpp
  std::optional<Diagnostic> finish();

  const ImportOptions& m_options;
  std::vector<Line> m_lines;
  std::string_view m_text;
  Meeting m_meeting;
  std::vector<ImportNote> m_notes;
  std::vector<bool> m_used;  // lines the heading already took

  struct SummaryPiece {
    int first = 0;
    int last = 0;
    std::string text;
  };
  std::vector<SummaryPiece> m_summary;
  std::vector<std::pair<Group, int>> m_groups;  // listed after the persons, as in the examples

  int m_title_line = 0;
  std::optional<DateFound> m_heading_date;
  int m_heading_date_line = 0;

  Section m_section = Section::none;
  AttendanceStatus m_status = AttendanceStatus::present;
  Section m_inline = Section::none;  // "Vedtak:" alone inside an agenda item
  int m_inline_items = 0;
  std::optional<std::size_t> m_item;  // the agenda item that paragraphs may belong to
  bool m_item_numbered = false;
  int m_item_indent = 0;
  bool m_blank_since_item = false;
  std::optional<std::size_t> m_workshop;
  std::string m_workshop_heading;
};

}  // namespace minutes::import_detail
