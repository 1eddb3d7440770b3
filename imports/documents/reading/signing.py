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
    rf"(?:({YEAR})-(\d\d)-(\d\d)|(\d{{1,2}})\s+({MONTH})\s+({YEAR})|{NUMERIC_DAY})\.?$"
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
        year = m[3] or default_year
        if not year:
            return None
        date = _date(year, MONTHS[m[2].lower().rstrip(".")], m[1])
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
