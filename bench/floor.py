"""The bare floor: what pushing and reading a signal costs with nothing of ours around it.

A FastAPI app that takes the same signal body as POST /v1/signalen, validates it with Pydantic
(the same BSN and date checks), and does one INSERT; reads one row by id; reads a page of 50.
No token, no policy, no encryption, no audit. It runs on the engine the API itself uses
(api.db.make_engine: the same pool and the same SQLite pragmas), served by uvicorn with the same
settings, so bench/request_path.py can put the full stack beside it as a ratio.

    AANWAS_FLOOR_DATABASE_URL=sqlite:///... uvicorn bench.floor:app
"""

from __future__ import annotations

import os
import uuid
from datetime import UTC, date, datetime
from typing import Annotated

from fastapi import FastAPI, HTTPException, Path, Response
from pydantic import BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel
from sqlalchemy import Column, Date, DateTime, MetaData, String, Table, Text, insert, select

from api.db import POOL_SIZE, make_engine
from api.validation import Bsn, PastDate

metadata = MetaData()
floor_signalen = Table(
    "floor_signalen",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("bsn", String(9), nullable=False),
    Column("voornamen", Text, nullable=False),
    Column("achternaam", Text, nullable=False),
    Column("geboortedatum", Date, nullable=False),
    Column("categorie", String(60), nullable=False),
    Column("omschrijving", Text),
    Column("waargenomen_op", Date, nullable=False),
    Column("wijk", String(100)),
    Column("geregistreerd_op", DateTime(timezone=True), nullable=False),
)


class Model(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, extra="forbid")


class Identiteit(Model):
    bsn: Bsn
    voornamen: str = Field(min_length=1, max_length=200)
    achternaam: str = Field(min_length=1, max_length=200)
    geboortedatum: PastDate


class SignaalNieuw(Model):
    jongere: Identiteit
    categorie: str = Field(pattern=r"^[a-z_]{1,60}$")
    omschrijving: str | None = Field(default=None, max_length=4000)
    waargenomen_op: PastDate
    wijk: str | None = Field(default=None, max_length=100)


class Signaal(Model):
    model_config = Model.model_config | {"extra": "ignore"}

    id: str
    categorie: str
    omschrijving: str | None = None
    waargenomen_op: date
    wijk: str | None = None
    geregistreerd_op: datetime


class SignaalLijst(Model):
    items: list[Signaal]


def create_tables(url: str) -> None:
    metadata.create_all(make_engine(url))


engine = make_engine(
    os.environ.get("AANWAS_FLOOR_DATABASE_URL", "sqlite:///floor.db"), pool_size=POOL_SIZE
)
app = FastAPI()


@app.post("/v1/signalen", status_code=201, response_model=Signaal, response_model_by_alias=True)
def push(body: SignaalNieuw, response: Response) -> Signaal:
    row = {
        "id": str(uuid.uuid4()),
        "bsn": body.jongere.bsn,
        "voornamen": body.jongere.voornamen,
        "achternaam": body.jongere.achternaam,
        "geboortedatum": body.jongere.geboortedatum,
        "categorie": body.categorie,
        "omschrijving": body.omschrijving,
        "waargenomen_op": body.waargenomen_op,
        "wijk": body.wijk,
        "geregistreerd_op": datetime.now(UTC),
    }
    with engine.begin() as connection:
        connection.execute(insert(floor_signalen), row)
    response.headers["Location"] = f"/v1/signalen/{row['id']}"
    return Signaal.model_validate(row)


@app.get("/v1/signalen/{signaal_id}", response_model=Signaal, response_model_by_alias=True)
def read(signaal_id: Annotated[str, Path(pattern=r"^[0-9a-f-]{36}$")]) -> Signaal:
    with engine.connect() as connection:
        row = (
            connection.execute(select(floor_signalen).where(floor_signalen.c.id == signaal_id))
            .mappings()
            .first()
        )
    if row is None:
        raise HTTPException(404)
    return Signaal.model_validate(dict(row))


@app.get("/v1/signalen", response_model=SignaalLijst, response_model_by_alias=True)
def page() -> SignaalLijst:
    with engine.connect() as connection:
        rows = (
            connection.execute(
                select(floor_signalen)
                .order_by(floor_signalen.c.waargenomen_op.desc(), floor_signalen.c.id)
                .limit(50)
            )
            .mappings()
            .all()
        )
    return SignaalLijst(items=[Signaal.model_validate(dict(row)) for row in rows])
