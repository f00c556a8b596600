// libFuzzer target over the whole check: bytes → encoding → YAML → schema → model → rules.
// Any crash, leak, sanitizer report or hang is a bug; the result itself is not inspected.
#include <cstddef>
#include <cstdint>
#include <string>

#include "minutes/check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 256 * 1024) return 0;
  minutes::CheckedRecord checked =
      minutes::check_record(std::string(reinterpret_cast<const char*>(data), size));
  (void)checked.valid();
  return 0;
}
