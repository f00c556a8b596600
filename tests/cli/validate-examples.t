# The bundled examples are valid; .minutesignore keeps examples/invalid/ out of the walk.
$ minutes validate examples/
14 files: 14 valid, 0 invalid (0 errors, 0 warnings)
[exit 0]

$ minutes validate --quiet examples/2020-02-25-dialogmote-naeringslivet.yaml
[exit 0]

$ minutes validate -j 1 examples/ && minutes validate -j 2 examples/invalid/ > /tmp/minutes-j2.txt; minutes validate -j 1 examples/invalid/ | diff - /tmp/minutes-j2.txt && echo same
14 files: 14 valid, 0 invalid (0 errors, 0 warnings)
same
[exit 0]
