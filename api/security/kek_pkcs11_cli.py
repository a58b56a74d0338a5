"""`python -m api.security.kek_pkcs11_cli list|rotate`: the KEKs in the PKCS#11 token that
AANWAS_PKCS11_MODULE, _TOKEN_LABEL and _PIN_FILE (or _PIN) name (docs/keys.md): how an operator
makes the token's first KEK in production, where the API makes none by itself.

Retiring a KEK is not here: it must first be sure that no data key is wrapped by it any more,
which only the database can tell.
"""

from __future__ import annotations

import argparse
import sys

from api.security.kek import KekUnavailable
from api.security.kek_pkcs11 import Pkcs11KeyEncryptionKeys
from api.settings import Settings


def main(argv: list[str] | None = None) -> int:
    """Lists the token's KEKs, after making a new primary for `rotate`."""
    parser = argparse.ArgumentParser(prog="python -m api.security.kek_pkcs11_cli")
    parser.add_argument("action", choices=["list", "rotate"])
    args = parser.parse_args(argv)
    try:
        # As in production: no first KEK made by itself; `rotate` makes exactly one.
        settings = Settings().model_copy(update={"environment": "production"})
        keks = Pkcs11KeyEncryptionKeys.from_settings(settings)
        if args.action == "rotate":
            keks.rotate()
        for kek in keks.keys():  # noqa: SIM118 - the keyset's keys()
            print(kek.kid, kek.created, "primary" if kek.primary else "unwraps")
    except KekUnavailable as refused:
        print(f"error: {refused}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
