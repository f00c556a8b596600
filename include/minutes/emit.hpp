#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <tl/expected.hpp>

#include "minutes/document.hpp"
#include "minutes/model.hpp"

namespace minutes {

// One record as emitters see it: the typed record, where it came from, and its document.
struct RenderedRecord {
  std::string source_name;  // file name as given, for CSV's "file" column
  const Meeting* meeting = nullptr;
  const doc::Document* document = nullptr;
};

struct EmitOptions {
  std::string language = "en";      // labels and dates (already applied to documents)
  bool fragment = false;            // html: only the <article>
  std::string table = "workshops";  // csv: which table
  bool bom = false;                 // csv: UTF-8 byte-order mark for Excel
  bool header = true;               // csv: BOM and header row; false to continue a table
  bool formula_guard = true;        // csv: prefix ' to cells a spreadsheet would run
  std::string time_zone;            // ics: TZID for local times; "" = the machine's zone

  // markdown, html: a long document written in pieces, so that it never has to be in memory
  // at once. `opening` writes the start of the page and the document's blocks, `blocks` more
  // blocks of the same page (each request one more document), `closing` the end of the page.
  // The pieces of documents A, B, C (opening A, blocks B, blocks C, closing) concatenated are
  // the bytes of `whole` for one document holding the blocks of A, B and C, when A has blocks.
  enum class Part { whole, opening, blocks, closing };
  Part part = Part::whole;
};

// Everything one emitter call needs. Document formats (markdown, html) take exactly one
// record; table formats (csv) take any number and write one combined table.
struct EmitRequest {
  std::span<const RenderedRecord> records;
  EmitOptions options;
  // csv: write this table (header and rows as they are) instead of a record table built from
  // `records`; reports (summary, actions) build their own tables.
  const doc::Table* table = nullptr;
};

struct Emitter {
  std::string_view name;         // value of -t
  std::string_view extension;    // ".md", chosen by -o's extension
  std::string_view description;  // one line for `minutes formats`
  bool combines_records;         // true: many inputs make one output (csv)
  tl::expected<std::string, std::string> (*emit)(const EmitRequest& request);
};

// The registry: the only list of formats (src/emit/registry.cpp).
std::span<const Emitter> emitters();
// By name or alias ("md"); nullptr when unknown.
const Emitter* find_emitter(std::string_view name);
const Emitter* find_emitter_by_extension(std::string_view extension);

}  // namespace minutes
