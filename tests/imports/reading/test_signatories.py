"""The signatories reader: signature blocks in many layouts, and names it is unsure of."""

import pytest

from imports.documents.reading.signatories import (
    find_signatories,
    is_known_first_name,
    signatories_in_sentence,
)
from imports.documents.reading.structure import Block


def people(lines):
    return [(p.name, p.title, p.side) for p in find_signatories(Block(1, lines))]


def test_signatories_in_lines_with_a_glued_title():
    block = Block(1, ["Ljungby kommun", "Magnus GunnarssonKommunstyrelsens ordförande"])
    [person] = find_signatories(block)
    assert (person.name, person.title, person.side, person.organisation) == (
        "Magnus Gunnarsson",
        "Kommunstyrelsens ordförande",
        "kommun",
        "Ljungby kommun",
    )


def test_signatories_in_two_columns():
    block = Block(
        3,
        [
            "Älmhults kommun \xa0Polismyndigheten",
            "Elizabeth Peltola Roger Olsson",
            "Kommunstyrelsens ordförande Lokalpolisområdeschef",
        ],
    )
    assert [(p.name, p.title, p.organisation) for p in find_signatories(block)] == [
        ("Elizabeth Peltola", "Kommunstyrelsens ordförande", "Älmhults kommun"),
        ("Roger Olsson", "Lokalpolisområdeschef", "Polismyndigheten"),
    ]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["Mats Scherp, chef lokalpolisområde Hallsberg"],
            [("Mats Scherp", "Chef lokalpolisområde Hallsberg", "polis")],
        ),
        (
            ["/Peter Ågren, chef lokalpolisområde Norrmalm, region Stockholm"],
            [("Peter Ågren", "Chef lokalpolisområde Norrmalm", "polis")],
        ),
        (
            ["Stadsdelsdirektör", "Maria Ekström"],
            [("Maria Ekström", "Stadsdelsdirektör", "kommun")],
        ),
        (
            ["Gunnar Åreng", "Kommunpolis", "Töreboda"],
            [("Gunnar Åreng", "Kommunpolis", "polis")],
        ),
        (
            ["Anna Lind", "Lokalpolisområdeschef, Lokalpolisområde Kalmar"],
            [("Anna Lind", "Lokalpolisområdeschef", "polis")],
        ),
    ],
)
def test_signature_forms_and_one_failing_line_does_not_drop_the_block(lines, expected):
    assert people(lines) == expected


def test_a_quote_naming_a_person_is_no_signature():
    assert people(["— Bra samarbete, säger Tobias Pettersson, kommunstyrelsens ordförande."]) == []
    assert [
        name for name, _, _ in people(["Anders Sund, kommunpolis och Eva Berg, kommunchef"])
    ] == [
        "Anders Sund",
        "Eva Berg",
    ]


def test_signatories_named_in_a_sentence_about_signing():
    found = signatories_in_sentence(
        "Löftet har undertecknats av lokalpolisområdeschef Anna Lind, kommunpolis Erik Berg, "
        "kommunalråd Karin Holm och kommunchef Lars Ek.",
        7,
    )
    assert [(p.name, p.title.lower(), p.side) for p in found] == [
        ("Anna Lind", "lokalpolisområdeschef", "polis"),
        ("Erik Berg", "kommunpolis", "polis"),
        ("Karin Holm", "kommunalråd", "kommun"),
        ("Lars Ek", "kommunchef", "kommun"),
    ]
    found = signatories_in_sentence(
        "Vårt kommunalråd Susanne Andersson och områdespolischef Johan Rexhag skrev idag på "
        "medborgarlöftet.",
        3,
    )
    assert [p.name for p in found] == ["Susanne Andersson", "Johan Rexhag"]
    assert signatories_in_sentence("Kommunalråd Susanne Andersson besökte skolan.", 1) == []


def test_signatories_in_a_caption_in_the_present_tense():
    found = signatories_in_sentence(
        "Karin Holm, kommunalråd och Erik Berg, lokalpolisområdeschef signerar medborgarlöftet.",
        2,
    )
    assert [(p.name, p.title.lower(), p.side) for p in found] == [
        ("Karin Holm", "kommunalråd", "kommun"),
        ("Erik Berg", "lokalpolisområdeschef", "polis"),
    ]


def test_a_name_outside_the_first_name_list_is_flagged():
    assert is_known_first_name("Anna Lind") and not is_known_first_name("Xyz Lind")
    [person] = find_signatories(Block(1, ["Zorro Lind", "Kommunpolis"]))
    assert person.sure is False and "förnamn" in person.doubt


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["Kommunstyrelsens ordförande Anna Svensson"],
            [("Anna Svensson", "Kommunstyrelsens ordförande", "kommun")],
        ),
        (
            ["Anna Svensson (S)", "Kommunstyrelsens ordförande"],
            [("Anna Svensson", "Kommunstyrelsens ordförande", "kommun")],
        ),
        (
            ["Per Olsson", "Tf lokalpolisområdeschef", "Lokalpolisområde Kalmar"],
            [("Per Olsson", "Tf lokalpolisområdeschef", "polis")],
        ),
        (
            ["Eva Berg", "Kommunstyrelsens ordförande i Nybro kommun"],
            [("Eva Berg", "Kommunstyrelsens ordförande i Nybro kommun", "kommun")],
        ),
    ],
)
def test_more_signature_forms(lines, expected):
    assert people(lines) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Kommunalrådet Anna Svensson och lokalpolisområdeschefen Per Olsson tecknade "
            "medborgarlöftet i går.",
            [("Anna Svensson", "kommunalrådet"), ("Per Olsson", "lokalpolisområdeschefen")],
        ),
        (
            "På måndagen skrev kommunstyrelsens ordförande Anna Svensson (S) och "
            "lokalpolisområdeschef Per Olsson under medborgarlöftet.",
            [
                ("Anna Svensson", "kommunstyrelsens ordförande"),
                ("Per Olsson", "lokalpolisområdeschef"),
            ],
        ),
        (
            "Eva Berg, kommunalråd och Lisa Ek, lokalpolisområdeschef Nybro undertecknade idag "
            "ett medborgarlöfte.",
            [("Eva Berg", "kommunalråd"), ("Lisa Ek", "lokalpolisområdeschef nybro")],
        ),
    ],
)
def test_news_sentences_about_signing(sentence, expected):
    assert [(p.name, p.title.lower()) for p in signatories_in_sentence(sentence, 1)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            # A passive whose particle comes after a long subject, closed by "under av".
            "Tisdagen den 3 maj skrevs ett nytt avtal mellan polisen och kommunen samt nya "
            "gemensamma medborgarlöften under av lokalpolisområdeschef Eva Berg och "
            "kommunstyrelsens ordförande Per Ek.",
            [("Eva Berg", "lokalpolisområdeschef"), ("Per Ek", "kommunstyrelsens ordförande")],
        ),
        (
            "Den 2 mars signerade lokalpolisområdeschef Lars Ek och kommunalråd Anna Lind ett "
            "medborgarlöfte.",
            [("Lars Ek", "lokalpolisområdeschef"), ("Anna Lind", "kommunalråd")],
        ),
        (
            # Those present "för att underteckna"; a place of two words after the title and a
            # chair's title written as one word.
            "På plats för att underteckna medborgarlöftet var Eva Berg, lokalpolisområdeschef i "
            "Norra Dalen, och Per Ek (M), kommunstyrelseordförande i Exempelby kommun.",
            [
                ("Eva Berg", "lokalpolisområdeschef i norra dalen"),
                ("Per Ek", "kommunstyrelseordförande i exempelby kommun"),
            ],
        ),
        (
            # The place's name is not cut short where the next word is lower case.
            "Den 1 april undertecknade Eva Berg, tf lokalpolisområdeschef i Norra Dalen, samt "
            "kommunchef Per Ek, medborgarlöftet.",
            [("Eva Berg", "tf lokalpolisområdeschef i norra dalen"), ("Per Ek", "kommunchef")],
        ),
    ],
)
def test_more_sentences_about_signing(sentence, expected):
    assert [(p.name, p.title.lower()) for p in signatories_in_sentence(sentence, 1)] == expected


def test_a_signer_named_bare_takes_the_title_the_text_gives_elsewhere():
    document = (
        "– Ett bra arbete, säger Lars Ek, lokalpolisområdeschef i Norra Dalen.\n"
        "Lars Ek och kommunchef Anna Lind skrev under löftet i dag."
    )
    found = signatories_in_sentence(document.splitlines()[1], 2, document)
    assert [(p.name, p.title.lower(), p.side) for p in found] == [
        ("Lars Ek", "lokalpolisområdeschef i norra dalen", "polis"),
        ("Anna Lind", "kommunchef", "kommun"),
    ]
    # Named bare and nowhere with a title: left out, not guessed.
    assert [p.name for p in signatories_in_sentence(document.splitlines()[1], 2)] == ["Anna Lind"]


def test_a_first_name_outside_the_list_beside_a_title_is_kept_and_flagged():
    found = signatories_in_sentence(
        "Den 6 juni skrev lokalpolisområdeschef Zorro Lind och kommunstyrelsens ordförande "
        "Anna Berg under medborgarlöftet.",
        1,
    )
    assert [(p.name, p.sure) for p in found] == [("Zorro Lind", False), ("Anna Berg", True)]


def test_a_name_glued_to_the_last_paragraph_starts_the_signature():
    from imports.documents.reading.signatories import split_glued_signature

    blocks = split_glued_signature(
        [Block(5, ["Vi lovar att synas i kommunen.Anna Lind", "Kommunpolis", "Polismyndigheten"])]
    )
    assert [b.lines for b in blocks] == [
        ["Vi lovar att synas i kommunen."],
        ["Anna Lind", "Kommunpolis", "Polismyndigheten"],
    ]
    # A paragraph that only ends in a capitalised phrase, with no title under it, stays whole.
    kept = [Block(1, ["Vi ses på torget i Norra Dalen", "och i skolan."])]
    assert split_glued_signature(kept) == kept


def test_names_over_titles_in_columns_parted_by_wide_gaps():
    # A title with its place in a cell: the two rows are parted by wide runs of spaces.
    block = Block(
        5,
        [
            "Anna Berg                          Per Ek",
            "Kommunstyrelsens ordförande           Lokalpolisområdeschef Norrby",
        ],
    )
    assert people(block.lines) == [
        ("Anna Berg", "Kommunstyrelsens ordförande", "kommun"),
        ("Per Ek", "Lokalpolisområdeschef Norrby", "polis"),
    ]
    # The row of titles is not read as one title over a name.
    assert find_signatories(Block(5, [*block.lines, "Lisa Holm"])) == []


def test_a_name_and_title_over_a_phone_number_is_a_contact_card():
    assert people(["Lisa Holm", "Kommunpolis", "010-123 45 67"]) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            # The perfect tense, and an abbreviation ("t.f.") that ends no sentence.
            "Eva Berg, t.f. lokalpolisområdeschef Norrby/Söderby och kommunstyrelsens ordförande "
            "Per Ek har undertecknat medborgarlöftet för 2021.",
            [
                ("Eva Berg", "t.f. lokalpolisområdeschef norrby/söderby"),
                ("Per Ek", "kommunstyrelsens ordförande"),
            ],
        ),
        (
            # An organisation of several words after the title, closed by a comma.
            "Den 2 maj undertecknade kommunalråd Anna Lind och Lars Ek, lokalpolischef "
            "Polisområde Norr Region Mitt, ett medborgarlöfte.",
            [
                ("Anna Lind", "kommunalråd"),
                ("Lars Ek", "lokalpolischef polisområde norr region mitt"),
            ],
        ),
        (
            # The third person signs the agreement, not the pledge.
            "Lokalpolisområdeschefen Eva Berg och kommunalrådet Per Ek undertecknar "
            "medborgarlöftet och kommunchef Lisa Holm undertecknar samverkansöverenskommelsen.",
            [("Eva Berg", "lokalpolisområdeschefen"), ("Per Ek", "kommunalrådet")],
        ),
    ],
)
def test_signing_sentences_of_the_second_round(sentence, expected):
    assert [(p.name, p.title.lower()) for p in signatories_in_sentence(sentence, 1)] == expected


def test_a_title_given_elsewhere_ends_with_its_paragraph():
    document = (
        "– Vi är nöjda, säger Lars Ek, lokalpolisområdeschef i Norrby\n\n"
        "Samtidigt tecknades ett avtal.\n"
        "I dag undertecknade Lars Ek och kommunchef Anna Lind ett nytt medborgarlöfte."
    )
    found = signatories_in_sentence(document.splitlines()[-1], 4, document)
    assert [(p.name, p.title.lower()) for p in found] == [
        ("Lars Ek", "lokalpolisområdeschef i norrby"),
        ("Anna Lind", "kommunchef"),
    ]


def test_the_signing_sentence_that_names_the_most_signers_is_taken():
    from imports.documents.reading import pipeline
    from imports.documents.reading.municipalities import Gazetteer

    page = (
        "Nytt medborgarlöfte i Malå\n\n"
        "Lars Ek och Kalle Lind undertecknar medborgarlöftet\n\n"
        "– Ett viktigt steg, säger Lars Ek, lokalpolisområdeschef i Norrby.\n\n"
        "Lars Ek och kommunchef Karl-Axel Lind skrev under löftet i dag."
    )
    found = pipeline.read(page, Gazetteer([("2418", "Malå")], [])).signatories
    assert [p.name for p in found] == ["Lars Ek", "Karl-Axel Lind"]


def test_an_adverb_between_the_passive_signing_verb_and_its_agent():
    text = (
        "Nu har löftet signerats digitalt av kommunalråd Erik Lövgren och Veronica Andersson, "
        "chef för lokalpolisområde Medelpad."
    )
    found = [(p.name, p.title, p.side) for p in signatories_in_sentence(text, 1, text)]
    assert found == [
        ("Erik Lövgren", "Kommunalråd", "kommun"),
        ("Veronica Andersson", "Chef för lokalpolisområde Medelpad", "polis"),
    ]


def test_a_caption_list_after_a_signing_sentence_that_names_nobody():
    text = (
        "Det var en nöjd kvartett som undertecknade löftena. Från vänster kommunstyrelsens "
        "ordförande, Stefan Gustafsson, lokalpolisområdeschef Christian Winkler, kommunpolis "
        "Anders Sjöö samt kommunchef Jan Holmqvist."
    )
    found = [(p.name, p.side) for p in signatories_in_sentence(text, 1, text)]
    assert found == [
        ("Stefan Gustafsson", "kommun"),
        ("Christian Winkler", "polis"),
        ("Anders Sjöö", "polis"),
        ("Jan Holmqvist", "kommun"),
    ]


def test_a_list_of_people_pairs_a_lone_title_with_its_neighbouring_name():
    from imports.documents.reading.signatories import people_in_list

    assert people_in_list("Anna Ek, kommunalråd, Per Olsson, polischef") == [
        ("Anna Ek", "kommunalråd"),
        ("Per Olsson", "polischef"),
    ]
    # A part that is neither a title nor a name: no list of people.
    assert people_in_list("Anna Ek, kommunalråd, och många andra") == []


def test_name_comma_title_and_its_place_or_organisation_without_a_comma():
    assert people(
        ["Anna Ek, Kommunalråd Norrby kommun", "Per Olsson, Lokalpolisområdeschef Norrby"]
    ) == [
        ("Anna Ek", "Kommunalråd", "kommun"),
        ("Per Olsson", "Lokalpolisområdeschef Norrby", "polis"),
    ]


def test_columns_flattened_with_the_organisations_on_single_spaces():
    block = Block(
        1, ["Norrby kommun Polisen", "Anna Ek Per Olsson", "Kommunalråd Lokalpolisområdeschef"]
    )
    found = [(p.name, p.organisation) for p in find_signatories(block)]
    assert found == [("Anna Ek", "Norrby kommun"), ("Per Olsson", "Polisen")]


def test_a_police_title_with_its_area_and_region_after_commas():
    assert people(["Peter Ågren", "Chef, lokalpolisområde Norrmalm, region Stockholm"]) == [
        ("Peter Ågren", "Chef, lokalpolisområde Norrmalm, region Stockholm", "polis")
    ]


def test_an_area_named_with_its_quarter_of_the_compass_stays_with_the_title():
    text = (
        "Nu är löftet undertecknat av Jens Börretzen, biträdande lokalpolisområdeschef västra "
        "Fyrbodal, och Malin Krantz, kommundirektör i Uddevalla kommun."
    )
    found = [p.title for p in signatories_in_sentence(text, 1, text)]
    assert found == [
        "Biträdande lokalpolisområdeschef västra Fyrbodal",
        "Kommundirektör i Uddevalla kommun",
    ]


def test_a_co_signing_organisation_over_its_signer():
    from imports.documents.reading.parties import other_parties

    block = Block(
        1,
        [
            "Norrby kommun",
            "Anna Ek",
            "Kommunalråd",
            "Polisen",
            "Per Olsson",
            "Lokalpolisområdeschef",
            "Norrbybostäder AB",
            "Lisa Berg",
            "VD",
        ],
    )
    found = find_signatories(block)
    assert [(p.name, p.side, p.organisation) for p in found][-1] == (
        "Lisa Berg",
        "annan",
        "Norrbybostäder AB",
    )
    assert [f.value for f in other_parties([], found)] == [
        {"name": "Norrbybostäder AB", "role": "undertecknar"}
    ]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Lisa Berg", "VD Norrbybostäder AB"], [("Lisa Berg", "VD", "annan")]),
        (
            ["Lisa Berg, vd, Norrbyhem", "Per Olsson, lokalpolisområdeschef, Polisen"],
            [("Lisa Berg", "Vd", "annan"), ("Per Olsson", "Lokalpolisområdeschef", "polis")],
        ),
        (
            ["Anna Ek", "Kommunalråd Norrby kommun", "Per Olsson", "Lokalpolisområdeschef Norrby"],
            [
                ("Anna Ek", "Kommunalråd", "kommun"),
                ("Per Olsson", "Lokalpolisområdeschef Norrby", "polis"),
            ],
        ),
    ],
)
def test_a_title_line_with_its_organisation_or_place_under_the_name(lines, expected):
    assert people(lines) == expected


def _in_sentence(text, document=""):
    return [(p.name, p.title, p.side) for p in signatories_in_sentence(text, 1, document)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            # The title right after the name with no comma, a capitalised quarter in the area.
            "Löftet undertecknades av Lisa Holm kommunstyrelsens ordförande i Norrby och "
            "Per Ek Polischef Västra Söderbygd.",
            [
                ("Lisa Holm", "Kommunstyrelsens ordförande i Norrby", "kommun"),
                ("Per Ek", "Polischef Västra Söderbygd", "polis"),
            ],
        ),
        (
            # A title the list does not know, after a known first name and a comma.
            "Löftet skrevs under igår av kommunalrådet Eva Berg och Anna Lind, högsta "
            "ansvariga tjänsteman i kommunen.",
            [
                ("Eva Berg", "Kommunalrådet", "kommun"),
                ("Anna Lind", "Högsta ansvariga tjänsteman i kommunen", "kommun"),
            ],
        ),
        (
            # The present passive of a signing still to come, "och av" before the second.
            "Löftena undertecknas av kommunstyrelsens ordförande Per Ek och av Eva Berg, chef "
            "för lokalpolisområde Norrby under hösten.",
            [
                ("Per Ek", "Kommunstyrelsens ordförande", "kommun"),
                ("Eva Berg", "Chef för lokalpolisområde Norrby", "polis"),
            ],
        ),
        (
            # "skriver sedan under": an adverb between the verb and its particle.
            "Kommunstyrelsens vice ordförande Lisa Holm (C) och Per Ek Lokalpolisområdeschef "
            "presenterar löftet och skriver sedan under.",
            [
                ("Lisa Holm", "Kommunstyrelsens vice ordförande", "kommun"),
                ("Per Ek", "Lokalpolisområdeschef", "polis"),
            ],
        ),
        (
            # A list of titles before names: the title after a comma is the next person's.
            "De som skrev under var lokalpolisområdeschef för norra Exempelbygd Per Ek, "
            "kommunstyrelsens ordförande Lisa Holm och kommunchefen Eva Berg.",
            [
                ("Per Ek", "Lokalpolisområdeschef för norra Exempelbygd", "polis"),
                ("Lisa Holm", "Kommunstyrelsens ordförande", "kommun"),
                ("Eva Berg", "Kommunchefen", "kommun"),
            ],
        ),
    ],
)
def test_signing_sentences_of_the_third_round(sentence, expected):
    assert _in_sentence(sentence) == expected


def test_a_caption_after_a_present_passive_lists_the_signers():
    text = (
        "Här undertecknas det nya medborgarlöftet. Från vänster i bild: Lisa Holm (S), "
        "kommunstyrelsens ordförande, och Per Ek, lokalpolischef i Lokalpolisområde Norrby."
    )
    assert _in_sentence(text) == [
        ("Lisa Holm", "Kommunstyrelsens ordförande", "kommun"),
        ("Per Ek", "Lokalpolischef i Lokalpolisområde Norrby", "polis"),
    ]


def test_who_set_their_signatures_signed():
    text = (
        "Det var Per Ek, kommunpolis, och Lisa Holm, kommunalråd som satte sina signaturer "
        "på löftet."
    )
    assert [name for name, _, _ in _in_sentence(text)] == ["Per Ek", "Lisa Holm"]


def test_the_speaker_of_a_quote_about_signing_is_no_signer():
    text = (
        "- Det är en bra dag när vi nu signerar medborgarlöftet, säger Lisa Holm (S) "
        "kommunstyrelsens ordförande."
    )
    assert _in_sentence(text) == []


def test_a_signer_named_bare_takes_a_title_from_a_quote_elsewhere():
    document = "– Det går bra, säger Kåre Holm, kommunstyrelsens ordförande."
    text = (
        "Under onsdagen signerades löftet av Kåre Holm och Eva Berg, chef för "
        "lokalpolisområde Norrby."
    )
    assert _in_sentence(text, document) == [
        ("Kåre Holm", "Kommunstyrelsens ordförande", "kommun"),
        ("Eva Berg", "Chef för lokalpolisområde Norrby", "polis"),
    ]


def test_a_title_word_capitalised_inside_a_title_is_the_same_word():
    text = "Kommunstyrelsens vice Ordförande Lisa Holm och Per Ek, Kommunpolis undertecknar löftet."
    assert _in_sentence(text) == [
        ("Lisa Holm", "Kommunstyrelsens vice ordförande", "kommun"),
        ("Per Ek", "Kommunpolis", "polis"),
    ]


def test_of_two_sentences_naming_as_many_signers_the_one_with_known_titles_reads_better():
    from imports.documents.reading.signatories import better_reading

    caption = signatories_in_sentence(
        "Kommunchef Lisa Holm och okalpolisområdeschef Per Ek signerar löftet.", 1
    )
    news = signatories_in_sentence(
        "Igår skrevs löftet under av lokalpolisområdeschef Per Ek och kommunchef Lisa Holm.", 3
    )
    assert better_reading(news, caption)
    assert not better_reading(caption, news)


def test_a_signature_in_paragraphs_leaves_the_next_signers_name_to_its_own_title():
    from imports.documents.reading import pipeline
    from imports.documents.reading.municipalities import Gazetteer

    page = (
        "Medborgarlöfte i Malå\n\n"
        "Polisen och kommunen lovar att genomföra trygghetsvandringar.\n\n"
        "Följ med i hur det går!\nResultatet redovisas på kommunens webbplats.\n\n"
        "Per Olsson\n\nLokalpolisområdeschef\n\n\n\nAnna Ek\n\nKommunalråd\n\n\n\n"
        "MärkDNA\n\n  • kan märka värdesaker.\n  • syns i UV-ljus."
    )
    found = pipeline.read(page, Gazetteer([("2418", "Malå")], [])).signatories
    assert [(p.name, p.title) for p in found] == [
        ("Per Olsson", "Lokalpolisområdeschef"),
        ("Anna Ek", "Kommunalråd"),
    ]


def test_an_organisation_over_a_name_and_a_title_in_paragraphs_stays_with_them():
    from imports.documents.reading import pipeline
    from imports.documents.reading.municipalities import Gazetteer

    page = (
        "Medborgarlöfte i Malå\n\n"
        "Polisen och kommunen lovar att genomföra trygghetsvandringar.\n\n"
        "Malåbostäder AB\n\nLisa Berg\n\nVD"
    )
    found = pipeline.read(page, Gazetteer([("2418", "Malå")], [])).signatories
    assert [(p.name, p.organisation) for p in found] == [("Lisa Berg", "Malåbostäder AB")]


def test_the_signing_as_a_noun_and_a_witness_named_after_it():
    text = (
        "Undertecknandet gjordes av Per Olsson, kommunalråd (S) och Anna Ek, "
        "lokalpolisområdeschef under överinseende av Eva Lund, kommunpolis i Norrby."
    )
    found = [(p.name, p.title.lower()) for p in signatories_in_sentence(text, 1, text)]
    assert found == [("Per Olsson", "kommunalråd"), ("Anna Ek", "lokalpolisområdeschef")]


def test_a_speaker_named_with_a_title_and_its_place_signs_nothing():
    text = (
        "Det känns bra att vi nu har undertecknat nya medborgarlöften, säger Anna Ek, "
        "lokalpolisområdeschef Norra Exempeldalen."
    )
    assert signatories_in_sentence(text, 1, text) == []


def test_a_subject_of_titles_set_off_by_commas_between_skrev_and_under():
    found = signatories_in_sentence(
        "Den 4 maj skrev kommunstyrelsens ordförande, Anna Berg, och chefen för "
        "lokalpolisområde Exempelby, Per Olsson, under löftet till invånarna.",
        1,
    )
    assert [(p.name, p.title.lower(), p.side) for p in found] == [
        ("Anna Berg", "kommunstyrelsens ordförande", "kommun"),
        ("Per Olsson", "chefen för lokalpolisområde exempelby", "polis"),
    ]


def test_a_signer_named_with_the_side_he_comes_from_has_no_title():
    text = (
        "I tisdags signerade Anna Svensson (S), kommunstyrelsens ordförande och Per Olsson "
        "från lokalpolisen Norra Exempelbygd medborgarlöftet."
    )
    found = signatories_in_sentence(text, 1)
    assert [(p.name, p.title, p.side) for p in found] == [
        ("Anna Svensson", "Kommunstyrelsens ordförande", "kommun"),
        ("Per Olsson", "", "polis"),
    ]
    found = signatories_in_sentence(
        "Anna Svensson, kommunalråd och Per Olsson, från Polisen undertecknade dokumentet.", 1
    )
    assert [(p.name, p.title, p.side) for p in found][1] == ("Per Olsson", "", "polis")


def test_a_signer_named_from_the_police_takes_his_title_from_elsewhere_in_the_text():
    document = "– Vi har lyssnat, säger Per Olsson, kommunpolis."
    found = signatories_in_sentence(
        "Igår skrev Per Olsson från Polisen och kommunalråd Anna Svensson på löftet.", 1, document
    )
    assert ("Per Olsson", "Kommunpolis") in [(p.name, p.title) for p in found]


def test_tecknar_under_in_a_caption_is_signing():
    found = signatories_in_sentence(
        "Kommunstyrelsens ordförande Anna Svensson tecknar under medborgarlöftet tillsammans "
        "med lokalpolisområdeschef Per Olsson.",
        1,
    )
    assert [p.name for p in found] == ["Anna Svensson", "Per Olsson"]


def test_titles_held_for_a_municipality_or_an_area_of_several_places():
    found = signatories_in_sentence(
        "Anna Svensson (C), kommunalråd för Malå kommun, och Per Olsson, chef för "
        "lokalpolisområde Skellefteå, har nu undertecknat årets medborgarlöfte.",
        1,
    )
    assert [(p.name, p.title) for p in found] == [
        ("Anna Svensson", "Kommunalråd för Malå kommun"),
        ("Per Olsson", "Chef för lokalpolisområde Skellefteå"),
    ]
    found = signatories_in_sentence(
        "Kommunalråd Anna Svensson (C) och Per Olsson polisområdeschef i Malå, Norsjö och "
        "Arvidsjaur signerade den 2 september löftet.",
        1,
    )
    assert ("Per Olsson", "Polisområdeschef i Malå, Norsjö och Arvidsjaur") in [
        (p.name, p.title) for p in found
    ]


def test_a_second_office_joined_by_och_is_part_of_the_title():
    found = signatories_in_sentence(
        "Per Olsson, lokalpolisområdeschef i Skellefteå och Anna Svensson, kommunalråd och "
        "ordförande för kommunstyrelsen i Malå skrev under medborgarlöftet.",
        1,
    )
    assert ("Anna Svensson", "Kommunalråd och ordförande för kommunstyrelsen i Malå") in [
        (p.name, p.title) for p in found
    ]
