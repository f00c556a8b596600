// libFuzzer target for the promise of `minutes validate`: bytes that validate render through
// every registry row without an error, and every output is UTF-8 without control characters or
// active content (tests/support/render_everything.hpp). A broken promise aborts with the reason.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "minutes/check.hpp"
#include "render_everything.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 64 * 1024) return 0;
  const minutes::CheckedRecord record =
      minutes::check_record(std::string(reinterpret_cast<const char*>(data), size));
  if (!record.valid()) return 0;
  // Two label languages keep each run short; the property test covers all four.
  for (const auto& output : minutes::testing::render_everything("fuzz.yaml", *record.meeting, {"en", "nb"})) {
    std::string problem = output.error.empty()
                              ? minutes::testing::output_problem(output.format, output.bytes)
                              : "valid, but not rendered: " + output.error;
    if (!problem.empty()) {
      std::fprintf(stderr, "%s: %s\n", output.what.c_str(), problem.c_str());
      std::abort();
    }
  }
  return 0;
}
