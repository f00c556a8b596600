#include "skeleton/texts.hpp"

namespace minutes::skeleton_detail {

const Texts& texts_nn() {
  static const Texts texts{
      .code = "nn",
      .comment =
          {
              .header = "Referat frå eitt møte, i formatet til verktøyet minutes (versjon 1).\n"
                        "Byt ut eksempelverdiane og slett det som ikkje passar; sjekk så fila:\n"
                        "  minutes validate --strict FIL",
              .no_schema =
                  "Redigeringsprogram sjekkar referatet medan du skriv når linje 1 peikar på\n"
                  "skjemaet, men inga skjemafil vart funnen ved sida av dette minutes-programmet.\n"
                  "Skriv ei ved sida av referatet:\n"
                  "  minutes schema -o meeting.v1.schema.json\n"
                  "og byt ut denne kommentaren med linja:\n"
                  "  # yaml-language-server: $schema=meeting.v1.schema.json",
              .title = "Kva møtet var. Påkravd; høgst 200 teikn.",
              .date = "Møtedagen, ÅÅÅÅ-MM-DD. Påkravd.",
              .times = "Start og slutt, TT:MM (24-timarsklokke). Behald hermeteikna: somme "
                       "YAML-verktøy\nles 18:00 som eit tal.",
              .location = "Kvar møtet vart halde.",
              .organizer = "Kven som kalla inn til møtet.",
              .language = "Språket i referatet (nb, nn, en, de): avgjer overskrifter og "
                          "datoformat når\nreferatet blir publisert.",
              .status = "draft til referatet er godkjent, deretter approved.",
              .summary = "Eit kort samandrag i Markdown. Teiknet | held på linjeskifta.",
              .participants =
                  "Kven som deltok. Ein person har namn (name) og kan ha rolle (role), "
                  "organisasjon\n(organization) og status: present (standard), regrets (meldt "
                  "forfall), absent (fråvær)\neller guest (gjest). on_behalf_of seier kven ein "
                  "vara møter for.",
              .group = "Ei anonym gruppe: personar som blir talde samla, utan namn. Talet "
                       "(count) blir rekna med\ni oppmøtet.",
              .agenda = "Sakslista i rekkjefølgje: kvar sak med tittel, kven som la ho fram "
                        "(presenter) og\nnotat i Markdown.",
              .decisions = "Vedtak: rein tekst, eller id, teksten (text) og røystene (votes: "
                           "for, against, abstain).\nEin id kan berre brukast éin gong blant "
                           "vedtaka.",
              .actions = "Oppfølgingspunkt: kva som skal gjerast (task), av kven (owner) og "
                         "innan når\n(due, ÅÅÅÅ-MM-DD, ikkje før møtet). status er open "
                         "(standard), done eller cancelled.\nMed ein id kjenner ein att punktet "
                         "frå møte til møte.",
              .attachments = "Dokument som høyrer til referatet: tittel, og i href ei lenkje "
                             "eller ein relativ sti.",
              .next_meeting = "Neste møte. Datoen er påkravd og må vere etter datoen for dette "
                              "møtet.",
              .workshops = "Workshop-delar: spørsmåla deltakarane fekk, og svara deira "
                           "ordrett.",
              .columns = "Breidda på svarskjemaet (1 til 12). Svara fyller det rad for rad,\n"
                         "frå venstre mot høgre.",
              .answer = "Eit svar kan òg ha røyster (votes, til dømes prikkar) og\n"
                        "stikkord (tags).",
              .empty = "Ingen enno. For å leggje til: slett [] og «# » framfor dømelinjene.",
          },
      .title_meeting = "Møte",
      .title_workshop = "Workshop",
      .title_board = "Styremøte",
      .location_meeting = "Møterom 1",
      .location_workshop = "Samfunnshuset",
      .location_board = "Styrerommet",
      .organisation = "Eksempelorganisasjonen",
      .other_organisation = "Samarbeidspartnaren AS",
      .summary = "Eit kort samandrag: kva møtet handla om, og kva som vart vedteke.",
      .names = {"Kari Nordmann", "Ola Nordmann", "Anne Hansen", "Per Olsen", "Lise Berg"},
      .role_chair = "møteleiar",
      .role_secretary = "referent",
      .role_member = "medlem",
      .role_facilitator = "fasilitator",
      .role_board_chair = "styreleiar",
      .role_deputy_chair = "nestleiar",
      .role_board_member = "styremedlem",
      .role_deputy_member = "varamedlem",
      .role_manager = "dagleg leiar",
      .group_audience = "tilhøyrarar",
      .group_participants = "workshopdeltakarar",
      .group_observers = "observatørar",
      .group_note = "Talde ved inngangen.",
      .agenda_approval = "Godkjenning av innkalling og sakliste",
      .agenda_topic = "Status for arbeidet",
      .agenda_topic_notes = "- Kva det vart orientert om.\n- Kva som vart diskutert.",
      .agenda_other = "Eventuelt",
      .agenda_workshop_opening = "Velkomen og føremålet med workshopen",
      .agenda_wrap_up = "Oppsummering og neste steg",
      .agenda_previous_minutes = "Godkjenning av referat frå førre møte",
      .agenda_finance = "Økonomirapport",
      .agenda_finance_notes =
          "- Inntekter og kostnader så langt i år.\n- Prognose for resten "
          "av året.",
      .decision_approval = "Innkalling og sakliste vart godkjende.",
      .decision_example = "Arbeidsgruppa held fram og legg fram status på neste møte.",
      .decision_previous_minutes = "Referatet frå førre møte vart godkjent.",
      .decision_finance = "Økonomirapporten vart teken til orientering.",
      .action_minutes = "Sende referatet til deltakarane",
      .action_follow_up = "Førebu ein statusrapport til neste møte",
      .action_compile = "Samanstille svara og sende dei til deltakarane",
      .action_budget = "Lage utkast til budsjett til neste styremøte",
      .attachment_notice = "Innkalling og sakliste",
      .href_notice = "vedlegg/innkalling.pdf",
      .attachment_presentation = "Presentasjonen",
      .attachment_photos = "Bilete av svarskjemaa",
      .href_photos = "vedlegg/svarskjema.pdf",
      .attachment_finance = "Økonomirapport",
      .href_finance = "vedlegg/okonomirapport.pdf",
      .next_meeting = "Neste møte",
      .next_follow_up = "Oppfølgingsmøte",
      .part_now = "Del 1 – Slik er det i dag",
      .prompt_now = "Kva fungerer godt i dag?",
      .part_next = "Del 2 – Vegen vidare",
      .prompt_keep_change =
          "Kva bør vi halde på (venstre kolonne), og kva bør vi endre (høgre kolonne)?",
      .answer_keep = "Noko vi bør halde på",
      .answer_change = "Noko vi bør endre",
      .tag = "døme",
      .cell = "Rad {}, kolonne {}",
  };
  return texts;
}

}  // namespace minutes::skeleton_detail
