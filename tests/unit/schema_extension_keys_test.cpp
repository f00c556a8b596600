// x- keys are hidden from valijson for schemas that allow anything under them and look at them
// nowhere else (schema.cpp, tree_adapter.hpp); the results must be as if they were not.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>

#include "minutes/schema.hpp"
#include "minutes/tree.hpp"

using minutes::Schema;

namespace {

std::string problems(const Schema& schema, std::string_view text) {
  const minutes::ParsedDocument parsed = minutes::parse_yaml(text);
  REQUIRE(parsed.diagnostics.empty());
  std::string out;
  for (const minutes::Diagnostic& d : schema.validate(*parsed.root)) {
    out += fmt::format("{} {}; ", d.pointer, d.rule);
  }
  return out;
}

Schema schema(std::string_view text) {
  auto compiled = Schema::from_text(text, {});
  REQUIRE_MESSAGE(compiled.has_value(), (compiled ? "" : compiled.error()));
  return std::move(*compiled);
}

}  // namespace

TEST_CASE("built-in schema: x- keys anywhere are allowed; other unknown keys are still reported") {
  const Schema& builtin = Schema::builtin();
  CHECK(problems(builtin,
                 "title: T\ndate: 2024-05-02\nx-a: {nested: [1, {x-b: 2}]}\n"
                 "participants:\n  - name: Kari\n    x-id: 7\n  - group: g\n    count: 2\n    x-n: null\n"
                 "actions:\n  - task: t\n    x-sak: 1\n"
                 "decisions:\n  - text: d\n    votes: {for: 1, x-how: hands}\n") == "");
  CHECK(problems(builtin, "title: T\ndate: 2024-05-02\nx-a: 1\nlocaton: Room 2\n") == "/locaton unknown-key; ");
  CHECK(problems(builtin, "title: T\ndate: 2024-05-02\nactions:\n  - x-only: 1\n") == "/actions/0 required; ");
  CHECK(problems(builtin, "title: T\ndate: 2024-05-02\nX-a: 1\n") == "/X-a unknown-key; ");
}

TEST_CASE("user schemas that can see x- keys are checked as written") {
  // No patternProperties: an x- key is an additional property.
  CHECK(problems(schema(R"({"type":"object","properties":{"a":{"type":"string"}},"additionalProperties":false})"),
                 "a: b\nx-c: 1\n") == "/x-c unknown-key; ");
  // A pattern property with a constraint.
  CHECK(problems(schema(R"({"type":"object","patternProperties":{"^x-":{"type":"string"}},"additionalProperties":false})"),
                 "x-c: 1\n") != "");
  // A keyword that counts keys.
  CHECK(problems(schema(R"({"type":"object","maxProperties":1,"patternProperties":{"^x-":{}},"additionalProperties":false,"properties":{"a":{}}})"),
                 "a: 1\nx-c: 1\n") != "");
  // The optimised shape still checks what it must.
  CHECK(problems(schema(R"({"type":"object","properties":{"a":{"type":"string"}},"required":["a"],"patternProperties":{"^x-":{"description":"ignored"}},"additionalProperties":false})"),
                 "x-c: 1\nb: 2\n") == "/b unknown-key;  required; ");
}
