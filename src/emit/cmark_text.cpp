#include "emit/cmark_text.hpp"

#include <cctype>
#include <cstdlib>
#include <memory>
#include <vector>

#include <cmark.h>
#include <fmt/format.h>

#include "minutes/limits.hpp"
#include "emit/safe_url.hpp"

namespace minutes {
namespace {

struct NodeDeleter {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct IterDeleter {
  void operator()(cmark_iter* iter) const { cmark_iter_free(iter); }
};
struct CharDeleter {
  void operator()(char* text) const { std::free(text); }
};
using NodePtr = std::unique_ptr<cmark_node, NodeDeleter>;

std::size_t code_points(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  }
  return count;
}

std::string_view url_of(cmark_node* node) {
  const char* url = cmark_node_get_url(node);
  return url ? std::string_view(url) : std::string_view();
}

bool is_inside_link(cmark_node* node) {
  for (cmark_node* up = cmark_node_parent(node); up; up = cmark_node_parent(up)) {
    if (cmark_node_get_type(up) == CMARK_NODE_LINK) return true;
  }
  return false;
}

// Moves the children of `node` to where it stands and frees it.
void unwrap(cmark_node* node) {
  while (cmark_node* child = cmark_node_first_child(node)) cmark_node_insert_before(node, child);
  cmark_node_free(node);
}

void image_to_link(cmark_node* image) {
  if (is_inside_link(image)) {
    unwrap(image);
    return;
  }
  cmark_node* link = cmark_node_new(CMARK_NODE_LINK);
  const std::string_view url = url_of(image);
  cmark_node_set_url(link, is_safe_url(url) ? std::string(url).c_str() : "");
  if (const char* title = cmark_node_get_title(image)) cmark_node_set_title(link, title);
  while (cmark_node* child = cmark_node_first_child(image)) cmark_node_append_child(link, child);
  cmark_node_insert_before(image, link);
  cmark_node_free(image);
}

// A URL for cmark's CommonMark renderer, which writes `&` in a destination as it is: a URL
// holding the text `&#106;avascript:` (relative, so allowed) would be read back as
// `javascript:`. An `&` that starts an entity (`&#...`, `&name;`) becomes %26.
std::string without_entities(std::string_view url) {
  std::string out;
  for (std::size_t i = 0; i < url.size(); ++i) {
    if (url[i] != '&') {
      out += url[i];
      continue;
    }
    std::size_t end = i + 1;
    while (end < url.size() && std::isalnum(static_cast<unsigned char>(url[end]))) ++end;
    const bool entity = (i + 1 < url.size() && url[i + 1] == '#') ||
                        (end > i + 1 && end < url.size() && url[end] == ';');
    out += entity ? "%26" : "&";
  }
  return out;
}

// The iterator must not see its tree change shape, so nodes to remove or replace are collected
// first. Setting a URL is not a change of shape.
void clean(cmark_node* root, MarkdownTarget target) {
  std::vector<cmark_node*> raw_html;
  std::vector<cmark_node*> images;
  std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(root));
  for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
    if (event != CMARK_EVENT_ENTER) continue;
    cmark_node* node = cmark_iter_get_node(iter.get());
    const cmark_node_type type = cmark_node_get_type(node);
    switch (type) {
      case CMARK_NODE_HTML_BLOCK:
      case CMARK_NODE_HTML_INLINE:
        raw_html.push_back(node);
        break;
      case CMARK_NODE_LINK:
        if (!is_safe_url(url_of(node))) cmark_node_set_url(node, "");
        break;
      case CMARK_NODE_IMAGE:
        if (!is_relative_url(url_of(node))) images.push_back(node);
        break;
      default:
        break;
    }
    if (target == MarkdownTarget::commonmark &&
        (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE)) {
      cmark_node_set_url(node, without_entities(url_of(node)).c_str());
    }
  }
  iter.reset();
  for (cmark_node* node : raw_html) cmark_node_free(node);
  for (cmark_node* image : images) image_to_link(image);  // outer images first: enter order
}

std::string too_long(std::string_view what, std::size_t length, std::size_t limit) {
  return fmt::format(
      "{} has {} characters; the limit is {} (longer Markdown is too slow to render safely)", what,
      length, limit);
}

tl::expected<std::size_t, std::string> markdown_length(const std::vector<doc::Block>& blocks) {
  std::size_t total = 0;
  for (const doc::Block& block : blocks) {
    if (const auto* text = std::get_if<doc::MarkdownText>(&block.content)) {
      const std::size_t length = code_points(text->source);
      if (length > k_max_markdown_field_chars) {
        return tl::unexpected(too_long("a Markdown field", length, k_max_markdown_field_chars));
      }
      total += length;
    } else if (const auto* list = std::get_if<doc::List>(&block.content)) {
      for (const doc::ListItem& item : list->items) {
        const auto nested = markdown_length(item.children);
        if (!nested) return nested;
        total += *nested;
      }
    }
  }
  return total;
}

}  // namespace

tl::expected<std::string, std::string> render_markdown(std::string_view source,
                                                       MarkdownTarget target) {
  if (const std::size_t length = code_points(source); length > k_max_markdown_field_chars) {
    return tl::unexpected(too_long("a Markdown field", length, k_max_markdown_field_chars));
  }
  const NodePtr root(cmark_parse_document(source.data(), source.size(),
                                          CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8));
  if (!root) return tl::unexpected(std::string("cmark could not parse a Markdown field"));
  clean(root.get(), target);
  const std::unique_ptr<char, CharDeleter> rendered(
      target == MarkdownTarget::html ? cmark_render_html(root.get(), CMARK_OPT_DEFAULT)
                                     : cmark_render_commonmark(root.get(), CMARK_OPT_DEFAULT, 0));
  std::string text = rendered ? std::string(rendered.get()) : std::string();
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

tl::expected<void, std::string> check_markdown_limits(const doc::Document& document) {
  const auto total = markdown_length(document.blocks);
  if (!total) return tl::unexpected(total.error());
  if (*total > k_max_markdown_document_chars) {
    return tl::unexpected(
        too_long("the Markdown of this record", *total, k_max_markdown_document_chars));
  }
  return {};
}

}  // namespace minutes
