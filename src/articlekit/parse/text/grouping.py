"""Pass 2: runs of marked lines into blocks: code blocks, tables, list items with their
continuation lines, hard-wrapped paragraphs, underlined headings.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Final

import regex

from articlekit.options import ParseOptions
from articlekit.parse.blocks import RawBlock, RawKind
from articlekit.parse.lines import (
    LIST_MARKER,
    Line,
    asciidoc_title,
    atx_text_is_paragraph,
    ends_sentence,
    key_value,
    wiki_heading,
    word_count,
    words_at_most,
)
from articlekit.parse.special import is_ui_remnant, normalize_name, special_kind
from articlekit.parse.text.headings import FIELD_KEY_MAX_WORDS, address_alone
from articlekit.parse.text.marks import RST_DIRECTIVE, mark_runs
from articlekit.parse.text.shapes import (
    EMOJI_START,
    MAX_LIST_DEPTH,
    UNWRAPPED_MIN_LINES,
    UNWRAPPED_MIN_WORDS,
    WRAP_EVIDENCE_MIN_WIDTH,
    WRAP_MAX_WIDTH,
    WRAP_MIN_WIDTH,
    Mark,
    is_field_key,
    opens_with_time,
)
from articlekit.parse.vocabulary import TITLE_FIELD_LABELS, TITLE_STOPWORDS


def group(
    lines: list[Line], marks: list[Mark], options: ParseOptions, one_line_paragraphs: bool
) -> list[RawBlock]:
    blocks: list[RawBlock] = []
    item_indents: list[int] = []
    wrap_width = _wrap_widths(lines, marks, options, one_line_paragraphs)
    underline_levels = _underline_levels(lines, marks)
    i = 0
    gap = True
    n = len(lines)
    while i < n:
        line, mark = lines[i], marks[i]
        if mark.kind == "blank":
            gap = True
            i += 1
            continue
        if mark.kind != "item":
            item_indents = [] if mark.kind not in ("text",) or gap else item_indents
        if mark.kind == "code":
            j = i
            last = i
            while j < n and marks[j].kind in ("code", "blank"):
                if marks[j].kind == "code":
                    last = j
                j += 1
            blocks.append(_code_block(lines[i : last + 1], gap))
            i = last + 1
        elif mark.kind == "table":
            j = i
            while j < n and marks[j].kind == "table":
                j += 1
            rows = [m.cells for m in marks[i:j] if m.cells]
            blocks.append(
                RawBlock(
                    "table",
                    "\n".join(" | ".join(r) for r in rows),
                    line.content_start,
                    lines[j - 1].content_end,
                    rows=rows,
                    gap_before=gap,
                    line_spans=[(ln.start, ln.end) for ln in lines[i:j]],
                )
            )
            i = j
        elif mark.kind == "rule":
            blocks.append(_whole_line_block("rule", line, gap))
            i += 1
        elif mark.kind == "atx" and atx_text_is_paragraph(mark.atx["text"] if mark.atx else ""):
            # "### What to expect As the blog grows, ...": an unrendered heading's "###"
            # glued to the paragraph under it reads as that paragraph, hashes and all
            blocks.append(_whole_line_block("paragraph", line, gap))
            i += 1
        elif mark.kind == "atx":
            m = mark.atx
            assert m is not None
            blocks.append(
                RawBlock(
                    "heading",
                    m.group("text").strip(),
                    line.content_start,
                    line.content_end,
                    level=len(m.group("hashes")),
                    cue="atx",
                    gap_before=gap,
                    line_spans=[(line.start, line.end)],
                )
            )
            i += 1
        elif mark.kind == "quote":
            i = _quote(lines, marks, i, gap, blocks)
        elif mark.kind == "wiki":
            equals, title = wiki_heading(line.text) or asciidoc_title(line.text) or (2, line.text)
            blocks.append(
                RawBlock(
                    "heading",
                    title,
                    line.content_start,
                    line.content_end,
                    level=max(1, equals - 1),  # "== Top ==" is a wiki's first section level
                    cue="wiki",
                    gap_before=gap,
                    line_spans=[(line.start, line.end)],
                )
            )
            i += 1
            if equals == 1 and not line.text.endswith("="):  # an AsciiDoc title
                i = _asciidoc_header(lines, marks, i, blocks)
        elif mark.kind == "directive":
            i = _directive(lines, marks, i, gap, blocks)
        elif mark.kind == "item":
            i = _list_item(lines, marks, i, gap, item_indents, wrap_width, blocks)
        elif mark.kind == "overline" and i + 2 < n and marks[i + 2].kind == "underline":
            blocks.append(
                _underlined_heading(lines[i : i + 3], underline_levels, overlined=True, gap=gap)
            )
            i += 3
        elif mark.kind in ("underline", "overline"):
            # an underline whose text line was consumed elsewhere: keep it as a rule
            blocks.append(_whole_line_block("rule", line, gap))
            i += 1
        else:
            if i + 1 < n and marks[i + 1].kind == "underline":
                heading = _underlined_heading(
                    lines[i : i + 2], underline_levels, overlined=False, gap=gap
                )
                blocks.append(heading)
                i += 2
            else:
                i = _paragraph(lines, marks, i, gap, wrap_width, blocks)
        gap = False
    return blocks


#: directives that show a picture: set aside as images, with their ":alt:"-style options
IMAGE_DIRECTIVES: Final = frozenset(("image", "figure"))


def _directive(
    lines: list[Line], marks: list[Mark], i: int, gap: bool, blocks: list[RawBlock]
) -> int:
    """A reStructuredText directive's line ("… note::", "… image:: /img/a.png"), set aside
    as markup, its body read as text; an image's options (":alt: …") go with it."""
    line = lines[i]
    name = RST_DIRECTIVE.match(line.text)
    image = name is not None and name[1] in IMAGE_DIRECTIVES
    j = i + 1
    while image and j < len(lines) and lines[j].indent > 0 and lines[j].text.startswith(":"):
        j += 1
    block = _whole_line_block("rule", line, gap)
    block.end = lines[j - 1].content_end
    block.line_spans = [(ln.start, ln.end) for ln in lines[i:j]]
    block.set_aside = (
        ("image", "reStructuredText image")
        if image
        else (
            "markup",
            "reStructuredText directive",
        )
    )
    blocks.append(block)
    for k in range(i + 1, j):
        marks[k].kind = "directive"  # (consumed)
    return j


#: an AsciiDoc title has at most an author line and a revision line under it
ASCIIDOC_HEADER_LINES: Final = 2


def _asciidoc_header(lines: list[Line], marks: list[Mark], i: int, blocks: list[RawBlock]) -> int:
    """The author line and the revision line right under an AsciiDoc title ("Priya
    Natarajan <priya@example.org>" / "2024-05-02"), each a line of its own (not a wrapped
    paragraph), for the assembler to read as byline and date. Returns the next index."""
    for _ in range(ASCIIDOC_HEADER_LINES):
        if i >= len(lines) or marks[i].kind != "text":
            break
        blocks.append(_whole_line_block("paragraph", lines[i], gap=False))
        i += 1
    return i


def _whole_line_block(kind: RawKind, line: Line, gap: bool) -> RawBlock:
    """A block of one whole line, its text as it stands (a rule, a header line)."""
    return RawBlock(
        kind,
        line.text,
        line.content_start,
        line.content_end,
        gap_before=gap,
        line_spans=[(line.start, line.end)],
    )


def _underline_levels(lines: list[Line], marks: list[Mark]) -> dict[tuple[str, bool], int]:
    """The level of each style of underlined heading (its character, and whether it is
    overlined too). Markdown's two underlines have fixed levels ("=" 1, "-" 2), which an
    empty map stands for. A text that overlines a heading, or underlines one with another
    character, is reStructuredText, whose levels are the order in which its styles first
    appear ("#" then "~" in a Pelican post)."""
    styles: dict[tuple[str, bool], int] = {}
    rst = False
    for i, mark in enumerate(marks):
        if mark.kind == "underline":
            overlined = i >= 2 and marks[i - 2].kind == "overline"
            char = lines[i].text[0]
            rst = rst or overlined or char not in "=-"
            styles.setdefault((char, overlined), len(styles) + 1)
    return styles if rst else {}


def _underlined_heading(
    lines: list[Line], levels: dict[tuple[str, bool], int], *, overlined: bool, gap: bool
) -> RawBlock:
    """The heading of ``lines``: its text line under an overline or not, then its underline."""
    line, under = lines[-2], lines[-1]
    char = under.text[0]
    level = levels.get((char, overlined), 1 if char == "=" else 2)
    return RawBlock(
        "heading",
        line.text,
        lines[0].content_start,  # (the overline, when there is one)
        under.content_end,
        level=level,
        cue="setext",
        gap_before=gap,
        line_spans=[(ln.start, ln.end) for ln in lines],
    )


def _wrap_widths(
    lines: list[Line], marks: list[Mark], options: ParseOptions, one_line_paragraphs: bool
) -> list[int]:
    """For every line, the width its chunk (run of non-blank lines) seems wrapped at, or 0
    when the chunk is not hard-wrapped (long one-line paragraphs, compact layout). A line
    that names a special section ("Links mentioned in this episode") is never wrapped into
    the line under it."""
    widths = [0] * len(lines)
    # rows under a wrapped paragraph ("17:00 – Gates open" / "17:30 – Big Band") are far
    # from the width the article's paragraphs show, however close to each other's
    document = 0 if one_line_paragraphs else _document_wrap_width(lines, marks)
    for i, j in mark_runs(marks, lambda kind: kind != "blank"):
        prose = [len(lines[k].text) for k in range(i, j) if marks[k].kind in ("text", "item")]
        width = own = max(prose, default=0)
        if len(prose) >= 2 and WRAP_MIN_WIDTH <= width < document:
            width = document
        if (
            len(prose) >= 2
            and WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH
            # (code among them is no line of a paragraph: "const x = …;" ends no sentence)
            and not _sentence_lines([lines[k] for k in range(i, j) if marks[k].kind != "code"])
            and not _rows_of_fields(
                [lines[k] for k in range(i, j) if marks[k].kind == "text"], width
            )
        ):
            # (a chunk every line of which a wrapper broke is a wrapped paragraph wherever
            # it stands: "Please read these Terms … using the Brightline" / "Cloud platform.")
            wrapped = one_line_paragraphs and _broken_by_wrapper(lines, marks, i, j, width)
            for k in range(i, j):
                # in an article written one line per paragraph, three short lines under
                # "Pros" are a column of items, not a paragraph wrapped at 35 characters;
                # only a line going on in lower case ("why your skills…") continues one
                if not one_line_paragraphs or wrapped or lines[k].text[:1].islower():
                    widths[k] = width
            named = [special_kind(lines[k].text, options) is not None for k in range(i, j)]
            for k in range(i, j - 1):
                # a section's name, or a footer under an ended paragraph, is never wrapped
                # into the line under or above it; nor is a field ("Author: Sam Osei"),
                # unless it stops on a comma
                ends_run = named[k - i] or (
                    not lines[k].text.endswith(",")
                    and not _field_broken(lines[k].text, lines[k + 1].text, own)
                    and _field_line(lines[k].text, options)
                )
                if (
                    ends_run
                    or named[k + 1 - i]
                    or _caption_or_footer(lines[k], lines[k + 1], options)
                    or _field_line(lines[k + 1].text, options)
                ):
                    widths[k + 1] = 0
    return widths


def wrapper_broke(text: str, below: str, width: int) -> bool:
    """Did a wrapper at ``width`` break ``text`` because the first word of the line
    ``below`` did not fit on it? ("…based on Keep a Changelog" / "(https://keepachangelog.com
    /en/1.1.0/), and…": a short line before a long address.) A line that ends a sentence or
    announces what follows (":") may have been broken by its writer."""
    return (
        len(text) + 1 + len(below.split(" ", 1)[0]) > width
        and not ends_sentence(text)
        and not text.endswith(":")
    )


def _field_broken(text: str, below: str, width: int) -> bool:
    """ "Categories: Lakes of Albania | World Heritage" / "Sites in North Macedonia": a long
    field whose value the wrapper broke at its chunk's width goes on on the line below."""
    return len(text) >= WRAP_EVIDENCE_MIN_WIDTH and wrapper_broke(text, below, width)


def _broken_by_wrapper(lines: list[Line], marks: list[Mark], i: int, j: int, width: int) -> bool:
    """Is every line of the chunk ``[i, j)`` but its last a line of text a wrapper broke
    close to ``width``, in running text? (Rows of a column, a title over its text, end short
    of the width; two lines of printed output show no sentence running across them.)"""
    return (
        j - i >= 2
        and _runs_across_lines(lines[i:j])
        and all(
            marks[k].kind == "text"
            and marks[k + 1].kind == "text"
            and len(lines[k].text) >= max(WRAP_EVIDENCE_MIN_WIDTH, BROKEN_LINE_MIN_SHARE * width)
            and wrapper_broke(lines[k].text, lines[k + 1].text, width)
            for k in range(i, j - 1)
        )
    )


def _runs_across_lines(chunk: list[Line]) -> bool:
    """Does a sentence run across the lines of ``chunk``: a line ends on a function word
    ("…and the courts of" / "England have…"), or a line under the first ends a sentence
    and starts the next ("Cloud platform. By creating…")?"""
    return any(
        line.text.rsplit(" ", 1)[-1].casefold() in TITLE_STOPWORDS for line in chunk[:-1]
    ) or any(_INNER_SENTENCE_END.search(line.text) for line in chunk[1:])


# a sentence's end inside a line, and the capital of the next: "platform. By creating"
_INNER_SENTENCE_END: Final = regex.compile(r"\p{Ll}[.!?] \p{Lu}")


#: a line a wrapper broke is at least this share of its chunk's width
BROKEN_LINE_MIN_SHARE: Final = 0.75


def _field_line(text: str, options: ParseOptions) -> bool:
    """ "Author: Sam Osei", "Title: Growing Tomatoes", "Tags: a, b": a labelled field."""
    if ":" not in text:
        return False
    kv = key_value(text)
    if kv is None:
        return False
    key = kv.group("key")
    return is_field_key(key, options) or normalize_name(key) in TITLE_FIELD_LABELS


def _caption_or_footer(prev: Line, line: Line, options: ParseOptions) -> bool:
    """An interface line glued above a paragraph ("Image caption, Waves crashed…"), or a
    footer glued under one that has ended ("…was quieter." / "© 2025 The Harbour Daily"):
    not a line of that paragraph. (A line going on in lower case, "share this with you.",
    still continues one.)"""
    if line.text[:1].islower():
        return False
    if ends_sentence(prev.text):
        return is_ui_remnant(line.text, options)
    # (or an image's stand-in, "[Image: Houses on the river]" over "The waterfront at dusk.")
    return (prev.text[:1].isupper() or prev.text[:1] == "[") and is_ui_remnant(prev.text, options)


def writes_one_line_paragraphs(lines: list[Line], marks: list[Mark]) -> bool:
    """Does the article write each paragraph on one long line? A hard-wrapped one has no
    line of many words longer than the wrap width."""
    long_lines = 0
    for line, mark in zip(lines, marks, strict=True):
        if (
            mark.kind == "text"
            and len(line.text) > WRAP_MAX_WIDTH
            and not words_at_most(line.text, UNWRAPPED_MIN_WORDS - 1)
        ):
            long_lines += 1
            if long_lines >= UNWRAPPED_MIN_LINES:
                return True
    return long_lines == 1 and not _document_wrap_width(lines, marks)


def _document_wrap_width(lines: list[Line], marks: list[Mark]) -> int:
    """The width the article is hard-wrapped at, or 0 when no paragraph shows it: the
    widest run of three text lines or more, at most WRAP_MAX_WIDTH and at least
    WRAP_EVIDENCE_MIN_WIDTH wide, two of whose lines break mid-sentence close to its width."""
    document = 0
    for i, j in mark_runs(marks, lambda kind: kind == "text"):
        run = lines[i:j]
        width = max(len(line.text) for line in run)
        if len(run) >= 3 and max(document, WRAP_EVIDENCE_MIN_WIDTH) <= width <= WRAP_MAX_WIDTH:
            broken = sum(
                1
                for line in run[:-1]
                if len(line.text) >= 0.75 * width and not ends_sentence(line.text)
            )
            if broken >= 2:
                document = width
    return document


def _sentence_lines(chunk: list[Line]) -> bool:
    """Three lines or more that each end a sentence ("Step 1: Preheat the oven.", "Step 2:
    …") are one-line paragraphs side by side: a hard wrap seldom falls on every sentence end.
    A short first line that ends none is the title or heading above them, not one of them."""
    width = max(len(ln.text) for ln in chunk)
    if (
        len(chunk) > 3
        and not ends_sentence(chunk[0].text)
        and len(chunk[0].text) < TITLE_ABOVE_WRAP_MAX_SHARE * width
    ):
        chunk = chunk[1:]
    if len(chunk) >= 3 and all(ends_sentence(ln.text) for ln in chunk[:-1]):
        return True
    return _capitalised_rows(chunk) or _short_paragraphs_and_headings(chunk, width)


def _capitalised_rows(chunk: list[Line]) -> bool:
    """ "Design and run batch pipelines" / "Keep our models tested" / "Work with analysts":
    three short lines or more, each opening with a capital though the line above ends no
    sentence, none ending on a comma or a hyphen: items of a column, one a line. (A wrapper
    breaks a sentence before a capitalised word now and then, a name; not on every line.)"""
    return (
        len(chunk) >= CAPITALISED_ROWS_MIN
        and all(len(ln.text) <= CAPITALISED_ROW_MAX_CHARS for ln in chunk)
        and all(_opens_capitalised(ln.text) and ln.text[:2] != "I " for ln in chunk[1:])
        and not any(
            ends_sentence(ln.text) or ln.text.endswith((",", "-", ";", ":", "–"))
            for ln in chunk[:-1]
        )
    )


#: a column of capitalised items runs this many lines at least, each this short (longer
#: lines are sentences or teasers, "Title - what it says", that the reader takes apart)
CAPITALISED_ROWS_MIN: Final = 3
CAPITALISED_ROW_MAX_CHARS: Final = 60


def _short_paragraphs_and_headings(chunk: list[Line], width: int) -> bool:
    """ "Walking routes in the Peak District" / "The Peak District was Britain's first
    national park." / "We asked rangers for their favourites." / "Why walk in spring" / …:
    short paragraphs of a sentence or two, one a line, with a title or headings between them.
    Every line ends a sentence, or ends so short that the next word would have fitted on it
    (no wrapper broke it there), and two lines or more end sentences."""
    sentences = 0
    for line, nxt in pairwise(chunk):
        if ends_sentence(line.text):
            sentences += 1
        elif not _next_word_fitted(line, nxt, width):
            return False
    return sentences >= SHORT_PARAGRAPH_LINES_MIN


#: short paragraphs one a line: this many lines at least (the last one aside) end sentences
SHORT_PARAGRAPH_LINES_MIN: Final = 2


def _rows_of_fields(chunk: list[Line], width: int) -> bool:
    """Rows set one under another ("225 g butter, softened" / "200 g sugar" / "2 eggs",
    "Driver: 10 mm" / "Battery: 5 hours" / "Bluetooth: 5.3"): a line inside the chunk
    that is far from the width, after a line that ends no sentence, and ends none itself.
    A wrapper breaks every line but the last close to its width, and a paragraph that
    ended early would end a sentence. Nor does a wrapped line open with a key and a colon
    each time ("Step 2: …")."""
    if all(_keyed_row(line.text) for line in chunk):
        return True
    if all(opens_with_time(line.text) for line in chunk):
        return True  # "00:00 Intro" / "01:45 How it started": a programme's rows
    return any(
        not _is_full(chunk[k], width)
        and not ends_sentence(chunk[k].text)
        and not ends_sentence(chunk[k - 1].text)
        for k in range(1, len(chunk) - 1)
    )


def _keyed_row(text: str) -> bool:
    """ "Battery: 5 hours", "Step 2: Mash the bananas": a capitalised key of a few words,
    then a colon."""
    kv = key_value(text)
    return (
        kv is not None
        and kv.group("key")[:1].isupper()
        and word_count(kv.group("key")) <= FIELD_KEY_MAX_WORDS
    )


#: a first line shorter than this share of the widest line of its chunk is a title or a
#: heading above the chunk's sentences, not a line of a wrapped paragraph
TITLE_ABOVE_WRAP_MAX_SHARE: Final = 0.6


_BOLD_LINE: Final = regex.compile(r"(\*\*|__)[^*_\s](?:[^*_]*[^*_\s])?\1")


def _next_word_fitted(line: Line, nxt: Line, width: int) -> bool:
    """Would the capitalised first word of ``nxt`` have fitted at the end of ``line``?
    Then no wrapper broke the line there: the writer did ("Prepare ingredients each
    morning" / "Cook on the grill at lunch", rows of a column under a long sentence). A
    word going on in lower case, or after a comma, still continues the line."""
    if not _opens_capitalised(nxt.text) or line.text.endswith((",", "-", "\u2013", "\u2014")):
        return False
    first_word = nxt.text.split(" ", 1)[0]
    # (with room to spare: a hand-wrapped paragraph breaks a little short of its width)
    return len(line.text) + 1 + len(first_word) <= FITTED_MAX_SHARE * width


#: a word that would have ended its line within this share of the width fitted there
FITTED_MAX_SHARE: Final = 0.85


#: a line at least this share of the width its chunk is wrapped at was broken there because
#: the next word did not fit
FULL_LINE_MIN_SHARE: Final = 0.6


def _is_full(line: Line, width: int) -> bool:
    """Was this line broken because the next word did not fit (hard wrap)?"""
    return is_full(line.text, width)


def is_full(text: str, width: int) -> bool:
    """Was a line of this text, in a chunk wrapped at ``width``, broken because the next word
    did not fit?"""
    return width > 0 and len(text) >= FULL_LINE_MIN_SHARE * width


def _opens_capitalised(text: str) -> bool:
    """Does the first word start with a capital, after any emoji opening the line ("🚀 Getting
    started")?"""
    if text[:1].isupper():
        return True  # (most lines)
    m = EMOJI_START.match(text)
    return m is not None and text[m.end() : m.end() + 1].isupper()


def _new_block_after_sentence(prev: Line, line: Line, after: Line | None, width: int) -> bool:
    """A short capitalised line that does not end a sentence, after a line that does, is a
    heading or label of its own ("…still adjusting." / "Why it matters"): as the last line
    of a wrapped paragraph it would leave that paragraph without its full stop. Unless the
    line under it goes on: in lower case, or with a word too long to have fitted after it
    ("See the docs at" / "https://…" is a line the wrapper broke early)."""
    text = line.text
    if not (
        not _is_full(line, width)
        and _opens_capitalised(text)
        and ends_sentence(prev.text)
        and not ends_sentence(text)
        and not text.endswith((",", ";"))
    ):
        return False
    if after is None or after.blank:
        return True
    first_word = after.text.split(" ", 1)[0]
    return not (after.text[:1].islower() or len(text) + 1 + len(first_word) > width)


def _code_block(run: list[Line], gap: bool) -> RawBlock:
    indent = min((ln.indent for ln in run if not ln.blank), default=0)
    body: list[str] = []
    for ln in run:
        raw = ln.raw.expandtabs(4).rstrip()
        body.append(raw[indent:] if not ln.blank else "")
    return RawBlock(
        "code",
        "\n".join(body),
        run[0].content_start,
        run[-1].content_end,
        gap_before=gap,
        line_spans=[(ln.start, ln.end) for ln in run if not ln.blank],
    )


def _list_item(
    lines: list[Line],
    marks: list[Mark],
    i: int,
    gap: bool,
    indents: list[int],
    wrap_width: list[int],
    blocks: list[RawBlock],
) -> int:
    line = lines[i]
    m = LIST_MARKER.match(line.text)
    assert m is not None
    while indents and indents[-1] > line.indent:
        indents.pop()
    if not indents or indents[-1] < line.indent:
        indents.append(line.indent)
    # deeper nesting than this is flattened: it keeps the tree (and its JSON) shallow
    # enough for recursion limits whatever the input's indentation
    depth = min(len(indents) - 1, MAX_LIST_DEPTH)
    marker = m.group("marker")
    ordered = any(m.group(g) is not None for g in ("num", "pnum", "letter", "pletter", "proman"))
    if m.group("pletter") in _ROMAN_LETTERS or m.group("proman"):
        depth = min(max(depth, _roman_depth(blocks, marker)), MAX_LIST_DEPTH)
    parts = [m.group("text")]
    spans = [(line.start, line.end)]
    end = line.content_end
    text_col = line.indent + m.start("text")
    j = i + 1
    prev = line
    while j < len(lines) and marks[j].kind == "text":
        nxt = lines[j]
        continued = nxt.indent >= text_col and nxt.indent > line.indent
        wrapped = _is_full(prev, wrap_width[j]) and nxt.indent >= line.indent
        # "1) Lego Star Wars Bomber" / "http://amzn.to/2iJFhRj": the item's link under it
        link = j == i + 1 and nxt.indent >= line.indent and address_alone(nxt.text)
        if not (continued or wrapped or link):
            break
        if not continued and _stands_apart(nxt):
            break  # "Method" glued under the last ingredient: the next section's heading
        parts.append(nxt.text)
        spans.append((nxt.start, nxt.end))
        end = nxt.content_end
        prev = nxt
        j += 1
    blocks.append(
        RawBlock(
            "list_item",
            " ".join(parts),
            line.content_start,
            end,
            marker=marker,
            depth=depth,
            ordered=ordered,
            gap_before=gap,
            line_spans=spans,
        )
    )
    return j


#: letters that may be roman numerals: "(i)", "(v)", "(x)"
_ROMAN_LETTERS: Final = frozenset("ivx")


_ROMAN_VALUES = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8}
_ROMAN_VALUES |= {"ix": 9, "x": 10}


def _roman_depth(blocks: list[RawBlock], marker: str) -> int:
    """The depth of a "(i)" / "(ii)" item: under "(b) your use poses a risk, including
    where:", roman numerals number the sub-clauses of the lettered item above, one level
    deeper ("(i)" there is no ninth letter: the item above it is not "(h)"); after "(i)",
    "(ii)" stays at its level. -1 when the item is a letter of its own list."""
    value = _ROMAN_VALUES.get(marker.strip("()"), 0)
    prev = blocks[-1] if blocks else None
    if prev is None or prev.kind != "list_item" or not prev.marker or value == 0:
        return -1
    above = prev.marker.strip("()")
    if not (prev.marker.startswith("(") and above.isalpha() and above.islower()):
        return -1
    if value > 1 and _ROMAN_VALUES.get(above) == value - 1:
        return prev.depth  # "(ii)" under "(i)"
    if value == 1 and len(above) == 1 and above != "h":
        return prev.depth + 1  # "(i)" under "(b)"
    return -1


#: a capitalised line of this many words at most, ending no sentence, under a list item
#: and not indented under its text, is a heading or a label of its own
APART_FROM_ITEM_MAX_WORDS: Final = 4


def _stands_apart(line: Line) -> bool:
    """Is this line, glued under a list item, rather a heading ("Method", "Tasks for
    November") than the rest of the item wrapped onto it (which ends the item's sentence
    or goes on in lower case)?"""
    text = line.text
    return (
        _opens_capitalised(text)
        and word_count(text) <= APART_FROM_ITEM_MAX_WORDS
        and not ends_sentence(text)
        and not text.endswith(",")
    )


def _quote(lines: list[Line], marks: list[Mark], i: int, gap: bool, blocks: list[RawBlock]) -> int:
    """A run of "> " lines: one quote, its paragraphs split by lines that are only ">"."""
    j = i
    paragraphs: list[list[str]] = [[]]
    while j < len(lines) and marks[j].kind == "quote":
        words = lines[j].text.lstrip("> ")
        if words:
            paragraphs[-1].append(words)
        elif paragraphs[-1]:
            paragraphs.append([])
        j += 1
    text = "\n\n".join(" ".join(p) for p in paragraphs if p)
    blocks.append(
        RawBlock(
            "quote",
            text,
            lines[i].content_start,
            lines[j - 1].content_end,
            gap_before=gap,
            line_spans=[(line.start, line.end) for line in lines[i:j]],
        )
    )
    return j


def _term_over_definition(term: Line, below: Line) -> bool:
    """ "matplotlib.axes.Axes" or "x : int" over "    the axes the lines were drawn on": a
    term (a name alone, or a docstring's "name : type") over its definition indented under
    it, as an API page prints a parameter; two lines, never one wrapped paragraph (whose
    second line is not indented deeper than its first)."""
    if below.indent <= term.indent:
        return False
    text = term.text
    return (" " not in text and not ends_sentence(text)) or (
        _DOCSTRING_TERM.fullmatch(text) is not None
    )


# "x : int", "low : float, optional", "intervals : list of tuple": a parameter and its type
_DOCSTRING_TERM: Final = regex.compile(r"[A-Za-z_*][\w.*]*+ : \S[^:]{0,60}")


def _paragraph(
    lines: list[Line],
    marks: list[Mark],
    i: int,
    gap: bool,
    wrap_width: list[int],
    blocks: list[RawBlock],
) -> int:
    parts = [lines[i].text]
    spans = [(lines[i].start, lines[i].end)]
    j = i + 1
    prev = lines[i]
    while (
        j < len(lines)
        and marks[j].kind == "text"
        and (
            _is_full(prev, wrap_width[j])
            # a short line over a link's address in brackets, too long to have fitted on
            # it, goes on there ("…based on Keep a Changelog" / "(https://…), and this…";
            # a bare address under a line is often a link of its own)
            or (
                wrap_width[j] > 0
                and lines[j].text.startswith("(")
                and "://" in lines[j].text.split(" ", 1)[0]
                and wrapper_broke(prev.text, lines[j].text, wrap_width[j])
            )
        )
        and not _new_block_after_sentence(
            prev, lines[j], lines[j + 1] if j + 1 < len(lines) else None, wrap_width[j]
        )
        and not _next_word_fitted(prev, lines[j], wrap_width[j])
        # "**Why envelopes work**": a line in bold whole is a subhead, no line of a paragraph
        and not _BOLD_LINE.fullmatch(lines[j].text)
        and not _BOLD_LINE.fullmatch(prev.text)
        and not (j + 1 < len(lines) and marks[j + 1].kind == "underline")
        and not (j == i + 1 and _term_over_definition(prev, lines[j]))
    ):
        parts.append(lines[j].text)
        spans.append((lines[j].start, lines[j].end))
        prev = lines[j]
        j += 1
    blocks.append(
        RawBlock(
            "paragraph",
            " ".join(parts),
            lines[i].content_start,
            lines[j - 1].content_end,
            gap_before=gap,
            line_spans=spans,
        )
    )
    return j
