#pragma once

#include <string>

#include <tl/expected.hpp>

#include "minutes/emit.hpp"

namespace minutes {

// One function per format, each in its own file (src/emit/<format>.cpp), listed in registry.cpp.
tl::expected<std::string, std::string> emit_markdown(const EmitRequest& request);
tl::expected<std::string, std::string> emit_html(const EmitRequest& request);
tl::expected<std::string, std::string> emit_csv(const EmitRequest& request);
tl::expected<std::string, std::string> emit_json(const EmitRequest& request);
tl::expected<std::string, std::string> emit_ics(const EmitRequest& request);

}  // namespace minutes
