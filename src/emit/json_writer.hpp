#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "emit/json_text.hpp"

namespace minutes {

// A streaming pretty-printer: containers open and close explicitly, empty ones print as
// `[]` or `{}`. Writers give keys in a fixed order, so there is no key sorting. Output is
// indented by two spaces; finish() adds the final newline. take() hands over what is written
// so far and keeps the state, so a long document can be written out in pieces.
class JsonWriter {
 public:
  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  void key(std::string_view name) {
    element();
    m_out += json_quote(name);
    m_out += ": ";
    m_after_key = true;
  }

  void string(std::string_view text) {
    element();
    m_out += json_quote(text);
  }

  void number(std::int64_t value) {
    element();
    m_out += std::to_string(value);
  }

  void boolean(bool value) {
    element();
    m_out += value ? "true" : "false";
  }

  // Fields that are omitted when the record has no value.
  void optional_string(std::string_view name, std::string_view text) {
    if (!text.empty()) string_field(name, text);
  }
  void optional_number(std::string_view name, const std::optional<std::int64_t>& value) {
    if (value) number_field(name, *value);
  }
  void string_field(std::string_view name, std::string_view text) {
    key(name);
    string(text);
  }
  void number_field(std::string_view name, std::int64_t value) {
    key(name);
    number(value);
  }

  void bool_field(std::string_view name, bool value) {
    key(name);
    boolean(value);
  }

  std::size_t size() const { return m_out.size(); }
  std::string take() { return std::exchange(m_out, std::string()); }

  std::string finish() {
    m_out += '\n';
    return std::move(m_out);
  }

 private:
  // Called before every value or key: a key's value follows on the same line; anything else
  // goes on a new line, after a comma when it is not the container's first element.
  void element() {
    if (m_after_key) {
      m_after_key = false;
      return;
    }
    if (m_empty.empty()) return;  // the top-level value
    if (!m_empty.back()) m_out += ',';
    m_empty.back() = false;
    newline(m_empty.size());
  }

  void open(char bracket) {
    element();
    m_out += bracket;
    m_empty.push_back(true);
  }

  void close(char bracket) {
    const bool empty = m_empty.back();
    m_empty.pop_back();
    if (!empty) newline(m_empty.size());
    m_out += bracket;
  }

  void newline(std::size_t depth) {
    m_out += '\n';
    m_out.append(depth * 2, ' ');
  }

  std::string m_out;
  std::vector<bool> m_empty;  // one per open container: nothing written into it yet
  bool m_after_key = false;
};

}  // namespace minutes
