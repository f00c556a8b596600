#pragma once

// The recognisers of `minutes import`, each on a piece of text, without state, so that the unit
// tests can try them one by one. import.cpp walks the lines and decides which one to ask.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "import/text.hpp"
#include "minutes/model.hpp"

namespace minutes::import_detail {

// ---- dates and times (recognise_dates.cpp) ----

// A month name or abbreviation in Norwegian (both written standards), English or German:
// "mars", "mai", "okt.", "March", "Sept", "März". `original` is the word as written: the English
// "May" must be capitalised, so that "item 3 may be" is not the 3rd of May.
std::optional<int> month_from_word(std::string_view lower_word, std::string_view original);
bool is_weekday(std::string_view lower_word);

struct DateFound {
  std::size_t begin = 0;
  std::size_t end = 0;
  int year = 0;  // 0: not written ("24. mars")
  int month = 0;
  int day = 0;
};

// The first date in `text` from `from` on: 2020-02-25, 25.02.2020, 25/2/20, 25. februar 2020,
// 25.februar, 3 March 2024, 3rd of March, March 3, 2024. Numeric dates without a year ("24.03")
// only when `numeric_without_year` (in deadlines and next-meeting sentences, where a number pair
// is a date).
std::optional<DateFound> find_date(std::string_view text, std::size_t from = 0,
                                   bool numeric_without_year = false);

// A date without a year gets the first year that puts it on or after `reference`.
Date complete_date(const DateFound& found, const Date& reference);

struct TimesFound {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::optional<Time> start;
  std::optional<Time> finish;
};

// "kl. 18-21", "kl.18.00–21.00", "18:30 - 20:45", "from 18:30 to 20:45", "7pm", "kl 19".
std::optional<TimesFound> find_times(std::string_view text, std::size_t from = 0);

// ---- labels (recognise_labels.cpp) ----

enum class Section {
  none,
  participants,
  agenda,
  decisions,
  actions,
  attachments,
  next_meeting,
  workshop,
  summary,
  meta,
};

enum class Meta { none, date, time, date_time_place, location, organizer, chair, minute_taker };

struct Label {
  Section section = Section::none;
  AttendanceStatus status = AttendanceStatus::present;  // participants: present, regrets, ...
  Meta meta = Meta::none;
  std::string word;        // the label as written, without the colon: "Til stede", "Chair"
  std::string rest;        // the text after the label (and its colon), trimmed
  bool colon = false;
};

// "Deltakere:", "Til stede", "Forfall: ...", "## Agenda", "Vedtak:", "ACTION:", "Dato: ...".
// Without a colon the label must be the whole text ("Presentasjon", "Resultater Workshop").
std::optional<Label> match_label(std::string_view text);

// "Del 1 – TITLE", "Part 2: TITLE", "Del II - ...".
bool is_workshop_part(std::string_view text);
// "Sak 12/24 ...", "Item 3: ...", "Agenda item 4 ...", "PS 45/24 ...".
bool is_agenda_case(std::string_view text);
// "Referat fra", "Minutes of", "Protokoll frå", ...: the length of the prefix, or 0.
std::size_t title_prefix(std::string_view text);

// ---- people (recognise_people.cpp) ----

bool looks_like_name(std::string_view text);
// Has a company or public-body word: "AS", "Ltd", "kommune", "Society", "...laget".
bool looks_like_organisation(std::string_view text);
bool is_known_role(std::string_view lower_text);

struct PeopleFound {
  std::vector<Person> persons;
  std::vector<Group> groups;
  std::string rest;   // the part that was not understood, word for word
  std::string guess;  // what was guessed, for the report
};

struct PeopleLead {
  std::size_t length = 0;
  std::optional<AttendanceStatus> status;  // what the words say: "Apologies ... from" is regrets
};

// "Apologies were received from", "Forfall fra", "Til stede var", "I tillegg møtte": words
// that introduce a list of people, wherever they stand.
std::optional<PeopleLead> people_lead(std::string_view lower_text);

// A participants line: "Anne-Grethe Larsen (ordfører)", "Per Egil Pedersen, rådmann",
// "A, B og C", "Det var 32 personer fra næringslivet til stede i tillegg til ...",
// "Apologies were received from X and Y", "12 tilhørere".
PeopleFound parse_people(std::string_view text, AttendanceStatus status);

struct PersonRef {
  std::string name;   // the person's full name
  std::string how;    // "role \"rådmann\"", "name", ...
  std::size_t begin = 0, end = 0;  // the words that named the person
  bool trailing = false;  // a "(Name)" or "– Name" at the end, which the caller may remove
};

// Who presents an agenda item: a known person, role ("Rådmannen", "The treasurer's") or
// organisation at the start, after "ved", "v/", "by", "fra", "from", or as a trailing "(Name)".
std::optional<PersonRef> find_presenter(std::string_view text,
                                        const std::vector<Participant>& participants);
// Who owns an action: a known person or role at the start, "Name to ...", a trailing "(Name)".
std::optional<PersonRef> find_owner(std::string_view text,
                                    const std::vector<Participant>& participants);

// ---- decisions, actions, attachments, next meeting (recognise_items.cpp, recognise_next.cpp) ----

struct DeadlineFound {
  Date due;
  std::size_t begin = 0, end = 0;
  bool year_guessed = false;
};

// "innen 24.mars", "frem til 24.03", "by 31 March 2024", "Frist: 1. april", "before 2 May".
std::optional<DeadlineFound> find_deadline(std::string_view text, const Date& meeting);

struct ActionFound {
  Action action;
  std::string guess;
};

ActionFound parse_action(std::string_view text, const Date& meeting,
                         const std::vector<Participant>& participants);

struct DecisionFound {
  Decision decision;
  std::string guess;
};

// "The fee stays at £25 (6 for, 0 against, 1 abstention)." An id when `label_id` is given.
DecisionFound parse_decision(std::string_view text, std::string_view label_id = {});

// A sentence that reports a decision without a label: "Det ble vedtatt at ...",
// "It was agreed that ...", "Styret vedtok ...". The length of the lead, or 0.
std::size_t decision_lead(std::string_view lower_sentence);

struct AttachmentFound {
  Attachment attachment;
  bool whole = true;  // every word of the sentence went into the attachment
};

// "Presentasjonen oversendes som vedlegg.", "Vedlegg: Budsjett 2025", "The report is attached."
std::optional<AttachmentFound> attachment_from_sentence(std::string_view sentence);
// A bullet in an attachments section: "[Budsjett](vedlegg/budsjett.pdf)", "Report (report.pdf)".
Attachment attachment_from_item(std::string_view item);

// "Neste møte", "Next meeting", "The next board meeting", "Neste styremøte": the lead's length.
std::size_t next_meeting_lead(std::string_view lower_sentence);

struct NextFound {
  NextMeeting next;
  bool whole = true;  // every word went into the fields
  std::string guess;
};

// "Neste møte blir Kick-Off for programmet SMART SKIPTVET, den 24.mars kl.18-21.",
// "Next meeting: 7 April 2024, 19:00–20:30, Church Hall." `labelled`: the lead was a label
// and `text` is what followed it. nullopt without a date after the meeting's.
std::optional<NextFound> parse_next_meeting(std::string_view text, const Date& meeting,
                                            bool labelled);

// ---- workshops (recognise_workshops.cpp) ----

struct QuestionFound {
  Question question;
  std::size_t next = 0;   // the index of the first line after the grid
  std::string guess;
  int dropped_cells = 0;  // empty cells left out
  std::string header;     // a pipe table's header row with text: column names, not answers
  int header_line = 0;
};

// A prompt at lines[at] followed by a grid (tab-separated rows or a pipe table), or, when
// `bullets_answer` (inside a workshop section), by a list of answers.
std::optional<QuestionFound> read_question(const std::vector<Line>& lines, std::size_t at,
                                           bool bullets_answer);

// ---- language (recognise_language.cpp) ----

struct LanguageGuess {
  std::string language;  // "nb", "nn", "en", "de"
  std::string reason;
};

LanguageGuess guess_language(std::string_view text);

}  // namespace minutes::import_detail
