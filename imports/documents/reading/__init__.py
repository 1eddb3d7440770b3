"""Reading a pledge document's text into fields, one small reader per field.

structure.py cuts the cleaned text into blocks (headings, lists with the sentence that
introduces them, paragraphs); each other module reads one field from them: municipalities.py,
period.py, signing.py (date and place), signatories.py (to teach it a new signature form, start
there), parties.py (who carries a promise, who gives the pledge, other organisations),
promises.py (which lists and sentences are promises: PromiseReader, the walk that decides; the
questions it asks are in lists.py, sentences.py, sides.py and prose.py), targets.py, cadence.py,
kind.py (pledge or follow-up); certainty.py says how sure the reading of the promises is.
pipeline.py runs them in order and returns an Extraction.
"""
