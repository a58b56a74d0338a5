"""Base for request and response bodies: camelCase JSON, unknown fields refused."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, ConfigDict
from pydantic.alias_generators import to_camel


class ApiModel(BaseModel):
    model_config = ConfigDict(
        alias_generator=to_camel, populate_by_name=True, extra="forbid", str_strip_whitespace=True
    )


def patch_schema(
    *nullable: str, something_to_change: bool = True
) -> Callable[[dict[str, Any]], None]:
    """json_schema_extra of a PATCH body whose fields may be left out but not set to null (the
    model refuses null): the schema says so, so a generated client cannot send it. Only the
    fields named `nullable` (by alias) take null; `something_to_change`: an empty body is
    refused too (minProperties)."""

    def say_it(schema: dict[str, Any]) -> None:
        if something_to_change:
            schema["minProperties"] = 1
        for name, field in schema.get("properties", {}).items():
            if name in nullable or "anyOf" not in field:
                continue
            branches = [b for b in field.pop("anyOf") if b.get("type") != "null"]
            if field.get("default", "") is None:
                field.pop("default")
            if len(branches) == 1:
                field.update(branches[0])
            else:
                field["anyOf"] = branches

    return say_it
