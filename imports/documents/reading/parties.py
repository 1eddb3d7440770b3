"""Who carries a promise, who gives the pledge, and the other organisations taking part."""

import re

# "Polisen i Oskarshamn" names the police only with a capitalised place after it.
POLICE = (
    # "lokalpolisen Järfälla och Järfälla kommun": the local police named with its place.
    r"(?:polisen i (?-i:[A-ZÅÄÖ])\w+|lokalpolisen (?-i:[A-ZÅÄÖ])\w+|polisen|polis|"
    # "Civilpolis kommer också …", "Uniformerad polis": a kind of police without its article.
    r"polismyndigheten|lokalpolisområdet|lokalpolisområde \w+|"
    # "Polisområdeschefen kommer att …", "Lokalpolisområdeschefen ska …": the police's own
    # chief, as "kommunpolisen", "närpolisen" and "områdespolisen" are its officers.
    r"[a-zåäö]*polis[a-zåäö]*chef(?:en)?|[a-zåäö]{3,}polis(?:en|erna)?)"
)
# A name is capitalised even where the rest is matched in any case: "med kommunen" is no
# municipality called "Med".
MUNICIPALITY = (
    r"(?:kommunerna|kommunen|kommun|(?-i:[A-ZÅÄÖ])\w+s kommun|(?-i:[A-ZÅÄÖ])\w+ kommun(?:en)?|"
    r"stadsdelsförvaltningen|(?-i:[A-ZÅÄÖ])\w+s stadsdelsförvaltning|staden|"
    # "Solna stad ska …" as well as "Göteborgs stad": a city's name with or without the genitive.
    r"(?-i:[A-ZÅÄÖ])\w+s stad|(?-i:[A-ZÅÄÖ])\w+ stad(?:en)?)"
)
# "Kommunalrådet kommer att …", "Kommunchefen ska …", "Säkerhetssamordnaren …": the
# municipality's own officers and elected chair (the police's are in POLICE).
MUNICIPAL_TITLE = (
    r"(?:kommunalråd(?:et)?|kommunchef(?:en)?|kommundirektör(?:en)?|"
    r"kommunstyrelsens\s+ordförande|(?:säkerhets|trygghets)samordnar(?:e|en))"
)
# Municipal units that carry a promise as its subject: "Fritidsgårdarna håller öppet …".
_UNIT = (
    r"\w*förvaltningen|socialtjänst(?:en)?|fritidsgården|fritidsgårdarna|skolan|skolorna|"
    # "Fältgruppen ska röra sig i centrum …": the municipality's outreach workers.
    r"fältgrupp(?:en)?|fältassistenterna|fältarbetarna|"
    # "Fritidsledarna och polisen ska …": the municipality's staff named by their work.
    r"fritidsledarna|fältsekreterarna|socialsekreterarna|skolkuratorerna|kuratorerna|"
    r"trygghetsvärdarna|fritidspedagogerna|elevhälsan|"
    # "Barn och utbildning ska …", "Kultur & fritid …": a municipal department named by the
    # two fields it serves.
    r"(?:barn|utbildning|kultur|fritid|vård|omsorg|social|teknik|miljö|samhällsbyggnad)\s+"
    r"(?:och|&)\s+(?:utbildning|fritid|omsorg|lärande|bildning|teknik|miljö|bygg|kultur)"
    r"(?:sförvaltningen|snämnden)?|" + MUNICIPAL_TITLE
)
MUNICIPAL_UNIT = (
    # "Polis och socialtjänst kommer att …": the unit named without its article as well.
    # "Personal från socialtjänsten och fältgruppen ska …": the unit's staff.
    rf"(?:(?:personal(?:en)?|medarbetare)\s+(?:från|inom|på|vid)\s+(?:{_UNIT}|kommunen)|"
    rf"{_UNIT}|kommunens \w+)"
)
UNIT_AND_POLICE = (
    rf"(?:{MUNICIPAL_UNIT})\s+och\s+(?:{POLICE})|(?:{POLICE})\s+och\s+(?:{MUNICIPAL_UNIT})"
)
# The vocabulary by which a giver commits itself, one place for every reading that asks
# whether a side promises (here, kind, promises, structure): each an alternation to build into
# larger patterns. "ska", "skall": the modal verbs of obligation.
COMMIT_SHALL = r"ska|skall"
# "kommer (att)": the future.
COMMIT_WILL = r"kommer"
# "lovar": the verb of promising in the present; "lova[rt]" with its perfect "(har) lovat".
COMMIT_PROMISE = r"lovar"
COMMIT_PROMISED = r"lova[rt]"
# "åtar sig", "förbinder sig": the reflexive verbs of commitment, before their "sig"; "(har)
# åtagit sig" in the perfect.
COMMIT_REFLEXIVE = r"åtar|förbinder"
COMMIT_REFLEXIVE_PERFECT = r"åtagit"
# The finite verbs that open a promise, before or after its subject: "ska", "skall", "kommer",
# "lovar".
COMMIT_VERB = rf"{COMMIT_SHALL}|{COMMIT_WILL}|{COMMIT_PROMISE}"
# The givers as subjects: the police or the municipality, named in any of their ways, and "vi".
GIVER = rf"(?:{POLICE}|{MUNICIPALITY})"
GIVER_OR_WE = rf"(?:vi|{POLICE}|{MUNICIPALITY})"
# A shorter list of givers, the sides named by their plain nouns or a municipality's name
# ("Polisen", "Kommunen", "Exempelby kommun", "Vi", "Parterna"), as a page's kind is told by.
GIVER_NAMED = (
    r"(?:polisen|kommunen|[A-ZÅÄÖ][\wåäö]+\s+kommun|vi|parterna|lokalpolisområdet"
    r"|polis\s+och\s+kommun)"
)
BOTH = re.compile(
    rf"\b(?:{POLICE}\s+och\s+{MUNICIPALITY}|{MUNICIPALITY}\s+och\s+{POLICE})\b", re.IGNORECASE
)
TOGETHER = re.compile(
    r"^(?P<actor>[\wÅÄÖåäö ]+?)\s+(?:ska|skall|lovar att|kommer(?: att)?)?\s*"
    r"(?:genom samverkan\s+)?"
    r"(?:i samverkan med|tillsammans med)\s+(?P<partners>.+?)\s+(?:att\s+)?"
    # "tillsammans med Exempelhem se över …": infinitives that do not end in -a close the list.
    r"(?:starta|genomföra|verka|arbeta|ta fram|skapa|utveckla|fortsätta|genomför|göra|"
    r"(?:se|ta|ge|nå|få|gå)\b|\w+a\b)",
    re.IGNORECASE,
)
# "Tillsammans med Vimmerbybostäder lovar kommunen att …": the partner before the actor.
PARTNER_FIRST = re.compile(
    r"^(?:tillsammans med|i samverkan med)\s+(?P<partners>.+?)\s+(?:" + COMMIT_VERB + r")\s+"
    r"(?P<actor>[\wÅÄÖåäö ]+?)\s+att\b",
    re.IGNORECASE,
)
# "Polisen tillsammans med Umeå kommun lovar att …": the partner between the subject and its
# verb is said of the subject, which carries the promise.
PARTNER_BEFORE_VERB = re.compile(
    rf"^(?P<actor>{POLICE}|{MUNICIPALITY})\s+(?:tillsammans|i samverkan) med\s+"
    r"(?P<partners>[^.,:]{2,60}?)\s+(?:" + COMMIT_VERB + r")\b",
    re.IGNORECASE,
)
# "Tillsammans med kommunen ska polisen genomföra …": the partner before the verb and the
# subject after it; the subject carries the promise, as it does with the partner after it.
PARTNER_THEN_ACTOR = re.compile(
    r"^(?:tillsammans|i samverkan) med\s+(?P<partners>[^.,:]{2,60}?)\s+"
    rf"(?:{COMMIT_VERB})\s+(?P<actor>{POLICE}|{MUNICIPALITY})\s+(?!och\b)"
    r"(?:att\s+)?[a-zåäö]{3,}a\b",
    re.IGNORECASE,
)
BETWEEN = re.compile(r"^I samverkan mellan\s+(?P<partners>.+?)\s+(?:[a-zåäö]+a)\b", re.IGNORECASE)
# The subject first, then its verb: "Polisen ska …", "Kommunen ser över …"; a clause set off
# with commas ("Kommunen, via ungdomsrådet, samordnar …") or a short adverbial before a modal
# verb ("Polis 1 gång/dygn ska patrullera …") may stand between.
MODAL = rf"(?:{COMMIT_PROMISE}|{COMMIT_SHALL}|{COMMIT_WILL}|{COMMIT_REFLEXIVE})"
ACTOR_FIRST = re.compile(
    rf"^(?P<actor>{POLICE}|{MUNICIPALITY}|{MUNICIPAL_UNIT})"
    r"(?:\s*,(?![^,]*\b(?:polis|kommun))[^,.:]{1,80},\s*|"
    # "Polisen, i samverkan med kommunen, genomför …": the partner set off with commas.
    r"\s*,\s*(?:i samverkan|tillsammans|i samarbete)\s+med\s+[^,.:]{1,80},\s*|"
    r"\s+(?:[^\s,.:]+\s+){1,3}?(?=" + MODAL + r"\b)|"
    # "Polisen i lokalpolisområde Södra Roslagen ska …": the police named with its area.
    r"\s+i\s+lokalpolisområdet?(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö\-]+){1,2}\s+(?=" + MODAL + r"\b)|\s+)"
    rf"(?:{MODAL}|genomför|arbetar|tar|håller|erbjuder|startar|anordnar|bjuder|fortsätter|"
    # "Polisen att genomföra …", "Polisen eftersträva att synas …" under "För att öka
    # trafiksäkerheten kommer;": the subject and the infinitive that finish the lead-in.
    # The short verbs whose infinitive ends in another vowel: "Polisen att ge information".
    r"att\s+(?-i:[a-zåäö]{2,}a|ge|gå|se|stå|få|ha|bli|dra|slå|tro)|"
    r"(?-i:[a-zåäö]{3,}a)(?=\s+att\b)|"
    # "Polisen ökar sin närvaro …": a verb in the present tense, however short its stem.
    r"ansvarar|ser|ger|gör|har|finns|är|blir|(?-i:[a-zåäö]{2,}(?:ar|er))|"
    # "Polisen utför kontroller …", "Kommunen kör ut …", "Polisen går ronder …": a verb in the
    # present tense whose stem ends in -ö or a long vowel before its -r ("för" is mostly the
    # preposition, "Polisen för dialog" aside; not "får" or "tror", which tell no deed).
    r"(?!för\b)(?-i:[a-zåäö]*ör)|går|står|når)\b",
    re.IGNORECASE,
)
# "Tillsammans ska vi …", "Gemensamt kommer vi att …": "vi" after the verb.
WE_AFTER_VERB = (
    # "Vidare kommer vi tillsammans synas i media …" after a list: one more thing done.
    r"(?:tillsammans|gemensamt|därför|dessutom|också|även|vidare)\s+"
    r"(?:" + COMMIT_VERB + r")\s+vi\b"
)
# "Vi kommer också att …", "Kommunen kommer i sin tur att …": an adverb between "kommer" and
# "att".
# "Polis och kommun lovar bland annat att …": the promise one of several named.
ALSO = r"\s+(?:(?:också|även|dessutom|därför|fortsatt|fortsättningsvis|i sin tur|bland annat)\s+)?"
# A sentence adverb or two between the verb and its "att": "Kommunen åtar sig samtidigt att …",
# "Polisen kommer framöver att …", "Kommunen ser för sin del till att …" (not "kommer överens
# om att", which tells of an agreement).
BETWEEN_VERB = r"(?:\s+(?!att\b|överens\b|fram\b|ihåg\b)[a-zåäö]+){0,3}?"
# "Vi kommer också tillsammans med bostadsbolaget stötta …", "Kommunen kommer i samverkan med
# föreningarna (och polisen) starta …": "att" left out after "kommer", with a partner phrase
# between the verb and its infinitive.
WILL_WITH_PARTNER = (
    r"(?:\s+(?:också|även|dessutom|därför|gemensamt))?\s+(?:tillsammans|i samverkan|i samarbete)"
    # The partner a few words with no particle or preposition in them ("kommer tillsammans
    # med polisen fram till …" is "komma fram", no promise).
    r"\s+med(?:\s+(?!(?:fram|överens|ihåg|till|att|på|i|för|om|och)\b)[^\s.;:!?]+){1,5}?"
    r"\s+(?=[a-zåäö]{3,}a\b)"
)
# The verbs by which a giver commits itself, said after its subject: "lovar att", "har lovat
# att", "åtar sig att", "förbinder sig att", "ser till att", "ska", "kommer att".
COMMITS = (
    r"(?:(?:har\s+)?(?:" + COMMIT_PROMISED + r")" + BETWEEN_VERB + r"\s+att|" + COMMIT_SHALL + "|"
    # "Civilpolis kommer också genomföra …": "att" left out after "kommer", as news items do.
    r"(?:"
    + COMMIT_WILL
    + r")(?:"
    + BETWEEN_VERB
    + r"\s+att|"
    + ALSO
    + r"(?=[a-zåäö]{3,}a\b)|"
    + WILL_WITH_PARTNER
    + r")|"
    # "Vi ser till att du får svar": what the reader is told, not a deed.
    r"(?:" + COMMIT_REFLEXIVE + r"|(?:har\s+)?(?:" + COMMIT_REFLEXIVE_PERFECT + r")|tar\s+på|"
    r"(?:har\s+)?tagit\s+på)\s+sig" + BETWEEN_VERB + r"\s+att|"
    r"ser" + BETWEEN_VERB + r"\s+till\s+att(?!\s+(?:du|ni)\b))"
)
# What a main clause may put before its verb, the subject then after it (Swedish V2 order): a
# phrase opened by a preposition ("Enligt löftet", "Till sommaren", "Som en del av arbetet"), a
# sentence adverb ("Dessutom", "Samtidigt", "Redan i vår") or a time phrase ("Varje fredag",
# "Nästa år", "I år"); the verb is the first finite one of the sentence.
# A phrase that names the pledge or its promises is only where the promise is written down
# when it says so ("I medborgarlöftet", "Enligt löftet", "Som en del av löftet"); "Till varje
# löfte kommer polisen att ha aktiviteter", "Med 18 löften ska kommunen göra …" speak of the
# promises as a whole.
_NO_FINITE = r"(?!(?:är|var|har|hade|blev|visade|sa|sade)\b)"
FRONTED = (
    r"(?:(?:i|under|för att|genom att|genom|inom|utifrån|i syfte att|enligt|som)\b"
    r"(?:\s+" + _NO_FINITE + r"[^\s.;:]+){0,25}?|"
    r"(?:med början|med|vid|efter|från|till|före|inför|på|mot|kring|bland annat|bland|"
    r"tillsammans med|parallellt|samtidigt|dessutom|därtill|därutöver|därefter|därför|vidare|"
    # "Därav kommer kommunen …", "Således ska polisen …": an adverb of consequence, as "därför".
    r"därav|därmed|således|sålunda|följaktligen|"
    r"också|även|utöver(?!\s+(?:\w+\s+)?(?:medborgar)?löfte)|"
    r"nu|redan|framöver|fortsättningsvis|slutligen|först|sedan|varje|nästa|kommande|hela|"
    r"när|så\s+snart|innan|efter\s+att|liksom|likaså|härutöver|"
    # "2025 ska polisen …": a year alone as the time of the deed.
    r"(?:19|20)\d\d|"
    # "Två gånger per termin ska polisen …", "Minst tio gånger under året kommer …", "Var
    # fjärde vecka …": how often, a count fronted before the verb.
    r"(?:(?:minst|högst|cirka|ca|drygt|ungefär|upp\s+till|totalt|sammanlagt)\s+)?"
    r"(?:\d+|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|femton|tjugo|"
    r"var|vart|varannan|vartannat)\s+(?:[a-zåäö]+\s+)?"
    r"(?:gång(?:er)?|tillfällen|vecka|veckor|månad|dag|dagar|år|termin|kvartal|halvår))\b"
    # No finite verb of its own before the one that opens the main clause.
    r"(?:\s+" + _NO_FINITE + r"(?![^\s.;:]*löfte)[^\s.;:]+){0,25}?)"
)
# The verb of a V2 clause, before its subject: "… ska polisen", "… åtar sig kommunen att",
# "… ser kommunen till att", "… har polis och kommun lovat att".
COMMITS_BEFORE_SUBJECT = (
    r"(?:" + COMMIT_VERB + r"|(?:" + COMMIT_REFLEXIVE + r"|tar\s+på)\s+sig|"
    r"ser(?=\s[^.;:]{0,80}?\btill\s+att\b)|har(?=\s[^.;:]{0,60}?\blovat\b))"
)
# A promise written as a sentence of its own: "Polisen lovar att …", "Kommunen ska …",
# "Polisen och kommunen lovar att …", "Vi lovar att …".
# An organisation besides the two, named as such: "Räddningstjänsten", "Norrbybostäder",
# "AB Norrbyhem", "Region Norrland", "Länsstyrelsen".
OTHER_ORGANISATION = (
    r"(?-i:[A-ZÅÄÖ])[\wåäö\-]*(?:räddningstjänsten|bostäder|bolaget|hem|fastigheter)"
    r"(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö\-]+)?|"
    r"(?-i:[A-ZÅÄÖ])[\wåäö\-]+\s+AB|AB\s+(?-i:[A-ZÅÄÖ])[\wåäö\-]+|"
    r"Region\s+(?-i:[A-ZÅÄÖ])[\wåäö\-]+|Länsstyrelsen|Trafikverket|"
    r"Räddningstjänsten(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö\-]+)?|"
    # "Stiftelsen Björkgården", "Föreningen Vuxna på stan": a foundation or association named
    # by its kind and a capitalised name.
    r"(?:Stiftelsen|Föreningen|Förbundet)\s+(?-i:[A-ZÅÄÖ])[\wåäö\-]+"
)
# "Tallvretens Bostäder", "Norrbys Energi": a place in the genitive and a capitalised noun, the
# name of a company or body (a common noun after a genitive is written in lower case).
_GENITIVE_NAME = r"(?-i:[A-ZÅÄÖ])[\wåäö\-]+s\s+(?!(?i:kommun|stad|polis))(?-i:[A-ZÅÄÖ])[\wåäö\-]+"
GENITIVE_NAME = re.compile(rf"^{_GENITIVE_NAME}$")
PROMISE_START = re.compile(
    rf"^(?:(?:{POLICE}|{MUNICIPALITY}|{MUNICIPAL_UNIT}|(?-i:{OTHER_ORGANISATION})|{_GENITIVE_NAME})"
    rf"(?:\s+och\s+(?:{POLICE}|{MUNICIPALITY}|{MUNICIPAL_UNIT}))?"
    # "Polisen i lokalpolisområde Södra Roslagen ska …": the police named with its area.
    r"(?:\s+i\s+lokalpolisområde(?:t)?(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö\-]+){1,2})?"
    r"(?:\s+(?:tillsammans|i samverkan) med\s+[^.,:]{2,60}?)?"
    # "Kommunen och polisen tillsammans kommer också att …": a word of the subject's
    # standing between it and its verb.
    r"(?:\s+(?:tillsammans|gemensamt|båda))?"
    r"|vi)\s+" + COMMITS + r"\b"
    # "Gemensamt lovar vi" alone, a heading over a list, promises nothing yet.
    r"|^" + WE_AFTER_VERB + r"(?=[ \t]+\w)",
    re.IGNORECASE,
)
# "… kommer representanter för kommunen och polisen besöka …", "… ska företrädare från
# polisen delta …": people who stand for one side or both, named by their role.
REPRESENTATIVES = (
    r"(?:representanter|företrädare|medarbetare|personal)\s+(?:för|från)\s+"
    rf"(?:{POLICE}|{MUNICIPALITY})(?:\s+och\s+(?:{POLICE}|{MUNICIPALITY}))?"
)
# A sentence that opens with an adverbial puts its subject after the verb: "I Täby kommun ska
# polisen …", "För att skapa trygghet ska Polisens synlighet …", "Med början i november kommer
# uniformerad polis att …", "I syfte att minska brotten ska kommun och polis …".
INVERTED = re.compile(
    # "Enligt medborgarlöftet ska polisen …": the pledge as the source, then the verb;
    # "Utöver dessa fokusområden kommer kommunen och polisen att …": besides what was named
    # ("Utöver medborgarlöftena ska polisen …" is work outside the pledge); "Tillsammans med
    # kommunen ska polisen genomföra …": the partner first, then the verb. See FRONTED.
    r"^"
    + FRONTED
    # "… kommer både Polisen och kommunen att …": both sides, named as such.
    + r"\s+"
    + COMMITS_BEFORE_SUBJECT
    + r"\s+(?:både\s+(?=\S+\s+och\s))?"
    # "En gång i månaden ska fältassistenterna och polisen …": a unit of the municipality and
    # the police, a pair of subjects naming both sides.
    rf"(?P<actor>{UNIT_AND_POLICE}|{REPRESENTATIVES}|"
    rf"(?:{POLICE}|{MUNICIPALITY})(?:\s+och\s+(?:{POLICE}|{MUNICIPALITY}))?|"
    r"polisens\s+\w+|kommunens\s+\w+|[a-zåäö]+\s+polis(?:er)?|" + MUNICIPAL_TITLE + "|"
    # "… ska riktade polisinsatser genomföras", "Vid behov ska polisiär närvaro …": a passive
    # whose subject is a police deed.
    r"(?:[a-zåäö]+\s+)?polis(?:iär\w*|insats\w*|närvaro|patrull\w*|kontroll\w*))\b",
    re.IGNORECASE,
)
# A subject that is a unit of one side, named in the genitive: "Borlänge kommuns
# trygghetsvärdar ska …", "Lokalpolisområde Falu områdespoliser arbetar …".
POSSESSIVE_SUBJECT = re.compile(
    r"^(?P<actor>(?:lokalpolisområde [A-ZÅÄÖ]\w+s|polisens|[A-ZÅÄÖ]\w+ kommuns|kommunens)"
    # "Polisens arbete i vägtrafikmiljön ska …": the noun may carry a place or field after it.
    r"\s+[\wåäö]+(?:\s+(?:i|inom|på|mot)\s+[\wåäö]+)?)"
    r"\s+(?:lovar|ska|skall|kommer|genomför|arbetar|håller|erbjuder|ansvarar)\b",
    re.IGNORECASE,
)
# "Kommunens personal från fritid, fä" (an item the page cuts off before its verb): a unit of
# one side named in the genitive at the head of an item that has no verb of its own.
POSSESSIVE_OPENING = re.compile(
    r"^(?P<actor>polisens|kommunens|(?-i:[A-ZÅÄÖ])\w+ kommuns)\s+"
    r"(?!(?:medborgare|invånare|befolkning|boende|ungdomar|unga|barn|föreningar|företag|"
    r"näringsliv|geografiska|gränser|område|områden)\b)[a-zåäö]{3,}\b(?P<rest>[^.!?]*)$",
    re.IGNORECASE,
)
FINITE_VERB = re.compile(
    r"\b(?:ska|skall|kommer|lovar|har|är|blir|kan|bör|måste|vill|[a-zåäö]{2,}(?:ar|er|ade|de))\b",
    re.IGNORECASE,
)
# "Samverkan sker …", "Samverkan kommer att ske med kommunen …": working together is done by
# both who give the pledge.
COOPERATION_SUBJECT = re.compile(
    r"^(?:den |en )?(?:\w+ )?samverkan(?:en)?\s+(?:sker|ska|skall|kommer)\b", re.IGNORECASE
)
# "Fritidsförvaltningen och polisen ska …", "Polisen och räddningstjänsten genomför …": two
# subjects, each a side or an organisation.
_ONE_SUBJECT = rf"(?:{POLICE}|{MUNICIPALITY}|{MUNICIPAL_UNIT}|\w*förvaltningen|[A-ZÅÄÖ][\wåäö]+)"
SUBJECT_PAIR = re.compile(
    rf"^(?P<first>{_ONE_SUBJECT})\s+och\s+(?P<second>{_ONE_SUBJECT})\s+"
    r"(?:lovar|ska|skall|kommer|genomför|arbetar|ansvarar|förbinder|åtar)\b",
    re.IGNORECASE,
)
ORGANISATION_SUBJECT = re.compile(
    r"^(?P<name>[A-ZÅÄÖ][\wåäö&’'\-]+(?:\s+[A-ZÅÄÖ][\wåäö&’'\-]+){0,3})\s+"
    r"(?:ska|skall|lovar|kommer|förbinder|åtar|ansvarar|"
    # "Vaktbolaget ökar sin rondering …": a verb in the present tense (the name must still read
    # as an organisation's).
    r"[a-zåäö]{2,}(?:ar|er))\b"
)
WE_PROMISE = re.compile(
    r"^(?:vi\s+" + COMMITS + r"\b|" + WE_AFTER_VERB + "|"
    # "För att minska tillgången på narkotika ska vi …": "vi" after an opening adverbial.
    r"" + FRONTED + r"\s+" + COMMITS_BEFORE_SUBJECT + r"\s+vi\b)",
    re.IGNORECASE,
)
# A subject that names no side, in a clause that commits to a deed: the pledge's givers carry
# it (see carried_by_issuer). "Under året ska man erbjuda …": "man" doing a deed, not what the
# reader may do ("Man ska kunna lämna tips", "… kan man kontakta polisen"). "Det kommer att
# finnas en polis på plats …", "Dessutom ska det anordnas en temadag": "det" as the formal
# subject of "finnas" or of a passive. "Varje år ska minst två trygghetsvandringar
# genomföras", "Under hösten kommer en föräldrakväll att anordnas": a passive with no agent
# after a fronted phrase (V2), its subject new to the text; a definite subject ("Under våren
# ska kontrollerna göras vid skolorna") speaks of a deed already told. Not the pledge's own
# follow-up ("I december ska arbetet följas upp") nor a state ("… ska upplevas tryggare").
_NOT_A_DEED = (
    r"(?:följas|utvärderas|redovisas|rapporteras|kommuniceras|planeras|upplevas|kännas|"
    r"märkas|synas|hoppas|lyckas|behövas|minskas|ökas|stärkas|trivas|uppfattas|anses|finnas)\b"
)
_PASSIVE_VERB = r"(?!" + _NOT_A_DEED + r")[a-zåäö]{3,}as\b"
_ADVERBS = r"(?:\s+(?:också|även|dessutom|därför|därtill|fortsatt|fortsättningsvis))?"
_TIME_AFTER_DET = (
    r"(?:\s+(?:under|från|i)\s+(?:(?:19|20)\d\d|år|året|hösten|våren|sommaren|vintern))?"
)
_WILL = r"(?:" + COMMIT_SHALL + "|" + COMMIT_WILL + ")" + _ADVERBS
_MAN_DEED = (
    r"(?:att\s+)?(?!(?:kunna|få|känna|uppleva|vara|bli|behöva|slippa|märka|se|hitta|"
    r"kontakta|ringa|anmäla|vända|lämna\s+tips)\b)[a-zåäö]{2,}"
)
# The subject of a passive: a few words, none a side, a pronoun, the pledge or its work, and
# none that opens a clause of its own; up to eight, so that a count, its noun and a participle
# phrase after it fit ("minst två insatsveckor riktade mot ungdomar och droger").
_PASSIVE_SUBJECT = (
    r"(?!(?:vi|man|det|den|de|detta|dessa|arbetet|resultat\w*|uppföljning\w*|\w*löfte\w*|"
    r"aktiviteterna|insatserna|åtgärderna)\b)"
    r"(?![a-zåäö]{3,}(?:na|et)\b)"
    rf"(?!(?:{POLICE}|{MUNICIPALITY})\b)"
    r"(?:(?!(?:att|som|är|har|kan)\b)[^\s.;:,!?]+\s+){1,8}?"
)
UNNAMED_SUBJECT = re.compile(
    # "Till varje område kommer det kopplas aktiviteter som polisen och kommunen kommer
    # genomföra": a side named later as the one who acts tells who does it; the clause only
    # describes.
    rf"^(?![^.!?]*\b(?:{POLICE}|{MUNICIPALITY})\s+(?:[^\s.!?]+\s+){{0,4}}?"
    r"(?:" + COMMIT_VERB + r")\b)"
    r"(?:"
    # "Man ska …", "Under året ska man …".
    r"man\s+" + _WILL + r"\s+" + _MAN_DEED + "|"
    r"" + FRONTED + r"\s+" + _WILL + r"\s+man" + _ADVERBS + r"\s+" + _MAN_DEED + "|"
    # "Det kommer att finnas …", "Dessutom ska det anordnas …".
    r"det\s+" + _WILL + r"(?:\s+att)?" + _ADVERBS + r"\s+(?:finnas|" + _PASSIVE_VERB + ")|"
    # "I kommunen kommer det under 2018 att finnas …": a time phrase after "det".
    r"" + FRONTED + r"\s+" + _WILL + r"\s+det" + _ADVERBS + _TIME_AFTER_DET + r"(?:\s+att)?"
    r"\s+(?:finnas|" + _PASSIVE_VERB + ")|"
    # "Varje år ska minst två trygghetsvandringar genomföras".
    r"" + FRONTED + r"\s+" + _WILL + r"\s+" + _PASSIVE_SUBJECT + r"(?:att\s+)?"
    r"(?:(?:också|även)\s+)?" + _PASSIVE_VERB + r"(?:\s+(?:upp|in|ut|fram|om|till))?"
    r")",
    re.IGNORECASE,
)
IN_PARENTHESES = re.compile(r"\(\s*(?:ansvarig:?\s*)?([^()]{2,60}?)\s*\)\s*\.?$", re.IGNORECASE)
# What a party in parentheses is called: "(polisen)", "(kommunen)", "(Bostadsbolaget)".
PARTY_WORDS = re.compile(
    r"polis|kommun|bolag|skol|förvaltning|förening|stiftelse|\bAB\b|trafik|fastighet|region|"
    r"länsstyrelse|räddningstjänst|bostad|näringsliv|företag|socialtjänst|fritid",
    re.IGNORECASE,
)
POLICE_WORDS = re.compile(
    r"\b(?:polis|polisen|polisens|polisiär|polisiära|polismyndigheten)\b", re.I
)
MUNICIPALITY_WORDS = re.compile(
    r"\b(?:kommun|kommunen|kommunens|\w*förvaltning\w*|socialtjänst(?:en)?|skola(?:n)?|"
    r"skolorna|fritidsgården|fritidsgårdarna|fältgrupp(?:en)?)\b",
    re.IGNORECASE,
)


def _parties(text):
    """'Polisen, Barn & utbildningsförvaltningen och Folkhälsan' as its three parties;
    'Räddningstjänsten samt Hemab' as two; 'Räddningstjänsten efter behov' as the service."""
    parts = re.split(r",\s*|\s+och\s+|\s+samt\s+", text)
    parts = [re.sub(r"\s+(?:efter|vid) behov$", "", p.strip()) for p in parts]
    return [p for p in parts if p]


def _is_police(party):
    return bool(re.fullmatch(POLICE, party.strip(), re.IGNORECASE))


def _is_municipality(party):
    return bool(re.fullmatch(MUNICIPALITY, party.strip(), re.IGNORECASE)) or bool(
        MUNICIPALITY_WORDS.search(party)
    )


def _responsibility_of(parties):
    police = any(_is_police(p) for p in parties)
    municipality = any(_is_municipality(p) for p in parties)
    others = [p for p in parties if not _is_police(p) and not _is_municipality(p)]
    other_party = " och ".join(others)
    if police and municipality:
        return "gemensamt", other_party
    if police:
        # "Polisen ska i samverkan med Länstrafiken …": the police carry it, with a partner;
        # only the police and the municipality together make it joint.
        return "polisen", other_party
    if municipality:
        return "kommunen", other_party
    return ("annan", other_party) if others else ("ej_angivet", "")


# A tag after the item: "… / Polisen", "… /Polisen och kommunen", "Ansvarig: kommunen".
TAG = re.compile(r"(?:/\s*|\bAnsvarig:?\s+)([^/]{2,80}?)\s*\.?\s*$", re.IGNORECASE)
# "Ansvarig: kommunen/polisen": both, written with a slash; "Ansvar: Kommunen", "Ansvarig part:
# polisen" as well.
RESPONSIBLE_TAG = re.compile(
    r"\bAnsvar(?:ig\w*)?(?:\s+(?:part|aktör|organisation))?(?::\s*|\s+(?=[^:]+$))"
    r"([^:]{2,80}?)\s*\.?\s*$",
    re.IGNORECASE,
)
# "Genomföra trygghetsvandringar – polisen": the party after a dash at the item's end.
DASH_TAG = re.compile(r"\s[–—-]\s+([^–—\-]{2,60}?)\s*\.?\s*$")
# "Polisen, Räddningstjänsten och Grums kommun kommer att …": a list of parties as subject.
SUBJECT_LIST = re.compile(
    r"^(?P<parties>(?:[\wÅÄÖåäö]+(?: [\wÅÄÖåäö]+)?, )+[\wÅÄÖåäö]+(?: [\wÅÄÖåäö]+)? och "
    r"[\wÅÄÖåäö]+(?: [\wÅÄÖåäö]+)?)\s+(?:ska|skall|kommer att|lovar|genomför)\b",
    re.IGNORECASE,
)


def _is_party_name(part):
    """A part of a tag that names a party: "Polisen", "kommunen", "Räddningstjänsten", "AB
    Exempelbo"; "bevakning inom skolor" or "åtgärdas under året av polis" names none."""
    part = part.strip(" .")
    return (
        _is_police(part)
        or bool(re.fullmatch(MUNICIPALITY, part, re.IGNORECASE))
        or ((part[:1].isupper() or ORGANISATION_WORDS.search(part)) and len(part.split()) <= 3)
    )


def _from_tag(text):
    m = RESPONSIBLE_TAG.search(text)
    if not m:
        m = TAG.search(text) or DASH_TAG.search(text)
        # A slash inside the item ("kameraövervakning/bevakning inom skolor", "genomföras/
        # åtgärdas under året av polis och kommun") joins words; a tag after it names parties.
        if m and not all(_is_party_name(p) for p in _parties(m[1].replace("/", " och "))):
            m = None
    if not m or not PARTY_WORDS.search(m[1]):
        return None
    # "Polisen i samverkan med kommunen": the subject carries it.
    subject = re.split(r"\s+i samverkan med\s+|\s+tillsammans med\s+", m[1])[0]
    responsible, other = _responsibility_of(_parties(subject.replace("/", " och ")))
    if responsible == "ej_angivet":
        return None
    return responsible, other, m[0].strip()


def _both_named(text):
    """The first naming of police and municipality together that is not what follows "med":
    those consulted ("… i samråd med kommunen och polisen") do not carry the promise."""
    for m in BOTH.finditer(text):
        if not re.search(r"\bmed\s+$", text[: m.start()], re.IGNORECASE):
            return m
    return None


def parse_responsible(text, default=("ej_angivet", "", "")):
    """Who carries a promise, from its own words: (responsible, other party, quote)."""
    text = text.strip()
    tagged = _from_tag(text)
    if tagged:
        return tagged
    # "… lovar polisen och kommunen: • Att polisen ska …": an item that goes on from its
    # introduction with "att" still names its own subject.
    text = re.sub(r"^att\s+(?=\S)", "", text, flags=re.IGNORECASE)
    m = SUBJECT_LIST.match(text)
    if m:
        responsible, other = _responsibility_of(_parties(m["parties"]))
        if responsible in ("polisen", "kommunen", "gemensamt"):
            return responsible, other, m[0]
    m = PARTNER_BEFORE_VERB.match(text)
    if m:
        partners = [
            p for p in _parties(m["partners"]) if not (_is_police(p) or _is_municipality(p))
        ]
        return ("polisen" if _is_police(m["actor"]) else "kommunen"), " och ".join(partners), m[0]
    m = TOGETHER.match(text)
    # "Genomföra trygghetsdialoger i samverkan med boende …" has no subject: the words before
    # "i samverkan med" must name a party.
    if m and len(m["actor"].split()) <= 4 and PARTY_WORDS.search(m["actor"]):
        # "Kommunen ska i samverkan med polisen …", "Polisen ska genom samverkan tillsammans
        # med stadsdelsförvaltningen …": the subject carries it; partners other than the police
        # and the municipality are other parties. "Polisen och kommunen ska tillsammans med
        # Stockholmshem …": both.
        responsible, own_other = _responsibility_of(_parties(m["actor"]))
        partners = [
            p for p in _parties(m["partners"]) if not (_is_police(p) or _is_municipality(p))
        ]
        if responsible != "ej_angivet":
            return responsible, " och ".join([*filter(None, [own_other]), *partners]), m[0]
        parties = [*_parties(m["actor"]), *_parties(m["partners"])]
        responsible, other = _responsibility_of(parties)
        return responsible, other, m[0]
    m = PARTNER_THEN_ACTOR.match(text)
    if m:
        partners = [
            p for p in _parties(m["partners"]) if not (_is_police(p) or _is_municipality(p))
        ]
        return ("polisen" if _is_police(m["actor"]) else "kommunen"), " och ".join(partners), m[0]
    m = PARTNER_FIRST.match(text)
    if m and len(m["actor"].split()) <= 4:
        responsible, other = _responsibility_of([*_parties(m["actor"]), *_parties(m["partners"])])
        return responsible, other, m[0]
    m = BETWEEN.match(text)
    if m:
        responsible, other = _responsibility_of(_parties(m["partners"]))
        return responsible, other, m[0]
    m = _both_named(text[:200])
    if m and (m.start() == 0 or "gemensam" in text.lower() or m.start() < 80):
        return "gemensamt", "", m[0]
    m = SUBJECT_PAIR.match(text)
    if m:
        pair = [m["first"], m["second"]]
        if all(_is_police(p) or _is_municipality(p) or ORGANISATION_WORDS.search(p) for p in pair):
            responsible, other = _responsibility_of(pair)
            return responsible, other, m[0]
    m = ACTOR_FIRST.match(text)
    if m:
        return ("polisen" if _is_police(m["actor"]) else "kommunen"), "", m[0]
    m = POSSESSIVE_SUBJECT.match(text)
    if m:
        police = bool(re.search(r"polis", m["actor"], re.IGNORECASE))
        return ("polisen" if police else "kommunen"), "", m[0]
    m = POSSESSIVE_OPENING.match(text)
    if m and not FINITE_VERB.search(m["rest"]) and not re.search(r"polis", m["rest"], re.I):
        police = bool(re.search(r"polis", m["actor"], re.IGNORECASE))
        return ("polisen" if police else "kommunen"), "", m["actor"]
    m = COOPERATION_SUBJECT.match(text)
    if m:
        return "gemensamt", "", m[0]
    m = ORGANISATION_SUBJECT.match(text)
    if (
        m
        and (ORGANISATION_WORDS.search(m["name"]) or GENITIVE_NAME.match(m["name"]))
        and not _is_municipality(m["name"])
        and not _is_police(m["name"])
    ):
        # "Räddningstjänsten ska …", "Kirunabostäder lovar att …": another organisation alone.
        return "annan", m["name"], m[0]
    m = VERB_FIRST.match(text)
    if m and not BOTH.match(text, m.start("actor")):
        # "… samt kommer kommunen sätta upp belysning": the second clause of a sentence, its
        # verb before its subject.
        police = bool(re.search(r"polis", m["actor"], re.IGNORECASE))
        return ("polisen" if police else "kommunen"), "", m[0]
    m = INVERTED.match(text)
    if m:
        actor = m["actor"]
        if BOTH.fullmatch(actor) or re.fullmatch(UNIT_AND_POLICE, actor, re.IGNORECASE):
            return "gemensamt", "", m[0]
        # "… ska Lokalpolisområde Helsingborgs områdespoliser …": the police area is the police.
        # "… kommer kommunpolisen att …": an officer of the police, though named after the
        # municipality it serves.
        police = bool(re.search(r"\bpolis|\blokalpolis|\w+polis(?:en|erna)?\b", actor, re.I))
        more = SUBJECTS_GO_ON.match(text, m.end())
        if more and re.search(MUNICIPALITY if police else POLICE, more[0], re.IGNORECASE):
            # "Enligt löftet lovar polisen, kommunen och bostadsbolaget att …": the subject
            # after the verb is a list naming both sides.
            return "gemensamt", "", m[0] + more[0]
        return ("polisen" if police else "kommunen"), "", m[0]
    m = IN_PARENTHESES.search(text)
    if m and PARTY_WORDS.search(m[1]):
        responsible, other = _responsibility_of(_parties(m[1].replace("/", " och ")))
        if responsible != "ej_angivet":
            return responsible, other, m[0]
    m = PASSIVE_AGENT.search(text)
    if m:
        # "Upplevda otrygghetsfaktorer ska åtgärdas av kommunen": the agent of a passive does it.
        responsible, other = _responsibility_of(_parties(m["agent"]))
        if responsible != "ej_angivet":
            return responsible, other, m[0]
    m = re.search(r"\bpolisiär\w*", _first_sentence(text), re.IGNORECASE)
    if m and default[0] == "gemensamt" and OPENING_VERB.match(text[: m.start()]):
        # "Öka den polisiära tillgängligheten" under a list both sides give: what the deed is
        # about, not who does it.
        m = None
    if (
        m
        and default[0] == "gemensamt"
        and default[2]
        and not AIM_LEAD_IN.search(default[2])
        and NOUN_PHRASE_OPENING.match(text[: m.start()])
        and not AUXILIARY.search(text)
    ):
        # "Ökad polisiär närvaro i centrum", "Polisiär synlighet på prioriterade platser" under a
        # lead-in by which both sides undertake the list ("Vi kommer att genomföra följande:"):
        # a verbless item that names the deed by its kind, not its doer.
        m = None
    # "Polisiär närvaro vid skolorna" is the police's own; "Vuxennärvaro genom nattvandrare och
    # polisiär synlighet" under a list both sides give is one of its means, not a police promise.
    # "Prioritera utredningarna polisiärt och socialt": joined to the other side's means as well.
    joined = m and (
        re.search(r"\b(?:och|samt)\s+$", text[: m.start()])
        or re.match(r"\s+(?:och|samt)\s+(?!polis)\w", text[m.end() :])
    )
    # "… som upplevs som otrygga bland kommunens invånare": the residents name no actor.
    acting = RESIDENTS.sub("", text)
    if m and not MUNICIPALITY_WORDS.search(acting) and not (joined and default[0] == "gemensamt"):
        return "polisen", "", m[0]
    m = _both_named(text)
    if m:
        return "gemensamt", "", m[0]
    m = WITH_THE_OTHER.search(text)
    if m and default[0] == "ej_angivet" and not (POLICE_WORDS.search(text[: m.start()])):
        # "Intensifiera arbetet … genom samarbete med kommunen": a promise with no subject that
        # is done together with one side is the other side's.
        return ("polisen" if m["side"].lower().startswith("kommun") else "kommunen"), "", m[0]
    return default


def _first_sentence(text):
    """The item's first sentence when "vi" promises in it: a police deed named only in a later
    one ("Vi ska arbeta för ett tryggare centrum. … synlig polisiär närvaro är målet") is said
    of the work that "vi" promise, not of who carries it. An item whose first sentence has no
    subject of its own ("Medborgarna ska få en synlig polis. Detta genom polisiär närvaro …")
    is read whole."""
    first = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", text, maxsplit=1)[0]
    return first if WE_PROMISE.match(first) else text


VERB_FIRST = re.compile(
    rf"^(?:ska|skall|kommer)\s+(?P<actor>{POLICE}|{MUNICIPALITY}|[a-zåäö]+\s+polis)\b",
    re.IGNORECASE,
)
# ", kommunen och bostadsbolaget att": more subjects listed after the first, up to "att".
SUBJECTS_GO_ON = re.compile(
    r"(?:\s*,\s*[^,.:;]{2,40}?)+\s+(?:och|samt)\s+[^,.:;]{2,40}?(?=\s+att\b)"
)


# "i samarbete med kommunen", "genom samverkan med polisen": the side worked with.
WITH_THE_OTHER = re.compile(
    r"\b(?:samarbete|samverkan)\s+med\s+(?:bland annat\s+)?(?P<side>kommunen|polisen)\b",
    re.IGNORECASE,
)


# "… ska åtgärdas av kommunen", "… kommer att genomföras av polisen och kommunen": a passive
# verb (ending in -s) and its agent; "… ska ses över och vid behov åtgärdas av kommunen": the
# agent of the last of two passives joined carries both.
PASSIVE_AGENT = re.compile(
    # "Klotter ska tas bort av kommunen": a short passive with its particle before the agent.
    r"\b(?:ska|skall|kommer att|bör|kan)\s+(?:\w+\s+){0,6}?[a-zåäö]+s"
    r"(?:\s+(?:bort|upp|över|fram|in|ut|om|till|hand\s+om))?\s+av\s+"
    rf"(?P<agent>(?:{POLICE}|{MUNICIPALITY})(?:\s+(?:och|samt)\s+(?:{POLICE}|{MUNICIPALITY}))?)\b",
    re.IGNORECASE,
)
# An item that opens with its verb and names no doer: "Öka den polisiära närvaron …",
# "Utveckla …", "Stärka …"; the verb's object follows.
OPENING_VERB = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+a\s+(?:den|det|de|en|ett)?\s*$")


# The head of a verbless item before "polisiär": nothing, or one participle or adjective
# ("Ökad", "Förstärkt", "Fortsatt", "Mer").
NOUN_PHRASE_OPENING = re.compile(r"^(?:[A-ZÅÄÖ][a-zåäö]+(?:ad|at|t|d|re)\s+)?$")
# A lead-in that names what both want to reach ("Det här vill vi åstadkomma:", "Målen är:"),
# not what both will do: a police outcome listed under it is still the police's.
AIM_LEAD_IN = re.compile(r"\b(?:vill|åstadkomma|uppnå|mål\w*)\b", re.IGNORECASE)
# A verb that makes the item a clause ("Polisiära insatser ska genomföras …"): its subject, not
# its kind, tells who does it.
AUXILIARY = re.compile(
    r"\b(?:ska|skall|kommer|lovar|har|är|blir|kan|bör|måste|vill|sker|görs)\b", re.IGNORECASE
)


RESIDENTS = re.compile(r"\bkommunens\s+(?:medborgare|invånare|befolkning|boende)\b", re.IGNORECASE)


# An introducing sentence or heading that names who carries a list: "Därför lovar kommunen att:",
# "Polisen förbinder sig att:", "Tillsammans lovar vi att:", "Polisens aktiviteter:".
POLICE_MENTION = re.compile(
    # "Polismyndighetens åtaganden:": the authority's own list, in the genitive.
    r"\b(?:polisen|polis|polisens|lokalpolis(?:en|ens)?|lokalpolisområde\w*|polismyndigheten|"
    r"polismyndighetens|"
    # "Polisiära aktiviteter:", "Polisiär aktivitet:": a group label naming the police's deeds.
    r"polisiära?\s+(?:aktivitet\w*|åtgärd\w*|insats\w*|åtaganden?))\b",
    re.I,
)
MUNICIPALITY_MENTION = re.compile(
    r"\b(?:kommunerna|kommunen|kommun|kommunens|[A-ZÅÄÖ]\w+s? kommuns?|staden|"
    r"stadsdelsförvaltning\w*|(?-i:[A-ZÅÄÖ])\w+s? stad)\b",
    re.IGNORECASE,
)
JOINT = re.compile(r"\b(?:vi|tillsammans|gemensam\w*|båda|bägge)\b", re.IGNORECASE)
PROMISING = re.compile(
    # "För att öka tryggheten kommer polisen att:": the subject between "kommer" and "att".
    r"\b(?:lovar|förbinder|åtar|ska|skall|vill|kommer(?:\s+\S+){0,8}?\s+att|avger|ansvarar|"
    r"aktiviteter|åtgärder|"
    r"insatser|\w*löfte\w*|genom att|genom|vi|gör|genomför|åtaganden?|ansvar\w*|bidrar|"
    r"arbetar|erbjuder|följande|"
    # "Kommunen tar på sig att:", "Polisen har åtagit sig att:", "Detta har kommunen bestämt
    # sig för:": other verbs by which a side takes a task on.
    r"t(?:ar|agit)\s+(?:\S+\s+)?på\s+sig|åtagit|bestämt\s+sig|beslutat)\b",
    re.IGNORECASE,
)


PARTNER_PHRASE = re.compile(
    r"\b(?:i samverkan|tillsammans|i samarbete)\s+med\s+[^,.:;]*?(?=\s+(?:lovar|ska|skall|"
    r"kommer|förbinder|åtar)\b|[,.:;]|$)",
    re.IGNORECASE,
)


def lead_in_responsible(text, givers=""):
    """(responsible, quote) of the sentence or heading that introduces a list, or None when it
    names nobody. 'vi' and 'tillsammans' are both parties' when the pledge is given by both."""
    # A short heading or lead-in naming a side ("Polisen:", "Kommunens åtaganden") names who
    # carries the list below it as well.
    if not text or not (PROMISING.search(text) or len(text.split()) <= 5):
        return None
    # The last sentence introduces the list.
    sentence = re.split(r"(?<=[.!?])\s+", text.strip())[-1]
    # "Polisen lovar att i samverkan med kommunen:": the partner does not carry the list.
    subject = PARTNER_PHRASE.sub(" ", sentence)
    police = POLICE_MENTION.search(subject)
    municipality = MUNICIPALITY_MENTION.search(subject)
    if police and municipality:
        return "gemensamt", sentence
    if JOINT.search(subject) and (givers or not (police or municipality)):
        return "gemensamt", sentence
    if police:
        return "polisen", sentence
    if municipality:
        return "kommunen", sentence
    return None


ORGANISATION_WORDS = re.compile(
    # "Alebyggen", "Exempelbyggen": a housing company named after what it builds.
    r"räddningstjänst\w*|landsting\w*|^region [A-ZÅÄÖ]\w+|bolag\w*|\bAB\b|bostäder|fastighet\w*|"
    r"[A-ZÅÄÖ]\w*byggen\b|"
    r"länsstyrelse\w*|trafikverket|[A-ZÅÄÖ]\w*hem\b|försäkringskassan|kriminalvården|"
    r"tullverket|kustbevakningen|migrationsverket|arbetsförmedlingen|"
    # "Exempeltrafiken", "Västtrafik": a transport authority named after its region, not the
    # traffic itself ("Kollektivtrafiken"); an association, a federation, a church.
    r"(?<!\w)(?=(?-i:[A-ZÅÄÖ]))(?!(?:kollektiv|bil|tåg|buss|gång|cykel|moped|lokal|tung)trafik)"
    r"\w+trafik(?:en)?\b|"
    # "Frivilliga Exempelgruppen": a name of capitalised words whose head is a group (a
    # group named in one word, "Citygruppen", may be the municipality's own).
    r"(?-i:[A-ZÅÄÖ])\w+\s+(?-i:[A-ZÅÄÖ])\w*grupp(?:en)?\b|"
    r"(?:(?-i:[A-ZÅÄÖ])\w*(?:förening|förbund|stiftelse)|(?-i:Förening|Förbund|Stiftelse))"
    r"(?:n|en|et)?\b|\bkyrkan?\b|\bfastighetsägarna\b|"
    r"\bnattvandrarna\b",
    re.IGNORECASE,
)


# "Örebro kommun, ÖrebroBostäder, Västerporten och lokalpolisområde Örebro har kommit överens
# om ett medborgarlöfte": the list of those giving the pledge, as a sentence's subject.
LISTED_GIVERS = re.compile(
    r"^(?P<list>[^.:;]{3,200}?,[^.:;]{3,200}?\s+och\s+[^.:;]{2,60}?)\s+"
    r"(?:har|kommer|lovar|ska|skall|arbetar|samverkar)\b"
)
# "ett samarbete med polisen, Vårgårda, Lerum och Alingsås kommun, Västtrafik och Trafikverket
# för att …", "i samverkan med bland annat föreningslivet och AB Ljusdalshem.": those who work
# together on the pledge.
# "Samverkan med Polis, Systembolaget och Exempelby Basket.": a sentence of its own that opens
# with the word, capitalised.
# "med stöd av Exempelgruppen och polisens volontärer": those whose support carries it.
# The list ends at a preposition of means ("… genom arbetsmodellen X och verktyget Y"): what
# follows is how the work is done, not who does it.
WORKING_WITH = re.compile(
    r"(?:\b(?i:samarbete|samverkan|samverkar|samarbetar|samverka|samarbeta)\s+(?:med|mellan)|"
    r"\b(?i:med)\s+(?i:stöd|hjälp)\s+(?:av|från))\s+(?:bland annat\s+)?"
    r"(?P<list>[^.:;]{3,200}?)"
    r"(?=\s+(?:för att|om|kring|i syfte|när|vid|under|att|genom|via)\b|[.;:]|$)"
)
# A supine in lower case after the partners ("utformat", "genomfört", "tagit", "skrivit"):
# the verb of a perfect whose "har" stands before "tillsammans med".
SUPINE_AFTER_PARTNERS = r"\s+(?-i:[a-zåäö]{2,}(?:at|it|ört|jort|tt))\b"
# "Polisen kommer tillsammans med Räddningstjänsten att …", "Vännäs kommun och polisen,
# tillsammans med Vännäs fastigheter AB, lovar att …": an organisation working with the givers
# (only names that read as an organisation's: "tillsammans med skolan" names none).
TOGETHER_WITH = re.compile(
    r"\btillsammans med\s+(?P<list>[^.:;]{3,120}?)"
    r"(?=\s*,\s*(?:lovar|ska|skall|kommer)\b|\s+(?:att|för att|lovar|ska|skall|kommer|i syfte|"
    # "har polisen tillsammans med X kommun och Y tagit fram ett medborgarlöfte"
    r"om|kring|genomföra|genomför|verka|tagit fram|tar fram|tecknat|tecknar|"
    # "kommer kommunen tillsammans med X, polisen och Y stötta uppstart …": an infinitive
    # without "att" closes the list.
    r"stötta|stödja|arbeta|jobba|driva|starta|bidra|se|ta|ge|göra|utveckla|skapa|planera|"
    r"fortsätta|utreda|undersöka|införa|erbjuda|delta|medverka|samverka|samarbeta)\b|"
    # "Kommunen har tillsammans med X och Y utformat löftena", "… har polisen tillsammans med
    # kommunen genomfört dialoger vid A, B och C": the supine of the perfect closes the list.
    + SUPINE_AFTER_PARTNERS
    + r"|\s*[.;:,](?!\s*(?:[^.:;,]+,\s*)*"
    r"[^.:;,]+\s+(?:och|samt)\s)|$)"
)
# "Medborgarlöfte 2021–2022 mellan Exempeltrafik, Trafikverket, kommunerna A, B samt
# lokalpolisområde C": a pledge made between a list of parties.
PLEDGE_BETWEEN = re.compile(
    r"\b(?:medborgar)?löfte(?:t|n|na)?(?:\s+(?:för\s+)?\d{4}(?:\s*[–—-]\s*\d{4})?)?\s+mellan\s+"
    r"(?P<list>[^.:;]{3,200}?)(?=\s+(?:för att|om|kring|i syfte)\b|[.;:]|$)",
    re.IGNORECASE,
)
# "Därav kommer Exempelby kommun och Exempelbyggen vara med och stötta …", "Polisen och
# Exempelbo ska …": one of the two giving the pledge and an organisation as a pair of subjects,
# after the verb or before it.
_CAPITAL_NAME = r"(?-i:[A-ZÅÄÖ])[\wåäö\-]+(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö\-]+){0,2}"
# "Kommer kommunen, polisen och Exempelbygdens brandförsvarsförbund (EBF) att …": the givers
# listed before the organisation, its kind perhaps in lower case, its abbreviation after it.
_PAIRED_NAME = rf"{_CAPITAL_NAME}(?:\s+[a-zåäö]*(?:förbund|bolag|bostäder|tjänsten))?"
GIVER_PAIRED = re.compile(
    rf"\b(?:{COMMIT_VERB})\s+(?P<list>(?:{GIVER},\s+)*{GIVER}\s+(?:och|samt)\s+{_PAIRED_NAME})"
    r"(?=(?:\s+\((?-i:[A-ZÅÄÖ]{2,6})\))?\s+(?:att\s+)?[a-zåäö]+\b)|"
    rf"^(?P<first>{GIVER}\s+(?:och|samt)\s+{_CAPITAL_NAME})\s+(?:{COMMIT_VERB})\b",
    re.IGNORECASE,
)
# Bodies of the municipality or the police, and words that are no organisation's name.
OWN_BODIES = re.compile(
    r"\bråd\w*|nämnd\w*|förvaltning\w*|kommun\w*|styrelse\w*|polis\w*|\bstad\b|socialtjänst\w*|"
    r"\bLPO\b|\bandra\b|\bövriga\b|\bfler\b",
    re.IGNORECASE,
)
# "Företagen ska arbeta förebyggande …", "Butikerna": a group named by its kind in the plural
# carries a promise but is no organisation with a name.
GROUP_NOUN = re.compile(
    r"^(?:företagen|butikerna|handlarna|skolorna|föreningarna|krögarna|restaurangerna|"
    r"näringslivet|föreningslivet|bostadsbolagen|fastighetsbolagen)$",
    re.IGNORECASE,
)


# An organisation's name: capitalised words ("Södertörns Brandförsvarsförbund", "AB
# Timråbo"), perhaps with a lower-case word naming its kind ("Södertörns brandförsvarsförbund").
_ORGANISATION_NAME = (
    r"(?-i:[A-ZÅÄÖ])[\wåäö\-]+(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö\-]+){0,3}"
    r"(?:\s+[a-zåäö]*(?:förbund|bolag|bostäder|tjänsten))?"
)
_LISTED = rf"(?:{POLICE}|{MUNICIPALITY}|{_ORGANISATION_NAME})"
PARTY_LIST = re.compile(
    rf"\b(?P<list>(?:{_LISTED},\s+)+{_LISTED}\s+(?:och|samt)\s+{_LISTED})(?=[\s.,;:]|$)",
    re.IGNORECASE,
)

# "Region Hallands lokala nämnd i Varberg", "Exempelnämnden i Region Halland": a body of the
# region, named with it, is no body of the municipality.
REGIONAL_BODY = re.compile(
    r"^Region [A-ZÅÄÖ]\w+s? [a-zåäö]|^[A-ZÅÄÖ][\wåäö]+ (?:i |inom )?Region [A-ZÅÄÖ]\w+$"
)
# "nätverket Föräldrar emellan", "föreningen Exempelgården": a noun of an organisation's kind
# in the definite form before its name says that the name is an organisation's.
KIND_BEFORE_NAME = re.compile(
    r"^(?:nätverket|föreningen|organisationen|bolaget|företaget|stiftelsen|förbundet|"
    r"gruppen|kooperativet)\s+(?=(?-i:[A-ZÅÄÖ]))",
    re.IGNORECASE,
)
# "Exempelbolaget lovar att:", "Exempelbo förbinder sig att …": a line whose subject is an
# organisation and whose verb is the pledging one, opening what it promises.
PARTY_LEAD_IN = re.compile(
    r"^\s*(?P<name>(?-i:[A-ZÅÄÖ])[\wåäö\-'’]+(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö\-'’]+){0,2})\s+"
    r"(?:lovar|åtar sig|förbinder sig)(?:\s+att)?\s*[:.…]*\s*$"
)
# "Till skillnad från tidigare år är Exempeltjänsten Norr – Syd en del i årets medborgarlöfte",
# "Exempelbo är nu en del av medborgarlöftet": an organisation as the subject of being a part
# of the pledge (after the verb when an adverbial opens the sentence). Its name may join two
# capitalised parts with a dash.
_DASHED_NAME = (
    r"(?-i:[A-ZÅÄÖ])[\wåäö\-]+(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö\-]+){0,3}"
    r"(?:\s+[–-]\s+(?-i:[A-ZÅÄÖ])[\wåäö\-]+(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö\-]+){0,2})?"
)
_PART_OF = r"(?:\s+(?:också|även|nu))?\s+en\s+del\s+(?:i|av)\s+(?:[\wåäö]+\s+)?(?:medborgar)?löfte"
PART_OF_PLEDGE = re.compile(
    rf"\b(?:är|blir)\s+(?P<after>{_DASHED_NAME}){_PART_OF}|"
    rf"^(?P<first>{_DASHED_NAME})\s+(?:är|blir){_PART_OF}",
    re.IGNORECASE,
)
# Those who sign: the subjects of a verb of signing ("Region X, Y kommun och polisen har nu
# skrivit under ett medborgarlöfte"), or those an agreement is made between
# ("samverkansöverenskommelsen som tecknats mellan A, B och C").
SIGNED_BY = re.compile(
    r"^(?P<list>[^.:;]{3,200}?)\s+(?:har\s+(?:[\wåäö]+\s+){0,6}?)?"
    r"(?:skrivit under|undertecknat|tecknat|skriver under|undertecknar)\b|"
    r"\b(?:\w*överenskommelse\w*|avtal\w*)\s+(?:som\s+(?:[\wåäö]+\s+){0,2}?)?"
    r"(?:(?:under)?tecknats\s+)?mellan\s+(?P<between>[^.:;]{3,200}?)(?=\s+(?:för att|om|kring|"
    r"i syfte)\b|[.;:]|$)",
    re.IGNORECASE,
)
# "Marie Exempel (C)": a name with a political party's letters is a person's.
PARTY_LETTERS = re.compile(r"\((?:S|M|C|V|L|KD|SD|MP|FP)\)$")


def _is_place(name, places):
    """Whether a name is one of the places, also in the genitive ("Bjurholms, Vindelns och
    Umeå kommun": the municipalities, each named with the last one's "kommun")."""
    lower = name.lower()
    return lower in places or (lower.endswith("s") and lower[:-1] in places)


def named_partners(blocks, place_names=()):
    """Organisations named beside the municipality and the police in a sentence listing who
    gives the pledge or who works together on it; places ("Vårgårda") are not organisations."""
    places = {name.lower() for name in place_names}
    found = []
    for block in blocks:
        for line_index, line in enumerate(block.lines):
            for sentence in re.split(r"(?<=[.!?])\s+", line.strip(" •-–*\t")):
                lists = [(m["list"], False) for m in WORKING_WITH.finditer(sentence)]
                given = LISTED_GIVERS.match(sentence)
                if given and re.search(r"polis", given["list"], re.IGNORECASE):
                    lists.append((given["list"], False))
                lists += [(m["list"], True) for m in TOGETHER_WITH.finditer(sentence)]
                lists += [(m["list"], False) for m in PLEDGE_BETWEEN.finditer(sentence)]
                lists += [(m["list"] or m["first"], False) for m in GIVER_PAIRED.finditer(sentence)]
                signing = SIGNED_BY.search(sentence)
                if signing and signing["between"]:
                    lists.append((signing["between"], False))
                # Names that the sentence's structure says are an organisation's.
                vouched = set()
                part = PART_OF_PLEDGE.search(sentence)
                if part:
                    name = part["after"] or part["first"]
                    if not (_is_police(name) or _is_municipality(name)):
                        lists.append((name, False))
                        vouched.add(name)
                lead_in = PARTY_LEAD_IN.match(sentence)
                # Not "Vi lovar att:", nor a group named by its kind in the definite plural
                # ("Aktörerna lovar att:").
                if (
                    lead_in
                    and not re.fullmatch(GIVER_OR_WE, lead_in["name"], re.IGNORECASE)
                    and not re.fullmatch(r"[\wåäö]+(?:rna|na)", lead_in["name"])
                ):
                    lists.append((lead_in["name"], False))
                    vouched.add(lead_in["name"])
                if re.search(r"löfte", sentence, re.IGNORECASE):
                    # "… utformar lokalpolisen i Huddinge, Huddinge kommun och Södertörns
                    # Brandförsvarsförbund medborgarlöften tillsammans": a list of those who
                    # give the pledge, wherever it stands in the sentence.
                    lists += [(m["list"], False) for m in PARTY_LIST.finditer(sentence)]
                for listed, _named_only in lists:
                    # "tillsammans med Alebyggen (och polis)": an aside in brackets names those
                    # already giving the pledge, not a part of the name before it.
                    listed = re.sub(r"\s*\((?:och|samt|med)\s[^()]*\)", "", listed)
                    # "Alebyggen (och polis)": the brackets of an aside are no part of a name.
                    names = [_balanced(name.strip(" .")) for name in _parties(listed)]
                    for index, name in enumerate(names):
                        kind = KIND_BEFORE_NAME.match(name)
                        if kind:
                            names[index] = name[kind.end() :]
                            vouched.add(names[index])
                        # "Exempelgruppen i Norrby": the place after the name is where it works.
                        place = re.search(r"\s+i\s+([A-ZÅÄÖ][\wåäö]+)$", names[index])
                        if place and place[1].lower() in places and not REGIONAL_BODY.match(name):
                            names[index] = names[index][: place.start()]
                    # A list that names one of the two giving the pledge is a list of parties
                    # ("tillsammans med Exempelby kommun och Exempelbo" as well).
                    # A title ("Agneta Kumlin, lokalpolisområdeschef och …") names a person,
                    # not a giver.
                    of_givers = any(
                        (_is_police(n) or _is_municipality(n)) and not re.search(r"chef$", n)
                        for n in names
                    )
                    for name in names:
                        # A name, not a clause: at most one word in lower case ("Stockholms
                        # lokaltrafik (SL)"), so "Folkhälsan fokusera på …" is no name.
                        lower = [w for w in name.split() if w[:1].islower()]
                        # "Region Hallands lokala nämnd i Varberg": a body of the region, named
                        # at more length, is no body of the municipality.
                        regional = REGIONAL_BODY.match(name) and len(name.split()) <= 7
                        if (
                            regional
                            or (
                                name in vouched
                                and not OWN_BODIES.search(name)
                                and not _is_place(name, places)
                                and len([w for w in name.split() if w not in "–-"]) <= 4
                            )
                            or (
                                name[:1].isupper()
                                and len(name.split()) <= 4
                                and len(lower) <= 1
                                and (of_givers or ORGANISATION_WORDS.search(name))
                                and not OWN_BODIES.search(name)
                                and not _is_place(name, places)
                                and not re.search(r"\d", name)
                            )
                        ):
                            found.append((name, block.start + line_index, sentence))
    # Two readings of one list ("Region Hallands" and "Region Hallands lokala nämnd i
    # Varberg"): the longer name.
    names = {name for name, _, _ in found}
    return [f for f in found if not any(n.startswith(f[0] + " ") for n in names)]


def other_parties(actions, signatories, blocks=(), place_names=()):
    """Organisations besides the municipality and the police: those that co-sign
    ("undertecknar") and those named as carrying promises or as working together on the
    pledge ("medverkar")."""
    from .document import Found

    places = {name.lower() for name in place_names}
    found = {}
    for person in signatories:
        if person.side == "annan" and person.organisation:
            found.setdefault(
                person.organisation.lower(),
                Found(
                    {"name": person.organisation, "role": "undertecknar"}, person.line, person.quote
                ),
            )
    for action in actions:
        for name in _parties(action.other_party):
            name = name.strip(" .")
            public_body = re.match(r"(?:räddningstjänst|landsting)", name, re.IGNORECASE)
            named = name[:1].isupper() or public_body
            # A name that carries promises or takes part in them ("Max lovar att:",
            # "tillsammans med Räddningstjänsten samt Hemab") is an organisation, as are words
            # that name one.
            # "Kommunen, polisen, Bostadsstiftelsen X och andra genomför …" as well.
            quote = action.responsible_quote or ""
            carries = (
                action.responsible == "annan"
                or re.search(r"(?:tillsammans|samverkan) med", quote, re.IGNORECASE)
                or SUBJECT_LIST.match(quote)
            )
            if (
                named
                and (ORGANISATION_WORDS.search(name) or carries)
                and len(name.split()) <= 4
                and not OWN_BODIES.search(name)
                and not GROUP_NOUN.match(name)
                and not _is_place(name, places)
            ):
                found.setdefault(
                    name.lower(),
                    Found(
                        {"name": name, "role": "medverkar"}, action.line, action.responsible_quote
                    ),
                )
    people = {person.name.lower() for person in signatories}
    for name, line, quote in named_partners(blocks, place_names):
        # "Marie Exempel (C), kommunalråd, och …": a person named in a list, not an organisation.
        if PARTY_LETTERS.search(name) or PARTY_LETTERS.sub("", name).strip().lower() in people:
            continue
        signing = SIGNED_BY.search(quote)
        role = "medverkar"
        if signing and name in _parties(signing["list"] or signing["between"] or ""):
            role = "undertecknar"
        party = found.setdefault(name.lower(), Found({"name": name, "role": role}, line, quote))
        if role == "undertecknar":
            party.value["role"] = role
    whole = "\n".join(block.text for block in blocks)
    for party in found.values():
        party.value["name"] = _with_company_form(party.value["name"], whole)
    return _without_abbreviations(list(found.values()), whole)


# "Exempelby Bostads AB (EBAB)": a name with its abbreviation in brackets after it.
ABBREVIATED = re.compile(
    r"\b(?P<name>(?-i:[A-ZÅÄÖ])[\wåäö\-]*(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö\-]*){0,3})\s+"
    r"\((?P<short>(?-i:[A-ZÅÄÖ]{2,6}))\)"
)


def _balanced(name):
    """'Alebyggen (' as 'Alebyggen': a bracket left open by an aside ("Alebyggen (och polis)")
    is no part of the name; 'Stockholms lokaltrafik (SL)' keeps its closed one."""
    if name.count("(") > name.count(")"):
        name = name[: name.rfind("(")] if name.rstrip().endswith("(") else name
        name = name.rstrip(" (") if name.count("(") > name.count(")") else name
    if name.count(")") > name.count("("):
        name = name.lstrip(")").rstrip(")")
    return name.strip()


def _without_abbreviations(parties, text):
    """A party found both by its abbreviation alone ("EBAB") and by its name with the
    abbreviation in brackets ("Exempelby Bostads AB (EBAB)") is one party, named without the
    bracket."""
    names = {m["short"]: m["name"] for m in ABBREVIATED.finditer(text)}
    found = {party.value["name"] for party in parties}
    result, seen = [], set()
    for party in parties:
        name = party.value["name"]
        bracket = re.search(r"\s*\(((?-i:[A-ZÅÄÖ]{2,6}))\)$", name)
        if bracket and bracket[1] in found:
            name = name[: bracket.start()]
        elif name in names and any(other.endswith(f"({name})") for other in found):
            name = names[name]
        party.value["name"] = name
        if name.lower() not in seen:
            seen.add(name.lower())
            result.append(party)
    return result


def _with_company_form(name, text):
    """'Exempelbo' as 'AB Exempelbo' where the text also writes it with its company form."""
    if re.search(r"\bAB\b", name):
        return name
    m = re.search(rf"\bAB {re.escape(name)}\b|\b{re.escape(name)} AB\b", text)
    return m[0] if m else name


POLICE_OWN_PLEDGE = re.compile(
    r"\b(?:polisens|lokalpolisområde [A-ZÅÄÖ]\w+s|LPO [A-ZÅÄÖ]\w+s)\s+medborgarlöften?\b|"
    # "Det utlovar Landskronapolisen nu i sitt medborgarlöfte", "Det lovar nu polisen i
    # myndighetens nya giv: medborgarlöften": the police promising in a pledge of its own.
    r"\b(?:ut)?lovar\s+(?:nu\s+)?\w*polisen\s+(?:nu\s+)?i\s+(?:sitt|sina|myndighetens)\b",
    re.IGNORECASE,
)
POLICE_OWN_WORD = re.compile(
    r"\b\w*polisen\b[^.]{0,40}?\b(?:sina\s+egna|sitt\s+eget|ett\s+eget)\s+medborgarlöften?\b",
    re.IGNORECASE,
)
ISSUER_CARRIES = {"kommun_och_polis": "gemensamt", "polisen": "polisen", "kommunen": "kommunen"}


def carried_by_issuer(actions, issuer):
    """A listed promise that names nobody, under no list sentence naming anybody, is carried by
    those who give the pledge: both, the police or the municipality. Flagged: it is not written
    at the promise. A promise of "vi" in a pledge one side gives alone is that side's."""
    if issuer is None:
        return
    for action in actions:
        # "Vi …" or "Tillsammans …" in a pledge one side gives alone is that side's promise.
        quote = action.responsible_quote or ""
        if (
            issuer.value in ("polisen", "kommunen")
            and action.responsible == "gemensamt"
            and not (POLICE_MENTION.search(quote) and MUNICIPALITY_MENTION.search(quote))
        ):
            action.responsible = issuer.value
        # A promise under a heading of its own ("Bekämpning av bedrägerier" and a paragraph)
        # stands apart from any list sentence: it stays unassigned.
        # So does one that names no one in a list whose other items each name their side.
        if (
            action.responsible == "ej_angivet"
            and not action.under_own_heading
            and not action.in_mixed_list
        ):
            action.responsible = ISSUER_CARRIES[issuer.value]
            action.responsible_sure = False
            action.responsible_doubt = (
                "löftet och meningen före listan nämner ingen part; den som ger löftet antogs"
            )


# "Polisen har efter en dialog med medborgarna tagit fram ett medborgarlöfte för 2020 i X
# kommun", "… avger Lokalpolisområde X följande löfte": the police alone as the subject that
# gives the pledge; the municipality, if named, only as the place or a source.
POLICE_SUBJECT = r"(?:[Pp]olisen|[Ll]okalpolisområde [A-ZÅÄÖ][\w/\-]+)"
GIVES = r"(?:tagit fram|tar fram|avger|avgett|ger|lämnar|lämnat)"
POLICE_GIVES = re.compile(
    rf"\b{POLICE_SUBJECT}\s+(?:har\s+)?(?:[^.,]{{0,60}}?\s)?{GIVES}\s+(?:\w+\s+){{0,2}}"
    rf"(?:medborgar)?löften?\b|\b{GIVES}\s+{POLICE_SUBJECT}\s+(?:\w+\s+){{0,2}}"
    rf"(?:medborgar)?löften?\b"
)
# The municipality beside the police as a giver: "polisen och kommunen", "tillsammans med
# kommunen", "i samverkan med X kommun".
WITH_MUNICIPALITY = re.compile(
    r"(?:\boch|\bsamt|,|\btillsammans med|\bi samverkan med)\s+(?:\w+\s+)?"
    r"(?:kommun\w*|[A-ZÅÄÖ]\w+s? (?:kommun|stad)|staden)\b|"
    r"\b(?:kommun\w*|[A-ZÅÄÖ]\w+s? (?:kommun|stad))\s+(?:och|samt|,)\s+(?:\w+\s+)?\w*polis",
    re.IGNORECASE,
)


def read_issuer(blocks, signatories, actions, has_municipality):
    """Who gives the pledge: "kommun_och_polis", "polisen" or "kommunen"."""
    from .document import Found

    for block in blocks[1:]:
        for sentence in re.split(r"(?<=[.!?])\s+", block.text):
            # "… presenterade Ystadpolisen sina egna medborgarlöften": a pledge the police give
            # on their own, whatever a headline says of a joint one still to come.
            if POLICE_OWN_WORD.search(sentence):
                return Found("polisen", block.start, sentence)
    for index, block in enumerate(blocks):
        for sentence in re.split(r"(?<=[.!?])\s+", block.text):
            # "polisens medborgarlöften för en tryggare stadskärna", "Lokalpolisområde Nackas
            # medborgarlöften 2022": the police's own pledge; a page title "Polisens
            # medborgarlöfte" over a joint pledge says less.
            if (
                index
                and POLICE_OWN_PLEDGE.search(sentence)
                and not MUNICIPALITY_MENTION.search(sentence)
            ):
                return Found("polisen", block.start, sentence)
            if POLICE_GIVES.search(sentence) and not WITH_MUNICIPALITY.search(sentence):
                return Found("polisen", block.start, sentence)
            if re.search(r"löfte|lovar|överens", sentence, re.IGNORECASE) and (
                POLICE_MENTION.search(sentence) and MUNICIPALITY_MENTION.search(sentence)
            ):
                return Found("kommun_och_polis", block.start, sentence)
    sides = {person.side for person in signatories}
    if {"polis", "kommun"} <= sides:
        return Found("kommun_och_polis", signatories[0].line, signatories[0].quote)
    carried = {action.responsible for action in actions}
    # One side signs, but promises carried by both sides or jointly make it both sides' pledge.
    if sides == {"polis"} and not carried & {"kommunen", "gemensamt"}:
        return Found("polisen", signatories[0].line, signatories[0].quote)
    if sides == {"kommun"} and not carried & {"polisen", "gemensamt"}:
        return Found("kommunen", signatories[0].line, signatories[0].quote)
    if "gemensamt" in carried or {"polisen", "kommunen"} <= carried:
        return Found("kommun_och_polis", actions[0].line, "")
    # "Detta har polisen genomfört:" and "Detta har kommunen genomfört:": each side introduces
    # a list of its own (what it did, in a follow-up), so both give the pledge.
    introduced = {}
    for block in blocks:
        text = block.text.strip()
        said = lead_in_responsible(text) if text.endswith(":") and len(block.lines) == 1 else None
        if said:
            introduced.setdefault(said[0], (block.start, text))
    if {"polisen", "kommunen"} <= set(introduced):
        line, quote = min(introduced.values())
        return Found("kommun_och_polis", line, quote)
    if has_municipality:
        return Found(
            "kommun_och_polis",
            0,
            "",
            sure=False,
            doubt="texten säger inte uttryckligen vem som ger löftet; kommunen och polisen antogs",
        )
    return None
