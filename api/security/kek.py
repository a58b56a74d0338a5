"""Key-encryption keys (KEKs): the keys that wrap each data subject's data key (DEK).

Every personal field is sealed under its data subject's own DEK (envelope encryption); the DEKs
are stored wrapped by a KEK that never leaves its provider. A provider holds a keyset, as Tink
and Vault transit do: one primary KEK that wraps new DEKs, and older KEKs that still unwrap
until everything wrapped by them is re-wrapped (`aanwas keys rewrap`) and they are retired.

Two providers speak this interface: a key file in the keys folder (the development default) and
a PKCS#11 token (an HSM; tested against SoftHSM2). The associated data binds a wrapped DEK to the
data key it is (its id and data subject), so a wrapped DEK copied to another row does not unwrap.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from api.settings import Settings


class KekUnavailable(RuntimeError):
    """A KEK that is needed is not held by the provider (unknown key id, a retired key, a token
    that cannot be reached). The message names the key id and the fix, never key material."""


class KekRefused(ValueError):
    """A change to the keyset that is not made (retiring the primary KEK, or a KEK that still
    wraps data keys); the message names the fix."""


class WrappedKeyDamaged(Exception):
    """A wrapped DEK does not unwrap under the KEK it names: altered, or moved between rows."""


@dataclass(frozen=True)
class KekInfo:
    """One KEK as an operator sees it (no key material)."""

    kid: str
    created: str  # ISO 8601, UTC
    primary: bool


class KeyEncryptionKeys(Protocol):
    """A KEK provider. Implementations are safe to use from several threads."""

    provider: str  # "file" or "pkcs11": shown by `aanwas keys list` and in key-event records

    def primary(self) -> str:
        """The key id of the primary KEK (the one that wraps new DEKs)."""
        ...

    def keys(self) -> list[KekInfo]:
        """Every KEK the provider holds, the primary first, then newest first."""
        ...

    def wrap(self, dek: bytes, associated_data: bytes) -> tuple[str, bytes]:
        """Wraps a DEK with the primary KEK: (the KEK's id, the wrapped DEK)."""
        ...

    def unwrap(self, kid: str, wrapped: bytes, associated_data: bytes) -> bytes:
        """Unwraps a DEK with the KEK `kid`. Raises KekUnavailable when that KEK is not held,
        WrappedKeyDamaged when the wrapped DEK does not open for this associated data."""
        ...

    def rotate(self) -> str:
        """Adds a new KEK and makes it the primary; returns its id. Older KEKs keep unwrapping."""
        ...

    def retire(self, kid: str) -> None:
        """Removes a KEK that is not the primary (the caller has checked that no DEK is wrapped
        by it any more). Raises KekRefused for the primary, KekUnavailable for an unknown id."""
        ...


def load_kek_provider(settings: Settings) -> KeyEncryptionKeys:
    """The KEK provider the settings name (AANWAS_KEK_PROVIDER): the keyset file in the keys
    folder ("file", the default) or a PKCS#11 token ("pkcs11")."""
    if settings.kek_provider == "pkcs11":
        module = importlib.import_module("api.security.kek_pkcs11")
        provider: KeyEncryptionKeys = module.Pkcs11KeyEncryptionKeys.from_settings(settings)
        return provider
    from api.security.kek_file import FileKeyEncryptionKeys

    return FileKeyEncryptionKeys(settings)
