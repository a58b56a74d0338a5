"""Who is calling: the principal of one request, as its access token says."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Principal:
    """The caller of one request, as its access token says. One org per token."""

    client_id: str
    org: str
    roles: tuple[str, ...]
    user: str | None = None

    @property
    def identity(self) -> str:
        """Who acts, as one name: the person once people log in, until then the client."""
        return self.user or self.client_id
