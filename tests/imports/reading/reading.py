"""What the reader makes of a made-up page, for the reader tests: the whole extraction, or each
promise as (side, text)."""

from imports.documents import text
from imports.documents.reading import pipeline
from imports.documents.reading.municipalities import Gazetteer

GAZETTEER = Gazetteer([("2584", "Kiruna")], [])


def read(document):
    return pipeline.read(text.clean(document), GAZETTEER)


def promises_of(document):
    return [(a.responsible, a.text) for a in read(document).actions]
