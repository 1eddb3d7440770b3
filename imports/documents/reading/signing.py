"""Where and when the pledge was signed."""

import re

from .period import _date
from .words import MONTH, MONTHS, YEAR

# Signing ------------------------------------------------------------------------------------

# Page leftovers that stand where a place would: "Uppdaterad den 28 juni 2021" is the page's
# date, not a signing.
NOT_A_PLACE = r"(?!(?:Uppdaterad|Publicerad|Ändrad|Senast|Granskad|Skapad|Datum|Sidan)\b)"
# "12/3 2024", "12.3.2024": day, then month as a number.
NUMERIC_DAY = rf"(\d{{1,2}})[/.](\d{{1,2}})(?:\s+|\.)({YEAR})"
PLACE_AND_DATE = re.compile(
    rf"^{NOT_A_PLACE}([A-ZÅÄÖ][\w\-]+(?: [A-ZÅÄÖ][\w\-]+)?),?\s+(?:den\s+)?"
    rf"(?:({YEAR})-(\d\d)-(\d\d)|(\d{{1,2}})(?::[ae])?\s+({MONTH})\s+({YEAR})|{NUMERIC_DAY})\.?$"
)
# A label before the date of a signature block: "Ort och datum: Malå 2024-03-12".
DATE_LABEL = re.compile(
    r"^\s*(?:ort\s+och\s+datum|datum|undertecknat|underskrivet|signerat)\s*:\s*", re.IGNORECASE
)
# "tecknade" is the same act as "undertecknade": "Löftet tecknades den 4 april 2019".
# "signerades" is the loanword for the same act.
SIGNED = (
    r"(?:under)?tecknade|(?:under)?tecknades|(?:under)?tecknat|skrevs\s+under|"
    # "X skrev under detta avtal den 22:a december 2020": the active past, a date after it.
    r"skrev\s+under|signerade|signerades|signerat|"
    # "skrevs på den 5 april", "satte sina signaturer på medborgarlöftet den 5 april".
    r"skrevs\s+på|satte\s+sina\s+(?:namn|namnteckningar|signaturer|underskrifter)\s+på"
)
# "den 22:a december", "1:a maj": a day written as an ordinal.
ORDINAL = r"(?::[ae])?"
SIGNED_IN_TEXT = re.compile(
    # "den 6 juni skrev lokalpolisområdeschef A B och kommunstyrelsens ordförande C D under":
    # the particle after both signers; "den 19 maj 2021 då medborgarlöftet skrevs under": the
    # day, then a clause saying that it was signed then.
    rf"(?:\b(\d{{1,2}})\s+({MONTH})(?:\s+({YEAR}))?,?\s+(?:då\s+(?:\w+\s+){{1,3}}?)?"
    rf"(?:(?:under)?tecknade|"
    rf"(?:under)?tecknades|signerade|signerades|skrevs\s+under\b|"
    # "den 3 juni skrev kommunstyrelsens ordförande, A B, och chefen för lokalpolisområde X,
    # C D, under löftet": the signers' titles set off by commas.
    rf"skrev\w*\s+(?:\w+,?\s+){{0,16}}?(?:under|på)\b)|"
    rf"\b(?:{SIGNED})\w*"
    rf"(?:\s+\w+){{0,6}}?\s+(?:den\s+(\d{{1,2}}){ORDINAL}\s+({MONTH})(?:\s+({YEAR}))?|"
    rf"({YEAR})-(\d\d)-(\d\d)\b|(?:den\s+)?{NUMERIC_DAY}\b))",
    re.IGNORECASE,
)


def parse_place_and_date(line):
    """('Ljungby', date(2017, 2, 9)) for a line 'Ljungby 2017-02-09', else None."""
    m = PLACE_AND_DATE.match(DATE_LABEL.sub("", line.strip()))
    if not m:
        return None
    if m[2]:
        day = _date(m[2], m[3], m[4])
    elif m[5]:
        day = _date(m[7], MONTHS[m[6].lower().rstrip(".")], m[5])
    else:
        day = _date(m[10], m[9], m[8])
    return (m[1], day) if day else None


DATE_ALONE = re.compile(
    rf"^(?:den\s+)?(?:({YEAR})-(\d\d)-(\d\d)|(\d{{1,2}})\s+({MONTH})\s+({YEAR})|{NUMERIC_DAY})\.?$",
    re.IGNORECASE,
)
# "Malå i mars 2024", "Mars 2024": a month alone (after a place) beside the signatures.
MONTH_ALONE = re.compile(
    rf"^(?:{NOT_A_PLACE}[A-ZÅÄÖ][\w\-]+,?\s+)?(?:i\s+)?({MONTH})\s+({YEAR})\.?$", re.IGNORECASE
)


def parse_date_alone(line):
    """The date of a line that holds only a date ('2023-01-31', '31 januari 2023'); where it
    stands next to the signatures it is the signing date."""
    m = DATE_ALONE.match(DATE_LABEL.sub("", line.strip()))
    if not m:
        return None
    if m[1]:
        return _date(m[1], m[2], m[3])
    if m[4]:
        return _date(m[6], MONTHS[m[5].lower().rstrip(".")], m[4])
    return _date(m[9], m[8], m[7])


def parse_month_alone(line):
    """ "YYYY-MM" of a line that holds only a month and year, perhaps after a place ('Malå i
    mars 2024'); beside the signatures it is the month of signing."""
    m = MONTH_ALONE.match(DATE_LABEL.sub("", line.strip()))
    if not m:
        return None
    return f"{m[2]}-{MONTHS[m[1].lower().rstrip('.')]:02d}"


LAST_YEAR = re.compile(r"\bförra\s+året\b|\bi\s+fjol\b|\bföregående\s+år\b", re.IGNORECASE)


# A day named by its weekday is the day of an event: "Torsdag 16 februari träffades X och Y för
# att underteckna …", "… skrevs under av X och Y, tisdagen den 5 april."
WEEKDAY_DATE = re.compile(
    rf"\b(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?,?\s+(?:den\s+)?(\d{{1,2}})\s+({MONTH})"
    rf"(?:\s+({YEAR}))?",
    re.IGNORECASE,
)
SIGNING_WORD = re.compile(
    # "Fredag 10 februari förnyade X och Y sitt medborgarlöfte": a pledge renewed is signed anew.
    r"\b(?:under)?teckna(?:de|des|t|ts)?\b|\bsignera\w*|\bskrevs\s+under\b|\bförnyade\b|"
    r"\bskrev\w*\s+(?:\S+\s+){0,10}?(?:under|på)\b|"
    # "I dag, fredag 6 april, har X och Y tillsammans skrivit under …": the perfect.
    r"\bskrivit\s+under\b",
    re.IGNORECASE,
)


def _signed_on_weekday(text, default_year):
    """(date, quote, year_given) of a sentence about signing that names the day by its weekday."""
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        m = WEEKDAY_DATE.search(sentence)
        if not m or not SIGNING_WORD.search(sentence):
            continue
        number = MONTHS[m[2].lower().rstrip(".")]
        year = m[3] or default_year
        if not year:
            return None
        if not m[3] and number == 12:
            # "undertecknade fredagen 16 december medborgarlöfte för 2017": a pledge is signed
            # before or as its time starts, not in its year's last month.
            year = int(year) - 1
        date = _date(year, number, m[1])
        return (date, sentence.strip(), bool(m[3])) if date else None
    return None


# "Den första april undertecknades …": a day written as an ordinal word.
DAY_WORDS = {
    word: number
    for number, word in enumerate(
        [
            "första",
            "andra",
            "tredje",
            "fjärde",
            "femte",
            "sjätte",
            "sjunde",
            "åttonde",
            "nionde",
            "tionde",
            "elfte",
            "tolfte",
            "trettonde",
            "fjortonde",
            "femtonde",
            "sextonde",
            "sjuttonde",
            "artonde",
            "nittonde",
            "tjugonde",
        ],
        start=1,
    )
}
DAY_WORD = re.compile(rf"\b({'|'.join(DAY_WORDS)})(?=\s+(?:{MONTH})\b)", re.IGNORECASE)


def parse_signed_in_text(text, default_year=None):
    """The signing date of 'Idag, måndag 22 april, undertecknade …' as (date, quote, year_given).
    A date without a year takes `default_year` (the period's); where the text gives the same
    signing twice, once with its year, the one with the year counts."""
    text = DAY_WORD.sub(lambda m: str(DAY_WORDS[m[1].lower()]), text)
    matches = list(SIGNED_IN_TEXT.finditer(text))
    # "Onsdag den 21 december skrev X på …" in a caption, "Onsdag den 21 december 2016 skrev X
    # på …" below it: the year stated.
    m = next((m for m in matches if m[3] or m[6] or m[7] or m[10]), None) or (
        matches[0] if matches else None
    )
    if not m:
        return _signed_on_weekday(text, default_year)
    if m[7]:
        # "Medborgarlöftet undertecknades 2022-03-03": a date written as digits.
        date = _date(m[7], m[8], m[9])
        return (date, m[0], True) if date else None
    if m[10]:
        # "undertecknades 5/2 2024": day and month as numbers.
        date = _date(m[12], m[11], m[10])
        return (date, m[0], True) if date else None
    day, month, year = (m[1], m[2], m[3]) if m[1] else (m[4], m[5], m[6])
    year_given = bool(year)
    if not year and default_year and LAST_YEAR.search(text[: m.end()]):
        # "Förra året den 1 november tecknade …" in a text about the pledge's year: the year
        # before it.
        default_year = int(default_year) - 1
    number = MONTHS[month.lower().rstrip(".")]
    if not year and default_year and number == 12 and not LAST_YEAR.search(text[: m.end()]):
        # "Onsdag den 21 december skrev X och Y på ett medborgarlöfte" for a pledge of the year
        # after: a pledge is signed before or as its time starts, not in its year's last month.
        default_year = int(default_year) - 1
    year = year or default_year
    if not year:
        return None
    date = _date(year, number, day)
    return (date, m[0], year_given) if date else None


SIGNED_IN_MONTH = re.compile(
    rf"\b(?:(?:under)?tecknade|(?:under)?tecknades|(?:under)?tecknat|(?:under)?tecknats|"
    rf"signerade|signerades|signerats|skrevs\s+under|skrevs\s+på)\w*(?:\s+\w+){{0,6}}?\s+i\s+"
    # "signerades i början av mars": a part of the month is still the month.
    rf"(?:(?:början|mitten|slutet)\s+av\s+)?({MONTH})(?:\s+({YEAR}))?\b",
    re.IGNORECASE,
)


def parse_signed_in_month(text, default_year=None):
    """'Löftet undertecknades i mars 2022': ("2022-03", quote), for a month given alone. A month
    without its year ("undertecknade i mars ett medborgarlöfte") takes `default_year` (the
    period's), the year before for December: a pledge is signed before or as its time starts."""
    m = SIGNED_IN_MONTH.search(text)
    if not m:
        return None
    number = MONTHS[m[1].lower().rstrip(".")]
    year = m[2]
    if not year:
        if not default_year:
            return None
        year = int(default_year) - (1 if number == 12 else 0)
    return f"{year}-{number:02d}", m[0]


# "… förnyades idag … undertecknade löftena": signed on the day the page is dated.
# "förnyades idag": a pledge renewed is signed anew.
SIGNED_OR_RENEWED = rf"(?:{SIGNED}|förnyade|förnyades|förnyats)"
SIGNED_TODAY = re.compile(
    rf"\bi\s?dag\b[^.]*?\b{SIGNED_OR_RENEWED}\b|\b{SIGNED_OR_RENEWED}\b[^.]*?\bi\s?dag\b|"
    # "X, Y och Z har nu skrivit under ett medborgarlöfte": the news of the day it is dated.
    r"\bhar\s+nu\b[^.]*?\b(?:undertecknat|skrivit\s+under|signerat|tecknat)\b",
    re.IGNORECASE,
)


def parse_signed_today(text):
    """The words of a sentence saying the pledge was signed "idag", else None."""
    m = SIGNED_TODAY.search(text)
    return m[0] if m else None


WEEKDAYS = ["mån", "tis", "ons", "tors", "fre", "lör", "sön"]
# "Under måndagen skrev X och Y på …", "på fredagen undertecknades …": signed on that weekday of
# the page's own week; "I måndags signerade …": on the last such weekday before the page's day.
SIGNED_ON_A_WEEKDAY = re.compile(
    rf"\b(?:(?:under|på)\s+(?P<day>{'|'.join(WEEKDAYS)})dagen|i\s+(?P<past>{'|'.join(WEEKDAYS)})dags)"
    rf"\b[^.]*?(?:\b(?:{SIGNED})\b|\bskrev\s+(?:\S+\s+){{0,10}}?på\b)|"
    rf"\b(?:{SIGNED})\b[^.]*?\b(?:under|på)\s+(?P<after>{'|'.join(WEEKDAYS)})dagen\b",
    re.IGNORECASE,
)


def parse_signed_on_weekday(text):
    """(weekday 0–6, days back allowed, quote) of a sentence saying the pledge was signed on a
    weekday it names without a date ("Under måndagen skrev X och Y på …"), else None. "under
    måndagen" is the page's own day (0 days back); "i måndags" a day of the week before it."""
    m = SIGNED_ON_A_WEEKDAY.search(text)
    if not m:
        return None
    name = (m["day"] or m["past"] or m["after"]).lower()
    return WEEKDAYS.index(name), (7 if m["past"] else 0), m[0]


def day_of_weekday(page_day, weekday, back):
    """The day a weekday names seen from the page's day: the page's day itself when it is that
    weekday; with `back` days allowed, the last such weekday before it; else None."""
    from datetime import timedelta

    for offset in range(0, back + 1):
        day = page_day - timedelta(days=offset)
        if day.weekday() == weekday and (offset or not back):
            return day
    return None


def parse_signed_on_weekday_across_lines(line, next_line, default_year=None):
    """'I dag, fredag 6 april, har X' on one line and '… skrivit under' on the next: a sentence
    about signing that names its day by the weekday, broken over two lines of a paragraph."""
    if not WEEKDAY_DATE.search(line) or SIGNING_WORD.search(line):
        return None
    return _signed_on_weekday(f"{line} {next_line}", default_year)


# The signing told by a sentence's grammar ----------------------------------------------------
# A signing verb in any tense or voice: "undertecknar", "tecknade", "signerades", "har
# signerat", "för att underteckna", "skrev … under/på", "skrevs under", "satte sina namn på".
SIGNING_VERB = re.compile(
    r"\b(?:under)?teckna(?:r|de|des|t|ts|s)?\b|\bsignera(?:r|de|des|t|ts|s)?\b|"
    r"\b(?:skrev|skriver|skrevs|skrivs|skrivit|skrivits|skriva)\b(?:\s+\S+){0,12}?\s+(?:under|på)\b|"
    r"\bsatte\s+sina\s+(?:namn|namnteckningar|signaturer|underskrifter)\s+på\b|"
    r"\bförnya(?:de|des|ts)\b",
    re.IGNORECASE,
)


def _part(name):
    return rf"(?:(?P<{name}>början|mitten|slutet)\s+av\s+)"


WEEKDAY_NAME = rf"(?:{'|'.join(WEEKDAYS)})dag(?:en)?"
# The time adverbials a signing clause takes, each as a named alternative.
TIME_ADVERBIAL = re.compile(
    # "2022-03-03", "5/2 2024"
    rf"\b(?P<iso>{YEAR})-(?P<isom>\d\d)-(?P<isod>\d\d)\b|"
    rf"\b(?P<nd>\d{{1,2}})[/.](?P<nm>\d{{1,2}})(?:\s+|\.)(?P<ny>{YEAR})\b|"
    # "den 3 juni", "fredagen 16 december", "onsdagen den 9 juni 2021", "den 19:e november"
    rf"(?:\b{WEEKDAY_NAME},?\s+)?(?:\bden\s+)?\b(?P<day>\d{{1,2}})(?::[ae])?\s+(?P<dm>{MONTH})"
    rf"(?:\s+(?P<dy>{YEAR}))?(?!\w)|"
    # "i mars 2022", "i mitten av januari", "Januari 2017", "under mars 2022"
    rf"\b(?:(?:i|under)\s+{_part('part')}?|{_part('part2')})(?P<mm>{MONTH})(?:\s+(?P<my>{YEAR}))?(?!\w)|"
    rf"\b(?P<mm2>{MONTH})\s+(?P<my2>{YEAR})\b|"
    # "i går", "i förrgår"
    r"\b(?P<yesterday>i\s?går|i\s?förrgår)\b|"
    # "i veckan", "under veckan", "i förra veckan", "i slutet av förra veckan"
    rf"\b(?:(?:i|under)\s+)?{_part('wpart')}?(?:i\s+)?(?P<week>förra\s+veckan|veckan)\b",
    re.IGNORECASE,
)
# The time of something else: a period's bounds ("från den 1 januari", "till den 31
# december", "gäller … 2024") and what came before the signing ("efter dialogen den 12 mars").
NOT_THE_SIGNING = re.compile(
    r"(?:\b(?:från|till|fram\s+till|t\.o\.m\.?|fr\.o\.m\.?)(?:\s+och\s+med)?\s+|"
    r"\b(?:efter|inför|före|sedan)\s+(?:\S+\s+){0,3})$",
    re.IGNORECASE,
)
# A clause ends at a semicolon, a colon, or a comma before a new clause's conjunction.
CLAUSE_BREAK = re.compile(r"\s*[;:]\s+|,\s+(?=(?:och|men|medan|samt)\b)", re.IGNORECASE)
# "… var det dags: då skrev X under": "då" takes the time of the clause before.
THEN = re.compile(r"^(?:och\s+)?då\b", re.IGNORECASE)
# The signing of another document the pledge is part of: "I december 2016 tecknades en ny
# samverkansöverenskommelse" is not the pledge's signing unless the clause names the pledge too.
OTHER_DOCUMENT = re.compile(r"\b(?:samverkans)?överenskommelse|\bsamverkansavtal", re.IGNORECASE)
PLEDGE = re.compile(r"löfte", re.IGNORECASE)
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9–\-\"”])")


def _week_days(page_day, which, part):
    """The days a week adverbial names, seen from the page's day."""
    from datetime import timedelta

    monday = page_day - timedelta(days=page_day.weekday())
    if which.lower().startswith("förra"):
        monday -= timedelta(days=7)
        days = [monday + timedelta(days=n) for n in range(7)]
    else:
        days = [monday + timedelta(days=n) for n in range(page_day.weekday() + 1)]
    if part and part.lower() == "början":
        days = days[:3]
    elif part and part.lower() == "slutet":
        days = days[3:] or days
    return days


def _adverbial_value(m, sentence, page_day, default_year):
    """The date ("YYYY-MM-DD") or month ("YYYY-MM") a time adverbial names, else None. A day or
    month with no year takes the page's year (the year before when it lies after the page's
    day), else the pledge period's (the year before for December: a pledge is signed before or
    as its time starts); "förra året" moves it a year back."""
    from datetime import timedelta

    if m["iso"]:
        date = _date(m["iso"], m["isom"], m["isod"])
        return date.isoformat() if date else None
    if m["nd"]:
        date = _date(m["ny"], m["nm"], m["nd"])
        return date.isoformat() if date else None
    if m["yesterday"]:
        if not page_day:
            return None
        back = 2 if "förr" in m["yesterday"].lower() else 1
        return (page_day - timedelta(days=back)).isoformat()
    if m["week"]:
        if not page_day:
            return None
        days = _week_days(page_day, m["week"], m["wpart"])
        if not days or len({(d.year, d.month) for d in days}) != 1:
            return None
        return f"{days[0].year}-{days[0].month:02d}"
    month_name = m["dm"] or m["mm"] or m["mm2"]
    number = MONTHS[month_name.lower().rstrip(".")]
    year = m["dy"] or m["my"] or m["my2"]
    day = m["day"]
    if not year:
        last_year = bool(LAST_YEAR.search(sentence))
        if page_day:
            year = page_day.year
            if (number, int(day or 1)) > (page_day.month, page_day.day):
                year -= 1
        elif default_year:
            year = int(default_year) - (1 if number == 12 and not last_year else 0)
        else:
            return None
        year = int(year) - (1 if last_year else 0)
    if day:
        date = _date(year, number, day)
        return date.isoformat() if date else None
    return f"{year}-{number:02d}"


def _clause_times(clause):
    return [
        m
        for m in TIME_ADVERBIAL.finditer(clause)
        if not NOT_THE_SIGNING.search(clause[: m.start()])
    ]


def parse_signing_clause(text, default_year=None, page_day=None):
    """(value, quote) of the first sentence whose clause has a signing verb and a time
    adverbial: the adverbial nearest the verb in the verb's own clause (a clause opened by "då"
    takes the one before's), read against the page's day or the period's year. Else None."""
    for sentence in SENTENCE.split(text):
        clauses = CLAUSE_BREAK.split(sentence)
        for number, clause in enumerate(clauses):
            verb = SIGNING_VERB.search(clause)
            if not verb or (OTHER_DOCUMENT.search(clause) and not PLEDGE.search(clause)):
                continue
            times = _clause_times(clause)
            if not times and number and THEN.match(clause):
                times = _clause_times(clauses[number - 1])
                if times:
                    times = times[-1:]
            if not times:
                continue
            nearest = min(
                times,
                key=lambda m: (
                    m.start() - verb.end() if m.start() >= verb.end() else verb.start() - m.end()
                ),
            )
            value = _adverbial_value(nearest, sentence, page_day, default_year)
            if value:
                return value, sentence.strip()
    return None


# The page's own date: "Publicerad 3 maj 2021", "Artikeln publicerades 6 mars 2023", "14 mars
# 2022, kl. 10:12 - Kommun & politik", "2022-05-18".
PAGE_DATE = re.compile(
    r"^\s*(?P<label>(?:artikeln\s+)?publicera(?:d|t|des)|datum|uppdaterad)?\s*:?\s*(?:den\s+)?"
    rf"(?:(?P<iso>{YEAR})-(?P<m>\d\d)-(?P<d>\d\d)|(?P<day>\d{{1,2}})\s+(?P<month>{MONTH})\s+"
    rf"(?P<year>{YEAR}))(?:\s*$|,?\s+(?:kl\.?|\d\d?[:.]\d\d)|\s+(?:senast|ändrad|uppdaterad))",
    re.IGNORECASE,
)


def parse_page_day(line, labelled_only=False):
    """The date of a line that dates the page, else None."""
    m = PAGE_DATE.match(line)
    if not m or (labelled_only and not m["label"]):
        return None
    if m["iso"]:
        return _date(m["iso"], m["m"], m["d"])
    return _date(m["year"], MONTHS[m["month"].lower().rstrip(".")], m["day"])
