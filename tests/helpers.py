"""Shared checks for the parser tests: the invariants DESIGN.md promises."""

from __future__ import annotations

import re

import articlekit as ak
from articlekit.parse.lines import clean

_BREAK = re.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def physical_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line that has something visible on it."""
    out, pos = [], 0
    for m in _BREAK.finditer(text):
        if clean(text[pos : m.start()]):
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text) and clean(text[pos:]):
        out.append((pos, len(text)))
    return out


def _words_in_order(shown: str, source: str) -> bool:
    """Do the letters and digits of ``shown`` appear in ``source`` in the same order (with
    markup, or nothing, between them: "<http://a>b" shows "http://ab")?"""
    rest = iter(c for c in source if c.isalnum())
    return all(c in rest for c in shown if c.isalnum())


def claims(art: ak.Article) -> list[tuple[str, ak.Span]]:
    """Every place the Article says a piece of the input went, with its span."""
    out: list[tuple[str, ak.Span]] = []
    if art.title_span:
        out.append(("title", art.title_span))
    for section in art.iter_sections():
        if section.heading_span:
            out.append(("heading", section.heading_span))
        for block in section.blocks:
            assert block.span is not None, block
            out.append((block.kind, block.span))
    out += [("reference", r.span) for r in art.references if r.span]
    out += [("related", r.span) for r in art.related if r.span]
    out += [("removed", r.span) for r in art.removed if r.span]
    out += [(f.field, f.span) for f in art.field_sources]
    return out


def assert_accounted(text: str, art: ak.Article) -> None:
    """Every non-blank line of ``text`` lands in exactly one place. A removal inside a line
    that something else claims (an inline image in a paragraph), or the date a dateline
    gives inside the first paragraph, is a record of part of that line, not a second owner."""
    spans = claims(art)
    for start, end in physical_lines(text):
        here = [(name, s) for name, s in spans if s.start < end and s.end > start]
        if len(here) > 1:
            here = [
                (n, s) for n, s in here if not (n in _PART_RECORDS and _inside(text, s, start, end))
            ]
        owners = [name for name, _ in here]
        assert len(owners) == 1, f"line {text[start:end]!r} is claimed by {owners or 'nothing'}"


#: claims that may record a part of a line another element owns
_PART_RECORDS = ("removed", "published")


def _inside(text: str, span: ak.Span, start: int, end: int) -> bool:
    """Does the line show visible text on either side of ``span``?"""
    return bool(
        clean(text[start : max(start, span.start)]) or clean(text[min(end, span.end) : end])
    )


def assert_spans_valid(text: str, art: ak.Article) -> None:
    """Spans lie inside the input and cover the element's own text (in Markdown, whose
    inline markup sits between the words, the letters of that text in their order)."""

    def check(span: ak.Span | None, shown: str) -> None:
        if span is None:
            return
        assert 0 <= span.start <= span.end <= len(text)
        source = " ".join(clean(text[span.start : span.end]).split())
        if art.source_format == "markdown":
            assert _words_in_order(shown, source), (shown, source)
            return
        assert " ".join(shown.split()) in source or not shown, (shown, source)

    check(art.title_span, art.title or "")
    for section in art.iter_sections():
        check(section.heading_span, section.heading or "")
        for block in section.blocks:
            if block.kind == "paragraph":
                check(block.span, block.text)
            elif block.kind == "list":
                stack = list(block.items)
                while stack:
                    item = stack.pop()
                    check(item.span, item.text)
                    stack.extend(item.children)
    for ref in art.references:
        check(ref.span, ref.title)
    for link in art.links:
        check(link.span, "")


#: lines shaped like the page parts the ninth session taught the parser (lists without
#: bullets, SQL, Python sessions, bylines with counters, release lines, sign-offs…), drawn
#: by the property tests and by the fuzz target beside their own pieces
SHAPES_NINTH_SESSION: tuple[str, ...] = (
    "Highlights of the round:",
    "The server knows five levels, from most to least verbose:",
    "TRACE",
    "Brings total funding to $62 million",
    "- case_when() and if_else()",
    "-        return type(self), (self.tolist(),)",
    "* checking C++ specification ... OK",
    "  NOTE Specified C++11: please drop",
    "In [1]: import pandas as pd",
    "CREATE TABLE jobs (",
    "  id bigserial PRIMARY KEY,",
    "7 min read \u00b7 Feb 3, 2025",
    "By Anna Kowalski | Updated Jan 10, 2025 | 12 Comments",
    "Posted on June 12, 2024 by Priya Natarajan",
    "Related Recipes",
    "Scaling Flask \u2013 Background jobs without the headache...",
    "This work is supported by Anaconda Inc",
    "What the plan includes",
    "Get the latest news delivered to your inbox.",
    "v2.3.0 (2025-01-10)",
    "[2.2.1] - 2024-12-02",
    "Known Issues:",
    "Cheers!",
    "#include <TH/THTensor.h>",
    "[dependencies]",
)

#: line shapes the tenth session's rules read (fields over two lines, datelines, buttons
#: under a box's opener, rows under a heading), drawn by the property tests and the fuzzer
SHAPES_TENTH_SESSION: tuple[str, ...] = (
    "Date:",
    "June 2, 2025",
    "Source:",
    "Published",
    "2 days ago",
    "Author:",
    "PORTLAND, Ore., Jan. 9, 2025 /PRNewswire/ -- Harbor Tools opened a plant.",
    "OSLO, 3 March 2025 (GLOBE NEWSWIRE) -- Harbor Tools opened",
    "Cite This Page:",
    "MLA",
    "Was this page helpful?",
    "Yes",
    "No",
    "Add to calendar",
    "Google Calendar",
    "Pros",
    "Weighs 980 grams",
    "Q: How many colonies did you lose?",
    "A: Eleven of sixty.",
    "Related",
    "More on this story",
    "Most viewed",
    "Journal Reference:",
    "Nature Microbiology, 2025; DOI: 10.1038/s41564-025-0001-x",
    "Elena Garc\u00eda in Madrid",
    "Tue 15 Jul 2025 14.32 BST",
)

#: line shapes the eleventh session's rules read (highlights and references without bullets,
#: titles over bare URLs, labelled titles, comments and feedback boxes, attributions, debugger
#: prompts), drawn by the property tests and the fuzzer
#: lines of the shapes the thirteenth session reads: site sources (metadata blocks, field
#: lists, reStructuredText and AsciiDoc markup) and what code printed under it
SHAPES_THIRTEENTH_SESSION: tuple[str, ...] = (
    "Title: Moving our builds",
    "Date: 2024-05-14 09:00",
    "Slug: arm-runners",
    ":date: 2023-10-03",
    ":tags: static sites, caching",
    "#####################",
    "~~~~~~~~~~",
    "==========",
    "^^^^^^",
    ".. image:: /images/tiles.png",
    "   :alt: Tiles per second",
    ".. note::",
    ".. code-block:: python",
    "= A Guide to the Build",
    "== Before you start",
    "=== RUN   TestParse",
    "Priya Natarajan <priya@example.org>",
    "    '''",
    '"""',
    "dist <- max(x) * 0.5",
    "dist",
    "fig = plt.figure()",
    "input:011, index:4, output 1",
    "1  University of Kansas Biodiversity Institute",
    "0 North Gate Station Leeds",
    "2 Cassola,Fabio 2008 Research Article",
    "                                      provider",
    "Status:        RELEASED",
    "Last updated:  2013-07-27T10:54:30.200Z",
    "SELECT * FROM downloads",
    "WHERE project IN ({names})",
    "AND timestamp > '{start}';",
    "1. Tell us about yourself.",
    "2. How did you get involved?",
    "By Jane Doe (https://jane.example.org)",
)


#: lines of the shapes the fourteenth session's rules read (news pages, held-out sample 11)
SHAPES_FOURTEENTH_SESSION: tuple[str, ...] = (
    "Harbour authority orders 12 electric tugboats, will retire its diesel fleet by 2031",
    "Tidal power review - a slow start, a strong finish - Coastline Weekly",
    "Tidal power review – a slow start, a strong finish",
    "Harbour Stocks Fall After the Port Strike. Why Traders Are Not Worried.",
    "Everybody complains about the traffic. - A. Commuter",
    "(Reporting by Will Dunham; Editing by Tom Brown)",
    "Updated 2026-03-18",
    "Graph showing the sensor's readings over one night",
    "[Hackaday]",
    "(The delay is needed for two reasons: -",
    "in Sahih Al-Jami no. 178]",
    "Tags: home automation, sensors",
    "# One liner with a tool runner",
    "runner exec converter my-feedstock my_user",
    "$MANAGER create -n converter converter",
    "Flash params set to 0x0020",
    "REPL daemon started on ws://192.168.4.1:8266",
    "You may also like...",
    "Editor’s Picks",
    "requirements:",
    "  host:",
    "    - python",
)


SHAPES_ELEVENTH_SESSION: tuple[str, ...] = (
    "Key Points",
    "Tickets often sell out weeks ahead.",
    "Further Reading",
    "Forest Service: The Science of Autumn Colors",
    "https://example.net/owl-flight",
    "1: Okafor, N., & Lind, T. (2021). Listening to forests.",
    "Berg, H. et al. Automated song recognition.",
    "Coral Bleaching Explained | Marine Notes | What happens.",
    "Reef Projects - Blue Planet Blog - https://example.org/reef",
    "Title: Growing Tomatoes on a Balcony",
    "Headline: City Opens Its First Tool Library",
    "Reading time: 5 min read",
    "Published: 3 March 2025 | Updated: 9 March 2025",
    "Updated on 5 May 2025 \u00b7 8 min read",
    "Comments (4)",
    "Discussion about this post",
    "Did you find this guide useful?",
    "04:12",
    "Table of Contents",
    "\u2014 Dana Ruiz (@druiz) October 5, 2022",
    '(lldb) process attach --name "R" --waitfor',
    "\u276f lldb -w -n R",
)


def block_texts(art: ak.Article, kind: str | None = None) -> list[str]:
    """The texts of the article's top-level section blocks in order, of ``kind`` only when
    given ("code", "paragraph", …)."""
    return [b.text for s in art.sections for b in s.blocks if kind is None or b.kind == kind]


def compact(spaced: str) -> str:
    """The compact layout of a spaced article: one line a paragraph, no blank lines."""
    return spaced.replace("\n\n", "\n")


def in_layout(spaced: str, layout: str) -> str:
    """The article as written (``"spaced"``: blank lines between blocks) or ``"compact"``
    (no blank lines), for tests parametrized over the two layouts scrapers produce."""
    return spaced if layout == "spaced" else compact(spaced)


def parse_checked(text: str) -> ak.Article:
    """Parse ``text`` and check the invariants every parse keeps: every non-blank line
    accounted for once, every span inside the input."""
    art = ak.parse(text)
    assert_accounted(text, art)
    assert_spans_valid(text, art)
    return art


def headings(art: ak.Article) -> list[str]:
    """The texts of an article's headings, in order."""
    return [s.heading for s in art.iter_sections() if s.heading is not None]


def both_layouts(spaced: str) -> list[str]:
    """A spaced article and its compact layout, for tests that parametrize over both."""
    return [spaced, compact(spaced)]


def top_list_items(art: ak.Article) -> list[str]:
    """The texts of the top-level items of every list in an article's sections, in order."""
    return [
        item.text
        for s in art.iter_sections()
        for b in s.blocks
        if isinstance(b, ak.ListBlock)
        for item in b.items
    ]
