"""Plain-text front end: scraped text in, :class:`RawBlock` s out.

Three passes, each a module of this package (the map is in docs/code-map.md):

1. :func:`mark_lines` (``marks.py``) says what every physical line looks like on its own
   (blank, list item, table row, rule, underline, ``#`` heading, code, or text), using its
   neighbours only to extend runs of code;
2. :func:`group` (``grouping.py``) turns runs of marked lines into blocks: code blocks,
   tables, list items with their continuation lines, hard-wrapped paragraphs, underlined
   headings;
3. :func:`resolve` (``resolve.py``) decides, for every one-line text block, whether it is a
   heading, a label ("For Microsoft:"), a key-value line ("Tags: a, b") or a paragraph, from
   its shape and the blocks around it (the evidence for a heading is in ``headings.py``),
   then runs the rules that look at the whole article.

``shapes.py`` holds the thresholds and line patterns the passes share; ``lists.py`` the
lists written without markers.
"""

from __future__ import annotations

from articlekit.options import ParseOptions
from articlekit.parse.blocks import RawBlock
from articlekit.parse.lines import clean, split_lines
from articlekit.parse.links import find_links
from articlekit.parse.text.grouping import group, is_full, writes_one_line_paragraphs
from articlekit.parse.text.headings import (
    ends_dangling,
    ends_with_colon,
    heading_like,
    names_a_change,
    title_ratio,
)
from articlekit.parse.text.lists import unmarked_lists
from articlekit.parse.text.marks import hash_lines_are_comments, mark_lines
from articlekit.parse.text.resolve import is_spaced, resolve
from articlekit.parse.text.shapes import (
    EMOJI_SHORTCODES_END,
    HEADING_MIN_SCORE,
    MAX_LIST_DEPTH,
    MODEL_BAND_MIN,
    PREFATORY_NOTE,
    WIKI_EDIT_LINK,
    without_emphasis,
)

#: what the other front ends, the assembler and the tests use
__all__ = [
    "EMOJI_SHORTCODES_END",
    "HEADING_MIN_SCORE",
    "MAX_LIST_DEPTH",
    "MODEL_BAND_MIN",
    "PREFATORY_NOTE",
    "WIKI_EDIT_LINK",
    "ends_dangling",
    "ends_with_colon",
    "heading_like",
    "is_full",
    "names_a_change",
    "text_blocks",
    "title_ratio",
]


def text_blocks(text: str, options: ParseOptions) -> list[RawBlock]:
    """The blocks of a plain-text article, in order, each with its span in ``text``."""
    lines = split_lines(text)
    spaced = is_spaced(lines)
    marks = mark_lines(lines, spaced, options)
    one_line = writes_one_line_paragraphs(lines, marks)
    blocks = group(lines, marks, options, one_line)
    rows, compact = spaced, one_line and not spaced
    resolve(blocks, options, rows, compact)
    if hash_lines_are_comments(lines, marks, blocks):
        blocks = group(lines, marks, options, one_line)
        resolve(blocks, options, rows, compact)
    if spaced:
        blocks = unmarked_lists(blocks, text, options)
    for block in blocks:
        if block.kind == "heading":
            # (a heading re-read from a code line carries the line's raw text: its invisible
            # characters and runs of spaces go, as from every other heading)
            block.text = clean(without_emphasis(block.text))
        if block.kind in ("paragraph", "list_item", "heading", "quote", "key_value"):
            block.links = find_links(text, block.start, block.end)
    return blocks
