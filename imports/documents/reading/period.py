"""The period a pledge is given for.

Each rule reads one written form into (start, end), each half "YYYY-MM-DD", "YYYY-MM" (a month
written alone) or None (a half the text does not state). The pledge's own period is the one
stated where the text speaks of the pledge's validity ("gäller", "löftet", "medborgarlöfte
2024") or in a heading; a year in the situation text ("brottsstatistik från 2020–2023",
"genomfördes under 2016") is not the period.
"""

import bisect
import datetime
import re

from .document import Found
from .kind import read_kind
from .words import DASH, MONTH, MONTHS, NUMBERS, YEAR

PERIOD_RULES = []


def _date(year, month, day):
    try:
        return datetime.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _iso(year, month, day):
    date = _date(year, month, day)
    return date.isoformat() if date else None


def _month(year, month):
    return f"{int(year):04d}-{int(month):02d}"


def _day_or_month(year, month, day):
    """'31 juni 2023' names no day that exists: the month is what the text surely says."""
    return _iso(year, month, day) or _month(year, month)


def _month_number(word):
    return MONTHS[word.lower().rstrip(".")]


def period_rule(pattern):
    def register(function):
        PERIOD_RULES.append((re.compile(pattern, re.IGNORECASE), function))
        return function

    return register


# "torsdagen den 17 november 2016": a weekday and "den" may stand before a date.
WEEKDAY = r"(?:(?:\w+dagen\s+)?den\s+)?"
# "fram till och med", "t o m" (the abbreviation written with spaces) join the two halves too.
THROUGH = (
    r"\s*(?:-{1,2}|–|—|−|(?:fram\s+)?till och med|t\.\s?o\.\s?m\.?|t o m\b|(?:fram\s+)?till)\s*"
)


@period_rule(rf"\b({YEAR})-(\d\d)-(\d\d){THROUGH}({YEAR})-(\d\d)-(\d\d)\b")
def _iso_range(m):
    return _iso(m[1], m[2], m[3]), _iso(m[4], m[5], m[6])


@period_rule(rf"\b({YEAR})(\d\d)(\d\d){DASH}({YEAR})(\d\d)(\d\d)\b")
def _compact_range(m):
    """'20190601-20211231': dates written without separators."""
    return _iso(m[1], m[2], m[3]), _iso(m[4], m[5], m[6])


@period_rule(rf"\b({YEAR})-(\d\d)-(\d\d){THROUGH}(\d\d)-(\d\d)\b(?!-)")
def _iso_range_in_one_year(m):
    """'2018-01-01—12-31': the end leaves out the year it shares with the start."""
    return _iso(m[1], m[2], m[3]), _iso(m[1], m[4], m[5])


@period_rule(rf"\b(\d\d)(\d\d)(\d\d){DASH}(\d\d)(\d\d)(\d\d)\b")
def _short_range(m):
    """'170101–181231': the form some police documents use."""
    return _iso(2000 + int(m[1]), m[2], m[3]), _iso(2000 + int(m[4]), m[5], m[6])


@period_rule(
    rf"\b(\d{{1,2}})\s+({MONTH})(?:\s+({YEAR}))?{THROUGH}{WEEKDAY}(\d{{1,2}})\s+({MONTH})\s+({YEAR})\b"
)
def _day_month_range(m):
    """'1 juni 2022–31 december 2023', or '15 juni – 31 augusti 2024' with one year."""
    start_year = m[3] or m[6]
    return (
        _day_or_month(start_year, _month_number(m[2]), m[1]),
        _day_or_month(m[6], _month_number(m[5]), m[4]),
    )


@period_rule(rf"\b(\d{{1,2}})\s+({MONTH})\s+({YEAR}){THROUGH}({MONTH})\s+({YEAR})\b")
def _day_to_month(m):
    """'1 juni 2019 – juni 2020': an exact start and an end given only as a month; each half
    is read as exactly as it is written."""
    return _iso(m[3], _month_number(m[2]), m[1]), _month(m[5], _month_number(m[4]))


@period_rule(rf"\b({MONTH})(?:\s+({YEAR}))?{THROUGH}({MONTH})\s+({YEAR})\b")
def _month_range(m):
    """'maj 2024 – maj 2025', 'juni till och med augusti 2021': months, written as months."""
    return _month(m[2] or m[4], _month_number(m[1])), _month(m[4], _month_number(m[3]))


@period_rule(
    rf"\b(?:från och med|fr\.o\.m\.?|från)\s+(?:år(?:et)?\s+)?({YEAR}){THROUGH}"
    rf"(?:år(?:et)?\s+)?({YEAR})(?![\d-])"
)
def _from_year_to_year(m):
    """'från och med år 2025 fram till och med 2027': a span of years, each named as a year."""
    if int(m[2]) < int(m[1]):
        return None
    return f"{m[1]}-01-01", f"{m[2]}-12-31"


@period_rule(rf"(?<![\d-])({YEAR}){THROUGH}({YEAR})(?![\d-])")
def _year_range(m):
    if int(m[2]) < int(m[1]):
        return None
    return f"{m[1]}-01-01", f"{m[2]}-12-31"


@period_rule(r"(?<![\d-])(?<!-\s)((?:19|20)(\d\d))\s*(?:-|–|—|/)\s*(\d\d)(?![\d-]|\s*(?:-|–)\s*\d)")
def _year_range_short_end(m):
    """'under åren 2023-24', '2015/16': the end keeps only its last two digits. A two-digit end
    of twelve or less ('2011-12') could be a month and is left alone."""
    end = int(m[3])
    if end <= 12 or not 1 <= end - int(m[2]) <= 4:
        return None
    return f"{m[1]}-01-01", f"{m[1][:2]}{m[3]}-12-31"


# "Med början torsdagen den 17 november 2016 … fram till och med torsdagen den 18 maj 2017".
DAY = rf"{WEEKDAY}(\d{{1,2}})\s+({MONTH})\s+({YEAR})"


@period_rule(
    rf"\b(?:med början|från och med|fr\.o\.m\.?|från)\s+{DAY}.{{0,200}}?"
    rf"(?:till och med|t\.o\.m\.?|fram till)\s+{DAY}"
)
def _from_day_to_day(m):
    return (
        _day_or_month(m[3], _month_number(m[2]), m[1]),
        _day_or_month(m[6], _month_number(m[5]), m[4]),
    )


@period_rule(
    rf"\b(?:påbörja\w*|börja\w*|starta\w*|med början|från och med|fr\.o\.m\.?|från)\s+"
    rf"{WEEKDAY}(\d{{1,2}})\s+({MONTH})\s+(?:och|,)\s+(?:\w+\s+){{0,3}}?"
    rf"(?:till och med|t\.o\.m\.?|fram till)\s+{DAY}"
)
def _from_day_to_day_of_one_year(m):
    """'ska påbörjas 2 september och pågå till och med 31 december 2016': the start leaves out
    the year it shares with the end (the year before, when its month comes later)."""
    year = int(m[5])
    if _month_number(m[2]) > _month_number(m[4]):
        year -= 1
    return (
        _day_or_month(year, _month_number(m[2]), m[1]),
        _day_or_month(m[5], _month_number(m[4]), m[3]),
    )


@period_rule(rf"\bmellan\s+{DAY}\s+och\s+{DAY}")
def _between_days(m):
    """'mellan 1 maj 2024 och 30 april 2025'."""
    return (
        _day_or_month(m[3], _month_number(m[2]), m[1]),
        _day_or_month(m[6], _month_number(m[5]), m[4]),
    )


@period_rule(
    rf"\bmellan\s+({MONTH})(?:\s+({YEAR}))?\s+och\s+(?:(?:den\s+)?sista\s+|slutet\s+av\s+)?"
    rf"({MONTH})\s+({YEAR})\b"
)
def _between_months(m):
    """'mellan januari och sista april 2017': months, written as months, one year shared."""
    return _month(m[2] or m[4], _month_number(m[1])), _month(m[4], _month_number(m[3]))


@period_rule(
    rf"\b(?:åren|år|gäller|gälla|för|under|perioden|medborgarlöft\w*|löfte\w*|kommun|stad)\s+({YEAR})"
    r"\s*(?:och|/)\s*"
    rf"({YEAR})\b"
)
def _two_years(m):
    """'åren 2019 och 2020', 'gäller 2019/2020': two years in a row are one period."""
    if int(m[2]) != int(m[1]) + 1:
        return None
    return f"{m[1]}-01-01", f"{m[2]}-12-31"


@period_rule(rf"\b(höst|vår)termin(?:en)?\s+({YEAR})\b")
def _school_term(m):
    """'under höstterminen 2019': a school term, August to December or January to June."""
    autumn = m[1].lower() == "höst"
    return _month(m[2], 8 if autumn else 1), _month(m[2], 12 if autumn else 6)


# "Aktiviteterna ska påbörjas 16 september 2016": a verb of starting before a day names the
# start as well.
START_WORDS = (
    r"(?:från och med|fr\.o\.m\.?|från|med början|med start|påbörjas|påbörjades|inleds|"
    r"startar|börjar gälla)"
)


@period_rule(
    rf"(?<![\d/])(\d{{1,2}})/(\d{{1,2}})(?:\s+({YEAR}))?{THROUGH}(\d{{1,2}})/(\d{{1,2}})\s+({YEAR})\b"
)
def _numeric_day_range(m):
    """'1/1 2024 – 31/12 2024': day, then month as a number."""
    return _iso(m[3] or m[6], m[2], m[1]), _iso(m[6], m[5], m[4])


YEARS_WORD = {"ett": 1, "1": 1, "två": 2, "2": 2, "tre": 3, "3": 3, "fyra": 4, "4": 4}


@period_rule(
    rf"\b(?:{START_WORDS}|gäller|gälla)\s+(?:{DAY}|({YEAR})-(\d\d)-(\d\d)\b)\s+(?:och\s+)?"
    r"(ett|två|tre|fyra|[1-4])\s+år"
    r"\s+(?:framåt|därefter|efter det)"
)
def _from_day_for_years(m):
    """'gäller från 2024-03-01 och två år framåt': the day before the same date so many years
    on is the last."""
    start = _date(m[4], m[5], m[6]) if m[4] else _date(m[3], _month_number(m[2]), m[1])
    return _span_of_years(start, YEARS_WORD[m[7].lower()])


def _span_of_years(start, years):
    if not start:
        return None
    try:
        after = start.replace(year=start.year + years)
    except ValueError:  # 29 February
        after = start.replace(year=start.year + years, day=28)
    return start.isoformat(), (after - datetime.timedelta(days=1)).isoformat()


# "1/12 -2020", "1/12 2020", "1/12-2020": day, then month as a number, then the year.
NUMERIC_DATE = rf"(?<![\d/])(\d{{1,2}})/(\d{{1,2}})\s*-?\s*({YEAR})\b"
SPAN_WORD = {**YEARS_WORD, **{w: n for w, n in NUMBERS.items() if n <= 36}}
SPAN_COUNT = r"(?:\d{1,2}|" + "|".join(sorted(SPAN_WORD, key=len, reverse=True)) + r")"


@period_rule(
    rf"\b(?:i|under)\s+({SPAN_COUNT})\s+(månader|månad|år)\s+{START_WORDS}\s+"
    rf"(?:{DAY}|({YEAR})-(\d\d)-(\d\d)\b|{NUMERIC_DATE})"
)
def _span_from_day(m):
    """'gäller i 3 månader fr.o.m 1/12 -2020', 'under två år från 2024-03-01': a length from a
    start day; the day before the same date so many months or years on is the last."""
    if m[6]:
        start = _date(m[6], m[7], m[8])
    elif m[9]:
        start = _date(m[11], m[10], m[9])
    else:
        start = _date(m[5], _month_number(m[4]), m[3])
    word = m[1].lower()
    count = int(word) if word.isdigit() else SPAN_WORD.get(word)
    if not start or not count:
        return None
    months = count * 12 if m[2].lower() == "år" else count
    year, month = divmod(start.year * 12 + start.month - 1 + months, 12)
    after = _date(year, month + 1, start.day)
    if not after:
        # '31 augusti' six months on: no such day; the month's last day ends the span.
        after = _date(year, month + 2, 1) if month < 11 else _date(year + 1, 1, 1)
    return start.isoformat(), (after - datetime.timedelta(days=1)).isoformat()


@period_rule(
    rf"\b(?:i|under)\s+({SPAN_COUNT})\s+(månader|månad|år)\s+{START_WORDS}\s+({MONTH})\s+({YEAR})\b"
)
def _span_from_month(m):
    """'gäller i två år från april 2023': a length from a month; the month before the same
    month so many months or years on is the last, both written as months."""
    word = m[1].lower()
    count = int(word) if word.isdigit() else SPAN_WORD.get(word)
    if not count:
        return None
    months = count * 12 if m[2].lower() == "år" else count
    first = int(m[4]) * 12 + _month_number(m[3]) - 1
    year, month = divmod(first + months - 1, 12)
    return _month(m[4], _month_number(m[3])), _month(year, month + 1)


@period_rule(rf"\b{START_WORDS}\s+{NUMERIC_DATE}")
def _from_numeric_day(m):
    """'gäller fr.o.m. 1/12 -2020': a start only."""
    return _iso(m[3], m[2], m[1]), None


@period_rule(rf"\b{START_WORDS}\s+(?:{DAY}|({YEAR})-(\d\d)-(\d\d)\b)")
def _from_day(m):
    """'från och med 1 januari 2020 tills vidare', 'med början den 17 november 2016': a start
    only (an end stated in the next sentence is joined to it by find_period)."""
    if m[4]:
        return _iso(m[4], m[5], m[6]), None
    return _iso(m[3], _month_number(m[2]), m[1]), None


@period_rule(rf"\b(?:till och med|t\.o\.m\.?|fram till)\s+(?:{DAY}|({YEAR})-(\d\d)-(\d\d)\b)")
def _through_day(m):
    """'pågår fram till och med torsdagen den 18 maj 2017': an end only."""
    if m[4]:
        return None, _iso(m[4], m[5], m[6])
    return None, _iso(m[3], _month_number(m[2]), m[1])


@period_rule(
    rf"\b(?:från och med|fr\.o\.m\.?|från|med start i|med början i)\s+({MONTH})\s+({YEAR})"
)
def _from_month(m):
    """'från maj 2024': a start only."""
    return _month(m[2], _month_number(m[1])), None


# "gäller till september 2023", "löper till 31 december 2024": a plain "till" right after a verb
# of lasting says where the pledge ends.
LASTS = r"\b(?:gäll\w*|pågå\w*|löper|sträcker sig)\s+(?:\w+\s+)?till\s+"


@period_rule(rf"{LASTS}(?:{DAY}|({YEAR})-(\d\d)-(\d\d)\b)")
def _lasts_to_day(m):
    if m[4]:
        return None, _iso(m[4], m[5], m[6])
    return None, _iso(m[3], _month_number(m[2]), m[1])


@period_rule(rf"{LASTS}({MONTH})\s+({YEAR})")
def _lasts_to_month(m):
    return None, _month(m[2], _month_number(m[1]))


@period_rule(rf"\b(?:gäll\w*|pågå\w*|löper)\s+(?:under\s+)?({YEAR})\s+ut\b")
def _year_out(m):
    """'Löftet gäller 2017 ut': to the end of that year; its start is not said."""
    return None, f"{m[1]}-12-31"


# The seasons as the calendar counts them: spring from March, summer from June, autumn from
# September, winter from December.
SEASON_START = {"vår": 3, "sommar": 6, "höst": 9, "vinter": 12}


@period_rule(
    r"\b(?:från och med|fr\.o\.m\.?|från|med start|med början)\s+(?:i\s+)?"
    rf"(vår|sommar|höst|vinter)(?:en)?\s+({YEAR})\b"
)
def _from_season(m):
    """'Gäller från våren 2017': a start in the season's first month."""
    return _month(m[2], SEASON_START[m[1].lower()]), None


@period_rule(rf"\b(?:till och med|t\.o\.m\.?|fram till)\s+({MONTH})\s+({YEAR})")
def _through_month(m):
    """'gäller till och med augusti 2022': an end only."""
    return None, _month(m[2], _month_number(m[1]))


@period_rule(
    rf"\btills ?vidare\s+(?:från och med|fr\.o\.m\.?|från)\s+({YEAR})\b(?![\d-])|"
    # "2024 och tillsvidare": a year joined to "tills vidare" is where the pledge starts.
    rf"(?:\b(?:från och med|fr\.o\.m\.?|från)\s+|^\W*)({YEAR})\s+(?:och\s+)?tills ?vidare\b"
)
def _year_until_further_notice(m):
    """'gäller från och med 2023 tills vidare': a start only, the pledge running on."""
    return f"{m[1] or m[2]}-01-01", None


@period_rule(rf"\b(?:under|från|för)\s+({YEAR})\s+och\s+(?:vidare|framåt)")
def _year_onwards(m):
    """'under 2018 och vidare fram till nästa medborgarlöfte': a start only."""
    return f"{m[1]}-01-01", None


# A single year counts only after words that introduce a pledge's period ("medborgarlöftet för
# 2024", "under 2023", "Medborgarlöften 2023", "Ljungby kommun 2024", "hela 2019"); "sedan 2005",
# "trygghetsmätningen 2016" and "i januari 2016" are not periods.
@period_rule(
    rf"\b(?:för|inför|under|år|året|hela|gäller|gälla|perioden|löfte|löftet|löften|medborgarlöfte|medborgarlöftet|"
    rf"medborgarlöften|kommun)\s+({YEAR})\b(?!\s*(?:-|–|—)\s*\d)"
)
def _single_year(m):
    return f"{m[1]}-01-01", f"{m[1]}-12-31"


@period_rule(rf"\b({YEAR})\s+och\s+({YEAR}) års (?:medborgar)?löft\w*")
def _two_years_pledge(m):
    """'som grund för 2020 och 2021 års medborgarlöften': the two years the pledge is for."""
    first, last = sorted((m[1], m[2]))
    return f"{first}-01-01", f"{last}-12-31"


# "2026 kommer vi att fortsätta …": a bare year fronted as the sentence's time adverbial, the
# finite verb that tells what is to come right after it (Swedish puts the verb second).
@period_rule(
    rf"^\W*({YEAR})\s+(?=(?:kommer|ska|skall|lovar|vill|fortsätter|satsar|fokuserar|gäller)\b)"
)
def _fronted_year(m):
    return f"{m[1]}-01-01", f"{m[1]}-12-31"


@period_rule(rf"\b({YEAR}) års (?:medborgar)?löft\w*")
def _years_pledge(m):
    """'tagit fram 2018 års medborgarlöfte': the year the pledge is for."""
    return f"{m[1]}-01-01", f"{m[1]}-12-31"


@period_rule(rf"^\s*medborgarlöft\w*\b[^.\d]{{0,60}}?\s({YEAR})\s*$")
def _heading_ending_in_year(m):
    """'MEDBORGARLÖFTE FÖR GRÄSTORP 2021': a heading naming the pledge and ending in its year."""
    return f"{m[1]}-01-01", f"{m[1]}-12-31"


@period_rule(rf"\b(?:gjort|genomfört|utfört|uppnått)\s+(?:under\s+)?({YEAR})\s*:")
def _year_reported(m):
    """'Detta har polisen gjort 2018:' leads a list of what was done in the year followed up."""
    return f"{m[1]}-01-01", f"{m[1]}-12-31"


UNTIL_FURTHER_NOTICE = re.compile(
    r"\btills ?vidare\b|\bfram till (?:nästa|ett nytt) medborgarlöfte|\bgäller löpande\b",
    re.IGNORECASE,
)


def periods_in(text):
    """Every period stated in `text`, as (offset, start, end, quote), in text order; where two
    forms overlap ("2018-07-01—2020-06-30" also holds years) the more exact one wins."""
    found, starts, ends = [], [], []  # the parts taken, apart and in order
    for pattern, rule in PERIOD_RULES:
        for m in pattern.finditer(text):
            # Only the last part taken that starts before this match ends can overlap it.
            before = bisect.bisect_left(starts, m.end())
            if before and m.start() < ends[before - 1]:
                continue
            halves = rule(m)
            if not halves or halves == (None, None):
                continue
            start, end = halves
            if start and end and end < start:
                continue
            starts.insert(before, m.start())
            ends.insert(before, m.end())
            found.append((m.start(), start, end, m[0]))
    return sorted(found)


def parse_period(text):
    """(start, end) of the first period stated in `text`, or None."""
    found = periods_in(text)
    return (found[0][1], found[0][2]) if found else None


# A sentence about the pledge's own validity.
# "vad gäller brottsligheten", "när det gäller trafiken": "gäller" as a preposition ("as for")
# says nothing about validity.
ABOUT_PLEDGE = re.compile(
    r"(?<!\bvad )(?<!\bdet )\bgäll\w*|\bgiltig\w*|\blöfte\w*|\blöptid|\bpågå\w*",
    re.IGNORECASE,
)
# A sentence about the situation, a survey or what was done before: its years are not the period.
ABOUT_SITUATION = re.compile(
    r"statistik|mätning|undersökning|enkät|kartläggning|genomförde|genomfördes|genomförts|"
    r"gjordes|\btecknade|\btecknades|"
    # "har källor analyserats och sammanställts under 2023": the ground gathered before the pledge.
    r"sammanställ\w*|analyserat\w*|\banalyserades|"
    # "sedan 2019", "sedan förra året": since a time; "har vi sedan tagit fram" is "then".
    r"\bsedan\s+(?:\d|förra|länge|dess|tidigare|många|flera|ett|en|några|starten|år)|jämfört|föregående|tidigare|anmäl|ökning|minskning|"
    r"procent|\bnytt medborgarlöfte (?:kommer|ska)\b|\bnästa\b|"
    # "Under 2023 upplevde invånarna otrygghet": what people felt or what happened then.
    r"\bupplevde|\bupplevdes|\bökade\b|\bminskade\b|\binträffade|\bskedde\b|"
    r"\brapporterades|\bdrabbades|\buppgav|\bframkom",
    re.IGNORECASE,
)
# "Utifrån medborgarnas synpunkter och tillgänglig statistik vill kommunen och polisen …": a
# sentence that opens with what the pledge is based on speaks of the pledge after that phrase;
# the statistics it names are the ground, not the subject.
BASIS_PHRASE = re.compile(
    r"^\s*(?:utifrån|baserat på|grundat på|med utgångspunkt (?:i|från)|mot bakgrund av)\b"
    r".*?(?=\b(?:vill|ska|skall|kommer|lovar|har)\b|,)",
    re.IGNORECASE,
)
# "samverkansöverenskommelser kommun - polis 2016-2019": years that qualify another agreement
# (the noun a few words before them) are that agreement's period, not the pledge's; so are
# those of "en samverkansöverenskommelse som ska gälla från 2022 till 2026", and those of an
# agreement named by its other noun ("Utifrån samverkansavtal 2019-2023 beskrivs …").
OTHER_AGREEMENT = re.compile(
    r"(?:överenskommelse|avtal)\w*(?:\s+[\w-]+){0,3}\s*$|"
    r"(?:överenskommelse|avtal)\w*\s+som\s+(?:ska\s+|skall\s+)?gäll\w*\s+(?:från|mellan|under)\s*$",
    re.IGNORECASE,
)
# "ett nytt medborgarlöfte för 2022", "medborgarlöfte och samverkansöverenskommelse för
# 2023-2024": a period right after the pledge noun (and at most one noun joined to it) is the
# pledge's own; "förra årets medborgarlöfte 2020" and "nästa medborgarlöfte" are others'.
# How far before a period OTHER_AGREEMENT and PLEDGE_NAMED_BEFORE look: more than either spans.
WORDS_BEFORE = 200
PLEDGE_NAMED_BEFORE = re.compile(
    r"\b(?:medborgar)?löfte(?:t|n|na)?(?:\s+(?:och|samt)\s+[\wåäö-]+)?\s+"
    r"(?:(?:som\s+)?(?:gäller|gällande)\s+)?(?:för|under)?\s*(?:åren|året|perioden)?\s*$",
    re.IGNORECASE,
)
EARLIER_OR_NEXT = re.compile(
    r"\b(?:förra|tidigare|föregående|fjolårets|nästa|kommande|gamla|senaste)\b[^.]*$",
    re.IGNORECASE,
)
# A year inside a verb phrase of the past: fronted before the perfect's auxiliary with its
# supine to come ("Under 2024 har polisen och kommunen tagit fram en lägesbild"), between the
# auxiliary and the supine ("har … under 2024 arbetat fram"), or right before a verb in the
# preterite ("under 2024 löpte projektet väl ut"). It tells when earlier work was done.
SUPINE = r"(?:[a-zåäö]{2,}(?:at|it)|gjort|haft|fått|sett|\w*fört|\w*hört|\w*gått|\w*stått)"
AUX_THEN_SUPINE = re.compile(
    rf"^\s+(?:har|hade)\s+(?:[\wåäöÅÄÖ-]+\s+){{0,8}}?{SUPINE}\b", re.IGNORECASE
)
SUPINE_NEXT = re.compile(rf"^\s+{SUPINE}\b")
# The weak preterite by its ending, the common strong ones by name.
PRETERITE_NEXT = re.compile(
    r"^\s+(?:(?!inte\b)[a-zåäö]{2,}(?:ade|de|te)|var|blev|fick|gick|kom|tog|gav|såg|stod|låg|"
    r"föll|drog|fanns|gjorde|hade)\b"
)
AUX_BEFORE = re.compile(r"\b(?:har|hade)\b[^.,;:]*$", re.IGNORECASE)
# "Det pågår ett arbete med att ta fram ett nytt medborgarlöfte för 2026", "Arbetet med att ta
# fram ett medborgarlöfte för 2026 pågår": a pledge still being made, named with its years.
IN_THE_MAKING = re.compile(
    r"\b(?:arbete\w*\s+med\s+att|håller\s+på\s+att|på\s+väg\s+att|i\s+färd\s+med\s+att)\s+"
    r"(?:ta|arbeta|skriva)\s+fram\s+(?:\w+\s+){0,2}?(?:medborgar)?löfte\w*\s+(?:för\s+|under\s+)?$",
    re.IGNORECASE,
)


# "Ett nytt medborgarlöfte inför 2026 håller nu på att utarbetas": the same, the making told
# after the pledge and its years.
MADE_AFTER = re.compile(
    r"\s+(?:håller\s+(?:nu\s+)?på\s+att|är\s+(?:nu\s+)?under)\s+"
    r"(?:utarbetas|tas\s+fram|arbetas\s+fram|utformas|arbete|framtagande)\b",
    re.IGNORECASE,
)


def _told_in_the_past(before, after):
    """Whether the year between `before` and `after` (the rest of its sentence) stands in a verb
    phrase of the past."""
    if AUX_THEN_SUPINE.match(after) or PRETERITE_NEXT.match(after):
        return True
    return bool(SUPINE_NEXT.match(after) and AUX_BEFORE.search(before))


# A sentence ends at '.', '!' or '?' before a space and a capital letter or the end; "kl. 10.00",
# "fr.o.m. 2020" and "ca. 20" do not end one.
ABBREVIATION_END = re.compile(
    r"\b(?:kl|ca|bl\.a|t\.ex|fr\.o\.m|t\.o\.m|s\.k|nr|st)\.$", re.IGNORECASE
)


def sentences_of(line):
    """The sentences of one line; an abbreviation's full stop does not end a sentence."""
    parts, current = [], ""
    for piece in re.split(r"(?<=[.!?])\s+", line):
        current = f"{current} {piece}" if current else piece
        if not ABBREVIATION_END.search(current):
            parts.append(current)
            current = ""
    if current:
        parts.append(current)
    return parts


EXACT_DAY = re.compile(rf"\b\d{{1,2}}\s+{MONTH}|\b{YEAR}-\d\d-\d\d\b|\b\d{{6}}\b", re.IGNORECASE)
A_MONTH = re.compile(rf"\b{MONTH}\s", re.IGNORECASE)


def _exactness(quote):
    """How exactly a period is written: 3 with days, 2 with months, 1 with years only."""
    if EXACT_DAY.search(quote):
        return 3
    return 2 if A_MONTH.search(f"{quote} ") else 1


def _years(start, end):
    return (start or "")[:4], (end or "")[:4]


def _within_heading(heading, other):
    """`other` (start, end) lies within the years a heading's period names, both halves given."""
    (h_start, h_end), (o_start, o_end) = _years(*heading), _years(*other)
    return bool(o_start and o_end and h_start <= o_start <= o_end <= h_end)


def _same_years(first, other):
    """Both halves of both periods given, in the same first and last years, over two years."""
    (f_start, f_end), (o_start, o_end) = _years(first[2], first[3]), _years(other[2], other[3])
    return bool(f_start and f_end and f_start != f_end and (f_start, f_end) == (o_start, o_end))


def _year_of_months(heading, other):
    """A heading naming one year and a text giving a span of at most twelve months that starts
    in it ('Medborgarlöfte 2019', 'mellan februari 2019 till januari 2020'): the text says
    exactly which year-long span the heading's year means."""
    (h_start, h_end), (o_start, _) = _years(heading[2], heading[3]), _years(other[2], other[3])
    if not (other[2] and other[3]) or h_start != h_end or o_start != h_start:
        return False
    first, last = other[2][:7], other[3][:7]
    months = (int(last[:4]) - int(first[:4])) * 12 + int(last[5:7]) - int(first[5:7])
    return 0 < months <= 12


def _settle_heading_and_text(candidates, chosen):
    """A heading and the text giving two readings of the period: the more exactly written one
    when it lies within the heading's years, with the conflict said; else the chosen one, the
    conflict said all the same. Returns (candidate, conflict sentence or "")."""
    headings = [c for c in candidates if c[0] == 1]
    texts = [c for c in candidates if c[0] != 1]
    if not headings or not texts:
        return chosen, ""
    heading = chosen if chosen[0] == 1 else min(headings, key=lambda c: c[1])
    differing = [c for c in texts if (c[2], c[3]) != (heading[2], heading[3])]
    if not differing:
        return chosen, ""
    closer = [
        c
        for c in differing
        if (_within_heading((heading[2], heading[3]), (c[2], c[3])) or _year_of_months(heading, c))
        and _exactness(c[4]) > _exactness(heading[4])
    ]
    if chosen[0] == 1 and not closer:
        return chosen, ""
    text = chosen if chosen[0] != 1 else min(closer, key=lambda c: (c[0], c[1]))
    if chosen[0] != 1 and not _within_heading((heading[2], heading[3]), (text[2], text[3])):
        kept = "texten"
    else:
        kept = "den mer exakta" if _exactness(text[4]) > _exactness(heading[4]) else "texten"
    conflict = (
        f"rubriken anger perioden ”{heading[4]}” (rad {heading[1]}) men texten "
        f"”{text[4]}” (rad {text[1]}); utkastet har {kept}. Kontrollera perioden."
    )
    return text, conflict


# A short line naming a report of a pledge: "Uppföljning av medborgarlöftet 2022",
# "Kvartalsrapport 1 - 2018", "Medborgarlöfte 2022 – så gick det".
REPORT_LINE = re.compile(
    r"^\W*(?:uppföljning|återrapport\w*|slutrapport|delrapport|kvartalsrapport|tertialrapport|"
    r"halvårsrapport|årsrapport|redovisning|utvärdering)\b|\bså (?:här )?gick det\b",
    re.IGNORECASE,
)
# "Medborgarlöfte Åtvidabergs kommun 2021-2022" as the first line of a block whose second line
# is its subtitle: a title line, as strong as a heading of its own.
TITLE_LINE = re.compile(r"^\s*medborgarlöft\w*\b[^.!?:]{0,80}$", re.IGNORECASE)


PLEDGE_NOUN_AFTER = re.compile(r"\s+års\s+(?:medborgar)?löft", re.IGNORECASE)


# A line that is an item of a bulleted or numbered list.
# A dash marks an item too, unless it opens a quote ("- Vi har lyssnat …, säger …").
LIST_ITEM = re.compile(
    r"^\s*(?:[•●◦▪■*·]|[\-–](?!.*\b(?:säger|berättar|menar|konstaterar)\b)|\d{1,2}[.)])\s+\S"
)
# "ska under 2018 genomföra", "att under 2020 arbeta": a year right after the modal or "att".
DEED_IN_YEAR = re.compile(r"\b(?:ska|skall|att|kommer|lovar)\s+(?:under\s+)?$", re.IGNORECASE)


def find_period(blocks, is_heading=lambda block: False):
    """The pledge's period: the first one stated where the text speaks of the pledge's validity;
    else the first in a heading (flagged: a heading year is a weaker statement); else the first
    one in a sentence about the pledge at all (flagged). Returns (period, until_further_notice)."""
    kind = None  # the page's kind, read once when a rule needs it

    def is_pledge():
        nonlocal kind
        if kind is None:
            kind = read_kind(blocks, is_heading).value
        return kind == "pledge"

    candidates = []
    past = set()  # candidates whose year stands in a verb phrase of the past
    making = set()  # periods given a pledge still being made
    agreements = []  # periods of another agreement, kept for a page that states no other
    report_lines = set()
    owned = set()  # (line, start) of periods the pledge noun right before them is given
    until = None
    for index, block in enumerate(blocks):
        heading = index == 0 or is_heading(block)
        for line_index, line in enumerate(block.lines):
            number = block.start + line_index
            if REPORT_LINE.search(line) and len(line) <= 120:
                report_lines.add(number)
            if until is None:
                m = UNTIL_FURTHER_NOTICE.search(line)
                if m and not re.search(r"\bsedan\b|\btidigare\b", line, re.IGNORECASE):
                    until = Found(True, number, m[0])
            for sentence in sentences_of(line):
                # "fram till nästa medborgarlöfte" is about this pledge's end, not another's.
                plain = UNTIL_FURTHER_NOTICE.sub(lambda m: " " * len(m[0]), sentence)
                plain = BASIS_PHRASE.sub(lambda m: " " * len(m[0]), plain)
                situation = ABOUT_SITUATION.search(plain)
                about = ABOUT_PLEDGE.search(sentence)
                for offset, start, end, quote in periods_in(sentence):
                    # Both patterns end where the period begins and span a few words, so only
                    # the words right before it are searched (the whole sentence before it,
                    # for each period in a long one, made reading grow with its square).
                    before = sentence[max(0, offset - WORDS_BEFORE) : offset]
                    named = PLEDGE_NAMED_BEFORE.search(before)
                    # "tecknade ett nytt medborgarlöfte för 2022": the years the pledge noun
                    # itself is given count, whatever else the sentence tells.
                    own = (named and not EARLIER_OR_NEXT.search(before[: named.start()][-40:])) or (
                        # "som grund för 2020 och 2021 års medborgarlöften": the years given
                        # the pledge noun right after them.
                        PLEDGE_NOUN_AFTER.match(sentence, offset + len(quote))
                        and not EARLIER_OR_NEXT.search(before[-40:])
                    )
                    if not own and OTHER_AGREEMENT.search(before):
                        agreements.append((2, number, start, end, quote))
                        continue
                    if IN_THE_MAKING.search(before) or (
                        named and MADE_AFTER.match(sentence, offset + len(quote))
                    ):
                        making.add((start, end))
                    if not own and situation and not (about and about.start() < situation.start()):
                        continue
                    if heading or TITLE_LINE.match(line):
                        rank = 1
                    elif about:
                        rank = 0
                    elif not own and LIST_ITEM.match(line) and not DEED_IN_YEAR.search(before):
                        # "• Polisen lovar att delta vid dialogerna under 2019": a year after
                        # the deed in an item of a list says when that one thing is done, not
                        # the pledge's period ("• Kommunen och polisen ska under 2018
                        # genomföra …", the year before the verb, says when the work runs).
                        continue
                    else:
                        rank = 2
                    candidates.append((rank, number, start, end, quote))
                    if not own and _told_in_the_past(before, sentence[offset + len(quote) :]):
                        past.add(candidates[-1])
                    if own:
                        owned.add((number, start))
    # "Uppföljning av medborgarlöfte 2022", "Slutrapport - Medborgarlöfte 2017" above the pledge
    # a page gives: a report's years are the earlier pledge's, when the page is a pledge and
    # names one of its own in a heading or a sentence about it.
    # A pledge page whose only years stand in such a line at its foot ("Uppföljning av
    # medborgarlöfte 2021-2022" as a link under a news item on the new pledge) states no
    # period of its own.
    own = [c for c in candidates if c[1] not in report_lines and c[0] <= 1]
    reported = [c for c in candidates if c[1] in report_lines]
    last_block = blocks[-1].start if blocks else 0
    if (
        reported
        and (
            own or (len(reported) == len(candidates) and all(c[1] >= last_block for c in reported))
        )
        and is_pledge()
    ):
        candidates = [c for c in candidates if c[1] not in report_lines]
    # On a pledge page a year told in the past is when the ground was laid; in a follow-up it
    # is the period followed up.
    # With nothing else, a past year still says when the pledge's work ran, unless the page
    # names an agreement the pledge is part of.
    if past and (agreements or any(c not in past for c in candidates)) and is_pledge():
        candidates = [c for c in candidates if c not in past]
    # "Det pågår ett arbete med att ta fram ett nytt medborgarlöfte för 2026 men i väntan på
    # det gäller medborgarlöftet för 2025": the years of a pledge being made are not those of
    # the pledge the page gives, when it names another.
    if making and any((c[2], c[3]) not in making for c in candidates):
        candidates = [c for c in candidates if (c[2], c[3]) not in making]
    # "Överenskommelsen avser perioden 2024-01-01 till 2027-12-31. Bilaga 1 (Medborgarlöftet)
    # …": with no period of its own, the pledge is given for the agreement it is part of.
    if not candidates and agreements:
        candidates = agreements[:1]
    if not candidates:
        return None, until
    first = min(candidates, key=lambda c: (c[0], c[1]))
    if first[0] == 1 and first[3]:
        # "har tecknat medborgarlöften för 2020-2022" at the top, "Medborgarlöfte i Söderköpings
        # kommun 2017-2019" as a heading further down: a heading naming a pledge that ended
        # before the one the text gave first is an earlier pledge printed below this one.
        newer = [
            c
            for c in candidates
            if (c[1], c[2]) in owned and c[1] < first[1] and c[2] and c[2] > first[3]
        ]
        if newer:
            first = min(newer, key=lambda c: c[1])
    # "medborgarlöfte 2019 fokuserar på …" and later, as strongly said, "lovar vi följande
    # aktiviteter mellan februari 2019 till januari 2020": the months say which year is meant.
    # "Medborgarlöfte 2018-2019" and "mellan oktober 2018 - oktober 2019": a span that starts
    # in the first's first year and ends in its last says exactly which part of them is meant.
    exact = [
        c
        for c in candidates
        if c[0] == first[0]
        and (_year_of_months(first, c) or _same_years(first, c))
        and _exactness(c[4]) > _exactness(first[4])
    ]
    chosen, conflict = _settle_heading_and_text(candidates, exact[0] if exact else first)
    rank, line, start, end, quote = chosen
    if bool(start) != bool(end):
        # "Med början den 17 november 2016 … Aktiviteten pågår fram till och med den 18 maj
        # 2017": a start and, in the same paragraph, an end are one period.
        other = [
            c
            for c in candidates
            if c[1] == line and bool(c[2]) != bool(c[3]) and bool(c[2]) != bool(start)
        ]
        if other:
            start, end = start or other[0][2], end or other[0][3]
            if start < end:
                quote = (
                    f"{quote} … {other[0][4]}"
                    if other[0][2] is None
                    else f"{other[0][4]} … {quote}"
                )
                rank = min(rank, other[0][0])
            else:
                start, end = (start, None) if not other[0][2] else (None, end)
    if bool(start) != bool(end):
        # "Tidsplanen är till och med december 2022" under the heading "Medborgarlöfte
        # 2021-2022": a half the heading's period agrees with takes the heading's whole period.
        given = start or end
        for c in candidates:
            if c[0] == 1 and c[2] and c[3] and (c[2] if start else c[3])[:4] == given[:4]:
                start, end, quote = c[2], c[3], f"{c[4]} … {quote}"
                rank = min(rank, 1)
                break
    extended = _extension(blocks, end, is_pledge)
    # "valt att förlänga 2016 och 2017 års medborgarlöften till att gälla även under 2018" over
    # the heading "Medborgarlöfte 2018": the page gives the pledge of the year they run on into,
    # which its heading names alone.
    own_year = [
        c
        for c in candidates
        if extended
        and c[0] == 1
        and c[1] != line
        and c[2]
        and c[3]
        and c[2][:4] == c[3][:4] == extended[0][:4]
        and start
        and start[:4] < extended[0][:4]
    ]
    if own_year:
        rank, line, start, end, quote = own_year[0]
        conflict = ""
    elif extended:
        end, more = extended
        quote = f"{quote} … {more}"
        if any(c[0] == 1 and (c[2], c[3]) == (start, end) for c in candidates):
            conflict = ""
    # A heading that names the same years as a sentence about the pledge is as good as it.
    found = Found((start, end), line, quote)
    # A period named only in the heading ("Medborgarlöfte 2024") is the pledge's: it was right
    # in 201 of 202 real texts (corpus/README.md, "How sure"), so it is not flagged; a flag
    # that is nearly always wrong teaches staff to pass over the ones that count.
    if rank == 2:
        found.sure = False
        found.doubt = "perioden står inte i en mening om löftets giltighet"
    if not (start and end) and not until:
        found.sure = False
        found.doubt = "texten anger bara " + ("början" if start else "slutet") + " av perioden"
    found.conflict = conflict
    return found, until


# "förlängs … från sluttid 2016-12-31 till ny sluttid 2017-05-31", "valt att förlänga 2018 års
# medborgarlöften till att gälla även för 2019": the pledge runs on to a new end.
EXTENDED = re.compile(
    r"\bförläng\w*\b[^.]*?(?:\btill\s+(?:och\s+med\s+|ny\s+sluttid\s+|"
    r"att\s+gälla\s+(?:även\s+|också\s+)?(?:för\s+|under\s+|till\s+och\s+med\s+)?)|"
    # "har förlängts och gäller även under 2023", "förlängs att gälla även 2023"
    r"\bgäll\w*\s+(?:även|också)\s+(?:för\s+|under\s+|hela\s+|till\s+och\s+med\s+)?)"
    rf"(?:({YEAR})-(\d\d)-(\d\d)|(\d{{1,2}})\s+({MONTH})\s+({YEAR})|({MONTH})\s+({YEAR})|({YEAR}))\b",
    re.IGNORECASE,
)


# "Under 2020 har medborgarlöftet fokuserat på centrum och avsikten är att hålla vid både 2021
# och 2022": the pledge kept for the years after its own.
CONTINUED = re.compile(
    r"\b(?:hålla (?:fast )?vid|fortsätta|behålla)\s+(?:\w+\s+){0,3}?(?:både\s+|även\s+)?"
    rf"(?:{YEAR}\s+och\s+)?({YEAR})\b",
    re.IGNORECASE,
)


def _continuation(line, end):
    """(new end, quote) when a sentence about the pledge keeps it for later years."""
    for sentence in sentences_of(line):
        m = CONTINUED.search(sentence)
        if m and re.search(r"löft", sentence[: m.start()], re.IGNORECASE):
            new = f"{m[1]}-12-31"
            if new[:7] > end[:7]:
                return new, sentence
    return None


def _extension(blocks, end, is_pledge=lambda: True):
    """(new end, quote) when the text extends the pledge past `end`, else None. A follow-up
    that tells of the pledge kept for later years reports on its own years only: the later
    ones are the next pledge's."""
    if not end:
        return None
    for block in blocks:
        for line in block.lines:
            continued = _continuation(line, end)
            if continued and is_pledge():
                return continued
            m = EXTENDED.search(line)
            # Only the pledge is extended here, not opening hours or a contract.
            if not m or not re.search(r"löft|sluttid|gäll", m[0], re.IGNORECASE):
                continue
            if m[1]:
                new = _iso(m[1], m[2], m[3])
            elif m[4]:
                new = _day_or_month(m[6], _month_number(m[5]), m[4])
            elif m[7]:
                new = _month(m[8], _month_number(m[7]))
            else:
                new = f"{m[9]}-12-31"
            if new and new[:7] > end[:7]:
                return new, m[0]
    return None


# "… som börjar gälla från och med undertecknandet": the period starts the day it is signed.
FROM_SIGNING = re.compile(
    r"\bgäll\w*\s+(?:från\s+och\s+med|från|fr\.o\.m\.?|efter)\s+(?:undertecknandet|"
    r"signeringen|att\s+(?:det|de|löftet|löftena)\s+(?:under)?tecknats)",
    re.IGNORECASE,
)


# "Medborgarlöftet gäller under ett år från undertecknandet."
YEARS_FROM_SIGNING = re.compile(
    r"\bgäll\w*\s+(?:under\s+)?(ett|två|tre|fyra|[1-4])\s+år\s+(?:från|efter)\s+"
    r"(?:undertecknandet|signeringen)",
    re.IGNORECASE,
)


def years_from_signing(blocks, signed_on):
    """(period, quote) of a pledge said to apply so many years from its signing day, else
    None."""
    if not signed_on or len(signed_on) != 10:
        return None
    for block in blocks:
        m = YEARS_FROM_SIGNING.search(block.text)
        if m:
            span = _span_of_years(datetime.date.fromisoformat(signed_on), YEARS_WORD[m[1].lower()])
            return span, m[0]
    return None


def starts_at_signing(blocks, period, signed_on):
    """The period with its start moved to the signing day when the text says it applies from
    the signing and the signing day lies in the period's first year; else None."""
    if not period or not signed_on or len(signed_on) != 10:
        return None
    start, end = period
    if not start or start[:4] != signed_on[:4] or signed_on <= start:
        return None
    for block in blocks:
        m = FROM_SIGNING.search(block.text)
        if m:
            return (signed_on, end), m[0]
    return None


EARLIER_PLEDGE = re.compile(r"medborgarlöft|\blöfte", re.IGNORECASE)


def earlier_pledge_at(blocks, period):
    """The index of a heading that opens an earlier pledge printed after this one on the same
    page ("Medborgarlöfte i Norrköping 2018-2019" below the 2020–2022 pledge), or None: a short
    line naming a pledge and a period that ends before this pledge's period starts."""
    if not period or not period.value[0]:
        return None
    own_start = period.value[0][:4]
    for index, block in enumerate(blocks):
        first = block.lines[0]
        if block.start <= period.line or len(first) > 120 or not EARLIER_PLEDGE.search(first):
            continue
        for _, start, end, _ in periods_in(first):
            if end and end[:4] < own_start and (not start or start <= end):
                return index
    return None
