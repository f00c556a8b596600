// Participants as people write them, and who presents or owns something. A name is one to five
// capitalised words; what follows in brackets, after a comma or after a dash is a role when it is
// a known role or starts in lower case, an organisation when it carries a company or public-body
// word (AS, Ltd, kommune, Council, ...), and otherwise an organisation too.
#include <algorithm>

#include "import/recognise.hpp"

namespace minutes::import_detail {
namespace {

const std::vector<std::string_view> k_roles{
    "ordfører", "varaordfører", "ordførar", "varaordførar", "rådmann", "kommunedirektør",
    "kommunalsjef", "leder", "leiar", "nestleder", "nestleiar", "styreleder", "styreleiar",
    "styremedlem", "varamedlem", "vara", "medlem", "sekretær", "skrivar", "referent",
    "kasserer", "kasserar", "daglig leder", "dagleg leiar", "møteleder", "møteleiar",
    "ordstyrer", "ordstyrar", "rektor", "prosjektleder", "prosjektleiar", "konsulent",
    "rådgiver", "rådgjevar", "saksbehandler", "sakshandsamar", "næringssjef", "økonomisjef",
    "chair", "chairman", "chairwoman", "chairperson", "vice-chair", "vice chair", "deputy chair",
    "treasurer", "secretary", "member", "board member", "deputy board member", "director",
    "managing director", "ceo", "cfo", "clerk", "minute taker", "minute-taker", "auditor",
    "head teacher", "headteacher", "councillor", "mayor", "deputy mayor", "coordinator",
    "manager", "project manager", "president", "vice-president", "vice president", "trustee",
    "officer", "deputy", "substitute", "vorsitzender", "vorsitzende", "kassenwart",
    "schriftführer", "schriftführerin", "mitglied", "stedfortreder", "varamann"};

// Words that make a text an organisation rather than a person.
const std::vector<std::string_view> k_org_words{
    "as", "asa", "sa", "ba", "da", "ans", "ltd", "ltd.", "llp", "llc", "inc", "inc.", "gmbh",
    "ag", "e.v.", "plc", "kommune", "fylkeskommune", "council", "university", "universitet",
    "association", "society", "forening", "foreningen", "club", "klubb", "trust", "foundation",
    "stiftelse", "stiftinga", "company", "co.", "corporation", "group", "norway", "norge",
    "partners", "department", "avdeling", "etat", "direktorat", "direktoratet", "bank",
    "sparebank", "school", "skole", "skule", "kirke", "church", "committee", "utvalg", "utval",
    "rådet", "næringsutvikling", "nav", "verein", "stadt", "gemeinde", "ministry", "agency"};

// Organisations end in these more often than names do ("Skiptvet Bondelag", "Idrettslaget").
const std::vector<std::string_view> k_org_endings{"lag", "laget", "forening", "foreningen",
                                                  "kommune", "kommunen", "senter", "senteret",
                                                  "selskap", "selskapet", "gruppen", "hus"};

const std::vector<std::string_view> k_particles{"van", "von", "de", "der", "den", "af", "av",
                                                "la", "le", "di", "da", "du", "del", "bin",
                                                "al", "ter", "ten", "zu", "y"};

// Capitalised words that start sentences, not names.
const std::vector<std::string_view> k_not_names{
    "det", "the", "alle", "all", "vi", "we", "møtet", "meeting", "neste", "next", "ingen",
    "none", "nobody", "styret", "board", "kommunen", "dette", "this", "there", "it", "de",
    "dei", "han", "hun", "ho", "he", "she", "they", "se", "see", "total", "totalt", "i", "på",
    "in", "at", "on", "for", "fra", "frå", "from", "til", "to", "og", "and", "med", "with",
    "representanter", "representatives", "members", "medlemmer", "ordet", "sak", "item"};

const std::vector<std::string_view> k_guest_words{"gjest", "guest", "observatør", "observer",
                                                  "invitert", "invited", "gast", "observatør"};

bool contains(const std::vector<std::string_view>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

bool is_name_word(std::string_view word, bool edge) {
  const std::string lowered = lower(word);
  if (!edge && contains(k_particles, lowered)) return true;
  if (!starts_upper(word)) return false;
  if (contains(k_not_names, lowered) || contains(k_org_words, lowered)) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    if (is_digit(c)) return false;
    if (static_cast<unsigned char>(c) < 0x80 && !is_letter_at(word, i) && c != '-' &&
        c != '\'' && c != '.') {
      return false;
    }
  }
  // An initial is one letter and a stop ("K."); other words do not end in a stop.
  if (word.ends_with('.') && code_points(word) > 2) return false;
  return true;
}

bool has_org_word(std::string_view text) {
  const std::string lowered = lower(text);
  const auto words = word_spans(lowered);
  for (const Span& span : words) {
    const std::string_view word = trim_chars(std::string_view(lowered).substr(span.begin, span.end - span.begin), ",()");
    if (contains(k_org_words, word)) return true;
  }
  if (!words.empty()) {
    const std::string_view last =
        std::string_view(lowered).substr(words.back().begin, words.back().end - words.back().begin);
    for (std::string_view ending : k_org_endings) {
      if (last.size() > ending.size() + 2 && last.ends_with(ending)) return true;
    }
  }
  return false;
}

bool is_guest_word(std::string_view lower_text) { return contains(k_guest_words, lower_text); }

// Splits at commas and semicolons, and at "og", "and", "&", "samt", "+", outside brackets.
std::vector<Span> split_list(std::string_view text) {
  std::vector<Span> items;
  const std::string lowered = lower(text);
  int depth = 0;
  std::size_t begin = 0;
  const auto add = [&](std::size_t end) {
    const std::string_view piece = text.substr(begin, end - begin);
    const std::size_t lead = piece.find_first_not_of(" \t\n");
    if (lead != std::string_view::npos) {
      items.push_back({begin + lead, begin + piece.find_last_not_of(" \t\n") + 1});
    }
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '(') ++depth;
    if (c == ')' && depth > 0) --depth;
    if (depth > 0) continue;
    if (c == ',' || c == ';') {
      add(i);
      begin = i + 1;
      continue;
    }
    if (c != ' ') continue;
    for (std::string_view joiner : {" og ", " and ", " & ", " samt ", " + ", " und ", " eller "}) {
      if (std::string_view(lowered).substr(i).starts_with(joiner)) {
        add(i);
        begin = i + joiner.size() - 1;
        i = begin - 1;
        break;
      }
    }
  }
  add(text.size());
  return items;
}

void apply_detail_part(std::string_view part, Person& person) {
  const std::string lowered = lower(part);
  if (part.empty()) return;
  if (is_guest_word(lowered)) {
    if (person.status == AttendanceStatus::present) person.status = AttendanceStatus::guest;
    if (person.role.empty()) person.role = std::string(part);
    return;
  }
  if (!has_org_word(part) && (is_known_role(lowered) || starts_lower(part))) {
    person.role = person.role.empty() ? std::string(part) : person.role + ", " + std::string(part);
    return;
  }
  person.organization =
      person.organization.empty() ? std::string(part) : person.organization + ", " + std::string(part);
}

// "vara for Ola Hansen", "on behalf of Gareth Lloyd", "møtte for X": true when it was one.
bool apply_stand_in(std::string_view detail, Person& person) {
  const std::string lowered = lower(detail);
  for (std::string_view phrase : {"on behalf of", "på vegne av", "i stedet for", "i staden for",
                                  "in place of", "instead of", "for"}) {
    const std::size_t at = find_word(lowered, phrase);
    if (at == std::string::npos) continue;
    const std::string_view whom = trim(detail.substr(at + phrase.size()));
    if (!looks_like_name(whom)) continue;
    const std::string_view before = trim(detail.substr(0, at));
    person.on_behalf_of = std::string(whom);
    if (!before.empty() && is_known_role(lower(before))) person.role = std::string(before);
    return true;
  }
  return false;
}

// "varamedlem, møtte for Per Nyhus": each part by itself, so the role and the stand-in both count.
void apply_detail(std::string_view detail, Person& person) {
  detail = trim(detail);
  std::size_t begin = 0;
  int depth = 0;
  for (std::size_t i = 0; i <= detail.size(); ++i) {
    if (i < detail.size() && detail[i] == '(') ++depth;
    if (i < detail.size() && detail[i] == ')' && depth > 0) --depth;
    if (i == detail.size() || (depth == 0 && detail[i] == ',')) {
      const std::string_view part = trim(detail.substr(begin, i - begin));
      if (!part.empty() && !apply_stand_in(part, person)) apply_detail_part(part, person);
      begin = i + 1;
    }
  }
}

bool is_detail(std::string_view item) {
  const std::string lowered = lower(item);
  if (word_spans(item).size() > 6) return false;
  if (item.find(". ") != std::string_view::npos) return false;
  return starts_lower(item) || is_known_role(lowered) || has_org_word(item) ||
         is_guest_word(lowered);
}

std::optional<Person> parse_person(std::string_view item, AttendanceStatus status) {
  std::string_view text = trim_chars(item, ".");
  Person person;
  person.status = status;
  std::string_view detail;
  std::string_view name = text;
  if (text.ends_with(')')) {
    int depth = 0;
    for (std::size_t i = text.size(); i-- > 0;) {
      if (text[i] == ')') ++depth;
      if (text[i] == '(' && --depth == 0) {
        detail = text.substr(i + 1, text.size() - i - 2);
        name = trim(text.substr(0, i));
        break;
      }
    }
  } else {
    for (std::string_view dash : {" – ", " - ", " — ", ": "}) {
      const std::size_t at = text.find(dash);
      if (at != std::string_view::npos) {
        detail = text.substr(at + dash.size());
        name = trim(text.substr(0, at));
        break;
      }
    }
  }
  // "ordfører Anne-Grethe Larsen", "Chair Helen Carver": a role before the name.
  if (!looks_like_name(name)) {
    const std::string lowered = lower(name);
    const auto words = word_spans(name);
    bool found = false;
    for (std::size_t count = 1; count <= 2 && count < words.size(); ++count) {
      const std::string_view role = name.substr(0, words[count - 1].end);
      const std::string_view rest = trim(name.substr(words[count - 1].end));
      if (is_known_role(lower(role)) && looks_like_name(rest)) {
        person.role = std::string(role);
        name = rest;
        found = true;
        break;
      }
    }
    if (!found) return std::nullopt;
  }
  person.name = std::string(name);
  apply_detail(detail, person);
  return person;
}

struct GroupFound {
  Group group;
  std::size_t list_begin = std::string_view::npos;  // a list of named people follows here
  std::size_t rest_begin = std::string_view::npos;  // other words follow here
};

std::size_t earliest(std::string_view lowered, std::size_t from,
                     std::initializer_list<std::string_view> phrases) {
  std::size_t best = lowered.size();
  for (std::string_view phrase : phrases) {
    const std::size_t at = lowered.find(phrase, from);
    if (at != std::string_view::npos && at < best) best = at;
  }
  return best;
}

// "Det var 32 personer fra næringslivet til stede i tillegg til ...", "12 tilhørere",
// "Around 40 residents attended", "12 members of the public".
std::optional<GroupFound> find_group(std::string_view text) {
  const std::string lowered = lower(text);
  const auto words = word_spans(text);
  for (std::size_t w = 0; w < words.size() && w < 6; ++w) {
    const std::string_view word = text.substr(words[w].begin, words[w].end - words[w].begin);
    if (!std::all_of(word.begin(), word.end(), [](char c) { return is_digit(c); })) {
      if (w > 0 && !starts_lower(word)) return std::nullopt;  // a name before the number
      continue;
    }
    if (word.size() > 7 || w + 1 >= words.size()) return std::nullopt;
    const long long count = std::stoll(std::string(word));
    const std::string_view noun =
        text.substr(words[w + 1].begin, words[w + 1].end - words[w + 1].begin);
    if (count < 1 || count > 1000000 || !starts_lower(noun)) return std::nullopt;
    GroupFound found;
    found.group.count = count;
    std::size_t name_begin = words[w + 1].begin;
    std::size_t after = words[w + 1].end;
    if (w + 2 < words.size()) {
      const std::string_view next =
          std::string_view(lowered).substr(words[w + 2].begin, words[w + 2].end - words[w + 2].begin);
      if (next == "fra" || next == "frå" || next == "from" || next == "of" || next == "av") {
        name_begin = w + 3 < words.size() ? words[w + 3].begin : words[w + 2].end;
        after = earliest(lowered, name_begin,
                         {" til stede", " til stades", " present", " attended", " var til stede",
                          " møtte", " i tillegg", " in addition", " sammen med", " saman med",
                          " along with", " together with", " as well as", " og ", " and ", ",",
                          ".", ";", " samt ", " (", " who ", " som ", " deltok", " were "});
      }
    }
    found.group.name = std::string(trim_chars(text.substr(name_begin, after - name_begin), ",."));
    if (found.group.name.empty()) found.group.name = std::string(noun);
    if (found.group.name.ends_with(',')) found.group.name.pop_back();
    std::size_t i = after;
    for (std::string_view presence : {" var til stede", " til stede", " til stades", " were present",
                                      " was present", " present", " attended the meeting",
                                      " attended", " møtte", " deltok"}) {
      if (std::string_view(lowered).substr(i).starts_with(presence)) {
        i += presence.size();
        break;
      }
    }
    for (std::string_view joiner : {" i tillegg til ", ", i tillegg til ", " in addition to ",
                                    ", in addition to ", " sammen med ", " saman med ",
                                    " along with ", " together with ", " as well as ",
                                    " foruten ", " besides ", ", ", " og ", " and "}) {
      if (std::string_view(lowered).substr(i).starts_with(joiner)) {
        found.list_begin = i + joiner.size();
        return found;
      }
    }
    const std::string_view tail = trim_chars(text.substr(i), ".");
    if (!tail.empty()) found.rest_begin = i;
    return found;
  }
  return std::nullopt;
}

// "Tilhørere: 12", "Publikum: ca. 30".
std::optional<Group> labelled_group(std::string_view text) {
  const std::size_t colon = text.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  const std::string_view name = trim(text.substr(0, colon));
  std::string_view count = trim_chars(text.substr(colon + 1), ".");
  for (std::string_view about : {"ca. ", "ca ", "cirka ", "about ", "around ", "omkring "}) {
    if (lower(count).starts_with(about)) count = trim(count.substr(about.size()));
  }
  if (name.empty() || word_spans(name).size() > 3 || count.empty() || count.size() > 7 ||
      !std::all_of(count.begin(), count.end(), [](char c) { return is_digit(c); })) {
    return std::nullopt;
  }
  const long long value = std::stoll(std::string(count));
  if (value < 1 || value > 1000000) return std::nullopt;
  return Group{std::string(name), value, {}};
}

// "dvs. at", "i.e.", "that is,": words that only join the rest of a sentence to a list.
std::string_view without_connector(std::string_view text) {
  const std::string lowered = lower(text);
  for (std::string_view connector : {"dvs. at ", "dvs at ", "dvs. ", "det vil si at ",
                                     "det vil seie at ", "i.e. ", "that is, ", "which means ",
                                     "so ", "d.h. "}) {
    if (lowered.starts_with(connector)) return trim(text.substr(connector.size()));
  }
  return text;
}

}  // namespace

bool looks_like_organisation(std::string_view text) { return has_org_word(text); }

std::optional<PeopleLead> people_lead(std::string_view lower_text) {
  struct Lead {
    std::string_view words;
    std::optional<AttendanceStatus> status;
  };
  static const Lead k_leads[] = {
      {"apologies were received from", AttendanceStatus::regrets},
      {"apologies were received on behalf of", AttendanceStatus::regrets},
      {"apologies received from", AttendanceStatus::regrets},
      {"apologies from", AttendanceStatus::regrets},
      {"regrets from", AttendanceStatus::regrets},
      {"forfall fra", AttendanceStatus::regrets},
      {"forfall frå", AttendanceStatus::regrets},
      {"meldt forfall fra", AttendanceStatus::regrets},
      {"meldt forfall frå", AttendanceStatus::regrets},
      {"til stede var", AttendanceStatus::present},
      {"til stades var", AttendanceStatus::present},
      {"present were", AttendanceStatus::present},
      {"følgende møtte", AttendanceStatus::present},
      {"følgjande møtte", AttendanceStatus::present},
      {"disse møtte", AttendanceStatus::present},
      {"desse møtte", AttendanceStatus::present},
      {"the following were present", AttendanceStatus::present},
      {"also present were", AttendanceStatus::guest},
      {"in attendance were", AttendanceStatus::guest},
      {"i tillegg møtte", AttendanceStatus::guest},
      {"dessuten møtte", AttendanceStatus::guest},
      {"det møtte", std::nullopt},  // "Det møtte 46 innbyggere": a count follows
  };
  const Lead* best = nullptr;
  for (const Lead& lead : k_leads) {
    if ((!best || lead.words.size() > best->words.size()) && word_at(lower_text, 0, lead.words)) {
      best = &lead;
    }
  }
  if (!best) return std::nullopt;
  return PeopleLead{best->words.size(), best->status};
}

bool is_known_role(std::string_view lower_text) {
  const std::string_view text = trim(lower_text);
  if (contains(k_roles, text)) return true;
  const std::size_t space = text.rfind(' ');
  return space != std::string_view::npos && contains(k_roles, text.substr(space + 1)) &&
         word_spans(text).size() <= 3;
}

bool looks_like_name(std::string_view text) {
  text = trim(text);
  const auto words = word_spans(text);
  if (words.empty() || words.size() > 5) return false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string_view word = text.substr(words[i].begin, words[i].end - words[i].begin);
    if (!is_name_word(word, i == 0 || i + 1 == words.size())) return false;
  }
  // A known role alone ("Chair", "Treasurer") is not a name.
  return !(words.size() == 1 && is_known_role(lower(text)));
}

PeopleFound parse_people(std::string_view input, AttendanceStatus status) {
  PeopleFound found;
  const std::string stripped = strip_emphasis(input);
  std::string_view text = trim(stripped);
  if (text.empty()) return found;
  if (auto group = labelled_group(text)) {
    found.groups.push_back(*group);
    found.guess = "a group from \"name: count\"";
    return found;
  }
  if (const auto lead = people_lead(lower(text))) {
    text = trim_chars(text.substr(lead->length), ":");
    if (lead->status) status = *lead->status;
  }
  std::size_t list_begin = 0;
  if (auto group = find_group(text)) {
    found.groups.push_back(group->group);
    found.guess = "a group from a count of people";
    if (group->list_begin == std::string_view::npos) {
      if (group->rest_begin != std::string_view::npos) {
        found.groups.back().note =
            capitalise(without_connector(trim_chars(text.substr(group->rest_begin), ",")));
      }
      return found;
    }
    list_begin = group->list_begin;
  }
  const std::string_view list = text.substr(list_begin);
  const auto items = split_list(list);
  std::size_t rest_begin = std::string_view::npos;
  for (const Span& span : items) {
    const std::string_view item = list.substr(span.begin, span.end - span.begin);
    if (auto person = parse_person(item, status)) {
      found.persons.push_back(std::move(*person));
    } else if (!found.persons.empty() && is_detail(trim_chars(item, "."))) {
      apply_detail(trim_chars(item, "."), found.persons.back());
    } else {
      rest_begin = span.begin;
      break;
    }
  }
  if (rest_begin != std::string_view::npos) {
    const std::string_view rest = trim(list.substr(rest_begin));
    if (!found.groups.empty() && found.groups.back().note.empty() && !found.persons.empty()) {
      found.groups.back().note = capitalise(without_connector(rest));
    } else if (found.persons.empty() && found.groups.empty()) {
      found.rest = std::string(trim(input));
    } else {
      found.rest = std::string(rest);
    }
  }
  return found;
}

}  // namespace minutes::import_detail
