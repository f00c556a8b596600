#include "emit/safe_url.hpp"

#include <array>

#include <fmt/format.h>

namespace minutes {
namespace {

constexpr std::array<std::string_view, 3> k_safe_schemes{"http", "https", "mailto"};

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// The scheme as the WHATWG URL parser finds it: an ASCII letter, then letters, digits, `+`,
// `-` or `.`, ended by `:`. Empty when there is none (any other character comes first).
std::string_view scheme_of(std::string_view url) {
  if (url.empty() || !is_ascii_alpha(url[0])) return {};
  for (std::size_t i = 1; i < url.size(); ++i) {
    const char c = url[i];
    if (c == ':') return url.substr(0, i);
    if (!is_ascii_alpha(c) && !is_ascii_digit(c) && c != '+' && c != '-' && c != '.') return {};
  }
  return {};
}

bool equals_lowercase(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (ascii_lower(text[i]) != lower[i]) return false;
  }
  return true;
}

// No character a browser strips or rewrites before it parses the URL.
bool is_clean(std::string_view url) {
  if (url.empty() || url.front() == ' ' || url.back() == ' ') return false;
  for (const char c : url) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7F || c == '\\') return false;
  }
  return true;
}

}  // namespace

bool is_safe_url(std::string_view url) {
  if (!is_clean(url)) return false;
  const std::string_view scheme = scheme_of(url);
  if (scheme.empty()) return !url.starts_with("//");
  for (const std::string_view safe : k_safe_schemes) {
    if (equals_lowercase(scheme, safe)) return true;
  }
  return false;
}

bool is_relative_url(std::string_view url) { return is_safe_url(url) && scheme_of(url).empty(); }

std::string encode_url(std::string_view url) {
  constexpr std::string_view k_not_in_urls = " \"<>`^{|}";
  std::string out;
  out.reserve(url.size());
  for (const char c : url) {
    if (k_not_in_urls.find(c) != std::string_view::npos) {
      out += fmt::format("%{:02X}", static_cast<unsigned char>(c));
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace minutes
