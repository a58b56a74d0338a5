"""A client library for accessing Aanpak Criminele aanwas - informatiedeling"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
