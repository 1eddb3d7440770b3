"""How often the pledge is followed up, and where the follow-up is published."""

import re

from .words import MONTH, MONTHS, NUMBERS

CADENCES = [
    # "tertial 3 2020" names one tertial (a follow-up's label), not a cadence.
    ("tertial", r"tertial(?!\s*\d)|var fjärde månad|tre gånger per år"),
    # One follow-up at a stated time ("det första kvartalet 2019", "i samband med framtagande av
    # nytt medborgarlöfte") is a follow-up at the end.
    (
        "vid_slut",
        r"(?:första|andra|tredje|fjärde|sista) kvartalet \d{4}|i samband med (?:\w+ ){0,3}?"
        r"(?:ett )?nytt (?:medborgar)?löfte|inför nästa (?:medborgar)?löfte|"
        r"när löftet löper ut|"
        # "pågår fram till och med den 18 maj 2017, då utfallet ska utvärderas"
        r"(?:till och med|fram till|t\.o\.m\.?)\s[^.]*?,\s*då\b|"
        # "Löftet löper under 2026 och därefter ska utfallet utvärderas", "Avtalet sträcker sig
        # till den 30 juni, sedan följs arbetet upp": a clause saying how long the pledge lasts,
        # and a follow-up told as coming after it, is one follow-up at the end.
        r"\b(?:löper|gäller|gälla|sträcker\s+sig|pågår|varar)\b[^.]*?"
        r"(?:,\s*|\s+och\s+(?:\w+\s+){0,2}?)(?:därefter|efter\s+det(?:ta)?|sedan)\b",
    ),
    ("kvartal", r"kvartal(?!\s*\d)"),
    # Two school terms make a year: "en gång per termin" is twice a year.
    # "varje vår och höst": twice a year.
    (
        "halvar",
        r"halvår|två gånger per år|två gånger om året|per termin|varje termin|terminsvis|"
        r"\bvår(?:en)? och höst(?:en)?\b|\bhöst(?:en)? och vår(?:en)?\b",
    ),
    (
        "vid_slut",
        r"vid periodens slut|i slutet av perioden|när perioden är slut|efter perioden|"
        # "sker efter arbetets slut", "presenteras innan utgången av 2018"
        r"(?:efter|vid) (?:arbetets|löftets|medborgarlöftets|insatsens) slut|"
        # "görs vid kommunstyrelsens sista möte 2027": one follow-up at the period's close.
        r"\bsista\s+(?:\w+\s+){0,2}?(?:19|20)\d\d\b|"
        r"(?:innan|före|vid) utgången av|"
        # "följs upp … innan årets utgång": one follow-up as the pledge's time runs out.
        r"(?:innan|före|vid) (?:årets|periodens|löftets|medborgarlöftets|löftesperiodens) utgång|"
        # "vid löftesperiodens slut", "i slutet av året", "vid årsskiftet", "efter ett år": once,
        # as the pledge's time (or its one year) runs out.
        r"\b(?:vid|efter|mot)\s+(?:årets|\w*periodens|löftets)\s+slut\b|"
        r"\bi slutet av (?:året|\w*perioden)\b|\bvid årsskiftet\b|\befter ett år\b|"
        # "vi får utvärdera resultatet om 3 månader": one look at the result, a span from now.
        r"\bom\s+(?:\d{1,2}|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)\s+"
        r"(?:månader|år|veckor)\b",
    ),
    # "Uppföljning sker vid den årliga trygghetsmätningen": at a yearly event.
    # "följas upp i slutet av respektive år": once in each year.
    (
        "arligen",
        r"årligen|varje år|respektive år|varje (?:höst|vår|sommar|vinter)\b|en gång per år|"
        r"en gång om året|årsvis|\bårlig[at]?\b|"
        # "utvärderas i samband med polisens trygghetsmätning": the survey is yearly.
        r"\bi samband med (?:\w+\s+){0,2}?trygghetsmätning\w*|"
        # "följs upp varje oktober": a named month each year.
        rf"\bvarje (?:{'|'.join(m for m in MONTHS if len(m) > 3 or m == 'maj')})\b",
    ),
    # "följs upp löpande", "fortlöpande redovisning"; "det löpande arbetet" (after a determiner)
    # is the ongoing work, not how it is followed up.
    (
        "kontinuerligt",
        # "kontinuerlig samverkan" is how the parties work, not how the pledge is followed up.
        r"(?<!\bdet )(?<!\bden )(?<!\bde )(?<!\bett )\b(?:fortlöpande|kontinuerlig\w*|löpande)\b"
        r"(?!\s+(?:samverkan|samarbete|dialog|kontakt))|"
        # "följa upp aktiviteterna under den tid medborgarlöftet gäller": throughout its time.
        r"\bunder (?:hela )?(?:den tid|tiden) (?:som )?(?:medborgar)?löfte\w* (?:gäller|löper)|"
        # Monthly or at every meeting: more often than any span the model names.
        r"\bmånadsvis\b|\bvarje månad\b|\bvarannan (?:månad|vecka)\b|"
        r"\ben gång (?:i|per) månad(?:en)?\b|\bvarje vecka\b|"
        r"\bvid varje (?:\w+\s)?(?:\w*möte|sammanträde)\b",
    ),
]
# A sentence about following the pledge up, read by grammar: a noun of the follow-up family
# ("uppföljning", "redovisning", "rapportering", "avstämning") or a verb of it in any voice, with
# its particle in either place ("följs upp", "följs löftet upp", "följer vi upp", "stämmas av",
# "ses över"). What it follows up (its theme) must be the pledge or its work, see _about_pledge.
FOLLOWUP_NOUN = re.compile(
    r"\b\w*(?:uppföljning\w*|utvärdering\w*|redovisning\w*|rapportering\w*|avstämning\w*|"
    r"återkoppl\w*|återrapport\w*|"
    # "Kvartalsrapport lokala medborgarlöften", "tertialrapporten": a report named by its span.
    r"(?:kvartals|tertial|halvårs)rapport\w*)",
    re.IGNORECASE,
)
FOLLOWUP_VERB = re.compile(
    r"\bfölj(?:a|s|as|er|t|ts)\b(?:\s+\w+){0,2}?\s+upp\b|"
    r"\b(?:utvärder|redovis|rapporter)(?:a|as|ar|ats)\b|"
    r"\bstäm(?:s|mas|mer|ma)\s+av\b|\bses\s+över\b",
    re.IGNORECASE,
)
# The pledge and its work as the theme of a follow-up: "medborgarlöftet", "löftena",
# "arbetet", "insatserna", "resultaten", "hur arbetet fortskrider", "åtagandena". The work is
# the pledge's own when definite; "utvärderar insatser" describes a method in general.
PLEDGE_THEME = re.compile(
    r"\w*(?:löfte|löften|löftes)\w*|\w*arbetet|\w*arbetets|\w*insats(?:en|erna|ernas)|"
    r"\w*åtgärd(?:en|erna|ernas)|\w*aktivitet(?:en|erna|ernas)|resultat(?:et|en|ets)|utfallet|"
    r"åtagande(?:t|na|nas)|genomförandet|\w*plan(?:en|erna)|\w*överenskommelsen|avtalet|"
    r"effekt(?:en|erna)|mål(?:en|et)|måluppfyllelsen",
    re.IGNORECASE,
)
# After a noun ("redovisning av utförda aktiviteter") the work may be indefinite.
PLEDGE_WORK = re.compile(
    rf"{PLEDGE_THEME.pattern}|\w*arbete|\w*insatser|\w*åtgärder|\w*aktiviteter|resultat|"
    r"åtaganden",
    re.IGNORECASE,
)
# Words that name no theme: function words, the givers, the time and the forum a follow-up
# happens in. What is left in the theme's place ("elevernas trygghet", "statistik över brott",
# "läget i centrum") is something else being followed up: an activity's own routine, the
# police's general reporting.
NO_THEME_WORDS = (
    "och i av på för till med om den det de dem en ett som hur vad vi man samt även också "
    "sedan därefter dessutom gemensamt tillsammans ska skall kommer att kan bör får därför "
    "under inom vid efter innan före mot per varje var varannan gång gånger hela detta dessa "
    "denna sin sina sitt vår våra vårt er där då när så genom enligt ut in upp över ske sker "
    "görs göras regelbundet minst ytterligare nu bägge båda parterna parter alla träffas möts "
    "samlas sammanträder"
)
NO_THEME = frozenset(NO_THEME_WORDS.split())
NEUTRAL_WORD = re.compile(
    r"(?:\d+\w*|år|året|åren|års|årets|(?:halv|verksamhets|kalender)år\w*|"
    r"\w*(?:kvartal\w*|tertial\w*|månad\w*|veck\w*|termin\w*|period\w*|tillfälle\w*|slut\w*|"
    r"utgång\w*)|årligen|\w*vis|löpande|kontinuerlig\w*|"
    r"fortlöpande|vår\w*|höst\w*|sommar\w*|vinter\w*|"
    rf"{MONTH}|{'|'.join(NUMBERS)}|första|andra|tredje|fjärde|sjätte|sista|"
    # The givers, and the forum or channel the follow-up is given in.
    r"\w*polis\w*|\w*kommun\w*|\w*råd\w*|brå\w*|\w*grupp\w*|\w*möte\w*|\w*sammanträde\w*|"
    r"\w*nämnd\w*|\w*styrelse\w*|\w*fullmäktige|webbplats\w*|hemsida\w*|\w*ledning\w*|"
    r"ansvarig\w*|chef\w*)",
    re.IGNORECASE,
)
CLAUSE_BREAK = re.compile(r"[,;:()–•\n]|\s(?:och|samt|men|medan|eftersom)\s", re.IGNORECASE)
PUNCTUATION = re.compile(r"[,;:()–•\n]")
PREPOSITION = re.compile(
    r"^(?:i|på|för|till|med|vid|under|inom|efter|innan|före|mot|genom|enligt|av|om|hos|ut)$",
    re.IGNORECASE,
)
# "Uppföljningen av förra årets löfte", "… visade att": a follow-up done of an earlier pledge.
EARLIER = re.compile(
    r"\b(?:förra|föregående|fjolårets|visade)\b|"
    r"\btidigare\s+(?:\w+\s+)?(?:\w*löfte\w*|år\w*|period\w*)",
    re.IGNORECASE,
)


def _earlier(words):
    return bool(EARLIER.search(" ".join(words)))


def _words(text):
    return re.findall(r"[\w-]+", text)


def _names_other_theme(words):
    return any(
        w.lower() not in NO_THEME
        and not NEUTRAL_WORD.fullmatch(w)
        and not PLEDGE_THEME.fullmatch(w)
        for w in words
    )


def _clause_after(sentence, end, limit=8):
    rest = sentence[end:]
    cut = CLAUSE_BREAK.search(rest)
    return _words(rest[: cut.start()] if cut else rest)[:limit]


def _about_pledge(sentence, cue, noun):
    """Whether the follow-up named by `cue` is of the pledge: its theme names the pledge or its
    work, or names nothing at all ("Uppföljning sker kvartalsvis", "Det följs upp årligen").
    A follow-up of an earlier pledge ("uppföljningen av förra årets löfte visade …") is not."""
    if noun:
        # The theme of a noun follows it: "uppföljning av löftet", "rapportering om läget".
        after = re.match(r"\s+(?:av|över|kring|om)\s", sentence[cue.end() :])
        if not after:
            return not _earlier(_clause_after(sentence, cue.end(), 4))
        theme = _clause_after(sentence, cue.end() + after.end(), 6)
        if _earlier(theme):
            return False
        return any(PLEDGE_WORK.fullmatch(w) for w in theme) or not _names_other_theme(theme)
    purpose = re.search(r"\bför\s+att\s+(?:\w+\s+){0,2}$", sentence[: cue.start()], re.IGNORECASE)
    if purpose:
        # "Styrgruppen träffas varje kvartal för att följa upp löftena": the rhythm is the main
        # clause's; it is the follow-up's only when that clause names a forum or the givers, not
        # something else ("Mätningen sker årligen genom enkäter för att utvärdera effekten").
        marks = list(PUNCTUATION.finditer(sentence[: purpose.start()]))
        if _names_other_theme(_words(sentence[marks[-1].end() if marks else 0 : purpose.start()])):
            return False
    breaks = list(CLAUSE_BREAK.finditer(sentence[: cue.start()]))
    before = _words(sentence[breaks[-1].end() if breaks else 0 : cue.start()])
    inside = _words(cue[0])[1:-1]
    after = _clause_after(sentence, cue.end())
    if _earlier([*before, *inside, *after]):
        return False
    if any(PLEDGE_THEME.fullmatch(w) for w in [*before, *inside, *after]):
        return True
    if cue[0].split()[0].lower().endswith("s"):
        # A passive: the theme is its subject, before the verb (and before "X informeras samt
        # rapporteras"), or just after it when a phrase stands first ("Därefter utvärderas
        # utfallet").
        marks = list(PUNCTUATION.finditer(sentence[: cue.start()]))
        before = _words(sentence[marks[-1].end() if marks else 0 : cue.start()])
        if any(PLEDGE_THEME.fullmatch(w) for w in before):
            return True
        subject = []
        for w in after:
            if PREPOSITION.match(w):
                break
            subject.append(w)
        return not _names_other_theme(before) and not _names_other_theme(subject)
    # An active verb: its object ("följer upp elevernas trygghet", "rapporterar om läget").
    # Reporting with no object named ("Polisen rapporterar löpande till kommunen") is the
    # police's or the municipality's general reporting, not a follow-up of the pledge.
    if cue[0].lower().startswith(("rapporter", "redovis")):
        return False
    return not _names_other_theme(after)


ITEM_MARK = re.compile(r"[•▪●◦]|\n\s*[-–*]\s")


def _followup_cue(sentence):
    """The first word of the follow-up family in `sentence` that is about the pledge."""
    cues = [(m, True) for m in FOLLOWUP_NOUN.finditer(sentence)]
    cues += [(m, False) for m in FOLLOWUP_VERB.finditer(sentence)]
    for cue, noun in sorted(cues, key=lambda c: c[0].start()):
        if not _a_means_of_work(sentence, cue) and _about_pledge(sentence, cue, noun):
            return cue
    return None


# "Medborgarlöftet förnyas årligen" is renewal, not follow-up.
RENEWAL = re.compile(r"\b(?:förnyas|revideras|tas fram|uppdateras)\b", re.IGNORECASE)
MONTH_NAME = "|".join(
    name for name in MONTHS if len(name) > 4 or name in ("maj", "mars", "juni", "juli")
)
NAMED_MONTHS = re.compile(
    rf"\bi\s+((?:(?:{MONTH_NAME}),\s+)*(?:{MONTH_NAME})\s+och\s+(?:{MONTH_NAME}))\b",
    re.IGNORECASE,
)
BY_MONTHS = {2: "halvar", 3: "tertial", 4: "kvartal"}
BY_COUNT = {1: "arligen", **BY_MONTHS}
# "fyra gånger per år", "1 gång om året", "vid två tillfällen under året/under 2023": a count of
# follow-ups in a year is the cadence it makes.
COUNT_WORD = "|".join(["\\d", *NUMBERS])
TIMES_A_YEAR = re.compile(
    rf"\b(?:vid\s+)?({COUNT_WORD})\s+(?:gång(?:er)?|tillfällen|tillfälle)\s*"
    # "redovisas 2 gånger/år": the slash for "per".
    rf"(?:(?<=\s)(?:per|om|i|varje|under)\s+|/\s*)(?:år(?:et)?|\d{{4}})\b",
    re.IGNORECASE,
)
# "var sjätte månad", "efter sex månader": a follow-up every so many months; "efter sex
# månader" in a one-year pledge is a follow-up at the half.
MONTHS_APART = {"tre": "kvartal", "3": "kvartal", "fyra": "tertial", "4": "tertial"}
MONTHS_APART |= {"sex": "halvar", "6": "halvar"}
EVERY_MONTHS = re.compile(
    r"\b(?:var (tredje|fjärde|sjätte|3:e|4:e|6:e) månad|efter (tre|fyra|sex|3|4|6) månader|"
    # "revideras varje 6-månadersperiod": a span of so many months, each one in turn.
    r"(?:varje|var|per) (tre|fyra|sex|3|4|6)[\s-]?månadersperiod)\b",
    re.IGNORECASE,
)
# "Detta innebär tre uppföljningstillfällen": a follow-up sentence that points back to the
# sentence before for its rhythm.
POINTS_BACK = re.compile(r"^(?:detta|det|vilket)\s+(?:innebär|betyder|ger)\b", re.IGNORECASE)
ORDINAL = {"tredje": "tre", "3:e": "3", "fjärde": "fyra", "4:e": "4", "sjätte": "sex", "6:e": "6"}


# "I april 2021 lämnas en återrapport", "följas upp under oktober månad 2020": one follow-up at
# a named month, when nothing else in the sentence says how often.
AT_A_MONTH = re.compile(
    rf"\b(?:i|under)\s+(?:{MONTH}(?:\s+månad)?|slutet\s+av|början\s+av)\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
# "Uppföljning Habo kommun, tertial 3 2018": a follow-up named after one tertial (or quarter,
# half-year) of a year; "tertial 1-2" spans two and names no rhythm.
LABELLED_REPORT = re.compile(
    r"^\s*(?:uppföljning|återrapport\w*|rapport)\b[^.\n]{0,60}?\b(tertial|kvartal|halvår)\s+"
    r"\d(?!\s*(?:-|–|och)\s*\d)\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
LABEL_CADENCE = {"tertial": "tertial", "kvartal": "kvartal", "halvår": "halvar"}


def parse_cadence_label(text, years=None):
    """(cadence, quote) from a follow-up named after its span ("Uppföljning …, tertial 3
    2018"), else None: the rhythm it implies, not one the text states. With the pledge's
    `years` (first, last), a follow-up of another year (an earlier pledge's) implies nothing."""
    for line in text.splitlines():
        m = LABELLED_REPORT.search(line)
        if m and (not years or years[0] <= int(m[2]) <= years[1]):
            return LABEL_CADENCE[m[1].lower()], line.strip()
    return None


def _sentences(text):
    return re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ\d])", text)


# "främja arbetet genom kontinuerliga avstämningar och samverkan": check-ins as the means the
# work is done by, not a follow-up of the pledge.
MEANS = re.compile(r"\bgenom\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def _a_means_of_work(sentence, cue):
    return cue[0].lower().startswith("avstämning") and bool(MEANS.search(sentence[: cue.start()]))


def parse_cadence(text):
    """How often the pledge is followed up, from a sentence about follow-up: (cadence, quote).
    'Medborgarlöftet förnyas årligen' is renewal, not follow-up, and gives nothing."""
    sentences = _sentences(text)
    for index, sentence in enumerate(sentences):
        about = _followup_cue(sentence)
        if not about:
            continue
        # Bullets run together in one sentence: the rhythm is read in the cue's own item.
        item_start = max(
            (m.end() for m in ITEM_MARK.finditer(sentence, 0, about.start())), default=0
        )
        item_end = ITEM_MARK.search(sentence, about.end())
        sentence = sentence[item_start : item_end.start() if item_end else len(sentence)]
        about_start = about.start() - item_start
        # The cadence written first in the sentence: "följas upp genom fortlöpande redovisning
        # … samt att det årligen genomförs en undersökning" is followed up continuously.
        hits = []
        for order, (cadence, words) in enumerate(CADENCES):
            for said in re.finditer(words, sentence, re.IGNORECASE):
                around = sentence[max(0, said.start() - 20) : said.end() + 20]
                # A new pledge being drawn up is the end of this one's period.
                if cadence == "vid_slut" or not RENEWAL.search(around):
                    hits.append((said.start(), order, cadence))
                    break
        months = NAMED_MONTHS.search(sentence[about_start:])
        if months:
            # "Resultaten redovisas i maj och september": two reports a year.
            count = len(re.split(r",\s+|\s+och\s+", months[1]))
            if count in BY_MONTHS:
                hits.append((about_start + months.start(), 0, BY_MONTHS[count]))
        for m in TIMES_A_YEAR.finditer(sentence):
            count = NUMBERS.get(m[1].lower()) or (int(m[1]) if m[1].isdigit() else 0)
            if count in BY_COUNT:
                hits.append((m.start(), 0, BY_COUNT[count]))
        for m in EVERY_MONTHS.finditer(sentence):
            number = ORDINAL.get((m[1] or "").lower()) or (m[2] or m[3]).lower()
            hits.append((m.start(), 0, MONTHS_APART[number]))
        if not hits and index and POINTS_BACK.match(sentence.strip()):
            before = EVERY_MONTHS.search(sentences[index - 1])
            if before:
                number = ORDINAL.get((before[1] or "").lower()) or (before[2] or before[3]).lower()
                quote = f"{sentences[index - 1].strip()} {sentence.strip()}"
                return MONTHS_APART[number], quote
        if not hits:
            at_month = AT_A_MONTH.search(sentence)
            if at_month:
                hits.append((at_month.start(), 0, "vid_slut"))
        if hits:
            first = min(hits)[2]
            # "Årligen genomförs tertialuppföljningar", "ska ske årligen i maj och november":
            # follow-ups within each year; the more frequent rhythm is the cadence.
            within = sorted(h for h in hits if h[2] in ("tertial", "kvartal", "halvar"))
            if first == "arligen" and within:
                first = within[0][2]
            return first, sentence.strip()
    return None


PUBLISHED_WHERE = re.compile(
    r"\b(?:publiceras|redovisas|redovisar)\s+(?:\w+\s+){0,2}?på\s+(.+?)(?:\s+(?:för|hur|och "
    r"resultat)\b|[.,](?:\s|$)|$)",
    re.IGNORECASE,
)


def parse_published_where(text):
    m = PUBLISHED_WHERE.search(text)
    return (m[1].strip(), m[0]) if m else None
