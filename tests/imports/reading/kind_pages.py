"""Made-up pledge and follow-up pages for the kind decision: (name, expected kind, text)."""
# ruff: noqa: E501  (the pages keep their paragraphs on one line, as copied from the web)

TEXTS = [
    (
        "a01-past-situation",
        "pledge",
        """Medborgarlöfte 2025 för Ekhamra kommun

Lägesbild

Under 2024 genomförde polisen 55 trafikkontroller i centrum och 40 hastighetskontroller på Storgatan. Förra året hölls 12 trygghetsvandringar och 140 boende deltog. Medborgardialogen visade att många upplever otrygghet vid busstationen.

Polisen lovar att:

• genomföra minst 30 trafikkontroller vid skolorna under året
• vara synlig vid busstationen fredagskvällar

Kommunen lovar att:

• förbättra belysningen vid busstationen
• anordna fyra trygghetsvandringar

Anna Lind, kommunstyrelsens ordförande
Per Ek, lokalpolisområdeschef
""",
    ),
    (
        "a02-news-last-year",
        "pledge",
        """Nytt medborgarlöfte i Sjölunda

Polisen och Sjölunda kommun har tecknat ett nytt medborgarlöfte för 2025.

Förra årets löfte följdes upp i december. Under 2024 genomfördes 30 trafikkontroller och 8 föräldravandringar hölls. 22 personer lagfördes för ringa narkotikabrott.

För 2025 lovar polisen och kommunen att:

- genomföra 20 riktade insatser mot narkotika i centrala Sjölunda
- tillsammans med föreningslivet starta nattvandring i Västra Sjölunda

Löftet följs upp två gånger per år.
""",
    ),
    (
        "a03-fu-no-word",
        "followup",
        """Medborgarlöftet i Granbo 2024 – vad blev gjort?

Polisen lovade att genomföra 20 trafikkontroller vid skolorna. 24 trafikkontroller genomfördes under året.

Kommunen skulle anordna två trygghetsvandringar i Norra Granbo. Båda hölls i oktober och 35 boende deltog.

Polisen och kommunen lovade också att träffa föreningarna. Tre möten hölls.
""",
    ),
    (
        "a04-delarsrapport",
        "followup",
        """Delårsrapport medborgarlöfte Mossvik 2024

Rapporten gäller januari till juni 2024.

Trafik

Polisen har genomfört 14 av 25 planerade hastighetskontroller. Arbetet pågår.

Ungdomar

Kommunen har anställt två fältassistenter. Löftet är genomfört.
""",
    ),
    (
        "a05-pledge-with-last-year-summary",
        "pledge",
        """Medborgarlöfte Lövtorp 2025–2026

Bakgrund

Förra året skulle kommunen anordna fyra trygghetsvandringar och polisen genomföra 30 trafikkontroller. Båda målen nåddes. Läs lägesrapporten för 2024 på kommunens webbplats.

Under 2024 anmäldes 120 bostadsinbrott i kommunen, vilket var fler än året innan.

Polisen ska:

- genomföra minst 40 trafikkontroller per år
- informera om brottsförebyggande åtgärder vid två tillfällen per år

Kommunen ska:

- stödja grannsamverkan i alla tätorter
- anordna fyra trygghetsvandringar per år
""",
    ),
    (
        "a06-hur-gick-det-below",
        "pledge",
        """Medborgarlöfte 2025 i Furuby

I år fokuserar polisen och kommunen på trafiksäkerhet och unga i centrum.

Polisen kommer att:

• genomföra 25 hastighetskontroller vid skolor
• delta i kommunens ungdomsråd två gånger per termin

Kommunen kommer att:

• sätta upp farthinder på Skolvägen
• ha öppet på fritidsgården fredagar

Hur gick det med förra årets löfte?

Under 2024 genomfördes 22 hastighetskontroller. Fritidsgården hölls öppen 40 fredagar.
""",
    ),
    (
        "a07-fu-news",
        "followup",
        """Polis och kommun höll vad de lovade i Norrvala

Medborgarlöftet för 2024 är nu avslutat.

Under 2024 genomförde polisen 62 trafikkontroller, fler än de 50 som var utlovade. Kommunen har anordnat fem trygghetsvandringar och satt upp belysning i parken.

Löftet är genomfört, säger kommunpolisen Eva Berg.
""",
    ),
    (
        "a08-prose-pledge-past-bg",
        "pledge",
        """Medborgarlöftet förnyas i Tallbacka

Under 2024 genomförde polisen 55 trafikkontroller och kommunen satte upp ny belysning vid stationen. Arbetet har gett resultat och färre anmälningar om skadegörelse gjordes.

Nu förnyas löftet. Under 2025 kommer polisen att genomföra minst 40 trafikkontroller vid skolorna. Kommunen ska anordna tre föräldravandringar under hösten.

Löftet skrevs under av kommunalrådet Lisa Holm och lokalpolisområdeschefen Jan Falk.
""",
    ),
    (
        "a09-lagesrapport",
        "followup",
        """Lägesrapport medborgarlöften Björnhyttan, januari–juni 2024

Löfte 1: Polisen ska genomföra 20 trafikkontroller.

Hittills har 11 trafikkontroller genomförts.

Löfte 2: Kommunen ska sätta upp kameror vid resecentrum.

Kamerorna sattes upp i april.
""",
    ),
    (
        "a10-heading-past-numbers",
        "pledge",
        """Medborgarlöfte 2024–2025 Åsvik

Så ser det ut i Åsvik

År 2023 hölls 14 trygghetsvandringar och 210 personer deltog. Polisen genomförde 48 narkotikakontroller. 31 bilar kontrollerades vid skolan.

Polisen kommer att:

• genomföra 60 narkotikakontroller per år
• besöka skolorna en gång per termin

Kommunen kommer att:

• erbjuda föräldrautbildning
""",
    ),
    (
        "a11-fu-skulle",
        "followup",
        """Medborgarlöftet 2023 i Vallby

Polisen skulle genomföra 10 insatser mot buskörning.

Genomfört 12 insatser. 9 förare rapporterades.

Kommunen skulle anordna tre föräldramöten om droger.

Genomfört 3 föräldramöten med sammanlagt 80 deltagare.
""",
    ),
    (
        "a12-results-then-pledge",
        "pledge",
        """Resultat från 2024 och nytt löfte i Kvarnby

Under 2024 hölls 9 trygghetsvandringar och polisen genomförde 35 trafikkontroller. Kommunen byggde om gångtunneln vid Ängsvägen.

Medborgarlöfte 2025

Polisen och kommunen åtar sig att:

- genomföra sex trygghetsvandringar under året
- polisen genomför 40 trafikkontroller vid skolorna
""",
    ),
    (
        "a13-vad-hande",
        "pledge",
        """Vad hände 2024?

Polisen genomförde 70 trafikkontroller och 18 personer lagfördes för rattfylleri. Fältgruppen hölls igång varje helg.

Våra löften för 2025

Polisen ska genomföra 80 trafikkontroller.

Kommunen ska se till att fältgruppen arbetar alla helger.
""",
    ),
]
