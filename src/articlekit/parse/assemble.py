"""The assembler: a list of RawBlocks in, one Article out, for every front end.

It walks the blocks once. Each block lands in exactly one place: the title, a section
heading, a body block, a special field (references, tags, summary, meta description,
highlights, related articles, byline, date) or ``removed``; that is what makes the
"nothing is lost" invariant hold by construction.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise
from typing import cast

import regex

from articlekit.model import (
    Article,
    Block,
    CodeBlock,
    FieldName,
    FieldSource,
    Link,
    ListBlock,
    ListItem,
    Paragraph,
    ParseWarning,
    QuoteBlock,
    ReferenceLink,
    RelatedArticle,
    Removed,
    RemovedReason,
    Section,
    SourceFormat,
    Span,
    TableBlock,
)
from articlekit.options import ParseOptions, SpecialKind
from articlekit.parse.blocks import RawBlock
from articlekit.parse.lines import (
    NAME_SEPARATOR,
    NAME_WORD,
    STEP_HEADING,
    clean,
    division_name,
    ends_sentence,
    is_affiliation,
    is_all_caps,
    word_count,
    words_at_most,
)
from articlekit.parse.links import URL
from articlekit.parse.special import (
    AUTHOR_OPENING,
    READING_MINUTES,
    RELATED_TITLE_MAX_WORDS,
    dedupe_tags,
    is_hashtag_line,
    is_media_time,
    is_truncated,
    is_ui_remnant,
    looks_like_reference,
    near_duplicates,
    normalize_name,
    parse_reference,
    reads_as_citation,
    special_kind,
    split_tags,
)
from articlekit.parse.text import (
    EMOJI_SHORTCODES_END,
    PREFATORY_NOTE,
    ends_dangling,
    heading_like,
    is_full,
    title_ratio,
)
from articlekit.parse.vocabulary import (
    ACADEMIC_DEGREES,
    BUTTONS_UNDER,
    BYLINE_ROLE_WORDS,
    CLOSING_HEADING_PHRASES,
    CLOSING_HEADING_WORDS,
    CONSENT_BANNER_OPENERS,
    EUROPEAN_MONTHS,
    EVENT_FIELD_LABELS,
    GENERIC_HEADINGS,
    KICKER_WORDS,
    MEDIA_PLAYER_OPENERS,
    MENU_WORDS,
    NEWS_AGENCIES,
    NEWS_SECTION_WORDS,
    PAGE_NAMES,
    PAGE_TOP_LABELS,
    PAGINATION_LINKS,
    REVIEW_CREDIT_PREFIXES,
    STORY_BUTTON_NAMES,
    TITLE_FIELD_LABELS,
    TITLE_STOPWORDS,
    TOPIC_LIST_NAMES,
)

#: a first line this long, in sentence case and ending in "!" or "?", is the article's
#: opening sentence ("Dear friends, it's time for our monthly roundup!"), not its title
TITLE_SENTENCE_MIN_WORDS = 8
#: "Community Call v12 - How do I…?", "Release 2: What's new?": a title with a subtitle
TITLE_SEPARATOR = regex.compile(r"\s[-\u2013\u2014|]\s|:\s")
#: a sentence's end inside a line, then the next sentence or an attribution
_SENTENCE_INSIDE = regex.compile(
    r"\p{Ll}[.!?][\"'\u201d\u2019]?\s+(?:[-\u2013\u2014]\s+)?[\p{Lu}\"'\u201c\u2018]"
)

BYLINE_MAX_WORDS = 8
#: a line giving both byline and date ("Posted by jdoe on 12 Jan 2024") is this short
BYLINE_AND_DATE_MAX_WORDS = 16
#: a line under a tags heading with no comma is one tag of at most this many words
TAG_LINE_MAX_WORDS = 4
#: a related article given by its title alone, one per line, has at most this many words
RELATED_BARE_TITLE_MAX_WORDS = 14
#: a first line standing alone is a title up to this long
TITLE_MAX_WORDS = 30
#: a first line standing alone that ends in "." is still the title when this share of its
#: words is capitalised (a sentence has few capitals)
TITLE_CASE_SENTENCE_MIN_RATIO = 0.8
TITLE_MAX_CHARS = 220
#: how many blocks after the title may still be a byline or date line
FRONT_MATTER_WINDOW = 4
#: a table of contents lists at least this many of the article's headings
TOC_MIN_ENTRIES = 2
#: how many blocks at the end of the body may hold a closing credit ("Reporting by …")
CREDIT_WINDOW = 3
#: how many lines of page furniture ("Advertisement", "Press release") may stand above the title
TITLE_FURNITURE_MAX = 3


@dataclass
class _Doc:
    """What the assembler has gathered so far."""

    source: str
    options: ParseOptions
    title: str | None = None
    title_span: Span | None = None
    byline: str | None = None
    published: str | None = None
    tags: list[str] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)
    meta: list[str] = field(default_factory=list)
    highlights: list[str] = field(default_factory=list)
    references: list[ReferenceLink] = field(default_factory=list)
    related: list[RelatedArticle] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)
    sources: list[FieldSource] = field(default_factory=list)
    body: list[RawBlock] = field(default_factory=list)
    #: tags stand between the blocks of this source (HTML); elsewhere a line of markup
    #: between two blocks (a Markdown comment) is set aside on its own
    markup_between: bool = False
    #: one-value fields whose "Key: value" line recurs: fields of the items an article lists
    #: (each project of a roundup with its "Summary: …"), not of the article
    per_item: frozenset[str] = frozenset()
    #: how many lines hold the title beside a number (counted once, when first asked)
    numbered_titles: int | None = None
    #: how many times each short line's name stands alone (counted once, when first asked)
    story_buttons: Counter[str] | None = None
    #: field lines whose links go into ``links`` with the body's (a byline's home page)
    field_links: list[RawBlock] = field(default_factory=list)

    def note(self, name: FieldName, block: RawBlock) -> None:
        self.sources.append(FieldSource(field=name, span=_span(block)))
        if name == "byline" and block.links:
            self.field_links.append(block)  # "Jane Doe (https://…)": the link is kept

    def remove(self, block: RawBlock, reason: RemovedReason, detail: str | None = None) -> None:
        self.removed.append(
            Removed(text=block.text, reason=reason, detail=detail, span=_span(block))
        )


# The models an article makes one of for every short line (a Span, a Paragraph, a Section)
# are validated as Model(...) validates them, by a direct call of their validator:
# BaseModel.__init__ was a third of their cost.
_validate_span = Span.__pydantic_validator__.validate_python
_validate_paragraph = Paragraph.__pydantic_validator__.validate_python
_validate_section = Section.__pydantic_validator__.validate_python


def _span(block: RawBlock) -> Span:
    return cast(Span, _validate_span({"start": block.start, "end": block.end}))


def assemble(
    source: str,
    blocks: list[RawBlock],
    options: ParseOptions,
    source_format: SourceFormat = "text",
    warnings: list[ParseWarning] | None = None,
) -> Article:
    """Build the Article from the blocks a front end produced for ``source``."""
    doc = _Doc(source=source, options=options, warnings=list(warnings or []))
    doc.markup_between = source_format == "html"
    for position, block in enumerate(blocks):
        block.position = position
    doc.per_item = _per_item_fields(blocks, options)
    start = _take_title(doc, blocks)
    if doc.title is not None and _subtitle(doc, blocks, start):
        doc.body.append(blocks[start])  # the dek stays the article's first line of text
        start += 1
    elif doc.title is not None and _dek_as_heading(doc.title, blocks, start):
        block = blocks[start]
        block.kind, block.cue, block.level = "paragraph", None, None
        doc.body.append(block)
        start += 1
    start = _take_front_matter(doc, blocks, start)
    _route(doc, blocks, start)
    if doc.published is None:
        _take_dateline_date(doc)
    _take_closing_credit(doc)
    sections = _build_sections(doc)
    links = _collect_links(doc.field_links + doc.body)
    return Article(
        source_format=source_format,
        title=doc.title,
        title_span=doc.title_span,
        byline=_without_link(doc.byline),
        published=doc.published,
        sections=sections,
        highlights=doc.highlights,
        references=doc.references,
        links=links,
        tags=dedupe_tags(doc.tags),
        summary="\n\n".join(doc.summary) or None,
        meta_description=" ".join(doc.meta) or None,
        related=doc.related,
        removed=doc.removed,
        warnings=doc.warnings,
        field_sources=doc.sources,
    )


# --------------------------------------------------------------------------- title


def _take_title(doc: _Doc, blocks: list[RawBlock]) -> int:
    """Index of the first block after the title (after the page furniture above it when
    the article shows no title)."""
    k = 0
    # "Advertisement", "PRESS RELEASE" above the title: furniture, not the title
    while (
        k < min(len(blocks), TITLE_FURNITURE_MAX)
        and _furniture(blocks[k], doc.options)
        and not _page_named(doc, blocks, k)
    ):
        doc.remove(blocks[k], "ui_remnant")
        k += 1
    nav_end = _navigation_above_title(doc, blocks, k)
    for block in blocks[k:nav_end]:
        doc.remove(block, "boilerplate", "navigation")
    k = _take_page_top(doc, blocks, nav_end)
    if k + 1 < len(blocks) and _opens_front_matter(doc, blocks, k, above_title=True):
        # "Posted by u/jdoe 5 hours ago" above the post's title, as a forum lays it out
        after = _take_front_matter(doc, blocks, k)
        if after > k:
            if after < len(blocks) and _is_title(doc, blocks, after):
                doc.title = blocks[after].text
                doc.title_span = _span(blocks[after])
                return after + 1
            return after  # the byline and date of an article with no title line
    if k < len(blocks) and _title_field(doc, blocks[k]):
        value = cast(str, blocks[k].value)
        start = doc.source.find(value, blocks[k].start, blocks[k].end)
        doc.title = value
        doc.title_span = cast(Span, _validate_span({"start": start, "end": start + len(value)}))
        return k + 1
    if k < len(blocks) and _is_title(doc, blocks, k):
        doc.title = blocks[k].text
        doc.title_span = _span(blocks[k])
        _headline_under_title(doc.title, blocks, k + 1)
        return k + 1
    return k


def _headline_under_title(title: str, blocks: list[RawBlock], k: int) -> None:
    """The article's headline repeated under the page's title line, as a scraper joins a
    page's ``<title>`` and its ``<h1>`` ("Fallen Order review - shoots for the moon - VG247",
    then "Fallen Order review – shoots for the moon"), heads the body as the page set it,
    whatever the line's own shape says."""
    if k >= len(blocks):
        return
    block = blocks[k]
    one_line = block.kind == "paragraph" and len(block.line_spans) == 1 and not block.literal
    # (a headline that ends a sentence the title does not end is a sentence of the body)
    ends_alike = block.text.endswith(".") == title.endswith(".")
    if one_line and ends_alike and repeats_title(title, block.text):
        block.kind = "heading"


def repeats_title(title: str, text: str) -> bool:
    """Is ``text`` the same headline as ``title``, give or take the site's name after it
    ("Headline - Site" / "Headline"), a word, or the shape of a dash or a quote?"""
    a = _TITLE_WORD.findall(title.casefold())
    b = _TITLE_WORD.findall(text.casefold())
    short, long = sorted((a, b), key=len)
    if len(short) < REPEATED_TITLE_MIN_WORDS or len(short) < len(long) / 2:
        return False
    if long[: len(short)] == short:
        return True
    # counted with repeats: "Kaka x y kaka" shares every word of "Kaka x y x y kaka kaka",
    # but not as often
    shared = sum((Counter(short) & Counter(long)).values())
    return shared >= REPEATED_TITLE_MIN_SHARE * len(long)


#: a headline repeated under the title has this many words at least, and shares this much
#: of its words with the title when it is not the title's start
REPEATED_TITLE_MIN_WORDS = 3
REPEATED_TITLE_MIN_SHARE = 0.8
_TITLE_WORD = regex.compile(r"\w+")


def _title_field(doc: _Doc, block: RawBlock) -> bool:
    """ "Title: A Beginner's Guide to Sourdough": the title as a labelled field."""
    return (
        block.key is not None
        and bool(block.value)
        and not block.literal
        and len(block.line_spans) == 1
        and normalize_name(block.key) in TITLE_FIELD_LABELS
        and doc.source.find(cast(str, block.value), block.start, block.end) >= 0
    )


def _navigation_above_title(doc: _Doc, blocks: list[RawBlock], k: int) -> int:
    """Where a page's navigation ends when it stands above a marked title ("- [World](…)",
    "[Science](…) > [Environment](…)", then "# Tiny Forests …"), as a page turned into
    Markdown by a crawler keeps it; ``k`` when there is none."""
    j = k
    while j < min(len(blocks), k + NAVIGATION_MAX_BLOCKS) and (
        _navigation(blocks[j]) or _furniture(blocks[j], doc.options)
    ):
        j += 1
    if j == k or j >= len(blocks):
        return k
    heading = blocks[j]
    explicit = heading.kind == "heading" and heading.cue in ("atx", "setext", "html", "markdown")
    return j if explicit and _is_title(doc, blocks, j) else k


def leading_menu(blocks: list[RawBlock]) -> int:
    """Where a menu opening the blocks ends: two entries or more that are only links
    ("*   [Features](…)" / "*   [Reviews](…)"), above the text; 0 when there is none. (A
    reader service's Markdown starts with the page's header, its title given apart.)"""
    j = 0
    while j < min(len(blocks), NAVIGATION_MAX_BLOCKS) and _navigation(blocks[j]):
        j += 1
    return j if MENU_MIN_ENTRIES <= j < len(blocks) else 0


#: a menu has this many entries at least (one link alone may be the article's own)
MENU_MIN_ENTRIES = 2


def _take_page_top(doc: _Doc, blocks: list[RawBlock], k: int) -> int:
    """The page's furniture a scraper left above a plain title, set aside: a menu one entry
    a line ("News" / "Sport" / "Weather"), a menu bar ("Home | World | Business"), a
    "Search" label, a consent banner ("We value your privacy" / "We and our partners use
    cookies …" / "Accept all"), a rubric in capitals ("OPINION"). Only when a title (or the
    byline or date above one) follows the run, and the run is sure to be furniture: one
    menu entry alone ("News") may be the title itself. Returns where the run ends."""
    j = k
    found: list[tuple[RawBlock, RemovedReason, str | None]] = []
    menu = 0  # menu entries and bars in the run
    while j < min(len(blocks), k + NAVIGATION_MAX_BLOCKS):
        block = blocks[j]
        if block.literal or block.kind not in ("paragraph", "heading"):
            break
        kind = _page_top_kind(doc, blocks, j)
        if kind is None:
            break
        menu += kind == "menu"
        reason: RemovedReason = "ui_remnant" if kind == "remnant" else "boilerplate"
        detail = {"menu": "navigation", "bar": "navigation", "kicker": "section label"}.get(kind)
        found.append((block, reason, detail))
        j += 1
    if not found or j + 1 >= len(blocks) or (menu == 1 and len(found) == 1):
        return k
    if not (_is_title(doc, blocks, j) or _opens_front_matter(doc, blocks, j, above_title=True)):
        return k
    for block, reason, detail in found:
        doc.remove(block, reason, detail)
    return j


def _page_top_kind(doc: _Doc, blocks: list[RawBlock], k: int) -> str | None:
    """What a line above the title is when it is furniture: "menu" (an entry), "bar" (a
    row of entries), "kicker", "remnant"."""
    block = blocks[k]
    text = block.text
    if _consent_banner(text):
        return "remnant"  # (a banner's sentences: several lines, one paragraph)
    if len(block.line_spans) != 1 or _page_named(doc, blocks, k):
        return None
    name = normalize_name(text)
    if name in PAGE_TOP_LABELS or is_ui_remnant(text, doc.options):
        return "remnant"
    if name in KICKER_WORDS and is_all_caps(text):
        return "kicker"  # "OPINION" (in capitals: "Opinion" alone may be a title)
    if _menu_entry(name):
        return "menu"
    return "bar" if _menu_bar(name) else None


def _menu_entry(name: str) -> bool:
    """ "sport", "science & environment": a menu's entry, its words all menu words."""
    words = name.split()
    return 0 < len(words) <= MENU_ENTRY_MAX_WORDS and all(
        w in MENU_WORDS or w in ("&", "and") for w in words
    )


def _menu_bar(name: str) -> bool:
    """ "home | world | business | science", "home > news > technology": a menu's entries
    in a row, two of them and half of them menu words at least. ("Opinion | Is Football
    Violence a Crime?" is a headline under its section's name.)"""
    parts = _BREADCRUMB.split(name)
    if len(parts) < 2 or not all(0 < word_count(p) <= MENU_ENTRY_MAX_WORDS for p in parts):
        return False
    entries = sum(_menu_entry(p) for p in parts)
    return entries >= 2 and 2 * entries >= len(parts)


def _consent_banner(text: str) -> bool:
    """ "We and our partners use cookies to store and access information on your device.":
    a consent manager's banner, however long."""
    low = text[:40].casefold()
    return (
        low.startswith(CONSENT_BANNER_OPENERS)
        and "cookie" in text.casefold()
        and words_at_most(text, CONSENT_BANNER_MAX_WORDS)
    )


#: a menu entry runs a few words ("Science & Environment")
MENU_ENTRY_MAX_WORDS = 3
#: a consent banner's text is a few sentences
CONSENT_BANNER_MAX_WORDS = 80


#: a page's menu and breadcrumbs above its title: at most this many blocks (menu items)
NAVIGATION_MAX_BLOCKS = 40
#: a line of menu links or a breadcrumb is no longer than this
NAVIGATION_LINE_MAX_CHARS = 300
#: a menu entry or a breadcrumb step is a few words
NAVIGATION_ENTRY_MAX_WORDS = 5
_BREADCRUMB = regex.compile(r"\s+[>\u203a\u00bb/|\u00b7\u2022]\s+")


def _navigation(block: RawBlock) -> bool:
    """A menu entry that is only a link ("- [World](…)"), a line of such links, or a
    breadcrumb ("Science > Environment")."""
    if len(block.line_spans) != 1 or block.literal or len(block.text) > NAVIGATION_LINE_MAX_CHARS:
        return False  # (a long line is no menu: and its links are not counted one by one)
    if block.kind == "list_item":
        return (
            len(block.links) == 1
            and block.links[0][0].strip() == block.text.strip()
            and word_count(block.text) <= NAVIGATION_ENTRY_MAX_WORDS
        )
    if block.kind != "paragraph":
        return False
    parts = _BREADCRUMB.split(block.text)
    if len(parts) >= 2 and all(0 < word_count(p) <= NAVIGATION_ENTRY_MAX_WORDS for p in parts):
        return True
    rest = block.text
    for label, *_ in block.links:
        rest = rest.replace(label, "", 1)
    return bool(block.links) and not rest.strip(" |\u00b7\u2022>/\u203a\u00bb")


def _page_named(doc: _Doc, blocks: list[RawBlock], k: int) -> bool:
    """ "Terms of Service" above "Last updated: January 5, 2026", "Cookie Policy" above
    "This Cookie Policy explains how we use cookies": the page a footer link names is the
    page itself, and its name the title."""
    name = normalize_name(blocks[k].text)
    if name not in PAGE_NAMES or k + 1 >= len(blocks):
        return False
    below = blocks[k + 1]
    return _opens_front_matter(doc, blocks, k + 1) or (
        below.kind == "paragraph" and name in below.text[:PAGE_NAME_WITHIN].casefold()
    )


#: the text under a page's name names it again within its first characters
PAGE_NAME_WITHIN = 100


def _furniture(block: RawBlock, options: ParseOptions) -> bool:
    return (
        block.kind in ("paragraph", "heading")
        and len(block.line_spans) == 1
        and not block.literal
        and is_ui_remnant(block.text, options)
    )


def _is_title(doc: _Doc, blocks: list[RawBlock], k: int) -> bool:
    first = blocks[k]
    if first.kind == "heading" and first.cue in ("atx", "setext", "html", "markdown"):
        return first.level == 1 and not any(
            b.kind == "heading" and b.level == 1 and b.cue == first.cue for b in blocks[k + 1 :]
        )
    if first.kind not in ("heading", "paragraph") or len(first.line_spans) != 1:
        return False
    text = first.text
    spaced = len(blocks) > k + 1 and blocks[k + 1].gap_before
    if not _title_shaped(text, spaced) or special_kind(text, doc.options) is not None:
        return False
    if normalize_name(text) in GENERIC_HEADINGS:
        return False
    if is_ui_remnant(text, doc.options) and not _page_named(doc, blocks, k):
        return False
    if first.cue == "numbered" and regex.match(r"\d+[.)]\s", text):
        return False  # "1. Introduction" opens the body
    return not _opening_sentence(text, spaced)


def _opening_sentence(text: str, spaced: bool) -> bool:
    """ "At our company, our mission is to" or "We are excited to announce our new release!":
    a first line that is a sentence of the body, not a title. (A first line standing alone
    above a blank line is the title whatever it says.)"""
    if ends_dangling(text) or PREFATORY_NOTE.match(text):
        return True  # (a note "This work is supported by …" above the post: no title)
    return (
        not spaced
        and text.endswith(("!", "?"))
        and not TITLE_SEPARATOR.search(text)
        and word_count(text) >= TITLE_SENTENCE_MIN_WORDS
        and title_ratio(text) < 0.5
    )


def _title_shaped(text: str, spaced: bool) -> bool:
    """A first line standing alone (``spaced``) may be a long title, even one that looks
    like code ("is.invasive()"); in compact text it must look like a heading."""
    if heading_like(text):
        return True
    if word_count(text) > TITLE_MAX_WORDS or len(text) > TITLE_MAX_CHARS:
        return False
    if not spaced:
        # a long title in compact text: Title Case, or a news headline in sentence case
        # ("Emirates inks $9 billion order for 30 Boeing 787 jets, will restart plans to
        # expand airline by early 2020s"); either way no sentence end, which every
        # paragraph of a compact text has
        if text.endswith((",", ";", ":")):
            return False
        if text.endswith("."):
            # "Home Depot Stock Is Falling After Its Earnings Release. Why You Shouldn't
            # Worry.": Title Case throughout, where a paragraph's sentence has few capitals
            return title_ratio(text) >= TITLE_CASE_SENTENCE_MIN_RATIO and not text.endswith("..")
        if title_ratio(text) >= 0.75:
            return True
        # (a quotation with its author, "… does anything about it. - Charles Dudley
        # Warner", opens a post as a sentence does)
        return heading_like(text, TITLE_MAX_WORDS, TITLE_MAX_CHARS) and not (
            _SENTENCE_INSIDE.search(text)
        )
    return (
        not text.endswith((".", ",", ";", ":"))
        or text.endswith("...")
        # "What Makes a Package Healthy? A Conversation on Twitter.": Title Case throughout
        or (text.endswith(".") and title_ratio(text) >= TITLE_CASE_SENTENCE_MIN_RATIO)
    )


def _take_front_matter(doc: _Doc, blocks: list[RawBlock], start: int) -> int:
    """Byline ("By Jane Doe") and date ("Published 3 May 2024") lines right after the title."""
    k = start
    fields = 0  # lines read into fields or kept; furniture between them does not count
    while k < len(blocks) and fields < FRONT_MATTER_WINDOW:
        block = blocks[k]
        fields += 1
        if doc.byline is not None and (lines := _affiliation_lines(doc, block)):
            # "1 University of Wroclaw, Poland" / "2 Universidad de Chile, Santiago, Chile"
            # under the authors, read as one paragraph: one paragraph a line
            doc.body.extend(lines)
            fields -= 1
            k += 1
            continue
        if not _one_line_or_field(block) or block.kind not in ("paragraph", "key_value", "heading"):
            break
        if block.literal:
            break
        both = _byline_and_date(block.text)
        if doc.byline is None and doc.published is None and both and _name_like(both["name"]):
            # "Posted by jdoe on 12 Jan 2024": one line, two fields (its span is noted once)
            doc.byline, doc.published = (
                both.group("name"),
                _without_filing(_without_date_prefix(both.group("date"), doc.options)),
            )
            doc.note("byline", block)
        elif doc.byline is None and (m := _BYLINE_AND_READING_TIME.fullmatch(block.text)):
            doc.byline = m["name"]  # "Posted by Jane Doe • 3 min read"
            doc.note("byline", block)
        elif (
            doc.byline is None
            and doc.published is None
            and (pair := _byline_then_date(block.text, doc.options))
        ):
            doc.byline, doc.published = pair  # "Por María de la Cruz | 3 de marzo de 2025"
            doc.note("byline", block)
        elif doc.byline is None and (
            _is_byline(block.text, doc.options) or _handle_above_date(doc, blocks, k)
        ):
            value = block.value if block.kind == "key_value" and block.value else block.text
            doc.byline = _without_byline_prefix(value, doc.options)
            doc.note("byline", block)
        elif (
            doc.published is None
            and _prefixed_date(block.text, doc.options)
            and not _event_date(blocks, k)
        ):
            value = block.value if block.kind == "key_value" and block.value else block.text
            doc.published = _without_date_prefix(value, doc.options)
            doc.note("published", block)
        elif doc.published is None and _date_over_two_lines(doc, blocks, k):
            # "Published" / "3 hours ago": the label and the date a page set apart
            doc.published = blocks[k + 1].text
            doc.note("published", block)
            doc.note("published", blocks[k + 1])
            k += 1
        elif doc.published is None and _BARE_DATE.fullmatch(block.text):
            doc.published = block.text  # "Mar 12, 2024" alone under the title
            doc.note("published", block)
        elif doc.published is None and (m := _DATE_AND_READING_TIME.fullmatch(block.text)):
            doc.published = m["date"] or m["date2"]  # "7 min read · Feb 3, 2025"
            doc.note("published", block)
        elif doc.published is None and (date := _publication_history(block.text)):
            doc.published = date  # "Received: 3 Jan 2025 / Published online: 20 May 2025"
            doc.note("published", block)
        elif doc.published is None and (date := _labelled_date(block.text)):
            doc.published = date  # "University News | 27 February 2025"
            doc.note("published", block)
        elif (
            doc.byline is not None and _byline_just_above(doc, blocks, k) and _agency_or_role(block)
        ):
            # "By ANA RUIZ" / "Associated Press", "Claire Whitcombe" / "Staff Writer": who
            # the writer writes for, or as, a part of the byline
            doc.byline = f"{doc.byline}, {block.text}"
            doc.note("byline", block)
        elif doc.byline is not None and is_affiliation(block.text):
            doc.body.append(block)  # under the authors, and above the dates of a paper
            fields -= 1
        elif doc.byline is None and k == start and _name_and_role(block.text):
            doc.byline = block.text  # "Jane Doe, Columnist" under the title
            doc.note("byline", block)
        elif doc.byline is None and k == start and _author_list(block.text):
            # "Ana Costa, Ben Okafor and Chen Wei" under the title (without the marks of
            # their affiliations: "Ana Costa1,2")
            doc.byline = _AFFILIATION_MARK.sub("", block.text)
            doc.note("byline", block)
        elif (
            doc.byline is None
            and _name_line(block)
            and special_kind(block.text, doc.options) is None  # not "Article Highlights"
            # "FOR IMMEDIATE RELEASE" above the date: a press release's furniture
            and not is_ui_remnant(block.text, doc.options)
            and _front_matter_follows(doc, blocks, k)
        ):
            # "Priya Natarajan" above "7 min read" or a date (an address after the name, as
            # an AsciiDoc header or a mail's "From" gives it, is not part of the name)
            doc.byline = _ADDRESS_AFTER_NAME.sub("", block.text)
            doc.note("byline", block)
        elif _review_credit(block.text):
            # "Reviewed by Dr Amara Osei, MD": who checked the text, not who wrote it; a line
            # of the body (never a heading over it)
            block.kind, block.cue, block.level = "paragraph", None, None
            doc.body.append(block)
            fields -= 1
        elif block.text[:1] in "Pp" and _PAGE_OF.fullmatch(block.text):
            # "Page 1 of 3" between the title and the byline: a paged article's counter
            doc.remove(block, "boilerplate", "page header or footer")
            fields -= 1
        elif (
            is_ui_remnant(block.text, doc.options)
            or _COUNT.fullmatch(block.text)
            or opens_comments(block.text)
        ):
            doc.remove(block, "ui_remnant")  # a count above the body: claps, "3 Comments"
            fields -= 1
            k += _buttons_under(doc, blocks, k + 1, block.text)  # a player's clock under it
        else:
            break
        k += 1
    return k


def _review_credit(text: str) -> bool:
    """ "Medically reviewed by Dr Amara Osei, MD", "Fact checked by Jo Lin": a credit line
    of a health or news page under its title."""
    low = text.casefold()
    if not low.startswith(REVIEW_CREDIT_PREFIXES) or word_count(text) > REVIEW_CREDIT_MAX_WORDS:
        return False
    prefix = next(p for p in REVIEW_CREDIT_PREFIXES if low.startswith(p))
    return text[len(prefix) : len(prefix) + 1].isupper()


#: a reviewer's credit line names one or two people with their titles and degrees
REVIEW_CREDIT_MAX_WORDS = 14


def _affiliation_lines(doc: _Doc, block: RawBlock) -> list[RawBlock]:
    """The lines of a paragraph whose every line is an affiliation, each a block of its
    own; empty for any other block."""
    if block.kind != "paragraph" or len(block.line_spans) < 2 or block.literal or block.links:
        return []
    lines = [
        RawBlock(kind="paragraph", text=clean(doc.source[a:b]), start=a, end=b, line_spans=[(a, b)])
        for a, b in block.line_spans
    ]
    if " ".join(line.text for line in lines) != block.text:
        return []  # (markup the front end took out of the lines: not split here)
    if not all(is_affiliation(line.text) for line in lines):
        return []
    lines[0].gap_before = block.gap_before
    for line in lines[1:]:
        line.gap_before = False
    return lines


def _subtitle(doc: _Doc, blocks: list[RawBlock], k: int) -> bool:
    """A one-line dek between the title and the byline or date ("Why small ovens are
    winning back the high street" / "Maya Lindqvist" / "Apr 14, 2025"): the front matter
    is read under it."""
    if k + 1 >= len(blocks):
        return False
    block = blocks[k]
    return (
        block.kind == "paragraph"
        and len(block.line_spans) == 1
        and not block.literal
        and word_count(block.text) <= SUBTITLE_MAX_WORDS
        and not is_ui_remnant(block.text, doc.options)
        and special_kind(block.text, doc.options) is None
        # the dek is no field line itself ("By Jane Doe" above the date)
        and not block.text.casefold().startswith(_field_prefixes(doc.options))
        and _COUNT.fullmatch(block.text) is None
        and _PAGE_OF.fullmatch(block.text) is None  # "Page 1 of 3" above the byline
        and not _opens_front_matter(doc, blocks, k)
        and _opens_front_matter(doc, blocks, k + 1)
    )


def _dek_as_heading(title: str, blocks: list[RawBlock], k: int) -> bool:
    """ "Battery Coating Could Double Bus Battery Life" / "University researchers develop
    ceramic layer that slows degradation": a sentence-case line of many words right under
    a headline in Title Case, where the story's other headings (if any) are in Title Case
    too, is its dek, the story's first line, not a heading over it. (Where a heading in
    sentence case follows, a blog's sections under a Title Case title, it is the first.)"""
    if k + 1 >= len(blocks):
        return False
    block = blocks[k]
    return (
        block.kind == "heading"
        and block.cue not in _EXPLICIT_CUES
        and len(block.line_spans) == 1
        and not block.literal
        and word_count(block.text) >= DEK_MIN_WORDS
        and title_ratio(block.text) < DEK_MAX_TITLE_RATIO
        and title_ratio(title) >= TITLE_CASE_MIN_RATIO
        and blocks[k + 1].kind == "paragraph"
        and all(
            title_ratio(b.text) >= TITLE_CASE_MIN_RATIO
            for b in blocks[k + 1 :]
            if b.kind == "heading"
        )
    )


#: what marks a heading in the source itself: such a heading is never a dek
_EXPLICIT_CUES = ("atx", "setext", "html", "markdown", "numbered", "wiki")
#: a dek is a sentence of this many words at least ("How the merger was done" is a heading)
DEK_MIN_WORDS = 7
#: ... in sentence case: few of its words capitalised
DEK_MAX_TITLE_RATIO = 0.5
#: a title in Title Case has most of its words capitalised
TITLE_CASE_MIN_RATIO = 0.8


def _field_prefixes(options: ParseOptions) -> tuple[str, ...]:
    return options.byline_prefixes + options.date_prefixes


def _opens_front_matter(
    doc: _Doc, blocks: list[RawBlock], k: int, *, above_title: bool = False
) -> bool:
    """Does ``blocks[k]`` give the byline or the date, as _take_front_matter reads them?
    ``above_title``: where the title would be, a name of a few capitalised words is a
    byline only above a date and a title ("Priya Natarajan" / "Apr 14, 2025" / "Why Small
    Ovens Win"); above "Jump to Recipe" it is the title ("Easy Weeknight Lentil Soup"), and
    so it is above a date and the body ("Cycle Lanes Approved" / "March 3, 2025")."""
    block = blocks[k]
    if not _one_line_or_field(block) or block.literal or block.kind not in _FRONT_MATTER_KINDS:
        return False
    text = block.text
    both = _byline_and_date(text)
    return (
        (both is not None and _name_like(both["name"]))
        or _is_byline(text, doc.options)
        or _BARE_DATE.fullmatch(text) is not None
        or _prefixed_date(text, doc.options)
        or (
            _name_line(block)
            and _front_matter_follows(doc, blocks, k, date_only=above_title)
            and (not above_title or (k + 2 < len(blocks) and _is_title(doc, blocks, k + 2)))
        )
    )


def _event_date(blocks: list[RawBlock], k: int) -> bool:
    """ "Date: Wednesday, 9 July 2025" over "Time: 18:30 to 20:30": the date of an event on
    its card, among the event's other fields, not the day the page was published."""
    if _field_label(blocks[k].text) != "date" or k + 1 >= len(blocks):
        return False
    return _field_label(blocks[k + 1].text) in EVENT_FIELD_LABELS


def _field_label(text: str) -> str | None:
    """ "Time: 18:30 to 20:30" -> "time"; None for a line that is no field."""
    label, colon, _ = text.partition(":")
    return normalize_name(label) if colon and words_at_most(label, 2) else None


def _date_over_two_lines(doc: _Doc, blocks: list[RawBlock], k: int) -> bool:
    """ "Published" (or "Updated:") alone, the date alone on the line after it."""
    if k + 1 >= len(blocks) or len(blocks[k + 1].line_spans) != 1 or blocks[k + 1].literal:
        return False
    label = blocks[k].text.strip(" :").casefold()
    if not any(p.strip(" :") == label for p in doc.options.date_prefixes):
        return False
    value = blocks[k + 1].text
    return _BARE_DATE.fullmatch(value) is not None or _AGE.fullmatch(value) is not None


# "3 hours ago", "a day ago": a page's date as the time since it was published
_AGE_TEXT = r"(?:\d{1,3}|an?|one) (?:sec|second|min|minute|hr|hour|day|week|month|year)s?\.? ago"
_AGE = regex.compile(_AGE_TEXT, regex.IGNORECASE)


def _one_line_or_field(block: RawBlock) -> bool:
    """One line, or a field whose label and value stand on two ("Date:" / "May 3, 2024")."""
    return len(block.line_spans) == 1 or (block.kind == "key_value" and len(block.line_spans) == 2)


def _without_date_prefix(text: str, options: ParseOptions) -> str:
    """ "Updated Jan 10, 2025" -> "Jan 10, 2025"; "12 Jan 2025 | Updated: 14 Jan 2025" ->
    "12 Jan 2025" (the first of two dates a line gives)."""
    for prefix in sorted(options.date_prefixes, key=len, reverse=True):
        if text.casefold().startswith(prefix):
            text = text[len(prefix) :].lstrip(" :")
            break
    first, *rest = _DATE_SEPARATOR.split(text, maxsplit=1)
    if rest and (
        rest[0].casefold().startswith(options.date_prefixes)
        or _READING_TIME_TAIL.fullmatch(rest[0]) is not None
    ):
        text = first  # "5 May 2025 · 8 min read": the date, not its reading time
    return text.strip()


_READING_TIME_TAIL = regex.compile(rf"{READING_MINUTES}(?: read)?", regex.I)
_DATE_SEPARATOR = regex.compile(r"\s+[|\u00b7\u2022]\s+|;\s+")


def _prefixed_date(text: str, options: ParseOptions) -> bool:
    """ "Published 3 May 2024", "Last updated: January 5, 2026": a date line, as
    _take_front_matter reads it."""
    return (
        text.casefold().startswith(options.date_prefixes)
        and word_count(text) <= DATE_LINE_MAX_WORDS
        and any(ch.isdigit() for ch in text)
    )


#: a "Published …" line longer than this is a sentence of the body
DATE_LINE_MAX_WORDS = 10


_FRONT_MATTER_KINDS = ("paragraph", "key_value", "heading")
#: a dek (subtitle) under the title is one line of at most this many words
SUBTITLE_MAX_WORDS = 30


def _take_closing_credit(doc: _Doc) -> None:
    """ "Reporting by Elena Rossi; editing by Mark Hill", "Written by Priya Natarajan" among
    the last blocks of the body: the byline the top of the article did not give, or the
    same byline again (a credit naming someone else stays in the body)."""
    for block in doc.body[-CREDIT_WINDOW:]:
        if block.kind not in ("paragraph", "heading") or len(block.line_spans) != 1:
            continue
        if block.literal or (credit := _CLOSING_CREDIT.fullmatch(block.text)) is None:
            continue
        name = credit.group("name")
        if not _name_like(name):
            continue
        if doc.byline is not None and name.casefold() != doc.byline.casefold():
            continue
        doc.byline = name
        doc.note("byline", block)
        doc.body.remove(block)
        return


# "Written by A", "Reporting by A; editing by B", "Reported by A and B", and a wire
# service's credit in brackets: "(Reporting by A; Editing by B)"
_CLOSING_CREDIT = regex.compile(
    r"(?:written|reporting|reported|words|text|story) by (?P<name>[^;,|()]+?)(?:\s*[;,|].*)?"
    r"|\((?:reporting|reported|writing|written) by (?P<name>[^;,|()]+?)(?:\s*[;,|][^()]*)?\)",
    regex.IGNORECASE,
)


def _author_list(text: str) -> bool:
    """ "Ana Costa, Ben Okafor and Chen Wei", "J. Smith & K. Lee": two names or more of two
    to four capitalised words each (initials and particles such as "van" allowed), the
    authors of a paper or report right under its title."""
    names = _AUTHOR_SEPARATOR.split(_without_marks(text).strip(" ,;"))
    return len(names) >= 2 and all(_person_name(name) for name in names)


def _without_marks(text: str) -> str:
    """ "Katarzyna Wisniewska1, Helen O'Dwyer1,3" -> "Katarzyna Wisniewska, Helen O'Dwyer";
    "Lena Hoffmann, PhD, and Arjun Mehta, MD" -> "Lena Hoffmann, and Arjun Mehta": the
    names of a paper's authors without the marks of their affiliations or their degrees."""
    if _may_hold_marks(text):
        text = _AFFILIATION_MARK.sub("", text)
    return _DEGREE_AFTER_NAME.sub("", text)


def _may_hold_marks(text: str) -> bool:
    """Does ``text`` hold a digit or one of _AFFILIATION_SYMBOLS? On ASCII text, whose only
    digits are "0"-"9" and whose only such symbol is "*", by substring tests in C (a line of
    100,000 characters under the title was read one character at a time)."""
    if text.isascii():
        return any(mark in text for mark in _ASCII_MARKS)
    return any(ch.isdigit() or ch in _AFFILIATION_SYMBOLS for ch in text)


_AFFILIATION_SYMBOLS = "*\u2020\u2021\u00a7\u00b9\u00b2\u00b3"
_ASCII_MARKS = "0123456789*"
# "1", "1,3", "*", "2†": the marks after an author's name that point to her affiliations
_AFFILIATION_MARK = regex.compile(
    rf"(?<=\p{{L}})[\d{_AFFILIATION_SYMBOLS}]{{1,3}}(?:,[\d{_AFFILIATION_SYMBOLS}]{{1,3}})*"
    r"(?=[,;&]|\s|$)"
)
# ", PhD", " MD": a degree after a name
_DEGREES = "|".join(regex.escape(d) for d in sorted(ACADEMIC_DEGREES, key=len, reverse=True))
_DEGREE_AFTER_NAME = regex.compile(rf",?\s+(?:{_DEGREES})(?=[,;&]|\s|$)")
# what stands between the names of a paper's authors: commas, "and", "&" or semicolons
_AUTHOR_SEPARATOR = regex.compile(rf"{NAME_SEPARATOR.pattern}|\s*;\s*(?:and\s+|&\s+)?")


_NAME_PARTICLES = frozenset({"van", "von", "de", "da", "del", "der", "di", "la", "le", "bin"})


def _person_name(name: str) -> bool:
    words = name.rstrip("*\u2020\u00b9\u00b2\u00b3 0123456789").split()
    return (
        2 <= len(words) <= 4
        and words[0] not in _NAME_PARTICLES
        and all(NAME_WORD.fullmatch(w) or w in _NAME_PARTICLES for w in words)
        and sum(len(w.rstrip(".")) > 1 for w in words) >= 1
        # "Why It Matters", "The Road Ahead", "World News": title-case phrases, not names
        and not any(w.casefold() in _NOTNAME_WORDS for w in words)
    )


_NOTNAME_WORDS = (
    TITLE_STOPWORDS
    | {"why", "what", "how", "when", "where", "who", "it", "we"}
    | NEWS_SECTION_WORDS
)


def _byline_just_above(doc: _Doc, blocks: list[RawBlock], k: int) -> bool:
    """Was the block right above index ``k`` read into the byline?"""
    return (
        k > 0
        and bool(doc.sources)
        and doc.sources[-1].field == "byline"
        and doc.sources[-1].span == _span(blocks[k - 1])
    )


def _agency_or_role(block: RawBlock) -> bool:
    """ "Associated Press", "Reuters", "Staff Writer", "Senior Correspondent": a news agency
    or a writer's role, alone on its line."""
    return _agency_or_role_text(block.text)


def _agency_or_role_text(text: str) -> bool:
    text = text.strip().strip("()").strip()
    words = text.split()
    if not words or len(words) > AGENCY_LINE_MAX_WORDS or ends_sentence(text):
        return False
    return text.casefold() in NEWS_AGENCIES or (
        words[-1].casefold() in BYLINE_ROLE_WORDS and words[0][:1].isupper()
    )


#: an agency's name or a writer's role on the line under a byline runs this many words
AGENCY_LINE_MAX_WORDS = 4


def _name_line(block: RawBlock) -> bool:
    """ "Priya Natarajan", or a correspondent where she writes from ("Elena García in
    Madrid"), or a name with an e-mail address ("Priya Natarajan <priya@example.org>")."""
    words = _ADDRESS_AFTER_NAME.sub("", block.text).split()
    if len(words) >= 4 and words[-2] in _FILED_FROM:
        words = words[:-2]  # (the place: one capitalised word)
    return 2 <= len(words) <= 4 and all(NAME_WORD.fullmatch(w) for w in words)


def _without_link(byline: str | None) -> str | None:
    """ "Reshama Shaikh (https://reshamas.github.io)": the name, without the link a scraper
    wrote after it (the link itself is in ``links``)."""
    if byline is None or not byline.endswith(")"):
        return byline
    return _LINK_AFTER_NAME.sub("", byline) or byline


# " (https://…)" closing a byline
_LINK_AFTER_NAME = regex.compile(r"\s*\((?:https?://|www\.)[^\s()]*+\)$")


_FILED_FROM = ("in", "at")
# " <priya@example.org>" after a name
_ADDRESS_AFTER_NAME = regex.compile(r"\s+<[^\s<>@]+@[^\s<>@]+>$")


def reads_as_front_matter(text: str) -> bool:
    """Could this line, right below the title, be read into a field or set aside as
    furniture by the text reader (a date alone, a count)? The writers mark such a first
    paragraph literal."""
    if _BARE_DATE.fullmatch(text) is not None or _COUNT.fullmatch(text) is not None:
        return True
    if _author_list(text):
        return True
    both = _byline_and_date(text)
    return both is not None and _name_like(both["name"])


def reads_as_closing_credit(text: str) -> bool:
    """ "Written by …", "Reporting by …": a line the assembler takes for the byline when
    it ends an article without one, or that repeats the byline (the writers mark such a
    paragraph literal)."""
    credit = _CLOSING_CREDIT.fullmatch(text)
    return credit is not None and _name_like(credit.group("name"))


def _handle_above_date(doc: _Doc, blocks: list[RawBlock], k: int) -> bool:
    """ "By jdoe" above "Published 12 Jan 2024": one lower-case token (a user name) is a
    byline when a date line follows it; a sentence ("By now we all know.") is not."""
    text = blocks[k].text
    prefix = next((p for p in doc.options.byline_prefixes if text.casefold().startswith(p)), None)
    if prefix is None or k + 1 >= len(blocks) or blocks[k + 1].literal:
        return False
    handle = text[len(prefix) :].strip()
    if not _HANDLE.fullmatch(handle):
        return False
    after = blocks[k + 1].text
    dated = after.casefold().startswith(doc.options.date_prefixes) and any(
        c.isdigit() for c in after
    )
    return dated or _BARE_DATE.fullmatch(after) is not None


_HANDLE = regex.compile(r"@?[\w.-]{2,30}")


def _front_matter_follows(
    doc: _Doc, blocks: list[RawBlock], k: int, *, date_only: bool = False
) -> bool:
    """Is the block after ``k`` a date or a remnant (what follows an author's name)?"""
    if k + 1 >= len(blocks) or len(blocks[k + 1].line_spans) != 1 or blocks[k + 1].literal:
        return False
    text = blocks[k + 1].text
    if _BARE_DATE.fullmatch(text):
        return True
    return not date_only and is_ui_remnant(text, doc.options)


_COUNT = regex.compile(r"\d{1,6}(?:\.\d)?[kKmM]?")
_MONTH_NAME = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# "at 6:45 p.m. EDT", ", 09:14", " 3 PM": the time a news page adds to its date
_TIME_OF_DAY = (
    r"(?:,? (?:at )?\d{1,2}(?:[:.]\d{2}(?: ?(?:[ap]\.m\.|[ap]m|[AP]M))?"
    r"|(?: ?(?:[ap]\.m\.|[ap]m|[AP]M)))(?: [A-Z]{2,5}| Uhr)?)?"
)
# "2025年3月3日": a date in Japanese and Chinese
_CJK_DATE = r"\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日"
# "Mar 12, 2024", "12 March 2024", "Tuesday, March 12, 2024", "2024-03-12", with a time
_BARE_DATE = regex.compile(
    rf"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,? )?"
    rf"(?:{_MONTH_NAME} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)? {_MONTH_NAME},? \d{{4}}"
    rf"|\d{{1,2}}\.? (?:de )?(?i:{EUROPEAN_MONTHS})(?: de)? \d{{4}}"
    # "2025-03-03", "2025-03-03T10:00:00Z" (a timestamp as a CMS prints it)
    r"|\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    # "03/03/2025", "3.3.2025", "2025/03/03": figures alone, day and month in either order
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{4}/\d{1,2}/\d{1,2}"
    rf"|{_CJK_DATE}){_TIME_OF_DAY}"
)


# "WASHINGTON, March 3, 2025 /PRNewswire/ -- The council voted …": a press release's or a
# wire story's dateline, its place in capitals, then the date, the wire, a dash; the date
# may stand between dashes ("NORTHFIELD, Minn. – Oct. 8, 2024 – …") or in brackets
# ("NORTHFIELD, Minn. (Oct. 8, 2024) – …")
_DATELINE = regex.compile(
    r"\p{Lu}[\p{Lu}.'\u2019 -]{1,40}(?:,\s\p{Lu}[\p{L}.'\u2019 -]{1,30}){0,2}"
    rf"(?:,\s+(?P<date>{_BARE_DATE.pattern})"
    rf"|\s+(?:--|[\u2013\u2014])\s+(?P<date>{_BARE_DATE.pattern})"
    rf"|\s+\((?P<date>{_BARE_DATE.pattern})\))"
    r"\s*(?:/[^/\n]{1,40}/|\([^()\n]{1,40}\))?\s*(?:--|[\u2013\u2014-])\s"
)


def _take_dateline_date(doc: _Doc) -> None:
    """The date of a dateline opening the article's first paragraph. The paragraph stays in
    the body whole; the field's source is the date inside it."""
    opening = [b for b in doc.body[:3] if b.kind != "key_value"]
    if len(opening) >= 2 and _dek_line(opening[0]):
        opening = opening[1:]  # the dek above the dateline
    first = opening[0] if opening else None
    if first is None or first.kind != "paragraph" or first.literal:
        return
    m = _DATELINE.match(first.text)
    if m is None or not first.text[:1].isupper():
        return
    raw = doc.source[first.start : first.end]
    at = raw.find(m["date"])
    if at < 0:
        return  # (the date was wrapped over two lines: no one span holds it)
    doc.published = m["date"]
    start = first.start + at
    doc.sources.append(
        FieldSource(field="published", span=Span(start=start, end=start + len(m["date"])))
    )


def _dek_line(block: RawBlock) -> bool:
    """A paragraph of one line that ends no sentence ("University researchers develop
    ceramic layer that slows degradation"), the dek opening the body."""
    return (
        block.kind == "paragraph"
        and len(block.line_spans) == 1
        and not block.text.endswith((".", "!", "?", '"', "\u201d"))
    )


# "7 min read · Feb 3, 2025", "Feb 3, 2025 | 7 min read": the date beside the reading time
_READING = r"\d{1,3} ?(?:min|mins|minutes?) read"
_DATE_AND_READING_TIME = regex.compile(
    rf"(?:{_READING} ?[\u00b7\u2022|\u2013\u2014-] ?(?P<date>{_BARE_DATE.pattern})"
    rf"|(?P<date2>{_BARE_DATE.pattern}) ?[\u00b7\u2022|\u2013\u2014-] ?{_READING})",
    regex.IGNORECASE,
)


# "Received: 14 January 2025 / Accepted: 2 May 2025 / Published online: 20 May 2025": the
# history of a paper; its publication date is the article's
_HISTORY_START = regex.compile(r"(?:received|submitted|accepted|revised|published)\b", regex.I)
_PUBLISHED_IN_HISTORY = regex.compile(
    rf"\bpublished(?: online)?:? (?:on )?(?P<date>{_BARE_DATE.pattern})", regex.IGNORECASE
)
#: a paper's history line is short
HISTORY_MAX_WORDS = 20


def _publication_history(text: str) -> str | None:
    if word_count(text) > HISTORY_MAX_WORDS or not _HISTORY_START.match(text):
        return None
    m = _PUBLISHED_IN_HISTORY.search(text)
    return m["date"] if m else None


def _labelled_date(text: str) -> str | None:
    """ "University News | 27 February 2025", "Press release, 19 August 2024": the date
    beside a label of a few capitalised words (the page's section or the kind of text,
    a person's name being read as a byline before)."""
    m = _LABEL_BESIDE_DATE.fullmatch(text)
    if m is None or not words_at_most(m["label"], DATE_LABEL_MAX_WORDS):
        return None
    if normalize_name(m["label"]) in _NOTE_LABELS:
        return None  # "Update, December 21 2020": an editor's note heads the text under it
    return m["date"]


_NOTE_LABELS = frozenset({"update", "correction", "clarification", "editor's note", "note"})
#: the label beside a date ("University News", "Press release") is this short
DATE_LABEL_MAX_WORDS = 4
_LABEL_BESIDE_DATE = regex.compile(
    rf"(?P<label>\p{{Lu}}[\p{{L}} &'\u2019.-]*?)(?:,| [|\u00b7\u2022\u2013\u2014-]) "
    rf"(?P<date>{_BARE_DATE.pattern})"
)


def _without_filing(date: str) -> str:
    """ "22 October 2024 in Money" -> "22 October 2024": the category a blog files the post
    under, after its date."""
    m = _BARE_DATE.match(date)
    if m is not None and _FILED_UNDER.fullmatch(date, m.end()):
        return m.group()
    return date


# " in Money", " under Personal Finance", " filed under News": the post's category
_FILED_UNDER = regex.compile(r",? (?:in|under|filed (?:in|under)) \S.{0,60}")


# "By Jane Doe | March 3, 2025", "Posted by jdoe on 12 Jan 2024, 09:14": a name of a few
# words, then a date with a figure in it
_BYLINE_AND_DATE = regex.compile(
    r"(?:posted |written |published )?by (?P<name>\S+(?: \S+){0,4}?)"
    r" (?:on|[|\u00b7\u2022\u2013\u2014-]) "
    # (a reading time is no date: "Posted by Jane Doe • 3 min read")
    r"(?P<date>(?!\d{1,3} ?min)[^|\u00b7\u2022]*?\d[^|\u00b7\u2022]*?)"
    # counters a blog adds to the line: "| 12 Comments", "· 7 min read"
    r"(?: [|\u00b7\u2022] (?:\d[\d,.]*k? (?:comments?|responses?|replies|views?|likes?)"
    r"|\d{1,3} ?min(?:ute)?s? read))*",
    regex.IGNORECASE,
)


# "March 2, 2025 by Tom Berg", "12 Jan 2024 | By jdoe", "Posted on June 12, 2024 by
# Priya Natarajan": the date first
_DATE_THEN_BYLINE = regex.compile(
    r"(?:(?:posted|published|updated|written)(?: on)?:? )?"
    rf"(?P<date>{_BARE_DATE.pattern})(?: [|\u00b7\u2022\u2013\u2014-])? by "
    r"(?P<name>\S+(?: \S+){0,4})",
    regex.IGNORECASE,
)


def _byline_and_date(text: str) -> regex.Match[str] | None:
    """A line that gives both, in either order (groups "name" and "date")."""
    if word_count(text) > BYLINE_AND_DATE_MAX_WORDS:
        return None
    found = (
        _BYLINE_AND_DATE.fullmatch(text)
        or _DATE_THEN_BYLINE.fullmatch(text)
        or _CJK_DATE_THEN_NAME.fullmatch(text)
        or _BYLINE_AGO.fullmatch(text)
    )
    if found is not None:
        return found
    # "Jane Doe | March 3, 2025", "March 3, 2025 · Jane Doe": a person's name (not a
    # section's: "World News | March 3, 2025") beside the date
    beside = _NAME_BESIDE_DATE.fullmatch(text) or _DATE_BESIDE_NAME.fullmatch(text)
    return beside if beside is not None and _person_name(beside["name"]) else None


# "Posted by Jane Doe • 3 min read": a byline and a reading time, no date
_BYLINE_AND_READING_TIME = regex.compile(
    r"(?:posted |written |published )?by (?P<name>\p{Lu}\S*(?: \S+){0,4}?)"
    rf" [|\u00b7\u2022\u2013\u2014-] {READING_MINUTES} read",
    regex.IGNORECASE,
)
_BESIDE = r" [|\u00b7\u2022] "
_NAME_BESIDE_DATE = regex.compile(
    rf"(?P<name>[^|\u00b7\u2022]+?){_BESIDE}(?P<date>{_BARE_DATE.pattern})"
)
_DATE_BESIDE_NAME = regex.compile(
    rf"(?P<date>{_BARE_DATE.pattern}){_BESIDE}(?P<name>[^|\u00b7\u2022]+)"
)


# "Posted by u/greenthumb_88 5 hours ago": a forum's byline with the post's age
_BYLINE_AGO = regex.compile(
    r"(?:posted |submitted |written |asked )?by (?P<name>\S+(?: \S+){0,3}?) "
    rf"(?P<date>{_AGE_TEXT})",
    regex.IGNORECASE,
)


# "2025年3月3日　山田太郎": the date, then the writer's name (a word of CJK characters)
_CJK_DATE_THEN_NAME = regex.compile(
    rf"(?P<date>{_CJK_DATE})\s+(?P<name>[\p{{Han}}\p{{Hiragana}}\p{{Katakana}}・]{{2,12}})"
)


def _name_like(name: str) -> bool:
    """ "jdoe", "Maria Lopez", "A. B. Smith", "Jan de Vries" - not "the way," (a sentence
    that starts with by)."""
    words = name.split()
    return not name.endswith(",") and (
        len(words) == 1
        or (
            words[0][:1].isupper()
            and all(w[:1].isupper() or w in _NAME_PARTICLES for w in words[1:])
        )
    )


def _without_byline_prefix(text: str, options: ParseOptions) -> str:
    for prefix in options.byline_prefixes:
        if text.casefold().startswith(prefix):
            text = text[len(prefix) :]
    return text.strip()


# "By Jane Doe, March 3, 2025", "Por María de la Cruz | 3 de marzo de 2025", "By Jane Doe |
# Reuters | March 3, 2025": a byline, then the date after a comma or a separator
_TRAILING_DATE = regex.compile(
    rf"(?P<byline>.+?)(?:,| [|\u00b7\u2022\u2013\u2014-]) "
    rf"(?:(?i:published|updated|posted)(?: on)?:? )?(?P<date>{_BARE_DATE.pattern})"
)


def _byline_then_date(text: str, options: ParseOptions) -> tuple[str, str] | None:
    """The byline and the date of a line that gives the byline (as :func:`_is_byline`
    reads one) and ends with a date."""
    if word_count(text) > BYLINE_AND_DATE_MAX_WORDS:
        return None  # (a paragraph, whatever it ends with)
    m = _TRAILING_DATE.fullmatch(text)
    if m is None or not _is_byline(m["byline"], options):
        return None
    # "Jane Doe | Reuters": the agency after the name, as a line of its own would give it;
    # "Carla Mendes | Personal Finance": the page's section, no part of the byline
    name, *after = _without_byline_prefix(m["byline"], options).split(" | ")
    kept = [part for part in after if _agency_or_role_text(part)]
    return ", ".join([name, *kept]), m["date"]


def _name_and_role(text: str) -> bool:
    """ "Jane Doe, Columnist", "Ana Ruiz, Associated Press": a person's name, then her role
    or her agency."""
    name, comma, role = text.partition(", ")
    return bool(comma) and _person_name(name) and _agency_or_role_text(role)


def _is_byline(text: str, options: ParseOptions) -> bool:
    low = text.casefold()
    if not low.startswith(options.byline_prefixes) or word_count(text) > BYLINE_MAX_WORDS:
        return False
    if ends_sentence(text) and not text.endswith("."):
        return False
    prefix = next(p for p in options.byline_prefixes if low.startswith(p))
    if text[: len(prefix)] not in (prefix, prefix.capitalize(), prefix.upper()):
        return False  # "DoOR - The Database …": a name in mixed case, not Dutch "door"
    name = text.split(None, 1)[1] if " " in text else ""
    if low.startswith("author:"):
        name = text.split(":", 1)[1]
    if not name.strip()[:1].isalnum() and not name.strip().startswith("@"):
        return False  # "By - …": no name follows
    words = name.replace(",", " ").split()
    # capitalised words, or words of a script without case ("By 山田太郎")
    named = sum(w[:1].isupper() or (w[:1].isalpha() and not w[:1].islower()) for w in words)
    return bool(words) and named >= max(1, len(words) // 2)


# --------------------------------------------------------------------------- routing


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
_PAGE_NUMBER_BESIDE = regex.compile(r"(?:\d{1,4}\s+(?P<after>\S.*)|(?P<before>.*\S)\s+\d{1,4})")
_PAGE_OF = regex.compile(r"(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?", regex.IGNORECASE)


def _page_furniture(doc: _Doc, block: RawBlock) -> bool:
    """A page's running head or foot left in text taken from a printed document: the title
    with a page number beside it, set apart by the page's layout (a run of spaces) or
    repeated on several pages; or "Page 3 of 12" alone. ("Small Farms 2" once under the
    title "Small Farms" is a sequel's name.)"""
    text = block.text
    if not text or len(block.line_spans) != 1 or len(text) > PAGE_HEAD_MAX_CHARS:
        return False  # (an empty heading: Markdown's "# " alone)
    if text[0] in "Pp" and _PAGE_OF.fullmatch(text):
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


_LAYOUT_GAP = regex.compile(r"\S(?:\s{3,}|\t)\S")


def _title_repeats_numbered(doc: _Doc, title: str) -> bool:
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
_COPYRIGHT = regex.compile(r"(?:copyright\s*(?:\u00a9|\(c\))?|\u00a9|\(c\))\s*\d{4}\b", regex.I)
#: a copyright notice is a line or two, not a paragraph about copyright
COPYRIGHT_MAX_WORDS = 60


def _copyright_notice(text: str) -> bool:
    return (
        text[:1] in ("C", "c", "\u00a9", "(")
        and _COPYRIGHT.match(text) is not None
        and word_count(text) <= COPYRIGHT_MAX_WORDS
    )


#: a running head is a title and a page number: no longer than a title line
PAGE_HEAD_MAX_CHARS = 150


def _route(doc: _Doc, blocks: list[RawBlock], start: int) -> None:
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
        if (
            block.kind in ("paragraph", "heading", "label", "key_value")
            and len(block.line_spans) <= 2
            and is_ui_remnant(block.text, doc.options)
        ):
            doc.remove(block, "ui_remnant")
            k += 1
            k += _buttons_under(doc, blocks, k, block.text)
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
        doc.body.append(block)
        k += 1


def _story_button(doc: _Doc, blocks: list[RawBlock], k: int) -> bool:
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


_MARKUP_CUES = ("atx", "setext", "html", "markdown")


def _story_button_recurs(doc: _Doc, blocks: list[RawBlock], name: str) -> bool:
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
STORY_BUTTON_MAX_WORDS = 4
#: the buttons under stories recur: named this many times, "Read more" is one
STORY_BUTTON_MIN_REPEATS = 2


def _page_numbers_beside(doc: _Doc, blocks: list[RawBlock], k: int) -> int:
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
_PAGE_NUMBERS = regex.compile(r"\d{1,3}(?:\s+(?:\d{1,3}|\u2026|\.\.\.))+")


def _buttons_under(doc: _Doc, blocks: list[RawBlock], k: int, opener: str) -> int:
    """ "MLA" / "APA" / "Chicago" under "Cite This Page:", "Yes" / "No" under "Was this page
    helpful?": the buttons of the box a removed line opened, one a line, removed with it.
    (Alone, "Chicago" or "No" is no button.)"""
    name = opener.strip(" :?").casefold()
    buttons = next((b for prefix, b in BUTTONS_UNDER.items() if name.startswith(prefix)), None)
    # "Listen to this article" / "00:00" / "04:12": a media player and its clock
    player = name.startswith(MEDIA_PLAYER_OPENERS) or is_media_time(name)
    if buttons is None and not player:
        return 0
    j = k
    while (
        j < len(blocks)
        and blocks[j].kind in ("paragraph", "heading", "list_item")
        and len(blocks[j].line_spans) == 1
        and not blocks[j].literal
        and (
            (buttons is not None and blocks[j].text.strip(" :").casefold() in buttons)
            or (player and is_media_time(blocks[j].text))
        )
    ):
        doc.remove(blocks[j], "ui_remnant", f"button under {opener.strip()!r}")
        j += 1
    return j - k


def _table_of_contents(doc: _Doc, blocks: list[RawBlock], k: int) -> int:
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


_SECTION_NUMBER = regex.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=\S)")


# "12 Comments", "3 Responses", "2 thoughts on “Why I switched”", "Leave a Reply" (the form
# WordPress puts under the comments): where the readers' comments under a post begin
_COMMENTS_OPENER = regex.compile(
    r"(?:\d{1,5}|no|one|two|three|four|five|six|seven|eight|nine|ten) "
    r"(?:comments?|responses?|replies|thoughts? on \S.{0,200})|leave a reply"
    # "Comments (12)", "Responses: 3"
    r"|(?:comments?|responses?|replies) ?(?:\(\d{1,5}\)|: ?\d{1,5})"
    # a newsletter platform's heading over the comments
    r"|discussion about this (?:post|article|story|episode|thread)",
    regex.IGNORECASE,
)
# the letters _COMMENTS_OPENER's words open with (its other branch opens with a digit)
_COMMENTS_FIRSTS = frozenset("notfselcrd")


def opens_comments(text: str) -> bool:
    """Does this line open the readers' comments under a post (the writers mark such a
    body paragraph literal)?"""
    first = text[:1]
    if first.isascii() and not first.isdigit() and first.lower() not in _COMMENTS_FIRSTS:
        # (an ASCII character that no branch opens with: not even case-insensitively, as
        # only characters outside ASCII fold to ASCII letters: most lines skip the pattern)
        return False
    return len(text) <= 220 and _COMMENTS_OPENER.fullmatch(text.rstrip(" :")) is not None


def _comments(doc: _Doc, blocks: list[RawBlock], k: int) -> int:
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


def _per_item_fields(blocks: list[RawBlock], options: ParseOptions) -> frozenset[str]:
    """Summary and meta description lines ("Summary: …") that recur with other blocks between
    them (lines right after one another are paragraphs of one summary)."""
    where: dict[str, list[int]] = {}
    for k, block in enumerate(blocks):
        if block.kind == "key_value" and block.key and not block.literal:
            kind = special_kind(block.key, options)
            if kind in ("summary", "meta_description"):
                where.setdefault(kind, []).append(k)
    return frozenset(kind for kind, at in where.items() if any(b - a > 1 for a, b in pairwise(at)))


def _key_value(doc: _Doc, block: RawBlock) -> bool:
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
        doc.related.append(RelatedArticle(title=title, url=url, span=_span(block)))
        return True
    return False


#: keys of a "Related: …" line that is not read as a related article (see _key_value)
_INLINE_RELATED_KEYS = frozenset({"related", "related news"})


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


def _read_summary(doc: _Doc, blocks: list[RawBlock], k: int) -> int:
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


def _summary_at_top(doc: _Doc) -> bool:
    """Is the body still empty but for fields? (A second "Summary" opens the body; fields
    above it, "Source: …", do not.)"""
    return all(b.kind == "key_value" for b in doc.body) and not doc.summary


def _read_summary_points(doc: _Doc, blocks: list[RawBlock], k: int) -> int:
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
    if not any(b.gap_before for b in blocks[first + 1 :]):
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


def _read_meta(doc: _Doc, blocks: list[RawBlock], k: int) -> int:
    if k + 1 >= len(blocks) or blocks[k + 1].kind not in ("paragraph", "key_value", "heading"):
        return 0
    if _followed_by_body(blocks, k + 2, doc.options) and doc.body:
        return 0
    doc.note("meta_description", blocks[k])
    doc.note("meta_description", blocks[k + 1])
    doc.meta.append(blocks[k + 1].text)
    return 2


def _read_tags(doc: _Doc, blocks: list[RawBlock], k: int) -> int:
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


def _tag_lines(doc: _Doc, block: RawBlock) -> list[str]:
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
HIGHLIGHT_LINE_MAX_WORDS = 30
HIGHLIGHT_LINES_MAX = 10


def _highlight_lines_end(doc: _Doc, blocks: list[RawBlock], k: int) -> int:
    """Where the unbulleted highlight lines under the highlights heading ``blocks[k]`` end,
    or 0 when what follows is not such lines: short one-line paragraphs that a heading or a
    special section (or the end) closes, or, when they stand one under the other with no
    blank line between them, a blank line. A highlights heading over paragraphs of prose
    keeps them in the body, as a section."""
    return _short_lines_end(
        doc, blocks, k, HIGHLIGHT_LINE_MAX_WORDS, HIGHLIGHT_LINES_MAX, one_sentence=True
    )


def _short_lines_end(
    doc: _Doc,
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
            and _INNER_SENTENCE_END.search(block.text) is not None
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
_INNER_SENTENCE_END = regex.compile(r"[.!?][\"'\u201d\u2019)]?\s+[\p{Lu}\d\"\u201c]")


def _opens_special(doc: _Doc, block: RawBlock) -> bool:
    return (
        block.kind in ("heading", "paragraph", "label", "key_value")
        and not block.literal
        and special_kind(block.key or block.text, doc.options) is not None
    )


def _scored_heading(block: RawBlock) -> bool:
    """A heading the text front end judged from a line's looks, not from a mark ("Antibiotics"
    under "Related Topics", one tag a line, in an article with no blank line)."""
    return block.kind == "heading" and block.cue in (None, "caps")


def _read_highlights(doc: _Doc, blocks: list[RawBlock], k: int) -> int:
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


def _read_references(doc: _Doc, blocks: list[RawBlock], k: int) -> int:
    j = k + 1
    see_also = normalize_name(blocks[k].text) in TOPIC_LIST_NAMES
    refs: list[ReferenceLink] = []
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
            title, source, description = citation.group("rest"), None, None
            url = block.links[0][1] if block.links else None
            refs.append(
                ReferenceLink(
                    title=title, source=source, description=description, url=url, span=_span(block)
                )
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
                looks_like_reference(block.text)
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
            title, source, description, url = parse_reference(text, links)
            span = Span(start=block.start, end=(rest[-1] if rest else block).end)
            refs.append(
                ReferenceLink(
                    title=title, source=source, description=description, url=url, span=span
                )
            )
            j += 1 + len(rest)
        else:
            break
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
            title, source, description, url = parse_reference(text, block.links)
            refs.append(
                ReferenceLink(
                    title=title, source=source, description=description, url=url, span=_span(block)
                )
            )
    if not refs:
        return 0
    doc.note("references", blocks[k])
    doc.references.extend(refs)
    return j - k


#: a work named by its title alone, one a line under a references heading, is at most this
#: many words (a citation with its authors and journal may be long)
REFERENCE_LINE_MAX_WORDS = 40


def _title_only_reference(doc: _Doc, blocks: list[RawBlock], j: int) -> bool:
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


WORK_TITLE_MIN_RATIO = 0.6


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
TOPIC_MAX_WORDS = 10


_NOTE_NUMBER = regex.compile(r"^(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.:)])\s+(?=\S)")
# "(2015)", "(2015a)", "(2015, March 3)" after the authors, or "et al."
_CITED_YEAR = regex.compile(r"\((?:1[5-9]|20)\d\d[a-z]?(?:,[^()]{1,30})?\)|\bet al\.")


#: a reference's title on the line above its bare URL is at most this many words
TITLE_OVER_URL_MAX_WORDS = 20


def _title_over_url(doc: _Doc, blocks: list[RawBlock], j: int) -> tuple[ReferenceLink, int] | None:
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


def _reference_lines(doc: _Doc, block: RawBlock) -> list[ReferenceLink]:
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
        title, source, description, url = parse_reference(entry, links)
        raw_first, raw_last = raws[first], raws[last]
        span = Span(
            start=start + len(raw_first) - len(raw_first.lstrip()),
            end=end - len(raw_last) + len(raw_last.rstrip()),
        )
        refs.append(
            ReferenceLink(title=title, source=source, description=description, url=url, span=span)
        )
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
    for nxt in blocks[j + 1 :]:
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
_ADDRESS = regex.compile(URL.pattern + r"|\bdoi:\s?10\.|\b10\.\d{4,9}/\S")
_OPENS_WITH_ADDRESS = regex.compile(r"(?:https?://|www\.|doi:\s?10\.|10\.\d{4,9}/)", regex.I)
_ENDS_WITH_ADDRESS = regex.compile(r"(?:" + URL.pattern + r"|\b10\.\d{4,9}/\S+)\s*$")


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
        title=title, source=source, description=description, url=url, span=_span(block)
    )


# a numbered citation: "[12] Author. Title. Venue, 2016." (possibly hard-wrapped)
_CITATION = regex.compile(r"\[\d{1,4}\]\s+(?P<rest>\S.*)", regex.DOTALL)


_MARKUP = regex.compile(r"<[^<>]*+>")  # tags and comments of HTML (or inside Markdown)


def _nothing_between(doc: _Doc, end: int, start: int) -> bool:
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
SHORT_TITLE_MAX_WORDS = 8
#: a "Label: …" line under a related title is its teaser when it runs this many words
TEASER_FIELD_MIN_WORDS = 10


def _bare_titles(found: list[RelatedArticle]) -> bool:
    """Have the related articles read so far all been titles without a teaser?"""
    return bool(found) and all(r.teaser is None for r in found)


def _reads_as_bare_title(block: RawBlock) -> bool:
    """A title-shaped line that is not a sentence and not cut off ("…")."""
    text = block.text
    return (
        _related_title(block) and not ends_sentence(text) and not text.endswith(("...", "\u2026"))
    )


def _one_line_related(doc: _Doc, block: RawBlock) -> list[RelatedArticle]:
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
GLUED_TEASER_MIN_WORDS = 6


def _title_over_teaser(doc: _Doc, block: RawBlock) -> RelatedArticle | None:
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


_QUOTE_PAIRS = (("\u201c", "\u201d"), ("(", ")"), ("[", "]"), ("\u00ab", "\u00bb"))


def _bare_related_title(line: str) -> bool:
    """ "How to track your order": short, in the case of a title, and not a sentence or
    a wrapped line of one (those end in "." or "," or run on in lower case)."""
    return (
        word_count(line) <= RELATED_BARE_TITLE_MAX_WORDS
        and not line[:1].islower()
        and not line.endswith((".", ",", ";", ":"))
    )


_TITLE_DASH_TEASER = regex.compile(r"(?P<title>\S.*?) [-\u2013\u2014] (?P<teaser>\S.*)")


def _read_related(doc: _Doc, blocks: list[RawBlock], k: int) -> int:
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
                and _reads_as_bare_title(teaser_block)
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
_RANK = regex.compile(r"#?\d{1,2}\.?")


_SECTION_READERS = {
    "summary": _read_summary,
    "meta_description": _read_meta,
    "tags": _read_tags,
    "highlights": _read_highlights,
    "references": _read_references,
    "related": _read_related,
}


# --------------------------------------------------------------------------- sections


#: an ALL-CAPS heading of one word of this many letters at most may be an acronym ("API",
#: "FAQ", "TL;DR"): such headings alone say nothing of a style of higher headings
ACRONYM_MAX_LETTERS = 5


def _acronym(text: str) -> bool:
    words = text.split()
    return len(words) == 1 and sum(c.isalpha() for c in words[0]) <= ACRONYM_MAX_LETTERS


def _heading_levels(headings: list[RawBlock], parents: list[bool]) -> list[int]:
    """Levels 1..n from the cues the text gives; one level when it gives none. ALL-CAPS
    headings sit above the others when the first uncued heading is one of them (a part
    opened in capitals, its sections in Title Case) and some of them are more than an
    acronym ("API" among "Upgrading" and "Changes" is one of them, "NOTES" beside
    "INTRODUCTION" is not), or when one of them with nothing under it heads a Title Case
    heading ("METHODS AND DATA" right above "Sampling Design"). Otherwise capitals after a
    Title Case heading are only another style. ``parents[k]``: heading k has no text of its
    own, heading k+1 follows it at once (see _nested_under_empty_headings)."""
    uncued = [h for h in headings if h.level is None]
    caps_above = any(h.cue == "caps" and not _acronym(h.text) for h in uncued) and (
        (uncued[0].cue == "caps" and any(h.cue != "caps" for h in uncued))
        or _caps_head_title_case(headings, parents)
    )
    raw: list[float] = []
    default = _default_level(headings)
    for h in headings:
        if h.level is not None:
            raw.append(float(h.level))
        elif h.cue == "caps" and caps_above:
            raw.append(default - 0.5)  # ALL-CAPS headings sit above title-case ones
        else:
            raw.append(default)
    _division_levels(headings, raw, default)
    _nested_under_empty_headings(headings, parents, raw)
    ranks = {lv: i + 1 for i, lv in enumerate(sorted(set(raw)))}
    return [ranks[lv] for lv in raw]


def _caps_head_title_case(headings: list[RawBlock], parents: list[bool]) -> bool:
    """ "RESULTS" with nothing under it, then "Main Findings": capitals over Title Case (and
    never the other way round in the same text)."""
    down = up = False
    for k, (h, nxt) in enumerate(pairwise(headings)):
        if not parents[k] or h.level is not None or nxt.level is not None:
            continue
        if h.cue == "caps" and nxt.cue != "caps" and not _acronym(h.text):
            down = True
        elif h.cue != "caps" and nxt.cue == "caps":
            up = True
    return down and not up


#: the rank of each division name: a part holds titles, a title chapters, a chapter
#: sections or articles (which of these two holds the other, the text says: see
#: _division_levels)
DIVISION_TIERS = {"part": 0, "book": 0, "title": 1, "chapter": 2}
LOWEST_DIVISION_TIER = 3


def _division_name(h: RawBlock) -> str | None:
    return division_name(h.text) if h.level is None else None


def _division_levels(headings: list[RawBlock], raw: list[float], default: float) -> None:
    """ "CHAPTER I – General provisions" over "Article 1 – Scope": where headings name
    divisions of more than one rank, the higher ones sit above the others, in the order of
    DIVISION_TIERS (parts, titles, chapters; below them sections, articles and "§"
    paragraphs, of which the one heading the other with nothing between ranks higher:
    "Article I" over "Section 1" in a constitution, "Section 1" over "Article 3" in a
    regulation). Headings named otherwise keep the level of the lowest division."""
    names = [_division_name(h) for h in headings]
    tiers: dict[str, float] = {}
    for name in names:
        if name is not None:
            tiers[name] = DIVISION_TIERS.get(name, LOWEST_DIVISION_TIER)
    for name, nxt in pairwise(names):
        if name and nxt and name != nxt and tiers[name] == tiers[nxt] == LOWEST_DIVISION_TIER:
            tiers[name] = LOWEST_DIVISION_TIER - 0.5
    ranks = sorted(set(tiers.values()))
    if len(ranks) < 2:
        return
    for k, name in enumerate(names):
        if name is not None and raw[k] == default:
            # the lowest division present stays at the default level; each higher one a
            # fraction above it, so that none reaches a level the text cued
            raw[k] = default - 0.5 * (len(ranks) - 1 - ranks.index(tiers[name])) / len(ranks)


def _nested_under_empty_headings(
    headings: list[RawBlock], parents: list[bool], raw: list[float]
) -> None:
    """ "Troubleshooting" with nothing under it, then "The agent exits with an error" and
    "Readings arrive late", each over its text: a heading right above another of the same
    rank heads the part the other opens, and the headings of that rank after it are its
    parts too, up to the next heading of that rank right above another (which starts the
    next part), a heading of a higher rank, a heading closing the article ("Conclusion",
    "Acknowledgements") or the next of a numbered series the empty heading opens ("Step 1.
    Pick topics" / … / "Step 2. Polish"). (Rendered blog posts show why: of two headings one
    right after the other, the second is nearly always a level below.) Not for a question
    ("Where do I start?" with its answer lost is one of a series), for a line that only
    scored as a heading ("(Scott's note: …)", "note: this package was renamed") nor for a
    heading of a series the next one continues ("Article 2" right above "Article 3")."""
    scope: float | None = None
    series: str | None = None
    for k, h in enumerate(headings):
        if scope is not None and (
            raw[k] < scope
            or (raw[k] == scope and (_closing_heading(h.text) or _continues_series(h, series)))
        ):
            scope = None
        if _empty_parent(headings, parents, raw, k):
            scope, series = raw[k], _series_word(h.text)
            continue
        if scope is not None and raw[k] == scope:
            raw[k] = scope + EMPTY_PARENT_STEP


def _continues_series(h: RawBlock, series: str | None) -> bool:
    return series is not None and _series_word(h.text) == series


def _closing_heading(text: str) -> bool:
    """ "Conclusion", "Next Steps", "Get involved": a heading closing an article."""
    folded = text[:40].casefold()
    words = _WORD.findall(folded)
    return bool(words) and (
        words[0] in CLOSING_HEADING_WORDS or folded.startswith(CLOSING_HEADING_PHRASES)
    )


def _series_word(text: str) -> str | None:
    """ "step" for "Step 1. Select topics", "chapter" for "Chapter 2: Growth", "problem" for
    "Problem 6: MsgPack is slow", "path" for "Path B: Bosnia": the name of a numbered or
    lettered series a heading belongs to."""
    if (name := division_name(text)) is not None:
        return name
    step = STEP_HEADING.match(text) or SERIES_HEADING.match(text)
    return step.group("word").casefold() if step else None


# "Problem 6: MsgPack is slow", "Path B: Bosnia", "Meal 2", "Day 3 - Vienna": a word and the
# number or letter of one heading in a series
SERIES_HEADING = regex.compile(
    r"^(?P<word>\p{Lu}\p{L}{1,15})\s+(?:\d{1,3}|[A-Z])(?:\s*[:.\u2013\u2014-](?:\s|$)|$)"
)

_WORD = regex.compile(r"\w+")


def _reads_as_parent_heading(text: str) -> bool:
    """ "Troubleshooting", "METHODS AND DATA", "2019 Highlights": a heading as written,
    opening with a capital or a figure, short and ending on no sentence's or clause's mark
    ("(Scott's note: she's a great editor)", "-- attributed to Solomon Hykes", "note: this
    package was renamed" scored as headings, but read as remarks; so does a citation)."""
    text = EMOJI_SHORTCODES_END.sub("", text) or text  # ("Software :package:")
    words = text.split()
    first_word = words[0]
    return (
        first_word[0].isalnum()
        and not first_word.islower()  # ("rOpenSci HQ" is a heading, "note: …" a remark)
        and text[-1] not in ".:;,)"
        # "Reproducible notebook available here", "More information can be found here": a
        # link's text
        and words[-1].casefold() != "here"
        # "Related post: Pickled Brussels Sprouts", "This vulnerability is referred to as
        # CVE-2019-12995", "More details are available in GHSA-…": a link, a sentence
        and not first_word.casefold().startswith("related")
        and not _SENTENCE_VERB.search(text)
        and words_at_most(text, PARENT_HEADING_MAX_WORDS)
        # "JAMA Netw Open. 2023;6(11)", "Trial Registration: ClinicalTrials.gov Identifier:
        # NCT04123456": a citation, fields
        and ";" not in text
        and text.count(":") < 2
        # ("Step 1. Pick topics" is numbered, no two sentences)
        and (_series_word(text) is not None or _INNER_SENTENCE_END.search(text) is None)
    )


# a copula or modal verb in the middle of a line: a sentence ("… is referred to as …", "…
# can be found in …"), rarely a heading with nothing under it; nor is an announcement ("16"
# MacBook Pro Now Available", "More details are available in GHSA-…")
_SENTENCE_VERB = regex.compile(
    r"\s(?:is|are|was|were|can be|will be|has been|(?:now )?available)(?:\s|$)", regex.IGNORECASE
)

#: a heading over the parts that follow it runs this many words at most
PARENT_HEADING_MAX_WORDS = 8
#: how far below its empty parent a nested heading sits (less than any cued step)
EMPTY_PARENT_STEP = 0.125


def _empty_parent(headings: list[RawBlock], parents: list[bool], raw: list[float], k: int) -> bool:
    if not parents[k] or k + 1 >= len(headings) or raw[k + 1] != raw[k]:
        return False
    h, nxt = headings[k], headings[k + 1]
    if h.cue not in (None, "caps") or nxt.cue not in (None, "caps"):
        return False
    if h.text.rstrip().endswith("?") or not _reads_as_parent_heading(h.text):
        return False
    # "Problem 5: …" / "Problem 6: …" (or "Problem 5" / "See issue 7544" / "Problem 6"):
    # a series goes on, its headings are siblings
    series = _series_word(nxt.text)
    return series is None or series not in {_series_word(g.text) for g in headings[: k + 1]}


def _default_level(headings: list[RawBlock]) -> float:
    cued = [h.level for h in headings if h.level is not None]
    return float(min(cued)) if cued else 1.0


@dataclass
class _OpenSection:
    heading: str | None
    level: int
    span: Span | None
    blocks: list[Block] = field(default_factory=list)
    children: list[_OpenSection] = field(default_factory=list)

    def freeze(self) -> Section:
        return cast(
            Section,
            _validate_section(
                {
                    "heading": self.heading,
                    "level": self.level,
                    "heading_span": self.span,
                    "blocks": self.blocks,
                    "subsections": [c.freeze() for c in self.children],
                }
            ),
        )


def _build_sections(doc: _Doc) -> list[Section]:
    body = _drop_duplicates(doc, doc.body)
    headings = [b for b in body if b.kind == "heading"]
    parents = [
        b.kind == "heading" and k + 1 < len(body) and body[k + 1].kind == "heading"
        for k, b in enumerate(body)
        if b.kind == "heading"
    ]
    levels = dict(zip(map(id, headings), _heading_levels(headings, parents), strict=True))
    roots: list[_OpenSection] = []
    stack: list[_OpenSection] = []
    intro = _OpenSection(None, 1, None)
    k = 0
    while k < len(body):
        block = body[k]
        if block.kind == "heading":
            level = levels[id(block)]
            section = _OpenSection(block.text, level, _span(block))
            while stack and stack[-1].level >= level:
                stack.pop()
            (stack[-1].children if stack else roots).append(section)
            stack.append(section)
            k += 1
            continue
        target = stack[-1] if stack else intro
        k = _add_block(body, k, target.blocks)
    if intro.blocks:
        roots.insert(0, intro)
    return [s.freeze() for s in roots]


def _add_block(body: list[RawBlock], k: int, out: list[Block]) -> int:
    block = body[k]
    if block.kind == "label" and _adjacent(body, k) and body[k + 1].kind == "list_item":
        end = _list_end(body, k + 1)
        out.append(_list_block(body[k + 1 : end], lead_in=block))
        return end
    if block.kind == "list_item":
        end = _list_end(body, k)
        out.append(_list_block(body[k:end], lead_in=None))
        return end
    if block.kind == "code":
        out.append(CodeBlock(text=block.text, language=block.language, span=_span(block)))
    elif block.kind == "table":
        out.append(TableBlock(rows=block.rows, span=_span(block)))
    elif block.kind == "quote":
        out.append(
            QuoteBlock(blocks=[Paragraph(text=block.text, span=_span(block))], span=_span(block))
        )
    else:
        span = {"start": block.start, "end": block.end}
        out.append(_validate_paragraph({"text": block.text, "span": span}))
    return k + 1


def _adjacent(body: list[RawBlock], k: int) -> bool:
    """Are body blocks k and k+1 neighbours in the source (nothing taken out between)?"""
    return k + 1 < len(body) and body[k + 1].position == body[k].position + 1


def _list_end(body: list[RawBlock], k: int) -> int:
    """End of the run of list items from ``k``; a remnant or field taken out between two
    items ends the list, so a list's span never covers what went elsewhere."""
    first = body[k]
    k += 1
    while (
        k < len(body)
        and body[k].kind == "list_item"
        and body[k].position == body[k - 1].position + 1
        and not _starts_another_list(first, body[k])
    ):
        k += 1
    return k


def _starts_another_list(first: RawBlock, item: RawBlock) -> bool:
    """An item at the first item's depth that the format marks as a list's first (HTML), a
    numbered one after bullets or the other way round, or a numbered one whose number ends
    otherwise ("1." after "1)", as in CommonMark), opens a list of its own: two lists
    written one after the other keep apart. (Bullets are left together: scraped text mixes
    "-" and "•" in one list.)"""
    if item.depth != first.depth:
        return False
    if item.opens_list or item.ordered != first.ordered:
        return True
    return item.ordered and (first.marker or "")[-1:] != (item.marker or "")[-1:]


def _list_block(items: list[RawBlock], lead_in: RawBlock | None) -> ListBlock:
    top_depth = min(b.depth for b in items)
    roots = _nest(items, 0, top_depth)[0]
    start = (lead_in or items[0]).start
    return ListBlock(
        ordered=items[0].ordered,
        lead_in=lead_in.text.rstrip(":\uff1a ").strip() if lead_in else None,
        items=roots,
        # an item's later paragraphs may come after its nested items
        span=Span(start=start, end=max(b.end for b in items)),
    )


def _nest(items: list[RawBlock], k: int, depth: int) -> tuple[list[ListItem], int]:
    """Items from ``k`` at ``depth`` with their deeper followers as children."""
    out: list[ListItem] = []
    while k < len(items) and items[k].depth >= depth:
        item = items[k]
        k += 1
        children: list[ListItem] = []
        ordered_children = False
        if k < len(items) and items[k].depth > item.depth:
            ordered_children = items[k].ordered
            children, k = _nest(items, k, items[k].depth)
        out.append(
            ListItem(
                text=item.text,
                marker=item.marker or "-",
                children=children,
                children_ordered=ordered_children,
                span=_span(item),
            )
        )
    return out, k


def _drop_duplicates(doc: _Doc, body: list[RawBlock]) -> list[RawBlock]:
    paragraphs = [b for b in body if b.kind == "paragraph"]
    pairs = near_duplicates([p.text for p in paragraphs], doc.options.duplicate_threshold)
    dropped: set[int] = set()
    for i, j, sim in pairs:
        later, earlier = paragraphs[j], paragraphs[i]
        doc.warnings.append(
            ParseWarning(
                code="near_duplicate",
                message=f"paragraph at offset {later.start} repeats the one at offset "
                f"{earlier.start} ({sim:.0%} of content words shared)",
                span=_span(later),
            )
        )
        if doc.options.drop_duplicates:
            doc.remove(later, "duplicate", f"repeats the paragraph at offset {earlier.start}")
            dropped.add(id(later))
    return [b for b in body if id(b) not in dropped] if dropped else body


def _collect_links(body: list[RawBlock]) -> list[Link]:
    # validated as Link(...) validates, in one call per link, span and all: a line of links
    # makes a Link per few characters, and BaseModel.__init__ and a second call for the Span
    # were a third of their cost
    validate = Link.__pydantic_validator__.validate_python
    return [
        validate({"text": text, "url": url, "span": {"start": start, "end": end}})
        for block in body
        for text, url, start, end in block.links
    ]


__all__ = ["assemble", "is_all_caps"]
