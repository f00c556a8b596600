// The promise of `minutes validate`: a record it accepts renders in every format, and every
// output is UTF-8, holds no control character it may not, and nothing that would run. Checked
// over every record the repository has: examples/, tests/ (goldens, imports, fixtures) and the
// fuzz corpus. Usage: validates_renders SOURCE_DIR
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "minutes/check.hpp"
#include "minutes/labels.hpp"
#include "render_everything.hpp"

namespace fs = std::filesystem;

namespace {

bool is_candidate(const fs::path& path, bool any_extension) {
  const std::string extension = path.extension().string();
  return any_extension || extension == ".yaml" || extension == ".yml";
}

std::vector<fs::path> inputs_under(const fs::path& root) {
  std::vector<fs::path> found;
  const fs::path corpus = root / "tests" / "fuzz" / "corpus";
  for (const fs::path& folder : {root / "examples", root / "tests"}) {
    for (const auto& entry : fs::recursive_directory_iterator(folder)) {
      if (!entry.is_regular_file()) continue;
      const bool in_corpus = entry.path().string().starts_with(corpus.string());
      if (is_candidate(entry.path(), in_corpus)) found.push_back(entry.path());
    }
  }
  std::sort(found.begin(), found.end());
  return found;
}

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: validates_renders SOURCE_DIR\n");
    return 2;
  }
  const fs::path root = argv[1];
  std::vector<std::string> languages;
  for (const std::string_view language : minutes::label_languages()) languages.emplace_back(language);

  std::size_t files = 0, valid = 0, outputs = 0;
  std::vector<std::string> failures;
  for (const fs::path& path : inputs_under(root)) {
    ++files;
    const minutes::CheckedRecord record = minutes::check_record(read_bytes(path));
    if (!record.valid()) continue;
    ++valid;
    const std::string name = fs::relative(path, root).string();
    for (const auto& output : minutes::testing::render_everything(name, *record.meeting, languages)) {
      ++outputs;
      if (!output.error.empty()) {
        failures.push_back(fmt::format("{}: {}: valid, but not rendered: {}", name, output.what, output.error));
      } else if (const std::string problem = minutes::testing::output_problem(output.format, output.bytes);
                 !problem.empty()) {
        failures.push_back(fmt::format("{}: {}: {}", name, output.what, problem));
      }
    }
  }
  for (const std::string& failure : failures) std::printf("%s\n", failure.c_str());
  std::printf("%zu files, %zu valid, %zu outputs checked, %zu problems\n", files, valid, outputs,
              failures.size());
  // Guards against a walk that silently finds nothing (a moved folder would pass vacuously).
  if (valid < 10) {
    std::printf("expected at least 10 valid records under %s\n", root.c_str());
    return 1;
  }
  return failures.empty() ? 0 : 1;
}
