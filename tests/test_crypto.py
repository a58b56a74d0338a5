"""Field encryption and the blind index, on their own."""

from __future__ import annotations

import os

import pytest

from api.security.crypto import (
    BlindIndex,
    FieldCipher,
    FieldIntegrityError,
    FieldPlace,
    load_keyring,
)
from api.settings import Settings

PLACE = FieldPlace("jongeren", "voornamen", "row-1")


def test_seal_and_open_round_trip_with_fresh_nonces() -> None:
    cipher = FieldCipher(os.urandom(32))
    first, second = cipher.seal("Sem", PLACE), cipher.seal("Sem", PLACE)
    assert first != second, "a fresh nonce per seal: equal names do not look equal"
    assert cipher.open(first, PLACE) == cipher.open(second, PLACE) == "Sem"


@pytest.mark.parametrize(
    "elsewhere",
    [
        FieldPlace("jongeren", "voornamen", "row-2"),
        FieldPlace("jongeren", "achternaam", "row-1"),
        FieldPlace("signalen", "voornamen", "row-1"),
    ],
)
def test_a_ciphertext_opens_only_in_its_own_place(elsewhere: FieldPlace) -> None:
    cipher = FieldCipher(os.urandom(32))
    sealed = cipher.seal("Sem", PLACE)
    with pytest.raises(FieldIntegrityError) as raised:
        cipher.open(sealed, elsewhere)
    assert "Sem" not in str(raised.value) and sealed not in str(raised.value)


def test_tampered_or_foreign_ciphertexts_fail() -> None:
    cipher = FieldCipher(os.urandom(32))
    sealed = cipher.seal("Sem", PLACE)
    flipped = sealed[:-2] + ("A" if sealed[-2] != "A" else "B") + sealed[-1]
    for bad in (flipped, "plain text", FieldCipher(os.urandom(32)).seal("Sem", PLACE)):
        with pytest.raises(FieldIntegrityError):
            cipher.open(bad, PLACE)


def test_blind_index_is_keyed_and_normalised() -> None:
    key = os.urandom(32)
    index = BlindIndex(key, "jongere.bsn")
    assert index.digest("111222333") == index.digest(" 111 222 333 ")
    assert index.digest("111222333") != index.digest("123456782")
    assert index.digest("111222333") != BlindIndex(os.urandom(32), "jongere.bsn").digest(
        "111222333"
    )
    assert index.digest("111222333") != BlindIndex(key, "other").digest("111222333")


def test_development_keys_are_generated_once_and_kept(tmp_path) -> None:
    settings = Settings(keys_dir=tmp_path / "keys")
    first, again = load_keyring(settings), load_keyring(settings)
    assert first == again
    assert first.field_encryption_key != first.blind_index_key
    for path in (tmp_path / "keys").iterdir():
        assert path.stat().st_mode & 0o077 == 0, f"{path.name} readable by others"


def test_production_refuses_to_generate_keys(tmp_path) -> None:
    from api.security.crypto import KeyMaterialMissing

    settings = Settings(environment="production", keys_dir=tmp_path / "none")
    with pytest.raises(KeyMaterialMissing):
        load_keyring(settings)
    assert not (tmp_path / "none").exists()
