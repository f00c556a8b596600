#include "minutes/labels.hpp"

#include <array>

#include <fmt/format.h>

namespace minutes {
namespace {

constexpr std::size_t k_label_count = static_cast<std::size_t>(Label::count);
using LabelTable = std::array<std::string_view, k_label_count>;

struct Language {
  std::string_view tag;
  LabelTable labels;
  std::array<std::string_view, 12> months;
};

// Order follows enum Label.
constexpr std::array<Language, 4> k_languages{{
    {"en",
     {"Date", "Time", "Location", "Organizer", "Status", "Draft", "Approved",
      "Participants", "Present", "Guests", "Regrets", "Absent", "Groups", "Total attendance",
      "on behalf of", "Summary", "Agenda", "presented by", "Decisions", "For", "Against",
      "Abstain", "Actions", "ID", "Task", "Owner", "Due", "Status", "Open", "Done", "Cancelled",
      "Workshops", "votes", "tags", "Next meeting", "Title", "Attachments"},
     {"January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December"}},
    {"nb",
     {"Dato", "Tid", "Sted", "Arrangør", "Status", "Utkast", "Godkjent",
      "Deltakere", "Til stede", "Gjester", "Forfall", "Fraværende", "Grupper", "Totalt fremmøte",
      "på vegne av", "Sammendrag", "Saksliste", "ved", "Vedtak", "For", "Mot", "Avstår",
      "Tiltak", "ID", "Oppgave", "Ansvarlig", "Frist", "Status", "Åpen", "Utført", "Avlyst",
      "Workshop", "stemmer", "stikkord", "Neste møte", "Tittel", "Vedlegg"},
     {"januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
      "oktober", "november", "desember"}},
    {"nn",
     {"Dato", "Tid", "Stad", "Arrangør", "Status", "Utkast", "Godkjend",
      "Deltakarar", "Til stades", "Gjester", "Forfall", "Fråverande", "Grupper", "Totalt oppmøte",
      "på vegner av", "Samandrag", "Saksliste", "ved", "Vedtak", "For", "Mot", "Avstår",
      "Tiltak", "ID", "Oppgåve", "Ansvarleg", "Frist", "Status", "Open", "Utført", "Avlyst",
      "Workshop", "røyster", "stikkord", "Neste møte", "Tittel", "Vedlegg"},
     {"januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
      "oktober", "november", "desember"}},
    {"de",
     {"Datum", "Zeit", "Ort", "Veranstalter", "Status", "Entwurf", "Genehmigt",
      "Teilnehmende", "Anwesend", "Gäste", "Entschuldigt", "Abwesend", "Gruppen",
      "Anwesende insgesamt", "in Vertretung für", "Zusammenfassung", "Tagesordnung", "von",
      "Beschlüsse", "Dafür", "Dagegen", "Enthaltungen", "Aufgaben", "ID", "Aufgabe",
      "Verantwortlich", "Fällig", "Status", "Offen", "Erledigt", "Abgesagt", "Workshops",
      "Stimmen", "Schlagwörter", "Nächste Sitzung", "Titel", "Anlagen"},
     {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
      "Oktober", "November", "Dezember"}},
}};

const Language& language_or_english(std::string_view tag) {
  const std::optional<std::string> supported = supported_language(tag);
  for (const Language& language : k_languages) {
    if (supported && language.tag == *supported) return language;
  }
  return k_languages[0];
}

bool is_norwegian(std::string_view tag) {
  const std::string_view resolved = language_or_english(tag).tag;
  return resolved == "nb" || resolved == "nn";
}

std::string clock(const Time& time, std::string_view language) {
  return is_norwegian(language) ? fmt::format("{:02}.{:02}", time.hour, time.minute)
                                : fmt::format("{:02}:{:02}", time.hour, time.minute);
}

}  // namespace

std::vector<std::string_view> label_languages() {
  std::vector<std::string_view> tags;
  for (const Language& language : k_languages) tags.push_back(language.tag);
  return tags;
}

std::optional<std::string> supported_language(std::string_view tag) {
  const std::string primary(tag.substr(0, tag.find('-')));
  if (primary == "no") return "nb";  // the macrolanguage: Bokmål is the common written form
  for (const Language& language : k_languages) {
    if (language.tag == primary) return primary;
  }
  return std::nullopt;
}

std::string_view label(std::string_view language, Label which) {
  return language_or_english(language).labels[static_cast<std::size_t>(which)];
}

std::string long_date(const Date& date, std::string_view language) {
  const Language& table = language_or_english(language);
  if (date.month < 1 || date.month > 12) return fmt::format("{:04}-{:02}-{:02}", date.year, date.month, date.day);
  const std::string_view month = table.months[static_cast<std::size_t>(date.month - 1)];
  if (table.tag == "en") return fmt::format("{} {} {}", date.day, month, date.year);
  return fmt::format("{}. {} {}", date.day, month, date.year);
}

std::string_view month_name(int month, std::string_view language) {
  if (month < 1 || month > 12) return {};
  return language_or_english(language).months[static_cast<std::size_t>(month - 1)];
}

std::string day_and_month(const Date& date, std::string_view language) {
  const std::string_view month = month_name(date.month, language);
  if (month.empty()) return fmt::format("{:02}-{:02}", date.month, date.day);
  if (language_or_english(language).tag == "en") return fmt::format("{} {}", date.day, month);
  return fmt::format("{}. {}", date.day, month);
}

std::string time_range(const std::optional<Time>& start, const std::optional<Time>& end,
                       std::string_view language) {
  if (!start) return {};
  std::string range = clock(*start, language);
  if (end) range += "–" + clock(*end, language);
  const std::string_view tag = language_or_english(language).tag;
  if (tag == "de") return range + " Uhr";
  if (is_norwegian(language)) return "kl. " + range;
  return range;
}

}  // namespace minutes
