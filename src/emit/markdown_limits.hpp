#pragma once

#include <cstddef>

namespace minutes {

// Limits on Markdown fields (doc::MarkdownText) before they reach cmark. Debian 12 ships cmark
// 0.30.2 without the fixes for its quadratic inputs (0.30.3, 0.31.0): nested lists take 0.42 s
// for 16 KiB and 5.6 s for 60 KB, and 64 fields of 16 KiB took 27 s, so both a per-field and a
// per-document limit are needed (reliability.md §3, R7). Counted in Unicode code points, the
// unit of the schema's `maxLength: 16384`, so every record that validates also renders; the
// slow patterns are ASCII, so the time bound is the same as for 16 KiB.
inline constexpr std::size_t k_max_markdown_field_chars = 16 * 1024;
inline constexpr std::size_t k_max_markdown_document_chars = 128 * 1024;

}  // namespace minutes
