"""The targets reader: counts in any order, per any span, scopes, deadlines."""

import pytest

from imports.documents.reading.targets import parse_deadline, parse_targets


def targets(text, default_per="ar"):
    return [(t.count, t.unit, t.per, t.scope) for t in parse_targets(text, default_per)]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        (
            "att genomföra minst 2 trygghetsvandringar per år",
            [(2, "trygghetsvandringar", "ar", "")],
        ),
        ("minst tre medborgardialoger under perioden", [(3, "medborgardialoger", "period", "")]),
        (
            "hålla minst 6 informationsträffar om bedrägerier för äldre under året",
            [(6, "informationsträffar", "ar", "")],
        ),
        ("genomföra två trafikinsatser per år på väg 40", [(2, "trafikinsatser", "ar", "")]),
        ("Varje år kommer minst en tillsyn att göras", [(1, "tillsyn", "ar", "")]),
        ("vid minst sex tillfällen per år", [(6, "tillfällen", "ar", "")]),
        ("minst hundra tillfällen", [(100, "tillfällen", "ar", "")]),
        ("minst en trafikkontroll varje dygn", [(1, "trafikkontroll", "dag", "")]),
        ("minst två besök per vecka", [(2, "besök", "vecka", "")]),
        ("minst 4 föräldramöten per termin", [(4, "föräldramöten", "termin", "")]),
        (
            "minst två trygghetsvandringar per år i varje stadsdel",
            [(2, "trygghetsvandringar", "ar", "i varje stadsdel")],
        ),
        (
            "minst 4 trygghetsvandringar och minst 2 dialogmöten per år",
            [(4, "trygghetsvandringar", "ar", ""), (2, "dialogmöten", "ar", "")],
        ),
        ("att vid behov genomföra riktade insatser", []),
        ("hålla öppet till kl. 23 på fredagar", []),
    ],
)
def test_targets_in_many_shapes(written, expected):
    assert targets(written) == expected


def test_a_count_with_no_time_word_counts_for_the_period_in_a_longer_pledge():
    assert targets("genomföra minst sex hastighetskontroller", "period") == [
        (6, "hastighetskontroller", "period", "")
    ]


@pytest.mark.parametrize(
    ("written", "deadline"),
    [
        ("kontakt tas inom en vecka efter anmälan", "inom en vecka"),
        ("återkoppla inom 24 timmar", "inom 24 timmar"),
        ("genomföra vandringar under det första halvåret 2017", "under det första halvåret 2017"),
        ("synas i centrum", None),
    ],
)
def test_a_deadline(written, deadline):
    found = parse_deadline(written)
    assert (found.value if found else None) == deadline


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("minst 10 stycken trafikkontroller", [(10, "trafikkontroller", "ar", "")]),
        ("genomföra 3 st trafikkontroller per månad", [(3, "trafikkontroller", "manad", "")]),
        ("Genomföra en trygghetsvandring i kommunen", [(1, "trygghetsvandring", "ar", "")]),
        ("minst två gånger på år genomföra kontroller", [(2, "kontroller", "ar", "")]),
        ("genomföra fyrtio trafikkontroller", [(40, "trafikkontroller", "ar", "")]),
        ("genomföra ett par insatser", [(2, "insatser", "ar", "")]),
        ("ha en god dialog med skolorna", []),
    ],
)
def test_counting_words_events_of_one_and_more_number_words(written, expected):
    assert targets(written) == expected


def test_a_month_named_for_when_a_promise_is_done_is_its_deadline():
    assert parse_deadline("Polisen genomför i januari dialogmöten").value == "i januari"
    assert parse_deadline("klart senast i mars 2024").value == "i mars 2024"
    assert parse_deadline("möten den 3 mars") is None


def test_a_month_in_a_sentence_about_evaluation_is_no_deadline():
    promise = (
        "Att varje vecka patrullera i centrum. Efter ett halvår, alltså i maj, ska insatsen "
        "utvärderas."
    )
    assert parse_deadline(promise) is None
    assert parse_deadline("Löftet utvärderas i september med de boende.") is None
    assert parse_deadline("Kommunen anordnar i september en enkät till de boende.").value == (
        "i september"
    )


def test_a_count_of_months_after_which_something_happens_is_no_target():
    targets = parse_targets("Minst en kontroll per vecka. Efter sex månader utvärderas den.")
    assert [(t.count, t.unit) for t in targets] == [(1, "kontroll")]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("genomföra minst tre riktade kontroller", [(3, "kontroller", "ar", "")]),
        ("erbjuda minst 2 nya samtalsgrupper under året", [(2, "samtalsgrupper", "ar", "")]),
        (
            "minst fyra särskilda cykel- och reflexinsatser vid skolorna",
            [(4, "cykel- och reflexinsatser", "ar", "")],
        ),
        ('minst två så kallade "Lovveckor" per år', [(2, "lovveckor", "ar", "")]),
        ("minst tre krogbesök per år", [(3, "krogbesök", "ar", "")]),
        ("patrullera 1 gång/dygn vid hamnen", [(1, "gånger", "dag", "")]),
        ("ordna varje april en städdag i parken", [(1, "städdag", "ar", "")]),
        (
            "genomföra hastighetskontroller minst en gång per månad",
            [(1, "hastighetskontroller", "manad", "")],
        ),
        ("vara på plats två, tre kvällar i veckan", [(2, "kvällar", "vecka", "")]),
        ("En trygghetsbesiktning av torget.", [(1, "trygghetsbesiktning", "ar", "")]),
        ("genomföra minst två st. insatser mot langning", [(2, "insatser", "ar", "")]),
    ],
)
def test_the_unit_is_the_noun_counted(written, expected):
    assert targets(written) == expected


@pytest.mark.parametrize(
    "written",
    [
        "Vi finns på plats inom våra fyra stadsdelar.",
        "Synas i centrum. Resultatet ska följas upp och redovisas 2 gånger per år",
        "Synas i centrum. Tre ungdomar står vid kiosken på bilden.",
    ],
)
def test_counts_that_are_no_target_of_the_promise(written):
    assert parse_targets(written) == []


def test_a_time_word_belongs_to_the_nearest_count():
    assert targets("arbeta med en årsbaserad tidsåtgång om minst 900 timmar per år") == [
        (900, "timmar", "ar", "")
    ]


def test_an_event_one_is_invited_to_is_counted():
    assert targets("bjuda in till en trygghetsvandring varje vår") == [
        (1, "trygghetsvandring", "ar", "")
    ]


def test_a_season_of_a_year_is_a_deadline_a_season_alone_is_not():
    assert parse_deadline("Dialogmöten hålls under hösten 2025.").value == "under hösten 2025"
    assert parse_deadline("Stänga av torget för bilar under sommaren.") is None
    assert parse_deadline("Kontroller vid skolorna. Inriktning under våren 2025 är hjälm.") is None


def test_a_count_naming_no_unit_counts_the_subject_or_the_count_before_it():
    assert targets("Kvartersträffar ska hållas, minst tre per år, varav en i Vivalla.") == [
        (3, "kvartersträffar", "ar", ""),
        (1, "kvartersträffar", "ar", "i vivalla"),
    ]
    assert targets("Minst sex nattvandringar per år, varav minst två på lovet.") == [
        (6, "nattvandringar", "ar", ""),
        (2, "nattvandringar", "ar", "på lovet"),
    ]
    assert targets("Polisen ska synas, minst två per vecka.") == []


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        (
            "Polisen ska genomföra 20 trafikkontroller under 2024.",
            [(20, "trafikkontroller", "ar", "")],
        ),
        ("Genomföra 12 trafikkontroller vid skolorna.", [(12, "trafikkontroller", "ar", "")]),
        (
            "Polisen ska hålla 4 medborgardialoger under 2023–2024.",
            [(4, "medborgardialoger", "period", "")],
        ),
        ("genomföra minst ett tiotal insatser", [(10, "insatser", "ar", "")]),
        ("minst en gång varannan vecka", []),
        ("patrullera på väg 40 vid skolorna", []),
    ],
)
def test_figures_after_a_verb_of_doing_and_years_as_time_words(written, expected):
    assert targets(written) == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("minst två (2) trygghetsvandringar per år", [(2, "trygghetsvandringar", "ar", "")]),
        ("minst 3st kontroller per vecka", [(3, "kontroller", "vecka", "")]),
        ("Minst 4 ggr per år ses vi", [(4, "gånger", "ar", "")]),
        # A part of the year is held as that many a year.
        ("minst en insats per kvartal", [(4, "insats", "ar", "")]),
        # A bare "en" with no verb of holding before it is an article.
        ("en träff varje halvår", []),
    ],
)
def test_written_shorthand_and_spans_the_model_cannot_hold(written, expected):
    assert targets(written) == expected


def test_a_counting_word_makes_a_figure_a_count_and_a_duration_is_no_part_of_the_unit():
    assert targets("med ett målvärde om att upptäcka 40 stycken bilbränder", "period") == [
        (40, "bilbränder", "period", "")
    ]
    assert targets("minst 30 stycken 15 minuters hastighetskontroller vid skolan") == [
        (30, "hastighetskontroller", "ar", "")
    ]


def test_a_part_given_in_percent_is_no_count():
    assert targets("upptäcka minst 12 stycken rattfylleribrott varav minst 25 procent unga") == [
        (12, "rattfylleribrott", "ar", "")
    ]


def test_times_count_a_subject_made_in_the_passive():
    assert targets("Veckobrev till föräldrarna ska tas fram en gång i månaden.") == [
        (1, "veckobrev", "manad", "")
    ]


def test_times_of_nothing_named_are_flagged():
    (found,) = parse_targets("Hundägare bjuds in minst en gång per år.")
    assert (found.count, found.unit, found.sure) == (1, "gånger", False)
    assert "gånger" in found.doubt


def test_adjectives_joined_by_or_share_the_noun_after_them():
    (found,) = parse_targets("presentera minst tre belysande eller trygghetsskapande förslag")
    assert (found.unit, found.sure) == ("belysande", False)
    assert targets(
        "presentera minst tre hastighetsdämpande eller på annat sätt säkrande åtgärder", "period"
    ) == [(3, "åtgärder", "period", "")]


def test_an_event_opening_a_promise_is_the_noun_after_its_describing_words():
    assert targets("En öppen kultur- och idrottsinriktad träff ska hållas i varje by.") == [
        (1, "träff", "ar", "i varje by")
    ]


def test_a_span_chosen_for_a_pledge_with_no_period_is_flagged():
    (found,) = parse_targets("genomföra minst fyra trygghetsvandringar", "ar", "perioden saknas")
    assert (found.per, found.sure, found.doubt) == ("ar", False, "perioden saknas")
    (found,) = parse_targets("minst fyra trygghetsvandringar per termin", "ar", "perioden saknas")
    assert found.sure


def test_en_after_a_copula_is_an_article():
    assert parse_targets("Under året är ett fokusområde det förebyggande arbetet.") == []


def test_en_under_a_span_is_no_count_unless_an_event_is_held():
    assert parse_targets("Att under året genomföra en kartläggning av området.") == []
    assert [
        (t.count, t.unit) for t in parse_targets("Att under året genomföra en trygghetsvandring.")
    ] == [(1, "trygghetsvandring")]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # A number word built of hundreds, tens and ones is one count.
        ("Fotpatrullering vid minst trehundra tillfällen", [(300, "tillfällen", "ar", "")]),
        ("minst tvåhundrafemtio kontroller", [(250, "kontroller", "ar", "")]),
        ("minst tjugofem trafikkontroller per år", [(25, "trafikkontroller", "ar", "")]),
        # A counting word with no noun after it counts the noun named before it.
        (
            "göra så många trafikkontroller som möjligt men minst 20 stycken med fokus på fart",
            [(20, "trafikkontroller", "ar", "")],
        ),
        # Times a year of making something count what is made, past its adjective; the "en"
        # of the thing made is no count of its own.
        (
            "Kommunen tar fyra gånger per år fram en kommunikativ lägesbild",
            [(4, "lägesbild", "ar", "")],
        ),
        # A span said as an adjective belongs to its noun only, and makes no "en" a count.
        (
            "Skapa och genomföra en årlig trygghetsundersökning, i syfte att få en uppdaterad bild",
            [],
        ),
        ("genomföra två årliga trygghetsvandringar", [(2, "trygghetsvandringar", "ar", "")]),
        ("genomföra en gemensam medborgardialog digitalt kring ämnet trygghet", []),
        (
            "samt årligen ta fram en gemensam strategisk lägesbild.",
            [(1, "lägesbild", "ar", "")],
        ),
        ("Årlig trygghetsvandring för de boende på området.", [(1, "trygghetsvandring", "ar", "")]),
        ("hålla två månatliga möten med skolan", [(2, "möten", "manad", "")]),
        # Taking part in or offering one event counts it.
        ("Delta i en utbildningsinsats om cannabis", [(1, "utbildningsinsats", "ar", "")]),
        (
            "Erbjuda en kompetenshöjande insats gällande stadsplanering",
            [(1, "insats", "ar", "")],
        ),
        # Short units in the plural, as the expectations write them.
        ("Omfattning: 1 dag i veckan löpande under året.", [(1, "dagar", "vecka", "")]),
    ],
)
def test_number_words_span_adjectives_and_counting_words(written, expected):
    assert targets(written) == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # Words of about or more than make a figure a count, as "minst" does.
        ("Polisen genomför ungefär 10 trafikkontroller.", [(10, "trafikkontroller", "ar", "")]),
        ("genomföra omkring 15 insatser", [(15, "insatser", "ar", "")]),
        # A count with only a span after it counts the subject, "under året" too.
        ("Trafikkontroller – minst 12 under året.", [(12, "trafikkontroller", "ar", "")]),
        # A span of a school or calendar year is no scope.
        ("Kommunen anordnar sex föräldraträffar per läsår.", [(6, "föräldraträffar", "ar", "")]),
        # Times named before the deed: the things done after them are counted.
        (
            "Minst tolv gånger under året ska polisen genomföra trafikkontroller",
            [(12, "trafikkontroller", "ar", "")],
        ),
        # A deed every week, with no number, is done once a week.
        (
            "Det mobila poliskontoret ska besöka Kungshamn och Hunnebostrand varje vecka.",
            [(1, "besök", "vecka", "")],
        ),
        (
            "Polisen fotpatrullerar centrum varje fredag.",
            [(1, "fotpatrulleringar", "vecka", "")],
        ),
        # Half a year is held as two a year; a word cut off gives no target.
        ("Polisen håller en träff i halvåret.", [(2, "träff", "ar", "")]),
        ("det tar mycket mer än en m", []),
    ],
)
def test_about_counts_spans_before_deeds_and_deeds_every_span(written, expected):
    assert targets(written) == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        (
            "Polisen genomför minst två trafikkontroller varje helg.",
            [(2, "trafikkontroller", "vecka", "")],
        ),
        (
            "minst tre trygghetsvandringar under avtalsperioden",
            [(3, "trygghetsvandringar", "period", "")],
        ),
        (
            "fyra trygghetsvandringar under hela perioden",
            [(4, "trygghetsvandringar", "period", "")],
        ),
        ("Polisen håller fem föreläsningar per skolår.", [(5, "föreläsningar", "ar", "")]),
        ("minst två möten terminsvis", [(2, "möten", "termin", "")]),
        # Spans the targets cannot hold give no target rather than a wrong span.
        ("Polisen genomför en trafikkontroll var tredje vecka.", []),
        # Four each quarter is sixteen a year, three each tertial nine.
        ("Polisen genomför 4 insatser kvartalsvis.", [(16, "insatser", "ar", "")]),
        ("Polisen genomför tre trafikkontroller per tertial.", [(9, "trafikkontroller", "ar", "")]),
    ],
)
def test_more_span_words(written, expected):
    assert targets(written) == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Polisen återkopplar till den som anmält inom tre arbetsdagar.", "inom tre arbetsdagar"),
        ("Kartläggningen ska vara klar innan sommaren 2024.", "innan sommaren 2024"),
        ("Åtgärden genomförs under tredje kvartalet 2024.", "under tredje kvartalet 2024"),
        ("En handlingsplan ska tas fram inom ett år.", "inom ett år"),
        ("Kartläggningen ska vara klar senast vecka 40.", "senast vecka 40"),
        ("Informationen ska gå ut före sommarlovet.", "före sommarlovet"),
    ],
)
def test_more_deadlines(written, expected):
    assert parse_deadline(written).value == expected


def test_a_count_in_a_sentence_defining_a_word_is_no_target():
    assert (
        targets(
            "Polisen och kommunen ska rikta åtgärder mot brottsaktiva. Som brottsaktiv definieras "
            "den som förekommer med minst åtta misstankar i två kriminalärenden."
        )
        == []
    )
    assert targets(
        "Polisen genomför minst 10 insatser mot personer som definieras som aktiva."
    ) == [(10, "insatser", "ar", "")]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # A year is no count, and takes no count after it with it.
        ("Kommunen ska under perioden 2016-2017 samverka kring löftet.", []),
        (
            "Under 2018 och 2019 genomföra två riktade insatser/år i Söderhamn.",
            [(2, "insatser", "ar", "")],
        ),
        # Spring and autumn each are one term each.
        (
            "Polisen ska genomföra tre riktade trafikkontroller vår respektive höst.",
            [(3, "trafikkontroller", "termin", "")],
        ),
    ],
)
def test_years_are_no_counts_and_spring_and_autumn_are_terms(written, expected):
    assert targets(written, "period") == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # A count with only a span after it counts the plural noun named before it.
        ("Trygghetsvandringar: 4 per år.", [(4, "trygghetsvandringar", "ar", "")]),
        ("Trygghetsvandringar, fyra per år.", [(4, "trygghetsvandringar", "ar", "")]),
        (
            "Polisen genomför trafikkontroller, minst 20 under året.",
            [(20, "trafikkontroller", "ar", "")],
        ),
        ("Polisen ska synas, minst två per vecka.", []),
        # A count given as the value of a labelled number.
        ("Antal trafikkontroller: minst 20.", [(20, "trafikkontroller", "ar", "")]),
        # Times a year of a deed count its object named before them.
        (
            "Kommunen anordnar föräldraträffar fyra gånger per år.",
            [(4, "föräldraträffar", "ar", "")],
        ),
        # Counts joined by "och" share the time word after the last of them.
        (
            "Vi genomför fyra (4) trygghetsvandringar och två (2) dialogmöten under perioden.",
            [(4, "trygghetsvandringar", "period", ""), (2, "dialogmöten", "period", "")],
        ),
    ],
)
def test_counts_without_a_noun_of_their_own_and_counts_sharing_a_span(written, expected):
    assert targets(written) == expected


@pytest.mark.parametrize(
    "written",
    ["Polisen och de tre kommunerna ska samverka.", "Alla fem skolor ska få besök."],
)
def test_a_number_after_a_determiner_names_a_known_set_and_is_no_target(written):
    assert targets(written) == []


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # Counts written as words for about that many, or twice, or with thousands spaced.
        (
            "Kommunen bjuder in till ett par föräldraträffar per termin.",
            [(2, "föräldraträffar", "termin", "")],
        ),
        ("Polisen ska delta i ett tiotal skolmöten.", [(10, "skolmöten", "ar", "")]),
        (
            "Polisen ska genomföra minst 30 (trettio) hastighetskontroller.",
            [(30, "hastighetskontroller", "ar", "")],
        ),
        (
            "Polisen ska genomföra 1 500 nykterhetskontroller per år.",
            [(1500, "nykterhetskontroller", "ar", "")],
        ),
        # A figure right after a verb that "ska" or "att" governs counts the plural noun.
        (
            "Kommunen ska sätta upp 12 nya belysningsstolpar i parken.",
            [(12, "belysningsstolpar", "ar", "")],
        ),
        # "vid N tillfällen" is a count without "minst".
        ("Fältgruppen ska vara ute vid 40 tillfällen.", [(40, "tillfällen", "ar", "")]),
        # A season of one year is a span within a year.
        (
            "Vi genomför två informationsträffar under våren 2026.",
            [(2, "informationsträffar", "ar", "")],
        ),
        # A later sentence that points back with a pronoun counts the things named before it.
        (
            "Kommunen ordnar dialogkvällar. Dessa ska vara minst tre per år.",
            [(3, "dialogkvällar", "ar", "")],
        ),
        # A later sentence that promises states a count of its own.
        (
            "Vi vill nå fler föräldrar. Det ska hållas fyra föräldrakurser.",
            [(4, "föräldrakurser", "ar", "")],
        ),
        # Times in a sentence with no verb count the noun the promise opens with.
        (
            "Föräldrakvällar om droger. Minst en gång per termin.",
            [(1, "föräldrakvällar", "termin", "")],
        ),
        # A participle after the noun and a week number are no part of the unit.
        ("Minst tre insatser riktade mot langning.", [(3, "insatser", "ar", "")]),
        ("Polisen ska genomföra en trafikinsats vecka 20.", [(1, "trafikinsats", "ar", "")]),
        # A range's comma does not join an article to the time word of the count after it.
        (
            "Att ha en mobil polisstation på torget två, tre dagar i veckan.",
            [(2, "dagar", "vecka", "")],
        ),
    ],
)
def test_counts_written_in_more_ways(written, expected):
    assert targets(written) == expected


@pytest.mark.parametrize(
    "written",
    [
        "Under 2024 anmäldes 140 stölder i kommunen.",
        "Föreningen har genomfört 25 vandringar sedan starten.",
        "Kommunen erbjuder stöd till unga under 18 år.",
        "Kontakta kommunpolisen på telefon 114 14.",
        "Fältassistenterna finns på torget fredagar kl. 21.",
    ],
)
def test_figures_of_what_happened_ages_times_and_numbers_are_no_targets(written):
    assert targets(written) == []


@pytest.mark.parametrize(
    ("written", "deadline"),
    [
        ("Polisen besöker skolorna innan skolstart.", "innan skolstart"),
    ],
)
def test_deadlines_before_a_school_start_and_by_a_month(written, deadline):
    assert parse_deadline(written).value == deadline


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # How long each thing counted lasts is no count of its own.
        (
            "Vi genomför tre insatser per år omfattande minst två dagar.",
            [(3, "insatser", "ar", "")],
        ),
        # One event held each quarter is four a year.
        (
            "En gång varje kvartal genomföra en gemensam trygghetsvandring.",
            [(4, "trygghetsvandring", "ar", "")],
        ),
    ],
)
def test_durations_are_no_targets_and_events_each_quarter_four_a_year(written, expected):
    assert targets(written) == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # One event held, an inquiry or a survey as much as a walk, is a count of one.
        (
            "Polisen genomför en trygghetsundersökning 2024.",
            [(1, "trygghetsundersökning", "period", "")],
        ),
        ("Kommunen ska genomföra en enkät på skolorna.", [(1, "enkät", "period", "")]),
        # Those invited named before the event: still one event held.
        (
            "Polisen kommer att bjuda in föräldrar för en föreläsning om droger.",
            [(1, "föreläsning", "period", "")],
        ),
        # A span adjective says how often, not how many, after a verb.
        ("Kommunen ska genomföra en årlig trygghetsundersökning.", []),
        # "en" as the means of a deed is an article.
        ("Kommunen ska genom en enkät låta invånarna peka ut otrygga platser.", []),
    ],
)
def test_one_event_held_is_a_count_of_one(written, expected):
    assert targets(written, "period") == expected
