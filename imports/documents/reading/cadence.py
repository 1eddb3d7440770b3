"""How often the pledge is followed up, and where the follow-up is published."""

import re

# Follow-up -------------------------------------------------------------------------------------

CADENCES = [
    ("tertial", r"tertial|var fjärde månad|tre gånger per år"),
    ("kvartal", r"kvartal"),
    ("halvar", r"halvår|två gånger per år|två gånger om året"),
    ("vid_slut", r"vid periodens slut|i slutet av perioden|när perioden är slut|efter perioden"),
    ("arligen", r"årligen|varje år|en gång per år|en gång om året|årsvis"),
]
FOLLOWUP_SENTENCE = re.compile(
    r"(?:uppföljning\w*|följs upp|följas upp|följa upp)[^.]*?\b(?:sker|ske|görs|göras|"
    r"kommer|följs|följas|redovisas|genomförs)\b[^.]*|(?:följs|följas|följer(?: vi)?) upp[^.]*",
    re.IGNORECASE,
)


def parse_cadence(text):
    """How often the pledge is followed up, from a sentence about follow-up: (cadence, quote).
    'Medborgarlöftet förnyas årligen' is renewal, not follow-up, and gives nothing."""
    for m in FOLLOWUP_SENTENCE.finditer(text):
        for cadence, words in CADENCES:
            if re.search(words, m[0], re.IGNORECASE):
                return cadence, m[0].strip()
    return None


PUBLISHED_WHERE = re.compile(
    r"\b(?:publiceras|redovisas|redovisar)\s+(?:\w+\s+){0,2}?på\s+(.+?)(?:\s+(?:för|hur|och "
    r"resultat)\b|[.,](?:\s|$)|$)",
    re.IGNORECASE,
)


def parse_published_where(text):
    m = PUBLISHED_WHERE.search(text)
    return (m[1].strip(), m[0]) if m else None
