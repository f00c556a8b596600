#include "minutes/diagnostic.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace minutes {

std::string_view severity_name(Severity severity) {
  return severity == Severity::error ? "error" : "warning";
}

void sort_in_document_order(Diagnostics& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     if (a.position.line != b.position.line) {
                       return a.position.line < b.position.line;
                     }
                     return a.position.column < b.position.column;
                   });
}

bool has_errors(const Diagnostics& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

std::size_t decode_utf8(std::string_view text, std::size_t at, char32_t& code_point) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(at);
  std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3
                                     : (lead >> 3) == 0x1E ? 4 : 0;
  if (length == 0 || at + length > text.size()) return 0;
  code_point = length == 1 ? lead : length == 2 ? (lead & 0x1F) : length == 3 ? (lead & 0x0F)
                                                                              : (lead & 0x07);
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(at + i) & 0xC0) != 0x80) return 0;
    code_point = (code_point << 6) | (byte(at + i) & 0x3F);
  }
  // Overlong forms (C0 BC for '<'), surrogates (ED A0 80) and values past U+10FFFF are not
  // UTF-8: copying them would put invalid text into a message, so they are escaped byte by byte.
  constexpr char32_t k_minimum[] = {0, 0, 0x80, 0x800, 0x10000};
  if (code_point < k_minimum[length] || (code_point >= 0xD800 && code_point <= 0xDFFF) ||
      code_point > 0x10FFFF) {
    return 0;
  }
  return length;
}

namespace {

bool is_invisible_or_control(char32_t c) {
  return c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || (c >= 0x200B && c <= 0x200F) ||
         (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

}  // namespace

namespace {

// `quoted`: inside "..." a quote and a backslash are escaped too, so the quotes stay unambiguous.
std::string escape_text(std::string_view text, std::size_t max_chars, bool quoted) {
  std::string out;
  std::size_t chars = 0;
  for (std::size_t at = 0; at < text.size();) {
    if (chars == max_chars) {
      out += "…";
      break;
    }
    char32_t c = 0;
    const std::size_t length = decode_utf8(text, at, c);
    if (length == 0) {
      out += fmt::format("\\x{:02x}", static_cast<unsigned char>(text[at]));
      ++at;
    } else {
      if (c == '\n') {
        out += "\\n";
      } else if (c == '\t') {
        out += "\\t";
      } else if (quoted && (c == '"' || c == '\\')) {
        out += '\\';
        out += static_cast<char>(c);
      } else if (is_invisible_or_control(c)) {
        out += c < 0x100 ? fmt::format("\\x{:02x}", static_cast<unsigned>(c))
                         : fmt::format("\\u{:04x}", static_cast<unsigned>(c));
      } else {
        out.append(text.substr(at, length));
      }
      at += length;
    }
    ++chars;
  }
  return out;
}

}  // namespace

std::string quote_value(std::string_view text, std::size_t max_chars) {
  return "\"" + escape_text(text, max_chars, true) + "\"";
}

std::string printable_name(std::string_view name) {
  return escape_text(name, std::string_view::npos, false);
}

std::string pointer_append(std::string_view pointer, std::string_view segment) {
  std::string out(pointer);
  out += '/';
  for (char c : segment) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

std::string pointer_append(std::string_view pointer, std::size_t index) {
  return fmt::format("{}/{}", pointer, index);
}

}  // namespace minutes
