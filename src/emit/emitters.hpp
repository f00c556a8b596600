#pragma once

// One entry point per format and input, each in its own file (src/emit/<format>.cpp), listed
// in registry.cpp.

#include <memory>

#include "minutes/emit.hpp"

namespace minutes {

std::unique_ptr<DocumentWriter> make_markdown_writer(const EmitSettings& settings, Sink& sink);
std::unique_ptr<DocumentWriter> make_html_writer(const EmitSettings& settings, Sink& sink);
std::unique_ptr<DocumentWriter> make_txt_writer(const EmitSettings& settings, Sink& sink);
std::unique_ptr<TableWriter> make_csv_writer(const EmitSettings& settings, Sink& sink);
Emitted write_record_json(const RecordInput& input, const EmitSettings& settings, Sink& sink);
Emitted write_summary_json(const SummaryInput& input, const EmitSettings& settings, Sink& sink);
Emitted write_actions_json(const ActionsInput& input, const EmitSettings& settings, Sink& sink);
Emitted write_record_ics(const RecordInput& input, const EmitSettings& settings, Sink& sink);
Emitted write_actions_ics(const ActionsInput& input, const EmitSettings& settings, Sink& sink);

// The sink's error when a write failed.
inline Emitted write_to(Sink& sink, std::string_view text) {
  if (!sink.write(text)) return tl::unexpected(sink.error());
  return {};
}

}  // namespace minutes
