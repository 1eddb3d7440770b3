"""A paragraph before the promises' heading that opens with a side committing itself to a deed
and has a side promising in it holds promises; one that opens with an aim or speaks of the
pledge as such does not."""

from imports.documents.reading.sentences import pledges_throughout
from tests.imports.reading.reading import promises_of


def test_a_paragraph_of_deeds_and_a_promise():
    assert pledges_throughout(
        "Under vintern kommer polisen att gå fotpatrull vid stationen. Kommunen lovar att "
        "se över snöröjningen av gångvägarna."
    )
    assert pledges_throughout(
        "Kommunen ska sätta upp fler lampor i parken. Polisen lovar också att besöka skolorna."
    )


def test_an_aim_or_the_pledge_itself_opens_nopromises_of():
    assert not pledges_throughout(
        "I år lovar polisen och kommunen att tillsammans agera för att minska inbrotten. "
        "Det beslutades i veckan."
    )
    assert not pledges_throughout(
        "Polisen och kommunen ska arbeta för ökad trygghet. Kommunen lovar att se över parken."
    )
    assert not pledges_throughout(
        "Polisen kommer att presentera medborgarlöftet i maj. Kommunen lovar att bjuda in."
    )


def test_the_introduction_paragraph_read_with_laterpromises_of():
    document = (
        "Kiruna satsar på trygghet\n\n"
        "Polisen och kommunen har skrivit under ett avtal om samverkan.\n\n"
        "Arbetet gäller två områden:\n\n"
        "Stationen ska bli tryggare.\n\n"
        "Under vintern kommer polisen att gå fotpatrull vid stationen. Kommunen lovar att se "
        "över snöröjningen av gångvägarna.\n\n"
        "Narkotika\n\n"
        "Kommunen kommer att anställa en fältsekreterare till.\n"
    )
    found = promises_of(document)
    assert [side for side, _ in found] == ["polisen", "kommunen", "kommunen"]
