"""The behaviour every KEK provider owes the envelope (api/security/kek.py), checked against the
file provider and the PKCS#11 provider on a real SoftHSM2 token alike: a wrapped data key opens
for its own row only, a rotation reaches other instances while older KEKs keep unwrapping, the
primary cannot be retired, and a retired or unknown KEK is unavailable, by name."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from api.security.kek import KekRefused, KekUnavailable, KeyEncryptionKeys, WrappedKeyDamaged
from api.security.kek_file import FileKeyEncryptionKeys
from api.security.kek_pkcs11 import REFRESH_SECONDS, Pkcs11KeyEncryptionKeys
from api.settings import Settings
from tests.softhsm import start_softhsm

DEK = bytes(range(32))
AAD = b"datasleutel\x1f7f3c\x1fjongere\x1f42"
UNKNOWN = {"file": "kek-0badc0de", "pkcs11": "20240101T000000000000Z-0badc0de"}

Instances = Callable[[], KeyEncryptionKeys]


@pytest.fixture(params=["file", "pkcs11"])
def instances(
    request: pytest.FixtureRequest, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> Instances:
    """Makes providers on one keyset, as separate API processes each hold one."""
    if request.param == "file":
        return lambda: FileKeyEncryptionKeys(Settings(keys_dir=tmp_path))
    softhsm = start_softhsm(tmp_path_factory.mktemp("softhsm"))
    label, pin = softhsm.new_token()
    Pkcs11KeyEncryptionKeys(softhsm.module, label, pin).rotate()  # the first KEK
    return lambda: Pkcs11KeyEncryptionKeys(softhsm.module, label, pin)


def seen_within(expected: str, read: Callable[[], str]) -> str:
    """What `read` answers once it answers `expected`, or after the providers' refresh time."""
    deadline = time.monotonic() + REFRESH_SECONDS + 1
    while (answer := read()) != expected and time.monotonic() < deadline:
        time.sleep(0.1)
    return answer


def test_a_wrapped_data_key_opens_for_its_own_row_only(instances: Instances) -> None:
    keks = instances()
    assert keks.provider in {"file", "pkcs11"}
    kid, wrapped = keks.wrap(DEK, AAD)
    assert kid == keks.primary() and DEK not in wrapped
    assert keks.unwrap(kid, wrapped, AAD) == DEK
    assert keks.wrap(DEK, AAD)[1] != wrapped, "a fresh nonce each time"
    for damaged in (
        lambda: keks.unwrap(kid, wrapped, AAD.replace(b"42", b"43")),  # copied to another row
        lambda: keks.unwrap(kid, wrapped[:20] + bytes([wrapped[20] ^ 1]) + wrapped[21:], AAD),
        lambda: keks.unwrap(kid, wrapped[:27], AAD),
    ):
        with pytest.raises(WrappedKeyDamaged) as refused:
            damaged()
        assert DEK.hex() not in str(refused.value)
    assert instances().unwrap(kid, wrapped, AAD) == DEK, "another instance unwraps it too"


def rotated(
    instances: Instances,
) -> tuple[KeyEncryptionKeys, KeyEncryptionKeys, str, bytes, str]:
    """Two instances; the other wraps a DEK under the old primary, then one rotates:
    (one, other, the old primary, the DEK it wrapped, the new primary)."""
    one, other = instances(), instances()
    old = one.primary()
    old_wrapped = other.wrap(DEK, AAD)[1]
    return one, other, old, old_wrapped, one.rotate()


def test_a_rotation_reaches_other_instances_and_older_keks_keep_unwrapping(
    instances: Instances,
) -> None:
    one, other, old, old_wrapped, new = rotated(instances)
    assert new != old and one.primary() == new
    kid, wrapped = one.wrap(DEK, AAD)
    assert kid == new
    assert other.unwrap(new, wrapped, AAD) == DEK, "a kid it had not seen: read at once"
    assert seen_within(new, other.primary) == new
    assert other.wrap(DEK, AAD)[0] == new
    assert one.unwrap(old, old_wrapped, AAD) == DEK
    listed = other.keys()
    assert [(k.kid, k.primary) for k in listed] == [(new, True), (old, False)]
    assert listed[0].created > listed[1].created


def test_the_primary_is_not_retired_and_a_retired_kek_is_unavailable_by_name(
    instances: Instances,
) -> None:
    one, other, old, old_wrapped, new = rotated(instances)
    with pytest.raises(KekRefused, match="rotate first"):
        one.retire(new)
    assert one.primary() == new
    one.retire(old)
    assert [k.kid for k in one.keys()] == [new]  # noqa: SIM118 - the keyset's keys()
    for keks in (one, other):
        with pytest.raises(KekUnavailable, match=old) as gone:
            keks.unwrap(old, old_wrapped, AAD)
        assert DEK.hex() not in str(gone.value)
    with pytest.raises(KekUnavailable):
        one.retire(old)


def test_an_unknown_kek_is_unavailable_by_name(
    instances: Instances, request: pytest.FixtureRequest
) -> None:
    keks = instances()
    unknown = UNKNOWN[request.node.callspec.params["instances"]]
    wrapped = keks.wrap(DEK, AAD)[1]
    with pytest.raises(KekUnavailable, match=unknown):
        keks.unwrap(unknown, wrapped, AAD)
    with pytest.raises(KekUnavailable):
        keks.retire(unknown)
