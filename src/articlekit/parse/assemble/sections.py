"""The body's sections: heading levels, nesting, lists, duplicates and links."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from typing import Final, cast

import regex

from articlekit.model import (
    Block,
    CodeBlock,
    Link,
    ListBlock,
    ListItem,
    Paragraph,
    ParseWarning,
    QuoteBlock,
    Section,
    Span,
    TableBlock,
)
from articlekit.parse.assemble.document import Doc, block_span, validate_paragraph, validate_section
from articlekit.parse.assemble.front import repeats_title
from articlekit.parse.assemble.specials import INNER_SENTENCE_END
from articlekit.parse.blocks import RawBlock
from articlekit.parse.codelike import RELEASE_HEADING, release_heading
from articlekit.parse.lines import STEP_HEADING, division_name, words_at_most
from articlekit.parse.special import near_duplicates
from articlekit.parse.text import EMOJI_SHORTCODES_END, names_a_change
from articlekit.parse.text.shapes import DASH_NUMBERED, EMOJI_START
from articlekit.parse.vocabulary import (
    CHANGE_KINDS,
    CLOSING_HEADING_PHRASES,
    CLOSING_HEADING_WORDS,
    FORWARD_POINTING_MIN_WORDS,
    FORWARD_POINTING_OPENINGS,
    FRONT_MATTER_HEADINGS,
    WH_WORDS,
)

#: an ALL-CAPS heading of one word of this many letters at most may be an acronym ("API",
#: "FAQ", "TL;DR"): such headings alone say nothing of a style of higher headings
ACRONYM_MAX_LETTERS: Final = 5


def _acronym(text: str) -> bool:
    words = text.split()
    return len(words) == 1 and sum(c.isalpha() for c in words[0]) <= ACRONYM_MAX_LETTERS


def _heading_levels(
    headings: list[RawBlock],
    parents: list[bool],
    announcers: list[bool],
    *,
    title_repeated: bool = False,
) -> list[int]:
    """Levels 1..n from the cues the text gives; one level when it gives none. ALL-CAPS
    headings sit above the others when the first uncued heading is one of them (a part
    opened in capitals, its sections in Title Case) and some of them are more than an
    acronym ("API" among "Upgrading" and "Changes" is one of them, "NOTES" beside
    "INTRODUCTION" is not), or when one of them with nothing under it heads a Title Case
    heading ("METHODS AND DATA" right above "Sampling Design"). Otherwise capitals after a
    Title Case heading are only another style. ``parents[k]``: heading k has no text of its
    own, heading k+1 follows it at once (see _nested_under_empty_headings).
    ``title_repeated``: the first heading repeats the title (see _repeated_title_heads_body)."""
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
    _nested_under_empty_headings(headings, parents, announcers, raw)
    _entries_under_their_heading(headings, raw)
    _emoji_parts_under_their_heading(headings, raw)
    if title_repeated:
        _repeated_title_heads_body(raw)
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
DIVISION_TIERS: Final = {"part": 0, "book": 0, "title": 1, "chapter": 2}


LOWEST_DIVISION_TIER: Final = 3


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


def _repeated_title_heads_body(raw: list[float]) -> None:
    """The page's title, then its headline repeated as the body's first heading (a scraper
    joins the ``<title>`` and the ``<h1>``): that heading is the page's one top heading,
    and every other heading sits under it, a level below where it would sit without it."""
    if len(raw) > 1 and raw[0] <= min(raw[1:]):
        raw[0] = min(raw[1:]) - 1


def _nested_under_empty_headings(
    headings: list[RawBlock], parents: list[bool], announcers: list[bool], raw: list[float]
) -> None:
    """ "Troubleshooting" with nothing under it, then "The agent exits with an error" and
    "Readings arrive late", each over its text: a heading right above another of the same
    rank heads the part the other opens, and the headings of that rank after it are its
    parts too, up to the next heading of that rank right above another (which starts the
    next part), a heading of a higher rank, a heading closing the article ("Conclusion",
    "Acknowledgements"; as its last heading, one asking the reader: see _closes_with_the_reader) or
    the next of a numbered series the empty heading opens ("Step 1. Pick topics" / … /
    "Step 2. Polish"); a heading right above numbered sections ("Five
    things" / "1. Documentation" / … / "5. Tests") heads them and no heading after them,
    text of its own or not ("How to retire early" / its paragraph / "1. Define your goal" /
    … / "9. Make a backup plan": see _opens_numbered_run). (Rendered blog posts show why:
    of two headings one right after the other, the second is nearly always a level below.)
    Not for a question put to the reader or one of a series of questions (see
    _empty_parent), for a line that only
    scored as a heading ("(Scott's note: …)", "note: this package was renamed") nor for a
    heading of a series the next one continues ("Article 2" right above "Article 3")."""
    scope: float | None = None
    series: str | None = None
    numbered = False  # the scope holds a run of numbered headings ("1. …", "2. …") only
    closing = False  # the scope's heading closes the article ("Conclusion")
    opened = -1  # the index of the scope's heading
    for k, h in enumerate(headings):
        if scope is not None and (
            raw[k] < scope
            or (
                raw[k] == scope
                and (
                    _closing_heading(h.text)
                    or _continues_series(h, series)
                    or (numbered and h.cue != "numbered")
                    or (not closing and _closes_with_the_reader(headings, k, opened))
                )
            )
        ):
            scope = None
        if _may_head_next(headings, raw, k) and (
            _empty_parent(headings, parents, raw, k)
            or _announced_parent(headings, announcers, raw, k)
            or _release_over_changes(headings, raw, k)
            or _opens_numbered_run(headings, raw, k)
        ):
            scope, series = raw[k], _series_word(h.text)
            numbered = headings[k + 1].cue == "numbered"
            closing, opened = _closing_heading(h.text), k
            continue
        if scope is not None and raw[k] == scope:
            raw[k] = scope + EMPTY_PARENT_STEP


def _may_head_next(headings: list[RawBlock], raw: list[float], k: int) -> bool:
    """What the four tests of a parent heading above (_empty_parent, _announced_parent,
    _release_over_changes, _opens_numbered_run) all ask first: an uncued or ALL-CAPS heading
    with a heading of its rank right after it. (Asked once: a text of Markdown headings,
    each cued "atx", is spared the four calls on every heading.)"""
    return headings[k].cue in (None, "caps") and k + 1 < len(headings) and raw[k + 1] == raw[k]


def _opens_numbered_run(headings: list[RawBlock], raw: list[float], k: int) -> bool:
    """ "Using the package" / its paragraph / "1. Cleaning" / "2. Filtering": an unnumbered
    heading followed by the first of a run of numbered headings ("1." alone, no "1.1"
    scheme) heads the run, text of its own or not: the run is the list of steps, tips or
    lessons the heading names (rendered posts nest such a run a level below it). Not a
    paper's "Abstract" above "1. Introduction" (FRONT_MATTER_HEADINGS)."""
    if k + 1 >= len(headings) or raw[k + 1] != raw[k]:
        return False
    h, nxt = headings[k], headings[k + 1]
    return (
        h.cue in (None, "caps")
        and nxt.cue == "numbered"
        and _first_of_a_numbered_run(nxt.text)
        and h.text.casefold().rstrip(":") not in FRONT_MATTER_HEADINGS
        and _reads_as_parent_heading(h.text)
    )


#: how the first heading of a run of numbered headings opens ("1. Install", not "1.1 Setup")
FIRST_OF_A_NUMBERED_RUN: Final = "1. "


def _first_of_a_numbered_run(text: str) -> bool:
    """ "1. Install", or "1 - Install" / "1- Install" (a series numbered with a dash)."""
    if text.startswith(FIRST_OF_A_NUMBERED_RUN):
        return True
    dashed = DASH_NUMBERED.fullmatch(text) if text[:1] == "1" else None
    return dashed is not None and dashed.group("num") == "1"


def _entries_under_their_heading(headings: list[RawBlock], raw: list[float]) -> None:
    """ "The releases" / "edge-24.7.5 (July 26, 2024)" / "edge-24.7.4 (July 25, 2024)",
    "Breaking Changes" / "Removed: app.getPath()" / "Deprecated: …": a run of headings that
    each name an entry of a changelog (a release, a change to an API) sits a level below the
    heading over the run, the section that lists them (as their pages give them). The run
    ends at the first heading that names no entry ("Installing the latest release")."""
    k = 1
    while k < len(headings):
        if (
            raw[k] != raw[k - 1]
            or headings[k].level is not None
            or not _names_an_entry(headings[k].text)
            or _names_an_entry(headings[k - 1].text)
        ):
            k += 1
            continue
        scope = raw[k]
        while (
            k < len(headings)
            and raw[k] == scope
            and headings[k].level is None
            and _names_an_entry(headings[k].text)
        ):
            raw[k] = scope + EMPTY_PARENT_STEP
            k += 1


def _emoji_parts_under_their_heading(headings: list[RawBlock], raw: list[float]) -> None:
    """ "Flux v0.26: more secure by default" / ":lock: Security enhancements" / ":rocket: New
    features": a run of two or more emoji-led headings under a plain one are the parts of
    that heading's release or news item (as release notes and digests set them), a level
    below it. An article whose every heading opens with an emoji has no such run."""
    led = [_emoji_led(h) for h in headings]  # (each heading asked once, not twice)
    if not any(led):
        return  # (most articles: no emoji-led heading, nothing to move)
    k = 1
    while k < len(headings):
        if raw[k] != raw[k - 1] or led[k - 1] or not led[k]:
            k += 1
            continue
        end = k
        while end < len(headings) and raw[end] == raw[k] and led[end]:
            end += 1
        if end - k >= EMOJI_PARTS_MIN:
            for j in range(k, end):
                raw[j] += EMPTY_PARENT_STEP
        k = end


#: emoji-led headings under a plain one are its parts when there are this many in a row
EMOJI_PARTS_MIN: Final = 2


def _emoji_led(h: RawBlock) -> bool:
    """Does an uncued heading open with an emoji or its shortcode (":lock: Security")?"""
    first = h.text[:1]
    return (
        h.level is None
        and (first == ":" or not first.isascii())
        and EMOJI_START.match(h.text) is not None
    )


def _names_an_entry(text: str) -> bool:
    return release_heading(text) or names_a_change(text)


def _closes_with_the_reader(headings: list[RawBlock], k: int, opened: int) -> bool:
    """ "Your thoughts?", "Want to help?", "See you next month!": the article's last heading
    asking or hailing the reader, after parts of the heading with nothing under it above
    them, closes the article, as "Conclusion" does; it is none of those parts. (Under a
    closing heading, "Conclusion" / "More soon!", it is one of that heading's parts (see the
    caller); right under its heading, "Money and savings" / "Can I sell electricity back?",
    its first part; after another question, the last of a run of questions, an FAQ's.)"""
    if k != len(headings) - 1 or k - 1 <= opened:
        return False
    mark = headings[k].text.rstrip()[-1:]
    return mark == "!" or (mark == "?" and not _question(headings[k - 1].text))


def _continues_series(h: RawBlock, series: str | None) -> bool:
    return series is not None and _series_word(h.text) == series


def _closing_heading(text: str) -> bool:
    """ "Conclusion", "Next Steps", "Get involved": a heading closing an article (not a kind
    of change, "Deprecations", which is a part of its release)."""
    folded = text[:40].casefold()
    words = _WORD.findall(folded)
    return (
        bool(words)
        and (words[0] in CLOSING_HEADING_WORDS or folded.startswith(CLOSING_HEADING_PHRASES))
        and folded.strip() not in CHANGE_KINDS
    )


def _series_word(text: str) -> str | None:
    """ "step" for "Step 1. Select topics", "chapter" for "Chapter 2: Growth", "problem" for
    "Problem 6: MsgPack is slow", "path" for "Path B: Bosnia": the name of a numbered or
    lettered series a heading belongs to; "release" for a changelog's "[1.4.0] - 2024-03-02"
    (each release holds its "Added", "Fixed" parts, and ends where the next release starts)."""
    if text[:1] in _RELEASE_FIRSTS and RELEASE_HEADING.fullmatch(text):
        return "release"
    if (name := division_name(text)) is not None:
        return name
    step = STEP_HEADING.match(text) or SERIES_HEADING.match(text)
    return step.group("word").casefold() if step else None


# "Problem 6: MsgPack is slow", "Path B: Bosnia", "Meal 2", "Day 3 - Vienna": a word and the
# number or letter of one heading in a series
SERIES_HEADING: Final = regex.compile(
    r"^(?P<word>\p{Lu}\p{L}{1,15})\s+(?:\d{1,3}|[A-Z])(?:\s*[:.\u2013\u2014-](?:\s|$)|$)"
)


_WORD: Final = regex.compile(r"\w+")

_RELEASE_FIRSTS: Final = frozenset("vVRr[0123456789")


def _reads_as_parent_heading(text: str) -> bool:
    """ "Troubleshooting", "METHODS AND DATA", "2019 Highlights": a heading as written,
    opening with a capital or a figure, short and ending on no sentence's or clause's mark
    ("(Scott's note: she's a great editor)", "-- attributed to Solomon Hykes", "note: this
    package was renamed" scored as headings, but read as remarks; so does a citation)."""
    if ":" in text[-2:]:  # (the pattern's last character: most headings skip it)
        text = EMOJI_SHORTCODES_END.sub("", text) or text  # ("Software :package:")
    words = text.split()
    first_word = words[0]
    if first_word[0] in _RELEASE_FIRSTS and _series_word(text) == "release":
        return True  # "[1.4.0] - 2024-03-02", "v3.2.0 (2024-06-01)" over "Added", "Fixed"
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
        and (_series_word(text) is not None or INNER_SENTENCE_END.search(text) is None)
        and not _program_text(text)
    )


def _program_text(text: str) -> bool:
    """A line of a program or of what it printed, which a scrape left between paragraphs:
    an SQL keyword alone ("UNION ALL" between two SELECTs), a result ("Result: NOTE",
    "Status: OK", "1: Yes" / "2: No" of a prompt's answers) or a message naming a file's path
    ("No changes required to /Users/ana/pkg/inst/WORDLIST"). It may read as a heading; it
    heads nothing."""
    return (
        _SQL_KEYWORD_LINE.fullmatch(text) is not None
        or _RESULT_LINE.fullmatch(text) is not None
        or _FILE_PATH.search(text) is not None
    )


# an SQL statement's keyword on a line of its own
_SQL_KEYWORD_LINE: Final = regex.compile(
    r"SELECT(?: DISTINCT)?|FROM|WHERE|UNION(?: ALL)?|INTERSECT|EXCEPT|GROUP BY|ORDER BY|HAVING"
)
# "Result: NOTE", "Status: OK", "Exit code: 1", "1: Yes": a key of a word or two (or an
# answer's number) and a value of one word in capitals, a number or an answer (a heading's
# subtitle after a colon is words: "Part 2: Growth", "Phase II: CMS", "Problem 6: MsgPack is
# slow")
_RESULT_LINE: Final = regex.compile(
    r"(?:\d{1,2}|\p{Lu}?\p{Ll}+(?: \p{Ll}+)?):\s+"
    r"(?:\p{Lu}[\p{Lu}\d_]+|\d[\d.,%]*|(?i:yes|no|true|false|ok|none|null|pass|fail))"
)
# an absolute path of two parts or more after a space: "/Users/ana/pkg/tests", "~/work/x.R",
# "C:/data/in.csv" (a URL's path follows "//" or a host, not a space)
_FILE_PATH: Final = regex.compile(r"(?:^|\s)(?:~|[A-Za-z]:)?/[\w.-]+/[\w.-]+")


# a copula or modal verb in the middle of a line: a sentence ("… is referred to as …", "…
# can be found in …"), rarely a heading with nothing under it; nor is an announcement ("16"
# MacBook Pro Now Available", "More details are available in GHSA-…")
_SENTENCE_VERB: Final = regex.compile(
    r"\s(?:is|are|was|were|can be|will be|has been|(?:now )?available)(?:\s|$)", regex.IGNORECASE
)


#: a heading over the parts that follow it runs this many words at most
PARENT_HEADING_MAX_WORDS: Final = 8


#: how far below its empty parent a nested heading sits (less than any cued step)
EMPTY_PARENT_STEP: Final = 0.125


def _empty_parent(headings: list[RawBlock], parents: list[bool], raw: list[float], k: int) -> bool:
    if not parents[k] or k + 1 >= len(headings) or raw[k + 1] != raw[k]:
        return False
    h, nxt = headings[k], headings[k + 1]
    # ("Five things" right above "1. Documentation": it heads the numbered sections, and
    # only them)
    if h.cue not in (None, "caps") or nxt.cue not in (None, "caps", "numbered"):
        return False
    # ("What's new?" right above "Driver changes" heads it; "Where do I start?" right above
    # "How long does it take?" is one of a series of questions whose answers were lost, and
    # "Are you ready to start?" a reader's question, which heads nothing)
    if _question(h.text) and (_question(nxt.text) or not _opens_parts_asking(h.text)):
        return False
    if not _reads_as_parent_heading(h.text.rstrip().removesuffix("?")):
        return False
    # "Problem 5: …" / "Problem 6: …" (or "Problem 5" / "See issue 7544" / "Problem 6"):
    # a series goes on, its headings are siblings
    series = _series_word(nxt.text)
    return series is None or series not in {_series_word(g.text) for g in headings[: k + 1]}


def _question(text: str) -> bool:
    return text.rstrip().endswith("?")


def _opens_parts_asking(text: str) -> bool:
    """ "What's new?", "How does it work?", "Why is the project ready to graduate?": a
    question asking what, how or why, which the parts under it answer (a yes-or-no question,
    "Are you ready to make it happen?", "Want to help?", asks the reader and heads nothing)."""
    first = _WORD.match(text.casefold())
    return first is not None and first.group() in WH_WORDS


def _announced_parent(
    headings: list[RawBlock], announcers: list[bool], raw: list[float], k: int
) -> bool:
    """A heading whose one sentence ends in a colon right above the next heading (see
    _announces_parts), when that one is no program's output: a question may open such parts
    too ("Why the new location?" / "We started on features people asked for:")."""
    if not announcers[k] or k + 1 >= len(headings) or raw[k + 1] != raw[k]:
        return False
    h, nxt = headings[k], headings[k + 1]
    return (
        h.cue in (None, "caps")
        and nxt.cue in (None, "caps")
        and _reads_as_parent_heading(h.text.rstrip().removesuffix("?"))
        # ("… and the check prints:" / "Result: NOTE": what a colon announces may be a
        # program's output, read as a heading; it opens no part)
        and not _program_text(nxt.text)
    )


def _release_over_changes(headings: list[RawBlock], raw: list[float], k: int) -> bool:
    """ "v3.1.0 (2024-04-20)" / "A release of small fixes only." / "Fixed": a changelog's
    release heads the kinds of change under it, text of its own or not."""
    if k + 1 >= len(headings) or raw[k + 1] != raw[k]:
        return False
    h, nxt = headings[k], headings[k + 1]
    return (
        h.cue in (None, "caps")
        and nxt.cue in (None, "caps")
        and nxt.text.casefold() in CHANGE_KINDS
        and _series_word(h.text) == "release"
    )


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
            validate_section(
                {
                    "heading": self.heading,
                    "level": self.level,
                    "heading_span": self.span,
                    "blocks": self.blocks,
                    "subsections": [c.freeze() for c in self.children],
                }
            ),
        )


def build_sections(doc: Doc) -> list[Section]:
    body = _drop_duplicates(doc, doc.body)
    headings = [b for b in body if b.kind == "heading"]
    title = None if doc.title is None else _folded(doc.title)  # (folded once, not per heading)
    parents = [
        k + 1 < len(body) and body[k + 1].kind == "heading" and not _repeats_title(b.text, title)
        for k, b in enumerate(body)
        if b.kind == "heading"
    ]
    # (the title repeated right under it, as the body's first block: see front.py)
    title_repeated = bool(
        doc.title
        and body
        and body[0].kind == "heading"
        and body[0].cue is None
        and repeats_title(doc.title, body[0].text)
    )
    announcers = [_announces_parts(body, k) for k, b in enumerate(body) if b.kind == "heading"]
    levels = dict(
        zip(
            map(id, headings),
            _heading_levels(headings, parents, announcers, title_repeated=title_repeated),
            strict=True,
        )
    )
    roots: list[_OpenSection] = []
    stack: list[_OpenSection] = []
    intro = _OpenSection(None, 1, None)
    k = 0
    while k < len(body):
        block = body[k]
        if block.kind == "heading":
            level = levels[id(block)]
            section = _OpenSection(block.text, level, block_span(block))
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


def _repeats_title(text: str, folded_title: str | None) -> bool:
    """ "Introducing runes" with nothing under it, in a post titled "Introducing runes": the
    title again (a video's caption, a page's repeated headline); it heads nothing.
    ``folded_title``: the title as _folded gives it."""
    return folded_title is not None and _folded(text) == folded_title


def _folded(text: str) -> str:
    """A line compared with the title: white space collapsed, case folded."""
    return " ".join(text.split()).casefold()


def _announces_parts(body: list[RawBlock], k: int) -> bool:
    """ "Why the new location?" / "We started on features people asked for:" / "An official
    URL" / "Edge caching": a heading whose only text is one sentence ending in a colon, right
    above another heading, announces the parts that follow; it heads them as a heading with
    nothing under it would. So does a heading whose paragraphs end on a sentence pointing at
    what follows ("Major changes" / "… Here are the ones you will notice." / "Faster
    startup")."""
    if k + 2 >= len(body) or body[k + 1].kind != "paragraph":
        return False
    if (
        body[k + 1].text.rstrip().endswith(":")
        # (one sentence: "Today is our anniversary. The community embraced it:" over a
        # tweet's caption speaks of the embed, not of parts)
        and INNER_SENTENCE_END.search(body[k + 1].text) is None
        and body[k + 2].kind == "heading"
    ):
        return True
    end = k + 1
    while end < len(body) and body[end].kind == "paragraph":
        end += 1
    return end < len(body) and body[end].kind == "heading" and _points_ahead(body[end - 1].text)


def _points_ahead(paragraph: str) -> bool:
    """ "… Here is a list of the key new capabilities.": the paragraph's last sentence opens
    with a phrase pointing at what follows (FORWARD_POINTING_OPENINGS), is no question and
    lists nothing itself ("The following packages were updated: a (v1.0), b (v2.1)." names
    its items inline; the headings after it are not among them)."""
    text = paragraph.rstrip()
    if not text.endswith("."):
        return False
    starts = [m.end() - 1 for m in INNER_SENTENCE_END.finditer(text)]
    last = text[starts[-1] :] if starts else text
    return (
        last.casefold().startswith(FORWARD_POINTING_OPENINGS)
        and ":" not in last
        and not words_at_most(last, FORWARD_POINTING_MIN_WORDS - 1)
    )


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
        out.append(CodeBlock(text=block.text, language=block.language, span=block_span(block)))
    elif block.kind == "table":
        out.append(TableBlock(rows=block.rows, span=block_span(block)))
    elif block.kind == "quote":
        out.append(
            QuoteBlock(
                blocks=[Paragraph(text=block.text, span=block_span(block))], span=block_span(block)
            )
        )
    else:
        span = {"start": block.start, "end": block.end}
        out.append(validate_paragraph({"text": block.text, "span": span}))
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
                span=block_span(item),
            )
        )
    return out, k


def _drop_duplicates(doc: Doc, body: list[RawBlock]) -> list[RawBlock]:
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
                span=block_span(later),
            )
        )
        if doc.options.drop_duplicates:
            doc.remove(later, "duplicate", f"repeats the paragraph at offset {earlier.start}")
            dropped.add(id(later))
    return [b for b in body if id(b) not in dropped] if dropped else body


def collect_links(body: list[RawBlock]) -> list[Link]:
    # validated as Link(...) validates, in one call per link, span and all: a line of links
    # makes a Link per few characters, and BaseModel.__init__ and a second call for the Span
    # were a third of their cost
    validate = Link.__pydantic_validator__.validate_python
    return [
        validate({"text": text, "url": url, "span": {"start": start, "end": end}})
        for block in body
        for text, url, start, end in block.links
    ]
