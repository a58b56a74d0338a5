"""The doelgroeptoets reads its signal mapping from the signal card, and a professional
judgement of the signaaloverleg admits a youth

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-05

Which signal category counts as which risk indicator was a list of five in code; it is now the
`indicator` of each category on the signal card (reference data the municipality edits), filled
with the default of DOMAIN.md ("Which signals count as risk indicators"), and every version of
a category is kept. The signaaloverleg's judgement ("sterke vermoedens") gets a table, and an
assessment says which path admitted the youth. Every youth with signals is assessed again by
the worker (an outbox job each), since the defaults count signals that did not count before.
"""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DEFAULT_INDICATORS = {
    "pakketjes": "signalen_van_betrokkenheid",
    "op_de_uitkijk": "signalen_van_betrokkenheid",
    "meerdere_telefoons": "signalen_van_betrokkenheid",
    "aanwezig_op_deallocatie": "signalen_van_betrokkenheid",
    "onverklaarbaar_geld_of_goederen": "geldmotief",
    "schoolverzuim": "schooluitval",
    "nieuwe_oudere_vrienden": "criminele_omgeving",
    "online_ronselen": "online_ronselen",
    "wapenbezit": "wapenbezit",
    "drugsgebruik": "verslaving",
    "schulden_of_bedreiging": "uitbuiting_of_dwang",
    "gedragsverandering": "status_en_aanzien",
}


def upgrade() -> None:
    with op.batch_alter_table("signaal_categorieen") as batch:
        batch.add_column(sa.Column("indicator", sa.String(length=60), nullable=True))
        batch.add_column(
            sa.Column("versie", sa.Integer(), nullable=False, server_default=sa.text("1"))
        )
    with op.batch_alter_table("signaal_categorieen") as batch:
        batch.alter_column("versie", server_default=None)
    op.create_table(
        "signaal_categorie_versies",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("versie", sa.Integer(), nullable=False),
        sa.Column("omschrijving", sa.String(length=300), nullable=False),
        sa.Column("actief", sa.Boolean(), nullable=False),
        sa.Column("indicator", sa.String(length=60), nullable=True),
        sa.Column("gewijzigd_door_org", sa.String(length=40), nullable=True),
        sa.Column("gewijzigd_door_client", sa.String(length=64), nullable=True),
        sa.Column("gewijzigd_op", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signaal_categorie_versies")),
        sa.UniqueConstraint("code", "versie", name=op.f("uq_signaal_categorie_versies_code")),
    )
    with op.batch_alter_table("signaal_categorie_versies") as batch:
        batch.create_index(batch.f("ix_signaal_categorie_versies_code"), ["code"], unique=False)

    connection = op.get_bind()
    categories = sa.table(
        "signaal_categorieen",
        sa.column("code", sa.String),
        sa.column("omschrijving", sa.String),
        sa.column("actief", sa.Boolean),
        sa.column("indicator", sa.String),
        sa.column("versie", sa.Integer),
    )
    versions = sa.table(
        "signaal_categorie_versies",
        sa.column("id", sa.String),
        sa.column("code", sa.String),
        sa.column("versie", sa.Integer),
        sa.column("omschrijving", sa.String),
        sa.column("actief", sa.Boolean),
        sa.column("indicator", sa.String),
        sa.column("gewijzigd_op", sa.DateTime(timezone=True)),
    )
    now = datetime.now(UTC)
    rows = connection.execute(
        sa.select(categories.c.code, categories.c.omschrijving, categories.c.actief)
    ).all()
    for code, omschrijving, actief in rows:
        indicator = DEFAULT_INDICATORS.get(code)
        if indicator is not None:
            connection.execute(
                categories.update().where(categories.c.code == code).values(indicator=indicator)
            )
        # Version 1 of every category: as the migration leaves it (edited by nobody).
        connection.execute(
            versions.insert().values(
                id=str(uuid.uuid4()),
                code=code,
                versie=1,
                omschrijving=omschrijving,
                actief=actief,
                indicator=indicator,
                gewijzigd_op=now,
            )
        )

    op.create_table(
        "professionele_oordelen",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("jongere_id", sa.String(length=36), nullable=False),
        sa.Column("redenen", sa.Text(), nullable=False),
        sa.Column("deelnemers", sa.JSON(), nullable=False),
        sa.Column("overleg_id", sa.String(length=36), nullable=True),
        sa.Column("bron_org", sa.String(length=40), nullable=False),
        sa.Column("vastgelegd_door", sa.String(length=64), nullable=False),
        sa.Column("geregistreerd_op", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["jongere_id"],
            ["jongeren.id"],
            name=op.f("fk_professionele_oordelen_jongere_id_jongeren"),
        ),
        sa.ForeignKeyConstraint(
            ["overleg_id"],
            ["overleggen.id"],
            name=op.f("fk_professionele_oordelen_overleg_id_overleggen"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_professionele_oordelen")),
    )
    with op.batch_alter_table("professionele_oordelen") as batch:
        batch.create_index(
            batch.f("ix_professionele_oordelen_jongere_id"), ["jongere_id"], unique=False
        )
    with op.batch_alter_table("doelgroeptoetsen") as batch:
        batch.add_column(sa.Column("route", sa.String(length=30), nullable=True))
        batch.add_column(sa.Column("professioneel_oordeel_id", sa.String(length=36), nullable=True))
        batch.create_foreign_key(
            batch.f("fk_doelgroeptoetsen_professioneel_oordeel_id_professionele_oordelen"),
            "professionele_oordelen",
            ["professioneel_oordeel_id"],
            ["id"],
        )
    # Assessments made before said criminele_aanwas only through the indicators.
    connection.execute(
        sa.text(
            "UPDATE doelgroeptoetsen SET route = 'indicatoren' WHERE uitkomst = 'criminele_aanwas'"
        )
    )

    # Every youth with signals is assessed again after the upgrade, by the worker.
    outbox = sa.table(
        "outbox",
        sa.column("soort", sa.String),
        sa.column("sleutel", sa.String),
        sa.column("aanleiding", sa.String),
        sa.column("request_id", sa.String),
        sa.column("roles", sa.JSON),
        sa.column("aangemaakt_op", sa.DateTime(timezone=True)),
        sa.column("pogingen", sa.Integer),
    )
    request_id = str(uuid.uuid4())
    youths = connection.execute(sa.text("SELECT DISTINCT jongere_id FROM signalen")).scalars()
    jobs = [
        {
            "soort": "doelgroeptoets",
            "sleutel": jongere_id,
            "aanleiding": "signalenkaart bijgewerkt",
            "request_id": request_id,
            "roles": [],
            "aangemaakt_op": now,
            "pogingen": 0,
        }
        for jongere_id in youths
    ]
    if jobs:
        op.bulk_insert(outbox, jobs)


def downgrade() -> None:
    with op.batch_alter_table("doelgroeptoetsen") as batch:
        batch.drop_constraint(
            batch.f("fk_doelgroeptoetsen_professioneel_oordeel_id_professionele_oordelen"),
            type_="foreignkey",
        )
        batch.drop_column("professioneel_oordeel_id")
        batch.drop_column("route")
    with op.batch_alter_table("professionele_oordelen") as batch:
        batch.drop_index(batch.f("ix_professionele_oordelen_jongere_id"))
    op.drop_table("professionele_oordelen")
    with op.batch_alter_table("signaal_categorie_versies") as batch:
        batch.drop_index(batch.f("ix_signaal_categorie_versies_code"))
    op.drop_table("signaal_categorie_versies")
    with op.batch_alter_table("signaal_categorieen") as batch:
        batch.drop_column("versie")
        batch.drop_column("indicator")
