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


def api_url() -> str:
    """The running API's base URL, for every command that calls it: AANWAS_API_URL, else where
    `aanwas serve` listens (AANWAS_HOST, AANWAS_PORT; a wildcard host is reached on loopback)."""
    settings = get_settings()
    if settings.api_url:
        return settings.api_url.rstrip("/")
    host = "127.0.0.1" if settings.host in {"", "0.0.0.0", "::"} else settings.host  # noqa: S104
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{settings.port}"


def api_failure(url: str, exc: Exception) -> str:
    """One line saying why a call to the API failed, for a command to print instead of a
    traceback: not reachable, or the problem+json title and detail it answered with."""
    import httpx

    if isinstance(exc, httpx.HTTPStatusError):
        response = exc.response
        try:
            problem = response.json()
        except ValueError:
            problem = {}
        said = (
            ": ".join(str(problem[k]) for k in ("title", "detail") if problem.get(k))
            if isinstance(problem, dict)
            else ""
        )
        asked = f"{response.request.method} {response.request.url.path}"
        answer = f"the API at {url} answered {response.status_code} to {asked}"
        return answer + (f" ({said})" if said else "")
    if isinstance(exc, httpx.TransportError):
        return (
            f"the API at {url} is not reachable ({type(exc).__name__}); is it running "
            "(`make run`)? Set AANWAS_API_URL, or AANWAS_PORT, to where it serves"
        )
    return f"calling the API at {url} failed ({type(exc).__name__})"
