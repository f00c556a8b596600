// Decisions, actions (with owners and deadlines) and attachments. Texts stay as written: a task
// keeps its deadline words ("... frem til 24.mars"), since `due` only adds the date; only
// fields written out explicitly ("Ansvarlig: Kari", "(done)") or vote counts are taken out.
#include <algorithm>

#include "import/recognise.hpp"

namespace minutes::import_detail {
namespace {

std::string erase_span(std::string_view text, std::size_t begin, std::size_t end) {
  std::string out(text.substr(0, begin));
  const std::string_view after = text.substr(end);
  if (!out.empty() && !after.empty() && out.back() != ' ' && after.front() != ' ' &&
      after.front() != '.' && after.front() != ',') {
    out += ' ';
  }
  out += after;
  return std::string(trim_chars(out, ",;–-"));
}

}  // namespace

std::optional<DeadlineFound> find_deadline(std::string_view text, const Date& meeting) {
  const std::string lowered = lower(text);
  std::optional<DeadlineFound> best;
  for (std::string_view word :
       {"innen", "innan", "frem til", "fram til", "senest", "seinast", "før", "by", "before",
        "no later than", "not later than", "until", "due", "due by", "deadline", "frist",
        "bis", "bis zum", "spätestens"}) {
    for (std::size_t at = find_word(lowered, word); at != std::string::npos;
         at = find_word(lowered, word, at + 1)) {
      std::size_t i = skip_spaces(lowered, at + word.size());
      if (i < lowered.size() && lowered[i] == ':') i = skip_spaces(lowered, i + 1);
      for (std::string_view filler : {"den ", "the ", "on ", "end of ", "utgangen av "}) {
        if (std::string_view(lowered).substr(i).starts_with(filler)) i += filler.size();
      }
      const std::size_t word_end = lowered.find_first_of(" ,", i);
      if (word_end != std::string::npos && is_weekday(std::string_view(lowered).substr(i, word_end - i))) {
        i = skip_spaces(lowered, word_end + (lowered[word_end] == ',' ? 1 : 0));
      }
      const auto date = find_date(text, i, true);
      if (!date || date->begin != i) continue;
      if (!best || at < best->begin) {
        best = DeadlineFound{complete_date(*date, meeting), at, date->end, date->year == 0};
      }
      break;
    }
  }
  return best;
}

namespace {

struct Field {
  std::string value;
  bool found = false;
};

// "Ansvarlig: Kari Nordmann", "(owner: Tom; due: 31 March)": takes the field out of `text`.
Field take_field(std::string& text, std::initializer_list<std::string_view> names) {
  const std::string lowered = lower(text);
  for (std::string_view name : names) {
    for (std::size_t at = find_word(lowered, name); at != std::string::npos;
         at = find_word(lowered, name, at + 1)) {
      std::size_t colon = skip_spaces(lowered, at + name.size());
      if (colon >= lowered.size() || lowered[colon] != ':') continue;
      const std::size_t value_begin = skip_spaces(lowered, colon + 1);
      std::size_t value_end = lowered.find_first_of(";,)", value_begin);
      if (value_end == std::string::npos) value_end = lowered.size();
      Field field{without_final_stop(std::string_view(text).substr(value_begin, value_end - value_begin)),
                  true};
      // Take the separator before the field too, and a bracket around it.
      std::size_t begin = at;
      while (begin > 0 && (text[begin - 1] == ' ' || text[begin - 1] == ',' ||
                           text[begin - 1] == ';' || text[begin - 1] == '(')) {
        --begin;
      }
      std::size_t end = value_end;
      const bool bracket = text.find('(', begin) < at;
      if (bracket && end < text.size() && text[end] == ')') ++end;
      text = erase_span(text, begin, end);
      return field;
    }
  }
  return {};
}

std::optional<ActionStatus> take_status(std::string& text) {
  const std::string body = without_final_stop(text);
  const std::string lowered = lower(body);
  const auto take = [&](std::string_view mark) {
    if (!lowered.ends_with(mark)) return false;
    text = without_final_stop(std::string_view(body).substr(0, body.size() - mark.size()));
    return true;
  };
  for (std::string_view mark : {"(done)", "(utført)", "(ferdig)", "(fullført)", "(completed)",
                                "(gjort)", "(erledigt)"}) {
    if (take(mark)) return ActionStatus::done;
  }
  for (std::string_view mark : {"(cancelled)", "(canceled)", "(avlyst)", "(utgår)",
                                "(kansellert)", "(dropped)", "(entfällt)"}) {
    if (take(mark)) return ActionStatus::cancelled;
  }
  return std::nullopt;
}

const std::vector<std::string_view> k_owner_fields{"ansvarlig", "ansvar", "owner", "responsible",
                                                   "who", "verantwortlich", "kven", "hvem"};
const std::vector<std::string_view> k_due_fields{"frist", "due", "deadline", "due date", "when",
                                                 "innen", "termin", "bis"};

// "(owner: Priya Nair; due: 15 April 2024)" at the end: its fields, and the bracket taken out.
void take_bracket_fields(std::string& task, Field& owner, Field& due) {
  const std::string body = without_final_stop(task);
  if (!body.ends_with(')')) return;
  const std::size_t open = body.rfind('(');
  if (open == std::string::npos) return;
  const std::string_view inside = std::string_view(body).substr(open + 1, body.size() - open - 2);
  Field found_owner, found_due;
  std::size_t begin = 0;
  for (std::size_t i = 0; i <= inside.size(); ++i) {
    if (i < inside.size() && inside[i] != ';' && inside[i] != ',') continue;
    const std::string_view part = trim(inside.substr(begin, i - begin));
    begin = i + 1;
    const std::size_t colon = part.find(':');
    if (colon == std::string_view::npos) return;
    const std::string name = lower(trim(part.substr(0, colon)));
    const Field value{std::string(trim(part.substr(colon + 1))), true};
    if (std::find(k_owner_fields.begin(), k_owner_fields.end(), name) != k_owner_fields.end()) {
      found_owner = value;
    } else if (std::find(k_due_fields.begin(), k_due_fields.end(), name) != k_due_fields.end()) {
      found_due = value;
    } else {
      return;  // not only fields: the bracket stays in the task
    }
  }
  owner = found_owner;
  due = found_due;
  task = std::string(trim(std::string_view(body).substr(0, open)));
}

// A name written out ("Kari") becomes the participant's full name when it is one of them.
std::string resolve_owner(std::string_view owner, const std::vector<Participant>& participants) {
  if (auto found = find_owner(owner, participants); found && found->begin == 0 &&
                                                    found->end >= trim(owner).size()) {
    return found->name;
  }
  return std::string(owner);
}

}  // namespace

ActionFound parse_action(std::string_view input, const Date& meeting,
                         const std::vector<Participant>& participants) {
  ActionFound found;
  const std::string original = std::string(trim(strip_emphasis(input)));
  std::string task = original;
  std::vector<std::string> guesses;
  if (auto status = take_status(task)) {
    found.action.status = *status;
    guesses.emplace_back("status from the words in brackets");
  }
  Field owner, due;
  take_bracket_fields(task, owner, due);
  if (!owner.found) {
    owner = take_field(task, {"ansvarlig", "ansvar", "owner", "responsible", "who",
                              "verantwortlich", "kven", "hvem"});
  }
  if (!due.found) {
    due = take_field(task, {"frist", "due", "deadline", "due date", "when", "innen", "termin", "bis"});
  }
  if (owner.found && !owner.value.empty()) {
    found.action.owner = resolve_owner(owner.value, participants);
  } else if (auto ref = find_owner(task, participants)) {
    found.action.owner = ref->name;
    guesses.push_back("owner from " + ref->how);
    if (ref->trailing) task = erase_span(task, ref->begin, ref->end);
  }
  if (due.found) {
    if (auto date = find_date(due.value, 0, true)) {
      found.action.due = complete_date(*date, meeting);
      if (date->year == 0) guesses.emplace_back("the due date's year from the meeting's date");
    } else {
      task += " (" + due.value + ")";  // a deadline without a date stays in the task
    }
  } else if (auto deadline = find_deadline(task, meeting)) {
    found.action.due = deadline->due;
    if (deadline->year_guessed) guesses.emplace_back("the due date's year from the meeting's date");
  }
  found.action.task = without_final_stop(task);
  if (found.action.task.empty()) found.action.task = without_final_stop(original);
  for (const std::string& guess : guesses) {
    found.guess += (found.guess.empty() ? "" : "; ") + guess;
  }
  return found;
}

DecisionFound parse_decision(std::string_view input, std::string_view label_id) {
  DecisionFound found;
  std::string text = std::string(trim(strip_emphasis(input)));
  found.decision.id = std::string(label_id);
  // Vote counts in brackets at the end: "(6 for, 0 against, 1 abstention)", "(5 mot 2)".
  const std::string_view body = trim_chars(text, ".");
  if (body.ends_with(')')) {
    const std::size_t open = body.rfind('(');
    if (open != std::string_view::npos) {
      const std::string inside = lower(body.substr(open + 1, body.size() - open - 2));
      std::vector<std::string> tokens;
      for (const Span& span : word_spans(inside)) {
        tokens.emplace_back(trim_chars(std::string_view(inside).substr(span.begin, span.end - span.begin), ",;:"));
      }
      Votes votes;
      bool any = false;
      const auto kind = [](std::string_view word) {
        if (word == "for" || word == "in" || word == "ja" || word == "yes" || word == "dafür") return 0;
        if (word == "against" || word == "mot" || word == "imot" || word == "nei" ||
            word == "no" || word == "dagegen") {
          return 1;
        }
        if (word.starts_with("abstain") || word.starts_with("abstention") ||
            word.starts_with("avholdende") || word == "avstod" || word.starts_with("blank") ||
            word.starts_with("enthaltung") || word.starts_with("avhald")) {
          return 2;
        }
        return -1;
      };
      for (std::size_t k = 0; k < tokens.size(); ++k) {
        const std::string& token = tokens[k];
        if (token.empty() || token.size() > 7 ||
            !std::all_of(token.begin(), token.end(), [](char c) { return is_digit(c); })) {
          continue;
        }
        int which = k + 1 < tokens.size() ? kind(tokens[k + 1]) : -1;
        if (which < 0 && k > 0) which = kind(tokens[k - 1]);
        // "5 mot 2": the number before "mot" is for, the one after against.
        if (which == 1 && k + 1 < tokens.size() && k + 2 < tokens.size() &&
            tokens[k + 1] == "mot" && !votes.in_favour) {
          which = 0;
        }
        if (which < 0) continue;
        const std::int64_t value = std::stoll(token);
        std::optional<std::int64_t>& slot =
            which == 0 ? votes.in_favour : which == 1 ? votes.against : votes.abstain;
        if (!slot) slot = value, any = true;
      }
      if (any) {
        found.decision.votes = votes;
        const bool stop = std::string_view(text).ends_with('.');
        text = std::string(trim(body.substr(0, open))) + (stop ? "." : "");
        found.guess = "vote counts from the brackets";
      }
    }
  }
  found.decision.text = text;
  return found;
}

std::size_t decision_lead(std::string_view lower_sentence) {
  static const std::vector<std::string_view> k_leads{
      "det ble vedtatt", "det vart vedteke", "det vart vedtatt", "det ble besluttet",
      "det vart bestemt", "det ble bestemt", "det ble enighet om", "it was agreed",
      "it was resolved", "it was decided", "resolved that", "agreed that", "the board agreed",
      "the board resolved", "the board decided", "the committee agreed", "the meeting agreed",
      "styret vedtok", "styret vedtek", "møtet vedtok", "møtet vedtek", "årsmøtet vedtok",
      "årsmøtet vedtek", "enstemmig vedtatt", "enstemmig vedteke", "es wurde beschlossen"};
  return word_at_any(lower_sentence, 0, k_leads);
}

namespace {

bool is_url_start(std::string_view lowered, std::size_t at) {
  const std::string_view rest = lowered.substr(at);
  return rest.starts_with("http://") || rest.starts_with("https://") || rest.starts_with("www.");
}

bool looks_like_path(std::string_view text) {
  if (text.empty() || text.find(' ') != std::string_view::npos) return false;
  const std::string lowered = lower(text);
  for (std::string_view extension : {".pdf", ".docx", ".doc", ".xlsx", ".xls", ".pptx", ".ppt",
                                     ".odt", ".ods", ".odp", ".txt", ".md", ".csv", ".png",
                                     ".jpg", ".jpeg", ".zip", ".html"}) {
    if (lowered.ends_with(extension)) return true;
  }
  return lowered.find('/') != std::string::npos || is_url_start(lowered, 0);
}

}  // namespace

Attachment attachment_from_item(std::string_view input) {
  std::string text = std::string(trim(strip_emphasis(input)));
  Attachment attachment;
  // [Title](href)
  const std::size_t open = text.find('[');
  const std::size_t middle = text.find("](", open == std::string::npos ? 0 : open);
  if (open != std::string::npos && middle != std::string::npos) {
    const std::size_t close = text.find(')', middle);
    if (close != std::string::npos) {
      attachment.href = text.substr(middle + 2, close - middle - 2);
      text = text.substr(0, open) + text.substr(open + 1, middle - open - 1) + text.substr(close + 1);
      attachment.title = without_final_stop(text);
      return attachment;
    }
  }
  const std::string lowered = lower(text);
  for (std::size_t i = 0; i < lowered.size(); ++i) {
    if ((i == 0 || lowered[i - 1] == ' ' || lowered[i - 1] == '(' || lowered[i - 1] == '<') &&
        is_url_start(lowered, i)) {
      std::size_t end = lowered.find_first_of(" )>", i);
      if (end == std::string::npos) end = lowered.size();
      attachment.href = text.substr(i, end - i);
      while (attachment.href.ends_with('.') || attachment.href.ends_with(',')) attachment.href.pop_back();
      std::size_t begin = i;
      if (begin > 0 && (text[begin - 1] == '(' || text[begin - 1] == '<')) --begin;
      if (end < text.size() && (text[end] == ')' || text[end] == '>')) ++end;
      const std::string title = erase_span(text, begin, std::min(end, text.size()));
      attachment.title = without_final_stop(trim_chars(title, ":–-"));
      if (attachment.title.empty()) attachment.title = attachment.href;
      return attachment;
    }
  }
  const std::string_view body = trim_chars(text, ".");
  if (body.ends_with(')')) {
    const std::size_t bracket = body.rfind('(');
    if (bracket != std::string_view::npos && bracket > 0) {
      const std::string_view inside = body.substr(bracket + 1, body.size() - bracket - 2);
      if (looks_like_path(inside)) {
        attachment.href = std::string(inside);
        attachment.title = without_final_stop(body.substr(0, bracket));
        return attachment;
      }
    }
  }
  attachment.title = without_final_stop(text);
  return attachment;
}

std::optional<AttachmentFound> attachment_from_sentence(std::string_view sentence) {
  const std::string text = std::string(trim(strip_emphasis(sentence)));
  const std::string lowered = lower(text);
  bool marked = false;
  for (std::string_view mark : {"vedlegg", "vedlagt", "vedlegges", "legges ved", "ligger ved",
                                "lagt ved", "følger ved", "attached", "attachment", "enclosed",
                                "anlage", "beigefügt"}) {
    if (lowered.find(mark) != std::string::npos) marked = true;
  }
  if (!marked) return std::nullopt;
  // "Vedlegg: Budsjett 2025", "Attachment 2: Roof quotes"
  static const std::vector<std::string_view> k_labels{
      "vedlegg", "vedlagt", "attachment", "attachments", "attached", "enclosed", "enclosure",
      "anlage", "anlagen"};
  if (const std::size_t label = word_at_any(lowered, 0, k_labels)) {
    std::size_t i = skip_spaces(lowered, label);
    while (i < lowered.size() && (is_digit(lowered[i]) || lowered[i] == '.')) ++i;
    i = skip_spaces(lowered, i);
    if (i < lowered.size() && lowered[i] == ':') {
      const std::string_view rest = trim(std::string_view(text).substr(i + 1));
      if (!rest.empty()) return AttachmentFound{attachment_from_item(rest), true};
    }
  }
  // "Vedlagt følger budsjettet", "Attached is the treasurer's report"
  static const std::vector<std::string_view> k_leads{
      "vedlagt følger", "vedlagt fylgjer", "vedlagt er", "vedlagt ligger", "attached is",
      "attached are", "enclosed is", "enclosed are", "attached please find"};
  if (const std::size_t lead = word_at_any(lowered, 0, k_leads)) {
    const std::string_view rest = trim(std::string_view(text).substr(lead));
    if (!rest.empty()) return AttachmentFound{attachment_from_item(rest), true};
  }
  // "Presentasjonen oversendes som vedlegg", "The treasurer's report is attached"
  std::size_t verb_at = std::string::npos;
  std::size_t verb_size = 0;
  for (std::string_view verb :
       {" oversendes", " ettersendes", " sendes", " følger", " fylgjer", " blir sendt",
        " vert sendt", " sendast", " legges ved", " leggjast ved", " ligger ved", " er vedlagt",
        " blir lagt ved", " vert lagt ved", " vedlegges", " is attached", " are attached",
        " was attached", " were attached", " has been attached", " have been attached",
        " is enclosed", " are enclosed", " will be attached", " is appended", " are appended",
        " liegt bei", " ist beigefügt", " sind beigefügt", " wird angehängt"}) {
    const std::size_t at = lowered.find(verb);
    if (at != std::string::npos && at < verb_at) verb_at = at, verb_size = verb.size();
  }
  if (verb_at == std::string::npos || verb_at == 0) return std::nullopt;
  const std::string_view title = trim(std::string_view(text).substr(0, verb_at));
  if (word_spans(title).size() > 12) return std::nullopt;
  AttachmentFound found{attachment_from_item(title), true};
  static const std::vector<std::string_view> k_filler{
      "som", "vedlegg", "til", "referatet", "protokollen", "med", "ut", "to", "the", "these",
      "minutes", "as", "an", "attachment", "ved", "etter", "møtet", "i", "etterkant", "after",
      "meeting", "separat", "separately", "herewith", "hereto", "vedlagt", "with", "dem",
      "deltakerne", "deltagerne", "alle", "all", "participants", "participants.", "this"};
  const std::string_view after = std::string_view(lowered).substr(verb_at + verb_size);
  for (const Span& span : word_spans(after)) {
    const std::string_view word = trim_chars(after.substr(span.begin, span.end - span.begin), ".,;!");
    if (!word.empty() && std::find(k_filler.begin(), k_filler.end(), word) == k_filler.end()) {
      found.whole = false;
    }
  }
  return found;
}

}  // namespace minutes::import_detail
