#include "minutes/text_pool.hpp"

#include <cstring>
#include <limits>
#include <stdexcept>

namespace minutes {
namespace {

constexpr std::size_t k_block_bytes = 64 * 1024;

}  // namespace

TextPool::TextPool() { m_texts.emplace_back(); }

std::string_view TextPool::store(std::string_view text) {
  if (text.size() > m_free) {
    // A text longer than a block gets a block of its own; the current block stays in use.
    if (text.size() > k_block_bytes) {
      m_blocks.push_back(std::make_unique<char[]>(text.size()));
      std::memcpy(m_blocks.back().get(), text.data(), text.size());
      return {m_blocks.back().get(), text.size()};
    }
    m_blocks.push_back(std::make_unique<char[]>(k_block_bytes));
    m_next = m_blocks.back().get();
    m_free = k_block_bytes;
  }
  std::memcpy(m_next, text.data(), text.size());
  const std::string_view stored(m_next, text.size());
  m_next += text.size();
  m_free -= text.size();
  return stored;
}

TextId TextPool::intern(std::string_view text) {
  if (text.empty()) return 0;
  if (const auto found = m_ids.find(text); found != m_ids.end()) return found->second;
  if (m_texts.size() >= std::numeric_limits<TextId>::max()) {
    throw std::length_error("TextPool: more than 2^32 distinct strings");
  }
  const std::string_view stored = store(text);
  const auto id = static_cast<TextId>(m_texts.size());
  m_texts.push_back(stored);
  m_ids.emplace(stored, id);
  return id;
}

}  // namespace minutes
