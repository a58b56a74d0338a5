"""Correction requests (AVG art. 16): the privacy officer files a youth's request to correct one
stored item; the organisation that supplied it answers. Above the slices, like api/inzage: an
item is any record the inzage lists (api/inzage/soorten.py)."""
