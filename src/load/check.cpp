#include "minutes/check.hpp"

#include "minutes/decode.hpp"
#include "minutes/input.hpp"
#include "minutes/translate.hpp"
#include "minutes/validate.hpp"

#include <algorithm>

namespace minutes {

bool CheckedRecord::valid() const { return !has_errors(diagnostics); }

CheckedRecord check_record(std::string text, const CheckOptions& options) {
  CheckedRecord result;
  result.diagnostics = check_and_normalise_text(text);
  result.text = std::move(text);
  if (has_errors(result.diagnostics)) return result;

  ParsedDocument parsed = parse_yaml(result.text);
  result.diagnostics = std::move(parsed.diagnostics);
  if (parsed.root) {
    const Node& root = *parsed.root;
    if (root.kind != NodeKind::mapping) {
      result.diagnostics.push_back(
          {root.position, "", "type", Severity::error,
           // TRANSLATORS: {} describes what the file holds instead, such as "a list".
           tr_format("expected a meeting record (a mapping with title:, date:, ...), got {}",
                     describe_value(root))});
    } else {
      const Schema& schema = options.schema ? *options.schema : Schema::builtin();
      Diagnostics schema_problems = schema.validate(root);
      // An alias was reported where it stood; its stand-in null would only add noise.
      std::erase_if(schema_problems, [&](const Diagnostic& d) {
        return std::find(parsed.alias_pointers.begin(), parsed.alias_pointers.end(), d.pointer) !=
               parsed.alias_pointers.end();
      });
      result.diagnostics.insert(result.diagnostics.end(), schema_problems.begin(),
                                schema_problems.end());
      Meeting meeting = decode_meeting(root);
      Diagnostics rule_problems = check_rules(meeting, root);
      result.diagnostics.insert(result.diagnostics.end(), rule_problems.begin(), rule_problems.end());
      if (options.strict) {
        for (Diagnostic& d : result.diagnostics) d.severity = Severity::error;
      }
      if (!has_errors(result.diagnostics)) result.meeting = std::move(meeting);
    }
  }
  sort_in_document_order(result.diagnostics);
  return result;
}

}  // namespace minutes
