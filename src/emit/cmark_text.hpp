#pragma once

#include <string>
#include <string_view>

#include <tl/expected.hpp>

#include "minutes/document.hpp"

namespace minutes {

// Markdown fields through cmark, the same way for every emitter that understands Markdown.
//
// The source is parsed with cmark's defaults plus UTF-8 validation (never the unsafe option),
// then the tree is cleaned before it is rendered:
// - raw HTML (HTML_BLOCK, HTML_INLINE nodes) is removed, not replaced by a comment;
// - a link whose URL fails is_safe_url() gets the URL "" (cmark's own safe-mode answer);
// - an image whose URL is not relative becomes a link to it with the same text, because remote
//   images load without a click (tracking pixels) and `data:` images are not needed; inside a
//   link such an image becomes its text alone (links do not nest);
// - for CommonMark output, an `&` that starts an entity in a URL becomes %26: cmark writes URLs
//   back unescaped, and `&#106;avascript:` would be read again as `javascript:`.
enum class MarkdownTarget { html, commonmark };

// The cleaned field rendered as HTML or as CommonMark, without trailing newlines; an error
// when the field is longer than k_max_markdown_field_chars.
tl::expected<std::string, std::string> render_markdown(std::string_view source,
                                                       MarkdownTarget target);

// An error when one Markdown field of `document` is too long or all of them together are
// longer than k_max_markdown_document_chars (minutes/limits.hpp).
tl::expected<void, std::string> check_markdown_limits(const doc::Document& document);

}  // namespace minutes
