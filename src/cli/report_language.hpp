#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace minutes::cli {

// The language most records are written in; ties go to the one read first. Reports over many
// records use it for their labels unless --lang says otherwise.
class LanguageTally {
 public:
  void add(std::string_view language);
  // A language with labels: the most common one that has them, else English. `warning` says
  // so when the most common one has none.
  std::string most_common(std::string& warning) const;

 private:
  std::vector<std::pair<std::string, std::size_t>> m_counts;
};

}  // namespace minutes::cli
