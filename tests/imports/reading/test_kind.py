"""The kind reader: a pledge or a follow-up of one."""

import pytest

from imports.documents.reading.kind import read_kind
from imports.documents.reading.structure import blocks_of, is_heading


@pytest.mark.parametrize(
    ("document", "kind"),
    [
        ("Uppföljning av medborgarlöftet 2023\n\nPolisen har synts i centrum.", "followup"),
        ("Sök\n\nUppföljning medborgarlöfte Töreboda\n\nText.", "followup"),
        (
            "Medborgarlöfte 2018\n\n• 303 trafikkontroller genomfördes.\n"
            "• 12 trygghetsvandringar har genomförts.",
            "followup",
        ),
        ("Så här har vi arbetat med löftet\n\nText.", "followup"),
        ("Årsrapport medborgarlöfte 2023\n\nText.", "followup"),
        ("Utvärdering av medborgarlöftet 2022–2023\n\nText.", "followup"),
        ("Medborgarlöftet 2023 – så gick det\n\nText.", "followup"),
        (
            "Medborgarlöfte 2024\n\nPolisen lovar att synas.\n\nUppföljning\n\n"
            "Uppföljning sker årligen.",
            "pledge",
        ),
        # The verdict first: "Så här gick det med …löftena".
        ("Så här gick det med kommunens medborgarlöften\n\nText.", "followup"),
        ("Så gick det för trygghetslöftet\n\nText.", "followup"),
        # Last year's report at the top of the page that gives this year's pledge.
        (
            "Uppföljning av medborgarlöftet 2022\n\nTre vandringar hölls.\n\n"
            "Medborgarlöfte 2023\n\nPolisen lovar att:\n\n• patrullera i parken",
            "pledge",
        ),
        (
            "Uppföljning av medborgarlöftet 2022\n\nTre vandringar hölls.\n\n"
            "Medborgarlöfte 2022\n\nPolisen lovar att patrullera i parken.",
            "followup",
        ),
    ],
)
def test_a_follow_up_is_told_from_a_pledge(document, kind):
    assert read_kind(blocks_of(document), is_heading).value == kind
