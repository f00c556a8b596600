#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace minutes {

// Names a string kept in a TextPool. 0 is always the empty string.
using TextId = std::uint32_t;

// The text that reports keep over many records (titles, names, decisions, tags): each distinct
// string is stored once, packed into large blocks, and named by a 32-bit id. A report over
// 100,000 records repeats the same organisers, owners and titles thousands of times; a pool
// keeps one copy and four bytes per use, instead of a std::string (32 bytes and a heap block)
// per use. Moving a pool keeps every string where it is, so string_views into it stay valid.
class TextPool {
 public:
  TextPool();
  TextPool(TextPool&&) noexcept = default;
  TextPool& operator=(TextPool&&) noexcept = default;
  TextPool(const TextPool&) = delete;
  TextPool& operator=(const TextPool&) = delete;

  // The id of `text`, storing it when it is new.
  TextId intern(std::string_view text);
  std::string_view operator[](TextId id) const { return m_texts[id]; }
  // The number of distinct strings, the empty one included.
  std::size_t size() const { return m_texts.size(); }

 private:
  std::string_view store(std::string_view text);

  std::vector<std::unique_ptr<char[]>> m_blocks;
  std::size_t m_free = 0;   // bytes left in the last block
  char* m_next = nullptr;   // where the next string goes in it
  std::vector<std::string_view> m_texts;
  std::unordered_map<std::string_view, TextId> m_ids;
};

}  // namespace minutes
