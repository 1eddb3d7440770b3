"""Working methods and focus areas, by the words that name them."""

import re

# Methods and focus areas, by the words that name them.
METHOD_WORDS = {
    "est": r"\bEST\b|effektiv samordning för trygghet",
    "bo-tryggt-2030": r"bo tryggt 2030",
    "grannsamverkan": r"grannsamverkan|grannsamverkans",
    "trygghetsvandring": r"trygghetsvandring",
    "hot-spots": r"hot ?spots?",
    "medborgardialog": r"medborgardialog|dialogmöte",
    "trygghetsmatning": r"trygghetsmätning|trygghetsundersökning|trygghetsenkät",
    "naringslivssamverkan": r"näringsliv",
    "informationsinsats": r"informationsinsats",
}
FOCUS_WORDS = {
    "trygghet": r"\btrygghet",
    "narkotika": r"narkotika|droger|droghantering",
    "valdsbrott": r"våldsbrott|\bvåld\b",
    "mans-vald-mot-kvinnor": r"mäns våld mot kvinnor|våld i nära relation",
    "skadegorelse": r"skadegörelse|klotter",
    "bedragerier": r"bedrägeri",
    "trafiksakerhet": r"trafiksäkerhet|trafikbrott",
    "unga": r"\bunga\b|ungdom",
    "inbrott": r"inbrott",
    "it-relaterad-brottslighet": r"it-relaterad",
    "kriminella-natverk": r"kriminella nätverk|kriminella gäng|gängkriminalitet",
}


def methods_in(text):
    return [slug for slug, words in METHOD_WORDS.items() if re.search(words, text, re.I)]


def focus_areas_in(text, generic=True):
    """Focus areas named in `text`; without `generic`, not the catch-all 'trygghet'."""
    return [
        slug
        for slug, words in FOCUS_WORDS.items()
        if (generic or slug != "trygghet") and re.search(words, text, re.IGNORECASE)
    ]
