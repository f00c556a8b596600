#include "skeleton/texts.hpp"

namespace minutes::skeleton_detail {

const Texts& texts_en() {
  static const Texts texts{
      .code = "en",
      .comment =
          {
              .header = "The minutes of one meeting, in the record format of the minutes tool "
                        "(version 1).\n"
                        "Replace the example values and delete what does not apply; then check "
                        "the file:\n"
                        "  minutes validate --strict FILE",
              .no_schema =
                  "Editors check a record as you type when line 1 names its schema, but no schema\n"
                  "file was found beside this minutes program. Write one beside the record:\n"
                  "  minutes schema -o meeting.v1.schema.json\n"
                  "and replace this comment with the line:\n"
                  "  # yaml-language-server: $schema=meeting.v1.schema.json",
              .title = "What the meeting was. Required; at most 200 characters.",
              .date = "The day of the meeting, YYYY-MM-DD. Required.",
              .times = "Start and end, HH:MM on the 24-hour clock. Keep the quotes: some YAML "
                       "tools read 18:00\nas a number.",
              .location = "Where the meeting took place.",
              .organizer = "Who called the meeting.",
              .language = "The language of the record (nb, nn, en, de): it sets the headings "
                          "and the date style\nwhen the minutes are rendered.",
              .status = "draft until the minutes are approved, then approved.",
              .summary = "A short summary in Markdown. The | keeps the line breaks.",
              .participants =
                  "Who took part. A person has a name and may have a role, an organization and "
                  "a status:\npresent (the default), regrets (sent apologies), absent or guest. "
                  "on_behalf_of names\nwhom a substitute stands in for.",
              .group = "An anonymous group: people counted together, without names. The count "
                       "adds to the\nattendance.",
              .agenda = "The agenda, in order: each item with a title, who presented it "
                        "(presenter) and notes\nin Markdown.",
              .decisions = "Decisions: plain text, or an id, the text and the votes (for, "
                           "against, abstain).\nAn id may be used only once among the decisions.",
              .actions = "Actions: what is to be done (task), who does it (owner) and by when "
                         "(due, YYYY-MM-DD,\nnot before the meeting). status is open (the "
                         "default), done or cancelled. The id keeps\nan action recognisable "
                         "from one meeting to the next.",
              .attachments = "Documents that belong to the minutes: a title, and in href a link "
                             "or a relative path.",
              .next_meeting = "The next meeting. Its date is required and must be after the date "
                              "of this meeting.",
              .workshops = "Workshop parts: the questions put to the participants and their "
                           "answers, word for word.",
              .columns = "The width of the answer grid (1 to 12). The answers fill it\n"
                         "row by row, left to right.",
              .answer = "An answer may also have votes (dots, for example) and tags.",
              .empty = "None yet. To add some, delete [] and the \"# \" in front of the example "
                       "lines.",
          },
      .title_meeting = "Meeting",
      .title_workshop = "Workshop",
      .title_board = "Board meeting",
      .location_meeting = "Meeting room 1",
      .location_workshop = "Community hall",
      .location_board = "Board room",
      .organisation = "Example organisation",
      .other_organisation = "Partner organisation Ltd",
      .summary = "A short summary: what the meeting was about and what it decided.",
      .names = {"Jane Doe", "John Smith", "Alex Taylor", "Sam Jones", "Chris Brown"},
      .role_chair = "chair",
      .role_secretary = "minute taker",
      .role_member = "member",
      .role_facilitator = "facilitator",
      .role_board_chair = "chair of the board",
      .role_deputy_chair = "deputy chair",
      .role_board_member = "board member",
      .role_deputy_member = "deputy member",
      .role_manager = "general manager",
      .group_audience = "audience",
      .group_participants = "workshop participants",
      .group_observers = "observers",
      .group_note = "Counted at the door.",
      .agenda_approval = "Approval of the notice and the agenda",
      .agenda_topic = "Status of the work",
      .agenda_topic_notes = "- What was reported.\n- What was discussed.",
      .agenda_other = "Any other business",
      .agenda_workshop_opening = "Welcome and purpose of the workshop",
      .agenda_wrap_up = "Summary and next steps",
      .agenda_previous_minutes = "Approval of the minutes of the previous meeting",
      .agenda_finance = "Financial report",
      .agenda_finance_notes =
          "- Income and costs so far this year.\n- Forecast for the rest of "
          "the year.",
      .decision_approval = "The notice and the agenda were approved.",
      .decision_example = "The working group carries on and reports at the next meeting.",
      .decision_previous_minutes = "The minutes of the previous meeting were approved.",
      .decision_finance = "The board took note of the financial report.",
      .action_minutes = "Send the minutes to the participants",
      .action_follow_up = "Prepare a status report for the next meeting",
      .action_compile = "Compile the answers and send them to the participants",
      .action_budget = "Draft the budget for the next board meeting",
      .attachment_notice = "Notice and agenda",
      .href_notice = "attachments/notice.pdf",
      .attachment_presentation = "Presentation",
      .attachment_photos = "Photos of the answer sheets",
      .href_photos = "attachments/answer-sheets.pdf",
      .attachment_finance = "Financial report",
      .href_finance = "attachments/financial-report.pdf",
      .next_meeting = "Next meeting",
      .next_follow_up = "Follow-up meeting",
      .part_now = "Part 1 – Where we are",
      .prompt_now = "What works well today?",
      .part_next = "Part 2 – The way forward",
      .prompt_keep_change =
          "What should we keep (left column), and what should we change (right column)?",
      .answer_keep = "Something to keep",
      .answer_change = "Something to change",
      .tag = "example",
      .cell = "Row {}, column {}",
  };
  return texts;
}

}  // namespace minutes::skeleton_detail
