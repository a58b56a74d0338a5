"""What a municipality adopting aanwas relies on: one version everywhere (the API-Version header,
the OpenAPI document, publiccode.yml and the changelog), a valid publiccode.yml, the EUPL."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml
from fastapi.testclient import TestClient

from api import API_VERSION
from api.settings import CHECKOUT, Settings

VALIDATOR = CHECKOUT / "tools" / "publiccode" / "validate.py"
_RELEASE = re.compile(r"^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$", re.MULTILINE)


def publiccode() -> dict[str, object]:
    return dict(yaml.safe_load((CHECKOUT / "publiccode.yml").read_text(encoding="utf-8")))


def newest_release() -> tuple[str, str]:
    changelog = (CHECKOUT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog.index("## [Unreleased]") < _RELEASE.search(changelog).start()  # type: ignore[union-attr]
    version, day = _RELEASE.findall(changelog)[0]
    return version, day


def test_one_version_in_header_openapi_publiccode_and_changelog(app_client: TestClient) -> None:
    response = app_client.get("/v1/openapi.json")
    assert re.fullmatch(r"\d+\.\d+\.\d+", API_VERSION)
    assert response.headers["API-Version"] == API_VERSION
    assert response.json()["info"]["version"] == API_VERSION
    document = publiccode()
    assert document["softwareVersion"] == API_VERSION
    version, day = newest_release()
    assert version == API_VERSION, "CHANGELOG.md's newest release is not API_VERSION"
    assert str(document["releaseDate"]) == day


def test_the_changelog_lists_releases_newest_first() -> None:
    versions = [
        tuple(int(part) for part in v.split("."))
        for v, _ in _RELEASE.findall((CHECKOUT / "CHANGELOG.md").read_text(encoding="utf-8"))
    ]
    assert len(versions) >= 2
    assert versions == sorted(versions, reverse=True)
    assert len(set(versions)) == len(versions)


def validate(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(VALIDATOR), str(path)], capture_output=True, text=True, check=False
    )


def test_publiccode_yml_is_valid_against_the_standard() -> None:
    result = validate(CHECKOUT / "publiccode.yml")
    assert result.returncode == 0, result.stderr
    assert "valid" in result.stdout


def test_a_broken_publiccode_yml_is_refused_with_what_to_fix(tmp_path: Path) -> None:
    document = publiccode()
    del document["legal"]
    document["softwareVersion"] = "0.0.1"
    document["releaseDate"] = "2999-01-01"
    document["platforms"] = ["mainframe"]
    description = document["description"]
    assert isinstance(description, dict)
    description["nl"]["longDescription"] = "Te kort."
    broken = tmp_path / "publiccode.yml"
    broken.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    result = validate(broken)
    assert result.returncode == 1
    for problem in (
        '"legal" is a required property',
        "softwareVersion: '0.0.1' is not API_VERSION",
        "releaseDate: 2999-01-01 lies in the future",
        "platforms.0:",
        "description.nl.longDescription:",
    ):
        assert problem in result.stderr, (problem, result.stderr)
    assert result.stdout == ""


def test_unreadable_yaml_is_refused(tmp_path: Path) -> None:
    broken = tmp_path / "publiccode.yml"
    broken.write_text("name: [unclosed\n", encoding="utf-8")
    result = validate(broken)
    assert result.returncode == 1
    assert "cannot read" in result.stderr


def test_licensed_under_the_eupl() -> None:
    licence = (CHECKOUT / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2\n")
    assert "Appendix" in licence and len(licence) > 13_000
    assert publiccode()["legal"] == {"license": "EUPL-1.2"}
    assert 'license = "EUPL-1.2"' in (CHECKOUT / "pyproject.toml").read_text(encoding="utf-8")


def test_the_default_security_policy_lies_in_the_published_repository() -> None:
    url = publiccode()["url"]
    assert isinstance(url, str)
    policy = Settings.model_fields["security_policy_url"].default
    assert policy.startswith(url + "/") and policy.endswith("/SECURITY.md")
