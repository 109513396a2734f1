"""Code-versus-prose and special-section shapes left open by the twenty-first session, in small
articles written for these tests (in both layouts where it matters: compact = one line a
paragraph, no blank lines; spaced = blank lines between blocks)."""

from __future__ import annotations

import pytest

import articlekit as ak
from articlekit.parse.codelike import CODE_THRESHOLD, code_score
from tests.helpers import both_layouts, parse_checked


def _blocks(art: ak.Article, kind: str) -> list[str]:
    return [b.text for s in art.iter_sections() for b in s.blocks if b.kind == kind]


# --- 1. a sentence whose subject is the names of functions -----------------------------

CALLS_OPEN_SENTENCES = """\
Cancelling reads in the new release

Node 24 adds cancellation to the file system functions.

const controller = new AbortController();
await fs.readFile(path, { signal: controller.signal });

fs.open(), fs.read() and fs.close() now accept a signal.

useState() and useEffect() are the hooks you will use most.

const [count, setCount] = useState(0);

That is all for this release.
"""


@pytest.mark.parametrize(
    "line",
    [
        "fs.open(), fs.read() and fs.close() now accept a signal.",
        "useState() and useEffect() are the hooks you will use most.",
        "glimpse() is the tidy version of str().",
        "useEffect() runs after every render.",
    ],
)
def test_sentence_opening_with_calls_scores_as_prose(line: str) -> None:
    assert code_score(line) < CODE_THRESHOLD / 2


@pytest.mark.parametrize(
    "line",
    ["x <- f(a) and g(b).", "foo(x) or die.", "print(x)", "fs.open(path, flags)"],
)
def test_statements_still_score_as_code(line: str) -> None:
    assert code_score(line) > 0


@pytest.mark.parametrize("text", both_layouts(CALLS_OPEN_SENTENCES))
def test_sentences_opening_with_calls_stay_paragraphs_beside_code(text: str) -> None:
    art = parse_checked(text)
    paragraphs = _blocks(art, "paragraph")
    assert "fs.open(), fs.read() and fs.close() now accept a signal." in paragraphs
    assert "useState() and useEffect() are the hooks you will use most." in paragraphs
    code = _blocks(art, "code")
    assert code == [
        "const controller = new AbortController();\n"
        "await fs.readFile(path, { signal: controller.signal });",
        "const [count, setCount] = useState(0);",
    ]


# --- 4. a subsection named like a box, inside the body ---------------------------------

RELEASES = """\
What changed in the last two releases

This page collects the changes of our two most recent releases, with the main points of each.

## Release 30

Release 30 came out in March and focused on the editor.

### Highlights

- A new split view for long documents
- Faster search across large projects
- Spell checking in twelve more languages

### Fixes

- The cursor no longer jumps after an undo
- Printing keeps the page margins

## Release 29

Release 29 was a smaller update.

### Fixes

- Exports to PDF keep their links
"""

BOX_AT_THE_TOP = """\
Editor news for spring

## Highlights

- A new split view for long documents
- Faster search across large projects

## The split view

The split view shows two parts of one document side by side.

### Keys

Press F6 to move between the two parts of the view.
"""


def _outline(art: ak.Article) -> list[tuple[str, int]]:
    return [(s.heading, s.level) for s in art.iter_sections() if s.heading is not None]


@pytest.mark.parametrize("text", both_layouts(RELEASES))
def test_highlights_subsection_inside_the_body_stays_in_the_body(text: str) -> None:
    art = parse_checked(text)
    assert art.highlights == []
    assert _outline(art) == [
        ("Release 30", 1),
        ("Highlights", 2),
        ("Fixes", 2),
        ("Release 29", 1),
        ("Fixes", 2),
    ]
    items = [
        i.text for s in art.iter_sections() for b in s.blocks if b.kind == "list" for i in b.items
    ]
    assert "Faster search across large projects" in items
    assert "Printing keeps the page margins" in items


@pytest.mark.parametrize("text", both_layouts(RELEASES.replace("#", "").replace("\n ", "\n")))
def test_plain_text_highlights_subsection_stays_in_the_body(text: str) -> None:
    art = parse_checked(text)
    assert art.highlights == []
    assert "Highlights" in [h for h, _ in _outline(art)]


@pytest.mark.parametrize(
    "text",
    [
        *both_layouts(BOX_AT_THE_TOP),
        *both_layouts(BOX_AT_THE_TOP.replace("#", "").replace("\n ", "\n")),
    ],
)
def test_highlights_box_at_the_top_is_still_taken(text: str) -> None:
    art = parse_checked(text)
    assert art.highlights == [
        "A new split view for long documents",
        "Faster search across large projects",
    ]
    assert "Highlights" not in [h for h, _ in _outline(art)]


@pytest.mark.parametrize(
    "text",
    both_layouts(
        "Notes on the editor\n\nWe list the changes below.\n\n## Release 30\n\n- A new split view\n- Faster search\n\n### Fixes\n\n- The cursor no longer jumps\n"
    ),
)
def test_short_hash_heading_after_a_list_is_a_heading(text: str) -> None:
    art = parse_checked(text)
    assert [h for h, _ in _outline(art)] == ["Release 30", "Fixes"]


# --- 2. a record of "Key: value" lines a command printed ------------------------------

PRINTED_RECORD = """\
Checking a deployment

After the upgrade, ask the tool for the state of the service:

$ svcctl status demo
Name: demo
Version: 1.2.0
Status: running
Uptime: 3 days

If the status says stopped, start it again with svcctl start.
"""


@pytest.mark.parametrize("text", both_layouts(PRINTED_RECORD))
def test_fields_printed_under_a_command_are_its_output(text: str) -> None:
    art = parse_checked(text)
    assert _blocks(art, "code") == [
        "$ svcctl status demo\nName: demo\nVersion: 1.2.0\nStatus: running\nUptime: 3 days"
    ]
    assert _blocks(art, "paragraph")[-1].startswith("If the status says stopped")


def test_article_fields_under_a_closing_command_stay_fields() -> None:
    text = (
        "Installing the tool\nThe tool installs from the package index in one command.\n"
        "$ pip install svcctl\nTags: python, cli\nAuthor: Jane Doe\n"
    )
    art = parse_checked(text)
    assert _blocks(art, "code") == ["$ pip install svcctl"]
    assert art.tags == ["python", "cli"]


def test_a_step_heading_under_a_command_is_no_printed_field() -> None:
    text = (
        "Installing the tool\nThe tool installs from the package index in one command.\n"
        "$ pip install svcctl\nStep 2: Configure\nVersion: the one you installed\n"
        "Open the settings file and set the port.\n"
    )
    art = parse_checked(text)
    assert _blocks(art, "code") == ["$ pip install svcctl"]


# --- 3. a manual page -------------------------------------------------------------------

MAN_PAGE = """\
TIDY(1)                   User Commands                   TIDY(1)

NAME

       tidy - sort and clean the lines of a text file

SYNOPSIS

       tidy [OPTION...] [FILE...]

DESCRIPTION

       tidy reads each FILE and writes its lines back in order, with the blank ones removed.

OPTIONS

       -r, --reverse

              Write the lines in the reverse order, from the last one to the first one.

       -u, --unique

              Keep only the first of several equal lines, and drop the ones after it.

       --width=COLUMNS

              Break every line that is longer than the given number of columns.

EXIT STATUS

       The exit status is 0 when every file was read, and 1 when one of them could not be.
"""


@pytest.mark.parametrize("text", both_layouts(MAN_PAGE))
def test_manual_page_options_are_text_not_code(text: str) -> None:
    art = parse_checked(text)
    assert art.title is None or "(1)" not in art.title
    heads = [h for h, _ in _outline(art)]
    assert heads[:2] == ["NAME", "SYNOPSIS"]
    assert "OPTIONS" in heads
    code = _blocks(art, "code")
    assert not any("--reverse" in c or "Keep only the first" in c for c in code)
    paragraphs = _blocks(art, "paragraph")
    assert "tidy - sort and clean the lines of a text file" in paragraphs
    assert "-r, --reverse" in paragraphs
    assert "--width=COLUMNS" in paragraphs
    assert any(p.startswith("Keep only the first of several equal lines") for p in paragraphs)


def test_options_printed_under_a_command_stay_code() -> None:
    text = (
        "Sorting files with tidy\nThe tool lists its options when asked:\n$ tidy --help\n"
        "       -r, --reverse\n"
        "              Write the lines in the reverse order, from the last one to the first one.\n"
        "       -u, --unique\n"
        "              Keep only the first of several equal lines, and drop the ones after it.\n"
        "Most of the time you need only these two.\n"
    )
    art = parse_checked(text)
    code = _blocks(art, "code")
    assert len(code) == 1 and code[0].startswith("$ tidy --help") and "--unique" in code[0]
