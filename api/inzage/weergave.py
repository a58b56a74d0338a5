"""The inzage as a printable HTML document in Dutch, to hand to the youth: exactly the JSON
document's content, every value escaped (Jinja2 is not among the dependencies; the page is
small enough to build with html.escape). The PDF is this page, typeset by WeasyPrint."""

from __future__ import annotations

import json
from html import escape
from typing import Any

from api.inzage import schemas

STYLE = """
body { font-family: sans-serif; margin: 2em; color: #111; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 1.5em; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; font-size: 0.9em; }
th, td { border: 1px solid #999; padding: 0.3em 0.5em; text-align: left; vertical-align: top;
  overflow-wrap: anywhere; }
th { background: #eee; }
@media print { body { margin: 0; } }
@page { size: A4 landscape; margin: 1.5cm;
  @bottom-right { content: "pagina " counter(page) " van " counter(pages); font-size: 0.8em; } }
"""


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _table(headers: list[str], rows: list[list[Any]]) -> str:
    if not rows:
        return "<p>Geen.</p>"
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(_text(cell))}</td>" for cell in row) + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _fields(item: schemas.Gegeven) -> str:
    shown = "; ".join(f"{name}: {_text(value)}" for name, value in item.gegevens.items())
    if item.samengevat:
        shown += ("; " if shown else "") + "samengevat: " + ", ".join(item.samengevat)
    return shown


def _basis(item: schemas.Gegeven) -> str:
    return (
        "; ".join(
            f"{g.convenant} ({', '.join(g.doelen)}; bewaartermijn {g.bewaartermijn})"
            for g in item.grondslag
        )
        or "geen convenant"
    )


def render(document: schemas.Inzage) -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="nl"><head><meta charset="utf-8">',
        "<title>Inzage in vastgelegde gegevens (AVG art. 15)</title>",
        f"<style>{STYLE}</style></head><body>",
        "<h1>Inzage in vastgelegde gegevens (AVG artikel 15)</h1>",
        _table(
            ["Kenmerk verzoek", "Jongere (id)", "Opgesteld op", "Beleidsrevisie"],
            [
                [
                    document.kenmerk,
                    document.jongere_id,
                    document.gegenereerd_op,
                    document.beleidsrevisie,
                ]
            ],
        ),
        "".join(f"<p>{escape(line)}</p>" for line in document.toelichting),
        "<h2>Vastgelegde gegevens</h2>",
    ]
    if not document.gegevens:
        parts.append("<p>Geen.</p>")
    for part in document.gegevens:
        parts.append(f"<h3>{escape(part.omschrijving)}</h3>")
        parts.append(
            _table(
                ["Categorie", "Gegevens", "Vastgelegd door", "Op", "Grondslag", "Bewaren tot"],
                [
                    [
                        item.categorie,
                        _fields(item),
                        item.geleverd_door or "afgeleid door het systeem",
                        item.geregistreerd_op,
                        _basis(item),
                        item.bewaren_tot.isoformat() if item.bewaren_tot else None,
                    ]
                    for item in part.items
                ],
            )
        )
    parts += [
        "<h2>Ontvangers</h2>",
        _table(
            ["Organisatie", "Categorieen", "Doelen", "Convenanten", "Keren", "Eerste", "Laatste"],
            [
                [
                    r.organisatie,
                    r.categorieen,
                    r.doelen,
                    r.convenanten,
                    r.keren,
                    r.eerste,
                    r.laatste,
                ]
                for r in document.ontvangers
            ],
        ),
        "<h2>Verstrekkingen</h2>",
        _table(
            [
                "Tijd",
                "Organisatie",
                "Rollen",
                "Actie",
                "Soort",
                "Categorieen",
                "Doel",
                "Convenanten",
            ],
            [
                [
                    v.tijd,
                    v.organisatie,
                    v.rollen,
                    v.actie,
                    v.soort,
                    v.categorieen,
                    v.doel,
                    v.convenanten,
                ]
                for v in document.verstrekkingen
            ],
        ),
        "<h2>Geweigerde verzoeken</h2>",
        _table(
            ["Tijd", "Organisatie", "Rollen", "Actie", "Soort", "Doel", "Reden"],
            [
                [w.tijd, w.organisatie, w.rollen, w.actie, w.soort, w.doel, w.reden]
                for w in document.weigeringen
            ],
        ),
        "</body></html>",
    ]
    return "\n".join(parts)


def pdf(document: schemas.Inzage) -> bytes:
    """The same page as a PDF. It fetches nothing (the page holds no link to any resource, and
    the fetcher allows no protocol at all): what was stored cannot make the renderer go out."""
    from weasyprint import HTML  # slow to import: only when a PDF is asked for
    from weasyprint.urls import URLFetcher

    page = HTML(string=render(document), url_fetcher=URLFetcher(allowed_protocols=()))
    return bytes(page.write_pdf())
