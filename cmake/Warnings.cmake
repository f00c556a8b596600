# One place for the warning set, so the library, the CLI and the tests agree.
function(minutes_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wcast-align -Wunused -Woverloaded-virtual
                                           -Wimplicit-fallthrough)
  # g++ 12 reports false "may be used uninitialized" inside std::variant moves (GCC bug 105562
  # and relatives); -Wuninitialized stays on, and the sanitizer build checks the real thing.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(${target} PRIVATE -Wno-maybe-uninitialized)
  endif()
  if(MINUTES_WARNINGS_AS_ERRORS)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
