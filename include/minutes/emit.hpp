#pragma once

// The emitter contract and the registry, the only list of output formats (src/emit/registry.cpp).
// Each row declares the one input it consumes; a command offers the inputs it can build and the
// registry answers which formats it can write. No code outside src/emit/ names a format.

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <tl/expected.hpp>

#include "minutes/action_register.hpp"
#include "minutes/document.hpp"
#include "minutes/error.hpp"
#include "minutes/model.hpp"
#include "minutes/summary.hpp"

namespace minutes {

using Emitted = tl::expected<void, Error>;

// Where an emitter's bytes go. write() returns false once the sink has failed (a full disk, the
// output limit); the emitter then stops and returns the sink's error.
class Sink {
 public:
  virtual ~Sink() = default;
  virtual bool write(std::string_view bytes) = 0;
  virtual Error error() const = 0;
};

// A sink that keeps everything in memory: tests, and outputs written per input.
class StringSink final : public Sink {
 public:
  bool write(std::string_view bytes) override;
  Error error() const override;
  std::string& text() { return m_text; }

 private:
  std::string m_text;
};

// What formats may be told besides their input. Each field is read by the formats it names.
struct EmitSettings {
  std::string language = "en";  // labels and dates where the emitter adds words of its own
  bool fragment = false;        // html: only the <article>
  bool bom = false;             // csv: UTF-8 byte-order mark for Excel
  bool formula_guard = true;    // csv: prefix ' to cells a spreadsheet would run
  std::string time_zone;        // ics: zone of local times; "" = the machine's zone
};

// The inputs a format can consume; each registry row takes exactly one.
enum class Input {
  document,  // a doc::Document, whole or in pieces (views decide what is in it)
  table,     // a doc::Table streamed: the header once, then rows in batches
  record,    // one typed record
  summary,   // the yearly summary aggregate (minutes summary)
  actions    // the action register with the selected actions (minutes actions)
};
std::string_view input_name(Input input);

// A document written as one piece (whole), or as pieces whose blocks together make one
// document (begin with the first, blocks for each further piece, end), so a long report is
// never in memory at once. The bytes of the pieces equal the bytes of the whole document, except
// where a format says otherwise (HTML's chart style is always in a pieced page's head).
class DocumentWriter {
 public:
  virtual ~DocumentWriter() = default;
  virtual Emitted whole(const doc::Document& document) = 0;
  virtual Emitted begin(const doc::Document& first) = 0;
  virtual Emitted blocks(const doc::Document& more) = 0;
  virtual Emitted end() = 0;
};

// A table streamed: begin() with the header, rows() as often as needed (the table's header is
// ignored), end().
class TableWriter {
 public:
  virtual ~TableWriter() = default;
  virtual Emitted begin(const std::vector<std::string>& header) = 0;
  virtual Emitted rows(const doc::Table& rows) = 0;
  virtual Emitted end() = 0;
};

// One record and the name it was read under.
struct RecordInput {
  std::string_view source_name;
  const Meeting& meeting;
};

struct SummaryInput {
  const Summary& summary;
  Date as_of;
};

struct ActionsInput {
  const ActionRegister& actions;
  const std::vector<std::size_t>& selected;  // indexes into actions.actions, in order
  Date as_of;
};

using MakeDocumentWriter = std::unique_ptr<DocumentWriter> (*)(const EmitSettings&, Sink&);
using MakeTableWriter = std::unique_ptr<TableWriter> (*)(const EmitSettings&, Sink&);
using WriteRecord = Emitted (*)(const RecordInput&, const EmitSettings&, Sink&);
using WriteSummary = Emitted (*)(const SummaryInput&, const EmitSettings&, Sink&);
using WriteActions = Emitted (*)(const ActionsInput&, const EmitSettings&, Sink&);

struct Emitter {
  std::string_view name;         // value of -t
  std::string_view extension;    // ".md": -o FILE with this extension chooses the format
  std::string_view description;  // one line for `minutes formats`
  // The one input, by the alternative held: the order is that of enum Input.
  std::variant<MakeDocumentWriter, MakeTableWriter, WriteRecord, WriteSummary, WriteActions> write;
  // One output per input record: a command given several inputs needs -d DIR. False for
  // formats that stream any number of records into one output.
  bool one_record_per_output = true;

  Input input() const { return static_cast<Input>(write.index()); }
};

// The registry rows. A format name may have several rows, one per input (json of a record, of
// a summary, of the action register).
std::span<const Emitter> emitters();

// The distinct format names among rows taking one of `inputs`, in registry order.
std::vector<std::string_view> format_names(std::span<const Input> inputs);
// "markdown (md), html, csv or json": for --help texts.
std::string format_list(std::span<const Input> inputs);

// A format chosen for a command that can build `inputs` (in order of preference): by -t NAME
// (or an alias such as "md"), else by -o FILE's extension, else markdown. Errors name the
// formats the command can write, with a suggestion for a misspelt name.
tl::expected<const Emitter*, Error> choose_emitter(std::string_view format, std::string_view output,
                                                   std::span<const Input> inputs);

}  // namespace minutes
