"""The structure reader: blocks, headings, lists and promise sentences."""

from imports.documents.reading.structure import Block, blocks_of, is_heading, promise_lines


def test_promises_written_as_sentences_one_a_line():
    block = Block(
        4,
        [
            "Polisen lovar att genomföra trygghetsvandringar.",
            "Vi lovar att hålla informationsträffar",
            "för äldre.",
            "Kommunen ska i samverkan med Kalmarhem erbjuda kurser.",
        ],
    )
    assert [line for line, _ in promise_lines(block)] == [4, 5, 7]
    assert promise_lines(block)[1][1] == "Vi lovar att hålla informationsträffar för äldre."
    assert promise_lines(Block(1, ["Bakgrund: polisen lovar att …"])) == []


def test_a_promise_heading_written_straight_above_its_promises_is_split_off():
    blocks = blocks_of("Våra löften\nPolisen lovar att synas.\nKommunen lovar att lysa.")
    assert [b.text for b in blocks] == [
        "Våra löften",
        "Polisen lovar att synas. Kommunen lovar att lysa.",
    ]
    assert len(blocks_of("Bakgrund\nPolisen lovar att synas.")) == 1


def test_a_list_introduced_without_a_blank_line_is_a_block_of_its_own():
    blocks = blocks_of("Polisen lovar att:\n • synas\n • lysa")
    assert [b.text for b in blocks] == ["Polisen lovar att:", "• synas • lysa"]
    assert is_heading(Block(1, ["Lägesbild"])) and not is_heading(Block(1, ["Det är så."]))


def test_a_short_heading_glued_to_its_promise_is_no_part_of_it():
    block = Block(7, ["Tryggare centrum.", "Polisen lovar att synas på torget varje fredag."])
    assert promise_lines(block) == [(8, "Polisen lovar att synas på torget varje fredag.")]
    # A sentence that starts no promise and is not short still keeps the paragraph out.
    block = Block(7, ["Vi har under året sett fler inbrott i centrum.", "Polisen lovar att synas."])
    assert promise_lines(block) == []


def test_a_line_further_left_than_the_bullets_ends_the_list():
    from imports.documents.reading.structure import blocks_of, bullet_items

    blocks = blocks_of(
        " • Polisen ska synas i centrum\n  och vid stationen\n"
        "Resultatet följs upp två gånger per år"
    )
    assert [b.text for b in blocks][1:] == ["Resultatet följs upp två gånger per år"]
    assert bullet_items(blocks[0]) == [(1, "Polisen ska synas i centrum och vid stationen")]


def test_a_numbered_promise_heading_is_split_from_its_paragraph_whatever_it_starts_with():
    blocks = blocks_of("Löfte 2\nFör att möta önskemålen avdelas en patrull till skolorna.")
    assert [b.text for b in blocks] == [
        "Löfte 2",
        "För att möta önskemålen avdelas en patrull till skolorna.",
    ]
    assert len(blocks_of("Löften\nFör att möta önskemålen avdelas en patrull.")) == 1
