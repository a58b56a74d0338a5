"""One way to page through lists (`pagina`, `paginaGrootte`), counted after the policy's filter;
and one way to name an id in a path."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Path, Query
from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from api.security.vernietigd import without_destroyed

T = TypeVar("T")

UUID_PATTERN = r"^[0-9a-f-]{36}$"


def uuid_path(alias: str) -> Any:
    """A path parameter holding an id (camelCase in the URL, as every parameter)."""
    return Path(alias=alias, pattern=UUID_PATTERN, description="UUID")


@dataclass(frozen=True)
class PageParams:
    page: int
    size: int


async def page_params(
    pagina: Annotated[int, Query(ge=1, le=10_000, description="Paginanummer, vanaf 1")] = 1,
    pagina_grootte: Annotated[
        int, Query(alias="paginaGrootte", ge=1, le=100, description="Aantal per pagina")
    ] = 20,
) -> PageParams:
    # async: taking two numbers is no work for a thread of its own.
    return PageParams(pagina, pagina_grootte)


Page = Annotated[PageParams, Depends(page_params)]


def paginate(
    session: Session, query: Select[T], *order_by: Any, page: int, size: int
) -> tuple[list[T], int]:
    """One page of rows and the total, both of the query as the caller may see it. Rows about
    a youth whose data is destroyed are left out (docs/retentie.md)."""
    youth = _youth_column(query)
    if youth is not None:
        query = query.where(without_destroyed(youth))
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.scalars(query.order_by(*order_by).offset((page - 1) * size).limit(size)).all()
    return list(rows), total


def _youth_column(query: Select[Any]) -> Any:
    """The column naming the youth the listed rows are about (a youth's own id for youths),
    or None for rows about no youth."""
    entity = query.column_descriptions[0].get("entity") if query.column_descriptions else None
    if entity is None:
        return None
    name = getattr(entity, "youth_column", "jongere_id")
    return getattr(entity, name, None)
