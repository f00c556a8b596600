#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "minutes/model.hpp"

namespace minutes::testing {

// One output of one record through one registry row.
struct RenderedOutput {
  std::string what;    // "html (document, nb)": for messages
  std::string format;  // the row's name, for output_problem
  std::string error;   // "" when the emitter succeeded
  std::string bytes;
};

// A valid record through every registry row, with the inputs render, summary and actions build
// (the summary and the action register over this one record), document formats once per label
// language in `languages`. Rows added to the registry are covered without a change here.
std::vector<RenderedOutput> render_everything(std::string_view source_name, const Meeting& meeting,
                                              const std::vector<std::string>& languages);

// What is wrong with an output, or "": bytes that are not UTF-8; a control character other than
// tab and line feed (carriage return too in csv and ics, whose line ends are CR LF); in html
// and markdown, a script element or a javascript: link that a browser or Markdown reader would
// make active.
std::string output_problem(std::string_view format, std::string_view bytes);

}  // namespace minutes::testing
