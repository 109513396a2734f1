"""Routing every block after the front matter: the special sections found by their names
(summary, tags, meta description, highlights, references, related articles), fields,
remnants and page furniture; the rest is the body.
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise
from typing import Final

import regex

from articlekit.model import ReferenceLink, RelatedArticle, Span
from articlekit.options import ParseOptions, SpecialKind
from articlekit.parse.assemble.document import (
    RELATED_BARE_TITLE_MAX_WORDS,
    TAG_LINE_MAX_WORDS,
    TOC_MIN_ENTRIES,
    Doc,
    block_span,
)
from articlekit.parse.assemble.front import (
    PAGE_OF,
    author_list,
    buttons_under,
    date_and_length,
    opens_comments,
)
from articlekit.parse.blocks import RawBlock, blocks_after
from articlekit.parse.lines import clean, ends_sentence, word_count, words_at_most
from articlekit.parse.links import URL
from articlekit.parse.special import (
    AUTHOR_OPENING,
    RELATED_TITLE_MAX_WORDS,
    is_hashtag_line,
    is_truncated,
    is_ui_remnant,
    looks_like_reference,
    normalize_name,
    parse_reference,
    reads_as_citation,
    special_kind,
    split_tags,
)
from articlekit.parse.text import ends_with_colon, is_full, title_ratio
from articlekit.parse.vocabulary import (
    AUTHOR_LABELS,
    BOXES_AT_THE_EDGES,
    HEADING_BUTTONS,
    HEADLINE_CLAUSE_WORDS,
    PAGINATION_LINKS,
    PROSE_FUNCTION_WORDS,
    PROSE_REFERENCE_MIN_WORDS,
    STORY_BUTTON_NAMES,
    TOPIC_LIST_NAMES,
    WH_WORDS,
)


def _opener_kind(block: RawBlock, options: ParseOptions) -> SpecialKind | None:
    """The special section a heading / label line opens (never a literal one)."""
    if block.literal:
        return None
    if block.kind in ("heading", "label") or (
        block.kind == "paragraph" and len(block.line_spans) == 1 and words_at_most(block.text, 5)
    ):
        return special_kind(block.text, options)
    return None


# "12   Rotation Grazing on Small Farms", "Rotation Grazing on Small Farms 13": the running
# head of a printed page (text taken from a PDF), a page number beside the title
_PAGE_NUMBER_BESIDE: Final = regex.compile(
    r"(?:\d{1,4}\s+(?P<after>\S.*)|(?P<before>.*\S)\s+\d{1,4})"
)


def _page_furniture(doc: Doc, block: RawBlock) -> bool:
    """A page's running head or foot left in text taken from a printed document: the title
    with a page number beside it, set apart by the page's layout (a run of spaces) or
    repeated on several pages; or "Page 3 of 12" alone. ("Small Farms 2" once under the
    title "Small Farms" is a sequel's name.)"""
    text = block.text
    if not text or len(block.line_spans) != 1 or len(text) > PAGE_HEAD_MAX_CHARS:
        return False  # (an empty heading: Markdown's "# " alone)
    if text[0] in "Pp" and PAGE_OF.fullmatch(text):
        return True
    if doc.title is None or not (text[0].isdigit() or text[-1].isdigit()):
        return False
    low, title = text.casefold(), doc.title.casefold()
    if not (low.endswith(title) or low.startswith(title)):
        return False  # most lines: not the title at all
    m = _PAGE_NUMBER_BESIDE.fullmatch(text)
    if m is None:
        return False
    rest = m["after"] or m["before"] or ""
    if rest.casefold() != doc.title.casefold():
        return False
    raw = doc.source[block.start : block.end]
    return _LAYOUT_GAP.search(raw) is not None or _title_repeats_numbered(doc, rest)


_LAYOUT_GAP: Final = regex.compile(r"\S(?:\s{3,}|\t)\S")


def _title_repeats_numbered(doc: Doc, title: str) -> bool:
    """Does the title stand beside a number on two lines of the text or more? (Counted
    once per article: a text of many such lines is read once, not once a line.)"""
    if doc.numbered_titles is None:
        folded = title.casefold()
        doc.numbered_titles = 0
        for line in doc.source.splitlines():
            if folded in line.casefold():
                m = _PAGE_NUMBER_BESIDE.fullmatch(" ".join(line.split()))
                rest = m and (m["after"] or m["before"] or "")
                doc.numbered_titles += bool(rest and rest.casefold() == folded)
    return doc.numbered_titles >= 2


# "Copyright 2025 The Associated Press. All rights reserved.", "© 2024 Acme Media"
_COPYRIGHT: Final = regex.compile(
    r"(?:copyright\s*(?:\u00a9|\(c\))?|\u00a9|\(c\))\s*\d{4}\b", regex.I
)


#: a copyright notice is a line or two, not a paragraph about copyright
COPYRIGHT_MAX_WORDS: Final = 60


def _copyright_notice(text: str) -> bool:
    return (
        text[:1] in ("C", "c", "\u00a9", "(")
        and _COPYRIGHT.match(text) is not None
        and word_count(text) <= COPYRIGHT_MAX_WORDS
    )


#: a running head is a title and a page number: no longer than a title line
PAGE_HEAD_MAX_CHARS: Final = 150


def route(doc: Doc, blocks: list[RawBlock], start: int) -> None:
    k = start
    n = len(blocks)
    while k < n:
        block = blocks[k]
        if block.kind == "code" or block.kind == "table":
            doc.body.append(block)
            k += 1
            continue
        if block.kind == "rule":
            doc.remove(block, *(block.set_aside or ("markup", "horizontal rule")))
            k += 1
            continue
        if block.literal:  # body text whatever it reads like
            doc.body.append(block)
            k += 1
            continue
        if block.kind == "key_value" and _key_value(doc, block):
            k += 1
            continue
        if taken := _table_of_contents(doc, blocks, k):
            k += taken
            continue
        if block.kind == "paragraph" and _copyright_notice(block.text):
            doc.remove(block, "boilerplate", "copyright notice")
            k += 1
            continue
        if _heads_own_text(doc, blocks, k):
            block.kind = "heading"  # "Contact us" over the contact details: a heading
            doc.body.append(block)
            k += 1
            continue
        if (
            block.kind in ("paragraph", "heading", "label", "key_value")
            and len(block.line_spans) <= 2
            and is_ui_remnant(block.text, doc.options)
        ):
            doc.remove(block, "ui_remnant")
            k += 1
            k += buttons_under(doc, blocks, k, block.text)
            k += _page_numbers_beside(doc, blocks, k)
            continue
        if block.kind in ("paragraph", "heading") and _page_furniture(doc, block):
            doc.remove(block, "boilerplate", "page header or footer")
            k += 1
            continue
        if block.kind == "paragraph" and is_hashtag_line(block.text):
            doc.tags.extend(split_tags(block.text))
            doc.note("tags", block)
            k += 1
            continue
        if taken := _comments(doc, blocks, k):
            k += taken
            continue
        kind = _opener_kind(block, doc.options)
        if kind == "related" and _story_button(doc, blocks, k):
            doc.remove(block, "ui_remnant", "button under a story")
            k += 1
            continue
        if kind in BOXES_AT_THE_EDGES and _nested_in_body(doc, blocks, k):
            kind = None  # "### Highlights" under "## Release 30", "### Fixes" after it
        if kind is not None:
            taken = _SECTION_READERS[kind](doc, blocks, k)
            if taken:
                k += taken
                continue
            if kind == "related" and k + 1 == n:
                # "Most viewed" closing the page: the name of a box whose links are gone
                doc.remove(block, "ui_remnant", "empty related-articles box")
                k += 1
                continue
        if block.kind == "heading" and _authors_under_label(blocks, k):
            # "Jane Doe, Ravi Patel and Li Wei" under "Authors": a paper's authors, named
            block.kind, block.level = "paragraph", None
        doc.body.append(block)
        k += 1


def _nested_in_body(doc: Doc, blocks: list[RawBlock], k: int) -> bool:
    """Does the heading ``blocks[k]`` head a subsection of the body: under a heading of the
    body a level above it, with a heading of its own level or above after it? A box of
    highlights stands at the top of the article (or its end), not between the subsections
    of one of its parts ("## Release 30" / "### Highlights" / "### Fixes")."""
    if blocks[k].kind != "heading":
        return False
    level = blocks[k].level
    parent = next((b for b in reversed(doc.body) if b.kind == "heading"), None)
    if parent is None:
        return False
    if level is None or parent.level is None:
        # no marks to tell the levels by (plain text): a heading of the body and text of
        # its own above, and a heading after it, put it among the body's subsections
        return (
            doc.body[-1] is not parent
            and parent.level is None
            and any(b.kind == "heading" for b in blocks_after(blocks, k))
        )
    return parent.level < level and any(
        b.kind == "heading" and b.level is not None and b.level <= level
        for b in blocks_after(blocks, k)
    )


def _authors_under_label(blocks: list[RawBlock], k: int) -> bool:
    """Is block ``k`` a line of names the text reader took for a heading, right under an
    "Authors" label? (Alone, "Editor Guide, Author Guide & Reviewer Guide" is as shaped.)"""
    block = blocks[k]
    return (
        block.kind == "heading"
        and block.cue is None
        and k > 0
        and normalize_name(blocks[k - 1].text) in AUTHOR_LABELS
        and author_list(block.text)
    )


def _heads_own_text(doc: Doc, blocks: list[RawBlock], k: int) -> bool:
    """ "Contact us" over "Questions about these Terms? Email legal@example.com.", "Cite
    this article" over the article's citation: the name of a link or a button that heads
    text of its own, a paragraph of a few words at least that is no leftover of the page
    itself. (Over "Privacy Policy" or "© 2025 …", "Contact us" is a footer's link.)"""
    block = blocks[k]
    if (
        block.kind not in ("paragraph", "heading")
        or block.literal
        or len(block.line_spans) != 1
        or normalize_name(block.text) not in HEADING_BUTTONS
        or k + 1 >= len(blocks)
    ):
        return False
    below = blocks[k + 1]
    return (
        below.kind == "paragraph"
        and not words_at_most(below.text, HEADED_TEXT_MIN_WORDS - 1)
        and not is_ui_remnant(below.text, doc.options)
        and not _copyright_notice(below.text)
        and _opener_kind(below, doc.options) is None
    )


#: the text under a button's name that heads it runs this many words at least
HEADED_TEXT_MIN_WORDS: Final = 5


def _story_button(doc: Doc, blocks: list[RawBlock], k: int) -> bool:
    """ "Read more" under each story's blurb in a newsletter or digest: the name of a
    related-articles box on a line of its own more than once in the article is the button of
    every story, not a box that takes the stories after it. Named once, it is a button when
    it stands between stories: a headline and its blurb above it, and below it only more of
    them, each blurb whole (a box's teasers are cut off by the site, "… inclined to")."""
    name = normalize_name(blocks[k].text)
    if name not in STORY_BUTTON_NAMES:
        return False
    return _story_button_recurs(doc, blocks, name) or (
        k >= 2 and _story(blocks[k - 2], blocks[k - 1]) and _only_stories_after(blocks, k + 1)
    )


def _story(headline: RawBlock, blurb: RawBlock) -> bool:
    """ "Central bank holds rates" over "The bank left its main rate at 3.5 percent.": a
    newsletter's story, a one-line headline that ends no sentence over a whole paragraph."""
    return (
        headline.kind in ("paragraph", "heading", "label")
        and headline.cue not in _MARKUP_CUES  # a heading the markup made may head a box's item
        and len(headline.line_spans) == 1
        and not headline.literal
        and not ends_sentence(headline.text)
        and blurb.kind == "paragraph"
        and not blurb.literal
        and ends_sentence(blurb.text)
        and not is_truncated(blurb.text)
    )


def _only_stories_after(blocks: list[RawBlock], j: int) -> bool:
    """Are the blocks from ``j`` to the end one story or more, and nothing else?"""
    if j >= len(blocks):
        return False
    while j + 1 < len(blocks) and _story(blocks[j], blocks[j + 1]):
        j += 2
    return j == len(blocks)


_MARKUP_CUES: Final = ("atx", "setext", "html", "markdown")


def _story_button_recurs(doc: Doc, blocks: list[RawBlock], name: str) -> bool:
    """Does the line ``name`` stand alone twice or more in the article?"""
    if doc.story_buttons is None:
        doc.story_buttons = Counter(
            normalize_name(b.text)
            for b in blocks
            if b.kind in ("paragraph", "heading", "label")
            and len(b.line_spans) == 1
            and not b.literal
            and words_at_most(b.text, STORY_BUTTON_MAX_WORDS)
        )
    return doc.story_buttons[name] >= STORY_BUTTON_MIN_REPEATS


#: a story button runs this many words at most ("Read the full story")
STORY_BUTTON_MAX_WORDS: Final = 4


#: the buttons under stories recur: named this many times, "Read more" is one
STORY_BUTTON_MIN_REPEATS: Final = 2


def _page_numbers_beside(doc: Doc, blocks: list[RawBlock], k: int) -> int:
    """ "Next page" / "1 2 3": the page numbers of a pagination beside its removed link, on
    the line under it or above it, removed with it; how many blocks under it were. (Alone,
    a line of numbers may be what a program printed.)"""
    if normalize_name(blocks[k - 1].text) not in PAGINATION_LINKS:
        return 0
    if k >= 2 and doc.body and doc.body[-1] is blocks[k - 2] and _page_numbers(doc.body[-1]):
        link = doc.removed.pop()  # (the records stay in the order of the text)
        doc.remove(doc.body.pop(), "ui_remnant", "page numbers")
        doc.removed.append(link)
    if k < len(blocks) and _page_numbers(blocks[k]):
        doc.remove(blocks[k], "ui_remnant", "page numbers")
        return 1
    return 0


def _page_numbers(block: RawBlock) -> bool:
    return (
        block.kind in ("paragraph", "code")
        and len(block.line_spans) == 1
        and _PAGE_NUMBERS.fullmatch(block.text.strip()) is not None
    )


# "1 2 3", "1 2 3 … 9": two page numbers at least
_PAGE_NUMBERS: Final = regex.compile(r"\d{1,3}(?:\s+(?:\d{1,3}|\u2026|\.\.\.))+")


def _table_of_contents(doc: Doc, blocks: list[RawBlock], k: int) -> int:
    """ "Table of Contents" and the entries under it that repeat later headings: the page's
    navigation, removed (0 when ``blocks[k]`` opens none, or fewer than two entries match)."""
    block = blocks[k]
    if block.kind not in ("paragraph", "heading", "label") or len(block.line_spans) != 1:
        return 0
    if normalize_name(block.text).rstrip(" :") not in doc.options.toc_names:
        return 0
    # where each heading's name is last seen: an entry names a heading still to come (the
    # first heading under the contents, "Introduction", is no entry of them)
    last_seen = {_toc_name(b.text): j for j, b in enumerate(blocks) if b.kind == "heading"}
    end = k + 1
    while end < len(blocks) and blocks[end].kind in ("paragraph", "list_item", "heading"):
        entry = blocks[end]
        if len(entry.line_spans) != 1 or last_seen.get(_toc_name(entry.text), -1) <= end:
            break
        end += 1
    if end - k - 1 < TOC_MIN_ENTRIES:
        return 0
    for entry in blocks[k:end]:
        doc.remove(entry, "ui_remnant", "table of contents")
    return end - k


def _toc_name(text: str) -> str:
    """A heading as a table of contents lists it: "2.1 Light reactions" (wiki contents
    number their entries, not always the headings) is "light reactions"."""
    return normalize_name(_SECTION_NUMBER.sub("", text))


_SECTION_NUMBER: Final = regex.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=\S)")


def _comments(doc: Doc, blocks: list[RawBlock], k: int) -> int:
    """The readers' comments under a post, from "12 Comments" to the next special section
    or the end: the page's, not the article's; removed as boilerplate (0 when ``blocks[k]``
    opens none, or no paragraph of the article came before it)."""
    block = blocks[k]
    if block.kind not in ("paragraph", "heading", "label") or len(block.line_spans) != 1:
        return 0
    if not opens_comments(block.text) or not any(b.kind == "paragraph" for b in doc.body):
        return 0
    end = k + 1
    while (
        end < len(blocks)
        and not blocks[end].literal
        and _opener_kind(blocks[end], doc.options) is None
    ):
        end += 1
    for taken in blocks[k:end]:
        doc.remove(taken, "boilerplate", "comments")
    return end - k


def per_item_fields(blocks: list[RawBlock], options: ParseOptions) -> frozenset[str]:
    """Summary and meta description lines ("Summary: …") that recur with other blocks between
    them (lines right after one another are paragraphs of one summary)."""
    where: dict[str, list[int]] = {}
    for k, block in enumerate(blocks):
        if block.kind == "key_value" and block.key and not block.literal:
            kind = special_kind(block.key, options)
            if kind in ("summary", "meta_description"):
                where.setdefault(kind, []).append(k)
    return frozenset(kind for kind, at in where.items() if any(b - a > 1 for a, b in pairwise(at)))


def _key_value(doc: Doc, block: RawBlock) -> bool:
    """ "Tags: a, b" / "Summary: …" / "Meta Description: …": True when taken."""
    assert block.key is not None and block.value is not None
    kind = special_kind(block.key, doc.options)
    if kind == "tags":
        doc.tags.extend(split_tags(block.value))
        doc.note("tags", block)
        return True
    if kind in doc.per_item:
        return False
    if kind == "summary":
        doc.summary.append(block.value)
        doc.note("summary", block)
        return True
    if kind == "meta_description":
        doc.meta.append(block.value)
        doc.note("meta_description", block)
        return True
    if kind == "references" and (reference := _keyed_reference(block, doc.options)):
        doc.references.append(reference)
        return True
    if (
        kind == "related"
        and word_count(block.value) <= RELATED_TITLE_MAX_WORDS
        # ("Related: …" inline is a link the page set between paragraphs: a remnant)
        and block.key.strip().casefold() not in _INLINE_RELATED_KEYS
    ):
        # "Read more: How cities adapt to heat" between paragraphs: one related article
        title, _source, _description, url = parse_reference(block.value, block.links)
        doc.related.append(RelatedArticle(title=title, url=url, span=block_span(block)))
        return True
    return False


#: keys of a "Related: …" line that is not read as a related article (see _key_value)
_INLINE_RELATED_KEYS: Final = frozenset({"related", "related news"})


def _followed_by_body(blocks: list[RawBlock], k: int, options: ParseOptions) -> bool:
    """Is there body content after index ``k`` (not only special sections, tags, remnants)?"""
    for block in blocks[k:]:
        if block.literal:
            return True
        if block.kind == "key_value" and block.key and special_kind(block.key, options):
            continue
        if _opener_kind(block, options) is not None:
            return False
        if is_ui_remnant(block.text, options) or is_hashtag_line(block.text):
            continue
        return True
    return False


def _read_summary(doc: Doc, blocks: list[RawBlock], k: int) -> int:
    """ "Summary" + exactly one paragraph (or one list of points), at the top of the body or
    after all of it. (A short summary may have been read as a heading: its position
    decides. A "Summary" or "TL;DR" under the opening paragraph is a section of the article,
    as its markup has it on the pages that have one.)"""
    if k + 1 >= len(blocks):
        return 0
    if blocks[k + 1].kind == "list_item":
        return _read_summary_points(doc, blocks, k)
    if blocks[k + 1].kind not in ("paragraph", "heading", "label"):
        return 0
    if blocks[k + 1].kind != "paragraph" and len(blocks[k + 1].line_spans) != 1:
        return 0
    at_top = _summary_at_top(doc)
    at_end = not _followed_by_body(blocks, k + 2, doc.options)
    if not (at_top or at_end):
        return 0
    doc.note("summary", blocks[k])
    end = _summary_lines_end(blocks, k + 1) if at_top else k + 2
    for block in blocks[k + 1 : end]:
        doc.note("summary", block)
    # (its lines joined as one text, as a wrapped paragraph's: a summary is one paragraph)
    doc.summary.append(" ".join(block.text for block in blocks[k + 1 : end]))
    return end - k


def _summary_at_top(doc: Doc) -> bool:
    """Is the body still empty but for fields? (A second "Summary" opens the body; fields
    above it, "Source: …", do not.)"""
    return all(b.kind == "key_value" for b in doc.body) and not doc.summary


def _read_summary_points(doc: Doc, blocks: list[RawBlock], k: int) -> int:
    """ "Summary" over a list of points: the summary is the points, one per line."""
    end = k + 1
    while end < len(blocks) and blocks[end].kind == "list_item":
        end += 1
    if not (_summary_at_top(doc) or not _followed_by_body(blocks, end, doc.options)):
        return 0
    if any(b.depth for b in blocks[k + 1 : end]):
        return 0  # (nested points are a list of the article's, not one summary)
    for block in blocks[k:end]:
        doc.note("summary", block)
    doc.summary.append("\n".join(block.text for block in blocks[k + 1 : end]))
    return end - k


def _summary_lines_end(blocks: list[RawBlock], first: int) -> int:
    """A summary at the top of a page that separates its blocks with blank lines may run
    over several lines glued under one another ("Summary" / three short points): the
    block after the last of them. In an article with no blank line at all, nothing is
    glued, and the summary is one paragraph."""
    if not any(b.gap_before for b in blocks_after(blocks, first)):
        return first + 1
    end = first + 1
    while (
        end < len(blocks)
        and blocks[end].kind == "paragraph"
        and not blocks[end].gap_before
        and not blocks[end].literal
        and len(blocks[end].line_spans) == 1
    ):
        end += 1
    return end


def _read_meta(doc: Doc, blocks: list[RawBlock], k: int) -> int:
    if k + 1 >= len(blocks) or blocks[k + 1].kind not in ("paragraph", "key_value", "heading"):
        return 0
    if _followed_by_body(blocks, k + 2, doc.options) and doc.body:
        return 0
    doc.note("meta_description", blocks[k])
    doc.note("meta_description", blocks[k + 1])
    doc.meta.append(blocks[k + 1].text)
    return 2


def _read_tags(doc: Doc, blocks: list[RawBlock], k: int) -> int:
    j = k + 1
    tags: list[str] = []
    while j < len(blocks) and blocks[j].kind == "list_item":
        tags.append(blocks[j].text)
        j += 1
    # "a, b, c" or "#a #b" on a line, or one tag a line ("History", "Computing") with
    # no blank line between them
    while (
        j < len(blocks)
        and not (j > k + 1 and blocks[j].gap_before)
        and not any(b.kind == "list_item" for b in blocks[k + 1 : j])
        and _tag_line(blocks[j])
    ):
        tags.extend(split_tags(blocks[j].text))
        j += 1
    if not tags and j < len(blocks) and (lines := _tag_lines(doc, blocks[j])):
        tags, j = lines, j + 1  # "ai" / "cloud" / "security", read as one wrapped paragraph
    if not tags:
        return 0
    for block in blocks[k:j]:
        doc.note("tags", block)
    doc.tags.extend(tags)
    return j - k


def _tag_lines(doc: Doc, block: RawBlock) -> list[str]:
    """One tag a line, each of at most TAG_LINE_MAX_WORDS words, which the text reader
    joined into one paragraph (lower-case words look like a sentence going on); empty for
    any other block."""
    if block.kind != "paragraph" or block.literal or len(block.line_spans) < 2:
        return []
    lines = [clean(doc.source[start:end]) for start, end in block.line_spans]
    if not all(0 < word_count(line) <= TAG_LINE_MAX_WORDS for line in lines):
        return []
    if any(line.endswith((".", "!", "?")) for line in lines):
        return []  # a sentence broken over short lines
    return [tag for line in lines for tag in split_tags(line)]


def _tag_line(block: RawBlock) -> bool:
    return (
        (block.kind == "paragraph" or _scored_heading(block))
        and len(block.line_spans) == 1
        and not block.literal
        and (
            "," in block.text
            or is_hashtag_line(block.text)
            or word_count(block.text) <= TAG_LINE_MAX_WORDS
        )
    )


#: highlights set one a line without bullets ("Key Points" over three short sentences, in
#: an article that marks no list): each line at most this many words, at most this many
#: lines, at least two
HIGHLIGHT_LINE_MAX_WORDS: Final = 30


HIGHLIGHT_LINES_MAX: Final = 10


def _highlight_lines_end(doc: Doc, blocks: list[RawBlock], k: int) -> int:
    """Where the unbulleted highlight lines under the highlights heading ``blocks[k]`` end,
    or 0 when what follows is not such lines: short one-line paragraphs that a heading or a
    special section (or the end) closes, or, when they stand one under the other with no
    blank line between them, a blank line. A highlights heading over paragraphs of prose
    keeps them in the body, as a section."""
    return _short_lines_end(
        doc, blocks, k, HIGHLIGHT_LINE_MAX_WORDS, HIGHLIGHT_LINES_MAX, one_sentence=True
    )


def _short_lines_end(
    doc: Doc,
    blocks: list[RawBlock],
    k: int,
    max_words: int,
    max_lines: int,
    *,
    scored_headings: bool = False,
    one_sentence: bool = False,
) -> int:
    """Where a run of two or more short one-line paragraphs under ``blocks[k]`` ends, when a
    heading, a special section or the end closes it, or, when they stand one under the other
    with no blank line between them, a blank line; 0 for anything else. ``scored_headings``:
    a line the text reader judged a heading from its looks alone may be one of them (a title
    in Title Case). ``one_sentence``: each line is one sentence, and a paragraph of several
    closes them (the body's first paragraph under highlights set one a line)."""
    j = k + 1
    tight = k + 2 < len(blocks) and not blocks[k + 2].gap_before
    while j < len(blocks) and j - k <= max_lines:
        block = blocks[j]
        if tight and j > k + 1 and block.gap_before:
            return j if j - k - 1 >= 2 else 0
        if (
            one_sentence
            and block.kind == "paragraph"
            and INNER_SENTENCE_END.search(block.text) is not None
        ):
            return j if j - k - 1 >= 2 else 0
        if (
            not (block.kind == "paragraph" or (scored_headings and _scored_heading(block)))
            or block.literal
            or len(block.line_spans) != 1
            or word_count(block.text) > max_words
            or special_kind(block.text, doc.options) is not None
        ):
            break
        j += 1
    if j - k - 1 < 2:
        return 0
    if j < len(blocks) and not (blocks[j].kind == "heading" or _opens_special(doc, blocks[j])):
        return 0
    return j


# a sentence ending inside a line, another starting after it: "… sinnvoll sind. Neue …"
INNER_SENTENCE_END: Final = regex.compile(r"[.!?][\"'\u201d\u2019)]?\s+[\p{Lu}\d\"\u201c]")


def _opens_special(doc: Doc, block: RawBlock) -> bool:
    return (
        block.kind in ("heading", "paragraph", "label", "key_value")
        and not block.literal
        and special_kind(block.key or block.text, doc.options) is not None
    )


def _scored_heading(block: RawBlock) -> bool:
    """A heading the text front end judged from a line's looks, not from a mark ("Antibiotics"
    under "Related Topics", one tag a line, in an article with no blank line)."""
    return block.kind == "heading" and block.cue in (None, "caps")


def _read_highlights(doc: Doc, blocks: list[RawBlock], k: int) -> int:
    j = k + 1
    items: list[RawBlock] = []
    remnants: list[RawBlock] = []
    while j < len(blocks):
        block = blocks[j]
        if block.kind == "list_item":
            items.append(block)
        elif (
            block.kind != "code"
            and not block.literal
            and len(block.line_spans) <= 2
            and is_ui_remnant(block.text, doc.options)
        ):
            remnants.append(block)
        else:
            break
        j += 1
    if not items and not remnants:
        if j == len(blocks) or _opens_special(doc, blocks[j]):
            # "Article Highlights" right above "Related Articles": a box left empty
            doc.note("highlights", blocks[k])
            return 1
        j = _highlight_lines_end(doc, blocks, k)
        if j == 0:
            return 0
        items = blocks[k + 1 : j]
    doc.note("highlights", blocks[k])
    for block in blocks[k + 1 : j]:
        if block in remnants:
            doc.remove(block, "ui_remnant", "highlights placeholder")
        else:
            doc.note("highlights", block)
            doc.highlights.append(block.text)
    return j - k


def _read_references(doc: Doc, blocks: list[RawBlock], k: int) -> int:
    j = k + 1
    see_also = normalize_name(blocks[k].text) in TOPIC_LIST_NAMES
    if see_also and (end := _headlines_end(doc, blocks, k)):
        # "See also:" / "Why high street rents are still falling": other articles of the
        # site, named by their headlines (a topic's name or a cited work is a reference)
        doc.note("related", blocks[k])
        doc.related.extend(
            RelatedArticle(title=block.text, span=block_span(block))
            for block in blocks[k + 1 : end]
        )
        return end - k
    refs: list[ReferenceLink] = []
    # "More Information" / "You can read more about this at the following places:" / the
    # list: a sentence announcing the entries belongs to the section, not to the body
    lead_in = _announces_list(blocks, j)
    j += lead_in
    while j < len(blocks):
        block = blocks[j]
        if (
            block.kind == "key_value"
            and block.key
            and special_kind(block.key, doc.options) not in (None, "references")
        ):
            break  # "Categories: Photosynthesis | Plant physiology": the next section
        citation = _CITATION.match(block.text) if block.kind == "paragraph" else None
        if citation is not None:
            # "[1] T. Chen and C. Guestrin. XGBoost: … KDD, 2016.": the citation is the title
            url = block.links[0][1] if block.links else None
            refs.append(
                ReferenceLink(title=citation.group("rest"), url=url, span=block_span(block))
            )
            j += 1
        elif (reference := _keyed_reference(block, doc.options)) is not None:
            refs.append(reference)  # "Further reading: Title (URL)" right after the list
            j += 1
        elif (over_url := _title_over_url(doc, blocks, j)) is not None:
            refs.append(over_url[0])  # "NOAA Coral Reef Watch" / "https://…": title, then URL
            j += over_url[1]
        elif lines := _reference_lines(doc, block):
            refs.extend(lines)  # one reference a line, which the text reader joined
            j += 1
        elif block.kind == "list_item" or (
            (block.kind in ("paragraph", "key_value") or _scored_heading(block))
            and len(block.line_spans) == 1
            and not block.literal
            and (
                (looks_like_reference(block.text) and not _prose_with_a_link(block.text))
                # "Carslaw, H. S. (1959). Conduction of Heat in Solids.", even alone
                or reads_as_citation(_wrapped_entry(blocks, j)[0])
                # "Google's Willow Chip Explained (The Verge)" among references
                or _title_only_reference(doc, blocks, j)
            )
        ):
            # "…Educational" / "Research Review, 25, 23-38.": the rest of the entry, which
            # the text reader read as lines of their own
            text, rest = _wrapped_entry(blocks, j)
            links = [link for part in (block, *rest) for link in part.links]
            span = Span(start=block.start, end=(rest[-1] if rest else block).end)
            refs.append(_reference(parse_reference(text, links), span))
            j += 1 + len(rest)
        else:
            break
    if not refs and lead_in:
        return 0  # (the sentence over no entry is the body's: it announced something else)
    if (
        not refs
        and (
            j := _short_lines_end(
                doc, blocks, k, REFERENCE_LINE_MAX_WORDS, 50, scored_headings=True
            )
        )
        and all(
            _names_a_work(block.text) or (see_also and _names_a_topic(block.text))
            for block in blocks[k + 1 : j]
        )
    ):
        # "NASA: Lunar Laser Ranging Experiment": works named by their titles alone, one a
        # line, with nothing but a heading or another section after them
        for block in blocks[k + 1 : j]:
            text = _NOTE_NUMBER.sub("", block.text, count=1)  # "1: Webber, Q. M. (2018)…"
            refs.append(_reference(parse_reference(text, block.links), block_span(block)))
    if not refs:
        return 0
    doc.note("references", blocks[k])
    if lead_in:
        doc.note("references", blocks[k + 1])
    doc.references.extend(refs)
    return j - k


def _announces_list(blocks: list[RawBlock], j: int) -> int:
    """1 when ``blocks[j]`` is a sentence of a few words ending with a colon right above a
    list ("You can read more at the following places:"), 0 otherwise."""
    if j + 1 >= len(blocks) or blocks[j + 1].kind != "list_item":
        return 0
    block = blocks[j]
    return int(
        block.kind in ("paragraph", "label")
        and not block.literal
        and ends_with_colon(block.text)
        and words_at_most(block.text, LEAD_IN_MAX_WORDS)
    )


#: a sentence announcing the entries of a references section runs this many words at most
LEAD_IN_MAX_WORDS: Final = 30


def _prose_with_a_link(text: str) -> bool:
    """A sentence of running prose that merely holds a URL ("No new entries this month, see
    the full list (https://…)."), under a "Citations" heading, is the section's text, not a
    reference: a sentence's length and at least two of its function words, and not a
    citation's authors-then-year shape."""
    words = URL.sub(" ", text).casefold().split()
    return (
        len(words) >= PROSE_REFERENCE_MIN_WORDS
        and sum(1 for word in words if word.strip(".,;:()") in PROSE_FUNCTION_WORDS) >= 2
        and not reads_as_citation(text)
    )


def _headlines_end(doc: Doc, blocks: list[RawBlock], k: int) -> int:
    """Where the headlines of other articles under ``blocks[k]`` end: one-line titles, no
    bullets, links, citations or "Title - Source" shapes, most of them clauses
    (``_reads_as_headline``), up to the end, a heading or a special section; 0 for any other
    shape (then the lines are references as before)."""
    j = k + 1
    while j < len(blocks) and _headline_entry(doc, blocks[j]):
        j += 1
    entries = blocks[k + 1 : j]
    if not entries or 2 * sum(_reads_as_headline(b.text) for b in entries) < len(entries):
        return 0
    if j < len(blocks) and not (blocks[j].kind == "heading" or _opens_special(doc, blocks[j])):
        return 0
    return j


def _headline_entry(doc: Doc, block: RawBlock) -> bool:
    """A line that may be an article's title in a list of them: one line, no link or
    citation, a title's length and case, and not a special section's name."""
    text = block.text
    return (
        (block.kind == "paragraph" or _scored_heading(block))
        and len(block.line_spans) == 1
        and not block.literal
        and not block.links
        and HEADLINE_MIN_WORDS <= word_count(text) <= RELATED_BARE_TITLE_MAX_WORDS
        and _bare_related_title(text)
        and not looks_like_reference(text)
        and not reads_as_citation(text)
        and special_kind(text, doc.options) is None
    )


#: an article's headline runs this many words at least ("Drones map French vineyards")
HEADLINE_MIN_WORDS: Final = 4


def _reads_as_headline(text: str) -> bool:
    """A clause, as a news headline is: it opens with a question word ("Why high street
    rents are still falling") or has a verb or relative pronoun of HEADLINE_CLAUSE_WORDS
    ("The town that turned its shopping centre into homes"); not a topic's name ("Passive
    solar building design")."""
    words = [w.strip("\"'\u201c\u201d\u2018\u2019,;:?!()").casefold() for w in text.split()]
    return words[0] in WH_WORDS or any(w in HEADLINE_CLAUSE_WORDS for w in words)


def _reference(parts: tuple[str, str | None, str | None, str | None], span: Span) -> ReferenceLink:
    """The ReferenceLink of ``parse_reference``'s (title, source, description, url)."""
    title, source, description, url = parts
    return ReferenceLink(title=title, source=source, description=description, url=url, span=span)


#: a work named by its title alone, one a line under a references heading, is at most this
#: many words (a citation with its authors and journal may be long)
REFERENCE_LINE_MAX_WORDS: Final = 40


def _title_only_reference(doc: Doc, blocks: list[RawBlock], j: int) -> bool:
    """A one-line work named by its title alone, above a line that reads as a reference (a
    special section's name is none)."""
    text = blocks[j].text
    if (
        word_count(text) > REFERENCE_LINE_MAX_WORDS
        or not _names_a_work(text)
        or special_kind(text, doc.options) is not None
    ):
        return False
    following = blocks[j + 1] if j + 1 < len(blocks) else None
    # (above a bulleted item it is rather the heading or the lead-in of a list)
    if following is None or following.kind not in ("paragraph", "key_value"):
        return False
    if len(following.line_spans) < 2:
        return looks_like_reference(following.text)
    start, end = following.line_spans[0]  # (its first line: the reader may join several)
    return looks_like_reference(doc.source[start:end])


def _names_a_work(text: str) -> bool:
    """A title in Title Case ("Scientific American: The Moon's Slow Escape") or a citation
    with its year ("Kays, R., & Wikelski, M. (2015). Terrestrial animal tracking…"), not
    a sentence of prose under a "Sources" heading."""
    return title_ratio(text) >= WORK_TITLE_MIN_RATIO or _CITED_YEAR.search(text) is not None


WORK_TITLE_MIN_RATIO: Final = 0.6


def _names_a_topic(text: str) -> bool:
    """ "Heat capacity", "Thermal diffusivity": an encyclopedia's entry named under "See
    also", a few words in sentence case that end no sentence."""
    return (
        words_at_most(text, TOPIC_MAX_WORDS)
        and _opens_capitalised_word(text)
        and not ends_sentence(text)
        and not text.endswith(":")
    )


def _opens_capitalised_word(text: str) -> bool:
    return text[:1].isupper()


#: an entry listed under "See also" (a topic, an article's title) runs this many words at most
TOPIC_MAX_WORDS: Final = 10


_NOTE_NUMBER: Final = regex.compile(r"^(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.:)])\s+(?=\S)")


# "(2015)", "(2015a)", "(2015, March 3)" after the authors, or "et al."
_CITED_YEAR: Final = regex.compile(r"\((?:1[5-9]|20)\d\d[a-z]?(?:,[^()]{1,30})?\)|\bet al\.")


#: a reference's title on the line above its bare URL is at most this many words
TITLE_OVER_URL_MAX_WORDS: Final = 20


def _title_over_url(doc: Doc, blocks: list[RawBlock], j: int) -> tuple[ReferenceLink, int] | None:
    """A reference given as its title on one line and its URL alone on the next: one
    paragraph of the two lines (spaced text) or two one-line paragraphs (compact text).
    The reference and how many blocks it takes; None for any other shape."""
    block = blocks[j]
    if block.kind != "paragraph" or block.literal:
        return None
    if len(block.line_spans) == 2:  # (two lines of the source the text reader joined)
        (start, end), (url_start, url_end) = block.line_spans
        title_line = clean(doc.source[start:end])
        url = doc.source[url_start:url_end].strip()
        taken = 1
    elif (
        len(block.line_spans) == 1
        and j + 1 < len(blocks)
        and blocks[j + 1].kind == "paragraph"
        and len(blocks[j + 1].line_spans) == 1
        and not blocks[j + 1].literal
    ):
        title_line, url = block.text, blocks[j + 1].text.strip()
        taken = 2
    else:
        return None
    if (
        URL.fullmatch(url) is None
        or URL.search(title_line) is not None
        or not 0 < word_count(title_line) <= TITLE_OVER_URL_MAX_WORDS
    ):
        return None
    title, source, description, _ = parse_reference(title_line, [])
    span = Span(start=blocks[j].start, end=blocks[j + taken - 1].end)
    reference = ReferenceLink(
        title=title, source=source, description=description, url=url, span=span
    )
    return reference, taken


def _reference_lines(doc: Doc, block: RawBlock) -> list[ReferenceLink]:
    """A paragraph of two lines or more, each of whose entries reads as a reference, is one
    reference an entry; empty for any other block. An entry is a line ("Maya's blog:
    https://…"), or a citation hard-wrapped over several ("Clinton, V. (2019). Reading from
    paper compared to screens: A" / "systematic review. Journal of Research in Reading, …")."""
    if block.kind != "paragraph" or block.literal or len(block.line_spans) < 2:
        return []
    raws = [doc.source[start:end] for start, end in block.line_spans]
    texts = [clean(raw) for raw in raws]
    refs: list[ReferenceLink] = []
    for first, last in _reference_entries(texts):
        entry = " ".join(texts[first : last + 1])
        if not looks_like_reference(entry):
            if not (
                reads_as_citation(_NOTE_NUMBER.sub("", entry, count=1))
                or (word_count(entry) <= REFERENCE_LINE_MAX_WORDS and _names_a_work(entry))
            ):
                return []
            entry = _NOTE_NUMBER.sub("", entry, count=1)
        start, end = block.line_spans[first][0], block.line_spans[last][1]
        links = [link for link in block.links if start <= link[2] < end]
        raw_first, raw_last = raws[first], raws[last]
        span = Span(
            start=start + len(raw_first) - len(raw_first.lstrip()),
            end=end - len(raw_last) + len(raw_last.rstrip()),
        )
        refs.append(_reference(parse_reference(entry, links), span))
    return refs


def _wrapped_entry(blocks: list[RawBlock], j: int) -> tuple[str, list[RawBlock]]:
    """The text of the reference that opens with the one-line block ``blocks[j]``, and the
    one-line blocks right under it (no blank line between) that are the rest of it,
    hard-wrapped: an article written one line a paragraph reads every line on its own
    ("Delgado, P. (2018). Don't throw away your printed books. Educational" / "Research
    Review, 25, 23-38."). Only a citation opened by its authors is so taken apart: a line
    under a work named by its title alone the reader has already judged."""
    entry = [blocks[j].text]
    if (
        len(blocks[j].line_spans) != 1
        or AUTHOR_OPENING.match(_NOTE_NUMBER.sub("", entry[0], count=1)) is None
    ):
        return entry[0], []
    for nxt in blocks_after(blocks, j):
        if (
            nxt.gap_before
            or nxt.literal
            or nxt.kind not in ("paragraph", "heading")
            or len(nxt.line_spans) != 1
            or not _entry_goes_on(entry, nxt.text, max(len(nxt.text), *map(len, entry)))
        ):
            break
        entry.append(nxt.text)
    return " ".join(entry), blocks[j + 1 : j + len(entry)]


def _reference_entries(texts: list[str]) -> list[tuple[int, int]]:
    """The lines of a references paragraph grouped into entries, as (first, last) line."""
    width = max(len(text) for text in texts)
    entries: list[tuple[int, int]] = []
    first = 0
    for k in range(1, len(texts)):
        if not _entry_goes_on(texts[first:k], texts[k], width):
            entries.append((first, k - 1))
            first = k
    entries.append((first, len(texts) - 1))
    return entries


def _entry_goes_on(entry: list[str], line: str, width: int) -> bool:
    """Is ``line`` the rest of the reference whose lines so far are ``entry``, hard-wrapped
    onto it? It goes on in lower case ("systematic review. …"), with a volume or pages
    ("42(2), 288-325. https://…"), with the address of the work ("https://doi.org/…",
    "doi:10.1111/…", even after the entry's full stop), after a comma, or, under a line the
    wrapper filled of a citation opened by its authors, with words that open none ("Research
    Review, 25, 23-38."); after a full stop, only while the citation has not given its
    year. A line ending in an address ends its entry ("Maya's blog: https://…"), and a
    numbered one ("2. Delgado P. …") opens the next."""
    prev = entry[-1]
    if _ENDS_WITH_ADDRESS.search(prev) or _NOTE_NUMBER.match(line):
        return False
    address = _OPENS_WITH_ADDRESS.match(line) is not None
    opening = _NOTE_NUMBER.sub("", entry[0], count=1)
    if ends_sentence(prev):
        return (address and not any(_ADDRESS.search(text) for text in entry)) or (
            # "Delgado P, Vargas C. Don't throw away your printed books." / "Educ Res Rev.
            # 2018;25:23-38.": opened by its authors, the citation has not given its year yet
            AUTHOR_OPENING.match(opening) is not None
            and not reads_as_citation(" ".join([opening, *entry[1:]]))
            and AUTHOR_OPENING.match(line) is None
        )
    return (
        address
        or line[:1].islower()
        or line[:1].isdigit()
        or prev.endswith((",", ";", ":", "&"))
        or (
            is_full(prev, width)
            and reads_as_citation(opening)
            and AUTHOR_OPENING.match(line) is None
        )
    )


# the address of a cited work: a URL or a DOI ("doi:10.1111/jrir.12269", "10.1111/…")
_ADDRESS: Final = regex.compile(URL.pattern + r"|\bdoi:\s?10\.|\b10\.\d{4,9}/\S")


_OPENS_WITH_ADDRESS: Final = regex.compile(r"(?:https?://|www\.|doi:\s?10\.|10\.\d{4,9}/)", regex.I)


_ENDS_WITH_ADDRESS: Final = regex.compile(r"(?:" + URL.pattern + r"|\b10\.\d{4,9}/\S+)\s*$")


def _keyed_reference(block: RawBlock, options: ParseOptions) -> ReferenceLink | None:
    """ "Further reading: Clean Air Handbook (https://…)": a references name as the key of a
    line whose value reads as a reference; the name is no part of its title."""
    if (
        block.kind != "key_value"
        or block.literal
        or not block.key
        or not block.value
        or special_kind(block.key, options) != "references"
        or not looks_like_reference(block.value)
    ):
        return None
    title, source, description, url = parse_reference(block.value, block.links)
    return ReferenceLink(
        title=title, source=source, description=description, url=url, span=block_span(block)
    )


# a numbered citation: "[12] Author. Title. Venue, 2016." (possibly hard-wrapped)
_CITATION: Final = regex.compile(r"\[\d{1,4}\]\s+(?P<rest>\S.*)", regex.DOTALL)


_MARKUP: Final = regex.compile(r"<[^<>]*+>")  # tags and comments of HTML (or inside Markdown)


def _nothing_between(doc: Doc, end: int, start: int) -> bool:
    """Are the whole lines between offsets ``end`` and ``start`` blank (or, in HTML, markup)?
    (The partial lines at either end belong to the two blocks: in HTML, their closing and
    opening tags.)"""
    lines = doc.source[end:start].split("\n")[1:-1]
    if doc.markup_between:
        return all(not _MARKUP.sub("", line).strip() for line in lines)
    return all(not line.strip() for line in lines)


def _related_title(block: RawBlock, *, above_teaser: bool = False) -> bool:
    """Could this block be a related article's title? A short line ending in "." reads as a
    sentence, unless a longer teaser stands right under it ("… Against Diseases.")."""
    if block.kind == "list_item" or block.kind == "heading":
        return True
    if block.kind == "code":
        # "is.invasive()": a post titled with the code it is about, above its teaser
        return above_teaser and len(block.line_spans) == 1 and "\n" not in block.text
    return (
        block.kind in ("paragraph", "label", "key_value")
        and len(block.line_spans) == 1
        and word_count(block.text) <= RELATED_TITLE_MAX_WORDS
        and (above_teaser or not block.text.endswith("."))
    )


def _teaser_shaped(block: RawBlock) -> bool:
    """A paragraph, or a sentence that opens with a label ("TLDR: As of today, …") rather
    than a field line ("Tags: a, b")."""
    if block.kind == "paragraph":
        return True
    return block.kind == "key_value" and word_count(block.text) >= TEASER_FIELD_MIN_WORDS


#: a line of at most this many words that ends no sentence is a related title, not a teaser
SHORT_TITLE_MAX_WORDS: Final = 8


#: a "Label: …" line under a related title is its teaser when it runs this many words
TEASER_FIELD_MIN_WORDS: Final = 10


def _bare_titles(found: list[RelatedArticle]) -> bool:
    """Have the related articles read so far all been titles without a teaser?"""
    return bool(found) and all(r.teaser is None for r in found)


def _reads_as_bare_title(block: RawBlock) -> bool:
    """A title-shaped line that is not a sentence and not cut off ("…")."""
    text = block.text
    return (
        _related_title(block) and not ends_sentence(text) and not text.endswith(("...", "\u2026"))
    )


def _question_title(block: RawBlock) -> bool:
    """ "What does a tilde mean in a version number?": a title asking a question, as a Q&A
    site's sidebar lists them, one a line."""
    return _related_title(block) and block.text.endswith("?") and "\n" not in block.text


def _one_line_related(doc: Doc, block: RawBlock) -> list[RelatedArticle]:
    """Related articles written one per line as "Title - Teaser" (or "–", "—"), the teaser
    longer than the title, or as bare titles, two lines or more that the text reader took
    for one wrapped paragraph; empty when any line of the block has another shape."""
    if block.kind != "paragraph" or block.literal:
        return []
    found: list[RelatedArticle] = []
    for start, end in block.line_spans:
        raw = doc.source[start:end]
        line = clean(raw)
        if not line:
            continue  # a line of white space only (Markdown keeps "\xa0" lines in a paragraph)
        m = _TITLE_DASH_TEASER.match(line)
        teaser: str | None
        if m is not None:
            title, teaser = m.group("title"), m.group("teaser")
            if (
                word_count(title) > RELATED_TITLE_MAX_WORDS
                # "Title - Source" has a short second part; a teaser the site cut off
                # ("A free certificate in ten…") is one whatever its length
                or (word_count(teaser) <= word_count(title) and not _cut_off(teaser))
                or _opens_unclosed(title)  # the dash is inside a quoted name, not between
            ):
                return []
        elif len(block.line_spans) > 1 and _bare_related_title(line):
            title, teaser = line, None
        else:
            return []
        found.append(
            RelatedArticle(
                title=title,
                teaser=teaser,
                truncated=is_truncated(teaser) if teaser else False,
                span=Span(
                    start=start + len(raw) - len(raw.lstrip()), end=start + len(raw.rstrip())
                ),
            )
        )
    return found


#: a teaser glued under its title runs this many words at least
GLUED_TEASER_MIN_WORDS: Final = 6


def _title_over_teaser(doc: Doc, block: RawBlock) -> RelatedArticle | None:
    """A title glued above its teaser, which the text reader joined into one paragraph of
    two lines: the first a bare title, the second a longer sentence (or a cut-off one)."""
    # (inside a related section only: the reader calls it on the blocks under its name)
    if block.kind != "paragraph" or block.literal or len(block.line_spans) != 2:
        return None
    (s1, e1), (s2, e2) = block.line_spans
    title, teaser = clean(doc.source[s1:e1]), clean(doc.source[s2:e2])
    if not _bare_related_title(title) or "." in title or word_count(teaser) <= word_count(title):
        return None
    if word_count(teaser) < GLUED_TEASER_MIN_WORDS:
        return None
    if _short_question(teaser):
        return None  # "How long should a phone battery last?": the next title
    return RelatedArticle(
        title=title,
        teaser=teaser,
        truncated=is_truncated(teaser),
        span=Span(start=block.start, end=block.end),
    )


def _short_question(text: str) -> bool:
    """ "How long should a phone battery last?": a title asking a question, not a teaser."""
    return text.endswith("?") and word_count(text) <= SHORT_TITLE_MAX_WORDS


def _cut_off(text: str) -> bool:
    return text.endswith(("...", "\u2026"))


def _opens_unclosed(text: str) -> bool:
    """Does ``text`` open a quotation or bracket it does not close ("il titolo è “Knights of
    the Zodiac" before " – Saint Seiya”")?"""
    return any(text.count(o) > text.count(c) for o, c in _QUOTE_PAIRS)


_QUOTE_PAIRS: Final = (("\u201c", "\u201d"), ("(", ")"), ("[", "]"), ("\u00ab", "\u00bb"))


def _bare_related_title(line: str) -> bool:
    """ "How to track your order": short, in the case of a title, and not a sentence or
    a wrapped line of one (those end in "." or "," or run on in lower case)."""
    return (
        word_count(line) <= RELATED_BARE_TITLE_MAX_WORDS
        and not line[:1].islower()
        and not line.endswith((".", ",", ";", ":"))
    )


_TITLE_DASH_TEASER: Final = regex.compile(r"(?P<title>\S.*?) [-\u2013\u2014] (?P<teaser>\S.*)")


def _read_related(doc: Doc, blocks: list[RawBlock], k: int) -> int:
    j = k + 1
    found: list[RelatedArticle] = []
    ranks: list[RawBlock] = []
    while j < len(blocks):
        block = blocks[j]
        if block.kind == "key_value" and block.key and special_kind(block.key, doc.options):
            break
        if _RANK.fullmatch(block.text) and not block.literal and j + 1 < len(blocks):
            ranks.append(block)  # "1" / "Pensioners warned …": a most-read box's ranks
            j += 1
            continue
        if _opener_kind(block, doc.options) is not None or (
            not block.literal
            # ("#hiking #alps" under the last related title: the page's tags)
            and (is_ui_remnant(block.text, doc.options) or is_hashtag_line(block.text))
        ):
            break
        teaser_block = blocks[j + 1] if j + 1 < len(blocks) else None
        has_teaser = (
            _related_title(block, above_teaser=True)
            and block.kind != "list_item"
            and teaser_block is not None
            and _teaser_shaped(teaser_block)
            and not is_ui_remnant(teaser_block.text, doc.options)  # "© 2025 …" closes the page
            # right below its title: no line of text between (a line the front end set
            # aside in between would fall inside the related article's span)
            and _nothing_between(doc, block.end, teaser_block.start)
            # under a title the text reader took for a heading, a short teaser is still one;
            # so is a sentence under a long title that is none
            and (
                block.kind == "heading"
                or word_count(teaser_block.text) > word_count(block.text)
                or (ends_sentence(teaser_block.text) and not ends_sentence(block.text))
            )
            # in a list of bare titles, the next title is no teaser of the one above (a title
            # marked as a heading, as in HTML, still has the paragraph under it as teaser; a
            # line the text reader took for a heading is marked by nothing)
            and not (
                block.cue not in ("atx", "setext", "html", "markdown")
                and _bare_titles(found)
                and (_reads_as_bare_title(teaser_block) or _question_title(teaser_block))
            )
            # a few words that end no sentence and are not cut off ("Wohnungsbau: Die
            # Stadt kauft Grundstücke"): the next title, where a cut teaser runs long
            and not (
                # (a title the markup made a heading keeps the short line under it)
                block.cue not in ("atx", "setext", "html", "markdown")
                and (_reads_as_bare_title(teaser_block) or _short_question(teaser_block.text))
                and word_count(teaser_block.text) <= SHORT_TITLE_MAX_WORDS
            )
        )
        if (
            not has_teaser
            and teaser_block is not None
            and block.kind in ("heading", "paragraph", "label")
            and _related_title(block)
            and not date_and_length(block.text)
            and date_and_length(teaser_block.text)
            and _nothing_between(doc, block.end, teaser_block.start)
        ):
            has_teaser = True  # "Mar 1, 2025 · 38 min" under an episode's title: its own line
        if not has_teaser and (pair := _title_over_teaser(doc, block)) is not None:
            found.append(pair)  # "Title" glued above its teaser, read as one paragraph
            j += 1
            continue
        if not has_teaser and (one_line := _one_line_related(doc, block)):
            found.extend(one_line)  # "Title - Teaser" on each line
            j += 1
            continue
        if not has_teaser and not _related_title(block):
            break
        title, url = block.text, None
        teaser = teaser_block.text if has_teaser and teaser_block else None
        if block.kind == "list_item":
            title, source, description, url = parse_reference(block.text, block.links)
            if teaser is None:
                # "- Title - Source - What it says": what follows the title is its teaser
                teaser = " - ".join(part for part in (source, description) if part) or None
        end = teaser_block.end if has_teaser and teaser_block else block.end
        found.append(
            RelatedArticle(
                title=title,
                teaser=teaser,
                url=url,
                truncated=is_truncated(teaser) if teaser else False,
                span=Span(start=block.start, end=end),
            )
        )
        j += 2 if has_teaser else 1
    if not found:
        return 0
    doc.note("related", blocks[k])
    doc.related.extend(found)
    for rank in ranks:
        doc.remove(rank, "ui_remnant", "rank in a list of related articles")
    return j - k


# "1", "2.", "#3": the rank of an article in a "Most read" box, on its own line
_RANK: Final = regex.compile(r"#?\d{1,2}\.?")


_SECTION_READERS: Final = {
    "summary": _read_summary,
    "meta_description": _read_meta,
    "tags": _read_tags,
    "highlights": _read_highlights,
    "references": _read_references,
    "related": _read_related,
}
