"""How sure the reader is of the promises it found (certainty.py): a promise read from running
text is marked unsure, and so is the number of promises when one was, when a list that reads
like deeds was left out, or when none was found."""

from imports.documents import measure, text

from .reading import read

HEADING = "Medborgarlöfte Kiruna 2031\n\n"
LIST = (
    "Polisen och kommunen lovar att:\n\n"
    "• genomföra fyra trygghetsvandringar i centrum\n"
    "• arrangera en föräldraträff om narkotika på varje skola\n"
)


def test_a_page_of_listed_promises_is_read_surely():
    extraction = read(HEADING + LIST)
    assert [action.sure for action in extraction.actions] == [True, True]
    assert extraction.promise_count.value == 2 and extraction.promise_count.sure
    assert not [line for line in extraction.doubts() if "löften" in line]


def test_a_promise_read_from_running_text_is_marked_for_checking():
    extraction = read(
        HEADING
        + LIST
        + "\nUnder hösten ska polisen dessutom genomföra en informationskampanj om bedrägerier.\n"
    )
    assert [action.sure for action in extraction.actions] == [True, True, False]
    assert "löptext" in extraction.actions[2].doubt
    assert not extraction.promise_count.sure
    assert "Osäkert: antalet löften (3): löfte 3 lästes ur löptext" in extraction.doubts()


def test_a_list_of_deeds_left_out_is_named_with_its_line():
    document = (
        HEADING
        + LIST
        + "\nLägesbild\n\nI medborgardialogen framkom att invånarna vill att man ska:\n\n"
        "• öka närvaron i centrum på kvällarna\n"
        "• arbeta mot langning av alkohol\n"
    )
    extraction = read(document)
    assert len(extraction.actions) == 2
    line = text.clean(document).split("\n").index("• öka närvaron i centrum på kvällarna") + 1
    assert not extraction.promise_count.sure
    assert extraction.promise_count.doubt == (
        f"punktlistan som börjar ”öka närvaron i centrum på kvällarna …” (rad {line}, 2 "
        "punkter) lästes inte som löften men ser ut att nämna åtgärder"
    )


def test_a_list_of_problems_left_out_raises_no_doubt():
    document = (
        HEADING + "Lägesbild\n\nInvånarna oroar sig för:\n\n"
        "• narkotikahandel vid stationen\n"
        "• nedskräpning i parkerna\n\n" + LIST
    )
    extraction = read(document)
    assert len(extraction.actions) == 2 and extraction.promise_count.sure


def test_a_page_with_no_promise_found_says_so():
    extraction = read(HEADING + "Kommunen och polisen har träffats och talat om tryggheten.\n")
    assert extraction.actions == []
    assert not extraction.promise_count.sure
    assert extraction.promise_count.doubt == "inga löften hittades; lägg till dem från texten"


def test_the_measure_counts_how_often_sure_and_unsure_readings_are_right():
    expected = {
        "kind": "pledge",
        "period": ["2031-01-01", "2031-12-31"],
        "actions": [{"promise": "genomföra fyra trygghetsvandringar", "responsible": "polisen"}],
    }
    sure_and_right = {
        "kind": "pledge",
        "period": ["2031-01-01", "2031-12-31"],
        "sure": {"period": True, "promise_count": True},
        "actions": [
            {"promise": "genomföra fyra trygghetsvandringar", "responsible": "polisen"},
        ],
    }
    unsure_with_an_extra = {
        "kind": "pledge",
        "period": ["2030-01-01", "2031-12-31"],
        "sure": {"period": False, "promise_count": False},
        "actions": [
            {"promise": "genomföra fyra trygghetsvandringar", "responsible": "kommunen"},
            {"promise": "kommunen har en samordnare", "responsible": "kommunen", "sure": False},
        ],
    }
    result = measure.certainty([(expected, sure_and_right), (expected, unsure_with_an_extra)])
    assert result["promise"] == {True: [2, 2], False: [1, 0]}
    assert result["action_count"] == {True: [1, 1], False: [1, 0]}
    assert result["period"] == {True: [1, 1], False: [1, 0]}
    assert result["responsible"] == {True: [3, 1], False: [0, 0]}
    lines = measure.certainty_lines(result)
    assert "löfte                        2     2   1.00        1     0   0.00" in lines
    assert "antal löften                 1     1   1.00        1     0   0.00" in lines
