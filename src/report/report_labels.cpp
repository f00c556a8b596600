#include "minutes/report_labels.hpp"

#include <array>
#include <optional>
#include <string>

#include "minutes/labels.hpp"

namespace minutes {
namespace {

constexpr std::size_t k_count = static_cast<std::size_t>(ReportLabel::count);

struct Table {
  std::string_view tag;
  std::array<std::string_view, k_count> labels;
};

// Order follows enum ReportLabel.
constexpr std::array<Table, 4> k_tables{{
    {"en",
     {"Summary of minutes", "Action register", "Period", "As of", "Valid records read",
      "Meetings in the period", "Left out (invalid)", "Year", "Totals", "Meetings", "Meeting",
      "Named", "In groups", "Attendance", "Named people", "Organisations", "People in groups",
      "Attendance per meeting", "Attendance per month", "Month", "Decision", "Votes", "Overdue",
      "Total", "Actions by status", "First raised", "Latest record", "Days overdue", "Questions",
      "Question", "Answers", "Most votes", "Tag", "Tags", "Most used tags", "Next meetings",
      "Announced at", "Record", "yes", "no", "No actions."}},
    {"nb",
     {"Oppsummering av møtereferater", "Tiltaksliste", "Periode", "Per", "Gyldige referater lest",
      "Møter i perioden", "Utelatt (ugyldige)", "År", "Nøkkeltall", "Møter", "Møte", "Navngitte",
      "I grupper", "Fremmøte", "Navngitte personer", "Organisasjoner", "Personer i grupper",
      "Fremmøte per møte", "Fremmøte per måned", "Måned", "Vedtak", "Stemmer", "Forfalt", "Totalt",
      "Tiltak etter status", "Først meldt", "Sist omtalt", "Dager på overtid", "Spørsmål",
      "Spørsmål", "Svar", "Flest stemmer", "Stikkord", "Stikkord", "Mest brukte stikkord",
      "Neste møter", "Varslet i", "Referat", "ja", "nei", "Ingen tiltak."}},
    {"nn",
     {"Oppsummering av møtereferat", "Tiltaksliste", "Periode", "Per", "Gyldige referat lesne",
      "Møte i perioden", "Utelatne (ugyldige)", "År", "Nøkkeltal", "Møte", "Møte", "Namngjevne",
      "I grupper", "Oppmøte", "Namngjevne personar", "Organisasjonar", "Personar i grupper",
      "Oppmøte per møte", "Oppmøte per månad", "Månad", "Vedtak", "Røyster", "Forfalle", "Totalt",
      "Tiltak etter status", "Først meld", "Sist omtala", "Dagar på overtid", "Spørsmål",
      "Spørsmål", "Svar", "Flest røyster", "Stikkord", "Stikkord", "Mest brukte stikkord",
      "Neste møte", "Varsla i", "Referat", "ja", "nei", "Ingen tiltak."}},
    {"de",
     {"Zusammenfassung der Protokolle", "Aufgabenliste", "Zeitraum", "Stand",
      "Gültige Protokolle gelesen", "Sitzungen im Zeitraum", "Ausgelassen (ungültig)", "Jahr",
      "Kennzahlen", "Sitzungen", "Sitzung", "Namentlich", "In Gruppen", "Anwesende",
      "Namentlich genannte Personen", "Organisationen", "Personen in Gruppen",
      "Anwesende je Sitzung", "Anwesende je Monat", "Monat", "Beschluss", "Stimmen", "Überfällig",
      "Gesamt", "Aufgaben nach Status", "Erstmals erfasst", "Zuletzt erfasst", "Tage überfällig",
      "Fragen", "Frage", "Antworten", "Meiste Stimmen", "Schlagwort", "Schlagwörter",
      "Häufigste Schlagwörter", "Nächste Sitzungen", "Angekündigt in", "Protokoll", "ja", "nein",
      "Keine Aufgaben."}},
}};

}  // namespace

std::string_view report_label(std::string_view language, ReportLabel which) {
  const std::optional<std::string> supported = supported_language(language);
  for (const Table& table : k_tables) {
    if (supported && table.tag == *supported) return table.labels[static_cast<std::size_t>(which)];
  }
  return k_tables[0].labels[static_cast<std::size_t>(which)];
}

}  // namespace minutes
