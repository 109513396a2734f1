"""The top and the tail of an article: its title, the page furniture above it, the byline, the
date, the dek, and the closing credit.
"""

from __future__ import annotations

from collections import Counter
from typing import Final, cast

import regex

from articlekit.model import FieldSource, RemovedReason, Span
from articlekit.options import ParseOptions
from articlekit.parse.assemble.document import (
    BYLINE_AND_DATE_MAX_WORDS,
    BYLINE_MAX_WORDS,
    CREDIT_WINDOW,
    FRONT_MATTER_WINDOW,
    SENTENCE_INSIDE,
    TITLE_CASE_SENTENCE_MIN_RATIO,
    TITLE_FURNITURE_MAX,
    TITLE_MAX_CHARS,
    TITLE_MAX_WORDS,
    TITLE_SENTENCE_MIN_WORDS,
    TITLE_SEPARATOR,
    Doc,
    block_span,
    validate_span,
)
from articlekit.parse.blocks import RawBlock, blocks_after
from articlekit.parse.lines import (
    NAME_SEPARATOR,
    NAME_WORD,
    clean,
    ends_sentence,
    is_affiliation,
    is_all_caps,
    is_journal_citation,
    word_count,
    words_at_most,
)
from articlekit.parse.special import (
    READING_MINUTES,
    is_media_time,
    is_ui_remnant,
    normalize_name,
    special_kind,
)
from articlekit.parse.text import PREFATORY_NOTE, ends_dangling, heading_like, title_ratio
from articlekit.parse.vocabulary import (
    ACADEMIC_DEGREES,
    ARTICLE_TYPE_LABELS,
    BROWSER_BANNER_PHRASES,
    BUTTONS_UNDER,
    BYLINE_ROLE_WORDS,
    CONSENT_BANNER_OPENERS,
    EUROPEAN_MONTHS,
    EVENT_FIELD_LABELS,
    GENERIC_HEADINGS,
    KICKER_WORDS,
    MEDIA_PLAYER_OPENERS,
    MENU_WORDS,
    NEWS_AGENCIES,
    NEWS_SECTION_WORDS,
    NEWSROOM_BYLINES,
    PAGE_NAMES,
    PAGE_TOP_LABELS,
    PAGE_TYPE_LABELS,
    READER_WORDS,
    REVIEW_CREDIT_PREFIXES,
    TITLE_FIELD_LABELS,
    TITLE_STOPWORDS,
)


def take_title(doc: Doc, blocks: list[RawBlock]) -> int:
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
        after = take_front_matter(doc, blocks, k)
        if after > k:
            if after < len(blocks) and _is_title(doc, blocks, after):
                doc.title = blocks[after].text
                doc.title_span = block_span(blocks[after])
                return after + 1
            return after  # the byline and date of an article with no title line
    if k < len(blocks) and _title_field(doc, blocks[k]):
        value = cast(str, blocks[k].value)
        start = doc.source.find(value, blocks[k].start, blocks[k].end)
        doc.title = value
        doc.title_span = cast(Span, validate_span({"start": start, "end": start + len(value)}))
        return k + 1
    if k < len(blocks) and _is_title(doc, blocks, k):
        doc.title = blocks[k].text
        doc.title_span = block_span(blocks[k])
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
    (short, _), (long, long_text) = sorted(((a, title), (b, text)), key=lambda p: len(p[0]))
    if len(short) < REPEATED_TITLE_MIN_WORDS or len(short) < len(long) / 2:
        return False
    if long[: len(short)] == short:
        return len(long) == len(short) or _site_name_follows(long_text, len(short))
    # counted with repeats: "Kaka x y kaka" shares every word of "Kaka x y x y kaka kaka",
    # but not as often
    shared = sum((Counter(short) & Counter(long)).values())
    return shared >= REPEATED_TITLE_MIN_SHARE * len(long)


def _site_name_follows(text: str, words: int) -> bool:
    """Do the words of ``text`` after its first ``words`` follow a separator ("Headline -
    Site", "Headline | Site")? Without one they continue the line: "Getting started with
    Foo" is a section of "Getting started with Foo and Bar", not its headline again."""
    ends = [m.end() for m in _TITLE_WORD.finditer(text)]
    # (past the marks that end the headline: "To the scene! - Site")
    rest = text[ends[words - 1] :].lstrip(HEADLINE_END_MARKS)
    return rest[:1] in SITE_NAME_SEPARATORS


#: the marks between a headline and the site's name after it in a page's title, and the
#: marks (and white space) that may end the headline before them
HEADLINE_END_MARKS: Final = " \t!?.\u2026'\"\u2019\u201d)]"
SITE_NAME_SEPARATORS: Final = frozenset("-|\u2013\u2014:\u00b7\u2022\u00bb/([")


#: a headline repeated under the title has this many words at least, and shares this much
#: of its words with the title when it is not the title's start
REPEATED_TITLE_MIN_WORDS: Final = 3


REPEATED_TITLE_MIN_SHARE: Final = 0.8


_TITLE_WORD: Final = regex.compile(r"\w+")


def _title_field(doc: Doc, block: RawBlock) -> bool:
    """ "Title: A Beginner's Guide to Sourdough": the title as a labelled field."""
    return (
        block.key is not None
        and bool(block.value)
        and not block.literal
        and len(block.line_spans) == 1
        and normalize_name(block.key) in TITLE_FIELD_LABELS
        and doc.source.find(cast(str, block.value), block.start, block.end) >= 0
    )


def _navigation_above_title(doc: Doc, blocks: list[RawBlock], k: int) -> int:
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
MENU_MIN_ENTRIES: Final = 2


def _take_page_top(doc: Doc, blocks: list[RawBlock], k: int) -> int:
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
        detail = {
            "menu": "navigation",
            "bar": "navigation",
            "trail": "navigation",
            "kicker": "section label",
        }.get(kind)
        found.append((block, reason, detail))
        j += 1
    if not found or j + 1 >= len(blocks) or (menu == 1 and len(found) == 1):
        return k
    if not (_is_title(doc, blocks, j) or _opens_front_matter(doc, blocks, j, above_title=True)):
        return k
    for block, reason, detail in found:
        doc.remove(block, reason, detail)
    return j


def _page_top_kind(doc: Doc, blocks: list[RawBlock], k: int) -> str | None:
    """What a line above the title is when it is furniture: "menu" (an entry), "bar" (a
    row of entries), "trail" (a breadcrumb trail), "kicker", "remnant"."""
    block = blocks[k]
    text = block.text
    if _consent_banner(text) or _browser_banner(text):
        return "remnant"  # (a banner's sentences: several lines, one paragraph)
    if len(block.line_spans) != 1 or _page_named(doc, blocks, k):
        return None
    name = normalize_name(text)
    if name in PAGE_TOP_LABELS or is_ui_remnant(text, doc.options):
        return "remnant"
    if name in KICKER_WORDS and is_all_caps(text):
        return "kicker"  # "OPINION" (in capitals: "Opinion" alone may be a title)
    if name in ARTICLE_TYPE_LABELS:
        return "kicker"  # "Research Article" above a paper's title
    if (
        k + 1 < len(blocks)
        and normalize_name(blocks[k + 1].text) in PAGE_TYPE_LABELS
        and _publisher_name(text)
    ):
        # "Journal of Coastal Research" over "Research Article", "Ministry of Transport"
        # over "Press release": who publishes the page, over the label of its kind
        return "kicker"
    if _menu_entry(name):
        return "menu"
    if _menu_bar(name):
        return "bar"
    return "trail" if _breadcrumb_trail(text) else None


def _publisher_name(text: str) -> bool:
    """ "Ministry of Transport", "Journal of Coastal Research": a name of a few words that
    opens with a capital and is no sentence, no field and no date."""
    return (
        text[:1].isupper()
        and words_at_most(text, PUBLISHER_NAME_MAX_WORDS)
        and not ends_sentence(text)
        and ":" not in text
        and not any(ch.isdigit() for ch in text)
    )


#: a publisher's name above the label of a page's kind runs this many words at most
PUBLISHER_NAME_MAX_WORDS: Final = 6


def _breadcrumb_trail(text: str) -> bool:
    """ "Docs » API Reference » merge_asof", "Health A to Z > Shingles", "Destinations /
    Europe / Portugal / Porto": the steps of a breadcrumb trail, whatever their words, one
    separator between them throughout, each step a few words that end no sentence. A slash
    also joins a headline's alternatives ("Remote / Hybrid Work"): three steps at least. (A
    bar, "|" or "·", also parts a headline from its site's name.)"""
    pieces = _TRAIL_STEP.split(text)
    steps, separators = pieces[::2], set(pieces[1::2])
    if len(separators) != 1 or len(steps) < (3 if "/" in separators else 2):
        return False
    return all(
        0 < word_count(step) <= NAVIGATION_ENTRY_MAX_WORDS and not step.endswith((".", "?", "!"))
        for step in steps
    )


def _named_by_trail(blocks: list[RawBlock], k: int) -> bool:
    """ "tidyframe.merge_asof" under "Docs » API Reference » tidyframe.merge_asof": the last
    step of a breadcrumb trail names the page, and the line under the trail that opens with
    it is the page's title, whatever its shape ("CS 2410: Data Structures" under "… › CS
    2410")."""
    if k == 0 or not _breadcrumb_trail(blocks[k - 1].text):
        return False
    last = _TRAIL_STEP.split(blocks[k - 1].text)[-1].casefold()
    return blocks[k].text.casefold().startswith(last)


_TRAIL_STEP: Final = regex.compile(r"\s+([>\u203a\u00bb/])\s+")


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


def _browser_banner(text: str) -> bool:
    """ "Thank you for visiting nature.com. You are using a browser version with limited
    support for CSS.": a site's notice about the reader's browser."""
    low = text.casefold()
    return (
        "browser" in low
        and any(phrase in low for phrase in BROWSER_BANNER_PHRASES)
        and words_at_most(text, CONSENT_BANNER_MAX_WORDS)
    )


#: a menu entry runs a few words ("Science & Environment")
MENU_ENTRY_MAX_WORDS: Final = 3


#: a consent banner's text is a few sentences
CONSENT_BANNER_MAX_WORDS: Final = 80


#: a page's menu and breadcrumbs above its title: at most this many blocks (menu items)
NAVIGATION_MAX_BLOCKS: Final = 40


#: a line of menu links or a breadcrumb is no longer than this
NAVIGATION_LINE_MAX_CHARS: Final = 300


#: a menu entry or a breadcrumb step is a few words
NAVIGATION_ENTRY_MAX_WORDS: Final = 5


_BREADCRUMB: Final = regex.compile(r"\s+[>\u203a\u00bb/|\u00b7\u2022]\s+")


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


def _page_named(doc: Doc, blocks: list[RawBlock], k: int) -> bool:
    """ "Terms of Service" above "Last updated: January 5, 2026", "Cookie Policy" above
    "This Cookie Policy explains how we use cookies": the page a footer link names is the
    page itself, and its name the title."""
    name = _page_name(blocks[k].text)
    if name is None or k + 1 >= len(blocks):
        return False
    below = blocks[k + 1]
    return (
        _opens_front_matter(doc, blocks, k + 1)
        or (below.kind == "paragraph" and name in below.text[:PAGE_NAME_WITHIN].casefold())
        or (k == 0 and _opens_text(doc, blocks, _below_buttons(doc, blocks, k + 1)))
    )


def _below_buttons(doc: Doc, blocks: list[RawBlock], k: int) -> int:
    """Where the first block from ``k`` on is that is no button of the page ("Print this
    page"), nor a page's name in a footer's links (the last block when all of them are)."""
    while (
        k + 1 < len(blocks)
        and _furniture(blocks[k], doc.options)
        and _page_name(blocks[k].text) is None
    ):
        k += 1
    return k


def _page_name(text: str) -> str | None:
    """ "terms of service" for "Terms of Service" or "Terms of Service | Brightline Cloud"
    (the page's name, then its site's); None when the line names no such page."""
    name = normalize_name(text)
    if name in PAGE_NAMES:
        return name
    parts = TITLE_SEPARATOR.split(name, maxsplit=1)
    if len(parts) == 2 and parts[0] in PAGE_NAMES and word_count(parts[1]) <= SITE_NAME_MAX_WORDS:
        return parts[0]
    return None


#: a site's name after a page's name runs a few words ("Brightline Cloud")
SITE_NAME_MAX_WORDS: Final = 4


def _opens_text(doc: Doc, blocks: list[RawBlock], k: int) -> bool:
    """Is ``blocks[k]`` text of the page, under the text's first line: a paragraph, a
    field or a heading of the body, not a leftover of the interface, a menu or a title of
    its own ("Terms of Service" / "7. Governing Law" is the page's title over its text;
    "Contact us" / "Privacy Policy" a footer's links, and "Cookie Policy" over "Councils
    Buy Empty Shops" a link above the title)?"""
    block = blocks[k]
    return (
        block.kind in ("paragraph", "heading", "list_item")
        and not _furniture(block, doc.options)
        and not _navigation(block)
        and _page_name(block.text) is None
        and (block.key is not None or not _is_title(doc, blocks, k))
    )


#: the text under a page's name names it again within its first characters
PAGE_NAME_WITHIN: Final = 100


def _furniture(block: RawBlock, options: ParseOptions) -> bool:
    return (
        block.kind in ("paragraph", "heading")
        and len(block.line_spans) == 1
        and not block.literal
        and is_ui_remnant(block.text, options)
    )


def _is_title(doc: Doc, blocks: list[RawBlock], k: int) -> bool:
    first = blocks[k]
    if first.kind == "heading" and first.cue in ("atx", "setext", "html", "markdown"):
        return first.level == 1 and not any(
            b.kind == "heading" and b.level == 1 and b.cue == first.cue
            for b in blocks_after(blocks, k)
        )
    if first.kind not in ("heading", "paragraph") or len(first.line_spans) != 1:
        return False
    text = first.text
    # (a line above the page's interface stands apart as a line above a blank line does:
    # "Why does my list change?" over "Asked 6 years ago")
    spaced = len(blocks) > k + 1 and (
        blocks[k + 1].gap_before or _furniture(blocks[k + 1], doc.options)
    )
    shaped = _title_shaped(text, spaced) or _named_by_trail(blocks, k)
    if not shaped or special_kind(text, doc.options) is not None:
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
        and (text.endswith("!") or (text.endswith("?") and _speaks_to_reader(text)))
        and not TITLE_SEPARATOR.search(text)
        and word_count(text) >= TITLE_SENTENCE_MIN_WORDS
        and title_ratio(text) < 0.5
    )


_WORD_WITH_APOSTROPHE: Final = regex.compile(r"\p{L}+(?:['\u2019]\p{L}+)?")


def _speaks_to_reader(question: str) -> bool:
    """ "Have you ever wondered why your tests pass on Fridays?", "So, what did we ship?": a
    question that turns to the reader, or runs on past a comma, opens a post's body; a
    headline asks in the third person ("What is the value of the drugs seized at ports?")."""
    words = _WORD_WITH_APOSTROPHE.findall(question.casefold())
    return "," in question or any(w in READER_WORDS for w in words)


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
            SENTENCE_INSIDE.search(text)
        )
    return (
        not text.endswith((".", ",", ";", ":"))
        or text.endswith("...")
        # "What Makes a Package Healthy? A Conversation on Twitter.": Title Case throughout
        or (text.endswith(".") and title_ratio(text) >= TITLE_CASE_SENTENCE_MIN_RATIO)
    )


def take_front_matter(doc: Doc, blocks: list[RawBlock], start: int) -> int:
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
        elif doc.byline is None and block.text.casefold() in NEWSROOM_BYLINES:
            doc.byline = block.text  # "Staff Reports" under the title: nobody signs it
            doc.note("byline", block)
        elif doc.byline is None and k == start and _name_and_role(block.text):
            doc.byline = block.text  # "Jane Doe, Columnist" under the title
            doc.note("byline", block)
        elif doc.byline is None and author_list(block.text):
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
        elif _place_dateline(block.text) and _story_follows(blocks, k + 1):
            # "OSLO, NORWAY" over the story's first paragraph: where it was filed, a line of
            # the body (never a heading over it)
            block.kind, block.cue, block.level = "paragraph", None, None
            doc.body.append(block)
            fields -= 1
        elif is_journal_citation(block.text) or (
            doc.byline is not None and author_list(block.text)
        ):
            # "Journal of Coastal Research, vol. 40, 2024, pp. 115-131" under a paper's
            # title, or a second list of names (its editors): lines of the body, no headings
            block.kind, block.cue, block.level = "paragraph", None, None
            doc.body.append(block)
            fields -= 1
        elif _review_credit(block.text):
            # "Reviewed by Dr Amara Osei, MD": who checked the text, not who wrote it; a line
            # of the body (never a heading over it)
            block.kind, block.cue, block.level = "paragraph", None, None
            doc.body.append(block)
            fields -= 1
        elif block.text[:1] in "Pp" and PAGE_OF.fullmatch(block.text):
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
            k += buttons_under(doc, blocks, k + 1, block.text)  # a player's clock under it
        else:
            break
        k += 1
    return k


#: "OSLO, NORWAY", "Santa Fe, N.M.", "Kuala Lumpur, Malaysia": a place and its country or
#: state, each of a few capitalised words, as a dateline sets it on its own line
_PLACE_DATELINE: Final = regex.compile(
    r"\p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*){0,2},"
    r" \p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*){0,2}"
)


def _place_dateline(text: str) -> bool:
    """A place alone on the line under the title (its country or state after a comma), the
    dateline a news or press-release page sets over the story's first paragraph."""
    return (
        "," in text
        and _PLACE_DATELINE.fullmatch(text) is not None
        and not _name_and_role(text)  # "Jane Doe, Columnist", "Ana Ruiz, Associated Press"
    )


def _story_follows(blocks: list[RawBlock], k: int) -> bool:
    """Is ``blocks[k]`` a paragraph of the story (one that ends a sentence)?"""
    return k < len(blocks) and blocks[k].kind == "paragraph" and ends_sentence(blocks[k].text)


def _review_credit(text: str) -> bool:
    """ "Medically reviewed by Dr Amara Osei, MD", "Fact checked by Jo Lin": a credit line
    of a health or news page under its title."""
    low = text.casefold()
    if not low.startswith(REVIEW_CREDIT_PREFIXES) or word_count(text) > REVIEW_CREDIT_MAX_WORDS:
        return False
    prefix = next(p for p in REVIEW_CREDIT_PREFIXES if low.startswith(p))
    return text[len(prefix) : len(prefix) + 1].isupper()


#: a reviewer's credit line names one or two people with their titles and degrees
REVIEW_CREDIT_MAX_WORDS: Final = 14


def _affiliation_lines(doc: Doc, block: RawBlock) -> list[RawBlock]:
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


def subtitle(doc: Doc, blocks: list[RawBlock], k: int) -> bool:
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
        and PAGE_OF.fullmatch(block.text) is None  # "Page 1 of 3" above the byline
        and not _opens_front_matter(doc, blocks, k)
        and _opens_front_matter(doc, blocks, k + 1)
    )


def dek_as_heading(title: str, blocks: list[RawBlock], k: int) -> bool:
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
            for b in blocks_after(blocks, k)
            if b.kind == "heading"
        )
    )


#: what marks a heading in the source itself: such a heading is never a dek
_EXPLICIT_CUES: Final = ("atx", "setext", "html", "markdown", "numbered", "wiki")


#: a dek is a sentence of this many words at least ("How the merger was done" is a heading)
DEK_MIN_WORDS: Final = 7


#: ... in sentence case: few of its words capitalised
DEK_MAX_TITLE_RATIO: Final = 0.5


#: a title in Title Case has most of its words capitalised
TITLE_CASE_MIN_RATIO: Final = 0.8


def _field_prefixes(options: ParseOptions) -> tuple[str, ...]:
    return options.byline_prefixes + options.date_prefixes


def _opens_front_matter(
    doc: Doc, blocks: list[RawBlock], k: int, *, above_title: bool = False
) -> bool:
    """Does ``blocks[k]`` give the byline or the date, as take_front_matter reads them?
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


def _date_over_two_lines(doc: Doc, blocks: list[RawBlock], k: int) -> bool:
    """ "Published" (or "Updated:") alone, the date alone on the line after it."""
    if k + 1 >= len(blocks) or len(blocks[k + 1].line_spans) != 1 or blocks[k + 1].literal:
        return False
    label = blocks[k].text.strip(" :").casefold()
    if not any(p.strip(" :") == label for p in doc.options.date_prefixes):
        return False
    value = blocks[k + 1].text
    return _BARE_DATE.fullmatch(value) is not None or _AGE.fullmatch(value) is not None


# "3 hours ago", "a day ago": a page's date as the time since it was published
_AGE_TEXT: Final = (
    r"(?:\d{1,3}|an?|one) (?:sec|second|min|minute|hr|hour|day|week|month|year)s?\.? ago"
)


_AGE: Final = regex.compile(_AGE_TEXT, regex.IGNORECASE)


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


_READING_TIME_TAIL: Final = regex.compile(rf"{READING_MINUTES}(?: read)?", regex.I)


_DATE_SEPARATOR: Final = regex.compile(r"\s+[|\u00b7\u2022]\s+|;\s+")


def _prefixed_date(text: str, options: ParseOptions) -> bool:
    """ "Published 3 May 2024", "Last updated: January 5, 2026": a date line, as
    take_front_matter reads it."""
    return (
        text.casefold().startswith(options.date_prefixes)
        and word_count(text) <= DATE_LINE_MAX_WORDS
        and any(ch.isdigit() for ch in text)
    )


#: a "Published …" line longer than this is a sentence of the body
DATE_LINE_MAX_WORDS: Final = 10


_FRONT_MATTER_KINDS: Final = ("paragraph", "key_value", "heading")


#: a dek (subtitle) under the title is one line of at most this many words
SUBTITLE_MAX_WORDS: Final = 30


def take_closing_credit(doc: Doc) -> None:
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
_CLOSING_CREDIT: Final = regex.compile(
    r"(?:written|reporting|reported|words|text|story) by (?P<name>[^;,|()]+?)(?:\s*[;,|].*)?"
    r"|\((?:reporting|reported|writing|written) by (?P<name>[^;,|()]+?)(?:\s*[;,|][^()]*)?\)",
    regex.IGNORECASE,
)


def author_list(text: str) -> bool:
    """ "Ana Costa, Ben Okafor and Chen Wei", "J. Smith & K. Lee": two names or more of two
    to four capitalised words each (initials and particles such as "van" allowed), the
    authors of a paper or report right under its title."""
    if not any(joiner in text for joiner in _AUTHOR_JOINERS):
        return False  # one name at most (a long line with none is not scanned for marks)
    if any(char in text for char in _NEVER_IN_AUTHOR_LIST):
        return False  # (a word of some name would hold it: no scan of the line for marks)
    names = _AUTHOR_SEPARATOR.split(_without_marks(text).strip(" ,;"))
    return len(names) >= 2 and all(_person_name(name) for name in names)


#: characters no name word (NAME_WORD, a particle), separator, affiliation mark or degree
#: holds: "see this (http://a.b) and …" is no list of authors, whatever its length
_NEVER_IN_AUTHOR_LIST: Final = ("(", ")", "/", ":", "[", "]", "<", ">", "=", "@", "#")


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


_AFFILIATION_SYMBOLS: Final = "*\u2020\u2021\u00a7\u00b9\u00b2\u00b3"


_ASCII_MARKS: Final = "0123456789*"


# "1", "1,3", "*", "2†": the marks after an author's name that point to her affiliations
_AFFILIATION_MARK: Final = regex.compile(
    rf"(?<=\p{{L}})[\d{_AFFILIATION_SYMBOLS}]{{1,3}}(?:,[\d{_AFFILIATION_SYMBOLS}]{{1,3}})*"
    r"(?=[,;&]|\s|$)"
)


# ", PhD", " MD": a degree after a name
_DEGREES: Final = "|".join(regex.escape(d) for d in sorted(ACADEMIC_DEGREES, key=len, reverse=True))


_DEGREE_AFTER_NAME: Final = regex.compile(rf",?\s+(?:{_DEGREES})(?=[,;&]|\s|$)")


#: a text holding none of these holds no _AUTHOR_SEPARATOR: each of its matches holds one
#: (and removing marks and degrees joins no new one: what follows a removal is a space, a
#: separator or the end)
_AUTHOR_JOINERS: Final = (",", ";", "&", "and")
# what stands between the names of a paper's authors: commas, "and", "&" or semicolons
_AUTHOR_SEPARATOR: Final = regex.compile(rf"{NAME_SEPARATOR.pattern}|\s*;\s*(?:and\s+|&\s+)?")


_NAME_PARTICLES: Final = frozenset(
    {"van", "von", "de", "da", "del", "der", "di", "la", "le", "bin"}
)


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


_NOTNAME_WORDS: Final = (
    TITLE_STOPWORDS
    | {"why", "what", "how", "when", "where", "who", "it", "we"}
    | NEWS_SECTION_WORDS
)


def _byline_just_above(doc: Doc, blocks: list[RawBlock], k: int) -> bool:
    """Was the block right above index ``k`` read into the byline?"""
    return (
        k > 0
        and bool(doc.sources)
        and doc.sources[-1].field == "byline"
        and doc.sources[-1].span == block_span(blocks[k - 1])
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
AGENCY_LINE_MAX_WORDS: Final = 4


def _name_line(block: RawBlock) -> bool:
    """ "Priya Natarajan", or a correspondent where she writes from ("Elena García in
    Madrid"), or a name with an e-mail address ("Priya Natarajan <priya@example.org>")."""
    words = _ADDRESS_AFTER_NAME.sub("", block.text).split()
    if len(words) >= 4 and words[-2] in _FILED_FROM:
        words = words[:-2]  # (the place: one capitalised word)
    return 2 <= len(words) <= 4 and all(NAME_WORD.fullmatch(w) for w in words)


def without_link(byline: str | None) -> str | None:
    """ "Reshama Shaikh (https://reshamas.github.io)": the name, without the link a scraper
    wrote after it (the link itself is in ``links``)."""
    if byline is None or not byline.endswith(")"):
        return byline
    return _LINK_AFTER_NAME.sub("", byline) or byline


# " (https://…)" closing a byline
_LINK_AFTER_NAME: Final = regex.compile(r"\s*\((?:https?://|www\.)[^\s()]*+\)$")


_FILED_FROM: Final = ("in", "at")


# " <priya@example.org>" after a name
_ADDRESS_AFTER_NAME: Final = regex.compile(r"\s+<[^\s<>@]+@[^\s<>@]+>$")


def reads_as_front_matter(text: str) -> bool:
    """Could this line, right below the title, be read into a field or set aside as
    furniture by the text reader (a date alone, a count)? The writers mark such a first
    paragraph literal."""
    if _BARE_DATE.fullmatch(text) is not None or _COUNT.fullmatch(text) is not None:
        return True
    if author_list(text):
        return True
    both = _byline_and_date(text)
    return both is not None and _name_like(both["name"])


def reads_as_closing_credit(text: str) -> bool:
    """ "Written by …", "Reporting by …": a line the assembler takes for the byline when
    it ends an article without one, or that repeats the byline (the writers mark such a
    paragraph literal)."""
    credit = _CLOSING_CREDIT.fullmatch(text)
    return credit is not None and _name_like(credit.group("name"))


def _handle_above_date(doc: Doc, blocks: list[RawBlock], k: int) -> bool:
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


_HANDLE: Final = regex.compile(r"@?[\w.-]{2,30}")


def _front_matter_follows(
    doc: Doc, blocks: list[RawBlock], k: int, *, date_only: bool = False
) -> bool:
    """Is the block after ``k`` a date or a remnant (what follows an author's name)?"""
    if k + 1 >= len(blocks) or len(blocks[k + 1].line_spans) != 1 or blocks[k + 1].literal:
        return False
    text = blocks[k + 1].text
    if _BARE_DATE.fullmatch(text):
        return True
    return not date_only and is_ui_remnant(text, doc.options)


_COUNT: Final = regex.compile(r"\d{1,6}(?:\.\d)?[kKmM]?")


_MONTH_NAME: Final = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)


# "at 6:45 p.m. EDT", ", 09:14", " 3 PM": the time a news page adds to its date
_TIME_OF_DAY: Final = (
    r"(?:,? (?:at )?\d{1,2}(?:[:.]\d{2}(?: ?(?:[ap]\.m\.|[ap]m|[AP]M))?"
    r"|(?: ?(?:[ap]\.m\.|[ap]m|[AP]M)))(?: [A-Z]{2,5}| Uhr)?)?"
)


# "2025年3月3日": a date in Japanese and Chinese
_CJK_DATE: Final = r"\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日"


# "Mar 12, 2024", "12 March 2024", "Tuesday, March 12, 2024", "2024-03-12", with a time
_BARE_DATE: Final = regex.compile(
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
_DATELINE: Final = regex.compile(
    r"\p{Lu}[\p{Lu}.'\u2019 -]{1,40}(?:,\s\p{Lu}[\p{L}.'\u2019 -]{1,30}){0,2}"
    rf"(?:,\s+(?P<date>{_BARE_DATE.pattern})"
    rf"|\s+(?:--|[\u2013\u2014])\s+(?P<date>{_BARE_DATE.pattern})"
    rf"|\s+\((?P<date>{_BARE_DATE.pattern})\))"
    r"\s*(?:/[^/\n]{1,40}/|\([^()\n]{1,40}\))?\s*(?:--|[\u2013\u2014-])\s"
)


def take_dateline_date(doc: Doc) -> None:
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
_READING: Final = r"\d{1,3} ?(?:min|mins|minutes?) read"


_DATE_AND_READING_TIME: Final = regex.compile(
    rf"(?:{_READING} ?[\u00b7\u2022|\u2013\u2014-] ?(?P<date>{_BARE_DATE.pattern})"
    rf"|(?P<date2>{_BARE_DATE.pattern}) ?[\u00b7\u2022|\u2013\u2014-] ?{_READING})",
    regex.IGNORECASE,
)


def date_and_length(text: str) -> bool:
    """ "Mar 1, 2025 · 38 min", "Feb 3, 2025", "41 min listen": when a teaser's story came
    out and how long it runs, the line a box prints under each title."""
    if len(text) > DATE_AND_LENGTH_MAX_CHARS or not any(ch.isdigit() for ch in text):
        return False
    return _DATE_AND_LENGTH.fullmatch(text) is not None


#: a line of a date and a length is this short
DATE_AND_LENGTH_MAX_CHARS: Final = 60


# "38 min", "1 h 12 min", "41 min listen"
_LENGTH: Final = (
    r"\d{1,3} ?(?:min|mins|minutes?|h|hr|hrs|hours?|sec|secs)(?: \d{1,2} ?(?:min|sec)s?)?"
    r"(?: read| listen| watch)?"
)
_BETWEEN: Final = r" ?[\u00b7\u2022|\u2013\u2014-] ?"
_DATE_AND_LENGTH: Final = regex.compile(
    rf"(?:{_BARE_DATE.pattern})(?:{_BETWEEN}{_LENGTH})?|{_LENGTH}(?:{_BETWEEN}(?:{_BARE_DATE.pattern}))?",
    regex.IGNORECASE,
)


# "Received: 14 January 2025 / Accepted: 2 May 2025 / Published online: 20 May 2025": the
# history of a paper; its publication date is the article's
_HISTORY_START: Final = regex.compile(
    r"(?:received|submitted|accepted|revised|published)\b", regex.I
)


_PUBLISHED_IN_HISTORY: Final = regex.compile(
    rf"\bpublished(?: online)?:? (?:on )?(?P<date>{_BARE_DATE.pattern})", regex.IGNORECASE
)


#: a paper's history line is short
HISTORY_MAX_WORDS: Final = 20


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


_NOTE_LABELS: Final = frozenset({"update", "correction", "clarification", "editor's note", "note"})


#: the label beside a date ("University News", "Press release") is this short
DATE_LABEL_MAX_WORDS: Final = 4


_LABEL_BESIDE_DATE: Final = regex.compile(
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
_FILED_UNDER: Final = regex.compile(r",? (?:in|under|filed (?:in|under)) \S.{0,60}")


# "By Jane Doe | March 3, 2025", "Posted by jdoe on 12 Jan 2024, 09:14", "Released by
# ana-k on 14 May 2025" (a release's page): a name of a few words, then a date with a figure
_BYLINE_AND_DATE: Final = regex.compile(
    r"(?:posted |written |published |released |interview |interviewed )?"
    r"by (?P<name>\S+(?: \S+){0,4}?)"
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
_DATE_THEN_BYLINE: Final = regex.compile(
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
_BYLINE_AND_READING_TIME: Final = regex.compile(
    r"(?:posted |written |published )?by (?P<name>\p{Lu}\S*(?: \S+){0,4}?)"
    rf" [|\u00b7\u2022\u2013\u2014-] {READING_MINUTES} read",
    regex.IGNORECASE,
)


_BESIDE: Final = r" [|\u00b7\u2022] "


_NAME_BESIDE_DATE: Final = regex.compile(
    rf"(?P<name>[^|\u00b7\u2022]+?){_BESIDE}(?P<date>{_BARE_DATE.pattern})"
)


_DATE_BESIDE_NAME: Final = regex.compile(
    rf"(?P<date>{_BARE_DATE.pattern}){_BESIDE}(?P<name>[^|\u00b7\u2022]+)"
)


# "Posted by u/greenthumb_88 5 hours ago": a forum's byline with the post's age
_BYLINE_AGO: Final = regex.compile(
    r"(?:posted |submitted |written |asked )?by (?P<name>\S+(?: \S+){0,3}?) "
    rf"(?P<date>{_AGE_TEXT})",
    regex.IGNORECASE,
)


# "2025年3月3日　山田太郎": the date, then the writer's name (a word of CJK characters)
_CJK_DATE_THEN_NAME: Final = regex.compile(
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
_TRAILING_DATE: Final = regex.compile(
    rf"(?P<byline>.+?)(?:,| [|\u00b7\u2022\u2013\u2014-]) "
    rf"(?:(?i:published|updated|posted)(?: on)?:? )?(?P<date>{_BARE_DATE.pattern})"
)


def _byline_then_date(text: str, options: ParseOptions) -> tuple[str, str] | None:
    """The byline and the date of a line that gives the byline (as :func:`_is_byline`
    reads one) and ends with a date."""
    if word_count(text) > BYLINE_AND_DATE_MAX_WORDS:
        return None  # (a paragraph, whatever it ends with)
    # the byline opens the line, so the line opens with a byline prefix (its first
    # characters tell: each folds to one or more); else no call to scan all the line (a
    # line of "(http://a" one megabyte long, without a space, is a word or two)
    head = text[: max(map(len, options.byline_prefixes), default=0)]
    if not head.casefold().startswith(options.byline_prefixes):
        return None
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
    # ("By " alone, before ", March 3, 2025": no word after the prefix, no name)
    words_after = text.split(None, 1)
    name = words_after[1] if len(words_after) > 1 else ""
    if low.startswith("author:"):
        name = text.split(":", 1)[1]
    if not name.strip()[:1].isalnum() and not name.strip().startswith("@"):
        return False  # "By - …": no name follows
    words = name.replace(",", " ").split()
    # capitalised words, or words of a script without case ("By 山田太郎")
    named = sum(w[:1].isupper() or (w[:1].isalpha() and not w[:1].islower()) for w in words)
    return bool(words) and named >= max(1, len(words) // 2)


PAGE_OF: Final = regex.compile(
    r"(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?", regex.IGNORECASE
)


def buttons_under(doc: Doc, blocks: list[RawBlock], k: int, opener: str) -> int:
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


# "12 Comments", "3 Responses", "2 thoughts on “Why I switched”", "Leave a Reply" (the form
# WordPress puts under the comments): where the readers' comments under a post begin
_COMMENTS_OPENER: Final = regex.compile(
    r"(?:\d{1,5}|no|one|two|three|four|five|six|seven|eight|nine|ten) "
    r"(?:comments?|responses?|replies|thoughts? on \S.{0,200})|leave a reply"
    # "Comments (12)", "Responses: 3"
    r"|(?:comments?|responses?|replies) ?(?:\(\d{1,5}\)|: ?\d{1,5})"
    # a newsletter platform's heading over the comments
    r"|discussion about this (?:post|article|story|episode|thread)",
    regex.IGNORECASE,
)


# the letters _COMMENTS_OPENER's words open with (its other branch opens with a digit)
_COMMENTS_FIRSTS: Final = frozenset("notfselcrd")


# every branch of _COMMENTS_OPENER holds one of these words (in any case): an ASCII line
# with none of them, lowered, is no opener, found without running the pattern
_COMMENTS_WORDS: Final = ("comment", "respons", "repl", "thought", "discussion")


def opens_comments(text: str) -> bool:
    """Does this line open the readers' comments under a post (the writers mark such a
    body paragraph literal)?"""
    first = text[:1]
    if first.isascii() and not first.isdigit() and first.lower() not in _COMMENTS_FIRSTS:
        # (an ASCII character that no branch opens with: not even case-insensitively, as
        # only characters outside ASCII fold to ASCII letters: most lines skip the pattern)
        return False
    if len(text) > 220:
        return False
    if text.isascii():
        # (in ASCII text the pattern's letters match only themselves, either case)
        low = text.lower()
        # (a loop and its else: twice as fast as any() over a generator)
        for word in _COMMENTS_WORDS:
            if word in low:
                break
        else:
            return False
    return _COMMENTS_OPENER.fullmatch(text.rstrip(" :")) is not None
