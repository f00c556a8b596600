// Section labels ("Deltakere:", "Present:", "Vedtak:"), workshop parts, agenda case numbers and
// title prefixes, in Bokmål, Nynorsk, English and (a few) German, compared in lower case.
#include <array>

#include "import/recognise.hpp"

namespace minutes::import_detail {
namespace {

using S = Section;
using A = AttendanceStatus;

struct LabelWords {
  std::string_view words;
  Section section;
  AttendanceStatus status = A::present;
  Meta meta = Meta::none;
};

const LabelWords k_labels[] = {
    // who came
    {"deltagere", S::participants}, {"deltakere", S::participants},
    {"deltakarar", S::participants}, {"deltakere til stede", S::participants},
    {"til stede", S::participants}, {"til stades", S::participants},
    {"tilstede", S::participants}, {"møtt", S::participants}, {"møtte", S::participants},
    {"møtende", S::participants}, {"frammøtte", S::participants},
    {"fremmøtte", S::participants}, {"present", S::participants},
    {"members present", S::participants}, {"attendees", S::participants},
    {"attendance", S::participants}, {"participants", S::participants},
    {"teilnehmer", S::participants}, {"teilnehmende", S::participants},
    {"anwesend", S::participants},
    {"forfall", S::participants, A::regrets}, {"meldt forfall", S::participants, A::regrets},
    {"regrets", S::participants, A::regrets}, {"apologies", S::participants, A::regrets},
    {"apologies for absence", S::participants, A::regrets},
    {"apologies received", S::participants, A::regrets},
    {"entschuldigt", S::participants, A::regrets},
    {"absent", S::participants, A::absent}, {"ikke til stede", S::participants, A::absent},
    {"ikkje til stades", S::participants, A::absent}, {"fraværende", S::participants, A::absent},
    {"fråverande", S::participants, A::absent}, {"fravær", S::participants, A::absent},
    {"abwesend", S::participants, A::absent},
    {"gjester", S::participants, A::guest}, {"gjestar", S::participants, A::guest},
    {"guests", S::participants, A::guest}, {"also present", S::participants, A::guest},
    {"in attendance", S::participants, A::guest},
    {"observatører", S::participants, A::guest}, {"observatørar", S::participants, A::guest},
    {"observers", S::participants, A::guest}, {"dessuten møtte", S::participants, A::guest},
    {"i tillegg møtte", S::participants, A::guest}, {"gäste", S::participants, A::guest},
    // what was on
    {"agenda", S::agenda}, {"dagsorden", S::agenda}, {"saksliste", S::agenda},
    {"sakliste", S::agenda}, {"saker", S::agenda}, {"sakar", S::agenda},
    {"saker til behandling", S::agenda}, {"behandlede saker", S::agenda},
    {"program", S::agenda}, {"programme", S::agenda}, {"presentasjon", S::agenda},
    {"presentasjoner", S::agenda}, {"presentasjonar", S::agenda},
    {"orienteringer", S::agenda}, {"orienteringar", S::agenda},
    {"orienteringssaker", S::agenda}, {"agenda items", S::agenda}, {"items", S::agenda},
    {"tagesordnung", S::agenda},
    // what was decided and who does what
    {"vedtak", S::decisions}, {"decision", S::decisions}, {"decisions", S::decisions},
    {"resolution", S::decisions}, {"resolutions", S::decisions}, {"resolved", S::decisions},
    {"agreed", S::decisions}, {"beslutning", S::decisions}, {"beslutninger", S::decisions},
    {"avgjerd", S::decisions}, {"avgjerder", S::decisions}, {"konklusjon", S::decisions},
    {"konklusjonar", S::decisions}, {"konklusjoner", S::decisions},
    {"beschluss", S::decisions}, {"beschlüsse", S::decisions},
    {"action", S::actions}, {"actions", S::actions}, {"action items", S::actions},
    {"action points", S::actions}, {"tiltak", S::actions}, {"oppfølging", S::actions},
    {"oppfølgingspunkter", S::actions}, {"oppfølgingspunkt", S::actions},
    {"oppgaver", S::actions}, {"oppgåver", S::actions}, {"aksjonspunkter", S::actions},
    {"aksjonspunkt", S::actions}, {"handlingspunkter", S::actions}, {"to do", S::actions},
    {"todo", S::actions}, {"aufgaben", S::actions}, {"aufgabe", S::actions},
    // papers, the next meeting, workshops, summaries
    {"vedlegg", S::attachments}, {"vedlagt", S::attachments}, {"attachment", S::attachments},
    {"attachments", S::attachments}, {"enclosures", S::attachments},
    {"anlage", S::attachments}, {"anlagen", S::attachments},
    {"neste møte", S::next_meeting}, {"next meeting", S::next_meeting},
    {"nächste sitzung", S::next_meeting},
    {"workshop", S::workshop}, {"resultater workshop", S::workshop},
    {"resultat workshop", S::workshop}, {"resultat frå workshop", S::workshop},
    {"resultater fra workshop", S::workshop}, {"resultater fra workshopen", S::workshop},
    {"workshop results", S::workshop}, {"results of the workshop", S::workshop},
    {"gruppearbeid", S::workshop}, {"idédugnad", S::workshop}, {"group work", S::workshop},
    {"oppsummering", S::summary}, {"sammendrag", S::summary}, {"samandrag", S::summary},
    {"summary", S::summary}, {"zusammenfassung", S::summary},
    // about the meeting itself
    {"dato", S::meta, A::present, Meta::date}, {"date", S::meta, A::present, Meta::date},
    {"møtedato", S::meta, A::present, Meta::date}, {"datum", S::meta, A::present, Meta::date},
    {"tid", S::meta, A::present, Meta::time}, {"time", S::meta, A::present, Meta::time},
    {"klokkeslett", S::meta, A::present, Meta::time},
    {"tidspunkt", S::meta, A::present, Meta::time}, {"zeit", S::meta, A::present, Meta::time},
    {"tid og sted", S::meta, A::present, Meta::date_time_place},
    {"tid og stad", S::meta, A::present, Meta::date_time_place},
    {"dato og tid", S::meta, A::present, Meta::date_time_place},
    {"date and time", S::meta, A::present, Meta::date_time_place},
    {"time and place", S::meta, A::present, Meta::date_time_place},
    {"when and where", S::meta, A::present, Meta::date_time_place},
    {"when", S::meta, A::present, Meta::date_time_place},
    {"sted", S::meta, A::present, Meta::location}, {"stad", S::meta, A::present, Meta::location},
    {"møtested", S::meta, A::present, Meta::location},
    {"møtestad", S::meta, A::present, Meta::location},
    {"location", S::meta, A::present, Meta::location},
    {"venue", S::meta, A::present, Meta::location}, {"place", S::meta, A::present, Meta::location},
    {"where", S::meta, A::present, Meta::location}, {"ort", S::meta, A::present, Meta::location},
    {"arrangør", S::meta, A::present, Meta::organizer},
    {"organizer", S::meta, A::present, Meta::organizer},
    {"organiser", S::meta, A::present, Meta::organizer},
    {"innkalt av", S::meta, A::present, Meta::organizer},
    {"called by", S::meta, A::present, Meta::organizer},
    {"chair", S::meta, A::present, Meta::chair}, {"chairman", S::meta, A::present, Meta::chair},
    {"chairperson", S::meta, A::present, Meta::chair},
    {"møteleder", S::meta, A::present, Meta::chair},
    {"møteleiar", S::meta, A::present, Meta::chair},
    {"ordstyrer", S::meta, A::present, Meta::chair},
    {"ordstyrar", S::meta, A::present, Meta::chair},
    {"vorsitz", S::meta, A::present, Meta::chair},
    {"referent", S::meta, A::present, Meta::minute_taker},
    {"skrivar", S::meta, A::present, Meta::minute_taker},
    {"minute taker", S::meta, A::present, Meta::minute_taker},
    {"minutes taken by", S::meta, A::present, Meta::minute_taker},
    {"minutes", S::meta, A::present, Meta::minute_taker},
    {"secretary", S::meta, A::present, Meta::minute_taker},
    {"protokollführer", S::meta, A::present, Meta::minute_taker},
    {"protokoll", S::meta, A::present, Meta::minute_taker},
};

// After a label: the end, a colon, or a dash with spaces. Returns where the rest starts.
std::optional<std::size_t> after_label(std::string_view text, std::size_t at, bool& colon) {
  std::size_t i = at;
  while (i < text.size() && text[i] == ' ') ++i;
  if (i == text.size()) return i;
  if (text[i] == ':') {
    colon = true;
    return i + 1;
  }
  for (std::string_view dash : {"- ", "– ", "— "}) {
    if (i > at && text.substr(i).starts_with(dash)) {
      colon = true;
      return i + dash.size();
    }
  }
  return std::nullopt;
}

bool is_roman(std::string_view lower_word) {
  for (std::string_view numeral : {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"}) {
    if (lower_word == numeral) return true;
  }
  return false;
}

}  // namespace

std::optional<Label> match_label(std::string_view text) {
  const std::string_view trimmed = trim_chars(text, "*_#");
  const std::string lowered = lower(trimmed);
  const LabelWords* best = nullptr;
  std::size_t rest_at = 0;
  bool best_colon = false;
  for (const LabelWords& label : k_labels) {
    if (best && label.words.size() <= best->words.size()) continue;
    if (!word_at(lowered, 0, label.words)) continue;
    bool colon = false;
    std::size_t end = label.words.size();
    // "Vedlegg 2:", "Attachment 1:": a number between an attachment label and its colon.
    if (label.section == S::attachments) {
      std::size_t i = end;
      while (i < lowered.size() && lowered[i] == ' ') ++i;
      const std::size_t digits = i;
      while (i < lowered.size() && is_digit(lowered[i])) ++i;
      if (i > digits && i < lowered.size() && lowered[i] == ':') end = i;
    }
    if (auto rest = after_label(trimmed, end, colon)) {
      best = &label;
      rest_at = *rest;
      best_colon = colon;
    }
  }
  if (!best) return std::nullopt;
  Label label;
  label.section = best->section;
  label.status = best->status;
  label.meta = best->meta;
  label.word = std::string(trimmed.substr(0, best->words.size()));
  label.rest = std::string(trim_chars(trimmed.substr(rest_at), "*_"));
  label.colon = best_colon;
  return label;
}

bool is_workshop_part(std::string_view text) {
  const std::string lowered = lower(trim_chars(text, "*_#"));
  for (std::string_view word : {"del", "part", "teil", "workshop", "økt", "økt nr."}) {
    if (!word_at(lowered, 0, word)) continue;
    std::size_t i = word.size();
    if (i >= lowered.size() || lowered[i] != ' ') continue;
    while (i < lowered.size() && lowered[i] == ' ') ++i;
    const std::size_t number_begin = i;
    while (i < lowered.size() && (is_digit(lowered[i]) || is_letter_at(lowered, i))) ++i;
    const std::string_view number = std::string_view(lowered).substr(number_begin, i - number_begin);
    const bool numeric = !number.empty() && is_digit(number.front()) && number.size() <= 2 &&
                         (number.size() == 1 || is_digit(number[1]));
    if (!numeric && !is_roman(number)) continue;
    if (i < lowered.size() && lowered[i] == '.') ++i;
    while (i < lowered.size() && lowered[i] == ' ') ++i;
    if (i == lowered.size() || lowered[i] == ':') return true;
    for (std::string_view dash : {"-", "–", "—"}) {
      if (std::string_view(lowered).substr(i).starts_with(dash)) return true;
    }
  }
  return false;
}

bool is_agenda_case(std::string_view text) {
  const std::string lowered = lower(trim_chars(text, "*_#"));
  for (std::string_view word : {"sak nr.", "sak nr", "sak", "item", "agenda item", "punkt",
                                "pkt.", "ps", "os", "fs", "ks", "case", "top"}) {
    if (!word_at(lowered, 0, word)) continue;
    std::size_t i = word.size();
    while (i < lowered.size() && lowered[i] == ' ') ++i;
    if (i >= lowered.size() || !is_digit(lowered[i])) continue;
    while (i < lowered.size() && (is_digit(lowered[i]) || lowered[i] == '/' || lowered[i] == '-' ||
                                  lowered[i] == '.')) {
      ++i;
    }
    if (i == lowered.size() || lowered[i] == ' ' || lowered[i] == ':' || lowered[i] == ')') {
      return true;
    }
  }
  return false;
}

std::size_t title_prefix(std::string_view text) {
  const std::string lowered = lower(text);
  static const std::vector<std::string_view> k_prefixes{
      "møtereferat fra", "møtereferat frå", "møtereferat", "referat fra", "referat frå",
      "referat", "protokoll fra", "protokoll frå", "protokoll for", "protokoll der",
      "protokoll des", "protokoll über", "protokoll zur", "protokoll", "minutes of",
      "minutes from", "minutes for", "meeting minutes", "minutes", "niederschrift über",
      "niederschrift der", "niederschrift", "sitzungsprotokoll"};
  const std::size_t length = word_at_any(lowered, 0, k_prefixes);
  if (length == 0) return 0;
  std::size_t i = length;
  for (;;) {
    while (i < lowered.size() && lowered[i] == ' ') ++i;
    bool moved = false;
    for (std::string_view separator : {":", ",", "-", "–", "—"}) {
      if (std::string_view(lowered).substr(i).starts_with(separator)) {
        i += separator.size(), moved = true;
        break;
      }
    }
    if (!moved) break;
  }
  return i;
}

}  // namespace minutes::import_detail
