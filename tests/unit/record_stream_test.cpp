#include "minutes/record_stream.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <atomic>
#include <filesystem>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "test_files.hpp"

using namespace minutes;
namespace fs = std::filesystem;

namespace {

const std::string k_valid = "title: Weekly sync\ndate: 2024-05-02\n";

// Every step of a walk, as "path" or "path: problem" ("-" for standard input marked "<stdin>").
std::vector<std::string> walk(std::vector<std::string> paths) {
  SourceWalker walker(std::move(paths));
  std::vector<std::string> steps;
  while (std::optional<SourceWalker::Step> step = walker.next()) {
    std::string line = step->source.is_stdin ? "<stdin>" : step->source.path;
    if (!step->problem.empty()) line += ": " + step->problem;
    steps.push_back(std::move(line));
  }
  // Once done, the walker stays done.
  CHECK_FALSE(walker.next().has_value());
  return steps;
}

void make_folder(const fs::path& path) { fs::create_directories(path); }

// What stream_records handed over, in the order it did.
struct Seen {
  std::size_t index;
  std::string name;
  bool valid;
  bool has_meeting;
  bool path_problem;
  bool is_output;
  std::string prepared;
};

// Everything but the index, on one line, so that a failed check shows which input differs.
std::string describe(const Seen& seen) {
  return fmt::format("{} valid={} meeting={} path_problem={} output={} prepared=\"{}\"", seen.name,
                     seen.valid, seen.has_meeting, seen.path_problem, seen.is_output,
                     seen.prepared);
}

void check_same(const std::vector<Seen>& seen, const std::vector<Seen>& expected) {
  REQUIRE(seen.size() == expected.size());
  for (std::size_t i = 0; i < seen.size(); ++i) {
    CAPTURE(i);
    CHECK(describe(seen[i]) == describe(expected[i]));
  }
}

// StreamedRecord::index of each input handed over.
std::vector<std::size_t> indexes(const std::vector<Seen>& seen) {
  std::vector<std::size_t> out;
  for (const Seen& s : seen) out.push_back(s.index);
  return out;
}

// The stream over `options`, with `prepare` returning the meeting's title and counting its calls.
std::vector<Seen> stream(const StreamOptions& options, std::atomic<int>& prepared,
                         std::set<std::string>* prepared_names = nullptr) {
  std::vector<Seen> seen;
  std::mutex names_mutex;
  stream_records<std::string>(
      options,
      [&](const StreamedRecord& record) {
        ++prepared;
        if (prepared_names) {
          const std::lock_guard lock(names_mutex);
          prepared_names->insert(record.name);
        }
        return record.meeting->title;
      },
      [&](StreamedRecord record, std::string title) {
        seen.push_back(Seen{record.index, record.name, record.valid(), record.meeting.has_value(),
                            record.path_problem, record.is_output, std::move(title)});
      });
  return seen;
}

// 50 records r00.yaml .. r49.yaml; those with i % 7 == 3 are invalid in one of three ways.
std::string record_text(int i) {
  if (i % 7 != 3) return fmt::format("title: Meeting {}\ndate: 2024-05-02\n", i);
  switch (i % 3) {
    case 0:
      return fmt::format("title: Meeting {}\n", i);  // no date
    case 1:
      return "title: [\n";  // not YAML
    default:
      return fmt::format("title: Meeting {}\ndate: 2024-02-30\n", i);  // no such day
  }
}

}  // namespace

TEST_CASE("SourceWalker: folders sorted and recursive, hidden, ignored and other files skipped") {
  const test::TempDir dir;
  const fs::path root = dir.path() / "minutes";
  make_folder(root / "sub");
  make_folder(root / "z");
  make_folder(root / ".git");
  make_folder(root / "drafts");
  make_folder(root / "sub" / "deeper");
  dir.write("minutes/b.yaml", k_valid);
  dir.write("minutes/a.yml", k_valid);
  dir.write("minutes/notes.txt", k_valid);      // not *.yaml / *.yml: skipped in a folder
  dir.write("minutes/c.YAML", k_valid);         // extensions are case-sensitive
  dir.write("minutes/.hidden.yaml", k_valid);   // hidden
  dir.write("minutes/.git/x.yaml", k_valid);    // inside a hidden folder
  dir.write("minutes/drafts/d.yaml", k_valid);  // a folder named in .minutesignore
  dir.write("minutes/draft-1.yaml", k_valid);   // a file matching a pattern
  dir.write("minutes/.minutesignore", "# not this\ndrafts/\ndraft-*.yaml\n\n");
  dir.write("minutes/sub.yaml", k_valid);  // after the folder "sub" and everything in it
  dir.write("minutes/sub/c.yaml", k_valid);
  dir.write("minutes/sub/d.yaml", k_valid);
  dir.write("minutes/sub/e.yaml", k_valid);
  dir.write("minutes/sub/.minutesignore", "d.yaml\n");
  dir.write("minutes/sub/deeper/f.yml", k_valid);
  dir.write("minutes/z/draft-2.yaml", k_valid);  // the root's .minutesignore is not z's
  fs::create_directory_symlink(root / "sub", root / "link-to-sub");  // not followed
  fs::create_symlink(root / "b.yaml", root / "link.yaml");           // a link to a file is read

  const std::string r = root.string();
  CHECK(walk({r}) == std::vector<std::string>{r + "/a.yml", r + "/b.yaml", r + "/link.yaml",
                                              r + "/sub/c.yaml", r + "/sub/deeper/f.yml",
                                              r + "/sub/e.yaml", r + "/sub.yaml",
                                              r + "/z/draft-2.yaml"});
  // A trailing separator does not double it.
  CHECK(walk({r + "/z/"}) == std::vector<std::string>{r + "/z/draft-2.yaml"});
}

TEST_CASE("SourceWalker: paths named directly are taken as given, problems in their place") {
  const test::TempDir dir;
  const fs::path root = dir.path() / "minutes";
  make_folder(root / "sub");
  dir.write("minutes/notes.txt", k_valid);
  dir.write("minutes/.hidden.yaml", k_valid);
  dir.write("minutes/skipped.yaml", k_valid);
  dir.write("minutes/.minutesignore", "skipped.yaml\n");
  dir.write("minutes/sub/a.yaml", k_valid);
  const std::string r = root.string();

  CHECK(walk({r + "/notes.txt", r + "/missing.yaml", r + "/sub", "-", r + "/.hidden.yaml",
              r + "/skipped.yaml", r + "/gone"}) ==
        std::vector<std::string>{
            r + "/notes.txt",                                // any extension when named
            r + "/missing.yaml: No such file or directory",  // in its place in the order
            r + "/sub/a.yaml",
            "<stdin>",
            r + "/.hidden.yaml",  // hidden, but named
            r + "/skipped.yaml",  // ignored by the folder, but named
            r + "/gone: No such file or directory",
        });
  CHECK(walk({}).empty());

  // A link to a folder named directly is that folder; met in a walk it is skipped.
  fs::create_directory_symlink(root / "sub", dir.path() / "link");
  CHECK(walk({(dir.path() / "link").string()}) ==
        std::vector<std::string>{(dir.path() / "link").string() + "/a.yaml"});
}

TEST_CASE("stream_records: the same records in the same order for 1 and 4 jobs") {
  const test::TempDir dir;
  const fs::path root = dir.path() / "records";
  make_folder(root);
  std::vector<Seen> expected;
  std::size_t valid = 0;
  for (int i = 0; i < 50; ++i) {
    const std::string name = fmt::format("r{:02}.yaml", i);
    dir.write("records/" + name, record_text(i));
    const bool ok = i % 7 != 3;
    valid += ok;
    expected.push_back(Seen{static_cast<std::size_t>(i), (root / name).string(), ok, ok, false,
                            false, ok ? fmt::format("Meeting {}", i) : std::string()});
  }
  const std::string missing = (dir.path() / "missing").string();
  expected.push_back(Seen{50, missing, false, false, true, false, ""});
  CHECK(valid == 43);

  for (unsigned jobs : {1u, 4u}) {
    CAPTURE(jobs);
    StreamOptions options;
    options.paths = {root.string(), missing};
    options.jobs = jobs;
    std::atomic<int> prepared = 0;
    std::set<std::string> prepared_names;
    const std::vector<Seen> seen = stream(options, prepared, &prepared_names);
    check_same(seen, expected);
    CHECK(indexes(seen) == indexes(expected));  // 0, 1, ... 50: the input order
    // prepare() ran once for each valid record and for no other.
    CHECK(prepared == 43);
    std::set<std::string> valid_names;
    for (const Seen& s : expected) {
      if (s.valid) valid_names.insert(s.name);
    }
    CHECK(prepared_names == valid_names);
  }
}

TEST_CASE("stream_records: what an invalid record and a missing path carry") {
  const test::TempDir dir;
  const fs::path bad = dir.write("bad.yaml", "title: T\ndate: 2024-02-30\nlocation: Hall\n");
  StreamOptions options;
  options.paths = {bad.string(), (dir.path() / "nope.yaml").string()};
  std::vector<StreamedRecord> records;
  stream_records<int>(
      options, [](const StreamedRecord&) { return 1; },
      [&](StreamedRecord record, int prepared) {
        CHECK(prepared == 0);  // never prepared: default-constructed
        records.push_back(std::move(record));
      });
  REQUIRE(records.size() == 2);
  CHECK(records[0].index == 0);
  CHECK(records[0].name == bad.string());
  CHECK(records[0].failure.empty());
  CHECK_FALSE(records[0].path_problem);
  CHECK_FALSE(records[0].valid());
  CHECK_FALSE(records[0].meeting.has_value());
  REQUIRE_FALSE(records[0].diagnostics.empty());
  CHECK(records[0].diagnostics[0].position.line == 2);
  // Only the lines the diagnostics point at are kept.
  CHECK(records[0].source_lines == std::map<int, std::string>{{2, "date: 2024-02-30"}});

  CHECK(records[1].index == 1);
  CHECK(records[1].failure == "No such file or directory");
  CHECK(records[1].path_problem);
  CHECK_FALSE(records[1].valid());
  CHECK(records[1].diagnostics.empty());
}

TEST_CASE("stream_records: a record larger than --max-size is invalid and not prepared") {
  const test::TempDir dir;
  const fs::path big = dir.write("big.yaml", k_valid);
  StreamOptions options;
  options.paths = {big.string()};
  options.max_size = 10;
  std::atomic<int> prepared = 0;
  const std::vector<Seen> seen = stream(options, prepared);
  REQUIRE(seen.size() == 1);
  CHECK_FALSE(seen[0].valid);
  CHECK(prepared == 0);

  std::vector<StreamedRecord> records;
  stream_records<int>(
      options, [](const StreamedRecord&) { return 1; },
      [&](StreamedRecord record, int) { records.push_back(std::move(record)); });
  REQUIRE(records.size() == 1);
  REQUIRE(records[0].diagnostics.size() == 1);
  CHECK(records[0].diagnostics[0].rule == "limit");
  CHECK(records[0].diagnostics[0].message ==
        "the file is 36 bytes; a record may have at most 10 bytes (see --max-size)");
}

TEST_CASE("stream_records: inputs that are the output file are marked, under any name") {
  const test::TempDir dir;
  make_folder(dir.path() / "in");
  const fs::path target = dir.write("in/b.yaml", k_valid);
  dir.write("in/a.yaml", k_valid);
  dir.write("in/c.yaml", k_valid);
  fs::create_hard_link(target, dir.path() / "in" / "d.yaml");  // the same file, another name
  const std::optional<FileIdentity> identity = identity_of(target);
  REQUIRE(identity.has_value());

  StreamOptions options;
  options.paths = {(dir.path() / "in").string(),
                   (dir.path() / "in" / ".." / "in" / "b.yaml").string()};
  options.output = identity;
  for (unsigned jobs : {1u, 3u}) {
    CAPTURE(jobs);
    options.jobs = jobs;
    std::atomic<int> prepared = 0;
    std::vector<std::string> marked;
    std::vector<std::string> names;
    for (const Seen& s : stream(options, prepared)) {
      names.push_back(fs::path(s.name).filename().string());
      if (s.is_output) marked.push_back(s.name);
    }
    CHECK(names == std::vector<std::string>{"a.yaml", "b.yaml", "c.yaml", "d.yaml", "b.yaml"});
    const std::string in = (dir.path() / "in").string();
    CHECK(marked ==
          std::vector<std::string>{in + "/b.yaml", in + "/d.yaml",
                                   (dir.path() / "in" / ".." / "in" / "b.yaml").string()});
  }

  // Without an output nothing is marked.
  options.output.reset();
  std::atomic<int> prepared = 0;
  for (const Seen& s : stream(options, prepared)) CHECK_FALSE(s.is_output);
}

TEST_CASE("lines_for keeps the lines diagnostics point at, cut at 200 bytes between characters") {
  const auto at = [](int line) { return Diagnostic{{line, 1}, "", "rule", Severity::error, "m"}; };
  CHECK(lines_for("a\nb\nc\n", {at(2), at(3), at(2)}) ==
        std::map<int, std::string>{{2, "b"}, {3, "c"}});
  CHECK(lines_for("a\nb", {at(1), at(9)}) == std::map<int, std::string>{{1, "a"}});
  CHECK(lines_for("a\n", {}).empty());
  // 199 ASCII bytes, then "ø" (bytes 200 and 201): the cut falls inside it, so it goes.
  const std::string long_line = std::string(199, 'x') + "ø" + std::string(50, 'y');
  CHECK(lines_for("t\n" + long_line + "\n", {at(2)}) ==
        std::map<int, std::string>{{2, std::string(199, 'x')}});
  CHECK(lines_for(std::string(300, 'z'), {at(1)}) ==
        std::map<int, std::string>{{1, std::string(200, 'z')}});
}
