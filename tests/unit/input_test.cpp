#include "minutes/input.hpp"

#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <future>
#include <string>
#include <thread>

#include "test_files.hpp"

using minutes::Diagnostics;
using minutes::Position;
using minutes::test::TempDir;
using namespace std::string_literals;

namespace {

const std::string k_utf8_advice = "; save the file as UTF-8 (it may be Latin-1 or Windows-1252)";
const std::string k_control_advice = "; only tab and line breaks are allowed";

// The one problem `text` has: where and what.
void check_single_problem(std::string text, Position position, const std::string& message) {
  const Diagnostics problems = minutes::check_and_normalise_text(text);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].position == position);
  CHECK(problems[0].rule == "encoding");
  CHECK(problems[0].severity == minutes::Severity::error);
  CHECK(problems[0].pointer.empty());
  CHECK(problems[0].message == message);
}

}  // namespace

TEST_CASE("check_and_normalise_text accepts UTF-8 and normalises line ends") {
  SUBCASE("plain UTF-8 passes unchanged") {
    std::string text = "title: Dialogmøte med næringslivet\ndate: 2020-02-25\n\tnote: tab\n";
    const std::string before = text;
    CHECK(minutes::check_and_normalise_text(text).empty());
    CHECK(text == before);
  }
  SUBCASE("four-byte characters are UTF-8 too") {
    std::string text = "title: \xF0\x9F\x8E\x89 party\n";  // U+1F389
    CHECK(minutes::check_and_normalise_text(text).empty());
  }
  SUBCASE("a leading byte-order mark is removed") {
    std::string text = "\xEF\xBB\xBFtitle: BOM\n";
    CHECK(minutes::check_and_normalise_text(text).empty());
    CHECK(text == "title: BOM\n");
  }
  SUBCASE("CR LF and lone CR become LF") {
    std::string text = "a: 1\r\nb: 2\rc: 3\n\rd: 4\r";
    CHECK(minutes::check_and_normalise_text(text).empty());
    CHECK(text == "a: 1\nb: 2\nc: 3\n\nd: 4\n");
  }
  SUBCASE("an empty text is fine") {
    std::string text;
    CHECK(minutes::check_and_normalise_text(text).empty());
  }
}

TEST_CASE("check_and_normalise_text rejects other encodings at once") {
  const std::string utf16 = "the file is UTF-16; save it as UTF-8";
  const std::string utf32 = "the file is UTF-32; save it as UTF-8";
  SUBCASE("UTF-16 with a byte-order mark") {
    check_single_problem("\xFF\xFEt\0i\0"s, {1, 1}, utf16);
    check_single_problem("\xFE\xFF\0t\0i"s, {1, 1}, utf16);
  }
  SUBCASE("UTF-16 without a byte-order mark") {
    check_single_problem("t\0i\0t\0l\0e\0"s, {1, 1}, utf16);
    check_single_problem("\0t\0i\0t\0l\0e"s, {1, 1}, utf16);
  }
  SUBCASE("UTF-32 with a byte-order mark") {
    check_single_problem("\xFF\xFE\0\0t\0\0\0"s, {1, 1}, utf32);
    check_single_problem("\0\0\xFE\xFF\0\0\0t"s, {1, 1}, utf32);
  }
  SUBCASE("UTF-32 without a byte-order mark") {
    check_single_problem("t\0\0\0i\0\0\0"s, {1, 1}, utf32);
    check_single_problem("\0\0\0t\0\0\0i"s, {1, 1}, utf32);
  }
}

TEST_CASE("check_and_normalise_text reports bad bytes at their line and column") {
  SUBCASE("a byte-order mark in the middle") {
    check_single_problem("a: 1\nb: \xEF\xBB\xBFx\n", {2, 4},
                         "a byte-order mark (U+FEFF) inside the text; it is only allowed at the "
                         "start");
  }
  SUBCASE("a second byte-order mark right after the first") {
    check_single_problem("\xEF\xBB\xBF\xEF\xBB\xBFtitle: x\n", {1, 1},
                         "a byte-order mark (U+FEFF) inside the text; it is only allowed at the "
                         "start");
  }
  SUBCASE("NUL") {
    check_single_problem("title: a\0b\n"s, {1, 9}, "a NUL byte; a record is text and holds none");
  }
  SUBCASE("C0 control characters other than tab and line breaks") {
    check_single_problem("title: a\x1b[31mred\n", {1, 9},
                         "the control character \\x1b" + k_control_advice);
    check_single_problem("a: 1\n\x0c", {2, 1}, "the control character \\x0c" + k_control_advice);
    check_single_problem("a: \x01", {1, 4}, "the control character \\x01" + k_control_advice);
  }
  SUBCASE("DEL") {
    check_single_problem("x\r\nab\x7f", {2, 3}, "the control character \\x7f" + k_control_advice);
  }
  SUBCASE("Latin-1 text") {
    check_single_problem("title: Bl\xE5\x62\xE6r\n", {1, 10},
                         "invalid UTF-8 (byte \\xe5)" + k_utf8_advice);
  }
  SUBCASE("columns count characters, not bytes") {
    check_single_problem("tittel: Blåbær \xFF\n", {1, 16},
                         "invalid UTF-8 (byte \\xff)" + k_utf8_advice);
  }
  SUBCASE("line numbers count CR LF and lone CR as one line end each") {
    check_single_problem("a\r\nb\rc\r\n\xC3", {4, 1}, "invalid UTF-8 (byte \\xc3)" + k_utf8_advice);
  }
  SUBCASE("an overlong encoding") {
    check_single_problem("a: \xC0\xBC\n", {1, 4}, "invalid UTF-8 (byte \\xc0)" + k_utf8_advice);
    check_single_problem("a: \xE0\x80\xBC\n", {1, 4}, "invalid UTF-8 (byte \\xe0)" + k_utf8_advice);
  }
  SUBCASE("a UTF-16 surrogate written as UTF-8") {
    check_single_problem("a: \xED\xA0\x80\n", {1, 4}, "invalid UTF-8 (byte \\xed)" + k_utf8_advice);
  }
  SUBCASE("a sequence cut short, in the middle and at the end") {
    check_single_problem("a: \xE2\x82x\n", {1, 4}, "invalid UTF-8 (byte \\xe2)" + k_utf8_advice);
    check_single_problem("a: \xE2\x82", {1, 4}, "invalid UTF-8 (byte \\xe2)" + k_utf8_advice);
    check_single_problem("a: \xF0\x9F\x8E", {1, 4}, "invalid UTF-8 (byte \\xf0)" + k_utf8_advice);
  }
  SUBCASE("a continuation byte on its own") {
    check_single_problem("a: \x80\n", {1, 4}, "invalid UTF-8 (byte \\x80)" + k_utf8_advice);
  }
  SUBCASE("code points past U+10FFFF and five-byte forms") {
    check_single_problem("a: \xF4\x90\x80\x80\n", {1, 4},
                         "invalid UTF-8 (byte \\xf4)" + k_utf8_advice);
    check_single_problem("a: \xF8\x88\x80\x80\x80\n", {1, 4},
                         "invalid UTF-8 (byte \\xf8)" + k_utf8_advice);
  }
}

TEST_CASE("check_and_normalise_text reports each kind of problem once, at its first place") {
  std::string text = "æø: \xE9t\x01\0\n\xFF \x02 \0"s;
  const Diagnostics problems = minutes::check_and_normalise_text(text);
  REQUIRE(problems.size() == 3);
  CHECK(problems[0].position == Position{1, 5});
  CHECK(problems[0].message == "invalid UTF-8 (byte \\xe9)" + k_utf8_advice);
  CHECK(problems[1].position == Position{1, 7});
  CHECK(problems[1].message == "the control character \\x01" + k_control_advice);
  CHECK(problems[2].position == Position{1, 8});
  CHECK(problems[2].message == "a NUL byte; a record is text and holds none");
}

TEST_CASE("read_record_file") {
  const TempDir dir;
  const std::size_t limit = 64;

  SUBCASE("a normal file is read whole") {
    const auto path = dir.write("record.yaml", "title: x\ndate: 2024-01-09\n");
    const auto read = minutes::read_record_file(path, limit);
    REQUIRE(read.has_value());
    CHECK_FALSE(read->too_large);
    CHECK(read->bytes == "title: x\ndate: 2024-01-09\n");
    CHECK(read->size == 26);
  }
  SUBCASE("an empty file is read as empty") {
    const auto read = minutes::read_record_file(dir.write("empty.yaml", ""), limit);
    REQUIRE(read.has_value());
    CHECK(read->bytes.empty());
    CHECK_FALSE(read->too_large);
  }
  SUBCASE("a file of exactly the limit is read") {
    const auto read =
        minutes::read_record_file(dir.write("full.yaml", std::string(limit, 'a')), limit);
    REQUIRE(read.has_value());
    CHECK_FALSE(read->too_large);
    CHECK(read->bytes.size() == limit);
  }
  SUBCASE("a file over the limit is not read, but its size is told") {
    const auto read =
        minutes::read_record_file(dir.write("big.yaml", std::string(limit + 1, 'a')), limit);
    REQUIRE(read.has_value());
    CHECK(read->too_large);
    CHECK(read->size == limit + 1);
    CHECK(read->bytes.empty());
  }
  SUBCASE("a directory") {
    const auto read = minutes::read_record_file(dir.path(), limit);
    REQUIRE_FALSE(read.has_value());
    CHECK(read.error().message == "is a directory");
  }
  SUBCASE("a missing file") {
    const auto read = minutes::read_record_file(dir.path() / "missing.yaml", limit);
    REQUIRE_FALSE(read.has_value());
    CHECK(read.error().message == "No such file or directory");
  }
  SUBCASE("a FIFO is refused without waiting for a writer") {
    const auto fifo = dir.path() / "pipe.yaml";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    std::packaged_task<tl::expected<minutes::ReadText, minutes::ReadFailure>()> task(
        [&] { return minutes::read_record_file(fifo, limit); });
    auto future = task.get_future();
    std::thread reader(std::move(task));
    const bool finished = future.wait_for(std::chrono::seconds(5)) == std::future_status::ready;
    if (!finished) {
      // Unblock the reader so that the test fails instead of hanging.
      const int fd = ::open(fifo.c_str(), O_WRONLY | O_NONBLOCK);
      if (fd >= 0) ::close(fd);
    }
    reader.join();
    CHECK(finished);
    const auto read = future.get();
    REQUIRE_FALSE(read.has_value());
    CHECK(read.error().message == "not a regular file (a FIFO, device or socket)");
  }
}

TEST_CASE("read_record_stream stops at the limit") {
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  const std::string payload(20, 'a');
  REQUIRE(::write(fds[1], payload.data(), payload.size()) == 20);
  ::close(fds[1]);
  SUBCASE("over the limit") {
    const auto read = minutes::read_record_stream(fds[0], 10);
    REQUIRE(read.has_value());
    CHECK(read->too_large);
    CHECK(read->bytes.empty());
    CHECK(read->size > 10);
  }
  SUBCASE("within the limit") {
    const auto read = minutes::read_record_stream(fds[0], 20);
    REQUIRE(read.has_value());
    CHECK_FALSE(read->too_large);
    CHECK(read->bytes == payload);
  }
  ::close(fds[0]);
}
