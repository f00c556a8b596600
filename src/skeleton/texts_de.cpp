#include "skeleton/texts.hpp"

namespace minutes::skeleton_detail {

const Texts& texts_de() {
  static const Texts texts{
      .code = "de",
      .comment =
          {
              .header = "Protokoll einer Sitzung im Format des Werkzeugs minutes (Version 1).\n"
                        "Ersetzen Sie die Beispielwerte und löschen Sie, was nicht zutrifft; "
                        "dann prüfen Sie\ndie Datei:\n"
                        "  minutes validate --strict DATEI",
              .no_schema =
                  "Editoren prüfen ein Protokoll beim Schreiben, wenn Zeile 1 sein Schema nennt,\n"
                  "aber neben diesem minutes-Programm wurde keine Schemadatei gefunden.\n"
                  "Legen Sie eine neben dem Protokoll an:\n"
                  "  minutes schema -o meeting.v1.schema.json\n"
                  "und ersetzen Sie diesen Kommentar durch die Zeile:\n"
                  "  # yaml-language-server: $schema=meeting.v1.schema.json",
              .title = "Worum es in der Sitzung ging. Pflichtfeld; höchstens 200 Zeichen.",
              .date = "Der Tag der Sitzung, JJJJ-MM-TT. Pflichtfeld.",
              .times = "Beginn und Ende, HH:MM (24-Stunden-Uhr). Die Anführungszeichen "
                       "bleiben: manche\nYAML-Werkzeuge lesen 18:00 als Zahl.",
              .location = "Wo die Sitzung stattfand.",
              .organizer = "Wer zur Sitzung eingeladen hat.",
              .language = "Die Sprache des Protokolls (nb, nn, en, de): bestimmt Überschriften "
                          "und Datumsformat\nbei der Ausgabe.",
              .status = "draft, bis das Protokoll genehmigt ist, danach approved.",
              .summary = "Eine kurze Zusammenfassung in Markdown. Das | erhält die "
                         "Zeilenumbrüche.",
              .participants =
                  "Wer teilgenommen hat. Eine Person hat einen Namen (name) und kann Rolle "
                  "(role),\nOrganisation (organization) und Status haben: present (Standard), "
                  "regrets (entschuldigt),\nabsent (abwesend) oder guest (Gast). on_behalf_of "
                  "nennt, wen eine Vertretung vertritt.",
              .group = "Eine anonyme Gruppe: Personen, die ohne Namen gezählt werden. Die Anzahl "
                       "(count) zählt\nzur Teilnehmerzahl.",
              .agenda = "Die Tagesordnung der Reihe nach: jeder Punkt mit Titel, wer ihn "
                        "vorgestellt hat\n(presenter) und Notizen in Markdown.",
              .decisions = "Beschlüsse: reiner Text, oder id, Text (text) und Stimmen (votes: "
                           "for, against, abstain).\nEine id darf unter den Beschlüssen nur "
                           "einmal vorkommen.",
              .actions = "Aufgaben: was zu tun ist (task), wer es tut (owner) und bis wann "
                         "(due, JJJJ-MM-TT,\nnicht vor der Sitzung). status ist open "
                         "(Standard), done oder cancelled. Mit der id\nbleibt eine Aufgabe von "
                         "Sitzung zu Sitzung erkennbar.",
              .attachments = "Dokumente, die zum Protokoll gehören: Titel, und in href ein Link "
                             "oder ein relativer Pfad.",
              .next_meeting = "Die nächste Sitzung. Das Datum ist Pflicht und muss nach dem "
                              "Datum dieser Sitzung liegen.",
              .workshops = "Workshop-Teile: die Fragen an die Teilnehmenden und ihre Antworten, "
                           "wörtlich.",
              .columns = "Die Breite des Antwortrasters (1 bis 12). Die Antworten füllen es\n"
                         "Zeile für Zeile, von links nach rechts.",
              .answer = "Eine Antwort kann auch Stimmen (votes, etwa Klebepunkte) und\n"
                        "Schlagwörter (tags) haben.",
              .empty = "Noch keine. Zum Ergänzen [] und das „# “ vor den Beispielzeilen "
                       "löschen.",
          },
      .title_meeting = "Besprechung",
      .title_workshop = "Workshop",
      .title_board = "Vorstandssitzung",
      .location_meeting = "Besprechungsraum 1",
      .location_workshop = "Gemeindesaal",
      .location_board = "Sitzungszimmer",
      .organisation = "Beispielorganisation",
      .other_organisation = "Partnerorganisation GmbH",
      .summary = "Eine kurze Zusammenfassung: worum es ging und was beschlossen wurde.",
      .names = {"Erika Mustermann", "Max Mustermann", "Anna Schmidt", "Lukas Meyer",
                "Julia Becker"},
      .role_chair = "Sitzungsleitung",
      .role_secretary = "Protokoll",
      .role_member = "Mitglied",
      .role_facilitator = "Moderation",
      .role_board_chair = "Vorsitzende",
      .role_deputy_chair = "stellvertretender Vorsitzender",
      .role_board_member = "Vorstandsmitglied",
      .role_deputy_member = "Ersatzmitglied",
      .role_manager = "Geschäftsführer",
      .group_audience = "Zuhörende",
      .group_participants = "Workshop-Teilnehmende",
      .group_observers = "Beobachtende",
      .group_note = "Am Eingang gezählt.",
      .agenda_approval = "Genehmigung der Einladung und der Tagesordnung",
      .agenda_topic = "Stand der Arbeit",
      .agenda_topic_notes = "- Worüber berichtet wurde.\n- Was besprochen wurde.",
      .agenda_other = "Verschiedenes",
      .agenda_workshop_opening = "Begrüßung und Ziel des Workshops",
      .agenda_wrap_up = "Zusammenfassung und nächste Schritte",
      .agenda_previous_minutes = "Genehmigung des Protokolls der letzten Sitzung",
      .agenda_finance = "Finanzbericht",
      .agenda_finance_notes =
          "- Einnahmen und Ausgaben im laufenden Jahr.\n- Prognose für den "
          "Rest des Jahres.",
      .decision_approval = "Einladung und Tagesordnung wurden genehmigt.",
      .decision_example =
          "Die Arbeitsgruppe arbeitet weiter und berichtet in der nächsten Sitzung.",
      .decision_previous_minutes = "Das Protokoll der letzten Sitzung wurde genehmigt.",
      .decision_finance = "Der Vorstand nahm den Finanzbericht zur Kenntnis.",
      .action_minutes = "Das Protokoll an die Teilnehmenden schicken",
      .action_follow_up = "Einen Statusbericht für die nächste Sitzung vorbereiten",
      .action_compile = "Die Antworten zusammenstellen und an die Teilnehmenden schicken",
      .action_budget = "Einen Haushaltsentwurf für die nächste Vorstandssitzung erstellen",
      .attachment_notice = "Einladung und Tagesordnung",
      .href_notice = "anlagen/einladung.pdf",
      .attachment_presentation = "Präsentation",
      .attachment_photos = "Fotos der Antwortbögen",
      .href_photos = "anlagen/antwortboegen.pdf",
      .attachment_finance = "Finanzbericht",
      .href_finance = "anlagen/finanzbericht.pdf",
      .next_meeting = "Nächste Sitzung",
      .next_follow_up = "Folgetreffen",
      .part_now = "Teil 1 – Wo wir stehen",
      .prompt_now = "Was funktioniert heute gut?",
      .part_next = "Teil 2 – Wie es weitergeht",
      .prompt_keep_change =
          "Was sollten wir beibehalten (linke Spalte), und was sollten wir ändern (rechte "
          "Spalte)?",
      .answer_keep = "Etwas, das bleiben soll",
      .answer_change = "Etwas, das sich ändern soll",
      .tag = "Beispiel",
      .cell = "Zeile {}, Spalte {}",
  };
  return texts;
}

}  // namespace minutes::skeleton_detail
