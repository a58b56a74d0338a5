"""The PKCS#11 KEK provider against a real SoftHSM2 token that each test creates itself: keys
made inside the token and never readable, rotation and retirement seen by other processes,
refusals that name the fix but never the PIN, and the API running on it. What every provider
owes the envelope (round trip, damaged wraps, rotation, retirement) is in test_kek_contract.py,
run against this provider too."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pkcs11
import pytest
from aanwas_client import AanwasClient
from pkcs11 import Attribute, KeyType, MechanismFlag, ObjectClass
from pkcs11 import exceptions as p11
from sqlalchemy import text

from api.db import make_engine
from api.security import kek_pkcs11
from api.security.data_keys import data_key_binding
from api.security.kek import KekUnavailable, WrappedKeyDamaged
from api.security.kek_pkcs11 import LABEL_PREFIX, Pkcs11KeyEncryptionKeys
from api.settings import CHECKOUT, Settings
from tests.conftest import free_port, register, serving, signaal_body
from tests.softhsm import SoftHsm, start_softhsm

DEK = bytes(range(32))
AAD = b"datasleutel:7f3c|jongere:42"


@pytest.fixture(scope="session")
def softhsm(tmp_path_factory: pytest.TempPathFactory) -> SoftHsm:
    return start_softhsm(tmp_path_factory.mktemp("softhsm"))


@pytest.fixture
def token(softhsm: SoftHsm) -> tuple[str, str]:
    return softhsm.new_token()


@pytest.fixture
def keks(softhsm: SoftHsm, token: tuple[str, str]) -> Pkcs11KeyEncryptionKeys:
    label, pin = token
    provider = Pkcs11KeyEncryptionKeys(softhsm.module, label, pin)
    provider.rotate()  # the first KEK, as `aanwas keys rotate` makes it on a new token
    return provider


def settings_for(softhsm: SoftHsm, label: str, **extra: object) -> Settings:
    return Settings(pkcs11_module=softhsm.module, pkcs11_token_label=label, **extra)  # type: ignore[arg-type]


def in_other_process(softhsm: SoftHsm, label: str, pin: str, script: str) -> dict[str, str]:
    """Runs `script` in a new Python process with its own provider `keks` on the same token;
    the script sets `out` (a dict of strings), which comes back."""
    program = (
        "import json, sys\n"
        "from api.security.kek_pkcs11 import Pkcs11KeyEncryptionKeys\n"
        f"keks = Pkcs11KeyEncryptionKeys({softhsm.module!r}, {label!r}, sys.stdin.read())\n"
        "out = {}\n"
        f"{script}\n"
        "print(json.dumps(out))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], input=pin, env=softhsm.env(), cwd=CHECKOUT,
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    result: dict[str, str] = json.loads(done.stdout)
    return result


@pytest.fixture
def token_session(
    softhsm: SoftHsm, keks: Pkcs11KeyEncryptionKeys, token: tuple[str, str]
) -> Iterator[pkcs11.Session]:
    """An operator's own session on the token (this process is logged in by the provider)."""
    session = pkcs11.lib(softhsm.module).get_token(token_label=token[0]).open()
    yield session
    session.close()


def test_the_kek_is_made_in_the_token_and_cannot_be_read_or_wrapped_out(
    keks: Pkcs11KeyEncryptionKeys, token_session: pkcs11.Session
) -> None:
    key = token_session.get_key(
        object_class=ObjectClass.SECRET_KEY, label=LABEL_PREFIX + keks.primary()
    )
    with pytest.raises(p11.AttributeSensitive):
        key[Attribute.VALUE]
    assert key[Attribute.TOKEN] and key[Attribute.PRIVATE]
    assert key[Attribute.SENSITIVE] and key[Attribute.ALWAYS_SENSITIVE]
    assert not key[Attribute.EXTRACTABLE] and key[Attribute.NEVER_EXTRACTABLE]
    assert key[Attribute.LOCAL]  # generated inside the token, never imported
    assert key.key_type == KeyType.AES and key.key_length == 256
    wrapping = token_session.generate_key(
        KeyType.AES, 256, capabilities=MechanismFlag.WRAP | MechanismFlag.ENCRYPT
    )
    with pytest.raises(p11.KeyUnextractable):
        wrapping.wrap_key(key)


def test_a_wrapped_dek_is_iv_ciphertext_and_tag_and_a_refusal_leaves_the_token_usable(
    keks: Pkcs11KeyEncryptionKeys,
) -> None:
    kid, wrapped = keks.wrap(DEK, AAD)
    assert len(wrapped) == 12 + 32 + 16
    with pytest.raises(WrappedKeyDamaged, match=kid):
        keks.unwrap(kid, wrapped, AAD + b"!")
    assert keks.unwrap(kid, wrapped, AAD) == DEK


def test_a_kid_of_another_provider_names_the_setting(keks: Pkcs11KeyEncryptionKeys) -> None:
    wrapped = keks.wrap(DEK, AAD)[1]
    with pytest.raises(KekUnavailable, match="AANWAS_KEK_PROVIDER"):
        keks.unwrap("kek-0badc0de", wrapped, AAD)  # the file provider's shape


def test_another_process_sees_a_rotation_and_a_retirement(
    softhsm: SoftHsm, token: tuple[str, str], keks: Pkcs11KeyEncryptionKeys
) -> None:
    label, pin = token
    first = keks.primary()
    first_wrapped = keks.wrap(DEK, AAD)[1]
    there = in_other_process(
        softhsm, label, pin,
        f"out['kid'] = keks.rotate()\nout['wrapped'] = keks.wrap({DEK!r}, {AAD!r})[1].hex()\n"
        f"old = bytes.fromhex({first_wrapped.hex()!r})\n"
        f"out['old'] = keks.unwrap({first!r}, old, {AAD!r}).hex()",
    )  # fmt: skip
    assert there["old"] == DEK.hex()  # that process unwraps what this one wrapped
    # A DEK wrapped under a kid this process has not seen: it reads the token again at once.
    assert keks.unwrap(there["kid"], bytes.fromhex(there["wrapped"]), AAD) == DEK
    deadline = time.monotonic() + kek_pkcs11.REFRESH_SECONDS + 1
    while keks.primary() != there["kid"] and time.monotonic() < deadline:
        time.sleep(0.1)
    assert keks.primary() == there["kid"] and keks.wrap(DEK, AAD)[0] == there["kid"]

    in_other_process(softhsm, label, pin, f"keks.retire({first!r})")
    with pytest.raises(KekUnavailable, match=first):
        keks.unwrap(first, first_wrapped, AAD)  # this process had the key's handle: it is gone


def test_a_wrong_pin_is_refused_without_showing_it(softhsm: SoftHsm) -> None:
    label, pin = softhsm.new_token()
    wrong = "9" * len(pin)
    with pytest.raises(KekUnavailable) as refused:
        Pkcs11KeyEncryptionKeys.from_settings(settings_for(softhsm, label, pkcs11_pin=wrong))
    message = str(refused.value)
    assert "PIN" in message and "AANWAS_PKCS11_PIN" in message and label in message
    assert wrong not in message and pin not in message
    keks = Pkcs11KeyEncryptionKeys.from_settings(settings_for(softhsm, label, pkcs11_pin=pin))
    keks.rotate()
    # Logged in now (PKCS#11 logs in per process): another provider must still bring the PIN.
    with pytest.raises(KekUnavailable, match="refuses the PIN") as again:
        Pkcs11KeyEncryptionKeys(softhsm.module, label, wrong)
    assert wrong not in str(again.value)


def test_the_pin_comes_from_a_file_and_never_shows_in_settings(
    softhsm: SoftHsm, tmp_path: Path
) -> None:
    label, pin = softhsm.new_token()
    pin_file = tmp_path / "pkcs11-pin"
    pin_file.write_text(pin + "\n")
    settings = settings_for(softhsm, label, pkcs11_pin_file=pin_file)
    keks = Pkcs11KeyEncryptionKeys.from_settings(settings)
    kid = keks.rotate()
    assert keks.unwrap(*keks.wrap(DEK, AAD), AAD) == DEK and keks.primary() == kid
    assert pin not in repr(settings_for(softhsm, label, pkcs11_pin=pin))


ONE = {"pkcs11_module": "m", "pkcs11_token_label": "t"}


@pytest.mark.parametrize(
    ("settings", "names"),
    [
        ({"pkcs11_token_label": "t", "pkcs11_pin": "1"}, "AANWAS_PKCS11_MODULE"),
        ({**ONE, "pkcs11_module": "/nowhere/libp11.so", "pkcs11_pin": "1"}, "AANWAS_PKCS11_MODULE"),
        ({"pkcs11_module": "m", "pkcs11_pin": "1"}, "AANWAS_PKCS11_TOKEN_LABEL"),
        (ONE, "AANWAS_PKCS11_PIN_FILE"),
        ({**ONE, "pkcs11_pin": "1", "pkcs11_pin_file": "/p"}, "keep one"),
        ({**ONE, "pkcs11_pin_file": "/nowhere/pin"}, "cannot be read"),
    ],
)  # fmt: skip
def test_missing_or_wrong_settings_name_the_setting(
    softhsm: SoftHsm, settings: dict[str, str], names: str
) -> None:
    with pytest.raises(KekUnavailable, match=names):
        Pkcs11KeyEncryptionKeys.from_settings(Settings(**settings))  # type: ignore[arg-type]


def test_an_unknown_token_label_is_named(softhsm: SoftHsm) -> None:
    with pytest.raises(KekUnavailable, match=r"'no-such-token'.*AANWAS_PKCS11_TOKEN_LABEL"):
        Pkcs11KeyEncryptionKeys.from_settings(
            settings_for(softhsm, "no-such-token", pkcs11_pin="1234")
        )


def test_many_threads_wrap_and_unwrap_at_once(keks: Pkcs11KeyEncryptionKeys) -> None:
    failures: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for i in range(40):
                dek = os.urandom(32)
                aad = f"jongere:{n}:{i}".encode()
                kid, wrapped = keks.wrap(dek, aad)
                assert keks.unwrap(kid, wrapped, aad) == dek
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []


def test_a_provider_logs_in_again_when_the_module_logged_it_out(
    softhsm: SoftHsm, keks: Pkcs11KeyEncryptionKeys
) -> None:
    kid, wrapped = keks.wrap(DEK, AAD)
    pkcs11.lib(softhsm.module).reinitialize()  # every session closed, the process logged out
    assert keks.unwrap(kid, wrapped, AAD) == DEK
    assert keks.wrap(DEK, AAD)[0] == kid


def run_kek_cli(
    softhsm: SoftHsm, label: str, pin: str, *args: str
) -> subprocess.CompletedProcess[str]:
    env = {
        **softhsm.env(),
        "AANWAS_PKCS11_MODULE": softhsm.module,
        "AANWAS_PKCS11_TOKEN_LABEL": label,
        "AANWAS_PKCS11_PIN": pin,
    }
    return subprocess.run(
        [sys.executable, "-m", "api.security.kek_pkcs11_cli", *args],
        env=env, cwd=CHECKOUT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_an_operator_makes_the_first_kek_and_rotates_with_the_cli(softhsm: SoftHsm) -> None:
    label, pin = softhsm.new_token()
    empty = run_kek_cli(softhsm, label, pin, "list")
    assert (empty.returncode, empty.stdout) == (0, "")  # the CLI makes no KEK by itself
    first = run_kek_cli(softhsm, label, pin, "rotate")
    assert first.returncode == 0, first.stderr
    [(kid, _, role)] = [line.split() for line in first.stdout.splitlines()]
    assert role == "primary"
    second = run_kek_cli(softhsm, label, pin, "rotate").stdout.splitlines()
    assert [line.split()[::2] for line in second][1] == [kid, "unwraps"]
    keks = Pkcs11KeyEncryptionKeys(softhsm.module, label, pin)
    assert keks.primary() == second[0].split()[0] != kid

    wrong = "0" * len(pin)
    refused = run_kek_cli(softhsm, label, wrong, "rotate")
    assert refused.returncode == 2 and "AANWAS_PKCS11_PIN" in refused.stderr
    assert wrong not in refused.stderr + refused.stdout
    assert len(keks.keys()) == 2  # nothing made


def test_outside_production_the_first_kek_is_made_on_first_start_and_in_production_not(
    softhsm: SoftHsm,
) -> None:
    label, pin = softhsm.new_token()
    production = settings_for(softhsm, label, pkcs11_pin=pin, environment="production")
    keks = Pkcs11KeyEncryptionKeys.from_settings(production)
    assert keks.keys() == []
    with pytest.raises(KekUnavailable, match="kek_pkcs11_cli rotate"):
        keks.wrap(DEK, AAD)
    development = Pkcs11KeyEncryptionKeys.from_settings(
        settings_for(softhsm, label, pkcs11_pin=pin)
    )
    [made] = development.keys()
    assert made.primary and development.wrap(DEK, AAD)[0] == made.kid
    assert [k.kid for k in Pkcs11KeyEncryptionKeys.from_settings(production).keys()] == [made.kid]  # noqa: SIM118


def test_a_provider_inherited_by_a_forked_child_refuses_instead_of_touching_the_token(
    keks: Pkcs11KeyEncryptionKeys,
) -> None:
    reading, writing = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - the child reports through the pipe, never returns
        answer = b"other"
        try:
            keks.wrap(DEK, AAD)
            answer = b"wrapped"
        except KekUnavailable as refused:
            answer = b"refused" if "forked" in str(refused) else answer
        finally:
            os.write(writing, answer)
            os._exit(0)
    os.close(writing)
    deadline = time.monotonic() + 60
    while os.waitpid(child, os.WNOHANG) == (0, 0):
        if time.monotonic() > deadline:
            os.kill(child, 9)
            pytest.fail("the forked child hung")
        time.sleep(0.05)
    assert os.read(reading, 100) == b"refused"
    os.close(reading)
    assert keks.unwrap(*keks.wrap(DEK, AAD), AAD) == DEK  # the parent goes on


def test_the_api_on_a_pkcs11_token_seals_a_new_youth_under_a_kek_the_token_holds(
    softhsm: SoftHsm,
    token: tuple[str, str],
    keks: Pkcs11KeyEncryptionKeys,
    settings: Settings,
    bsn: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    label, pin = token
    pin_file = tmp_path / "pkcs11-pin"
    pin_file.write_text(pin + "\n")
    for name, value in {
        "AANWAS_KEK_PROVIDER": "pkcs11",
        "AANWAS_PKCS11_MODULE": softhsm.module,
        "AANWAS_PKCS11_TOKEN_LABEL": label,
        "AANWAS_PKCS11_PIN_FILE": str(pin_file),
    }.items():
        monkeypatch.setenv(name, value)
    politie_id, politie_secret = register(settings, "politie", "partner_system")
    with (
        serving(settings) as base_url,
        AanwasClient(base_url, politie_id, politie_secret, purpose="signalering") as politie,
    ):
        created = politie.push_signaal(signaal_body(bsn))
        read = politie.get_signaal(created["id"])
    assert read["omschrijving"] == signaal_body(bsn)["omschrijving"]
    assert read["jongere"]["voornamen"] == "Sem"

    with make_engine(settings.database_url).connect() as connection:
        rows = connection.execute(
            text(
                "SELECT * FROM datasleutels WHERE onderwerp_soort = 'jongere' AND onderwerp_id = :j"
            ),
            {"j": created["jongereId"]},
        ).all()
    assert rows, "the new youth has a data key"
    held = {k.kid for k in keks.keys()}  # noqa: SIM118 - the keyset's keys()
    for row in rows:
        assert row.kek_id in held
        binding = data_key_binding(row.id, row.onderwerp_soort, row.onderwerp_id)
        assert len(keks.unwrap(row.kek_id, bytes(row.verpakt), binding)) == 32


def test_the_api_does_not_start_on_a_wrong_pin_and_says_which_setting_without_the_pin(
    softhsm: SoftHsm, settings: Settings
) -> None:
    label, pin = softhsm.new_token()
    wrong = "7" * len(pin)
    env = {
        **softhsm.env(),
        "AANWAS_DATABASE_URL": settings.database_url,
        "AANWAS_KEYS_DIR": str(settings.keys_dir),
        "AANWAS_MANAGE_OPA": "false",
        "AANWAS_RUN_WORKER": "false",
        "AANWAS_KEK_PROVIDER": "pkcs11",
        "AANWAS_PKCS11_MODULE": softhsm.module,
        "AANWAS_PKCS11_TOKEN_LABEL": label,
        "AANWAS_PKCS11_PIN": wrong,
        "AANWAS_PORT": str(free_port()),
    }
    refused = subprocess.run(
        [sys.executable, "-m", "api.cli", "serve", "--no-migrate"],
        env=env, cwd=CHECKOUT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert refused.returncode != 0
    assert "refuses the PIN" in refused.stderr and "AANWAS_PKCS11_PIN_FILE" in refused.stderr
    assert wrong not in refused.stderr + refused.stdout
