"""Body shapes a fresh reader met in article families of their own (API reference pages,
Q&A threads, terms of service, changelogs, transcripts, listings) and the parser misread:
each is written here in our words, in both layouts where it matters."""

from __future__ import annotations

import pytest

import articlekit as ak
from tests.helpers import assert_accounted


def _layout(lines: list[str], spaced: bool) -> str:
    return ("\n\n" if spaced else "\n").join(lines) + "\n"


def _codes(art: ak.Article) -> list[str]:
    return [b.text for s in art.iter_sections() for b in s.blocks if b.kind == "code"]


def _kinds(art: ak.Article) -> list[str]:
    return [b.kind for s in art.iter_sections() for b in s.blocks]


def _headings(art: ak.Article) -> list[str | None]:
    return [s.heading for s in art.iter_sections()]


def _paragraphs(art: ak.Article) -> list[str]:
    return [b.text for s in art.iter_sections() for b in s.blocks if b.kind == "paragraph"]


# --- a Python console session ------------------------------------------------------------


@pytest.mark.parametrize("spaced", [False, True])
def test_console_session_is_code_with_its_prompts(spaced: bool) -> None:
    session = "\n".join(
        [
            ">>> import gridkit as gk",
            ">>> frame = gk.Frame({'x': [1, 2, 3]})",
            ">>> frame.total('x')",
            "6",
        ]
    )
    head = [
        "gridkit.Frame.total",
        "Add up the values of one column of the frame and return the sum as a number.",
        "Examples",
    ]
    tail = ["Totals of empty columns are zero, whatever the type of the column happens to be."]
    text = ("\n\n" if spaced else "\n").join([*head, session, *tail]) + "\n"
    art = ak.parse(text)
    assert_accounted(text, art)
    assert "quote" not in _kinds(art)
    assert _codes(art) == [session]
    assert "Examples" in _headings(art)


def test_one_prompt_line_is_code_not_a_quote() -> None:
    text = (
        "Reading the file\n\nThe loader reads the whole file at once and keeps it in memory.\n\n"
        ">>> import loadkit\n\nThat is all the setup you need before the first call.\n"
    )
    art = ak.parse(text)
    assert_accounted(text, art)
    assert _codes(art) == [">>> import loadkit"]


def test_nested_quote_of_prose_is_no_session() -> None:
    text = (
        "Re: the release date\n\n"
        ">>> I think we should ship on Friday.\n"
        ">>> Monday seems too late for everyone involved.\n\n"
        "Agreed, Friday it is then.\n"
    )
    art = ak.parse(text)
    assert_accounted(text, art)
    assert _codes(art) == []


@pytest.mark.parametrize("spaced", [False, True])
def test_author_card_under_a_post_stamp_is_not_code(spaced: bool) -> None:
    lines = [
        "Why does my dictionary keep its old values after I reload the module?",
        "I reload the module in a loop and the dictionary still holds the values from the first run.",
    ]
    card = "\n".join(["asked Mar 7, 2021 at 10:15", "lena_p", "2,318 3 17 29"])
    answer = [
        "The module object is cached in sys.modules, so reloading it does not reset names.",
    ]
    card2 = "\n".join(["answered Mar 7, 2021 at 11:02", "Tomas Berg", "48.1k 9 70 112"])
    text = ("\n\n" if spaced else "\n").join([*lines, card, *answer, card2]) + "\n"
    art = ak.parse(text)
    assert_accounted(text, art)
    assert _codes(art) == []
    assert "answered Mar 7, 2021 at 11:02" not in _headings(art)
    assert "2,318 3 17 29" in _paragraphs(art)


# --- hard-wrapped paragraphs beside long unwrapped lines ----------------------------------


def test_wrapped_paragraph_beside_long_clause_lines_stays_whole() -> None:
    intro = (
        "Please read these Rental Terms carefully before you hire any of the Northgate\n"
        "Tool Library equipment. By borrowing a tool you accept these Terms in full."
    )
    clauses = (
        "4.1 Members must return every tool clean and in working order within seven days of "
        "the date on which it was borrowed from the library.\n"
        "4.2 A member who returns a tool late may be charged a fee for each day of delay, "
        "as shown on the price list at the desk."
    )
    law = (
        "These Terms are governed by the law of Scotland, and the courts of\n"
        "Scotland alone may hear any dispute about them."
    )
    text = f"Rental Terms\n\n{intro}\n\n4. Returns\n\n{clauses}\n\n5. Law\n\n{law}\n"
    art = ak.parse(text)
    assert_accounted(text, art)
    paragraphs = _paragraphs(art)
    assert intro.replace("\n", " ") in paragraphs
    assert law.replace("\n", " ") in paragraphs
    assert art.title == "Rental Terms"


def test_line_over_a_bracketed_address_goes_on_there() -> None:
    text = (
        "Release Notes\n\n"
        "The layout follows Common Changelog\n"
        "(https://common-changelog.example.org/guide/), and the project keeps to semantic\n"
        "versions (https://semver.example.org/spec/v2.0.0.html) for every release.\n\n"
        "Nothing else in this file is written by hand; the release tool fills it in.\n"
    )
    art = ak.parse(text)
    assert_accounted(text, art)
    assert _headings(art) == [None]
    assert _paragraphs(art)[0].startswith("The layout follows Common Changelog (https:")
    assert _paragraphs(art)[0].endswith("for every release.")


def test_wrapped_categories_line_is_one_tags_line() -> None:
    body = (
        "Loch Arkaig is a freshwater loch in Lochaber, about twelve miles long and known for\n"
        "its ospreys, which have nested on its southern shore for more than twenty years.\n\n"
        "The loch drains east into the River Arkaig, which runs for a mile into Loch Lochy."
    )
    tags = (
        "Categories: Lochs of Highland | Freshwater lochs of Scotland | Sites of Special\n"
        "Scientific Interest in Lochaber"
    )
    text = f"Loch Arkaig\n\n{body}\n\n{tags}\n"
    art = ak.parse(text)
    assert_accounted(text, art)
    assert art.tags == [
        "Lochs of Highland",
        "Freshwater lochs of Scotland",
        "Sites of Special Scientific Interest in Lochaber",
    ]
    assert not any("Scientific Interest" in p for p in _paragraphs(art))


# --- lines that are not headings -----------------------------------------------------------


@pytest.mark.parametrize("spaced", [False, True])
def test_run_of_key_value_lines_heads_nothing(spaced: bool) -> None:
    intro = (
        "A bright two-bedroom flat on the second floor of a converted mill, close to the "
        "canal towpath and a short walk from the station and the market square."
    )
    fields = "\n".join(
        [
            "Property type: Apartment",
            "Tenure: Leasehold",
            "Council tax band: B",
            "Best time to view: weekday evenings after six",
            "Parking: one allocated space",
        ]
    )
    outro = (
        "Viewings are by appointment only and can be booked online or by calling the "
        "branch, which is open every day of the week except bank holidays."
    )
    sep = "\n\n" if spaced else "\n"
    text = sep.join(["Canal Mill Flat", intro, "The flat", fields, "Location", outro]) + "\n"
    art = ak.parse(text)
    assert_accounted(text, art)
    headings = _headings(art)
    assert "The flat" in headings
    assert not any(h and ":" in h for h in headings)


@pytest.mark.parametrize("spaced", [False, True])
def test_timed_transcript_turn_is_no_heading(spaced: bool) -> None:
    turns = [
        "[00:01:10] Priya Nair: The first harbour wall went up in 1820, after a storm took "
        "half the fishing fleet.",
        "[00:01:32] Owen Hale: Who paid for it?",
        "[00:01:35] Priya Nair: The merchants did, and they charged every boat a penny a "
        "landing for forty years to get their money back.",
    ]
    text = ("\n\n" if spaced else "\n").join(["Episode 12: The Harbour Wall", *turns]) + "\n"
    art = ak.parse(text)
    assert_accounted(text, art)
    assert "[00:01:32] Owen Hale: Who paid for it?" in _paragraphs(art)
    assert all(h is None for h in _headings(art))


@pytest.mark.parametrize("spaced", [False, True])
def test_docstring_types_under_returns_and_raises_are_no_subheadings(spaced: bool) -> None:
    lines = [
        "gridkit.Frame.pivot",
        "Reshape the frame so that the values of one column become the new column labels.",
        "Returns",
        "Frame",
        "A new frame with one column for each distinct value of the pivoted column.",
        "Raises",
        "KeyError",
        "If the column to pivot on is not a column of the frame at all.",
        "Notes",
        "The frame is copied; the original is never changed by this method or its helpers.",
    ]
    text = _layout(lines, spaced)
    art = ak.parse(text)
    assert_accounted(text, art)
    assert "Frame" not in _headings(art)
    assert "KeyError" not in _headings(art)
    notes = next(s for s in art.iter_sections() if s.heading == "Notes")
    raises = next(s for s in art.iter_sections() if s.heading == "Raises")
    assert notes.level == raises.level


# --- legal sub-clauses ------------------------------------------------------------------------


def _lists(art: ak.Article) -> list[ak.ListBlock]:
    return [b for s in art.iter_sections() for b in s.blocks if isinstance(b, ak.ListBlock)]


@pytest.mark.parametrize("spaced", [False, True])
def test_roman_sub_clauses_nest_under_their_lettered_item(spaced: bool) -> None:
    clause = "\n".join(
        [
            "6.2 The library may refuse a loan if:",
            "(a) the member owes fees of more than ten pounds;",
            "(b) the tool is reserved for repair, including where:",
            "(i) a fault has been reported by the last borrower; or",
            "(ii) the annual safety check is due; or",
            "(c) the member has been barred under clause 9.",
        ]
    )
    text = _layout(
        [
            "Lending Rules",
            "These rules apply to every member of the tool library from the first of May.",
            clause,
            "Members may appeal a refusal in writing to the library committee within a month.",
        ],
        spaced,
    )
    art = ak.parse(text)
    assert_accounted(text, art)
    (lst,) = _lists(art)
    assert [i.marker for i in lst.items] == ["(a)", "(b)", "(c)"]
    children = lst.items[1].children
    assert [c.marker for c in children] == ["(i)", "(ii)"]
    assert children[1].text == "the annual safety check is due; or"


def test_letters_running_past_h_stay_letters() -> None:
    items = "\n".join(f"({c}) item number {n} of the list" for n, c in enumerate("abcdefghij", 1))
    text = f"Checklist\n\nWork through these in order:\n{items}\n\nThat is the whole list.\n"
    art = ak.parse(text)
    assert_accounted(text, art)
    (lst,) = _lists(art)
    assert len(lst.items) == 10
    assert all(not i.children for i in lst.items)
