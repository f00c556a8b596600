"""Checks minutes' simple case folding against Python's str.casefold.

The input file has one line per code point: the code point and its fold, in hexadecimal.
Python's casefold is full folding; where it gives more than one character (ß -> ss), simple
folding leaves the letter alone, except the few letters that CaseFolding.txt also gives a
simple (S) fold, listed below. Exit 0 when every line agrees; otherwise the first differences.
"""
import sys

SIMPLE_WHERE_FULL_DIFFERS = {0x1E9E: 0xDF}  # ẞ: full "ss", simple "ß"


def expected(code_point):
    if code_point in SIMPLE_WHERE_FULL_DIFFERS:
        return SIMPLE_WHERE_FULL_DIFFERS[code_point]
    folded = chr(code_point).casefold()
    return ord(folded) if len(folded) == 1 else code_point


def main():
    wrong = []
    with open(sys.argv[1], encoding="ascii") as lines:
        for line in lines:
            code_point, folded = (int(field, 16) for field in line.split())
            if expected(code_point) != folded:
                wrong.append(f"U+{code_point:04X}: minutes U+{folded:04X}, "
                             f"Python U+{expected(code_point):04X}")
    for message in wrong[:20]:
        print(message, file=sys.stderr)
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
