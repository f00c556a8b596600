#include <algorithm>
#include <array>

#include "import/text.hpp"

namespace minutes::import_detail {
namespace {

unsigned char byte_at(std::string_view text, std::size_t at) {
  return static_cast<unsigned char>(text[at]);
}

// The offset of the character that ends right before `at`.
std::size_t previous_character(std::string_view text, std::size_t at) {
  std::size_t i = at - 1;
  while (i > 0 && (byte_at(text, i) & 0xC0) == 0x80) --i;
  return i;
}

}  // namespace

std::string lower(std::string_view text) {
  std::string out(text);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c + 32);
    } else if (c == 0xC3 && i + 1 < out.size()) {
      // À..Þ (U+00C0..U+00DE) but not × (U+00D7): the lower-case letter is 0x20 further.
      const unsigned char next = static_cast<unsigned char>(out[i + 1]);
      if (next >= 0x80 && next <= 0x9E && next != 0x97) out[i + 1] = static_cast<char>(next + 0x20);
      ++i;
    }
  }
  return out;
}

std::string capitalise(std::string_view text) {
  std::string out(text);
  if (out.empty()) return out;
  const unsigned char c = static_cast<unsigned char>(out[0]);
  if (c >= 'a' && c <= 'z') {
    out[0] = static_cast<char>(c - 32);
  } else if (c == 0xC3 && out.size() > 1) {
    const unsigned char next = static_cast<unsigned char>(out[1]);
    if (next >= 0xA0 && next <= 0xBE && next != 0xB7) out[1] = static_cast<char>(next - 0x20);
  }
  return out;
}

std::string_view trim(std::string_view text) {
  const std::size_t begin = text.find_first_not_of(" \t\n");
  if (begin == std::string_view::npos) return {};
  const std::size_t end = text.find_last_not_of(" \t\n");
  return text.substr(begin, end - begin + 1);
}

// `chars` may hold UTF-8 characters ("–"); they are matched whole, never byte by byte, so a
// "…" (E2 80 A6) is not cut in half because "–" (E2 80 93) shares its first bytes.
std::string_view trim_chars(std::string_view text, std::string_view chars) {
  const auto length_at = [](std::string_view s, std::size_t at) {
    std::size_t end = at + 1;
    while (end < s.size() && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) ++end;
    return end - at;
  };
  const auto in_set = [&](std::string_view character) {
    if (character == " " || character == "\t" || character == "\n") return true;
    for (std::size_t i = 0; i < chars.size(); i += length_at(chars, i)) {
      if (chars.substr(i, length_at(chars, i)) == character) return true;
    }
    return false;
  };
  while (!text.empty()) {
    const std::size_t size = length_at(text, 0);
    if (!in_set(text.substr(0, size))) break;
    text.remove_prefix(size);
  }
  while (!text.empty()) {
    std::size_t start = text.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    if (!in_set(text.substr(start))) break;
    text.remove_suffix(text.size() - start);
  }
  return text;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_letter_at(std::string_view text, std::size_t at) {
  if (at >= text.size()) return false;
  const unsigned char c = byte_at(text, at);
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  if (c < 0x80) return false;
  if ((c & 0xC0) == 0x80) return true;  // inside a character: part of a letter
  if (c == 0xC2) return false;          // U+0080..U+00BF: symbols, no-break space, « »
  if (c == 0xC3 && at + 1 < text.size()) {
    const unsigned char next = byte_at(text, at + 1);
    return next != 0x97 && next != 0xB7;  // × ÷
  }
  if (c == 0xE2) return false;  // punctuation, dashes, bullets, quotes, arrows
  if (c >= 0xF0) return false;  // emoji and other symbols
  return true;
}

bool is_word_char_at(std::string_view text, std::size_t at) {
  return at < text.size() && (is_digit(text[at]) || is_letter_at(text, at));
}

bool starts_upper(std::string_view word) {
  if (word.empty()) return false;
  const unsigned char c = byte_at(word, 0);
  if (c >= 'A' && c <= 'Z') return true;
  if (c == 0xC3 && word.size() > 1) {
    const unsigned char next = byte_at(word, 1);
    return next >= 0x80 && next <= 0x9E && next != 0x97;
  }
  return false;
}

bool starts_lower(std::string_view word) {
  if (word.empty()) return false;
  const unsigned char c = byte_at(word, 0);
  if (c >= 'a' && c <= 'z') return true;
  if (c == 0xC3 && word.size() > 1) {
    const unsigned char next = byte_at(word, 1);
    return next >= 0x9F && next <= 0xBF && next != 0xB7;
  }
  return false;
}

bool word_at(std::string_view lower_text, std::size_t at, std::string_view word) {
  if (word.empty() || at + word.size() > lower_text.size()) return false;
  if (lower_text.compare(at, word.size(), word) != 0) return false;
  if (at > 0 && is_word_char_at(word, 0) &&
      is_word_char_at(lower_text, previous_character(lower_text, at))) {
    return false;
  }
  const std::size_t end = at + word.size();
  const bool ends_in_word_char = is_word_char_at(word, previous_character(word, word.size()));
  return !(ends_in_word_char && end < lower_text.size() && is_word_char_at(lower_text, end));
}

std::size_t find_word(std::string_view lower_text, std::string_view word, std::size_t from) {
  for (std::size_t at = lower_text.find(word, from); at != std::string_view::npos;
       at = lower_text.find(word, at + 1)) {
    if (word_at(lower_text, at, word)) return at;
  }
  return std::string_view::npos;
}

std::size_t word_at_any(std::string_view lower_text, std::size_t at,
                        const std::vector<std::string_view>& words) {
  std::size_t best = 0;
  for (std::string_view word : words) {
    if (word.size() > best && word_at(lower_text, at, word)) best = word.size();
  }
  return best;
}

std::vector<Span> word_spans(std::string_view text) {
  std::vector<Span> spans;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n')) ++i;
    if (i >= text.size()) break;
    const std::size_t begin = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\t' && text[i] != '\n') ++i;
    spans.push_back({begin, i});
  }
  return spans;
}

std::string strip_emphasis(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i + 1 < text.size() && ((text[i] == '*' && text[i + 1] == '*') ||
                                (text[i] == '_' && text[i + 1] == '_'))) {
      ++i;
      continue;
    }
    out += text[i];
  }
  return out;
}

std::size_t code_points(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

bool fits(std::string_view text, std::size_t max_chars) { return code_points(text) <= max_chars; }

std::string without_final_stop(std::string_view text) {
  text = trim(text);
  while (text.ends_with('.') && !text.ends_with("..")) text.remove_suffix(1);
  return std::string(trim(text));
}

std::size_t skip_spaces(std::string_view text, std::size_t at) {
  while (at < text.size() && (text[at] == ' ' || text[at] == '\t' || text[at] == '\n')) ++at;
  return at;
}

std::string shorten(std::string_view text, std::size_t max_chars) {
  if (code_points(text) <= max_chars) return std::string(text);
  std::size_t count = 0;
  std::size_t cut = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((byte_at(text, i) & 0xC0) != 0x80) {
      if (count == max_chars - 1) {
        cut = i;
        break;
      }
      ++count;
    }
  }
  const std::size_t space = text.rfind(' ', cut);
  if (space != std::string_view::npos && space + 40 > cut) cut = space;
  return std::string(trim(text.substr(0, cut))) + "…";
}

namespace {

// Words after which a full stop does not end a sentence.
bool is_abbreviation(std::string_view lower_word) {
  static const std::array<std::string_view, 44> k_abbreviations{
      "f.eks", "eks", "dvs", "kl", "ca", "nr", "bl.a", "mnd", "e.g", "i.e", "mr", "mrs",
      "ms", "dr", "st", "vs", "jf", "jfr", "evt", "pkt", "tlf", "inkl", "ref", "no", "nos",
      "prof", "avd", "mv", "osv", "m.m", "m.fl", "a.m", "p.m", "ang", "vedr", "iht", "pga",
      "fig", "sak", "ps", "z.b", "u.a", "bzw", "ggf"};
  if (lower_word.size() == 1) return true;  // an initial: "K. Ahmed"
  return std::find(k_abbreviations.begin(), k_abbreviations.end(), lower_word) !=
         k_abbreviations.end();
}

bool opens_sentence(std::string_view text, std::size_t at) {
  if (at >= text.size()) return false;
  const char c = text[at];
  if (is_digit(c) || c == '*' || c == '"' || c == '(' || c == '_') return true;
  const std::string_view rest = text.substr(at);
  if (rest.starts_with("«") || rest.starts_with("“") || rest.starts_with("„")) return true;
  return starts_upper(rest);
}

}  // namespace

std::vector<Span> sentences(std::string_view text) {
  std::vector<Span> spans;
  std::size_t begin = 0;
  const auto add = [&](std::size_t end) {
    const std::string_view piece = text.substr(begin, end - begin);
    const std::size_t lead = piece.find_first_not_of(" \t\n");
    if (lead != std::string_view::npos) {
      const std::size_t tail = piece.find_last_not_of(" \t\n");
      spans.push_back({begin + lead, begin + tail + 1});
    }
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c != '.' && c != '!' && c != '?') continue;
    std::size_t end = i + 1;
    while (end < text.size() && (text[end] == '*' || text[end] == '"' || text[end] == ')' ||
                                 text[end] == '\'' || text[end] == '_')) {
      ++end;
    }
    if (end < text.size() && text.substr(end).starts_with("»")) end += 2;
    if (end >= text.size() || (text[end] != ' ' && text[end] != '\n' && text[end] != '\t')) continue;
    std::size_t next = end;
    while (next < text.size() && (text[next] == ' ' || text[next] == '\n' || text[next] == '\t')) {
      ++next;
    }
    if (!opens_sentence(text, next)) continue;
    if (c == '.') {
      std::size_t word_begin = i;
      while (word_begin > 0 && text[word_begin - 1] != ' ' && text[word_begin - 1] != '\n' &&
             text[word_begin - 1] != '(' && text[word_begin - 1] != '\t') {
        --word_begin;
      }
      const std::string word = lower(text.substr(word_begin, i - word_begin));
      if (word.empty() || is_abbreviation(trim_chars(word, "*_\"("))) continue;
      // "24. mars" is a date, "Sak 3." a number: a number before the stop keeps the sentence.
      if (std::all_of(word.begin(), word.end(), [](char d) { return is_digit(d); })) continue;
    }
    add(end);
    begin = end;
  }
  add(text.size());
  return spans;
}

}  // namespace minutes::import_detail
