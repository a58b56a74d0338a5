"""What the `aanwas` commands share: who runs them, and the database they act on."""

from __future__ import annotations

import getpass
import json
import os
import re

from sqlalchemy.orm import Session, sessionmaker

from api.settings import get_settings


def known_roles() -> dict[str, list[str]]:
    """Organisations and their roles, from the policy's reference data (one source for both)."""
    path = get_settings().policies_dir / "referentie" / "data.json"
    roles: dict[str, list[str]] = json.loads(path.read_text())["rollen"]
    return roles


_LOGIN_SHAPE = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def operator() -> str:
    """Who runs this command, for the audit record of what it does: the login behind sudo if
    there is one, else the account's (`cli:<login>`). Only a login's shape is stored: the log
    keeps no text it cannot vouch for."""
    # SUDO_USER only as root: anyone else could set it to any name.
    behind_sudo = os.environ.get("SUDO_USER") if os.geteuid() == 0 else None
    try:
        login = behind_sudo or getpass.getuser()
    except (KeyError, OSError):  # an account without a name (a container's bare uid)
        login = ""
    return f"cli:{login}" if _LOGIN_SHAPE.fullmatch(login) else "cli:onbekend"


def sessions() -> sessionmaker[Session]:
    from api.db import ensure_migrated, make_engine, session_factory

    engine = make_engine(get_settings().database_url)
    ensure_migrated(engine)
    return session_factory(engine)
