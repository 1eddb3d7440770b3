"""Countable targets and deadlines in one promise.

A target is a count the promise commits to, the thing counted, how often and where:
"minst fyra trygghetsvandringar per år", "Varje år kommer minst en tillsyn", "vid minst sex
tillfällen per år", "två gånger per termin i varje stadsdel". The count may stand before the
thing counted or the time word before the count; two counts in one promise are two targets. A
count with no time word counts per year in a one-year pledge and for the whole period otherwise.
"""

import re

from .document import Found, Target
from .words import MONTH, MONTHS, NUMBERS

# "trehundra", "tvåhundrafemtio", "tjugofem": a number word built of the words for hundreds,
# tens and ones is one count.
ONES = "en|ett|två|tre|fyra|fem|sex|sju|åtta|nio"
TEENS = "tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton|nitton"
TENS = "tjugo|trettio|fyrtio|femtio|sextio|sjuttio|åttio|nittio"
COMPOUND_NUMBER = rf"(?:(?:{ONES})?hundra(?:{TENS})?(?:{ONES}|{TEENS})?|(?:{TENS})(?:{ONES}))"
NUMBER = (
    r"(?:\d{1,4}|" + COMPOUND_NUMBER + "|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r")"
)
# Words that end a target's unit: "minst 6 informationsträffar om bedrägerier för äldre".
UNIT_END = (
    r"(?:vid|i|mot|om|för|på|med|till|av|inom|hos|kring|under|per|varje|och|där|som|samt|att|"
    r"ska|skall|kommer|eller|genom|från|efter|inför|varav|minst|utifrån|gällande|enligt|"
    r"angående|avseende|rörande|årligen|dagligen|veckovis|månadsvis|terminsvis|kvartalsvis|"
    r"halvårsvis|respektive|våren|hösten|vår|höst|vecka(?=\s+\d)|då|när|vilket|eftersom|"
    # "fyra trygghetsvandringar tillsammans med …", "sex kontroller utanför skolorna": a
    # preposition or an adverb after the head noun ends the noun phrase.
    r"tillsammans|utanför|innanför|bland|nära|längs|utmed|mellan|bredvid|runt|omkring|innan|"
    r"före|utan|ihop|gemensamt|digitalt|fysiskt|regelbundet|löpande|främst|särskilt|bl\.a|"
    r"både|dels|ute|inne|igen|också|även|"
    # "tre fler trygghetsvandringar än förra året": a comparison ends it too.
    r"än)"
)
FULL_MONTH = "|".join(
    name for name in MONTHS if len(name) > 4 or name in ("maj", "mars", "juni", "juli")
)
PER_WORDS = [
    ("dag", r"per dag|varje dag|om dagen|per dygn|varje dygn|dagligen|/dag\b|/dygn"),
    (
        "vecka",
        r"per vecka|varje vecka|respektive vecka\b|i veckan|om veckan|/vecka|"
        r"\bveckovis(?:a)?\b|per helg|"
        # "varje fredagskväll", "varje helgnatt": a part of a weekday is weekly too.
        r"varje (?:helg(?:kväll|natt)?|(?:mån|tis|ons|tors|fre|lör|sön)dag\w*|veckoslut)\b",
    ),
    (
        "manad",
        r"per månad|varje månad|respektive månad\b|i månaden|om månaden|/månad|"
        r"\bmånatlig(?:a|t)?\b|månadsvis",
    ),
    (
        "termin",
        r"per termin|varje termin|respektive termin\b|i terminen|/termin|terminsvis|"
        r"(?:vår|våren) (?:respektive|och) (?:höst|hösten)|varje vår och höst|både vår och höst",
    ),
    (
        "ar",
        r"per år|varje år|(?:under |för )?respektive år\b|om året|på år|på ett år|per kalenderår|"
        r"under året|årligen|/år|"
        r"i året|per läsår|varje läsår|/läsår|/skolår|per skolår|varje skolår|"
        r"varje (?:vår|höst|sommar|vinter)|"
        r"under (?:år |(?:våren|hösten|sommaren|vintern) )?\d{4}(?!\s*[-–]\s*\d)|"
        rf"varje (?:{FULL_MONTH})|\bårlig(?:a|t)?\b",
    ),
    (
        "period",
        r"under (?:hela )?perioden|per period|under (?:hela )?\w+perioden|under löftets löptid|"
        r"under löftets giltighetstid|under (?:hela )?avtalstiden|"
        r"under (?:åren )?\d{4}\s*[-–]\s*\d{2,4}",
    ),
]
PER = re.compile("|".join(f"(?P<{name}>{words})" for name, words in PER_WORDS), re.IGNORECASE)
# "årlig", "månatliga", "veckovisa": a span said as an adjective belongs to the noun it stands
# before, not to a count further off.
SPAN_ADJECTIVE = re.compile(r"^(?:årlig|månatlig|veckovis)[at]?$", re.IGNORECASE)
# "Årlig trygghetsvandring för de boende", "en årlig trygghetsundersökning" opening a promise:
# one of the thing each span, with no number written.
ONE_EACH = re.compile(
    r"^(?:(?:en|ett)\s+)?(?P<span>årlig|månatlig|veckovis)[at]?\s+(?P<unit>[a-zåäö]{5,})\b",
    re.IGNORECASE,
)
# "minst 2 trygghetsvandringar", "vid minst sex tillfällen", "fyra gånger": a count and the
# thing counted (one to three words, up to a preposition).
# "minst 10 stycken trafikkontroller", "3 st. kontroller": the counting word is no part of the
# unit.
COUNTING_WORD = r"(?P<counting>(?:stycken|st\.?)\s+)?"
# "200 stycken 20 minuters trafikkontroller": a duration in the genitive says how long each
# thing counted lasts; it is no part of the unit and no count of its own.
DURATION = rf"(?:{NUMBER}\s+(?:minuters|timmars|dygns|dagars|veckors|månaders)\s+)?"
# "två, tre dagar i veckan", "två–tre träffar": a range counts its lower bound.
RANGE = rf"(?:\s*(?:,|–|-|till|eller)\s*{NUMBER}\b)?"
# "så kallade "Ungdomsveckor"": the naming words and quotes are no part of the unit.
NAMED = r"(?:så kallade\s+)?[\"”“»]?"
# "minst åtta i förväg planerade insatser", "tre på förhand bokade besök": a participle before the
# noun may carry its own adverbial (a preposition and its word); neither is part of the unit.
PARTICIPLE_ADVERBIAL = (
    r"(?:(?:i|på|av|med|under)\s+[a-zåäö]+\s+(?=[a-zåäö]{3,}(?:ade|ede|de|te|da|dda|na)\s))?"
)
COUNT = re.compile(
    rf"(?<![\d\-,.])\b(?P<lead>minst|åtminstone|totalt|sammanlagt|cirka|ca|drygt|upp till|"
    rf"ungefär|omkring|närmare|runt|fler än|mer än|minimum)?\s*"
    rf"\b(?!(?:19|20)\d\d\b)(?P<count>{NUMBER}){RANGE}\s+{COUNTING_WORD}{DURATION}{NAMED}{PARTICIPLE_ADVERBIAL}(?P<unit>(?:(?!(?:{UNIT_END}|{NUMBER})\b)[a-zåäöé\-/]+\s+){{0,2}}"
    # "en föräldraträff två gånger per termin": a number word begins a count of its own.
    rf"(?!(?:{UNIT_END}|{NUMBER})\b)[a-zåäöé\-]+)",
    re.IGNORECASE,
)
# Words after a number that are no countable thing of a promise.
NOT_UNITS = re.compile(
    r"^(?:procent|år|åren|års|årskurs|kr|kronor|personer som|av\b|till\b|"
    r"januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|"
    r"delar|olika|gång om|st\b|par\b|\w+tal\b)\b",
    re.IGNORECASE,
)
SCOPE = re.compile(
    r"\b(?:per|i varje|på varje|vid varje|för varje|i alla|på alla)\s+"
    r"(?!(?:år|vecka|månad|termin|dag|dygn|period|läsår|skolår|kalenderår|halvår|kvartal|tertial|"
    r"helg)\b)"
    r"[a-zåäö]+",
    re.IGNORECASE,
)
DEADLINE = re.compile(
    rf"\binom\s+{NUMBER}\s+(?:timmar|timme|arbetsdagar|arbetsdag|vardagar|vardag|dagar|dag|dygn|"
    r"veckor|vecka|månader|månad|år)\b|"
    r"\bsenast\s+(?:under\s+)?vecka\s+\d{1,2}\b|"
    r"\b(?:före|innan)\s+(?:sommarlovet|jullovet|sportlovet|höstlovet|skolstart(?:en)?|"
    r"skolavslutning(?:en)?|terminsstart(?:en)?|midsommar)\b|"
    rf"\bsenast\s+(?:den\s+)?(?:\d{{1,2}}\s+)?{MONTH}(?:\s+\d{{4}})?|"
    r"\bunder (?:det )?(?:första|andra|tredje|fjärde|sista) (?:halvåret|kvartalet|tertialet)"
    r"(?: \d{4})?|"
    r"\b(?:före|innan) (?:sommaren|årsskiftet|jul|hösten|våren)(?: \d{4})?|"
    # "genomför i januari …": a month named for when the promise is done (full names only:
    # "jul" is Christmas and "mar" no month in running text).
    rf"(?<!\d )\b(?P<month>i\s+(?:{FULL_MONTH})(?:\s+\d{{4}})?)\b|"
    # "Medborgardialoger genomförs under våren 2024": the season of a year it is done in ("under
    # sommaren" alone says how long, every summer).
    r"\b(?P<season>under\s+(?:våren|hösten|sommaren|vintern)\s+\d{4})",
    re.IGNORECASE,
)
# A sentence about evaluating or following up the pledge: a month named in it is when the
# follow-up is done, not when the promise is.
FOLLOW_UP = re.compile(
    r"\butvärder\w*|\buppfölj\w*|\bfölj\w*\s+(?:\w+\s+){0,2}?upp\b|\bredovis\w*",
    re.IGNORECASE,
)
# "fyra trygghetsvandringar och två medborgardialoger under perioden": counts joined by "och"
# share the time word after the last of them.
COORDINATED = re.compile(
    rf"^[^.;:]*?(?:\boch\b|\bsamt\b|,)\s+(?:minst\s+)?{NUMBER}\s+[a-zåäö]+[^.;:\d]*$",
    re.IGNORECASE,
)


def _without_ranges(text):
    """The text with each range of counts ("två, tre dagar", "två–tre träffar") as its lower
    bound, so that a range's comma is not read as joining two counts."""
    return re.sub(rf"\b({NUMBER})\s*(?:,|–|-|till|eller)\s*{NUMBER}\b", r"\1", text, flags=re.I)


# "Som brottsaktiv definieras den som …", "Med unga avses personer under 21 år": a sentence
# defining a word.
DEFINES = re.compile(
    r"\b(?:definieras|avses|menas|räknas)\s+(?:som\s+)?(?:den|de|en|ett|personer|individer|"
    r"person|individ)\b|^(?:som|med)\s+\w+\s+(?:definieras|avses|menas)\b",
    re.IGNORECASE,
)
# "fyra gånger per år sammankalla till en nätverksträff": the times are counted as meetings.
TIMES_OF = re.compile(
    # "… minst en gång per år och en föräldraträff": a second object joined on is no object of
    # the times.
    r"^\s+(?!(?:och|samt|eller)\b)(?:\w+\s+){0,4}?(?P<article>en|ett)\s+"
    r"(?:[a-zåäö]+(?:isk|iv|sam|lig|ig|är|a|e)\s+){0,2}([a-zåäö]{4,})",
    re.IGNORECASE,
)


# "genomföra tobakstillsyner minst en gång per år": the object of the verb before the count.
# "Minst tolv gånger under året ska polisen genomföra trafikkontroller": the things done
# after the times.
OBJECT_AFTER = re.compile(
    r"^\s+(?:[\wåäö]+\s+){0,4}?(?:genomföra|genomför|hålla|håller|anordna|anordnar|göra|gör)\s+"
    r"(?:[a-zåäö]+[ae]\s+)?([a-zåäö]{5,}(?:ar|er|or|ner))\b",
    re.IGNORECASE,
)
OBJECT_BEFORE = re.compile(
    r"\b(?:genomföra|genomför|genomförs|hålla|håller|anordna|anordnar|göra|gör)\s+"
    r"([a-zåäö]{5,}(?:ar|er|or|ner))\s+(?:minst\s+|åtminstone\s+)?$",
    re.IGNORECASE,
)

# "genomföra medborgardialog samt en trygghetsvandring minst en gång per år": the times are said
# of the event named right before them, with its article and adjectives.
EVENT_BEFORE = re.compile(
    r"\b(?:en|ett)\s+(?:[a-zåäö]+\s+){0,2}?([a-zåäö]{4,})\s+(?:minst\s+|åtminstone\s+)?$",
    re.IGNORECASE,
)


# "Trygghetsvandring 2 ggr/år", "Medborgardialoger: en gång per termin": an event noun alone
# before the times, as a label.
LABEL_EVENT = re.compile(r"^\s*([A-ZÅÄÖa-zåäö][a-zåäö\-]{3,})\s*:?\s+(?:minst\s+)?$")


# "Lägesbild för torget ska tas fram en gång i veckan": a subject made or held in the passive.
# "Samverkansmöten hålls en gång i månaden": likewise with the passive in the present.
MADE_SUBJECT = re.compile(
    r"^(?!(?:polis|kommun))([A-ZÅÄÖ][a-zåäö]{4,})\b[^.]*?\b(?:(?:ska|skall|kommer att)\s+"
    r"(?:\w+\s+)?(?:tas fram|göras|genomföras|hållas|upprättas|uppdateras|sammanställas)|"
    r"(?:tas fram|görs|genomförs|hålls|anordnas|arrangeras|upprättas|uppdateras|"
    r"sammanställs|sammankallas))\s*$"
)
# "… eller på annat sätt trafikfrämjande åtgärder": the first plural noun after "och"/"eller"
# within a few words.
SHARED_NOUN = re.compile(
    r"\s+(?:och|eller)\s+(?:[a-zåäö]+\s+){0,4}?([a-zåäö]{4,}(?:er|ar|or))\b(?!-)",
    re.IGNORECASE,
)


DOING = re.compile(
    r"\b(?:genomföra|genomför|genomförs|utföra|utför|anordna|anordnar|arrangera|arrangerar|"
    r"hålla|håller|ordna|ordnar|erbjuda|erbjuder|starta|startar|besöka|besöker)\s+$",
    re.IGNORECASE,
)


# "Genomföra en trygghetsvandring": after a verb of holding an event, "en" is a count of one
# event (a walk, a meeting, a check), not an article.
CONDUCT = re.compile(
    r"\b(?:genomföra|genomför|genomförs|genomföras|anordna|anordnar|anordnas|arrangera|"
    r"arrangerar|hålla|håller|ordna|ordnar|ordnas|"
    r"bjuda in till|bjuder in till|delta i|deltar i|erbjuda|erbjuder|"
    # "bjuda in föräldrar för en föreläsning": those invited named before the event.
    r"bjud(?:a|er)\s+in\s+(?:[a-zåäö]+\s+){1,3}?(?:till|för)|"
    # "erbjuda eleverna i årskurs nio en föreläsning": offered to someone named first (the
    # indirect object, no preposition before it), the event after.
    r"erbjud(?:a|er|s)\s+(?!(?:i|på|för|till|med|av|om|vid|genom|att)\b)"
    r"(?:[a-zåäö0-9\-]+\s+){0,3}?[a-zåäö0-9\-]+)\s+$",
    re.IGNORECASE,
)
# "genomföra trygghetsvandringar i två stadsdelar och ett medborgarforum", "genomför via
# BRÅ-gruppen en enkätundersökning": an event joined on after the verb's first object, or after
# an adverbial of means right after the verb, is held as well.
CONDUCT_APART = re.compile(
    r"\b(?:genomföra|genomför|genomförs|genomföras|anordna|anordnar|anordnas|arrangera|"
    r"arrangerar|hålla|håller|ordna|ordnar|ordnas)\s+"
    r"(?:(?:(?!att\b)[^\s.;:]+\s+){1,25}?(?:och|samt)|"
    r"(?:via|genom|med|tillsammans med)\s+(?:[^\s.;:,]+\s+){1,3}?)\s*$",
    re.IGNORECASE,
)
# "delta i 5 föräldramöten", "närvara vid 8 evenemang", "bjuda in till 3 träffar": the count
# after the preposition of a verb of taking part in or inviting to events is what is attended.
ATTEND = re.compile(
    r"\b(?:delta|deltar|deltaga|medverka|medverkar|närvara|närvarar|bjuda\s+in|bjuder\s+in)\s+"
    r"(?:(?:aktivt|personligen)\s+)?(?:i|vid|på|till)\s+$",
    re.IGNORECASE,
)
EVENT = re.compile(
    # "en medborgardialog" is a meeting held; "föra/delta i en dialog" an exchange going on.
    r"(?:vandring|möte|träff|kontroll|insats|dag|kväll|utbildning|\Bdialog|kampanj|tillsyn|"
    r"besök|aktivitet|föreläsning|konferens|workshop|besiktning|satsning|undersökning|forum|"
    r"mätning|enkät|utvärdering|föreställning)$",
    re.IGNORECASE,
)


# The words after "en"/"ett" up to the noun of an event, before the verb or a preposition.
EVENT_NOUN = re.compile(
    r"\s+(?:[a-zåäöé]+-?\s+){0,4}?([a-zåäö]*" + EVENT.pattern[:-1] + r")\b"
    r"(?=\s+(?:ska|skall|kommer|genomförs|hålls|anordnas|på|i|för|med|av|om|mot|riktad\w*)\b"
    r"|[.,]|$)",
    re.IGNORECASE,
)


# "varje kvartal", "per halvår", "i tertialet", "kvartalsvis": a part of the year, held by the
# targets as that many each year ("en gång varje kvartal" is four times a year).
YEAR_PART = re.compile(
    r"\b(?:(?:per|varje)\s+(?P<a>kvartal|halvår|tertial)|i\s+(?P<b>kvartal|halvår|tertial)et|"
    r"(?P<c>kvartal|halvår)svis)\b",
    re.IGNORECASE,
)
PARTS_IN_YEAR = {"kvartal": 4, "halvår": 2, "tertial": 3}


def _parts_in_year(text):
    """How many of the year's parts a span names ("varje kvartal": 4), or None."""
    part = YEAR_PART.search(text)
    return PARTS_IN_YEAR[(part["a"] or part["b"] or part["c"]).lower()] if part else None


# A count and its noun ending right before a time word: "en kväll varje år".
COUNTED_BEFORE = re.compile(rf"\b{NUMBER}\s+[a-zåäö]+\s+$", re.IGNORECASE)
# "Utöver detta ska en trafikinsats inriktas på …": a modal before the subject (the clause
# inverted), and a passive infinitive right after the subject's noun.
MODAL_END = re.compile(r"\b(?:ska|skall|kommer(?:\s+att)?)\s+$", re.IGNORECASE)
# The short present passives of the strong verbs ("tas fram", "görs", "hålls") count as well.
PASSIVE_INFINITIVE = re.compile(
    r"^\s+(?:[a-zåäö]+\s+){0,2}?(?:också\s+|även\s+)?"
    r"(?:[a-zåäö]{3,}as|tas|ges|ses|görs|hålls|fås)\b",
    re.IGNORECASE,
)
# "… med ortens krögare ska hållas": a modal and a passive infinitive later in the clause.
MODAL_PASSIVE = re.compile(
    r"^[^.;:]*?\b(?:ska|skall|kommer att)\s+(?:[a-zåäö]+\s+){0,2}?[a-zåäö]{3,}as\b",
    re.IGNORECASE,
)


UNHELD_SPAN = re.compile(
    r"\b(?:varannan|vartannat|per kvartal|i kvartalet|varje kvartal|per halvår|varje halvår|"
    r"i halvåret|per tertial|varje tertial|i tertialet|kvartalsvis|halvårsvis|"
    r"var (?:tredje|fjärde|femte|sjätte|åttonde|fjortonde)|varje (?:två|tre|fyra))\b",
    re.IGNORECASE,
)


# "Det mobila poliskontoret ska besöka Kungshamn varje vecka", "Polisen patrullerar centrum
# varje fredag": a deed done every span, with no number, is done once each span; the deed is
# counted as its noun.
EVERY_SPAN = re.compile(
    r"\bvarje\s+(?:(?P<dag>dag|dygn)|(?P<vecka>vecka|måndag|tisdag|onsdag|torsdag|fredag|"
    r"lördag|söndag|helg)|(?P<manad>månad)|(?P<termin>termin)|(?P<ar>år))\b",
    re.IGNORECASE,
)
DEED_NOUNS = [
    (re.compile(r"\bbesök(?:a|er)\b", re.IGNORECASE), "besök"),
    (re.compile(r"\b(\w*)patrullera(?:r)?\b", re.IGNORECASE), "{}patrulleringar"),
    (re.compile(r"\bkontrollera(?:r)?\b", re.IGNORECASE), "kontroller"),
]


def _deed_every_span(sentence):
    """(the deed's noun, span, quote) of a deed done every span with no count, or None."""
    every = EVERY_SPAN.search(sentence)
    if not every or re.search(rf"\b{NUMBER}\b", sentence[: every.start()], re.IGNORECASE):
        return None
    for verb, noun in DEED_NOUNS:
        deed = verb.search(sentence[: every.start()])
        if deed:
            noun = noun.format(deed[1].lower()) if deed.groups() else noun
            return noun, every.lastgroup, sentence[deed.start() : every.end()]
    return None


def _count(word):
    if word.isdigit():
        return int(word)
    word = word.lower()
    if word in NUMBERS:
        return NUMBERS[word]
    parts = re.fullmatch(rf"(?:({ONES})?(hundra))?({TENS})?({ONES}|{TEENS})?", word)
    hundreds = (NUMBERS[parts[1]] if parts[1] else 1) * 100 if parts[2] else 0
    return hundreds + sum(NUMBERS[part] for part in parts.groups()[2:] if part)


# Units too short for their singular and plural to share a stem, in the plural the
# expectations use: "1 dag i veckan" counts days.
SHORT_PLURALS = {
    "dag": "dagar",
    "dygn": "dygn",
    "vecka": "veckor",
    "kväll": "kvällar",
    "natt": "nätter",
    "helg": "helger",
    "möte": "möten",
    "träff": "träffar",
    "timme": "timmar",
}


def _plural_unit(unit):
    unit = unit.lower().strip("/ ")
    return SHORT_PLURALS.get(unit, unit)


# "riktade", "särskilda", "nya", "gemensamma", "underrättelsebaserade": adjectives before the
# noun counted end in -a or -e; the noun itself is the unit.
# "fler", "färre", "mer": comparatives before the noun are no part of it either.
ADJECTIVE = re.compile(r"^[a-zåäöé]+[ae]$|^så$|^kallade$|^fler$|^färre$|^mer$", re.IGNORECASE)
# "en kommunikativ lägesbild", "en gemensam strategisk lägesbild", "en årlig
# trygghetsundersökning": adjectives in the singular, before the noun, end in -isk, -iv, -sam,
# -lig, -ig or -är; "en riktad aktivitet", "ett utökat pass": so do participles in -ad/-at.
SINGULAR_ADJECTIVE = re.compile(r"^[a-zåäöé]{2,}(?:isk|iv|sam|lig|ig|är|ad|at)$", re.IGNORECASE)


def _head_noun(unit, after, singular=True, one=False):
    """The noun counted: leading adjectives dropped, a time word after a slash cut off
    ("gång/dygn"), and a compound shared over "och" kept whole ("trafik- och
    informationsinsatser"). `one`: the count is "en"/"ett", before which an adjective does not
    end in -a or -e ("ett tillfälle", "ett möte" are nouns) save a participle in -ande/-ende
    or a comparative ("ett förebyggande arbete", "en större insats")."""
    unit = re.sub(r"/(?:dygn|dag|vecka|månad|år|termin)\b.*$", "", unit)
    words = unit.split()
    while len(words) > 1 and (
        (ADJECTIVE.match(words[0]) and not (one and _singular_noun(words[0])))
        or (singular and SINGULAR_ADJECTIVE.match(words[0]))
    ):
        words = words[1:]
    # "insatsveckor riktade mot ungdomar": a participle after the noun describes it.
    while len(words) > 1 and re.match(r"^[a-zåäö]+(?:ade|ande|ende)$", words[-1], re.I):
        words = words[:-1]
    # "nya lampor sätts upp": the noun phrase ends at its head noun; words after it belong to
    # the clause, save a compound's parts ("alkohol- och …") and a genitive before the noun
    # ("grannsamverkans möten").
    head = 0
    while head < len(words) - 1 and (
        words[head].endswith("-")
        or words[head].lower() in ("och", "eller")
        or (
            re.match(r"^[a-zåäö]{4,}s$", words[head], re.IGNORECASE)
            # "en trafikinsats inriktas på …": a passive after the noun is the clause's verb.
            and not re.match(r"^[a-zåäö]+as$", words[head + 1], re.IGNORECASE)
        )
    ):
        head += 1
    words = words[: head + 1]
    unit = " ".join(words)
    if unit.endswith("-"):
        joined = re.match(r"\s+(och|eller)\s+([a-zåäöé]+)(?:\s+([a-zåäöé]{4,}))?", after, re.I)
        if joined and joined[3] and ADJECTIVE.match(joined[2]):
            # "trafik- och trafikrelaterade kontroller": the compound shared is an adjective,
            # and the noun after it is the thing counted.
            unit = joined[3].lower()
        elif joined:
            unit = f"{unit} {joined[1]} {joined[2].lower()}"
    return unit


def _singular_noun(word):
    """Whether a word in -a or -e after "en"/"ett" is the noun, not an adjective."""
    return bool(re.search(r"[ae]$", word, re.I)) and not re.search(
        r"(?:ande|ende|re)$|^(?:så|kallade|fler|färre|mer)$", word, re.I
    )


def _after_head(sentence, m, unit):
    """The sentence after the head noun of the count `m` names."""
    head = unit.split()[-1] if unit else ""
    at = sentence.lower().find(head, m.start("unit")) if head else -1
    return sentence[at + len(head) :] if at >= 0 else sentence[m.end() :]


# "50 (femtio) trafikkontroller": the figure's number word in brackets says the count again.
BRACKETED_WORD = re.compile(rf"\b(\d+)\s*\({NUMBER}\)", re.IGNORECASE)
# "1 200 kontroller": a space between thousands and hundreds is one figure ("114 14" and
# "070-123 45 67" are no such groups).
THOUSANDS = re.compile(r"(?<![\d\-–/])\b(\d{1,3}) (\d{3})\b(?![\d\-–])")
# "ett par föräldraträffar", "ett tiotal besök": a pair is two, a "-tal" about that many.
ABOUT = re.compile(
    rf"\bett (?:par|({TENS}|tio|hundra)tal)\b(?=\s+(?:{NUMBER}\s+)?[a-zåäö])", re.IGNORECASE
)


def _written_counts(text):
    """Counts written in other ways turned into a number or number word: "ett par" → "två",
    "ett tiotal" → "tio", "50 (femtio)" → "50", "1 200" → "1200"."""
    text = BRACKETED_WORD.sub(r"\1", text)
    text = THOUSANDS.sub(r"\1\2", text)
    return ABOUT.sub(lambda m: m[1] or ("två" if m[0].lower().endswith("par") else "hundra"), text)


# "Under 2023 anmäldes 120 brott", "Förra året genomförde polisen 55 kontroller", "har sedan 2020
# genomfört 30 kontroller": a count after a verb in the past (a passive in -des/-tes, an active
# past of the second conjugation in -rde/-lde/-kte …, a common strong past, or a supine after
# "har"/"hade") is a figure of what happened, not a count promised. ("-ade" alone is left out:
# "riktade", "planerade" are as often participles before a noun; "-värde" is a noun.)
PAST = re.compile(
    r"\b(?:[a-zåäö]{3,}(?:ades|des|tes|dde|(?<!vä)rde|lde|vde|mde|gde|kte|pte)|"
    r"(?:gjorde|gjordes|höll|hölls|gav|gavs|fick|tog|togs|skedde|fanns|blev)|"
    r"(?:har|hade)\s+(?:(?!ett\b|minst\b)[\wåäö]+\s+){0,3}?"
    r"[a-zåäö]{3,}(?:ats|ts|it|at|rt|tt|lt|nt|ft|gt|kt))\b",
    re.IGNORECASE,
)
INTENT = re.compile(
    r"\b(?:ska|skall|kommer|lovar|lovat|vill|avser|planerar|åtar|åtagit|förbinder|ämnar)\b",
    re.IGNORECASE,
)
# A verb after the past one that begins a clause of what is to come: "… och vi fortsätter med
# minst 50 kontroller", "I år ska polisen genomföra 16".
AHEAD = re.compile(
    INTENT.pattern[:-3] + r"|fortsätter|fortsätta|genomföra|genomför|utföra|utför|i år|nu)\b",
    re.IGNORECASE,
)


def _reports(sentence, before):
    """Whether the count after `before` reports what was done rather than promises it: a verb
    in the past stands before it in its own clause, with no verb of what is to come between."""
    past = next(reversed(list(PAST.finditer(before))), None)
    if not past:
        return False
    return not AHEAD.search(before[past.end() :]) and (
        not INTENT.search(sentence) or not INTENT.search(before[: past.start()])
    )


# "ska installera 15 nya gatlampor": a figure right after a verb that follows "ska", "att" or
# "kommer att" is the count of what the verb does.
GOVERNED = re.compile(
    r"\b(?:ska|skall|kommer att|att)\s+(?:[a-zåäö]+\s+){0,2}?"
    # "ska installera", "ska nå": a verb in -a/-ar/-er, or a short one in -å/-e.
    r"(?:[a-zåäö]{3,}(?:a|ar|er)|[a-zåäö]{1,2}[åe]r?)"
    r"(?:\s+(?:upp|in|ut|fram|till|av))?\s+$",
    re.IGNORECASE,
)
# Plural nouns: "-ar/-er/-or", "-en/-n", and agent nouns in "-are", whose plural is the
# singular ("3 fältsekreterare").
PLURAL_UNIT = re.compile(r"(?:ar|er|or|en|n|are|besök|möten)$", re.IGNORECASE)
# "att 20 nya lampor sätts upp", "4 insatser ska genomföras": a figure whose noun is the subject
# of a passive verb right after it counts what is done.
PASSIVE_AFTER = re.compile(
    r"^\s+(?:(?:ska|skall|kommer att)\s+(?:[a-zåäö]+\s+)?[a-zåäö]{3,}as|"
    r"[a-zåäö]{2,}(?:as|ts|rs|ls|ds|ns))\b",
    re.IGNORECASE,
)
# "Sätta upp 2 nya kameror", "Nå 300 elever", "Kommunen anställer 3 fältassistenter": a figure
# right after the verb that opens the item (an infinitive, or a present after its subject),
# with or without a particle, is the count of what the verb does.
OPENING_VERB = re.compile(
    r"^\s*(?:(?:vi|polisen|kommunen|[A-ZÅÄÖ][a-zåäö]+(?:en|et|na))\s+)?"
    r"(?:(?:också|även|dessutom|årligen|gemensamt)\s+)?"
    r"(?:[a-zåäö]{3,}(?:a|ar|er)|[a-zåäö]{1,2}[åe]r?)"
    r"(?:\s+(?:upp|in|ut|fram|till|av|på))?\s+$",
    re.IGNORECASE,
)


def parse_targets(text, default_per="ar", default_doubt=""):
    """The targets of one promise, in text order: [Target]. `default_per` is the span of a
    count with no time word ("ar" in a one-year pledge, else "period"); `default_doubt`, when the
    pledge's period left that span uncertain, flags the targets that took it."""
    targets = []
    # A sentence ends at a full stop before a capital: "två st. insatser" is one sentence.
    # "två (2) vandringar" names the count twice; "2st kontroller" glues the counting word.
    text = re.sub(rf"\b({NUMBER})\s*\(\d+\)", r"\1", text, flags=re.IGNORECASE)
    text = re.sub(r"\b(\d+)(st\.?|ggr\.?)(?=[\s/])", r"\1 \2", text)
    # "2 x per månad", "3x/år": times written with a cross.
    text = re.sub(r"\b(\d+)\s*x(?=\s*(?:/|per\b|i\b|om\b|varje\b))", r"\1 gånger", text)
    text = _written_counts(text)
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ\"”])", text)
    for number, sentence in enumerate(sentences):
        if FOLLOW_UP.search(sentence) and number:
            # "Resultatet redovisas 2 gånger per år": how often the pledge is followed up.
            continue
        if DEFINES.search(sentence):
            # "Som brottsaktiv definieras den som förekommer med minst åtta misstankar": a count
            # that says what a word means, not what is promised.
            continue
        pers = list(PER.finditer(sentence))
        taken = []  # where an "en" stands that a count of times already named
        for m in COUNT.finditer(sentence):
            doubt = ""
            after = sentence[m.end() :]
            one = m["count"].lower() in ("en", "ett", "1")
            unit = _head_noun(_plural_unit(m["unit"]), after, one=one)
            unit = SHORT_PLURALS.get(unit, unit)
            # Whether "en" counts one held event is read on the words as written: "genomföra
            # en gemensam medborgardialog digitalt" holds no event counted.
            plain = _head_noun(_plural_unit(m["unit"]), after, singular=False, one=one)
            before = sentence[: m.start("count")]
            if m.start("count") in taken:
                continue  # "fyra gånger per år ta fram en lägesbild": the "en" is no count
            if unit in ("stycken", "st", "st."):
                # "så många trafikkontroller som möjligt men minst 20 stycken": a counting word
                # with no noun after it counts the plural noun named before it.
                named = re.findall(r"\b([a-zåäö]{4,}(?:ar|er|or))\b", before.lower())
                if not named:
                    continue
                unit = named[-1]
            # "efter sex månader" is a point in time and "inom våra tre kommuner" a place, not a
            # count promised; "bjuda in till en trygghetsvandring" is one event held.
            after_preposition = re.search(
                r"\b(?:inom|kl\.?|klockan|år|årskurs|i|på|av|för|om|till|från|mellan|efter)\s+"
                r"(?:(?:våra|era|sina|de|dessa|alla|samtliga)\s+)?$",
                before,
                re.I,
            ) and not (CONDUCT.search(before) or ATTEND.search(before))
            # "de tre kommunerna", "samtliga sju skolor": a determiner before the number names
            # all of a known set, not a count promised.
            determined = (
                re.search(
                    r"\b(?:de|dessa|våra|sina|era|alla|samtliga|båda|bägge)\s+$", before, re.I
                )
                and not m["lead"]
            )
            if determined:
                continue
            if NOT_UNITS.match(unit) or after_preposition or len(unit) < 3:
                continue  # "mer än en m": a word cut off is no thing counted
            # A time word belongs to the nearest count: "en årsbaserad tidsåtgång om minst 900
            # timmar per år" counts hours per year, not the one "tidsåtgång".
            per_match = (
                next(
                    (
                        p
                        for p in pers
                        if 0 <= p.start() - m.end() <= 60
                        and (
                            not re.search(rf"\b{NUMBER}\b", sentence[m.end() : p.start()], re.I)
                            or COORDINATED.match(_without_ranges(sentence[m.end() : p.start()]))
                        )
                        and not SPAN_ADJECTIVE.match(p[0])
                    ),
                    None,
                )
                or next(
                    (
                        p
                        for p in pers
                        if p.end() <= m.start()
                        and m.start() - p.end() <= 40
                        and not SPAN_ADJECTIVE.match(p[0])
                        # "anordna en kväll varje år som … främjar ett tryggare X": a time word
                        # right after a count is that count's, not one for a count after it.
                        and not COUNTED_BEFORE.search(sentence[: p.start()])
                    ),
                    None,
                )
            )
            # "två årliga trygghetsvandringar": the span stands as an adjective before the noun;
            # it says how often, not that "en" before it is a count ("en årlig undersökning").
            inside = next((p for p in pers if m.start("unit") <= p.start() < m.end()), None)
            spanned = False
            if inside and not per_match and m["count"].lower() in ("en", "ett") and not m["lead"]:
                inside, spanned = None, True
            per_match = per_match or inside
            # "En trygghetsbesiktning av området." opening a promise counts one event, as after
            # a verb of holding it.
            # "Utöver detta ska en trafikinsats inriktas på …", "En utbildning med krögarna ska
            # hållas": an event as the subject of a passive after a modal is promised.
            head_after = _after_head(sentence, m, plain)
            passive_subject = (
                MODAL_END.search(before) and PASSIVE_INFINITIVE.match(head_after)
            ) or (not before.strip() and MODAL_PASSIVE.search(head_after))
            conducts = m["count"].lower() in ("en", "ett") and (
                CONDUCT.search(before)
                or not before.strip()
                or passive_subject
                or (CONDUCT_APART.search(before) and EVENT.search(plain.split()[0]))
            )
            # "104 stycken narkotikabrott": a counting word makes a figure a count.
            counted = m["lead"] or m["counting"]
            # "Det skall ordnas två utbildningstillfällen": a later sentence that promises (a
            # modal or a verb of committing before the count) states a count of its own.
            promised = (INTENT.search(before) and PLURAL_UNIT.search(unit.split()[-1])) or (
                # "Kommunen genomför via BRÅ-gruppen en enkätundersökning": so does a verb of
                # holding an event.
                conducts
                and EVENT.search(plain.split()[0])
                and (passive_subject or CONDUCT.search(before) or CONDUCT_APART.search(before))
            )
            if number and not (counted or per_match or promised):
                # A bare count in a later sentence describes ("Fem personer står …"); the
                # promise is made in the first.
                continue
            if conducts and not EVENT.search(plain.split()[0]):
                # "En publik trivsel- och trygghetsskapande aktivitet ska …": the event held is
                # the noun that ends the phrase, after the words that describe it.
                event = EVENT_NOUN.match(m[0][m.end("count") - m.start() :] + after)
                if event:
                    unit = plain = event[1].lower()
            if _reports(sentence, before):
                continue  # "Under 2023 anmäldes 120 brott": what happened, not what is promised
            # "genomföra 10 trafikkontroller": a figure right after a verb of doing is a count,
            # as is one after any verb governed by "ska" or "att" that counts a plural noun.
            done_count = m["count"].isdigit() and (
                DOING.search(before)
                or (re.search(r"\bvid\s+$", before) and unit.startswith("tillfäll"))
                or (GOVERNED.search(before) and PLURAL_UNIT.search(unit.split()[-1]))
                or (OPENING_VERB.match(before) and PLURAL_UNIT.search(unit.split()[-1]))
                or (
                    PASSIVE_AFTER.match(_after_head(sentence, m, unit)) and PLURAL_UNIT.search(unit)
                )
                or ATTEND.search(before)
                # "genom 200 trafikkontroller vara synliga": a figure counting the means.
                or (re.search(r"\bgenom\s+$", before, re.I) and PLURAL_UNIT.search(plain))
            )
            # "Varje kvartal skapa en lägesbild": a part of the year before the verb is a time
            # word for the count after it, as "varje år" is.
            # "En lägesbild tas fram kvartalsvis", "tar fram en rapport varje kvartal": so is one
            # after it, in the same clause, when the clause has its verb.
            span_after = YEAR_PART.search(after[:30])
            parted = not per_match and (
                _parts_in_year(before[-40:])
                or (
                    span_after
                    and not re.search(rf"\b{NUMBER}\b|[,;:]", after[: span_after.start()], re.I)
                    and (
                        before.strip() or PASSIVE_INFINITIVE.match(_after_head(sentence, m, plain))
                    )
                    and _parts_in_year(after[:30])
                )
            )
            if (m["count"].isdigit() or m["count"].lower() in ("en", "ett")) and not (
                counted
                or per_match
                or parted
                or done_count
                or (conducts and EVENT.search(plain.split()[0]))
            ):
                # "en" and "ett" are articles, and a bare figure is often a road, a time or an
                # address, unless "minst", a time word or a verb of doing makes it a count.
                continue
            if m["count"].lower() in ("en", "ett") and not m["lead"]:
                if plain.lower() == "dialog":
                    continue  # "föra en dialog med handlarna varje år": an exchange, no event
                if spanned and before.strip():
                    continue  # "genomföra en årlig trygghetsundersökning": how often, no count
                # "Under året är ett fokusområde …": after a copula "en"/"ett" is an article.
                if re.search(r"\b(?:är|var|blir|utgör|finns)\s+$", before, re.IGNORECASE):
                    continue
                # "under året gemensamt genomföra en kartläggning": a span says when, not how
                # often; only a held event ("en trygghetsvandring") counts one without "per".
                if (
                    per_match
                    and per_match[0].lower().startswith("under")
                    and not (conducts and EVENT.search(plain.split()[0]))
                ):
                    continue
            parts = None
            if UNHELD_SPAN.search(m[0] + after[:30]):
                parts = _parts_in_year(m[0] + after[:30])
                if not parts or unit.split()[0] in ("gång", "gånger", "ggr", "ggr."):
                    # "en gång varannan vecka": a span the targets cannot hold; "en gång per
                    # kvartal" counts the event it is said of, not the times.
                    continue
            if (
                not parts
                and m["count"].lower() in ("en", "ett")
                and not m["lead"]
                and UNHELD_SPAN.search(before[-40:])
            ):
                # "En gång varje kvartal genomföra en större trafikinsats": one event each
                # quarter is four a year; a span the targets cannot hold gives none.
                parts = _parts_in_year(before[-40:])
                if not parts:
                    continue
            elif not parts and not per_match and UNHELD_SPAN.search(before[-40:]):
                # "Polisen ska varannan vecka genomföra 2 insatser": the count is for each span
                # named before it; one the targets cannot hold gives none, a part of the year
                # that many a year.
                parts = _parts_in_year(before[-40:])
                if not parts:
                    continue
            if unit in ("dagar", "timmar", "veckor", "dygn", "månader", "minuter") and (
                re.search(r"\b(?:högst|max|maximalt|inom|senast)\s+$", before, re.I)
                or re.match(r"\s+(?:efter|från|innan|före)\b", _after_head(sentence, m, unit))
            ):
                # "Högst två veckor efter anmälan ska polisen återkoppla": a span of time that
                # bounds when a deed is done is a time limit, not a count.
                continue
            if (
                targets
                and unit in ("dagar", "timmar", "veckor", "dygn", "kvällar", "nätter")
                and re.search(
                    r"\b(?:omfattande|à|under|om)\s+(?:minst\s+|cirka\s+|ca\s+)?$", before, re.I
                )
            ):
                # "två riktade insatser/år omfattande minst två dagar": how long each thing
                # counted before lasts, not a count of its own.
                continue
            if unit.split()[0] in ("gång", "gånger", "ggr", "ggr."):
                unit = "gånger"
                times_of = TIMES_OF.match(after[per_match.end() - m.end() :]) if per_match else None
                event_before = EVENT_BEFORE.search(before)
                if event_before and not EVENT.search(event_before[1]):
                    event_before = None
                done = (
                    OBJECT_BEFORE.search(before)
                    or event_before
                    or (
                        OBJECT_AFTER.match(after[per_match.end() - m.end() :])
                        if per_match and per_match.start() >= m.end()
                        else None
                    )
                )
                made = MADE_SUBJECT.search(sentence[: m.start()])
                # "Informationskvällar för vårdnadshavare. Minst en gång per termin.": times in
                # a sentence with no verb of its own count the plural noun the promise opens with.
                opening = (
                    PLURAL_SUBJECT.match(sentences[0])
                    if number and not re.search(r"\b(?:ska|skall|kommer)\b", sentence, re.I)
                    else None
                )
                # "Trygghetsvandring 2 ggr/år": times right after an event noun that stands
                # alone, with no verb, count the event.
                label = LABEL_EVENT.match(before)
                if (
                    label
                    and not opening
                    and EVENT.search(re.sub(r"(?:ar|er|or)$", "", label[1], flags=re.I))
                ):
                    opening = label
                if times_of:
                    unit = times_of[2].lower()
                    taken.append(per_match.end() + times_of.start("article"))
                elif done:
                    # "genomföra tobakstillsyner minst en gång per år": the times are the
                    # things done.
                    unit = done[1].lower()
                    if done is event_before:
                        # "en föräldraträff två gånger per termin": the times count the event,
                        # and its article is no count of its own.
                        targets[:] = [t for t in targets if not (t.quote and t.quote in done[0])]
                elif made:
                    # "Lägesbild för torget ska tas fram en gång i veckan": the times are the
                    # subject made or held.
                    unit = made[1].lower()
                elif opening:
                    unit = opening[1].lower()
                else:
                    doubt = "antalet räknar gånger; vad som görs varje gång står inte vid talet"
            shared = SHARED_NOUN.match(after) if ADJECTIVE.match(unit) else None
            if shared:
                # "två hastighetsdämpande eller trafikfrämjande åtgärder": the adjectives share
                # the noun after them.
                unit = shared[1].lower()
            elif ADJECTIVE.match(unit) and re.match(r"\s+(?:och|eller)\b", after):
                doubt = "det räknade ser ut som ett adjektiv; substantivet står längre fram"
            per = per_match.lastgroup if per_match else default_per
            if parts:
                per = "ar"
            if not per_match and default_doubt:
                doubt = doubt or default_doubt
            scope_match = SCOPE.search(after[:80])
            scope = scope_match[0].lower() if scope_match else ""
            count = _count(m["count"]) * (parts or 1)
            if any(t.count == count and t.unit == unit for t in targets):
                continue
            end = per_match.end() if per_match and per_match.start() > m.start() else m.end()
            quote = sentence[m.start() : end].strip()
            targets.append(
                Target(count, unit, per, scope, quote=quote, sure=not doubt, doubt=doubt)
            )
        _elliptic_targets(
            sentence, pers, targets, default_per, sentences[number - 1] if number else ""
        )
        every = _deed_every_span(sentence) if not targets else None
        if every:
            targets.append(Target(1, every[0], every[1], "", quote=every[2]))
        one_each = ONE_EACH.match(sentence.strip())
        if one_each and not any(t.quote and t.quote in sentence for t in targets):
            span = {"årlig": "ar", "månatlig": "manad", "veckovis": "vecka"}
            unit = one_each["unit"].lower()
            targets.append(Target(1, unit, span[one_each["span"].lower()], "", quote=one_each[0]))
    return targets


# "Grannsamverkansområden ska startas, minst två per år": a count with only a time word after it
# counts the sentence's subject; "…, varav minst en i centrum": part of the count before it.
BARE_COUNT = re.compile(
    rf"\b(?P<lead>(?:minst|åtminstone|cirka|ca|ungefär)\s+)?(?!(?:19|20)\d\d\b)"
    rf"(?P<count>{NUMBER})\s+(?=(?:per|varje|om|i|under)\s+"
    r"(?:år|året|vecka|veckan|månad|månaden|termin|terminen|dag|dygn|perioden)\b)",
    re.IGNORECASE,
)
# "Antal trafikkontroller: minst 20": a count given as the value of a labelled number.
LABELLED_COUNT = re.compile(
    # "Antalet trygghetsvandringar ska vara minst fyra": or as what the number is to be.
    rf"\bantal(?:et)?\s+(?P<unit>[a-zåäö\-]{{4,}})\s*(?::|\s(?:ska|skall)\s+(?:vara|uppgå till|bli)"
    rf"(?:\s+(?:under|per)\s+\w+)?)\s*(?:minst\s+|cirka\s+|ca\s+)?"
    rf"(?P<count>{NUMBER})\b",
    re.IGNORECASE,
)
# The nearest plural noun before a count: "Polisen genomför trafikkontroller, minst 20 under
# året" counts the checks.
PLURAL_NOUN = re.compile(r"\b([a-zåäö]{4,}(?:ar|er|or))\b", re.IGNORECASE)
PART_OF = re.compile(
    rf"\bvarav\s+(?:minst\s+|åtminstone\s+)?(?P<count>{NUMBER})\b(?!\s*(?:%|procent))",
    re.IGNORECASE,
)
# A subject that is a thing counted: a capitalised plural noun opening the sentence, not one of
# those who give the pledge ("Polisen ska synas, minst två per vecka").
PLURAL_SUBJECT = re.compile(
    r"^(?!(?:polis|kommun|stad|\w*förvaltning|socialtjänst|skolan))"
    r"([A-ZÅÄÖ][a-zåäö\-]{4,}(?:ar|er|or|en))\b",
    re.IGNORECASE,
)


# The plural noun right after a count's time word: "minst två per år riskhelger".
NOUN_AFTER_SPAN = re.compile(
    r"(?:per|varje|om|i|under)\s+[a-zåäö]+\s+([a-zåäö]{4,}(?:ar|er|or)|[a-zåäö]*(?:besök|möten))\b",
    re.IGNORECASE,
)


# "Polisen genomför trygghetsvandringar. Dessa ska vara minst fyra per år.": a sentence opening
# with a pronoun counts the things the sentence before it named.
POINTS_BACK = re.compile(r"^(?:dessa|de|av dessa)\b", re.IGNORECASE)


def _elliptic_targets(sentence, pers, targets, default_per, previous=""):
    """Adds the counts of one sentence that name no unit of their own, in text order;
    `previous` is the sentence before it in the same promise."""
    subject = PLURAL_SUBJECT.match(sentence)
    for m in BARE_COUNT.finditer(sentence):
        # "Trygghetsvandringar: 4 per år": with "minst" the count counts the sentence's
        # subject; without, the plural noun nearest before it, if the count is the sentence's
        # first.
        named = PLURAL_NOUN.findall(sentence[: m.start()])
        if POINTS_BACK.match(sentence) and not re.search(
            rf"\b{NUMBER}\b", sentence[: m.start()], re.IGNORECASE
        ):
            named = PLURAL_NOUN.findall(previous)
        # "vid minst två per år riskhelger": the time word may stand between the count and
        # its noun.
        noun_after = NOUN_AFTER_SPAN.match(sentence[m.end() :])
        if m["lead"] and subject:
            unit = subject[1].lower()
        elif noun_after:
            unit = noun_after[1].lower()
        elif named and not re.search(rf"\b{NUMBER}\b", sentence[: m.start()], re.IGNORECASE):
            unit = named[-1].lower()
        else:
            continue
        if unit in ("gånger", "personer", "procent"):
            continue
        per_match = next((p for p in pers if 0 <= p.start() - m.end() <= 5), None)
        count = _count(m["count"])
        if not any(t.count == count and t.unit == unit for t in targets):
            per = per_match.lastgroup if per_match else default_per
            targets.append(Target(count, unit, per, "", quote=m[0].strip()))
    for m in LABELLED_COUNT.finditer(sentence):
        unit, count = m["unit"].lower(), _count(m["count"])
        if not any(t.count == count for t in targets):
            per = next((p.lastgroup for p in pers if 0 <= p.start() - m.end() <= 20), default_per)
            targets.append(Target(count, unit, per, "", quote=m[0]))
    for m in PART_OF.finditer(sentence):
        whole = next((t for t in reversed(targets) if sentence.find(t.quote) < m.start()), None)
        count = _count(m["count"])
        if whole and count < whole.count:
            scope = sentence[m.end() :].strip(" .,")[:60].lower()
            targets.append(Target(count, whole.unit, whole.per, scope, quote=m[0]))


def parse_target(text):
    """(count, unit, per, quote) of the first target, or None: the single target the current
    pledge model holds."""
    targets = parse_targets(text)
    if not targets:
        return None
    first = targets[0]
    return first.count, first.unit, first.per, first.quote


def parse_deadline(text, line=0):
    """A time limit the promise states: 'inom 24 timmar', 'inom en vecka', 'under det första
    halvåret 2017'."""
    first_sentence = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", text.strip(), maxsplit=1)[0]
    for m in DEADLINE.finditer(text.strip()):
        when = m["month"] or m["season"]
        if when and (m.start() >= len(first_sentence) or FOLLOW_UP.search(first_sentence)):
            # A month is a deadline only when the promise's own verb is done in it: in the
            # promise's own sentence, and not in one about evaluating it.
            continue
        return Found(m[0], line, m[0])
    return None
