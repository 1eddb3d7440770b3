"""Counted targets read by the grammar of the counted noun phrase and its clause: participles
before the noun, a participle's own adverbial, an event as the subject of a passive, a time word
that belongs to the count before it, a part of the year before the verb, times said of an event,
events joined on after a first object, a time word between a count and its noun, a figure counting
the means, and a twelve-month pledge over two calendar years (all texts made up)."""

import pytest

from imports.documents import text
from imports.documents.reading import pipeline
from imports.documents.reading.municipalities import Gazetteer
from imports.documents.reading.targets import parse_targets

GAZETTEER = Gazetteer([("9901", "Exempelby"), ("9902", "Provstad")], [])


def targets(written, default_per="ar"):
    return [(t.count, t.unit, t.per) for t in parse_targets(written, default_per)]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # A participle in -ad/-at before the noun is no part of the unit.
        (
            "Kommunen ska anordna minst en gemensam utökad föräldraträff i höst.",
            [(1, "föräldraträff", "period")],
        ),
        (
            "Polisen ska hålla minst ett planerat skolbesök per termin.",
            [(1, "skolbesök", "termin")],
        ),
        # A participle's own adverbial (a preposition and its word) stands before it.
        (
            "Minst sex på förhand aviserade hastighetskontroller vid skolorna.",
            [(6, "hastighetskontroller", "period")],
        ),
        (
            "Polisen genomför tre i samråd framtagna nattinsatser per termin.",
            [(3, "nattinsatser", "termin")],
        ),
        # "respektive år" says each year.
        (
            "Polisen lovar att hålla grannsamverkansträffar vid minst tre tillfällen under "
            "respektive år.",
            [(3, "tillfällen", "ar")],
        ),
        ("fyra besök i skolan respektive termin", [(4, "besök", "termin")]),
    ],
)
def test_the_counted_phrase_is_read_by_its_grammar(written, expected):
    assert targets(written, "period") == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # The inverted clause: the modal before the event, a passive after it.
        (
            "Polisen ska öka synligheten. Därtill kommer en föräldrakväll att anordnas i skolan.",
            [(1, "föräldrakväll", "ar")],
        ),
        (
            "Kommunen utbildar butikspersonal. I samband med det ska en informationsträff hållas "
            "för handlarna.",
            [(1, "informationsträff", "ar")],
        ),
        # A later sentence opening with the event and a modal passive further on.
        (
            "Polisen ska arbeta mot langning. En föreläsning för tränare i föreningarna ska "
            "genomföras.",
            [(1, "föreläsning", "ar")],
        ),
    ],
)
def test_an_event_as_the_subject_of_a_passive_after_a_modal_is_one(written, expected):
    assert targets(written) == expected


def test_a_subject_that_is_no_event_counts_nothing_in_a_passive():
    assert targets("Polisen ska arbeta mot langning. En samordnare ska anställas.") == []
    assert targets("Vidare ska en person utses att leda arbetet.") == []


def test_a_time_word_after_one_count_is_not_borrowed_by_the_next():
    # The time word belongs to the evening; "ett starkare nätverk" is no count.
    assert targets(
        "Kommunen ordnar en föräldrakväll varje termin som ska ge ett starkare nätverk."
    ) == [(1, "föräldrakväll", "termin")]
    # A time word that opens the sentence still counts the event after it.
    assert targets("Varje år genomför polisen en trygghetsvandring.") == [
        (1, "trygghetsvandring", "ar")
    ]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Varje halvår ta fram en gemensam analys av läget.", [(2, "analys", "ar")]),
        ("Polisen ska per kvartal upprätta en rapport om trafiken.", [(4, "rapport", "ar")]),
    ],
)
def test_a_part_of_the_year_before_the_verb_counts_the_object_after_it(written, expected):
    assert targets(written) == expected


def test_a_span_the_targets_cannot_hold_before_the_verb_gives_no_count():
    assert targets("Varannan vecka ta fram en gemensam analys av läget.") == []


def test_times_said_of_an_event_name_the_event():
    assert targets("Kommunen bjuder in till en föräldraträff två gånger per termin.") == [
        (2, "föräldraträff", "termin")
    ]
    assert targets(
        "Polisen ska hålla öppet hus samt en informationskväll minst en gång per år."
    ) == [(1, "informationskväll", "ar")]
    # Times after a thing that is no event still count times.
    assert targets("Polisen besöker en skola minst en gång i veckan.") == [(1, "gånger", "vecka")]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        (
            "Polis och kommun anordnar föräldraträffar i tre skolor och en temadag om nätet.",
            [(1, "temadag", "ar")],
        ),
        (
            "Kommunen genomför via fritidsgårdarna en enkätundersökning bland elever samt en "
            "föreläsning för föräldrar.",
            [(1, "enkätundersökning", "ar"), (1, "föreläsning", "ar")],
        ),
    ],
)
def test_events_joined_on_after_the_verbs_first_object_are_held(written, expected):
    assert targets(written) == expected


def test_a_thing_joined_on_that_is_no_event_is_no_count():
    assert targets("Polisen genomför kontroller och en översyn av rutinerna.") == []
    assert targets("Kommunen anordnar föräldraträffar med en polis närvarande.") == []


def test_a_bare_dialog_is_an_exchange_and_a_compound_one_a_meeting():
    assert targets("Polisen ska delta i en dialog med handlarna om stölder.") == []
    assert targets("Polisen ska delta i en företagardialog om stölder.") == [
        (1, "företagardialog", "ar")
    ]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        (
            "Polisen ska vid minst tre per termin skolavslutningar finnas på plats.",
            [(3, "skolavslutningar", "termin")],
        ),
        ("Kommunen ordnar minst två per år hembesök hos äldre.", [(2, "hembesök", "ar")]),
    ],
)
def test_a_time_word_between_a_count_and_its_noun(written, expected):
    assert targets(written) == expected


def test_a_figure_after_genom_counts_the_means_but_en_does_not():
    assert targets("Polisen ska genom 40 nykterhetskontroller minska rattfylleriet.") == [
        (40, "nykterhetskontroller", "ar")
    ]
    assert targets("Polisen ska genom en enkät ta reda på otryggheten.") == []


def test_a_compound_shared_with_an_adjective_counts_the_noun_after_it():
    assert targets("minst sex alkohol- och drogrelaterade tillsyner per år") == [
        (6, "tillsyner", "ar")
    ]
    # A compound shared with a noun stays whole.
    assert targets("minst sex alkohol- och tobakstillsyner per år") == [
        (6, "alkohol- och tobakstillsyner", "ar")
    ]


def read(document):
    return pipeline.read(text.clean(document), GAZETTEER)


def test_a_twelve_month_pledge_over_two_calendar_years_counts_per_year():
    extraction = read(
        "Medborgarlöfte för Exempelby\n\n"
        "Löftet gäller från 2031-09-01 till 2032-09-01.\n\n"
        "Det här ska vi göra:\n\n"
        "  • Polisen ska genomföra minst 12 trafikkontroller vid skolorna.\n"
    )
    assert [(t.count, t.per) for t in extraction.actions[0].targets] == [(12, "ar")]


def test_a_pledge_of_two_years_by_exact_dates_counts_for_the_period():
    extraction = read(
        "Medborgarlöfte för Exempelby\n\n"
        "Löftet gäller från 2031-09-01 till 2033-08-31.\n\n"
        "Det här ska vi göra:\n\n"
        "  • Polisen ska genomföra minst 12 trafikkontroller vid skolorna.\n"
    )
    assert [(t.count, t.per) for t in extraction.actions[0].targets] == [(12, "period")]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("En trafikanalys tas fram kvartalsvis.", [(4, "trafikanalys", "ar")]),
        ("Kommunen ställer samman en rapport varje tertial.", [(3, "rapport", "ar")]),
    ],
)
def test_a_part_of_the_year_after_the_object_counts_it(written, expected):
    assert targets(written) == expected


def test_a_part_of_the_year_in_another_clause_counts_nothing():
    assert targets("Polisen ska ha en kontaktperson, som träffar skolan varje kvartal.") == []


def test_a_bare_dialog_each_span_is_no_count_unless_minst_counts_it():
    assert targets("Polisen ska föra en dialog med handlarna varje år.") == []
    assert targets("Kommunen ska ha en dialog med föreningarna varje halvår.") == []
    assert targets("Polisen ska hålla minst en dialog med handlarna varje år.") == [
        (1, "dialog", "ar")
    ]


def test_a_span_of_time_that_bounds_when_a_deed_is_done_is_no_count():
    assert targets("Högst två veckor efter anmälan ska polisen återkoppla.") == []
    assert targets("Kommunen svarar medborgaren inom fem dagar från att frågan kom in.") == []
    # Days counted each week are a count.
    assert targets("Polisen ska finnas på torget minst tre dagar i veckan.") == [
        (3, "dagar", "vecka")
    ]


def test_every_part_of_a_weekday_is_weekly():
    assert targets("Minst två fältassistenter är ute varje lördagskväll.") == [
        (2, "fältassistenter", "vecka")
    ]
    assert targets("Polisen ska ha minst en patrull i centrum varje fredagsnatt.") == [
        (1, "patrull", "vecka")
    ]
    # A day of the year's feasts is no weekday.
    assert targets("Polisen ska ha minst en patrull i centrum varje midsommarafton.") == [
        (1, "patrull", "ar")
    ]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Föräldraträff 3 ggr/läsår.", [(3, "föräldraträff", "ar")]),
        ("Nattvandringar: minst två gånger i månaden.", [(2, "nattvandringar", "manad")]),
        (
            "Polisen ska genomföra hastighetskontroller 4 x per månad.",
            [(4, "hastighetskontroller", "manad")],
        ),
    ],
)
def test_times_after_an_event_named_alone_or_written_with_a_cross(written, expected):
    assert targets(written) == expected


def test_times_after_a_noun_that_is_no_event_stay_times():
    assert targets("Synlighet 2 ggr/vecka.") == [(2, "gånger", "vecka")]
    assert targets("Polisen genomför 3 x 2 timmar.") == []
