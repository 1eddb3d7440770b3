"""What the reader makes of a made-up page, for the reader tests: each promise as (side, text)."""

from imports.documents import text
from imports.documents.reading import pipeline
from imports.documents.reading.municipalities import Gazetteer

GAZETTEER = Gazetteer([("2584", "Kiruna")], [])


def promises_of(document):
    extraction = pipeline.read(text.clean(document), GAZETTEER)
    return [(a.responsible, a.text) for a in extraction.actions]
