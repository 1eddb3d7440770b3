"""A quote in which the speaker names "our promise" and says what it is gives the pledge's
words; other quotes stay what someone says."""

from tests.imports.reading.reading import promises_of

PAGE = (
    "Nya medborgarlöften i Kiruna\n\n"
    "Kiruna kommun och polisen har skrivit under årets medborgarlöften.\n\n"
    "{quote}\n\n"
    "Löftena i trafiken är:\n\n"
    "  • att kontrollera hastigheten vid skolorna varje vecka\n"
)


def test_our_promise_in_a_quote():
    quote = (
        "- Vårt löfte till föräldrarna är att bjuda in till en kväll om nätdroger. Vi ska också "
        "öppna fritidsgården på fredagar, säger Eva Ek, kommundirektör."
    )
    found = promises_of(PAGE.format(quote=quote))
    assert len(found) == 3
    assert found[0][1].startswith("Vårt löfte till föräldrarna")
    assert found[1][1].startswith("Vi ska också öppna")


def test_our_promises_in_a_quote_in_another_wording():
    quote = (
        "– Våra nya löften blir att synas mer i byarna, berättar Bo Sahl, lokalpolisområdeschef."
    )
    found = promises_of(PAGE.format(quote=quote))
    assert len(found) == 2


def test_a_quote_of_opinion_stays_out():
    quote = "- Vi är glada över samarbetet och ser fram emot året, säger Eva Ek, kommundirektör."
    found = promises_of(PAGE.format(quote=quote))
    assert len(found) == 1
