#!/usr/bin/env python3
"""Check that a JSON Schema documents every key a record can hold, for editors.

yaml-language-server (VS Code, Neovim, Helix) shows a schema's `title` and `description` on hover
and in completion. This check fails unless every one of these schemas has both, as non-empty
strings:

- the root schema;
- every definition (`definitions/*`);
- every property schema (`properties/*` and `patternProperties/*`), at any depth: at the top,
  inside definitions, inside `items`, inside nested objects and inside branches;
- every other subschema a value can be checked against (`items`, `then`, `else`, `allOf`, ...)
  that is written out in place. A subschema that is only a `$ref` is documented by its target.

An `if`, a `not` and `propertyNames` only test a value or its keys, so they are not checked. A
property that is a `$ref` carries its own title and description next to the `$ref`: draft-07
validators ignore them, yaml-language-server shows them.

Usage: check_documented.py SCHEMA.json
Prints "#" and the JSON Pointer of each schema that lacks a title or a description ("#" alone is
the root) and exits 1 if there is any; exits 0 if there is none, 2 if the file cannot be read.
Python 3 standard library only.
"""
import json
import sys

# Keywords whose value is one schema, and keywords whose value is a list of schemas.
ONE_SCHEMA = ("additionalProperties", "additionalItems", "contains", "then", "else")
LIST_OF_SCHEMAS = ("allOf", "anyOf", "oneOf")
# Tests, not places where a value is described: an `if`, a `not`, the schema for key names.
NOT_CHECKED = ("if", "not", "propertyNames")


def escape(token):
    return str(token).replace("~", "~0").replace("/", "~1")


def is_bare_ref(schema):
    return isinstance(schema, dict) and "$ref" in schema and not (
        "title" in schema or "description" in schema)


class Checker:
    def __init__(self):
        self.missing = []

    def need_docs(self, schema, pointer, must):
        """`must`: this place is a property, a definition or the root, so even a bare $ref or a
        boolean schema there needs its own title and description."""
        if isinstance(schema, bool):
            if must:
                self.missing.append((pointer, "a boolean schema cannot carry a title or description"))
            return
        if not isinstance(schema, dict):
            return
        if not must and is_bare_ref(schema):
            return
        lacking = [key for key in ("title", "description")
                   if not (isinstance(schema.get(key), str) and schema[key].strip())]
        if lacking:
            self.missing.append((pointer, "no " + " and no ".join(lacking)))

    def walk(self, schema, pointer, must):
        self.need_docs(schema, pointer, must)
        if not isinstance(schema, dict):
            return
        for key, value in schema.items():
            here = f"{pointer}/{escape(key)}"
            if key in NOT_CHECKED:
                continue
            if key == "definitions" and isinstance(value, dict):
                for name, sub in value.items():
                    self.walk(sub, f"{here}/{escape(name)}", True)
            elif key in ("properties", "patternProperties") and isinstance(value, dict):
                for name, sub in value.items():
                    self.walk(sub, f"{here}/{escape(name)}", True)
            elif key == "dependencies" and isinstance(value, dict):
                for name, sub in value.items():
                    if isinstance(sub, (dict, bool)):  # a list of names is not a schema
                        self.walk(sub, f"{here}/{escape(name)}", False)
            elif key == "items":
                if isinstance(value, list):
                    for index, sub in enumerate(value):
                        self.walk(sub, f"{here}/{index}", False)
                else:
                    self.walk(value, here, False)
            elif key in LIST_OF_SCHEMAS and isinstance(value, list):
                for index, sub in enumerate(value):
                    self.walk(sub, f"{here}/{index}", False)
            elif key in ONE_SCHEMA:
                self.walk(value, here, False)


def main(argv):
    if len(argv) != 2:
        print(f"usage: {argv[0]} SCHEMA.json", file=sys.stderr)
        return 2
    try:
        with open(argv[1], encoding="utf-8") as file:
            schema = json.load(file)
    except (OSError, ValueError) as error:
        print(f"{argv[1]}: {error}", file=sys.stderr)
        return 2
    checker = Checker()
    checker.walk(schema, "", True)
    for pointer, problem in checker.missing:
        print(f"{argv[1]}: #{pointer}: {problem}")
    if checker.missing:
        print(f"{len(checker.missing)} schema(s) not documented", file=sys.stderr)
        return 1
    print(f"{argv[1]}: every property and definition has a title and a description")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
