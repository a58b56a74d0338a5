"""`aanwas keys reseal`: values sealed before the data keys (`v1.`, under the one legacy field
key) sealed again under their data subject's data key, so that destroying a subject's keys
reaches them too. Table by table, in batches that each commit on their own (with the data keys
they make), in id order: an interrupted run is simply run again and goes on with what is left.
A value that does not open is left as it is and counted (never shown)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, sessionmaker

from api.db import Base
from api.security.crypto import FieldIntegrityError, FieldPlace
from api.security.envelope import Envelope, encrypted_columns

LEGACY_PREFIX = "v1."


@dataclass
class Resealed:
    values: int = 0
    not_intact: dict[str, int] = field(default_factory=dict)  # table.column: how many


def reseal(sessions: sessionmaker[Session], envelope: Envelope, batch: int = 500) -> Resealed:
    import api.models  # noqa: F401  (every table, not only those this command imported)

    done = Resealed()
    for mapper in sorted(Base.registry.mappers, key=lambda m: m.class_.__name__):
        model = mapper.class_
        columns = encrypted_columns(model)
        if columns:
            _reseal_table(sessions, envelope, model, columns, batch, done)
    return done


def _reseal_table(
    sessions: sessionmaker[Session],
    envelope: Envelope,
    model: type[Base],
    columns: tuple[str, ...],
    batch: int,
    done: Resealed,
) -> None:
    table = model.__table__
    name = str(model.__tablename__)
    legacy = or_(*(table.c[column].like(f"{LEGACY_PREFIX}%") for column in columns))
    after = ""
    while True:
        with sessions() as session:
            rows = session.scalars(
                select(model).where(legacy, table.c.id > after).order_by(table.c.id).limit(batch)
            ).all()
            if not rows:
                return
            keys = envelope.keys_for(session)
            for row in rows:
                row_id = str(getattr(row, "id"))  # noqa: B009  (every personal table has an id)
                subject = keys.subject_of(row)
                for column in columns:
                    value = getattr(row, column)
                    if not (isinstance(value, str) and value.startswith(LEGACY_PREFIX)):
                        continue
                    place = FieldPlace(name, column, row_id)
                    try:
                        plain = keys.open(value, place)
                    except FieldIntegrityError:
                        where = f"{name}.{column}"
                        done.not_intact[where] = done.not_intact.get(where, 0) + 1
                        continue
                    setattr(row, column, keys.seal(plain, place, subject))
                    done.values += 1
                after = row_id
            keys.write_new()
            session.commit()
            keys.committed()
