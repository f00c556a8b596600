#pragma once

// Helpers for emitter tests: run a writer into a StringSink and hand back the bytes written, or
// the error the emitter returned.

#include <string>
#include <string_view>
#include <tl/expected.hpp>
#include <utility>
#include <vector>

#include "emit/emitters.hpp"
#include "minutes/emit.hpp"

namespace minutes::test {

using Bytes = tl::expected<std::string, Error>;

// What `write(sink)` wrote, or its error.
template <typename Write>
Bytes collect(Write write) {
  StringSink sink;
  if (Emitted done = write(static_cast<Sink&>(sink)); !done) return tl::unexpected(done.error());
  return std::move(sink.text());
}

// A document written whole.
inline Bytes whole_document(MakeDocumentWriter make, const doc::Document& document,
                            const EmitSettings& settings = {}) {
  return collect([&](Sink& sink) { return make(settings, sink)->whole(document); });
}

// Only the first piece of a document in pieces (begin), without end.
inline Bytes document_begin(MakeDocumentWriter make, const doc::Document& first,
                            const EmitSettings& settings = {}) {
  return collect([&](Sink& sink) { return make(settings, sink)->begin(first); });
}

// A document in pieces: begin with `first`, blocks with each of `more`, end.
inline Bytes document_pieces(MakeDocumentWriter make, const doc::Document& first,
                             const std::vector<doc::Document>& more,
                             const EmitSettings& settings = {}) {
  return collect([&](Sink& sink) -> Emitted {
    const auto writer = make(settings, sink);
    if (Emitted ok = writer->begin(first); !ok) return ok;
    for (const doc::Document& piece : more) {
      if (Emitted ok = writer->blocks(piece); !ok) return ok;
    }
    return writer->end();
  });
}

// A table streamed in one go: begin with its header, its rows, end.
inline Bytes whole_table(MakeTableWriter make, const doc::Table& table,
                         const EmitSettings& settings = {}) {
  return collect([&](Sink& sink) -> Emitted {
    const auto writer = make(settings, sink);
    if (Emitted ok = writer->begin(table.header); !ok) return ok;
    if (Emitted ok = writer->rows(table); !ok) return ok;
    return writer->end();
  });
}

// A table with `header`, then the rows of each of `batches` (their headers ignored), end.
inline Bytes table_in_batches(MakeTableWriter make, const std::vector<std::string>& header,
                              const std::vector<doc::Table>& batches,
                              const EmitSettings& settings = {}) {
  return collect([&](Sink& sink) -> Emitted {
    const auto writer = make(settings, sink);
    if (Emitted ok = writer->begin(header); !ok) return ok;
    for (const doc::Table& batch : batches) {
      if (Emitted ok = writer->rows(batch); !ok) return ok;
    }
    return writer->end();
  });
}

// Only rows: a table continued without its header.
inline Bytes table_rows(MakeTableWriter make, const doc::Table& table,
                        const EmitSettings& settings = {}) {
  return collect([&](Sink& sink) { return make(settings, sink)->rows(table); });
}

inline Bytes record_output(WriteRecord write, std::string_view source_name, const Meeting& meeting,
                           const EmitSettings& settings = {}) {
  return collect([&](Sink& sink) {
    return write(RecordInput{source_name, meeting}, settings, sink);
  });
}

inline Bytes summary_output(WriteSummary write, const Summary& summary, Date as_of,
                            const EmitSettings& settings = {}) {
  return collect([&](Sink& sink) { return write(SummaryInput{summary, as_of}, settings, sink); });
}

inline Bytes actions_output(WriteActions write, const ActionRegister& actions,
                            const std::vector<std::size_t>& selected, Date as_of,
                            const EmitSettings& settings = {}) {
  return collect([&](Sink& sink) {
    return write(ActionsInput{actions, selected, as_of}, settings, sink);
  });
}

// The message of a failed emit, or "" when it succeeded (for REQUIRE_MESSAGE).
inline std::string message_of(const Bytes& out) {
  return out ? std::string() : out.error().message;
}

}  // namespace minutes::test
