#pragma once

#include <string>

#include <tl/expected.hpp>

namespace minutes {

// A failure that is not about a record's content (those are Diagnostics): the kind decides the
// exit status the command line gives (docs/cli.md), the message is for people.
struct Error {
  enum class Kind {
    usage,    // the command was asked for something it cannot do
    input,    // the input cannot be published (too large, nothing to write)
    io,       // a file or stream could not be read or written
    internal  // a bug: something the program promised itself did not hold
  };
  Kind kind = Kind::internal;
  std::string message;
};

inline tl::unexpected<Error> fail(Error::Kind kind, std::string message) {
  return tl::unexpected(Error{kind, std::move(message)});
}

}  // namespace minutes
