"""Under a heading that holds a promise, a later paragraph that tells a finding first and
then has a side promise in a sentence of its own: the promising sentences are promises."""

from tests.imports.reading.reading import promises_of

PAGE = (
    "Kiruna – medborgarlöften\n\n"
    "Medborgarlöfte\n\n"
    "Trafik\n\n"
    "För att minska buskörningen lovar polisen och kommunen att göra tio kontroller per år.\n\n"
    "{later}\n\n"
    "Uppföljning\n\n"
    "Löftet följs upp varje kvartal.\n"
)


def test_a_finding_then_two_sides_promising():
    later = (
        "Enkäten från i våras visar att många äldre undviker busstorget. Under 2031 åtar sig "
        "kommunen att byta belysningen vid torget. Polisen lovar också att patrullera där "
        "varje fredag."
    )
    found = promises_of(PAGE.format(later=later))
    assert [side for side, _ in found] == ["gemensamt", "kommunen", "polisen"]
    assert found[1][1].startswith("Under 2031 åtar sig kommunen")


def test_a_finding_with_a_promise_in_another_wording():
    later = (
        "Många föräldrar har hört av sig om mopederna vid skolan. Vi lovar därför att bjuda "
        "in till ett föräldramöte i augusti."
    )
    found = promises_of(PAGE.format(later=later))
    assert len(found) == 2


def test_an_explanation_that_only_says_what_shall_be_done_stays_with_its_promise():
    later = (
        "Kontrollerna görs främst på kvällstid. Polisen ska redovisa resultatet i "
        "lokala brottsförebyggande rådet."
    )
    found = promises_of(PAGE.format(later=later))
    assert len(found) == 1
