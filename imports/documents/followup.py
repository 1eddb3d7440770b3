"""Reading a follow-up document: what was done for each promise, and which promise it was.

A follow-up ("Uppföljning av medborgarlöften i Luleå, maj–juli 2018", "Så här har vi arbetat
med medborgarlöftet") restates the promises, as headings or bullets, and says what was done:
"Polisen har utfört 71 trafikkontroller", "Löftet är genomfört", "arbetet pågår". The rules
here only read; followup_services.py turns what they found into a draft report.

Every status found says why, in Swedish, and whether the words were plain ("Löftet är
genomfört": säker) or the status was inferred from how the text is written (osäker).
"""

import math
import re
from dataclasses import dataclass, field

from . import text
from .reading import kind as kind_rules
from .reading import structure, words
from .reading.document import _date_of
from .reading.kind import read_kind
from .reading.period import find_period, parse_period

SURE = "säker"
UNSURE = "osäker"
NO_INFORMATION = "ingen uppgift i dokumentet"

# The statuses of followups.models.ActionStatus.Status, by value (no model import: pure rules).
DONE, PARTLY, ONGOING, NOT_STARTED = "genomford", "delvis", "pagar", "ej_paborjad"
DELAYED, NOT_DONE, CANCELLED, CANNOT_ASSESS = (
    "forsenad",
    "ej_genomford",
    "struken",
    "kan_inte_bedomas",
)

# "en" and "ett" are left out: "har visat en positiv effekt" counts nothing.
NUMBERS = {word: n for word, n in words.NUMBERS.items() if n > 1}
# "1 500 timmar": a space may part the thousands.
NUMBER = (
    r"(?<![\d,.\-/])(\d{1,3}(?:\s\d{3})+(?![\d%]|[,.]\d)|\d{1,5}|"
    + "|".join(sorted(NUMBERS, key=len, reverse=True))
    + r")(?![\d%]|[,.]\d)(?:-?tal\b)?"  # "ett 20-tal tillfällen", "ett tjugotal": about 20
)

# Verbs that report something done, as the supine ("har genomfört"), the passive ("har
# genomförts") or the past tense ("genomfördes").
DONE_STEMS = (
    "genomför|utför|gjort|gjorts|gjordes|håll|hölls|anordna|arrangera|besök|rapportera|"
    "beslagt|deltag|delta|träffa|informera|kontrollera|patrullera|skapa|starta|infört|inför|"
    "beslagtagit|beslagtagits|beslagtogs|tagit fram|tagits fram|togs fram|upprätta|bjudit|"
    "bjöds|utbilda|sprid|publicera|lämna|"
    "gått ut|lagts ut|lades ut|genomgått|erbjud|arbetat|samverkat|prioritera|försökt|"
    "placera|installera|åtgärda|byggt|byggts|satt upp|satts upp|köpt|anställ|ökat|minskat|"
    # The active past of the strong verbs above: "höll öppet hus", "tog fram", "satte upp".
    "höll|tog fram|satte upp|deltog|"
    # "Polis har uppfyllt sitt löfte", "var med och nattvandrade": a verdict, a part taken.
    "uppfyll|var med och|var med på|var med vid|kunnat genomföras|kunnat hållas"
)
# "har varit", "har blivit" and "har fått" say how things were, not what anyone did; "har
# lovat" tells a promise, "har … utsatts/drabbats" a crime suffered.
DONE_VERB = re.compile(
    # "för att starta", "att besöka": an infinitive after "att" tells an aim, not a deed.
    # "Inför 2018 lovade …": "inför" before a year is a preposition, not "infört".
    r"(?!inför\s+(?:(?:19|20)\d\d|året|nästa|kommande)\b)"
    # "Insats genomförd 19/4": the participle tells the deed done, as "genomförda" does.
    rf"(?<!\batt )\b(?:{DONE_STEMS})(?:at|ats|ade|ades|t|ts|de|des|te|tes|it|its|dd|tt|da|d)?\b"
    r"|\bhar\s+(?:\w+\s+){0,2}?haft\b"
    r"|\bhar\s+(?:(?!(?:utsatts|drabbats)\b)\w+\s+){0,6}?"
    r"(?!(?:varit|blivit|fått|lovat|utsatts|drabbats)\b)\w{3,}(?:ats|its|tts|ts|at|it|tt)\b"
    r"|\b\w{4,}(?:ades|ödes|ördes|öktes|ölls)\b"
    # The past passive of any weak verb whose stem ends in a consonant: "byttes ut", "lyftes",
    # "ställdes", "köptes" ("telefonledes", "områdes" and the participle "medverkandes" are
    # none).
    r"|\b\w{2,}[bcdfghjklmnpqrstvxz](?<!an|en|on)d?(?:des|tes)\b",
    re.IGNORECASE,
)
# Words that say the work goes on.
GOING_ON = re.compile(
    # "Därutöver en löpande närvaro på skolor": after an article the word describes a deed
    # done, not that the work goes on.
    r"\b(?:pågår|pågående|fortsätter|fortgår)\b"
    r"|(?<!\ben )(?<!\bett )(?<!\bden )(?<!\bdet )\b(?:löpande|kontinuerligt|fortlöpande)\b"
    r"|\bvarje\s+(?:fredag|lördag|helg|vecka|arbetspass|månad)",
    re.IGNORECASE,
)

# "Detta utöver de kontroller som sker löpande": a clause about other work beside the deed, whose
# "löpande" says nothing of the promise.
ASIDE = re.compile(r"\b(?:utöver|förutom)\b[^.!?]*", re.IGNORECASE)

# Plain words about the status, strongest first: a negation before the word it negates.
STATUS_WORDS = [
    (
        NOT_STARTED,
        r"\b(?:inte|ej)\s+(?:har\s+)?(?:påbörja[dt]s?|startat|kommit igång)\b"
        r"|\bhar\s+(?:\w+\s+)?(?:inte|ej)\s+(?:påbörjats|startat|kommit igång)\b"
        # "har inte hunnit starta arbetet"
        r"|\b(?:inte|ej)\s+(?:hunnit|kunnat)\s+(?:starta|påbörja|komma igång)\b",
    ),
    (
        NOT_DONE,
        r"\b(?:har|hade|kunde|kunnat)\s+(?:\w+\s+){0,2}?(?:inte|ej)\s+(?:\w+\s+)?"
        r"(?:genomföras|genomförts|genomfört|utförts|utfört|hållits|gjorts|blivit av|"
        r"kunnat genomföras)\b"
        r"|\b(?:inte|ej)\s+(?:har\s+)?(?:genomförts|genomfört|genomförd|utförts|blivit av)\b"
        # "Löftet är inte uppfyllt.", "Status: Ej uppnått": the verdict word negated, with no
        # object after it ("förare som inte uppfyllt lagkraven" says nothing of the promise).
        r"|\b(?:inte|ej)\s+(?:har\s+)?(?:uppfyllt|uppfylld|uppfyllda|uppfyllts|infriat|infriad|"
        r"infriats|uppnått|uppnådd|uppnåtts)(?=\s*(?:[.,;:!)]|$))"
        r"|\bställdes in\b|\bblev inte av\b|\buteblev\b|\buteblivit\b|\binställ(?:des|ts|d)\b"
        # "genomfördes inte", "hölls ej": the past tense negated after it.
        r"|\b(?:genomfördes|utfördes|hölls|gjordes|anordnades|ordnades|blev|uppfylldes|"
        r"infriades|uppnåddes)\s+(?:\w+\s+)?"
        r"(?:inte|ej)\b(?!\s+(?:bara|enbart|endast|heller)\b)"
        # "har inte hunnit genomföras"
        r"|\b(?:inte|ej)\s+(?:hunnit|kunnat)\s+(?:\w+\s+)?"
        r"(?:genomför\w*|utför\w*|hållas|hålla|göras|göra)\b"
        # "har inte implementerats", "har ännu inte införts": any passive supine negated.
        r"|\b(?:har|hade)\s+(?:\w+\s+){0,2}?(?:inte|ej|aldrig)\s+(?:\w+\s+)?"
        r"\w{3,}(?:ats|its|tts|ts)\b",
    ),
    (
        DELAYED,
        r"\bförsenad|\bförsenat|\bskjut(?:its|s|its fram)\s+(?:upp|fram)|\bsenarelag"
        # "flyttades till våren 2025", "sköts upp"
        r"|\b(?:flyttades|flyttats|har\s+flyttats)\s+(?:fram\s+)?till\b|\bsköts\s+(?:upp|fram)\b",
    ),
    (CANCELLED, r"\bstrukits\b|\bstruken\b|\bstruket\b|\bhar utgått\b|\btagits bort\b"),
    (
        CANNOT_ASSESS,
        r"\b(?:går|gick)\s+inte\s+att\s+(?:bedöma|mäta|följa upp)"
        r"|\bkan\s+(?:inte|ej)\s+bedömas\b|\bsvårt\s+att\s+(?:bedöma|mäta)\b",
    ),
    (
        PARTLY,
        r"\bdelvis\b|\binte\s+i\s+(?:den|samma)\s+utsträckning|\binte\s+fullt\s+ut\b"
        r"|\binte\s+helt\b|\bfärre\s+än\s+(?:planerat|utlovat|tänkt)"
        r"|\bmindre\s+än\s+(?:planerat|utlovat|tänkt)"
        # "till 90 procent lyckats uppfylla löftet", "uppfyllt löftet till 70 procent"
        r"|\btill\s+[1-9]\d?\s*(?:procent|%)\s+(?:\w+\s+){0,2}?"
        r"(?:lyckats|uppfyll\w*|genomför\w*|infri\w*)"
        r"|\b(?:uppfyllt|uppfyllde|genomfört|infriat)\s+(?:\w+\s+){0,3}?till\s+[1-9]\d?\s*"
        r"(?:procent|%)",
    ),
    (
        PARTLY,
        # "Endast ett informationsmöte har kunnat genomföras": fewer held than the promise asked.
        r"\b(?:endast|enbart|bara)\s+(?:en|ett|\d+|två|tre|fyra|fem|sex)\s+[\wåäö]+\s+"
        r"(?:[\wåäö\-]+\s+){0,8}?(?:kunnat\s+|kunde\s+)?"
        r"(?:genomför(?:ts|as|des)|hållits|hållas|hölls|gjorts|gjordes|utförts|utföras|"
        r"anordnats|anordnades)\b",
    ),
    (
        DONE,
        r"\b(?:löftet|målet|åtgärden|aktiviteten|insatsen|uppdraget|det)\s+är\s+(?:nu\s+)?"
        r"(?:genomfört|genomförd|uppfyllt|uppfylld|uppnått|uppnådd|infriat|klart|klar|slutfört)\b"
        r"|\bhar\s+(?:uppfyllts|infriats|slutförts|uppnåtts)\b|\bär\s+genomförda?\b"
        # An item that opens with its verdict: "Klart.", "Uppfyllt. 14 vandringar …",
        # "Genomfört: 12 skolbesök".
        r"|^\W*(?:helt\s+)?(?:genomfört|genomförd|uppfyllt|uppfylld|uppnått|klart|klar|"
        r"slutfört)\b",
    ),
    (
        ONGOING,
        r"\bpågår\b|\barbetet\s+(?:fortsätter|fortgår)\b|\bpågående\b"
        # "har påbörjats men är inte klart", "arbetet … kvarstår"
        r"|\b(?:är|har\s+blivit)\s+(?:ännu\s+)?(?:inte|ej)\s+(?:klart|klar|färdigt|färdig|avslutat)\b"
        r"|\barbetet\s+(?:\w+\s+){0,5}?kvarstår\b"
        # "arbetar aktivt med att få till …": the present tense of work not yet finished.
        r"|\barbetar\s+(?:\w+\s+)?(?:med|på)\s+att\b"
        # "har planerats in till hösten": set for later, not yet done.
        r"|\b(?:har|är)\s+(?:\w+\s+)?planer(?:ats|ade?|at)\b"
        # "Status: Påbörjat", "Arbetet har påbörjats": begun, not finished ("inte påbörjats"
        # is read above as not started).
        r"|^\W*påbörja(?:t|d|de)\b|\b(?:har|är)\s+(?:\w+\s+)?påbörja(?:ts|t|d)\b"
        r"|\bplaneras\b",
    ),
]
STATUS_WORDS = [(status, re.compile(pattern, re.IGNORECASE)) for status, pattern in STATUS_WORDS]
STATUS_LABELS = {
    DONE: "genomförd",
    PARTLY: "delvis genomförd",
    ONGOING: "pågår",
    NOT_STARTED: "ej påbörjad",
    DELAYED: "försenad",
    NOT_DONE: "ej genomförd",
    CANCELLED: "struken",
    CANNOT_ASSESS: "kan inte bedömas",
}

# "genomfört 3 av 2 planerade", "lagt 1 500 timmar av de 4 000 utlovade"
OUT_OF = re.compile(
    rf"{NUMBER}\s+(?:[a-zåäö]+\s+)?av\s+(?:de\s+|totalt\s+)?{NUMBER}\s+"
    r"(?:planerade|utlovade|lovade|tänkta|planerat)",
    re.I,
)
# Verbs that tell an outcome of the work rather than the work: offences reported, crime that
# rose or fell.
OUTCOME = re.compile(
    r"\b(?:rapporter(?:at|ats|ade|ades)|anmäl(?:t|ts|de|des)|lagfört|lagförts|utfärdats|"
    r"ökat|ökade|minskat|minskade)\b",
    re.IGNORECASE,
)
# A sentence about what is planned counts nothing done yet.
PLANNED = re.compile(r"\bplaner(?:ats|as)\b", re.IGNORECASE)
# A report on part of the pledge's time: "Kvartalsrapport", "under årets första kvartal".
PART_OF_PERIOD = re.compile(
    r"\b(?:kvartals|tertial|halvårs|del)rapport\w*"
    # "Uppföljning av Medborgarlöfte kvartal 1 2022": the part named by its number.
    r"|\b(?:kvartal|tertial|halvår)\s+[1-4]\b"
    r"|\b(?:första|andra|tredje)\s+(?:kvartal|tertial|halvår)(?:et)?\b",
    re.IGNORECASE,
)
# "Under fjärde kvartalet …", "tredje tertialet": the last part of a year, told beside the
# others, makes a report on the whole year.
LAST_PART_OF_YEAR = re.compile(
    r"\b(?:fjärde|sista)\s+kvartal(?:et)?\b|\b(?:tredje|sista)\s+tertial(?:et)?\b"
    r"|\bkvartal\s+4\b|\btertial\s+3\b|\bhalvår\s+2\b"
    r"|\b(?:andra|sista)\s+halvår(?:et)?\b",
    re.IGNORECASE,
)
# "Löftet är att …", "Det tredje löftet handlar om att …": a sentence that words the promise.
PROMISE_WORDING = re.compile(
    r"\blöftet\s+(?:är|var|handlar\s+om|gäller|innebär)\s+att\b", re.IGNORECASE
)
# "Status: Genomfört", "Utfall: 12 av 10 planerade": a labelled verdict under the promise.
STATUS_LINE = re.compile(r"^\W*(?:status|läge|lägesbild|utfall|resultat)\s*:\s*(\S.*)$", re.I)
# A sentence that opens by pointing back ("Dessa timmar har …") goes on about the one before.
POINTS_BACK = re.compile(r"^(?:dessa|detta|denna|de|det|där)\b", re.IGNORECASE)
# A paragraph of its own that restates a promise ("Polisen och kommunen lovar att …", "… ger
# löfte om att …") heads the paragraphs that tell what was done for it.
RESTATED_PROMISE = re.compile(
    r"^(?:[A-ZÅÄÖ][\wåäö]*)(?:\s+[\wåäö]+){0,4}?\s+(?:lovar|lovade|har\s+lovat|ger\s+löfte|gav\s+löfte"
    # "I Sjöby har polisen och kommunen lovat att …"
    r"|har\s+(?:[\wåäö]+\s+){1,4}?lovat\s+att)\b"
)
# A paragraph that opens by restating a promise in the future or as a duty: "Polisen ska
# genomföra trafikkontroller …", "Kommunen kommer att …", "Parterna skall …".
PROMISE_FORM = re.compile(
    r"^(?:[A-ZÅÄÖ][\wåäö]*)(?:\s+[\wåäö]+){0,4}?\s+"
    r"(?:ska|skall|kommer\s+(?:[\wåäö\-]+,?\s+){0,8}?att|lovar|lovade|har\s+lovat|ger\s+löfte"
    r"|gav\s+löfte|har\s+(?:[\wåäö]+\s+){1,4}?lovat\s+att)\b"
)
# "Medborgarlöfte 2018 med särskilt fokus på trygghetsskapande åtgärder i trafikmiljön.": the
# pledge named with its focus, which restates its one promise as a page reporting on it words it.
FOCUS_STATEMENT = re.compile(
    r"^(?:medborgarlöfte[nt]?|löftet)\s+(?:för\s+)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\s+)?"
    r"(?:med|hade|har)\s+(?:\w+\s+){0,2}?fokus\s+på\b",
    re.IGNORECASE,
)
# "Resultat", "Utfall:", "Så gick det": a label over the text that tells what came of the
# promise above it.
RESULT_LABEL = re.compile(
    r"^\W*(?:resultat(?:et)?|utfall(?:et)?|status|så\s+gick\s+det|så\s+har\s+det\s+gått|"
    r"genomfört|uppföljning|så\s+har\s+vi\s+uppfyllt\s+(?:vårt|våra|löftet|löftena)(?:\s+löften?)?)"
    r"\W*$",
    re.IGNORECASE,
)
# A count right after a verb of doing: "har utfört 71 trafikkontroller".
COUNT_AFTER = re.compile(
    rf"(?:{DONE_VERB.pattern}):?\s+(?:[\wåäö/\-]+\s+){{0,4}}?(?:drygt\s+|cirka\s+|ca\s+|över\s+|"
    rf"totalt\s+|sammanlagt\s+|mer\s+än\s+|fler\s+än\s+|omkring\s+|runt\s+)?{NUMBER}\s+"
    r"(?:st\.?\s+|stycken\s+)?([a-zåäö][\wåäö\-]*)",
    re.IGNORECASE,
)
# A count before the verb: "303 trafikkontroller genomfördes".
COUNT_BEFORE = re.compile(
    rf"{NUMBER}\s+(?:st\.?\s+|stycken\s+)?([a-zåäö][\wåäö\-]*)\s+(?:[\wåäö]+\s+){{0,3}}?"
    rf"(?:{DONE_VERB.pattern})",
    re.IGNORECASE,
)
# "Antal genomförda trygghetsvandringar: 4", "Trygghetsvandringar: 3 genomförda": a count
# under a label.
COUNT_LABELLED = re.compile(
    rf"\bantal\s+(?:genomförda\s+|utförda\s+|hållna\s+)?([a-zåäö][\wåäö\-]*)\s*:\s*{NUMBER}"
    rf"|\b([a-zåäö][\wåäö\-]*)\s*:\s*{NUMBER}\s+(?:st\.?\s+|stycken\s+)?"
    r"(?:genomförda|utförda|hållna|genomförts|har\s+genomförts)\b",
    re.IGNORECASE,
)
# "Patrullerat parken vid över 50 tillfällen": how many times a deed was done.
OCCASIONS = re.compile(
    rf"\b(?:vid|under|på)\s+(?:sammanlagt\s+|totalt\s+)?"
    rf"(?:över\s+|mer\s+än\s+|drygt\s+|cirka\s+|ca\s+|ett\s+|minst\s+)?{NUMBER}\s+"
    r"(tillfällen)\b",
    re.IGNORECASE,
)
# "40 genomförda hastighetskontroller", "tolv utförda kontroller": a count whose noun the
# participle of a deed describes.
COUNT_DONE_ATTRIBUTE = re.compile(
    rf"{NUMBER}\s+(?:st\.?\s+|stycken\s+)?(?:genomförda|utförda|gjorda|hållna|anordnade|"
    r"arrangerade|\w+förda)\s+([a-zåäö][\wåäö\-]*)",
    re.IGNORECASE,
)
# "Drygt 200 tillsyner på platser …": a deed named by its count, with no verb.
NAMED_COUNT = re.compile(
    rf"^(?:drygt\s+|cirka\s+|ca\s+|över\s+|totalt\s+|sammanlagt\s+|omkring\s+)?{NUMBER}\s+"
    r"(?:st\.?\s+|stycken\s+)?([a-zåäö][\wåäö\-]*)",
    re.IGNORECASE,
)
NOT_UNITS = set(words.MONTHS) | {
    "procent",
    "kr",
    "kronor",
    "år",
    "av",
    "och",
    "till",
    "i",
    "per",
    "gånger",
}
# "0,78 kontroller/dag", "2 per vecka"
RATE = re.compile(
    r"(\d+(?:,\d+)?)\s*(?:[a-zåäö]+\s*)?(?:/|per\s+)(dag|dygn|vecka|månad)\b", re.IGNORECASE
)
ANY_NUMBER = r"\b(\d{1,3}|en|ett|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + ")"
PROMISED_RATE = re.compile(
    ANY_NUMBER + r"\s+(?:[a-zåäö\-]+\s+){1,3}?(?:varje|per|i|om)\s+(dag|dygn|vecka|månad)",
    re.IGNORECASE,
)
DAYS = {"dag": 1, "dygn": 1, "vecka": 7, "månad": 30.4}

# The site's own menu and contact lines at the top of a page: "Kontakta oss", "Telefon:",
# "Biblioteksgatan 10, Örkelljunga" over opening hours. They head no promise.
CHROME_HEADING = re.compile(
    r"^(?:sök\b|kontakt|telefon|e-post|fax\b|öppettider|besök|adress|postadress|"
    r"besöksadress|meny\b|nyhet\b|annons\w*$|"
    # "Foto: M Boiardt", "Bild: Polisen": a photo credit under the page's picture.
    r"(?:foto|bild|fotograf|illustration)\s*:)",
    re.IGNORECASE,
)
CONTACT_DATA = re.compile(
    r"\b0\d{1,3}-\d{2,3}(?:\s\d{2,3}){1,3}\b|\S+@\S+|\b\d{3}\s\d{2}\s+[A-ZÅÄÖ]|\bvardagar\b"
    r"|\böppettider\b|\blunchstängt\b|\b\w+(?:gatan|vägen|gränd|torget)\s+\d+\b",
    re.IGNORECASE,
)
# "Kampanjerna kommer att genomföras med start hösten 2020": what was done is only a start.
STILL_TO_COME = re.compile(
    r"\bkommer\s+(?:\w+\s+)?att\s+(?:genomföras|starta|startas|påbörjas|fortsätta|"
    r"återupptas|införas|slutföras)\b",
    re.IGNORECASE,
)

# Headings and lead-ins that frame the document rather than restate a promise.
FRAME = re.compile(
    r"uppföljning|återkoppling|medborgarlöfte|så\s+här|så\s+har|detta\s+har|resultat|"
    r"utfall|kontakt|läs\s+(?:mer|hela)|länk|har\s+vi\s+(?:gjort|arbetat|uppfyllt)|"
    r"sammanfattning|summering|bakgrund|inledning|avslutning|slutsats|"
    # "Prioriterat område – trygghet i Centrum" over the situation, "Det här vill vi uppnå" over
    # the aims: they head what the pledge was about, not a promise to report on.
    r"prioriterat?\s+områden?|problembild|lägesbild|situationen|vill\s+vi\s+uppnå|"
    r"^(?:mål|målen|syfte|syftet)\b",
    re.IGNORECASE,
)
# "Gemensam lägesbild", "Bakgrund", "Nulägesbeskrivning": a heading over how the pledge came
# about; what its text tells was done (a picture put together, areas found) is no report.
SITUATION_HEADING = re.compile(
    r"^(?:\w+\s+){0,2}(?:lägesbild|problembild|bakgrund|nuläge\w*|orsaksanalys)\w*$",
    re.IGNORECASE,
)
# "Enkäten har besvarats av 188 personer", "… där 412 invånare svarade": the size of a survey
# the pledge rests on, not a count of work done.
SURVEY_ANSWERS = re.compile(
    r"\b(?:besvara(?:ts|des)|svarade|svarat|respondenter|svarsfrekvens)\b",
    re.IGNORECASE,
)


# "Om Vara kommun", "Om polisen": the publisher's presentation of itself at the end of a page.
ABOUT = re.compile(r"^[Oo]m\s+(?:oss|polisen|[A-ZÅÄÖ]\w*(?:\s+(?:kommun|stad))?)$")
TITLE_WORDS = re.compile(
    r"\b(?:uppföljning|återkoppling|redovisning|utvärdering|(?:kvartals|tertial|halvårs)rapport)\b"
    # A report named by a compound: "Årsredovisning av medborgarlöftet", "Delårsrapport …",
    # "Lägesrapport", "Slutrapport", "Återrapportering".
    r"|\b(?:års|delårs|halvårs|läges|slut|del|åter|av)(?:redovisning|rapport|rapportering)(?:en)?\b"
    # "Hur gick det med medborgarlöftet?", "Så har det gått": the title asks or tells how it went.
    r"|\b(?:hur|så)\s+(?:(?:gick|går)\s+det|har\s+det\s+gått)\b"
    r"|\bså\s+(?:här\s+)?har\s+vi\s+(?:arbetat|uppfyllt|jobbat|gjort)"
    r"|\bdetta\s+har\s+(?:vi|polisen|kommunen)\s+gjort",
    re.IGNORECASE,
)
REPORTING_WORDS = re.compile(
    r"\bså\s+(?:här\s+)?har\s+vi\s+(?:arbetat|uppfyllt|jobbat|gjort)"
    r"|\bdetta\s+har\s+(?:vi|polisen|kommunen)\s+gjort"
    r"|\b(?:löftet|löftena)\s+är\s+(?:nu\s+)?(?:genomfört|genomförda|uppfyllt|uppfyllda)\b"
    r"|\butfall\b|\bunder\s+perioden\s+har\b|\bhar\s+(?:vi|polisen|kommunen)\s+"
    r"(?:genomfört|utfört|gjort|hållit|arbetat)"
    # "Rådet har under perioden fördjupat …", "Polisen har under sommaren utökat …"
    r"|\bhar\s+under\s+(?:perioden|året|sommaren|hösten|våren|vintern|(?:19|20)\d\d)\s+"
    r"\w+(?:at|it|tt|t)\b"
    # "Under 2022 hade rådet fokus på …", "Under året genomfördes …": a past span told in the
    # past tense (a pledge's "Under 2022 ska …" tells what is to come).
    r"|(?:^|(?<=[.!?]\s))under\s+(?:(?:19|20)\d\d|året|perioden)\s+(?:hade|var|"
    r"genomfördes|gjordes|hölls|\w{3,}ades)\b"
    # "En uppföljning efter sex månader visar att …", "uppföljningen visade att …"
    r"|\buppföljning(?:en)?\s+(?:\w+\s+){0,4}?(?:visar|visade)\s+att\b"
    # "har lyckats uppfylla löftet", "levt upp till sina löften": a verdict on a promise.
    r"|\b(?:lyckats|lyckades)\s+(?:\w+\s+){0,2}?(?:uppfylla|infria|hålla)\b"
    r"|\blevt\s+upp\s+till\s+(?:sina|sitt|de|det)\s+löfte"
    # "Polisen har uppfyllt de löften som slutits", "vi har infriat våra löften": a verdict on
    # the pledge in the perfect, the pledge as the object ("har uppfyllt tidigare löften" on a
    # pledge page is its background).
    r"|\bhar\s+(?:\w+\s+){0,2}?(?:uppfyllt|infriat)\s+(?:(?:de|det|den|dessa|detta|våra|vårt|"
    r"sina|sitt|alla|samtliga)\s+)?(?:(?!tidigare|förra|föregående|fjolårets)\w+\s+)?"
    r"(?:medborgar)?löfte(?:n|t|na)?\b"
    # "Hittills har arbetet lett till bättre belysning …", "Arbetet med medborgarlöften har
    # stärkt samarbetet": what the work has led to, told in the perfect with the work as subject.
    r"|\b(?:arbetet|löftet|löftena|medborgarlöftet|medborgarlöftena|samarbetet|insatserna)"
    r"(?:\s+med(?:\s+\w+){1,2}?)?\s+har\s+(?:\w+\s+)?(?:lett|resulterat|bidragit|medfört|"
    r"stärkt|förbättrat|gett\s+(?:resultat|effekt))\b"
    r"|\bhar\s+(?:arbetet|löftet|löftena|medborgarlöftena|samarbetet|insatserna)\s+"
    r"(?:lett|resulterat|bidragit|medfört|gett)\b",
    re.IGNORECASE | re.MULTILINE,
)
# "Under 2020 har polisen och kommunen bland annat:": a lead-in whose "har" each item below
# completes with what was done ("• Patrullerat …", "• Varit mer aktiv …").
HAS_DONE = re.compile(r"\b(?:har|hade)\s+(?:\w+\s+){0,6}?(?:bland\s+annat|bl\.?\s?a\.?)\s*:$", re.I)
# "Exempel på arbete som har genomförts …:", "Detta gjordes under våren:": a lead-in over a
# list that tells what was done, in the perfect or past passive ("ska genomföras" and "kommer
# att" lead a pledge's list instead).
DONE_LEAD_IN = re.compile(
    r"\b(?:har|hade)\s+(?:\w+\s+){0,2}?\w{3,}(?:ats|its|tts|ts)\b|\b\w{4,}(?:ades|des)\b",
    re.IGNORECASE,
)
PROMISING_WORDS = re.compile(
    r"\blovar\b|\bvårt\s+löfte\b|\blöftet\s+gäller\b|\bförbinder\s+sig\b|\båtar\s+sig\b"
    r"|\bvi\s+ska\b|\bska\s+(?:genomför|arbeta|öka|minska|verka)\w*|\bkommer\s+att\b"
    r"|\bminst\s+\S+\s+\S+\s+(?:per|varje|om)\s+(?:år|termin|månad|vecka)",
    re.IGNORECASE,
)

# "Polisens insatser:", "Kommunens åtgärder:", "Genomförda aktiviteter:": a lead-in over a list
# of one side's deeds.
DEEDS_LABEL = re.compile(
    r"^(?:(?:polisens|kommunens|[\wåäö]+s)\s+(?:insatser|åtgärder|aktiviteter|arbete)"
    r"|genomförda\s+(?:insatser|åtgärder|aktiviteter))\s*:$",
    re.IGNORECASE,
)
# "Detta har polisen gjort:", "Detta har kommunen genomfört 2018:": a lead-in over one side's
# deeds.
DONE_LABEL = re.compile(
    r"^(?:detta|det\s+här)\s+har\s+(?:polisen|kommunen|vi)\s+(?:gjort|genomfört|utfört)"
    r"(?:\s+(?:under\s+)?(?:19|20)\d\d)?\s*:$",
    re.IGNORECASE,
)
# "arbetat aktivt med att uppfylla åtagandena i Medborgarlöftet": worked to keep the pledge.
TO_KEEP = (
    r"\s+(?:\w+\s+){0,2}?(?:med\s+|för\s+)?att\s+(?:uppfylla|infria)\s+"
    r"(?:\w+\s+){0,2}?(?:åtaganden\w*|(?:medborgar)?löfte\w*)"
)
WORKED_TO_KEEP = r"\barbetat" + TO_KEEP
# "trots det har polisen genomfört insatser för att uppfylla medborgarlöftet", "Polisen uppfyllde
# sina utlovade aktiviteter", "Samtliga utlovade aktiviteter är genomförda": a verdict on the
# pledge as a whole.
WHOLE_DONE = re.compile(
    r"\b(?:genomfört|utfört|vidtagit|gjort)\s+(?:\w+\s+){0,2}?(?:insatser|åtgärder|aktiviteter)"
    r"\s+för\s+att\s+(?:uppfylla|infria)\s+(?:\w+\s+)?(?:medborgar)?löfte"
    r"|\b(?:uppfyllde|uppfyllt|infriade|infriat)\s+(?:sina|sitt|alla|samtliga)\s+(?:\w+\s+)?"
    r"(?:löften|löfte|aktiviteter|åtaganden)\b"
    r"|\bsamtliga\s+(?:utlovade\s+)?(?:aktiviteter|åtgärder|löften)\s+(?:är|har\s+blivit)\s+"
    r"genomförda\b"
    # "Kommunen och Polisen har arbetat aktivt med att uppfylla åtagandena i Medborgarlöftet",
    # or, while the work goes on, "arbetar aktivt med att uppfylla …" (WHOLE_GOING_ON).
    rf"|{WORKED_TO_KEEP}|\barbetar{TO_KEEP}",
    re.IGNORECASE,
)
# "… arbetar aktivt med att uppfylla åtagandena": the same verdict in the present tense, told
# while the work still goes on.
WHOLE_GOING_ON = re.compile(r"\barbetar" + TO_KEEP, re.IGNORECASE)

# "I sitt första medborgarlöfte lovade polisen att man …", "Polisen lovade också att …": a
# promise told in the past tense in a sentence of its own.
PAST_PROMISE_SENTENCE = re.compile(
    r"\b(?:lovade|utlovade)\b(?:\s+[\wåäö]+){0,8}?\s+att\b", re.IGNORECASE
)

# "Polisen lovade att …", "Kommunen skulle anordna …", "lovade polisen och kommunen att …": a
# giver's promise told in the past tense.
RESTATED_PAST = re.compile(
    rf"\b{kind_rules.GIVER}(?:\s+och\s+[\wåäö]+(?:\s+kommun)?)?\s+(?:(?:också|även)\s+)?"
    r"(?:lovade|skulle|hade\s+lovat)\b"
    rf"|\blovade\s+{kind_rules.GIVER}\b",
    re.IGNORECASE,
)
PAST_PROMISE = re.compile(
    r"\b(?:lovade|utlovade|utlovades|skulle|hade\s+lovat|har\s+lovat)\b", re.IGNORECASE
)


@dataclass
class FoundStatus:
    """One restated promise and what the document says was done for it."""

    promise: str
    status: str
    achieved_count: int | None
    evidence: str
    line: int
    confidence: str
    why: str
    unit: str = ""
    planned: int | None = None  # "3 av 2 planerade": 2
    rate: tuple | None = None  # "0,78 kontroller/dag": (0.78, "dag")
    interim: bool = False  # the document covers only part of a year


@dataclass
class Proposal:
    """What a follow-up document says about one promise of the pledge, or that it says nothing."""

    action: object
    found: FoundStatus | None
    status: str = ""
    achieved_count: int | None = None
    evidence: str = ""
    confidence: str = UNSURE
    note: str = NO_INFORMATION
    score: float = 0.0
    also: list = field(default_factory=list)  # further items about the same promise


def _number(word):
    digits = re.sub(r"\s", "", word)
    return int(digits) if digits.isdigit() else {**NUMBERS, "en": 1, "ett": 1}[word.lower()]


def _sentences(paragraph):
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])", paragraph) if s.strip()]


def count_in(sentence):
    """(count, unit, planned) of what a sentence says was done, or (None, "", None)."""
    m = OUT_OF.search(sentence)
    if m:
        return _number(m[1]), "", _number(m[2])
    if PLANNED.search(sentence):
        return None, "", None
    m = COUNT_LABELLED.search(sentence)
    if m:
        return (_number(m[2]), m[1].lower(), None) if m[1] else (_number(m[4]), m[3].lower(), None)
    patterns = (COUNT_AFTER, COUNT_BEFORE)
    if re.search(r"(?:förda|gjorda|hållna|anordnade|arrangerade)\s", sentence, re.IGNORECASE):
        patterns = (COUNT_DONE_ATTRIBUTE, *patterns)
    for pattern in patterns:
        for m in pattern.finditer(sentence):
            number, unit = m.group(m.lastindex - 1), m.group(m.lastindex)
            if re.fullmatch(r"(?:19|20)\d\d", number) or unit.lower() in NOT_UNITS:
                continue
            if re.search(
                r"(?:årskurs|klass|vecka|kl\.?)\s*$", sentence[: m.start(m.lastindex - 1)]
            ):
                continue
            # "cykla minst tre dagar i veckan och rapportera": a count asked for, not one done
            # ("har genomfört minst 30 kontroller", the count after the deed, is one done).
            if pattern is COUNT_BEFORE and re.search(
                r"\b(?:minst|högst|max(?:imalt)?)\s*$", sentence[: m.start(m.lastindex - 1)], re.I
            ):
                continue
            return _number(number), unit.lower(), None
    m = OCCASIONS.search(sentence)
    # "Målet att fotpatrullera vid minst 200 tillfällen …": the occasions of an infinitive
    # after "att" are the aim restated, not a count done.
    if m and re.search(r"\batt\s+[a-zåäö]+a(?:\s+[\wåäö]+){0,3}\s*$", sentence[: m.start()], re.I):
        m = None
    if m and DONE_VERB.search(sentence):
        return _number(m[1]), m[2].lower(), None
    return None, "", None


def rate_in(sentence):
    m = RATE.search(sentence)
    return (float(m[1].replace(",", ".")), m[2].lower()) if m else None


def promised_rate(promise):
    """(count, per) of "minst en trafikkontroll varje dygn", or None."""
    m = PROMISED_RATE.search(promise)
    return (_number(m[1]), m[2].lower()) if m else None


def _status_of(promise, evidence, interim):
    """(status, confidence, why) from the words of one item."""
    words = f"{promise} {evidence}"
    for status, pattern in STATUS_WORDS:
        m = pattern.search(words)
        if m:
            return status, SURE, f"”{m[0]}” står i texten"
    done = DONE_VERB.search(words)
    if (
        done
        and (
            interim
            or GOING_ON.search(ASIDE.sub("", words))
            or (evidence and STILL_TO_COME.search(evidence))
        )
        # A heading that calls the promise done ("… är genomfört") is not only going on; a
        # bullet that is its own report is read by its words like any other.
        and not (evidence and re.search(r"\bgenomfört\b|\bgenomförts\b", promise, re.I))
    ):
        if interim:
            why = f"”{done[0]}” står i texten och dokumentet gäller bara en del av perioden"
        elif evidence and STILL_TO_COME.search(evidence):
            why = f"”{done[0]}” står i texten, och att resten kommer senare"
        else:
            why = f"”{done[0]}” står i texten, och att arbetet fortsätter"
        return ONGOING, UNSURE, why
    if done:
        return DONE, UNSURE, f"”{done[0]}” står i texten"
    return "", UNSURE, "texten säger inget om hur det gick"


def _done_once(promise, evidence):
    """(1, noun) when the report tells in the past tense that the thing the promise names was
    done once ("Under året har ett förebyggande narkotikasök med hund genomförts" under "Att
    genomföra narkotikasök med hund i grundskolan"), else (None, ""). "En" and "ett" are read
    as one only before a noun of the promise itself, so "en rad insatser" counts nothing."""
    wanted = stems(promise)
    for sentence in _sentences(evidence):
        if not DONE_VERB.search(sentence) or DUTY.search(sentence):
            continue
        for m in re.finditer(r"\b(?:ett|en)\s+", sentence, re.IGNORECASE):
            following = re.findall(r"[a-zåäö]+", sentence[m.end() :].lower())[:3]
            for index, word in enumerate(following):
                if len(word) >= 4 and stem(word) in wanted:
                    return 1, word
                if not word.endswith(("e", "a", "t")) or index == 2:
                    break
    return None, ""


def _item(promise, evidence, line, interim):
    status, confidence, why = _status_of(promise, evidence, interim)
    achieved, unit, planned, rate = None, "", None, None
    # What was done is told under the promise; a count in the promise itself ("Polisen lovar
    # minst fyra vandringar") is the target, read only when the text under it has none.
    # A count of offences reported or of how crime rose ("rapporterat 110 olovliga körningar",
    # "har ökat från 250 till 320") tells an outcome, not the deed promised; it is read only
    # when no other sentence counts something done.
    outcome = None
    for sentence in _sentences(f"{evidence}. {promise}" if evidence else promise):
        if achieved is None:
            counted = count_in(sentence)
            if counted[0] is not None and OUTCOME.search(sentence):
                outcome = outcome or counted
            else:
                achieved, unit, planned = counted
        rate = rate or rate_in(sentence)
    if achieved is None and outcome is not None:
        achieved, unit, planned = outcome
    if achieved is None and evidence and promise:
        achieved, unit = _done_once(promise, evidence)
    if planned is not None and confidence == UNSURE:
        why = f"{achieved} av {planned} planerade"
        if achieved >= planned:
            status, confidence = DONE, SURE
        elif interim:
            # Part of the count in part of the time: the work goes on.
            status = ONGOING
            why += " och dokumentet gäller bara en del av perioden"
        else:
            status, confidence = PARTLY, SURE
    return FoundStatus(
        promise=promise.rstrip(":"),
        status=status,
        achieved_count=achieved,
        evidence=evidence or promise,
        line=line,
        confidence=confidence,
        why=why,
        unit=unit,
        planned=planned,
        rate=rate,
        interim=interim,
    )


def _labelled_items(block, before, interim):
    """Items of a block where each promise is followed by a line "Status: …"; the promise is
    the lines since the last verdict, or the block before when the verdict opens the block."""
    items, promise_lines = [], []
    for offset, line in enumerate(block.lines):
        m = STATUS_LINE.match(line)
        if not m:
            promise_lines.append(line.strip())
            continue
        promise = " ".join(promise_lines) or (before.text if before is not None else "")
        verdict = m[1].strip()
        if promise:
            item = _item(verdict, "", block.start + offset, interim)
            if not item.status:
                item = _item(promise, verdict, block.start + offset, interim)
            item.promise = promise.rstrip(":")
            item.evidence = verdict
            item.line = block.start + offset - len(promise_lines)
            items.append(item)
        promise_lines = []
    return items


def _is_frame(heading):
    # "Vad lovade vi?", "Vad har gjorts?": a question heads the part of the page that answers
    # it; it names no promise.
    return bool(FRAME.search(heading)) or heading.endswith((":", "?"))


def document_period(cleaned):
    """(start, end) the follow-up states, or None: "maj-juli 2018", "Detta har polisen gjort
    2018"."""
    blocks = structure.blocks_of(cleaned)
    found, _until = find_period(blocks, structure.is_heading)
    if found and all(found.value):
        return _date_of(found.value[0]), _date_of(found.value[1], end=True)
    m = re.search(
        r"\b(?:gjort|genomfört|arbetat|uppfyllt|resultat|uppföljning\w*)\s+(?:under\s+|för\s+)?"
        r"((?:19|20)\d\d)\b",
        cleaned,
        re.IGNORECASE,
    )
    if m:
        start, end = parse_period(f"under {m[1]}")
        return _date_of(start), _date_of(end, end=True)
    return None


def _is_interim(period):
    """Whether a stated period is only part of a calendar year ("maj–juli 2018")."""
    if period is None:
        return False
    start, end = period
    return (end - start).days < 360


@dataclass
class _Topic:
    """A restated promise (a heading or a sentence) and the paragraphs under it."""

    text: str
    start: int
    wording: list = field(default_factory=list)  # the promise's own words under its heading
    paragraphs: list = field(default_factory=list)  # what the text says was done

    def promise(self):
        if not self.wording:
            return self.text
        return f"{self.text.rstrip(':')}: {' '.join(self.wording)}"


def _restated_promise(paragraph):
    """(the sentences that restate a promise, the rest) of a paragraph that opens with a
    promise in the future or as a duty ("Polisen ska genomföra trafikkontroller. Hög
    hastighet ska också vara i fokus."), or None. The rest starts at the first sentence that
    reports something done."""
    sentences = _sentences(paragraph)
    if paragraph.rstrip().endswith("?"):
        return None  # "Vad lovade vi?": a question over the promises, not one of them
    if RESTATED_PROMISE.match(paragraph) and len(sentences) == 1:
        return paragraph, ""  # "Polisen och kommunen lovar att …" on its own
    if (
        len(_sentences(SIDE_TAG.sub(".", paragraph))) == 1
        and (SIDE_TAG.search(paragraph) or LEADING_TARGET.match(paragraph))
        and not _reports(paragraph)
    ):
        # "Minst två narkotikainsatser mot unga. (Polis)" on its own: a promise named by what
        # it asks for, tagged with the side that carries it.
        return paragraph, ""
    if (
        not sentences
        or not (PROMISE_FORM.match(sentences[0]) or FOCUS_STATEMENT.match(sentences[0]))
        or _reports(sentences[0])
    ):
        return None
    for index, sentence in enumerate(sentences):
        if _reports(sentence):
            return " ".join(sentences[:index]), " ".join(sentences[index:])
    return paragraph, ""


def _promise_form(line):
    """Whether a line words a promise (a duty, a future, an infinitive) rather than names a
    topic ("Drogförebyggande")."""
    return bool(
        PROMISE_FORM.match(line)
        or FOCUS_STATEMENT.match(line)
        or INFINITIVE_OPENING.match(line)
        or DUTY.search(line)
    )


def _leads_restated_list(blocks, index, seen):
    """Whether the paragraph at `index`, before anything is read, leads the list right after
    it, two or more items that each restate a promise."""
    after = blocks[index + 1] if index + 1 < len(blocks) else None
    if seen or after is None or not structure.is_bullets(after):
        return False
    items = _report_items(after)
    return len(items) >= 2 and all(_restates(item) for _, item in items)


def _lone_restated_item(blocks, index):
    """(line, item) of a list of one item that restates a promise ("1. Polisen kommer vid minst
    30 kvällar att vara närvarande i centrum.") with its own account in the paragraph right
    after it ("Åtgärden är genomförd."), or None: the page numbers its promises one by one,
    each above what was done for it."""
    items = _report_items(blocks[index])
    after = blocks[index + 1] if index + 1 < len(blocks) else None
    if len(items) != 1 or after is None or structure.is_bullets(after):
        return None
    item = items[0][1]
    if not _worded_promise(item) or any(p.search(item) for _, p in STATUS_WORDS):
        return None
    if structure.is_heading(after):
        return items[0] if RESULT_LABEL.match(after.text) else None
    return items[0] if _reports(after.text) else None


def _reports(sentence):
    return bool(
        DONE_VERB.search(sentence)
        or any(p.search(sentence) for _, p in STATUS_WORDS)
        or count_in(sentence)[0] is not None
    )


def _report_items(block):
    """[(line, text)] of a bulleted block, where a bullet that stands further right than the
    first one ("  - Inköp av reflexer" under "• Informationsinsatser har gjorts:") is part of
    the item above it, not an item of its own."""
    items, base = [], None
    for offset, line in enumerate(block.lines):
        m = structure.BULLET.match(line)
        indent = len(line) - len(line.lstrip())
        if m and (base is None or indent <= base or not items):
            base = indent if base is None else base
            items.append([block.start + offset, m[1].strip()])
        elif items:
            items[-1][1] += " " + (m[1] if m else line).strip()
    return [(line, structure.squeeze(item)) for line, item in items]


def _chrome_headings(blocks):
    """Indexes of the headings that belong to the site rather than the document: its menu
    and contact lines ("Kontakta oss", "Telefon:", an address over opening hours)."""
    chrome = set()
    for index, block in enumerate(blocks):
        if not structure.is_heading(block):
            continue
        after = blocks[index + 1].text if index + 1 < len(blocks) else ""
        if CHROME_HEADING.match(block.text) or CONTACT_DATA.search(f"{block.text}\n{after}"):
            chrome.add(index)
    return chrome


def _tells_deed(item):
    return bool(DONE_VERB.search(item) or any(p.search(item) for _, p in STATUS_WORDS))


# "ska minst en gång per år informera", "kommer att genomföras": a verb under a duty or in
# the future restates a promise rather than tells a deed; so does the duty told in the past,
# "Kommunen skulle anordna två trygghetsvandringar".
# "Polisen kommer vid minst 30 kvällar att …": an adverbial may stand between "kommer" and "att".
DUTY = re.compile(
    r"\b(?:ska|skall|skulle|kommer\s+(?:[\wåäö\-]+,?\s+){0,8}?att|lovar|lovade|åtar\s+sig)\b",
    re.IGNORECASE,
)
# "… med fokus på hastighet. (Polis)", "(Kommun och polis)": a side named in brackets at the end
# of a line tags the promise that side carries.
# The same name may stand bare after the item's last full stop: "… under året. Polis".
SIDE_NAME = (
    r"(?:(?:polis(?:en)?|kommun(?:en)?|gemensamt|båda)(?:\s*(?:,|och|&|/)\s*|\s+))*"
    r"(?:polis(?:en)?|kommun(?:en)?|gemensamt|båda)"
)
SIDE_TAG = re.compile(rf"\({SIDE_NAME}\)\W*$|[.!]\s+{SIDE_NAME}\s*$", re.IGNORECASE)
# "Kommunen och Polisen kommer vid två tillfällen … finnas i centrum": "kommer" right after a
# short subject tells the future, also where the page left out its "att".
COMING = re.compile(r"^[A-ZÅÄÖ][\wåäö]*(?:\s+[\wåäö]+){0,4}?\s+kommer\b")
# "Minst 20 trafikkontroller med fokus på hastighet": a count the promise asks for, opening a
# line with no verb of its own.
LEADING_TARGET = re.compile(r"^(?:minst|som\s+minst|högst|max(?:imalt)?)\s+\S+\s+[a-zåäö]", re.I)


# "Att genomföra riktade insatser …", "Genomföra insatser och prioritera lagföring": an item
# that opens with an infinitive names what was to be done, whatever verbs follow it.
INFINITIVES = (
    r"(?:genomföra|utföra|hålla|göra|arbeta|"
    r"fortsätta|öka|minska|verka|utveckla|stärka|skapa|starta|delta|träffa|anordna|upprätta|"
    r"utbilda|åtgärda|besöka|informera|erbjuda|sprida|införa|förebygga|förhindra|motverka|"
    r"\w{3,}era)\b"
)
INFINITIVE_OPENING = re.compile(
    r"^(?:att\s+)?(?:aktivt\s+|fortsatt\s+|även\s+)?"
    + INFINITIVES
    # "Utifrån underrättelse och problembild genomföra riktade insatser …": the infinitive
    # after an opening adverbial.
    + r"|^(?:utifrån|genom|med\s+hjälp\s+av|inom|vid)\s+(?:[\wåäö]+\s+){1,4}?"
    + INFINITIVES,
    re.IGNORECASE,
)


def _restates(item):
    """Whether a list item restates a promise: it tells no deed, or only under a duty, or it
    opens with an infinitive."""
    return not _tells_deed(item) or bool(DUTY.search(item)) or bool(INFINITIVE_OPENING.match(item))


def _deeds_after(blocks, index):
    """The index of a list telling what was done that follows the list of promises at `index`
    (a lead-in such as "Exempel på arbete som har genomförts:" may stand between), or None.
    The promises tell no deed of their own; most of the later list's items do, and there are
    no more of them than promises."""
    items = [item for _, item in _report_items(blocks[index])]
    if len(items) < 2 or not all(_restates(item) for item in items):
        return None
    at = index + 1
    if (
        at < len(blocks)
        and not structure.is_bullets(blocks[at])
        and (blocks[at].text.endswith(":") or RESULT_LABEL.match(blocks[at].text))
    ):
        at += 1
    if at >= len(blocks) or not structure.is_bullets(blocks[at]):
        return None
    deeds = [item for _, item in _report_items(blocks[at])]
    if sum(_tells_deed(item) for item in deeds) * 2 < len(deeds):
        return None
    # More deeds than promises: the first list only names the areas ("De fokusområden som
    # pekades ut var:") and each deed is an item of the report's own; unless each item of the
    # first list words a promise (a count asked for, a side tagged, a duty, an infinitive).
    if len(deeds) > len(items) and not all(_worded_promise(item) for item in items):
        return None
    return at


def _worded_promise(item):
    """Whether a list item words a promise by its form: "Minst 4 insatser …", "… (Polis)", "ska
    …", "kommer att …", "Genomföra …"."""
    return bool(
        LEADING_TARGET.match(item)
        or SIDE_TAG.search(item)
        or DUTY.search(item)
        or COMING.match(item)
        or INFINITIVE_OPENING.match(item)
    )


def _closeness(promises, reports):
    """[[score]] of each report (a deed, a paragraph) against each restated promise: the share
    of telling words they have in common, either way round (a promise restated with a
    sentence of explanation shares only a few of its words with the short deed that answers
    it), words rare on the page counting more."""
    promise_stems = [stems(text_) for text_ in promises]
    report_stems = [stems(text_) for text_ in reports]
    frequency = {}
    for group in promise_stems + report_stems:
        for s in group:
            frequency[s] = frequency.get(s, 0) + 1

    def weight(s):
        return math.log((len(promises) + len(reports) + 1) / (frequency.get(s, 0) + 0.5))

    return [
        [max(_similarity(r, p, weight), _similarity(p, r, weight)) for p in promise_stems]
        for r in report_stems
    ]


def _best_promise(row):
    """The index of the promise a report's scores point to, or None when none is close."""
    best = max(range(len(row)), key=lambda j: row[j], default=None)
    return best if best is not None and row[best] >= THRESHOLD else None


def _paired_items(promises_block, deeds_block, interim):
    """One item per restated promise that a deed tells of. Each deed goes to the promise it
    shares the most telling words with; a promise no deed went to takes the deed closest to
    it, if any is close enough. A promise with no deed near it is left out: the page says
    nothing of it."""
    promises = _report_items(promises_block)
    deeds = [item for _, item in _report_items(deeds_block)]
    scores = _closeness([item for _, item in promises], deeds)
    told = [[] for _ in promises]
    for d, row in enumerate(scores):
        best = _best_promise(row)
        if best is not None:
            told[best].append(d)
    for j in range(len(promises)):
        if not told[j]:
            best = max(range(len(deeds)), key=lambda d: scores[d][j])
            if scores[best][j] >= THRESHOLD:
                told[j].append(best)
    items = []
    for (line, promise), ds in zip(promises, told, strict=True):
        if not ds:
            continue
        evidence = " ".join(structure.squeeze(deeds[d]).rstrip(".") + "." for d in sorted(ds))
        item = _item("", evidence, line, interim)
        item.promise = promise.rstrip(":")
        if item.achieved_count is None:
            item.achieved_count, item.unit = _done_once(promise, evidence)
        if not item.status:
            # "Drygt 200 tillsyner på platserna": an item of the list of what was done that
            # names the deed without a verb; the list tells it done, and its count is the count.
            item.status, item.why = (ONGOING if interim else DONE), "listan över det som gjorts"
            counted = [m for d in ds if (m := NAMED_COUNT.match(structure.squeeze(deeds[d])))]
            if item.achieved_count is None and len(counted) == 1:
                item.achieved_count, item.unit = _number(counted[0][1]), counted[0][2].lower()
        items.append(item)
    return items


def _glued_heading(block):
    """(heading, rest) of a paragraph whose first line is a short heading of its own ("Motorburen
    ungdom") above sentences that begin on the next line, or None."""
    if structure.is_heading(block) or structure.is_bullets(block) or len(block.lines) < 2:
        return None
    if any(STATUS_LINE.match(line) for line in block.lines[1:]):
        return None  # "Nattöppen fritidsgård" over "Status: Påbörjad.": a promise and its verdict
    first, rest = block.lines[0].strip(), " ".join(ln.strip() for ln in block.lines[1:])
    words_ = first.split()
    if (
        not 0 < len(words_) <= 5
        or not first[0].isupper()
        or first.endswith((".", ",", ";", ":", "!", "?"))
        or words_[-1].lower() in STOP
        or CONTACT_DATA.search(first)
        or _tells_deed(first)
        or not rest[:1].isupper()
        or not re.search(r"[.!?]", rest)
    ):
        return None
    return first, rest


def read_followup(raw):
    """Every restated promise with a status found in a follow-up document, in document order.

    Three shapes are read: a short heading with paragraphs under it ("Trafiksäkerhet" and what
    was done), bullets under a lead-in ("Detta har polisen gjort 2018:"), and, in running text,
    sentences that report a count of something done ("drygt sextio fotpatruller genomfördes").
    Where the page first restates the promises as a list, what it reports further down (a list
    of deeds, or paragraphs under headings of its own) goes with the promise it tells of, and
    the item carries the promise as restated.
    """
    cleaned = text.clean(raw)
    blocks = structure.blocks_of(cleaned)
    interim = _is_interim(document_period(cleaned)) or bool(
        PART_OF_PERIOD.search(cleaned) and not LAST_PART_OF_YEAR.search(cleaned)
    )
    found = []
    topic = None  # a _Topic waiting for its text
    framed = True  # no topic heading yet, or the last heading framed the document
    about = False  # under a heading "Om …", the publisher's presentation of itself
    # Promises told in the past tense in running text ("I sitt första medborgarlöfte lovade
    # polisen att …. Polisen lovade också att …"), and the sentences after them that report.
    told_before, reported = [], []

    promises = []  # [(line, text)]: the promises the page restates before it reports
    told = {}  # index in `promises`: [paragraphs that tell what was done for it]

    def close_topic():
        nonlocal topic
        if topic is not None and promises and topic.paragraphs:
            # Under a heading of the report's own ("Brottsförebyggande arbete"), each paragraph
            # goes with the restated promise it tells of; the rest stays with the heading.
            scores = _closeness([text_ for _, text_ in promises], topic.paragraphs)
            rest = []
            for paragraph, row in zip(topic.paragraphs, scores, strict=True):
                best = _best_promise(row)
                if best is None:
                    rest.append(paragraph)
                else:
                    told.setdefault(best, []).append(paragraph)
            topic.paragraphs = rest
            heading = topic.promise()
            if rest and not topic.wording and not _promise_form(heading):
                # "Drogförebyggande" over what was done: a heading of the report's own, not a
                # promise; it tells of the restated promise its name is closest to, if any.
                best = _best_promise(_closeness([t for _, t in promises], [heading])[0])
                if best is not None:
                    told.setdefault(best, []).extend(rest)
                rest = []
            if not rest:
                topic = None
        if topic is not None:
            promise, evidence = topic.promise(), " ".join(topic.paragraphs)
            if evidence and (
                DONE_VERB.search(evidence) or any(p.search(evidence) for _, p in STATUS_WORDS)
            ):
                item = _item(promise, evidence, topic.start, interim)
                item = _mixed(item, topic.paragraphs)
                # "Löftet är att minst två möten ska hållas": the text's own wording of the
                # promise goes with the heading's short name for it.
                wording = next((s for s in _sentences(evidence) if PROMISE_WORDING.search(s)), None)
                if wording:
                    item.promise = f"{item.promise}: {wording}"
                found.append(item)
            elif evidence:
                # Text under the promise that tells nothing done (only figures on crime, say).
                found.append(
                    FoundStatus(
                        promise=promise.rstrip(":"),
                        status=CANNOT_ASSESS,
                        achieved_count=None,
                        evidence=evidence,
                        line=topic.start,
                        confidence=UNSURE,
                        why="texten under löftet säger inget om vad som gjorts",
                        interim=interim,
                    )
                )
        topic = None

    chrome = _chrome_headings(blocks)
    # The page's title frames the document: its first heading that is not the site's own.
    title = next(
        (i for i, b in enumerate(blocks) if structure.is_heading(b) and i not in chrome), None
    )
    paired = set()  # lists of what was done, already read with the promises they follow
    for index, block in enumerate(blocks):
        if structure.is_quote(block) or index in paired:
            continue  # "– Det är glädjande …, säger X": a quote, not a report
        if index in chrome:
            close_topic()
            framed = True
            continue
        lone = _lone_restated_item(blocks, index) if structure.is_bullets(block) else None
        if lone is not None:
            # "2. Polisen kommer vid minst 30 kvällar att …" over "Åtgärden är genomförd.": a
            # numbered promise heading its own account.
            close_topic()
            topic, framed = _Topic(lone[1], lone[0]), False
            continue
        if structure.is_bullets(block) and (topic is None or not topic.paragraphs):
            deeds_at = _deeds_after(blocks, index)
            if deeds_at is not None:
                # "Inriktning" over the promises restated, then "Exempel på arbete som har
                # genomförts:" over what was done: each deed goes with its promise.
                topic = None
                found.extend(_paired_items(block, blocks[deeds_at], interim))
                paired.add(deeds_at)
                framed = True
                continue
            items = _report_items(block)
            if (
                not found
                and not told
                and len(items) >= (2 if not promises else 1)
                and all(_restates(item) for _, item in items)
            ):
                # "I medborgarlöftet för 2022 lovade polisen och kommunen att …" over the
                # promises, and the report under headings of its own further down. The
                # promises may come in several lists, one per side ("Polisens del i
                # löftet:", "Kommunens del i löftet:"), before anything is reported.
                promises, topic, framed = promises + items, None, True
                continue
        glued = _glued_heading(block)
        if glued is not None:
            # "Motorburen ungdom" on the first line of the paragraph that tells what was done
            # for it: a heading the page lost its line break after.
            close_topic()
            heading, rest = glued
            topic, framed = _Topic(heading, block.start), False
            topic.paragraphs.append(rest)
            continue
        if not structure.is_bullets(block) and any(STATUS_LINE.match(ln) for ln in block.lines):
            close_topic()
            before = blocks[index - 1] if index else None
            # A heading just before a verdict that opens the block is that verdict's promise
            # (close_topic left it, having no text of its own).
            found.extend(_labelled_items(block, before, interim))
            framed = True
            continue
        if structure.is_heading(block) and RESULT_LABEL.match(block.text) and topic is not None:
            # "Resultat" under a promise: what came before it words the promise, what
            # follows tells what was done.
            topic.wording.extend(topic.paragraphs)
            topic.paragraphs = []
            continue
        if not structure.is_heading(block) and not structure.is_bullets(block):
            sentences = _sentences(block.text)
            if (
                len(sentences) >= 2
                and not promises
                and all(
                    PAST_PROMISE_SENTENCE.search(x) and not _tells_outcome(x) for x in sentences
                )
            ):
                # "Polisen lovade bland annat ökad närvaro …. Polisen lovade även att …": each
                # sentence tells a promise of its own; what the page reports below tells of them.
                close_topic()
                told_before.extend((block.start, x) for x in sentences)
                framed = True
                continue
            restated = _restated_promise(block.text)
            if restated is not None and _leads_restated_list(blocks, index, promises or found):
                # "I medborgarlöftet för 2020 lovade polisen och kommunen att särskilt fokusera
                # på …" over a list of the promises themselves: the lead-in, not a promise.
                close_topic()
                framed = True
                continue
            if restated is not None and promises and not found and not told and topic is None:
                # "1. Ungdomsproblematik 2. Trafiksäkerhet" restated as a list, then
                # "Trafiksäkerhetsarbetet ska fokuseras på …" before anything is reported: what
                # the listed promises are about, not a promise of its own.
                framed = True
                continue
            if restated is not None:
                wording, rest = restated
                if topic is not None and not topic.paragraphs:
                    # The promise worded under its heading: "Trafik" over "Polisen ska …".
                    topic.wording.append(wording)
                else:
                    close_topic()
                    topic, framed = _Topic(wording, block.start), False
                if rest:
                    topic.paragraphs.append(rest)
                continue
        if (
            structure.is_heading(block)
            and topic is not None
            and not topic.paragraphs
            and (
                DEEDS_LABEL.match(block.text)
                or (DONE_LABEL.match(block.text) and (topic.wording or _promise_form(topic.text)))
            )
        ):
            # "Polisen och kommunen lovade 2019 att …" over "Polisens insatser:" and
            # "Kommunens insatser:": the lists under the lead-ins tell what was done for the
            # one promise restated above them.
            topic.paragraphs.append(block.text)
            continue
        if structure.is_heading(block) and block.text.endswith(":") and topic and topic.paragraphs:
            # "Övervakningen har bl.a. lett till följande:" under what was done: the list
            # after it tells more of the same.
            topic.paragraphs.append(block.text)
            continue
        if (
            structure.is_heading(block)
            and topic is not None
            and not topic.paragraphs
            and not RESULT_LABEL.match(block.text)
            and _reports(block.text)
        ):
            # "Polisen har haft tät kontakt med skolan" on a short line of its own under a
            # restated promise: what was done, not the next promise's heading.
            topic.paragraphs.append(block.text)
            continue
        if structure.is_heading(block) and ABOUT.match(block.text):
            close_topic()
            about = True  # "Om Vara kommun": the publisher's own presentation follows
            continue
        if about and not structure.is_heading(block):
            continue
        about = False
        if structure.is_heading(block):
            close_topic()
            # The page's title frames the document ("Trygghet i trafik" over all of it).
            if index in (0, title) or _is_frame(block.text):
                framed = True
            else:
                topic, framed = _Topic(block.text, block.start), False
            continue
        if structure.is_bullets(block):
            items = _report_items(block)
            if topic is not None:
                topic.paragraphs.extend(item for _, item in items)
                continue
            if promises and len(items) <= len(promises):
                # "POLISENS UPPFÖLJNING" over a list of deeds after the restated promises:
                # each deed goes with the promise it tells of. (More deeds than promises:
                # the first list only named the areas, as in _deeds_after.)
                deeds = [(line, item) for line, item in items if _tells_deed(item)]
                scores = _closeness([text_ for _, text_ in promises], [i for _, i in deeds])
                unpaired = []
                for (line, item), row in zip(deeds, scores, strict=True):
                    best = _best_promise(row)
                    if best is None:
                        unpaired.append((line, item))
                    else:
                        told.setdefault(best, []).append(item)
                found.extend(_item(item, "", line, interim) for line, item in unpaired)
                continue
            before = blocks[index - 1] if index else None
            # "Under 2020 har polisen och kommunen bland annat:" over "• Varit mer aktiv med
            # trafikkontroller": the lead-in's "har" tells each item done.
            led = (
                before is not None
                and before.text.endswith(":")
                and (DONE_LEAD_IN.search(before.text) or HAS_DONE.search(before.text))
                and not PROMISING_WORDS.search(before.text)
            )
            for line, item in items:
                if DONE_VERB.search(item) or any(p.search(item) for _, p in STATUS_WORDS):
                    found.append(_item(item, "", line, interim))
                elif led:
                    found.append(
                        FoundStatus(
                            promise=item.rstrip(":"),
                            status=ONGOING if interim else DONE,
                            achieved_count=count_in(item)[0],
                            evidence=item,
                            line=line,
                            confidence=UNSURE,
                            why=f"inledningen ”{before.text[:60]}” säger att det gjorts",
                            interim=interim,
                        )
                    )
            continue
        if topic is not None:
            topic.paragraphs.append(block.text)
            continue
        if framed:
            # Running text: each sentence that counts something done is one item.
            from_block = []
            sentences = _sentences(block.text)
            if promises and not PROMISING_WORDS.search(block.text):
                # After the promises restated as a list, a paragraph that reports ("Polisen
                # har patrullerat vid busstationen … Informationen har inte genomförts."):
                # each sentence that tells a deed goes with the promise it tells of.
                scores = _closeness([text_ for _, text_ in promises], sentences)
                rest = []
                for sentence, row in zip(sentences, scores, strict=True):
                    best = _best_promise(row) if _tells_deed(sentence) else None
                    if best is None:
                        rest.append(sentence)
                    else:
                        told.setdefault(best, []).append(sentence)
                sentences = rest
            for sentence in sentences:
                if PAST_PROMISE_SENTENCE.search(sentence) and not _tells_outcome(sentence):
                    told_before.append((block.start, sentence))
                    continue
                if told_before and (_reports(sentence) or REPORTING_WORDS.search(sentence)):
                    reported.append(sentence)
                if from_block and POINTS_BACK.match(sentence):
                    continue
                count, _unit, _planned = count_in(sentence)
                if count is not None and not PROMISING_WORDS.search(sentence):
                    from_block.append(_item(sentence, "", block.start, interim))
            found.extend(from_block)
    close_topic()
    if told_before and not promises and all(f.line > told_before[-1][0] for f in found):
        # What the page reports under headings of its own after the promises told in the past
        # ("Polisen har under året gjort en rad insatser", "Annat trygghetsskapande") tells of
        # them, as running text does.
        for item in found:
            reported.extend(_sentences(item.evidence))
        found = _running_items(told_before, reported, interim)
    unpaired, reported_on = bool(found), set()
    for j, paragraphs in told.items():
        evidence = " ".join(paragraphs)
        if _tells_deed(evidence):
            reported_on.add(j)
            item = _item("", evidence, promises[j][0], interim)
            item.promise = promises[j][1].rstrip(":")
            if (
                len(paragraphs) > 1
                and not re.search(NUMBER, item.promise, re.IGNORECASE)
                and any(count_in(paragraph)[0] is None for paragraph in paragraphs)
            ):
                # "Ungdomsproblematik" over "narkotikasök på två skolor", "fyra
                # informationsträffar", …: under a promise naming no number, deeds of which
                # some count nothing; a count is one deed's, not the promise's.
                item.achieved_count, item.unit, item.planned = None, "", None
            if item.achieved_count is None:
                item.achieved_count, item.unit = _done_once(item.promise, evidence)
            found.append(item)
    if promises and not unpaired:
        # The promises restated and nothing told of some, but a verdict on the whole pledge
        # ("har polisen genomfört insatser för att uppfylla medborgarlöftet"): it holds for each
        # of those.
        whole = next((s for b in blocks for s in _sentences(b.text) if WHOLE_DONE.search(s)), None)
        if whole:
            for line, promise in (p for j, p in enumerate(promises) if j not in reported_on):
                found.append(
                    FoundStatus(
                        promise=promise.rstrip(":"),
                        status=ONGOING if interim or WHOLE_GOING_ON.search(whole) else DONE,
                        achieved_count=None,
                        evidence=whole,
                        line=line,
                        confidence=UNSURE,
                        why=f"texten säger om hela löftet: ”{whole[:60]}”",
                        interim=interim,
                    )
                )
    found.sort(key=lambda item: item.line)
    return found


def _tells_outcome(sentence):
    """Whether a sentence that tells a promise in the past tense also tells what came of it:
    a verb in the perfect ("har genomfört"), a word of status. Its infinitives ("lovade att
    man skulle patrullera") tell the promise."""
    return bool(
        re.search(
            r"\b(?:har|hade)\s+(?:\w+\s+){0,4}?(?!lovat\b)\w{3,}(?:ats|its|tts|ts|at|it|tt)\b",
            sentence,
            re.IGNORECASE,
        )
        or any(p.search(sentence) for _, p in STATUS_WORDS)
    )


def _running_items(told_before, reported, interim):
    """One item per promise told in the past tense in running text. Each later sentence that
    reports goes with the promises it shares telling words with, or with all of them when it
    names none ("En uppföljning visar att polisen till 90 procent lyckats uppfylla löftet …").
    A promise no sentence tells of is left out."""
    promises = [sentence for _, sentence in told_before]
    evidence = [[] for _ in promises]
    for sentence, row in zip(reported, _closeness(promises, reported), strict=True):
        close = [j for j, score in enumerate(row) if score >= THRESHOLD]
        for j in close or range(len(promises)):
            evidence[j].append(sentence)
    items = []
    for (line, promise), sentences in zip(told_before, evidence, strict=True):
        if sentences:
            item = _item("", " ".join(sentences), line, interim)
            item.promise = promise
            if not re.search(NUMBER, promise, re.IGNORECASE):
                # A promise of no number ("ökad närvaro") has no count to reach; the figures a
                # news text gives ("cirka 300 bilister har stoppats") tell outcomes.
                item.achieved_count, item.unit = None, ""
            items.append(item)
    return items


def _mixed(item, paragraphs):
    """A topic whose paragraphs or bullets tell of several deeds, one of them not done or not
    started ("Arbetet med trygghetsvandringar har inte kommit igång") and another one told
    without a negation: the promise is partly kept. A paragraph that points back ("Den var
    planerad till maj") or restates a duty tells nothing of its own."""
    if item.status not in (NOT_DONE, NOT_STARTED) or len(paragraphs) < 2:
        return item
    negative = dict(STATUS_WORDS)
    other = [
        p
        for p in paragraphs
        if not negative[NOT_DONE].search(p)
        and not negative[NOT_STARTED].search(p)
        and not POINTS_BACK.match(p)
        and not DUTY.search(p)
        and not p.endswith(":")
    ]
    if other:
        item.status, item.confidence = PARTLY, UNSURE
        item.why = "ett av det som räknas upp gjordes inte, det andra gjordes"
    return item


def _situation_told(blocks):
    """The ids of the blocks under a heading over the situation the pledge answers ("Gemensam
    lägesbild", "Bakgrund"), up to the next heading: they tell how the pledge came about."""
    told, under = set(), False
    for block in blocks:
        if structure.is_heading(block):
            under = bool(SITUATION_HEADING.match(block.text.strip().rstrip(":")))
        elif under:
            told.add(id(block))
    return told


def _report_heading(blocks):
    """A heading that names a report ("Uppföljning juni-augusti") above the first list and
    before any promise: the title of a page whose top is the site's own menu and contact
    lines. One after a list or a promise is last period's report on a pledge page."""
    for block in blocks:
        if structure.is_bullets(block) or PROMISING_WORDS.search(block.text):
            return None
        if structure.is_heading(block) and TITLE_WORDS.search(block.text):
            return block.text
    return None


def _report_links(blocks):
    """Whether the top of the page lists reports: two short report titles one right after the
    other, with no text between them."""

    def title(block):
        return bool(
            TITLE_WORDS.search(block.text)
            and len(block.lines) <= 2
            and not block.text.endswith(".")
        )

    top = blocks[:6]
    return any(title(a) and title(b) for a, b in zip(top, top[1:], strict=False))


YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _late_report(blocks):
    """The heading of a report section ("Uppföljning av medborgarlöfte för 2017") over a
    paragraph that tells the promise in the past tense ("… lovade att under 2017 …"), on a page
    that names no later year above it: the page was rewritten after its year to report on it.
    A report on an earlier year beside a later pledge ("Uppföljning 2021-2022" on the page of
    the 2023-2024 pledge) is not."""
    for index in range(1, len(blocks) - 1):
        block = blocks[index]
        if not structure.is_heading(block) or not TITLE_WORDS.search(block.text):
            continue
        years = [int(y) for y in YEAR.findall(block.text)]
        after = blocks[index + 1]
        if not years or structure.is_heading(after) or not PAST_PROMISE.search(after.text):
            continue
        above = [int(y) for b in blocks[:index] for y in YEAR.findall(b.text)]
        if max(above, default=0) <= max(years):
            return block.text
    return None


# "nästa medborgarlöfte", "ett nytt löfte", "kommande medborgarlöften": a pledge still to be made.
NEXT_PLEDGE = re.compile(r"\b(?:ny|nytt|nya|nästa|kommande)\s+(?:medborgar)?löfte\w*", re.I)


def _gives_own_promise(block):
    """Whether the block gives a promise of the page's own: "Under våren ska kommunen och
    polisen presentera ett nytt medborgarlöfte" tells what comes after the pledge reported on,
    as a report's outlook does, and gives none; so do the sentences after it in its paragraph
    ("Tanken är att nästa löfte ska … Vi kommer att ha en ny dialog …")."""
    for sentence in kind_rules._sentences(block):
        if NEXT_PLEDGE.search(sentence):
            return False
        if kind_rules.gives_promise(sentence):
            return True
    return False


def is_followup(raw):
    """(True, why) when the text reports what was done rather than promises it, else
    (False, why); `why` is in Swedish, for the person importing."""
    cleaned = text.clean(raw)
    blocks = structure.blocks_of(cleaned)
    if not blocks:
        return False, "Texten är tom."
    # The page's background and last period's report beside its own promises tell of an
    # earlier time: what they report was done does not make the page a report.
    earlier = kind_rules.earlier_blocks(blocks, structure.is_heading)
    if earlier and not any(_gives_own_promise(b) for b in blocks):
        # Only the next pledge is promised ("Under våren ska ett nytt medborgarlöfte tas
        # fram"): the page gives none of its own, so none of it is an earlier time.
        earlier = set()
    # The pledge reader's own verdict: a title like "Uppföljning medborgarlöfte 2021-2022" or
    # "Kvartalsrapport lokala medborgarlöften", or two lines that count what was done.
    kind = read_kind(blocks, structure.is_heading, earlier)
    # "Återkoppling … för år 2019" right above "Uppföljning … maj-augusti 2019" at the top: the
    # page lists its reports (links), and is itself the pledge below them.
    links = _report_links(blocks)
    if kind.value == "followup" and not links:
        return True, f"Det här ser ut som en uppföljning: ”{kind.quote[:80]}”."
    late = _late_report(blocks)
    if late and not links:
        return True, (
            f"Det här ser ut som en uppföljning: rubriken ”{late[:80]}” över löftet i dåtid, "
            "och sidan nämner inget senare år."
        )
    reasons, score = [], 0
    own = [b for i, b in enumerate(blocks) if i not in earlier]
    told = _situation_told(own)
    # A title is a line of its own ("Lägesrapport …"), not a sentence in a paragraph that
    # mentions a report ("Läs lägesrapporten för 2024 här.").
    title = next(
        (
            b.text
            for i, b in enumerate(blocks[:3])
            if i not in earlier
            and TITLE_WORDS.search(b.text)
            and (i == 0 or len(b.lines) == 1)
            and not b.text.endswith(".")
        ),
        None,
    )
    title = title or _report_heading(own)
    if title and not PROMISING_WORDS.search(title) and not links:
        score += 3
        reasons.append(f"rubriken ”{title[:80]}”")
    reporting = [m[0] for b in own for m in REPORTING_WORDS.finditer("\n".join(b.lines))]
    if reporting:
        score += min(len(reporting), 2) * 2
        reasons.append(f"orden ”{reporting[0]}”")
    # "Exempel på arbete som har genomförts …:" over a list: the list tells what was done.
    lead_ins = [
        b.text
        for b, after in zip(own, own[1:], strict=False)
        if b.text.endswith(":")
        and structure.is_bullets(after)
        and DONE_LEAD_IN.search(b.text)
        and not PROMISING_WORDS.search(b.text)
        and id(b) not in told
        and not SURVEY_ANSWERS.search(b.text)
    ]
    if lead_ins:
        score += 3
        reasons.append(f"inledningen ”{lead_ins[0][:80]}”")
    # "Resultat" as a heading of its own after the text of a promise, again and again.
    # A pledge's own section "Uppföljning" ("Uppföljning ska ske i samverkan …") says how it
    # will be followed up, not what came of it.
    labels = [
        b.text
        for before, b, after in zip(own, own[1:], own[2:] + [None], strict=False)
        if structure.is_heading(b)
        and RESULT_LABEL.match(b.text)
        and not structure.is_heading(before)
        and not (after is not None and DUTY.search((_sentences(after.text) or [""])[0]))
    ]
    if labels:
        score += min(len(labels), 2) * 3
        reasons.append(f"rubriken ”{labels[0]}” efter löftena")
    counted = []
    for block in (b for b in own if id(b) not in told):
        lines = (
            [item for _, item in structure.bullet_items(block)]
            if structure.is_bullets(block)
            else [block.text]
        )
        for sentence in (s for line in lines for s in _sentences(line)):
            if (
                count_in(sentence)[0] is not None
                and not PROMISING_WORDS.search(sentence)
                and not SURVEY_ANSWERS.search(sentence)
            ):
                counted.append(sentence)
    if counted:
        score += min(len(counted), 3)
        reasons.append(
            f"{len(counted)} meningar om hur många som gjorts (”{counted[0][:60]}”)"
            if len(counted) > 1
            else f"en mening om hur många som gjorts (”{counted[0][:60]}”)"
        )
    # "Polisen lovade att genomföra 20 trafikkontroller.", "Kommunen skulle anordna två
    # trygghetsvandringar.": a page that gives no promise of its own and tells its promises in
    # the past tense restates them to report on them ("Förra året skulle …" is background).
    if not any(_gives_own_promise(b) for b in blocks):
        restated = [
            sentence
            for b in own
            for sentence in _sentences(b.text)
            if RESTATED_PAST.search(sentence) and not kind_rules.EARLIER_PERIOD.search(sentence)
        ]
        if restated:
            score += min(len(restated), 2) * 2
            reasons.append(f"löftet återgivet i dåtid (”{restated[0][:60]}”)")
    # "I sitt första medborgarlöfte lovade polisen att man minst två gånger per vecka skulle
    # patrullera": a promise told in the past tense is restated by a report, not given.
    promising = [
        word
        for block in blocks
        for sentence in _sentences(block.text)
        # "Polisen kommer att fortsätta med kontrollerna": a report's outlook, no promise.
        if not PAST_PROMISE.search(sentence) and not kind_rules.GOES_ON.search(sentence)
        for word in PROMISING_WORDS.findall(sentence)
    ]
    penalty = min(len(promising), 4) * 2
    if score >= 4 and score > penalty:
        return True, "Det här ser ut som en uppföljning: " + ", ".join(reasons) + "."
    if promising:
        return False, f"Texten lovar (”{promising[0]}”) snarare än redovisar vad som gjorts."
    return False, "Texten redovisar inte vad som gjorts."


# Matching to the pledge's promises ------------------------------------------------------------

STOP = {
    "att",
    "och",
    "i",
    "en",
    "ett",
    "med",
    "för",
    "som",
    "av",
    "på",
    "till",
    "om",
    "ska",
    "har",
    "vi",
    "det",
    "den",
    "de",
    "är",
    "samt",
    "vid",
    "inom",
    "under",
    "minst",
    "varje",
    "per",
    "år",
    "året",
    "polisen",
    "kommunen",
    "kommunens",
    "polisens",
    "lovar",
    "genomföra",
    "genomfört",
    "genomförts",
    "genomfördes",
    "arbeta",
    "arbetat",
    "dessa",
    "detta",
    "också",
    "även",
    "mer",
    "fler",
    "alla",
    "andra",
    "utöver",
    "perioden",
    "månaderna",
}
SUFFIXES = sorted(
    [
        "arna",
        "erna",
        "orna",
        "ande",
        "ende",
        "else",
        "ens",
        "ets",
        "ar",
        "er",
        "or",
        "en",
        "et",
        "na",
        "a",
        "e",
        "n",
        "r",
        "s",
    ],
    key=len,
    reverse=True,
)
TOKEN = re.compile(r"[a-zåäöéü]+")


def stem(word):
    """A crude Swedish stem: plural and definite endings off, at least four letters kept."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def stems(text_):
    return {stem(w) for w in TOKEN.findall(text_.lower()) if w not in STOP and len(w) > 2}


def _close(a, b):
    """1 for the same stem, 0.7 when one is the start of the other (information ~
    informationskampanj, tillsyn ~ tillsyner), else 0."""
    if a == b:
        return 1.0
    shorter, longer = sorted((a, b), key=len)
    if len(shorter) >= 5 and longer.startswith(shorter):
        return 0.7
    return 0.0


def _similarity(found_stems, action_stems, weight):
    if not found_stems or not action_stems:
        return 0.0
    matched = 0.0
    for a in action_stems:
        best = max(_close(a, f) for f in found_stems)
        matched += best * weight(a)
    return matched / sum(weight(a) for a in action_stems)


THRESHOLD = 0.2


def _compare_with_target(proposal, action, found):
    """A count or rate against the promise's own target: 71 controls in May–July against one
    a day is partly done."""
    wanted = promised_rate(action.text)
    if found.rate and wanted:
        per_day = found.rate[0] / DAYS[found.rate[1]]
        wanted_per_day = wanted[0] / DAYS[wanted[1]]
        done = per_day >= wanted_per_day
        proposal.status = DONE if done else PARTLY
        proposal.confidence = SURE
        proposal.note = (
            f"{found.rate[0]:g} per {found.rate[1]} mot utlovade {wanted[0]} per {wanted[1]}"
        )
        return
    target = getattr(action, "target_count", None)
    if (
        target
        and found.achieved_count is not None
        and found.planned is None
        and found.status in (DONE, ONGOING, "")
    ):
        if found.achieved_count >= target:
            proposal.status, proposal.confidence = DONE, SURE
        else:
            proposal.status = ONGOING if found.interim else PARTLY
        proposal.note = f"{found.achieved_count} av målet {target}"


def match_to_pledge(found, actions):
    """One Proposal per promise of the pledge, in the promises' order.

    Each found item goes to the promise whose telling words it shares most (words rare among
    the pledge's promises count more; "trafikkontroller" is "trafikkontroll"). A promise no item
    matches gets no status and the note "ingen uppgift i dokumentet". Returns (proposals,
    unmatched found items).
    """
    actions = list(actions)
    action_stems = [stems(f"{a.heading} {a.text}") for a in actions]
    documents = len(actions) or 1
    frequency = {}
    for group in action_stems:
        for s in group:
            frequency[s] = frequency.get(s, 0) + 1

    def weight(s):
        return math.log((documents + 1) / (frequency.get(s, 0) + 0.5))

    found_stems = [stems(f"{f.promise} {f.evidence} {f.unit}") for f in found]
    pairs = sorted(
        (
            (_similarity(found_stems[i], action_stems[j], weight), i, j)
            for i in range(len(found))
            for j in range(len(actions))
        ),
        reverse=True,
    )
    proposals = [Proposal(action=action, found=None) for action in actions]
    placed = set()
    for score, i, j in pairs:
        if score < THRESHOLD:
            break
        if i in placed:
            continue
        proposal = proposals[j]
        if proposal.found is None:
            item = found[i]
            proposal.found = item
            proposal.status = item.status
            proposal.achieved_count = item.achieved_count
            proposal.evidence = item.evidence
            proposal.confidence = item.confidence
            proposal.note = item.why
            proposal.score = score
            _compare_with_target(proposal, actions[j], item)
            if score < 2 * THRESHOLD:
                proposal.confidence = UNSURE
                proposal.note += "; osäker koppling till löftet"
        else:
            proposal.also.append(found[i])
            proposal.evidence += "\n\n" + found[i].evidence
        placed.add(i)
    unmatched = [item for i, item in enumerate(found) if i not in placed]
    return proposals, unmatched


def found_fields(raw, actions=None):
    """A document read as a follow-up, in the shape of corpus/expected.json (kind, statuses).
    With the followed pledge's `actions`, each status is the one proposed for its promise, so
    that a count is weighed against the promise's target."""
    is_report, _why = is_followup(raw)
    if not is_report:
        return {"kind": "pledge", "statuses": []}
    found = read_followup(raw)
    statuses = {id(f): (f.status, f.achieved_count) for f in found}
    if actions is not None:
        proposals, _unmatched = match_to_pledge(found, actions)
        for proposal in proposals:
            if proposal.found is not None:
                statuses[id(proposal.found)] = (proposal.status, proposal.achieved_count)
    # The corpus has no "not started" (corpus/README.md): work not begun is not done.
    corpus_status = {NOT_STARTED: NOT_DONE}
    return {
        "kind": "followup",
        "statuses": [
            {
                "promise": f.promise,
                "status": corpus_status.get(statuses[id(f)][0], statuses[id(f)][0]),
                "achieved": statuses[id(f)][1],
            }
            for f in found
        ],
    }


def pledge_actions(raw):
    """The promises of a pledge document as the pledge import reads them (needs the database
    for the names of municipalities)."""
    from types import SimpleNamespace

    from .reading import pipeline
    from .reading.municipalities import Gazetteer

    extraction = pipeline.read(text.clean(raw), Gazetteer.from_db())
    return [
        SimpleNamespace(
            heading=a.heading,
            text=a.text,
            target_count=a.targets[0].count if a.targets else None,
        )
        for a in extraction.actions
    ]
