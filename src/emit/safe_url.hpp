#pragma once

#include <string>
#include <string_view>

namespace minutes {

// The URL allowlist of every emitter that writes links (reliability.md R8, R9).
//
// True for http:, https: and mailto: URLs (scheme in any case) and for relative references
// (no scheme: `notes.html`, `../a/b`, `#top`, `?q`). False for every other scheme
// (`javascript:`, `data:`, `file:`, `vbscript:`, ...), for protocol-relative `//host` (it
// leaves the site like an absolute URL), for the empty string, and for anything a browser
// would clean up before it reads the scheme: ASCII control characters anywhere (browsers drop
// TAB and LF, so `java<TAB>script:` is `javascript:`), a leading or trailing space, and `\`
// (browsers read it as `/`, so `\\host` and `/\host` are protocol-relative too).
// The check works on the URL as the browser gets it: callers decode entities first (cmark
// does) or escape `&` when they write it (the emitters do), never both.
bool is_safe_url(std::string_view url);

// A safe URL without a scheme: points into the same site (or the same directory on disk).
bool is_relative_url(std::string_view url);

// `url` with the ASCII characters a URL may not hold as written (space, " < > ` ^ { | }) as
// %XX, so the HTML checker accepts it and Markdown needs no angle brackets. Everything else,
// `%` and non-ASCII (IRIs) included, stays: a browser reads the result as the same URL.
std::string encode_url(std::string_view url);

}  // namespace minutes
