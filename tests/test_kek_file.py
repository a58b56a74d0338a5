"""The file KEK provider: a keyset in the keys folder that wraps data keys."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from api.security.crypto import KeyMaterialMissing
from api.security.kek import KekRefused, KekUnavailable, WrappedKeyDamaged, load_kek_provider
from api.security.kek_file import KEK_FILE, FileKeyEncryptionKeys
from api.settings import Settings


def test_made_on_first_start_readable_by_its_owner_only(tmp_path: Path) -> None:
    provider = load_kek_provider(Settings(keys_dir=tmp_path))
    assert provider.provider == "file"
    assert stat.S_IMODE((tmp_path / KEK_FILE).stat().st_mode) == 0o600
    kid, wrapped = provider.wrap(b"k" * 32, b"datasleutel-1")
    assert kid == provider.primary() and b"k" * 32 not in wrapped
    # Another process reads the same file and unwraps what this one wrapped.
    again = FileKeyEncryptionKeys(Settings(keys_dir=tmp_path))
    assert again.unwrap(kid, wrapped, b"datasleutel-1") == b"k" * 32
    with pytest.raises(WrappedKeyDamaged):
        again.unwrap(kid, wrapped, b"datasleutel-2")


def test_production_without_a_keyset_refuses_to_start_and_names_the_fix(tmp_path: Path) -> None:
    with pytest.raises(KeyMaterialMissing) as refused:
        load_kek_provider(Settings(keys_dir=tmp_path, environment="production"))
    assert KEK_FILE in str(refused.value) and "AANWAS_KEK_PROVIDER" in str(refused.value)
    assert not (tmp_path / KEK_FILE).exists()


def test_a_rotation_reaches_other_processes_and_retiring_keeps_the_primary(
    tmp_path: Path,
) -> None:
    one = FileKeyEncryptionKeys(Settings(keys_dir=tmp_path))
    other = FileKeyEncryptionKeys(Settings(keys_dir=tmp_path))
    old = one.primary()
    _, wrapped = other.wrap(b"d" * 32, b"ad")
    new = one.rotate()
    assert other.primary() == new, "read again once the file changed"
    held = other.keys()
    assert [(k.kid, k.primary) for k in held] == [(new, True), (old, False)]
    assert other.unwrap(old, wrapped, b"ad") == b"d" * 32, "older KEKs keep unwrapping"
    with pytest.raises(KekRefused) as refused:
        other.retire(new)
    assert "rotate first" in str(refused.value)
    with pytest.raises(KekUnavailable):
        other.retire("kek-onbekend")
    other.retire(old)
    with pytest.raises(KekUnavailable) as gone:
        one.unwrap(old, wrapped, b"ad")
    assert old in str(gone.value)
    assert "d" * 8 not in str(gone.value)
