"""The Aanpak Criminele aanwas information-sharing API."""

API_VERSION = "0.9.0"
