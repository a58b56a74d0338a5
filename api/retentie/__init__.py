"""Retention by crypto-shredding, and erasure on request (docs/retentie.md)."""
