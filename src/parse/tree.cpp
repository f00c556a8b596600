#include "minutes/tree.hpp"

#include <charconv>
#include <sstream>
#include <unordered_map>

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include "parse/scalar.hpp"
#include "parse/scalar_text.hpp"
#include "minutes/translate.hpp"

namespace minutes {

const Member* Node::find_member(std::string_view key) const {
  for (const Member& member : members) {
    if (member.key == key) return &member;
  }
  return nullptr;
}

const Node* Node::find(std::string_view key) const {
  const Member* member = find_member(key);
  return member ? &member->value : nullptr;
}

std::string_view kind_name(NodeKind kind) {
  switch (kind) {
    case NodeKind::null: return "null";
    case NodeKind::boolean: return "boolean";
    case NodeKind::integer: return "integer";
    case NodeKind::number: return "number";
    case NodeKind::string: return "string";
    case NodeKind::sequence: return "list";
    case NodeKind::mapping: return "mapping";
  }
  return "value";
}

std::string describe_value(const Node& node) {
  switch (node.kind) {
    // TRANSLATORS: what a value is, in "expected a date, got nothing" (and "got a list").
    case NodeKind::null:
      return node.text.empty() ? tr("nothing") : tr_format("null ({})", node.text);
    case NodeKind::sequence:
      return tr("a list");
    case NodeKind::mapping:
      return tr("a mapping");
    case NodeKind::string: return quote_value(node.text);
    default: return node.text.size() <= 40 ? node.text : node.text.substr(0, 40) + "…";
  }
}

const Node* resolve_pointer(const Node& root, std::string_view pointer) {
  const Node* current = &root;
  std::size_t at = 0;
  while (current && at < pointer.size()) {
    if (pointer[at] != '/') return nullptr;
    const std::size_t next = std::min(pointer.find('/', at + 1), pointer.size());
    std::string segment;
    for (std::size_t i = at + 1; i < next; ++i) {
      if (pointer[i] == '~' && i + 1 < next) {
        segment += pointer[i + 1] == '1' ? '/' : '~';
        ++i;
      } else {
        segment += pointer[i];
      }
    }
    at = next;
    if (current->kind == NodeKind::mapping) {
      current = current->find(segment);
    } else if (current->kind == NodeKind::sequence) {
      std::size_t index = 0;
      const auto [end, error] = std::from_chars(segment.data(), segment.data() + segment.size(), index);
      if (error != std::errc() || end != segment.data() + segment.size() ||
          index >= current->items.size()) {
        return nullptr;
      }
      current = &current->items[index];
    } else {
      return nullptr;
    }
  }
  return current;
}

namespace {

// yaml-cpp counts columns in bytes; an editor (and the encoding check, and the caret under a
// quoted line) counts characters, so "navn: Åse" must put the value at column 7, not 8.
// `source` is the text yaml-cpp read, without a leading byte-order mark (which yaml-cpp skips).
Position position_in(std::string_view source, const YAML::Mark& mark) {
  if (mark.pos < mark.column || mark.column < 0 ||
      static_cast<std::size_t>(mark.pos) > source.size()) {
    return {mark.line + 1, mark.column + 1};
  }
  int column = 1;
  for (std::size_t at = static_cast<std::size_t>(mark.pos - mark.column);
       at < static_cast<std::size_t>(mark.pos); ++at) {
    if ((static_cast<unsigned char>(source[at]) & 0xC0) != 0x80) ++column;
  }
  return {mark.line + 1, column};
}

constexpr std::string_view k_core_tag = "tag:yaml.org,2002:";

struct StopParsing {};

// Builds our tree from yaml-cpp's events. Collections under construction live on a stack; a
// finished node is attached to its parent (or becomes the root).
class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(Diagnostics& diagnostics, const ParseLimits& limits, std::string_view source)
      : m_diagnostics(diagnostics), m_limits(limits), m_source(source) {}

  std::optional<Node>& root() { return m_root; }
  std::vector<std::string>& alias_pointers() { return m_alias_pointers; }

  // The innermost collection still open when the parser stopped, if it was a flow one.
  std::optional<Position> open_flow_collection() const {
    if (m_stack.empty() || !m_stack.back().flow) return std::nullopt;
    return m_stack.back().node.position;
  }

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    note_anchor(mark, anchor);
    Node node;
    node.position = position_of(mark);
    node.text = null_as_written(mark);
    attach(std::move(node));
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    m_alias_pointers.push_back(value_pointer());
    if (!m_reported_alias) {
      m_reported_alias = true;
      add_error(position_of(mark), "alias",
                tr("aliases (*name) are not supported: write the value out in full"),
                value_pointer());
    }
    Node node;
    node.position = position_of(mark);
    attach(std::move(node));
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    note_anchor(mark, anchor);
    if (tag == "!" && !quote_is_closed(mark)) {
      add_error(position_of(mark), "yaml",
                tr("the file ends inside a quoted value; a closing quote is missing"));
      throw StopParsing{};
    }
    const std::string text = detail::repair_yaml_cpp_escapes(value);
    Node node;
    if (tag == "?") {
      node = detail::resolve_plain_scalar(text);
    } else if (tag == "!" || tag == std::string(k_core_tag) + "str") {
      node.kind = NodeKind::string;
      node.text = text;
    } else {
      node = detail::resolve_plain_scalar(text);
      check_scalar_tag(mark, tag, node);
    }
    node.position = position_of(mark);
    check_scalar_text(node);
    attach(std::move(node));
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    start_collection(mark, tag, anchor, NodeKind::sequence, "seq", style);
  }
  void OnSequenceEnd() override { end_collection(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    start_collection(mark, tag, anchor, NodeKind::mapping, "map", style);
  }
  void OnMapEnd() override { end_collection(); }

 private:
  Position position_of(const YAML::Mark& mark) const { return position_in(m_source, mark); }

  // yaml-cpp reports `~` and `null` as it reports an empty value, whose mark is at the next
  // token. The word as written ("~", "null") keeps an explicit null at its place and lets
  // messages say "null (~)"; a word followed by ':' is a key: this one (`null: 1`), or the next
  // one when a value was expected, which was then empty.
  std::string null_as_written(const YAML::Mark& mark) const {
    if (mark.pos < 0 || static_cast<std::size_t>(mark.pos) >= m_source.size()) return {};
    const std::string_view rest = m_source.substr(static_cast<std::size_t>(mark.pos));
    for (const std::string_view word : {"~", "null", "Null", "NULL"}) {
      if (!rest.starts_with(word)) continue;
      const std::size_t after = rest.find_first_not_of(" \t", word.size());
      if (after == std::string_view::npos) return std::string(word);
      if (rest[after] == ':') return expecting_key() ? std::string(word) : std::string();
      if (after == word.size() && std::string_view("\n\r,]}").find(rest[after]) == rest.npos) {
        return {};  // "nullable", "~x": not the word on its own
      }
      return std::string(word);
    }
    return {};
  }

  bool expecting_key() const {
    return !m_stack.empty() && m_stack.back().node.kind == NodeKind::mapping &&
           m_stack.back().expecting_key;
  }

  // yaml-cpp 0.7 accepts a quoted value left open at the end of the file when a line break
  // follows (`title: "Weekly⏎`), taking the rest of the file into the value; so we look for
  // the closing quote ourselves. `mark` is at the opening quote (block scalars start with | or >).
  bool quote_is_closed(const YAML::Mark& mark) const {
    if (mark.pos < 0 || static_cast<std::size_t>(mark.pos) >= m_source.size()) return true;
    const char quote = m_source[static_cast<std::size_t>(mark.pos)];
    if (quote != '"' && quote != '\'') return true;
    for (std::size_t at = static_cast<std::size_t>(mark.pos) + 1; at < m_source.size(); ++at) {
      if (quote == '"' && m_source[at] == '\\') {
        ++at;  // an escaped character, \" included
      } else if (m_source[at] == quote) {
        if (quote == '"' || at + 1 >= m_source.size() || m_source[at + 1] != '\'') return true;
        ++at;  // '' is a quote inside a single-quoted value
      }
    }
    return false;
  }

  struct Frame {
    Node node;
    bool expecting_key = true;
    bool key_usable = true;
    bool flow = false;
    std::string key;
    Position key_position;
    std::unordered_map<std::string, Position> seen_keys;
  };

  void add_error(Position position, std::string rule, std::string message,
                 std::string pointer = {}) {
    m_diagnostics.push_back(
        {position, std::move(pointer), std::move(rule), Severity::error, std::move(message)});
  }

  // Where the next value goes: the open collections' path plus the pending key or index.
  std::string value_pointer() const {
    if (m_stack.empty()) return {};
    const Frame& top = m_stack.back();
    const std::string base = current_pointer();
    if (top.node.kind == NodeKind::sequence) return pointer_append(base, top.node.items.size());
    return top.expecting_key ? base : pointer_append(base, top.key);
  }

  std::string current_pointer() const {
    std::string pointer;
    for (const Frame& frame : m_stack) {
      if (&frame == &m_stack.back()) break;
      pointer = frame.node.kind == NodeKind::mapping
                    ? pointer_append(pointer, frame.key)
                    : pointer_append(pointer, frame.node.items.size());
    }
    return pointer;
  }

  // The encoding check rejects C0 controls written into the file, but escapes in double-quoted
  // scalars ("\0", "\e", "\x07") put them into values, and C1 controls (U+0085) are valid UTF-8.
  // Raw in a CSV cell or on a terminal they corrupt or act, so no value or key may hold them.
  void check_scalar_text(const Node& node) {
    // Built only for an error: this runs for every scalar of every record.
    const auto pointer = [&] {
      return expecting_key() ? pointer_append(current_pointer(), node.text) : value_pointer();
    };
    if (!detail::is_utf8(node.text)) {
      add_error(node.position, "encoding",
                tr("expected UTF-8 text, found bytes that are not UTF-8"), pointer());
      return;
    }
    if (const auto control = detail::find_control_character(node.text)) {
      add_error(node.position, "control-character",
                // TRANSLATORS: {0} is a code point such as "U+001B (ESC)", {1} the position of
                // the character in the value (1 is the first).
                tr_format("expected text without control characters, found {0} at character {1}; "
                          "text may hold tabs and line breaks, no other control characters",
                          detail::describe_code_point(control->code_point), control->character),
                pointer());
    }
  }

  void note_anchor(const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (anchor != YAML::NullAnchor && !m_reported_anchor) {
      m_reported_anchor = true;
      add_error(position_of(mark), "alias",
                tr("anchors (&name) are not supported: write each value out in full"),
                value_pointer());
    }
  }

  void check_scalar_tag(const YAML::Mark& mark, const std::string& tag, const Node& node) {
    const auto expect = [&](std::string_view name, bool matches) {
      if (tag == std::string(k_core_tag) + std::string(name)) {
        if (!matches) {
          add_error(
              position_of(mark), "yaml",
              // TRANSLATORS: {0} is a YAML tag name such as int, {1} the value in quotes.
              tr_format("tag !!{0} does not fit the value {1}", name, quote_value(node.text)));
        }
        return true;
      }
      return false;
    };
    if (expect("null", node.kind == NodeKind::null) ||
        expect("bool", node.kind == NodeKind::boolean) ||
        expect("int", node.kind == NodeKind::integer) ||
        expect("float", node.kind == NodeKind::number || node.kind == NodeKind::integer)) {
      return;
    }
    add_error(position_of(mark), "yaml",
              tr_format("unsupported tag {}: records use plain YAML values", quote_value(tag)));
  }

  void start_collection(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                        NodeKind kind, std::string_view core_name, YAML::EmitterStyle::value style) {
    note_anchor(mark, anchor);
    if (tag != "?" && tag != "!" && tag != std::string(k_core_tag) + std::string(core_name)) {
      add_error(position_of(mark), "yaml",
                tr_format("unsupported tag {}: records use plain YAML values", quote_value(tag)));
    }
    if (static_cast<int>(m_stack.size()) >= m_limits.max_depth) {
      add_error(position_of(mark), "limit",
                tr_format("nesting deeper than {} levels; a meeting record needs far fewer",
                          m_limits.max_depth));
      throw StopParsing{};
    }
    Frame frame;
    frame.node.kind = kind;
    frame.node.position = position_of(mark);
    frame.flow = style == YAML::EmitterStyle::Flow;
    m_stack.push_back(std::move(frame));
  }

  void end_collection() {
    Node node = std::move(m_stack.back().node);
    m_stack.pop_back();
    attach(std::move(node));
  }

  void attach(Node node) {
    if (m_stack.empty()) {
      m_root = std::move(node);
      return;
    }
    Frame& frame = m_stack.back();
    if (frame.node.kind == NodeKind::sequence) {
      frame.node.items.push_back(std::move(node));
      return;
    }
    if (frame.expecting_key) {
      frame.expecting_key = false;
      frame.key_position = node.position;
      frame.key_usable = node.kind != NodeKind::sequence && node.kind != NodeKind::mapping;
      frame.key = frame.key_usable ? std::move(node.text) : std::string();
      if (!frame.key_usable) {
        add_error(node.position, "yaml", tr("a key must be plain text, not a list or mapping"));
      }
      return;
    }
    frame.expecting_key = true;
    if (!frame.key_usable) return;
    if (node.kind == NodeKind::null && node.text.empty()) {
      node.position = frame.key_position;  // yaml-cpp marks an empty value at the next token
    }
    const auto [seen, inserted] = frame.seen_keys.emplace(frame.key, frame.key_position);
    if (!inserted) {
      add_error(frame.key_position, "duplicate-key",
                // TRANSLATORS: {0} is the key in quotes, {1} and {2} the line and column where it
                // was first given.
                tr_format("duplicate key {0}; it was first given at line {1}, column {2}",
                          quote_value(frame.key), seen->second.line, seen->second.column),
                pointer_append(current_pointer(), frame.key));
      return;
    }
    frame.node.members.push_back({std::move(frame.key), frame.key_position, std::move(node)});
  }

  Diagnostics& m_diagnostics;
  const ParseLimits& m_limits;
  std::string_view m_source;
  std::vector<Frame> m_stack;
  std::optional<Node> m_root;
  std::vector<std::string> m_alias_pointers;
  bool m_reported_alias = false;
  bool m_reported_anchor = false;
};

// yaml-cpp's own texts are terse and some mislead ("bad file" for a too-deep document).
std::string explain_syntax_error(const std::string& message) {
  const std::string_view text = message;
  if (text.starts_with("illegal map value")) {
    return tr(
        "a value is not allowed here; check the indentation, or quote a value that contains \": "
        "\"");
  }
  if (text.find("tab") != std::string_view::npos && text.find("indent") != std::string_view::npos) {
    return tr("a tab in the indentation; YAML indents with spaces only");
  }
  if (text.starts_with("end of map not found")) {
    return tr("a mapping is not closed properly; check the indentation");
  }
  if (text.starts_with("end of map flow not found")) {
    return tr_format("a flow mapping \"{{\" is not closed with \"}}\"");
  }
  if (text.starts_with("end of sequence not found")) {
    return tr("a list is not closed properly; check the indentation");
  }
  if (text.starts_with("end of sequence flow not found")) {
    return tr("a flow list \"[\" is not closed with \"]\"");
  }
  if (text.starts_with("illegal block entry")) {
    return tr("a list item \"- \" is not allowed here; check the indentation");
  }
  if (text.starts_with("illegal EOF in scalar")) {
    return tr("the file ends inside a quoted value; a closing quote is missing");
  }
  if (text.starts_with("unknown escape character")) {
    return tr("an unknown escape sequence in a double-quoted value");
  }
  if (text.starts_with("illegal map key")) {
    return tr("a key is not allowed here; check the indentation");
  }
  if (text.starts_with("unknown token")) {
    return tr("unexpected characters; check quoting and indentation");
  }
  if (text.starts_with("the referenced anchor is not defined")) {
    return tr(
        "a value starting with \"*\" is read as an alias (*name); quote it, or write Markdown "
        "such as **bold** as a block (summary: |)");
  }
  // TRANSLATORS: {} is yaml-cpp's own message, in English, in quotes.
  return tr_format("YAML syntax: {}", quote_value(message, 120));
}

bool indented_with_tab(std::string_view text, int line) {
  std::size_t at = 0;
  for (int i = 1; i < line && at != std::string_view::npos; ++i) {
    at = text.find('\n', at);
    if (at != std::string_view::npos) ++at;
  }
  if (at == std::string_view::npos) return false;
  for (; at < text.size() && (text[at] == ' ' || text[at] == '\t'); ++at) {
    if (text[at] == '\t') return true;
  }
  return false;
}

// Whether a line in (after_line, up_to_line] starts with the marker "---" or "...".
bool has_document_marker(std::string_view text, int after_line, int up_to_line) {
  int line = 1;
  for (std::size_t at = 0; at < text.size() && line <= up_to_line; ++line) {
    const std::size_t end = std::min(text.find('\n', at), text.size());
    const std::string_view content = text.substr(at, end - at);
    if (line > after_line && (content.starts_with("---") || content.starts_with("...")) &&
        (content.size() == 3 || content[3] == ' ' || content[3] == '\t')) {
      return true;
    }
    at = end + 1;
  }
  return false;
}

// What to say about text after the first document: a second document ("---"), or a line that
// fell out of the top-level value above it by its indentation.
std::string second_document_message(const Node* first, bool marked) {
  if (marked || !first) return tr("a second YAML document: a file holds exactly one record");
  switch (first->kind) {
    case NodeKind::sequence:
      return tr("this line is outside the top-level list above it; check the indentation");
    case NodeKind::mapping:
      return tr("this line is outside the top-level mapping above it; check the indentation");
    default:
      return tr("this line is outside the top-level value above it; check the indentation");
  }
}

}  // namespace

ParsedDocument parse_yaml(std::string_view text, const ParseLimits& limits) {
  ParsedDocument result;
  std::istringstream stream{std::string(text)};
  const std::string_view source =
      text.starts_with("\xEF\xBB\xBF") ? text.substr(3) : text;  // yaml-cpp skips a BOM
  TreeBuilder builder(result.diagnostics, limits, source);
  try {
    YAML::Parser parser(stream);
    if (!parser.HandleNextDocument(builder)) {
      result.diagnostics.push_back(
          {{1, 1},
           "",
           "yaml",
           Severity::error,
           tr("the file is empty or holds only comments: expected a meeting record")});
      return result;
    }
    TreeBuilder rest(result.diagnostics, limits, source);
    if (parser.HandleNextDocument(rest)) {
      const Position at = rest.root() ? rest.root()->position : Position{1, 1};
      const Node* first = builder.root() ? &*builder.root() : nullptr;
      // yaml-cpp also starts a new document, without "---", where text follows a finished
      // top-level value at the same indentation ("- a" then "b: 1"): an indentation mistake.
      const bool marked = has_document_marker(source, first ? first->position.line : 1, at.line);
      result.diagnostics.push_back(
          {at, "", "yaml", Severity::error, second_document_message(first, marked)});
    }
  } catch (const StopParsing&) {
    return result;
  } catch (const YAML::DeepRecursion& error) {
    result.diagnostics.push_back(
        {position_in(source, error.mark), "", "limit", Severity::error,
         tr("nesting too deep for the YAML parser (more than 500 levels)")});
    return result;
  } catch (const YAML::ParserException& error) {
    std::string message = indented_with_tab(text, error.mark.line + 1)
                              ? tr("a tab in the indentation; YAML indents with spaces only")
                              : explain_syntax_error(error.msg);
    if (const auto opened = builder.open_flow_collection();
        opened && error.msg.find("flow") != std::string::npos) {
      // TRANSLATORS: added to a message about an unclosed "[" or "{"; {0} is a line, {1} a column.
      message += tr_format(" (it opens at line {0}, column {1})", opened->line, opened->column);
    }
    result.diagnostics.push_back(
        {position_in(source, error.mark), "", "yaml", Severity::error, message});
    return result;
  } catch (const YAML::Exception& error) {
    result.diagnostics.push_back(
        {position_in(source, error.mark), "", "yaml", Severity::error,
         explain_syntax_error(error.msg)});
    return result;
  }
  result.root = std::move(builder.root());
  result.alias_pointers = std::move(builder.alias_pointers());
  return result;
}

}  // namespace minutes
