#pragma once

#include <string>

#include "minutes/document.hpp"

namespace minutes::txt {

// Plain text for e-mail; src/emit/txt.cpp says how each block looks. Streamed: for documents A,
// B and C, opening(A) + blocks(B) + blocks(C) + closing() is the text of one document holding the
// blocks of A, B and C, when A has blocks (it holds the title).
inline constexpr std::size_t k_width = 72;

// The document's blocks (the title is its level-1 heading block).
std::string opening(const doc::Document& document);
// More blocks of the same text.
std::string blocks(const doc::Document& more);
// The end (may be empty).
std::string closing();

}  // namespace minutes::txt
