#pragma once

#include <span>
#include <string>
#include <string_view>

#include <tl/expected.hpp>

#include "minutes/emit.hpp"
#include "minutes/model.hpp"

namespace minutes {

// One VTODO as ics.cpp writes it for an open action with a due date. `render -t ics` makes one
// per action of a record; `actions -t ics` one per action of the register, keyed by the
// meeting that first raised it, so that both give a carried-over action the same UID.
struct IcsTodo {
  Date raised_date;               // the meeting that raised it: UID and DTSTAMP
  std::string_view raised_title;
  std::string uid_item;           // "id:<id>", or "#<position>" for an action without an id
  Date due;
  std::string_view task;
  std::string_view owner;
  Date meeting_date;              // the meeting named in DESCRIPTION
  std::string_view meeting_title;
};

// A VCALENDAR holding exactly these VTODOs; an error when there are none.
tl::expected<std::string, std::string> emit_ics_todos(std::span<const IcsTodo> todos,
                                                      const EmitOptions& options);

}  // namespace minutes
