"""The municipalities reader: named with 'kommun', in a heading after page leftovers, through
a district, or only by name (flagged)."""

from imports.documents.reading.municipalities import Gazetteer, find_districts, find_municipalities
from imports.documents.reading.structure import blocks_of, is_heading

GAZETTEER = Gazetteer(
    [("0180", "Stockholm"), ("1480", "Göteborg"), ("2418", "Malå"), ("1380", "Halmstad")], []
)


def codes(document):
    found = find_municipalities(blocks_of(document), GAZETTEER, is_heading)
    return [(f.value, f.sure) for f in found]


def test_named_with_kommun():
    assert codes("Löfte\n\nMalå kommun och polisen lovar att synas.") == [("2418", True)]


def test_named_in_a_heading_after_page_leftovers():
    assert codes("Sök\n\nMalå – medborgarlöften\n\nPolisen lovar att synas.") == [("2418", True)]


def test_named_only_through_a_district():
    document = "Medborgarlöfte i Angered\n\nPolisen lovar att synas."
    assert codes(document) == [("1480", False)]
    assert [d.value for d in find_districts(blocks_of(document))] == ["Angered"]


def test_named_only_by_name_in_the_text_is_flagged():
    document = "Medborgarlöften\n\nHalmstads stadskärna ska bli tryggare.\n\nI Halmstad lovar vi."
    assert codes(document) == [("1380", False)]


def test_a_police_area_name_is_not_the_municipality():
    assert codes("Löfte\n\nlokalpolisområde Stockholm lovar att synas.") == []


def test_a_list_whose_last_name_carries_kommun_names_every_municipality_in_it():
    document = "Löfte\n\nEtt samarbete med polisen, Stockholm, Malå och Göteborg kommun."
    assert sorted(codes(document)) == [("0180", True), ("1480", True), ("2418", True)]


def test_named_once_as_the_owner_of_a_place_is_flagged():
    document = "Medborgarlöften\n\nLöftet inriktas på Malås centrala torg.\n\nPolisen lovar."
    assert codes(document) == [("2418", False)]


def test_two_different_owners_named_once_each_are_not_guessed():
    document = "Löften\n\nMalås torg och Göteborgs hamn.\n\nPolisen lovar."
    assert codes(document) == []


def test_a_police_area_first_in_a_list_with_kommun_is_not_a_municipality():
    document = "Löfte\n\nLokalpolisområde Stockholm och Malås kommun har tecknat löften."
    assert codes(document) == [("2418", True)]


GAZETTEER_SMALL_TOWNS = Gazetteer(
    [("0482", "Flen"), ("0483", "Katrineholm"), ("0428", "Vingåker"), ("1961", "Hallstahammar")],
    [],
)


def test_the_municipalities_a_police_area_covers_are_not_the_pledges():
    document = (
        "Uppföljning\n\nLokalpolisområde Katrineholm (Flen, Katrineholm och Vingåkers kommun) har "
        "ett medborgarlöfte i Flens kommun."
    )
    found = find_municipalities(blocks_of(document), GAZETTEER_SMALL_TOWNS, is_heading)
    assert [f.value for f in found] == ["0482"]


def test_the_one_place_named_in_a_sentence_about_both_parties_is_kept_and_flagged():
    document = "Nytt löfte\n\nI Hallstahammar sker en nära samverkan mellan polis och kommun."
    found = find_municipalities(blocks_of(document), GAZETTEER_SMALL_TOWNS, is_heading)
    assert [(f.value, f.sure) for f in found] == [("1961", False)]
    # Named once in a sentence about something else: nothing.
    other = "Nytt löfte\n\nI Hallstahammar finns ett fint torg."
    assert find_municipalities(blocks_of(other), GAZETTEER_SMALL_TOWNS, is_heading) == []


def test_a_police_area_named_for_two_places_names_no_municipality():
    # "Lokalpolisområde Göteborg/Stockholm och Malå kommun": both names before the slash and
    # after it are the police area's.
    document = "Löfte\n\nLokalpolisområde Göteborg/Stockholm och Malå kommun lovar att samverka."
    assert codes(document) == [("2418", True)]
