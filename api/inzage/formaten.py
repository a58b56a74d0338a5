"""In which form the inzage is answered: JSON, a printable HTML page or a PDF. An explicit
`formaat` wins; without it the `Accept` header decides (RFC 9110 section 12.5.1), and an
`Accept` that names none of the three is a 406, before anything is looked up or put on record.

The HTML page and the PDF are downloads (attachments) named after the request's kenmerk (the
reference of the letter, no personal data), never after the youth; like every answer here,
they are not cached."""

from __future__ import annotations

from typing import Literal

from fastapi.responses import HTMLResponse, Response

from api.inzage import schemas, weergave
from api.problems import Problem

Formaat = Literal["json", "html", "pdf"]

MEDIA_TYPES: dict[Formaat, str] = {
    "json": "application/json",
    "html": "text/html",
    "pdf": "application/pdf",
}


def chosen(formaat: Formaat | None, accept: str | None) -> Formaat:
    """The form to answer in, or a 406 Problem."""
    if formaat is not None:
        return formaat
    ranges = _media_ranges(accept or "*/*")
    best: tuple[float, Formaat] | None = None
    for name, media_type in MEDIA_TYPES.items():  # on a tie: json, then html, then pdf
        quality = _quality(media_type, ranges)
        if quality > 0 and (best is None or quality > best[0]):
            best = (quality, name)
    if best is None:
        raise Problem(
            406,
            "Niet aanvaardbaar",
            "De inzage is er als application/json, text/html of application/pdf; vraag een "
            "daarvan met Accept, of kies met formaat=json, html of pdf.",
            type_="niet-aanvaardbaar",
        )
    return best[1]


def _media_ranges(accept: str) -> list[tuple[str, float]]:
    ranges = []
    for part in accept.split(","):
        media, *params = (piece.strip() for piece in part.split(";"))
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    quality = 0.0
        if media:
            ranges.append((media.lower(), quality))
    return ranges


def _quality(media_type: str, ranges: list[tuple[str, float]]) -> float:
    """The quality of the most specific range that matches (type/subtype, type/*, */*)."""
    kind = media_type.split("/")[0]
    for candidate in (media_type, f"{kind}/*", "*/*"):
        matches = [quality for media, quality in ranges if media == candidate]
        if matches:
            return max(matches)
    return 0.0


def answer(document: schemas.Inzage, formaat: Formaat) -> schemas.Inzage | Response:
    if formaat == "json":
        return document
    name = "inzage-" + "".join(c if c.isalnum() or c in "._-" else "-" for c in document.kenmerk)
    if formaat == "html":
        return HTMLResponse(
            weergave.render(document),
            headers={"Content-Disposition": f'attachment; filename="{name}.html"'},
        )
    return Response(
        weergave.pdf(document),
        media_type=MEDIA_TYPES["pdf"],
        headers={"Content-Disposition": f'attachment; filename="{name}.pdf"'},
    )
