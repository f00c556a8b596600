# `cpack -G DEB` in a build folder makes minutes_<version>_<arch>.deb. Its Depends line is not
# written here: dpkg-shlibdeps reads the libraries the binary links against and names the
# Debian packages (with minimum versions) that provide them.

set(CPACK_PACKAGE_NAME minutes)
set(CPACK_PACKAGE_VENDOR "minutes developers")
set(CPACK_PACKAGE_CONTACT "minutes developers <minutes@minutes.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "structured meeting minutes: validate and render YAML records")
# dpkg shows the summary as the first line and this below it.
set(CPACK_PACKAGE_DESCRIPTION
    "minutes reads meeting records written in YAML (participants, agenda,
decisions, action items, workshop grids), checks them against a JSON Schema
and rules with located messages, and renders them as Markdown, HTML, CSV,
JSON or iCalendar. It also writes yearly summaries and an action register,
imports plain-text minutes and starts new records.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Only the binary's libraries; suggesting the shells whose completions are installed.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion")

include(CPack)
