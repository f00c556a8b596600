#pragma once

#include <cstddef>

namespace minutes {

// Limits on Markdown fields (summary, agenda notes) before they reach cmark. Debian 12 ships cmark
// 0.30.2 without the fixes for its quadratic inputs (0.30.3, 0.31.0): nested lists take 0.42 s
// for 16 KiB and 5.6 s for 60 KB, and 64 fields of 16 KiB took 27 s, so both a per-field and a
// per-record limit are needed (reliability.md §3, R7). Counted in Unicode code points, the unit
// of the schema's `maxLength: 16384`. Validation checks both (the schema the first, the rule
// `markdown-total` the second), so every record that validates also renders; the emitters check
// them again because they also take documents that no record was validated for.
inline constexpr std::size_t k_max_markdown_field_chars = 16 * 1024;
inline constexpr std::size_t k_max_markdown_document_chars = 128 * 1024;

}  // namespace minutes
