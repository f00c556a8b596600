#pragma once

#include <string>
#include <string_view>

namespace minutes {

// `text` as a JSON string literal (RFC 8259), quotes included. UTF-8 passes through as is; only
// `"`, `\`, control characters (U+0000..U+001F, U+007F) and U+2028/U+2029 are escaped. Bytes
// that are not valid UTF-8 become U+FFFD, so the output is always valid UTF-8.
std::string json_quote(std::string_view text);

}  // namespace minutes
