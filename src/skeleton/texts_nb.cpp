#include "skeleton/texts.hpp"

namespace minutes::skeleton_detail {

const Texts& texts_nb() {
  static const Texts texts{
      .code = "nb",
      .comment =
          {
              .header = "Referat fra ett møte, i formatet til verktøyet minutes (versjon 1).\n"
                        "Bytt ut eksempelverdiene og slett det som ikke passer; sjekk så filen:\n"
                        "  minutes validate --strict FIL",
              .no_schema =
                  "Redigeringsprogrammer sjekker referatet mens du skriver når linje 1 peker på\n"
                  "skjemaet, men ingen skjemafil ble funnet ved siden av dette "
                  "minutes-programmet.\n"
                  "Skriv en ved siden av referatet:\n"
                  "  minutes schema -o meeting.v1.schema.json\n"
                  "og bytt ut denne kommentaren med linjen:\n"
                  "  # yaml-language-server: $schema=meeting.v1.schema.json",
              .title = "Hva møtet var. Påkrevd; høyst 200 tegn.",
              .date = "Møtedagen, ÅÅÅÅ-MM-DD. Påkrevd.",
              .times = "Start og slutt, TT:MM (24-timersklokke). Behold anførselstegnene: noen "
                       "YAML-verktøy\nleser 18:00 som et tall.",
              .location = "Hvor møtet ble holdt.",
              .organizer = "Hvem som kalte inn til møtet.",
              .language = "Språket i referatet (nb, nn, en, de): bestemmer overskrifter og "
                          "datoformat når\nreferatet publiseres.",
              .status = "draft til referatet er godkjent, deretter approved.",
              .summary = "Et kort sammendrag i Markdown. Tegnet | beholder linjeskiftene.",
              .participants =
                  "Hvem som deltok. En person har navn (name) og kan ha rolle (role), "
                  "organisasjon\n(organization) og status: present (standard), regrets (meldt "
                  "forfall), absent (fravær)\neller guest (gjest). on_behalf_of sier hvem en "
                  "vara møter for.",
              .group = "En anonym gruppe: personer som telles samlet, uten navn. Antallet "
                       "(count) regnes med\ni oppmøtet.",
              .agenda = "Sakslisten i rekkefølge: hver sak med tittel, hvem som la den fram "
                        "(presenter) og\nnotater i Markdown.",
              .decisions = "Vedtak: ren tekst, eller id, teksten (text) og stemmene (votes: "
                           "for, against, abstain).\nEn id kan bare brukes én gang blant "
                           "vedtakene.",
              .actions = "Oppfølgingspunkter: hva som skal gjøres (task), av hvem (owner) og "
                         "innen når\n(due, ÅÅÅÅ-MM-DD, ikke før møtet). status er open "
                         "(standard), done eller cancelled.\nMed en id kjennes punktet igjen "
                         "fra møte til møte.",
              .attachments = "Dokumenter som hører til referatet: tittel, og i href en lenke "
                             "eller en relativ sti.",
              .next_meeting = "Neste møte. Datoen er påkrevd og må være etter datoen for dette "
                              "møtet.",
              .workshops = "Workshop-deler: spørsmålene deltakerne fikk, og svarene deres "
                           "ordrett.",
              .columns = "Bredden på svarskjemaet (1 til 12). Svarene fyller det rad for rad,\n"
                         "fra venstre mot høyre.",
              .answer = "Et svar kan også ha stemmer (votes, for eksempel prikker) og\n"
                        "stikkord (tags).",
              .empty = "Ingen ennå. For å legge til: slett [] og «# » foran eksempellinjene.",
          },
      .title_meeting = "Møte",
      .title_workshop = "Workshop",
      .title_board = "Styremøte",
      .location_meeting = "Møterom 1",
      .location_workshop = "Samfunnshuset",
      .location_board = "Styrerommet",
      .organisation = "Eksempelorganisasjonen",
      .other_organisation = "Samarbeidspartneren AS",
      .summary = "Et kort sammendrag: hva møtet handlet om, og hva som ble vedtatt.",
      .names = {"Kari Nordmann", "Ola Nordmann", "Anne Hansen", "Per Olsen", "Lise Berg"},
      .role_chair = "møteleder",
      .role_secretary = "referent",
      .role_member = "medlem",
      .role_facilitator = "fasilitator",
      .role_board_chair = "styreleder",
      .role_deputy_chair = "nestleder",
      .role_board_member = "styremedlem",
      .role_deputy_member = "varamedlem",
      .role_manager = "daglig leder",
      .group_audience = "tilhørere",
      .group_participants = "workshopdeltakere",
      .group_observers = "observatører",
      .group_note = "Telt ved inngangen.",
      .agenda_approval = "Godkjenning av innkalling og saksliste",
      .agenda_topic = "Status for arbeidet",
      .agenda_topic_notes = "- Hva det ble orientert om.\n- Hva som ble diskutert.",
      .agenda_other = "Eventuelt",
      .agenda_workshop_opening = "Velkommen og formålet med workshopen",
      .agenda_wrap_up = "Oppsummering og neste steg",
      .agenda_previous_minutes = "Godkjenning av referat fra forrige møte",
      .agenda_finance = "Økonomirapport",
      .agenda_finance_notes =
          "- Inntekter og kostnader så langt i år.\n- Prognose for resten "
          "av året.",
      .decision_approval = "Innkalling og saksliste ble godkjent.",
      .decision_example = "Arbeidsgruppen fortsetter og legger fram status på neste møte.",
      .decision_previous_minutes = "Referatet fra forrige møte ble godkjent.",
      .decision_finance = "Økonomirapporten ble tatt til orientering.",
      .action_minutes = "Sende referatet til deltakerne",
      .action_follow_up = "Forberede en statusrapport til neste møte",
      .action_compile = "Sammenstille svarene og sende dem til deltakerne",
      .action_budget = "Lage utkast til budsjett til neste styremøte",
      .attachment_notice = "Innkalling og saksliste",
      .href_notice = "vedlegg/innkalling.pdf",
      .attachment_presentation = "Presentasjonen",
      .attachment_photos = "Bilder av svarskjemaene",
      .href_photos = "vedlegg/svarskjemaer.pdf",
      .attachment_finance = "Økonomirapport",
      .href_finance = "vedlegg/okonomirapport.pdf",
      .next_meeting = "Neste møte",
      .next_follow_up = "Oppfølgingsmøte",
      .part_now = "Del 1 – Slik er det i dag",
      .prompt_now = "Hva fungerer godt i dag?",
      .part_next = "Del 2 – Veien videre",
      .prompt_keep_change =
          "Hva bør vi beholde (venstre kolonne), og hva bør vi endre (høyre kolonne)?",
      .answer_keep = "Noe vi bør beholde",
      .answer_change = "Noe vi bør endre",
      .tag = "eksempel",
      .cell = "Rad {}, kolonne {}",
  };
  return texts;
}

}  // namespace minutes::skeleton_detail
