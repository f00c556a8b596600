#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "emit_test_util.hpp"
#include "minutes/action_register.hpp"
#include "minutes/summary.hpp"

using namespace minutes;

namespace {

// The inputs of the commands: render, summary, actions.
const std::vector<Input> k_render{Input::document, Input::table, Input::record};
const std::vector<Input> k_summary{Input::document, Input::table, Input::summary};
const std::vector<Input> k_actions{Input::document, Input::table, Input::actions};

struct Row {
  std::string_view name;
  std::string_view extension;
  Input input;
  bool one_record_per_output;
  bool operator==(const Row&) const = default;
};

// The row chosen, as "name/input", or the error message.
std::string chosen(std::string_view format, std::string_view output,
                   const std::vector<Input>& inputs) {
  const auto emitter = choose_emitter(format, output, inputs);
  if (!emitter) return "error: " + emitter.error().message;
  return std::string((*emitter)->name) + "/" + std::string(input_name((*emitter)->input()));
}

Error::Kind error_kind(std::string_view format, std::string_view output,
                       const std::vector<Input>& inputs) {
  const auto emitter = choose_emitter(format, output, inputs);
  REQUIRE_FALSE(emitter.has_value());
  return emitter.error().kind;
}

// A sink that takes nothing.
class FullSink final : public Sink {
 public:
  bool write(std::string_view) override {
    ++attempts;
    return false;
  }
  Error error() const override { return Error{Error::Kind::io, "out.x: cannot write: disk full"}; }
  int attempts = 0;
};

Meeting meeting() {
  Meeting meeting;
  meeting.title = "Board";
  meeting.date = {2024, 1, 10};
  meeting.actions = {Action{"A-1", "Get quotes", "Kari", Date{2024, 2, 1}, ActionStatus::open}};
  return meeting;
}

}  // namespace

TEST_CASE("registry: the rows, each with the one input its writer takes") {
  std::vector<Row> rows;
  for (const Emitter& emitter : emitters()) {
    CAPTURE(emitter.name);
    rows.push_back(
        Row{emitter.name, emitter.extension, emitter.input(), emitter.one_record_per_output});
    CHECK_FALSE(emitter.description.empty());
    // input() is the alternative held, and the function behind it is there.
    switch (emitter.input()) {
      case Input::document:
        REQUIRE(std::holds_alternative<MakeDocumentWriter>(emitter.write));
        CHECK((std::get<MakeDocumentWriter>(emitter.write) != nullptr));
        break;
      case Input::table:
        REQUIRE(std::holds_alternative<MakeTableWriter>(emitter.write));
        CHECK((std::get<MakeTableWriter>(emitter.write) != nullptr));
        break;
      case Input::record:
        REQUIRE(std::holds_alternative<WriteRecord>(emitter.write));
        CHECK((std::get<WriteRecord>(emitter.write) != nullptr));
        break;
      case Input::summary:
        REQUIRE(std::holds_alternative<WriteSummary>(emitter.write));
        CHECK((std::get<WriteSummary>(emitter.write) != nullptr));
        break;
      case Input::actions:
        REQUIRE(std::holds_alternative<WriteActions>(emitter.write));
        CHECK((std::get<WriteActions>(emitter.write) != nullptr));
        break;
    }
  }
  CHECK(rows == std::vector<Row>{
                    {"markdown", ".md", Input::document, true},
                    {"html", ".html", Input::document, true},
                    {"txt", ".txt", Input::document, true},
                    {"csv", ".csv", Input::table, false},
                    {"json", ".json", Input::record, true},
                    {"json", ".json", Input::summary, true},
                    {"json", ".json", Input::actions, true},
                    {"ics", ".ics", Input::record, true},
                    {"ics", ".ics", Input::actions, true},
                });

  // The rows that are the emitters of src/emit/emitters.hpp.
  const auto row = [](std::string_view name, Input input) -> const Emitter& {
    for (const Emitter& emitter : emitters()) {
      if (emitter.name == name && emitter.input() == input) return emitter;
    }
    FAIL("no row ", name, " for ", input_name(input));
    throw std::logic_error("unreachable");
  };
  CHECK((std::get<MakeDocumentWriter>(row("markdown", Input::document).write) ==
         &make_markdown_writer));
  CHECK((std::get<MakeDocumentWriter>(row("html", Input::document).write) == &make_html_writer));
  CHECK((std::get<MakeDocumentWriter>(row("txt", Input::document).write) == &make_txt_writer));
  CHECK((std::get<MakeTableWriter>(row("csv", Input::table).write) == &make_csv_writer));
  CHECK((std::get<WriteRecord>(row("json", Input::record).write) == &write_record_json));
  CHECK((std::get<WriteSummary>(row("json", Input::summary).write) == &write_summary_json));
  CHECK((std::get<WriteActions>(row("json", Input::actions).write) == &write_actions_json));
  CHECK((std::get<WriteRecord>(row("ics", Input::record).write) == &write_record_ics));
  CHECK((std::get<WriteActions>(row("ics", Input::actions).write) == &write_actions_ics));
}

TEST_CASE("registry: input names") {
  CHECK(input_name(Input::document) == "document");
  CHECK(input_name(Input::table) == "table");
  CHECK(input_name(Input::record) == "record");
  CHECK(input_name(Input::summary) == "summary");
  CHECK(input_name(Input::actions) == "actions");
}

TEST_CASE("registry: a format name has at most one row per input, and one extension") {
  const std::span<const Emitter> rows = emitters();
  for (std::size_t i = 0; i < rows.size(); ++i) {
    for (std::size_t j = i + 1; j < rows.size(); ++j) {
      if (rows[i].name != rows[j].name) {
        // Different formats never share an extension: -o FILE must name one format.
        CHECK(rows[i].extension != rows[j].extension);
        continue;
      }
      CAPTURE(rows[i].name);
      CHECK(rows[i].input() != rows[j].input());
      CHECK(rows[i].extension == rows[j].extension);
    }
  }
}

TEST_CASE("registry: every row is chosen by its name and by its extension for its input") {
  for (const Emitter& emitter : emitters()) {
    CAPTURE(emitter.name);
    CAPTURE(input_name(emitter.input()));
    const std::vector<Input> inputs{emitter.input()};
    const auto by_name = choose_emitter(emitter.name, "", inputs);
    REQUIRE(by_name.has_value());
    CHECK(*by_name == &emitter);
    const auto by_extension =
        choose_emitter("", "out/file" + std::string(emitter.extension), inputs);
    REQUIRE(by_extension.has_value());
    CHECK(*by_extension == &emitter);
  }
}

TEST_CASE("choose_emitter: by name, alias, extension, else markdown") {
  CHECK(chosen("html", "", k_render) == "html/document");
  CHECK(chosen("csv", "", k_render) == "csv/table");
  CHECK(chosen("json", "", k_render) == "json/record");
  CHECK(chosen("json", "", k_summary) == "json/summary");
  CHECK(chosen("json", "", k_actions) == "json/actions");
  CHECK(chosen("ics", "", k_render) == "ics/record");
  CHECK(chosen("ics", "", k_actions) == "ics/actions");
  // The first input the command lists that the format takes.
  CHECK(chosen("json", "", {Input::actions, Input::record}) == "json/actions");
  CHECK(chosen("json", "", {Input::record, Input::actions}) == "json/record");

  CHECK(chosen("md", "", k_render) == "markdown/document");
  CHECK(chosen("htm", "", k_render) == "html/document");
  CHECK(chosen("text", "", k_render) == "txt/document");
  CHECK(chosen("ical", "", k_actions) == "ics/actions");
  CHECK(chosen("icalendar", "", k_render) == "ics/record");

  CHECK(chosen("", "minutes.htm", k_render) == "html/document");
  CHECK(chosen("", "out/minutes.html", k_render) == "html/document");
  CHECK(chosen("", "notes.markdown", k_render) == "markdown/document");
  CHECK(chosen("", "answers.csv", k_summary) == "csv/table");
  CHECK(chosen("", "summary.json", k_summary) == "json/summary");
  CHECK(chosen("", "todo.ics", k_actions) == "ics/actions");
  // -t wins over the extension.
  CHECK(chosen("txt", "out.html", k_render) == "txt/document");

  CHECK(chosen("", "", k_render) == "markdown/document");
  CHECK(chosen("", "-", k_summary) == "markdown/document");  // standard output has no extension
}

TEST_CASE("choose_emitter: errors name the formats the command can write") {
  CHECK(chosen("htlm", "", k_render) ==
        "error: unknown format \"htlm\" (did you mean \"html\"?); the formats are: markdown, "
        "html, txt, csv, json, ics");
  CHECK(chosen("jsno", "", k_summary) ==
        "error: unknown format \"jsno\" (did you mean \"json\"?); the formats are: markdown, "
        "html, txt, csv, json");
  CHECK(chosen("pdf", "", k_render) ==
        "error: unknown format \"pdf\"; the formats are: markdown, html, txt, csv, json, ics");
  CHECK(error_kind("htlm", "", k_render) == Error::Kind::usage);

  CHECK(chosen("ics", "", k_summary) ==
        "error: this command cannot write \"ics\"; it writes: markdown, html, txt, csv, json");
  CHECK(chosen("ical", "", k_summary) ==
        "error: this command cannot write \"ical\"; it writes: markdown, html, txt, csv, json");
  CHECK(chosen("csv", "", {Input::record}) ==
        "error: this command cannot write \"csv\"; it writes: json, ics");
  CHECK(error_kind("ics", "", k_summary) == Error::Kind::usage);

  CHECK(chosen("", "minutes.pdf", k_render) ==
        "error: cannot tell the format from \"minutes.pdf\"; use -t with one of: markdown, html, "
        "txt, csv, json, ics");
  CHECK(chosen("", "todo.ics", k_summary) ==
        "error: cannot tell the format from \"todo.ics\"; use -t with one of: markdown, html, "
        "txt, csv, json");
  CHECK(chosen("", "README", k_render) ==
        "error: cannot tell the format from \"README\"; use -t with one of: markdown, html, txt, "
        "csv, json, ics");
  CHECK(error_kind("", "minutes.pdf", k_render) == Error::Kind::usage);
}

TEST_CASE("format_names and format_list: the formats for a set of inputs, in registry order") {
  CHECK(format_names(k_render) ==
        std::vector<std::string_view>{"markdown", "html", "txt", "csv", "json", "ics"});
  CHECK(format_names(k_summary) ==
        std::vector<std::string_view>{"markdown", "html", "txt", "csv", "json"});
  CHECK(format_names(std::vector<Input>{Input::actions}) ==
        std::vector<std::string_view>{"json", "ics"});
  CHECK(format_names(std::vector<Input>{}).empty());

  CHECK(format_list(k_render) == "markdown (md), html, txt, csv, json or ics");
  CHECK(format_list(k_actions) == "markdown (md), html, txt, csv, json or ics");
  CHECK(format_list(k_summary) == "markdown (md), html, txt, csv or json");
  CHECK(format_list(std::vector<Input>{Input::document}) == "markdown (md), html or txt");
  CHECK(format_list(std::vector<Input>{Input::record}) == "json or ics");
  CHECK(format_list(std::vector<Input>{Input::table}) == "csv");
  CHECK(format_list(std::vector<Input>{}) == "");
}

TEST_CASE("registry: every row stops at a failed write and returns the sink's error") {
  const doc::Document document{
      "T", "en", {{doc::Heading{1, doc::plain("Title"), "t"}}, {doc::Paragraph{doc::plain("x")}}}};
  const doc::Table table{"t", "T", {"a", "b"}, {{doc::plain("1"), doc::plain("2")}}, true};
  const Meeting record = meeting();
  SummaryBuilder summary_builder;
  summary_builder.add("m.yaml", record);
  const Summary summary = summary_builder.finish();
  ActionRegisterBuilder actions_builder;
  actions_builder.add("m.yaml", record);
  const ActionRegister actions = actions_builder.finish();
  const std::vector<std::size_t> selected{0};
  const Date as_of{2024, 3, 1};
  EmitSettings settings;
  settings.time_zone = "UTC";

  for (const Emitter& emitter : emitters()) {
    CAPTURE(emitter.name);
    CAPTURE(input_name(emitter.input()));
    FullSink sink;
    std::vector<Emitted> results;
    switch (emitter.input()) {
      case Input::document: {
        results.push_back(
            std::get<MakeDocumentWriter>(emitter.write)(settings, sink)->whole(document));
        results.push_back(
            std::get<MakeDocumentWriter>(emitter.write)(settings, sink)->begin(document));
        break;
      }
      case Input::table: {
        const auto writer = std::get<MakeTableWriter>(emitter.write)(settings, sink);
        results.push_back(writer->begin(table.header));
        results.push_back(writer->rows(table));
        break;
      }
      case Input::record:
        results.push_back(
            std::get<WriteRecord>(emitter.write)(RecordInput{"m.yaml", record}, settings, sink));
        break;
      case Input::summary:
        results.push_back(
            std::get<WriteSummary>(emitter.write)(SummaryInput{summary, as_of}, settings, sink));
        break;
      case Input::actions:
        results.push_back(std::get<WriteActions>(emitter.write)(
            ActionsInput{actions, selected, as_of}, settings, sink));
        break;
    }
    CHECK(sink.attempts >= 1);
    for (const Emitted& result : results) {
      REQUIRE_FALSE(result.has_value());
      CHECK(result.error().kind == Error::Kind::io);
      CHECK(result.error().message == "out.x: cannot write: disk full");
    }
  }
}

TEST_CASE("registry: every document format's pieces give the bytes of the whole document") {
  // A chart in the document: HTML puts the chart style in every pieced page's head.
  const doc::Document first{
      "T", "en", {{doc::Heading{1, doc::plain("Title"), "t"}}, {doc::Paragraph{doc::plain("a")}}}};
  const doc::Document second{
      "T",
      "en",
      {{doc::List{false, {{doc::plain("x"), {}}}}}, {doc::Chart{"c", "C", "C: a 1.", {"a"}, {1}}}}};
  const doc::Document third{"T", "en", {{doc::Paragraph{doc::plain("b")}}}};
  doc::Document whole = first;
  for (const doc::Document* piece : {&second, &third}) {
    whole.blocks.insert(whole.blocks.end(), piece->blocks.begin(), piece->blocks.end());
  }
  std::size_t formats = 0;
  for (const Emitter& emitter : emitters()) {
    if (emitter.input() != Input::document) continue;
    CAPTURE(emitter.name);
    ++formats;
    const MakeDocumentWriter make = std::get<MakeDocumentWriter>(emitter.write);
    const auto expected = test::whole_document(make, whole);
    REQUIRE_MESSAGE(expected.has_value(), test::message_of(expected));
    CHECK_FALSE(expected->empty());
    const auto pieces = test::document_pieces(make, first, {second, third});
    REQUIRE_MESSAGE(pieces.has_value(), test::message_of(pieces));
    CHECK(*pieces == *expected);
  }
  CHECK(formats == 3);
}
