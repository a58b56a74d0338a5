from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """
    Attributes:
        team (str):
        email (str):
    """

    team: str
    email: str

    def to_dict(self) -> dict[str, Any]:
        team = self.team

        email = self.email

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "team": team,
                "email": email,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        team = d.pop("team")

        email = d.pop("email")

        contact = cls(
            team=team,
            email=email,
        )

        return contact
