# Turns a file into a C++ source that defines `std::string_view NAME()`, so the binary carries
# its schema and works from any directory. Runs at build time (cmake -P).
file(READ "${INPUT}" content HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${content}")
file(WRITE "${OUTPUT}.tmp"
  "// Generated from ${INPUT_NAME}; do not edit.\n#include <string_view>\n"
  "namespace minutes::embedded {\nnamespace {\nconstexpr char k_bytes[] = {${bytes} '\\0'};\n}\n"
  "std::string_view ${NAME}() { return {k_bytes, sizeof(k_bytes) - 1}; }\n}\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
