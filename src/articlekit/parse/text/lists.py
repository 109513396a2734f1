"""Lists written without markers (rows under a line that introduces them) and numbered
lines that head sections rather than list items.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Final

import regex

from articlekit.options import ParseOptions
from articlekit.parse.blocks import RawBlock
from articlekit.parse.lines import clean, ends_sentence, word_count, words_at_most
from articlekit.parse.special import is_ui_remnant, special_kind
from articlekit.parse.text.headings import (
    UNMARKED_ITEM_MAX_WORDS,
    UNMARKED_ITEMS_MIN,
    bare_link,
    ends_dangling,
    ends_with_colon,
    heading_like,
    make_numbered_heading,
    title_ratio,
)
from articlekit.parse.vocabulary import OUTPUT_ANNOUNCEMENT_ENDS


def unmarked_lists(blocks: list[RawBlock], source: str, options: ParseOptions) -> list[RawBlock]:
    """ "Highlights of the round:" and short lines glued under it, a blank line after the
    last: a list whose bullets the scraper dropped (an article that sets its blocks apart
    with blank lines would have put one between paragraphs). The lines may have been read
    as one wrapped paragraph: each opens with a capital or a figure, and none runs on into
    the next (a "," or a function word at its end)."""
    out: list[RawBlock] = []
    k = 0
    while k < len(blocks):
        block = blocks[k]
        out.append(block)
        k += 1
        under_heading = _heading_over_rows(blocks, k, options)  # "Pros" and its points
        if not under_heading and (
            not _introduces_list(block) or is_ui_remnant(block.text, options)
        ):
            continue  # ("Share this:" above "Facebook" / "Twitter": the page's furniture)
        if special_kind(block.text, options) in _PROSE_SECTIONS:
            continue  # "Summary:" above a wrapped paragraph: the summary's text
        if not under_heading and (spaced := _spaced_rows_end(blocks, k, options)):
            for item in blocks[k:spaced]:  # "Benefits:" / "Free staff meals" / …, set apart
                item.kind, item.cue, item.level, item.marker = "list_item", None, None, None
            out.extend(blocks[k:spaced])
            k = spaced
            continue
        run = k
        while (
            run < len(blocks)
            and _unmarked_item(blocks[run], first=run == k)
            and not is_ui_remnant(blocks[run].text, options)
        ):
            run += 1
        if run == k and k < len(blocks) and blocks[k].kind == "paragraph":
            run += 1  # one paragraph of several lines, perhaps (see below)
        if run < len(blocks) and not blocks[run].gap_before:
            continue  # the run goes on into text glued below it: no list ends there
        if run - k >= UNMARKED_ITEMS_MIN and not (
            under_heading and not _rows_of_a_list(blocks[k:run])
        ):
            for item in blocks[k:run]:
                item.kind, item.cue, item.level, item.marker = "list_item", None, None, None
        elif run - k == 1 and len(blocks[k].line_spans) >= UNMARKED_ITEMS_MIN:
            lines = [_line_block(source, span) for span in blocks[k].line_spans]
            if (
                all(_unmarked_item(line, first=True) for line in lines)
                and not any(
                    line.text.endswith(",")
                    or ends_dangling(line.text)
                    or is_ui_remnant(line.text, options)
                    for line in lines
                )
                and (not under_heading or (_broken_on_purpose(lines) and _rows_of_a_list(lines)))
            ):
                lines[0].gap_before = blocks[k].gap_before
                out.extend(lines)
                k += 1
    return out


#: special sections whose body is a paragraph, not a list
_PROSE_SECTIONS: Final = ("summary", "meta_description")


def _spaced_rows_end(blocks: list[RawBlock], k: int, options: ParseOptions) -> int:
    """Where the rows of a column under a label end when a blank line sets each apart
    ("Benefits:" / "Free staff meals" / "Employee discount" / "Flexible hours", a job
    posting's; "Features:" / "Rechargeable battery" / … of a spec sheet; a menu's dishes):
    SPACED_ROWS_MIN or more short lines that end no sentence or clause; 0 for any other
    shape. (Rows glued to one another are the rule of unmarked_lists itself.)"""
    run = k
    while run < len(blocks) and _spaced_row(blocks[run], options):
        run += 1
    rows = blocks[k:run]
    if len(rows) < SPACED_ROWS_MIN or not all(row.gap_before for row in rows):
        return 0
    if run < len(blocks) and not blocks[run].gap_before:
        return 0
    return run


def _spaced_row(block: RawBlock, options: ParseOptions) -> bool:
    text = block.text
    return (
        _unmarked_item(block, first=True)
        and words_at_most(text, SPACED_ROW_MAX_WORDS)
        and not ends_sentence(text)
        and not text.endswith((",", ";", "!", "?"))
        and not ends_dangling(text)
        and not is_ui_remnant(text, options)
        and special_kind(text, options) is None
    )


#: rows of a column set apart by blank lines: at least this many ...
SPACED_ROWS_MIN: Final = 3
#: ... each of at most this many words ("Water resistant housing", "Lemon tart with cream")
SPACED_ROW_MAX_WORDS: Final = 6


def _heading_over_rows(blocks: list[RawBlock], k: int, options: ParseOptions) -> bool:
    """A heading the line's looks made ("Pros", "Ingredients") over short lines glued to one
    another (right under it or after a blank line), a blank line after the last: its list,
    whose bullets the scraper dropped. The lines may have been read as one paragraph; then
    they are a list only when none of them was wrapped (see _broken_on_purpose)."""
    if k >= len(blocks) or k < 2:
        return False  # (the first line is the title, whatever follows it)
    heading = blocks[k - 1]
    rows = blocks[k]
    several = (
        k + 1 < len(blocks)
        and not blocks[k + 1].gap_before
        and blocks[k + 1].kind in ("paragraph", "heading")
    ) or (rows.kind == "paragraph" and len(rows.line_spans) >= UNMARKED_ITEMS_MIN)
    return (
        several
        and heading.kind == "heading"
        and heading.cue in (None, "caps")
        and not heading.literal
        # a list's name is a few words ("Pros", "What you'll need"); with figures in it it
        # is a printed row or a program's message ("Linking to ImageMagick 6.9.11.57")
        and words_at_most(heading.text, ROWS_HEADING_MAX_WORDS)
        and not any(ch.isdigit() for ch in heading.text)
        and ":" not in heading.text  # ("Start time: all": a field among printed fields)
        and rows.kind in ("paragraph", "heading")
        # ("Explore more" over a title and its teaser, "On this page" over the headings
        # it lists: the special section's, the contents' reader's)
        and special_kind(heading.text, options) is None
        and heading.text.strip(" :").casefold() not in options.toc_names
        and rows.text.strip(" :").casefold() not in options.toc_names
    )


def _rows_of_a_list(rows: list[RawBlock]) -> bool:
    """Rows under a heading that make its list: none runs on into the next (a "," or a
    function word at its end); two alone are short and neither is a sentence (a title and
    its teaser, or two sentences of a paragraph, are not)."""
    if any(row.text.endswith(",") or ends_dangling(row.text) for row in rows):
        return False
    return len(rows) > 2 or all(
        words_at_most(row.text, ROWS_PAIR_MAX_WORDS) and not ends_sentence(row.text) for row in rows
    )


#: two rows alone under a heading are a list when each is at most this many words
ROWS_PAIR_MAX_WORDS: Final = 8


def _broken_on_purpose(lines: list[RawBlock]) -> bool:
    """Lines that a writer ended, not a wrapping: each next line's first word would have
    fitted on the line before it, within the longest of them."""
    width = max(len(line.text) for line in lines)
    return all(
        len(line.text) + 1 + len(after.text.split(" ", 1)[0]) <= width
        for line, after in pairwise(lines)
    )


#: a heading over rows glued under it (see _heading_over_rows) has at most this many words
ROWS_HEADING_MAX_WORDS: Final = 5


def _introduces_list(block: RawBlock) -> bool:
    """A label ("Highlights of the round:") or a one-line sentence ending in a colon ("The
    server knows five levels, from most to least verbose:")."""
    if block.literal or len(block.line_spans) != 1:
        return False
    return block.kind == "label" or (
        block.kind == "paragraph"
        and ends_with_colon(block.text)
        and not announces_output(block.text)
    )


def announces_output(text: str) -> bool:
    """ "Running the test produced the following output:": what follows is a program's
    printed lines (see OUTPUT_ANNOUNCEMENT_ENDS), not a list."""
    return _OUTPUT_ANNOUNCEMENT.search(text) is not None


_OUTPUT_ANNOUNCEMENT: Final = regex.compile(
    r"(?i)(?<!\w)(?:" + "|".join(map(regex.escape, OUTPUT_ANNOUNCEMENT_ENDS)) + r")\s*[:\uff1a]$"
)


def _line_block(source: str, span: tuple[int, int]) -> RawBlock:
    """One line of a paragraph as an item of a list without bullets."""
    start, end = span
    raw = source[start:end]
    return RawBlock(
        "list_item",
        clean(raw),
        start + len(raw) - len(raw.lstrip()),
        start + len(raw.rstrip()),
        gap_before=False,
        line_spans=[span],
    )


def _unmarked_item(block: RawBlock, *, first: bool) -> bool:
    """Can ``block`` be a line of a list without bullets (see unmarked_lists)?"""
    text = block.text
    return (
        block.kind in ("paragraph", "heading", "list_item")
        and block.cue in (None, "caps")
        and block.marker is None
        and not block.literal
        and len(block.line_spans) == 1
        and (first or not block.gap_before)
        and (text[:1].isupper() or text[:1].isdigit())
        and word_count(text) <= UNMARKED_ITEM_MAX_WORDS
        and not text.endswith((":", "\uff1a"))
        # a line of figures alone ("0.986403", "3") is a value a program printed
        and any(c.isalpha() for c in text)
    )


def lone_numbered_item(blocks: list[RawBlock]) -> None:
    """Sections are numbered when there are several: the one numbered line of an article
    that took it for a heading ("1. Formerly the NCDC", a footnote under the last paragraph;
    "3. Download the data", a step between blocks of code) is a list item."""
    numbered = [b for b in blocks if b.kind == "heading" and b.cue == "numbered"]
    marker = numbered[0].marker if len(numbered) == 1 else None
    if marker is None:
        return
    block = numbered[0]
    block.kind, block.cue, block.level = "list_item", None, None
    block.text = block.text[len(marker) :].lstrip()


def promote_numbered_heading(
    block: RawBlock, prev: RawBlock | None, nxt: RawBlock | None, after: RawBlock | None = None
) -> None:
    """ "1. Introduction" between paragraphs is a numbered heading, not a one-item list. Not
    the first step of a list that goes on under its command ("1. Install the driver" / its
    command / "2. Create a file": ``after``, the item under the code, continues the count;
    under a paragraph, "3. Open the books" / its text / "4. Keep growing" are sections)."""
    if not block.ordered or block.depth != 0 or len(block.line_spans) != 1:
        return
    if nxt is not None and nxt.kind == "code" and _continues_count(block, after):
        return
    if prev is not None and prev.kind == "list_item":
        return
    if nxt is None or nxt.kind == "list_item" or nxt.kind == "heading":
        return
    if nxt.kind not in ("paragraph", "label", "code", "table") or bare_link(nxt):
        return
    if not heading_like(block.text) or title_ratio(block.text) < 0.5:
        return
    if not (block.marker or "")[:1].isdigit():
        return
    make_numbered_heading(block)


def _continues_count(block: RawBlock, after: RawBlock | None) -> bool:
    """Is ``after`` a top-level item numbered one more than ``block`` ("2." after "1.")?"""
    if after is None or after.kind != "list_item" or after.depth != 0:
        return False
    number, following = (block.marker or "").rstrip(".)"), (after.marker or "").rstrip(".)")
    return number.isdigit() and following.isdigit() and int(following) == int(number) + 1
