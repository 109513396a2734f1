"""The one internal form between front ends and the assembler.

A front end turns its input into a flat, ordered list of :class:`RawBlock` s; the
assembler builds the Article from that list alone, so every rule about sections,
references or tags is written once for every format (compare markdown-it-py's token stream).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from articlekit.model import RemovedReason

RawKind = Literal[
    "heading",  # a section heading (level cue in ``level`` when the format gives one)
    "paragraph",  # running text
    "list_item",  # one list item; ``depth`` nests it, ``marker`` is its bullet/number
    "code",  # preformatted text, verbatim
    "table",  # rows of cells
    "label",  # a short line ending in ":" ("For Microsoft:")
    "key_value",  # "Tags: a, b" - a label and its value on one line
    "rule",  # markup that is no text: a horizontal rule ("---"), a directive (``set_aside``)
    "quote",  # a quoted paragraph (text front end: "> " lines)
]


@dataclass(slots=True)
class RawBlock:
    """One block of the input with its character span ``[start, end)`` in the source."""

    kind: RawKind
    text: str
    start: int
    end: int
    #: heading level cue: "#" count, underline kind, numbering depth; None when the
    #: format gives no cue (the assembler then decides)
    level: int | None = None
    #: what the level cue was: "atx", "setext", "numbered", "caps", "html", "markdown",
    #: "wiki" (a heading ending in a wiki's "[edit]" link), "step"
    cue: str | None = None
    #: list items: the marker as written ("-", "1.", "a)") and the nesting depth (0 = top)
    marker: str | None = None
    depth: int = 0
    ordered: bool = False
    #: list items: the first item of a list the format marks as one (HTML's <ul>/<ol>), so
    #: that two lists one after the other stay two
    opens_list: bool = False
    #: key-value lines: the label ("Tags") and the value ("a, b")
    key: str | None = None
    value: str | None = None
    #: tables: the cells of each row
    rows: list[list[str]] = field(default_factory=list)
    #: code: the language when the format names it
    language: str | None = None
    #: True when a blank line (or the start of the input) precedes this block
    gap_before: bool = True
    #: links found inside the block: (text, url, start, end)
    links: list[tuple[str, str, int, int]] = field(default_factory=list)
    #: index of the block in its front end's output (set by the assembler)
    position: int = 0
    #: the spans of the physical lines this block consumed (for list items with
    #: continuation lines, hard-wrapped paragraphs, code and tables)
    line_spans: list[tuple[int, int]] = field(default_factory=list)
    #: body text whatever it reads like: the source marked it so (Markdown: a
    #: ``<!-- articlekit: literal -->`` line right above it; HTML: the element carries
    #: ``data-articlekit="literal"``). The assembler never takes a
    #: literal block as a special-section opener, a field line, a UI remnant, a hashtag
    #: line, a byline or a date
    literal: bool = False
    #: rules only: why the assembler sets the block aside, as (reason, detail), when it is
    #: other markup than a horizontal rule (a reStructuredText image directive: ("image", …))
    set_aside: tuple[RemovedReason, str] | None = None


def blocks_after(blocks: list[RawBlock], k: int) -> Iterator[RawBlock]:
    """The blocks after ``blocks[k]``, in order, walked by index: a slice would copy the
    rest of the article at every call (quadratic over a list of references), and
    ``itertools.islice`` steps through the blocks before ``k`` first."""
    return map(blocks.__getitem__, range(k + 1, len(blocks)))
