#include "render_everything.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "minutes/action_register.hpp"
#include "minutes/diagnostic.hpp"
#include "minutes/emit.hpp"
#include "minutes/record_tables.hpp"
#include "minutes/summary.hpp"
#include "minutes/views.hpp"

namespace minutes::testing {
namespace {

EmitSettings settings_in(const std::string& language) {
  EmitSettings settings;
  settings.language = language;
  settings.time_zone = "Europe/Oslo";
  return settings;
}

Emitted write_table(const Emitter& emitter, const EmitSettings& settings, Sink& sink,
                    const doc::Table& table) {
  auto writer = std::get<MakeTableWriter>(emitter.write)(settings, sink);
  if (auto ok = writer->begin(table.header); !ok) return ok;
  if (auto ok = writer->rows(table); !ok) return ok;
  return writer->end();
}

}  // namespace

std::vector<RenderedOutput> render_everything(std::string_view source_name, const Meeting& meeting,
                                              const std::vector<std::string>& languages) {
  const Date as_of = meeting.date;
  SummaryBuilder summary_builder;
  summary_builder.add(source_name, meeting);
  const Summary summary = summary_builder.finish();
  ActionRegisterBuilder register_builder;
  register_builder.add(source_name, meeting);
  const ActionRegister actions = register_builder.finish();
  const std::vector<std::size_t> selected = select_actions(actions, {}, as_of);
  const TableRecord table_record{source_name, &meeting};

  std::vector<RenderedOutput> out;
  const auto emit = [&](const Emitter& emitter, const std::string& what, const auto& write) {
    StringSink sink;
    const Emitted result = write(sink);
    out.push_back({fmt::format("{} ({})", emitter.name, what), std::string(emitter.name),
                   result ? std::string() : result.error().message, std::move(sink.text())});
  };
  for (const Emitter& emitter : emitters()) {
    switch (emitter.input()) {
      case Input::document:
        for (const std::string& language : languages) {
          const EmitSettings settings = settings_in(language);
          const auto make = std::get<MakeDocumentWriter>(emitter.write);
          emit(emitter, "record document, " + language, [&](Sink& sink) {
            return make(settings, sink)->whole(build_minutes_document(meeting, language));
          });
          emit(emitter, "summary document, " + language, [&](Sink& sink) {
            return make(settings, sink)->whole(build_summary_document(summary, language, as_of));
          });
          emit(emitter, "actions document, " + language, [&](Sink& sink) {
            return make(settings, sink)->whole(build_actions_document(actions, selected, language, as_of));
          });
        }
        break;
      case Input::table: {
        const EmitSettings settings = settings_in("en");
        for (const std::string_view name : record_table_names()) {
          const auto table = build_record_table(name, std::span<const TableRecord>(&table_record, 1));
          emit(emitter, fmt::format("record table {}", name), [&](Sink& sink) {
            return table ? write_table(emitter, settings, sink, *table)
                         : fail(Error::Kind::internal, table.error());
          });
        }
        for (const std::string_view name : summary_table_names()) {
          const auto table = build_summary_table(summary, name, as_of);
          emit(emitter, fmt::format("summary table {}", name), [&](Sink& sink) {
            return table ? write_table(emitter, settings, sink, *table)
                         : fail(Error::Kind::internal, table.error());
          });
        }
        emit(emitter, "actions table", [&](Sink& sink) {
          return write_table(emitter, settings, sink, build_actions_table(actions, selected, as_of));
        });
        break;
      }
      case Input::record:
        emit(emitter, "record", [&](Sink& sink) {
          return std::get<WriteRecord>(emitter.write)(RecordInput{source_name, meeting},
                                                      settings_in("en"), sink);
        });
        break;
      case Input::summary:
        emit(emitter, "summary", [&](Sink& sink) {
          return std::get<WriteSummary>(emitter.write)(SummaryInput{summary, as_of},
                                                       settings_in("en"), sink);
        });
        break;
      case Input::actions:
        emit(emitter, "actions", [&](Sink& sink) {
          return std::get<WriteActions>(emitter.write)(ActionsInput{actions, selected, as_of},
                                                       settings_in("en"), sink);
        });
        break;
    }
  }
  return out;
}

std::string output_problem(std::string_view format, std::string_view bytes) {
  const bool crlf_lines = format == "csv" || format == "ics";
  for (std::size_t at = 0; at < bytes.size();) {
    char32_t c = 0;
    const std::size_t length = decode_utf8(bytes, at, c);
    if (length == 0) {
      return fmt::format("byte {} is not UTF-8 (\\x{:02x})", at, static_cast<unsigned char>(bytes[at]));
    }
    const bool allowed = c == '\t' || c == '\n' || (c == '\r' && crlf_lines);
    if (!allowed && (c < 0x20 || (c >= 0x7F && c <= 0x9F))) {
      return fmt::format("byte {} is the control character U+{:04X}", at, static_cast<unsigned>(c));
    }
    at += length;
  }
  // Text may mention "javascript:" or show an escaped "\<script"; what would run may not appear.
  std::string lower(bytes);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const auto find_active = [&](std::string_view active, bool unless_escaped) {
    for (std::size_t at = lower.find(active); at != std::string::npos; at = lower.find(active, at + 1)) {
      if (!(unless_escaped && at > 0 && lower[at - 1] == '\\')) return at;
    }
    return std::string::npos;
  };
  std::vector<std::pair<std::string_view, bool>> active;
  if (format == "html") active = {{"<script", false}, {"=\"javascript:", false}, {"='javascript:", false}};
  if (format == "markdown") active = {{"<script", true}, {"](javascript:", true}};
  for (const auto& [pattern, unless_escaped] : active) {
    if (const std::size_t at = find_active(pattern, unless_escaped); at != std::string::npos) {
      return fmt::format("{} at byte {}: {}", pattern, at, quote_value(bytes.substr(at, 60)));
    }
  }
  return {};
}

}  // namespace minutes::testing
