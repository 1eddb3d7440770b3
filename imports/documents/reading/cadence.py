"""How often the pledge is followed up, and where the follow-up is published."""

import re

CADENCES = [
    ("tertial", r"tertial|var fjärde månad|tre gånger per år"),
    # One follow-up at a stated time ("det första kvartalet 2019", "i samband med framtagande av
    # nytt medborgarlöfte") is a follow-up at the end.
    (
        "vid_slut",
        r"(?:första|andra|tredje|fjärde|sista) kvartalet \d{4}|i samband med (?:framtagande|"
        r"att ta fram)\w* (?:av )?(?:ett )?nytt|inför nästa (?:medborgar)?löfte|"
        r"när löftet löper ut",
    ),
    ("kvartal", r"kvartal"),
    ("halvar", r"halvår|två gånger per år|två gånger om året"),
    ("vid_slut", r"vid periodens slut|i slutet av perioden|när perioden är slut|efter perioden"),
    ("arligen", r"årligen|varje år|en gång per år|en gång om året|årsvis"),
    (
        "kontinuerligt",
        r"(?:fortlöpande|kontinuerlig\w*|löpande) (?:uppföljning|redovisning|avstämning)|"
        r"(?:följs|följas) (?:upp )?(?:fortlöpande|kontinuerligt|löpande)",
    ),
]
FOLLOWUP_SENTENCE = re.compile(
    r"(?:uppföljning\w*|följs upp|följas upp|följa upp)[^.]*?\b(?:sker|ske|görs|göras|"
    r"kommer|följs|följas|redovisas|genomförs|skall)\b[^.]*|"
    r"(?:följs|följas|följer(?: vi)?) upp[^.]*",
    re.IGNORECASE,
)


def parse_cadence(text):
    """How often the pledge is followed up, from a sentence about follow-up: (cadence, quote).
    'Medborgarlöftet förnyas årligen' is renewal, not follow-up, and gives nothing."""
    for m in FOLLOWUP_SENTENCE.finditer(text):
        # The cadence written first in the sentence: "följas upp genom fortlöpande redovisning
        # … samt att det årligen genomförs en undersökning" is followed up continuously.
        hits = []
        for order, (cadence, words) in enumerate(CADENCES):
            said = re.search(words, m[0], re.IGNORECASE)
            if said:
                hits.append((said.start(), order, cadence))
        if hits:
            return min(hits)[2], m[0].strip()
    return None


PUBLISHED_WHERE = re.compile(
    r"\b(?:publiceras|redovisas|redovisar)\s+(?:\w+\s+){0,2}?på\s+(.+?)(?:\s+(?:för|hur|och "
    r"resultat)\b|[.,](?:\s|$)|$)",
    re.IGNORECASE,
)


def parse_published_where(text):
    m = PUBLISHED_WHERE.search(text)
    return (m[1].strip(), m[0]) if m else None
