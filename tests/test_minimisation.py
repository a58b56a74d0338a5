"""Field-level minimisation: a response holds only fields of the permitted categories."""

from __future__ import annotations

import os
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from api.jongeren.models import Jongere
from api.security.crypto import FieldCipher, FieldPlace
from api.security.envelope import Envelope
from api.security.kek_file import FileKeyEncryptionKeys
from api.security.permit import Permit
from api.security.policy import Decision
from api.settings import Settings
from api.signalen.models import Signaal
from api.signalen.service import present


def sealed_youth_and_signal(cipher: FieldCipher) -> tuple[Jongere, Signaal]:
    jongere = Jongere(id="j-1", bsn_index="x", geregistreerd_door="politie")
    for column, value in (("bsn", "111222333"), ("voornamen", "Sem"), ("achternaam", "de Vries")):
        setattr(jongere, column, cipher.seal(value, FieldPlace("jongeren", column, "j-1")))
    jongere.geboortedatum = cipher.seal(
        "2009-04-17", FieldPlace("jongeren", "geboortedatum", "j-1")
    )
    signaal = Signaal(
        id="s-1",
        jongere_id="j-1",
        categorie="pakketjes",
        omschrijving=cipher.seal(
            "Bezorgt pakketjes", FieldPlace("signalen", "omschrijving", "s-1")
        ),
        waargenomen_op=date(2026, 11, 2),
        wijk="Hoofddorp-Centrum",
        bron_org="politie",
        aangeleverd_door="c",
        geregistreerd_op=datetime(2026, 11, 3, tzinfo=UTC),
    )
    return jongere, signaal


def shown(categories: set[str]) -> dict[str, object]:
    cipher = FieldCipher(os.urandom(32))
    jongere, signaal = sealed_youth_and_signal(cipher)
    # Values sealed with the legacy key (v1): they open without a data key or a database.
    keks = FileKeyEncryptionKeys(Settings(keys_dir=Path(tempfile.mkdtemp())))
    keys = Envelope(keks, cipher).keys_for(Session())
    permit = Permit(Decision(allow=True, reason="test", categories=frozenset(categories)), keys)
    return present(permit, signaal, jongere).model_dump(by_alias=True, exclude_unset=True)


def test_without_identity_the_youth_block_is_absent_not_empty() -> None:
    body = shown({"signaal"})
    assert body["omschrijving"] == "Bezorgt pakketjes"
    assert "jongere" not in body
    assert "Sem" not in str(body)


def test_without_signal_data_only_ids_and_meta_remain() -> None:
    body = shown({"identiteit"})
    assert set(body) == {"id", "jongereId", "bronOrganisatie", "geregistreerdOp", "jongere"}
    assert body["jongere"] == {
        "id": "j-1",
        "voornamen": "Sem",
        "achternaam": "de Vries",
        "geboortedatum": date(2009, 4, 17),
    }


def test_nothing_personal_without_any_category() -> None:
    body = shown(set())
    assert set(body) == {"id", "jongereId", "bronOrganisatie", "geregistreerdOp"}
