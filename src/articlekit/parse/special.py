"""Small extractors for the special sections: names, remnants, tags, reference items,
related-article teasers and near-duplicate paragraphs. Pure functions on strings; the
assembler decides where they apply."""

from __future__ import annotations

import functools
import operator
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Final

import regex

from articlekit.options import SECTION_PREFIX_MAX_WORDS, ParseOptions, SpecialKind
from articlekit.parse.lines import PAGINATION, TERMINAL, may_paginate
from articlekit.parse.links import URL, trim_url
from articlekit.parse.vocabulary import (
    BADGE_MIN_STRONG,
    BADGE_STRONG_WORDS,
    BADGE_WORDS,
    CLICK_HERE_ENDINGS,
    DUPLICATE_STOPWORDS,
    ENGAGEMENT_WORDS,
    SHARE_BAR_WORDS,
)

#: normalised names remembered: a short line is asked about several times while an article
#: is routed (contents, UI remnant, special section), and names recur across articles
NAME_CACHE_SIZE: Final = 4096

# Decoration around a heading or label: "## Sources ##", "**Tags:**", "=== Summary ===".
# The trailing run is searched backwards (REVERSE): a forward search for ``[...]+$`` would
# restart inside every run of these characters that is not at the end, O(n^2) on ":::...x".
_LEADING_DECOR: Final = regex.compile(r"[#*_=\s]++")
# (a trailing ellipsis too: "You may also like...", "Read more…")
_TRAILING_DECOR: Final = regex.compile(r"[#*_=\s:\uff1a.\u2026]+$", regex.REVERSE)
# their characters but white space (and "in" is True for an empty string: the patterns decide)
_DECOR: Final = "#*_="
_DECOR_TRAILING: Final = "#*_=:\uff1a.\u2026"


def strip_decoration(text: str) -> str:
    """``text`` without leading ``#*_=`` / white space and trailing ``#*_=:.…`` / white
    space (linear time on any input)."""
    # (each pattern is tried only when the end it strips shows decoration: most names don't)
    if text[:1] in _DECOR or text[0].isspace():
        m = _LEADING_DECOR.match(text)
        if m:
            text = text[m.end() :]
    if text[-1:] in _DECOR_TRAILING or text[-1].isspace():
        m = _TRAILING_DECOR.search(text)
        if m:
            text = text[: m.start()]
    return text


@functools.lru_cache(maxsize=NAME_CACHE_SIZE)
def normalize_name(text: str) -> str:
    """A heading or label as a vocabulary key: NFKC, lower case, a typographic apostrophe
    as "'", decoration and a trailing colon removed, inner white space collapsed."""
    text = unicodedata.normalize("NFKC", text).replace("\u00a0", " ")
    if "\u2019" in text:
        text = text.replace("\u2019", "'")  # "Editor’s Picks" as "Editor's Picks"
    return _single_spaced(strip_decoration(text)).casefold()


def _single_spaced(text: str) -> str:
    """``" ".join(text.split())``: every run of white space one space, the ends stripped.
    Most lines are so already (a paragraph is asked whether it names a table of contents):
    printable text holds no white space but " ", so without "  " and a space at an end it
    is its own result, found in two C scans without splitting it into words."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


@dataclass(frozen=True)
class _Vocabulary:
    """A ParseOptions' vocabularies as lookups: name -> special kind, and remnant lines."""

    kinds: dict[str, SpecialKind]
    remnants: frozenset[str]
    prefixes: tuple[tuple[str, SpecialKind], ...]  # ("more from ", "related"), …
    prefix_names: tuple[str, ...]  # ("more from ", …)
    #: the UI remnant prefixes by their first character (a line is tried on a few of them,
    #: not on them all); the empty prefix, which every line starts with, in every entry
    remnant_prefixes: dict[str, tuple[str, ...]]
    remnant_prefixes_any: tuple[str, ...]  # the prefixes for a first character not listed
    remnant_firsts: frozenset[str]  # the first words of the remnants
    #: is_ui_remnant's answers so far, by line: an article asks about a short line in
    #: several passes (front matter, lists, routing), and pages repeat their furniture
    remnant_answers: dict[str, bool] = field(default_factory=dict)


# Options are immutable, so their lookups are built once per options object (kept alive
# here with it, so that an id is never reused while its entry lives).
_VOCABULARIES: dict[int, tuple[ParseOptions, _Vocabulary]] = {}
_VOCABULARIES_MAX: Final = 16


def _vocabulary(options: ParseOptions) -> _Vocabulary:
    hit = _VOCABULARIES.get(id(options))
    if hit is not None and hit[0] is options:
        return hit[1]
    kinds: dict[str, SpecialKind] = {}
    for kind, names in options.section_names.items():
        for name in names:
            kinds.setdefault(name, kind)  # a name in two lists: the first kind, as before
    prefixes = tuple(
        (prefix.strip().casefold() + " ", kind)
        for kind, names in options.section_prefixes.items()
        for prefix in names
        if prefix.strip()
    )
    remnants = frozenset(options.ui_remnants)
    firsts = frozenset(r.split(" ", 1)[0] for r in remnants)
    vocabulary = _Vocabulary(
        kinds,
        remnants,
        prefixes,
        tuple(p for p, _ in prefixes),
        *_by_first_character(options.ui_remnant_prefixes),
        firsts,
    )
    if len(_VOCABULARIES) >= _VOCABULARIES_MAX:
        _VOCABULARIES.clear()  # (atomic: safe with threads parsing at once)
    _VOCABULARIES[id(options)] = (options, vocabulary)
    return vocabulary


def _by_first_character(
    prefixes: tuple[str, ...],
) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """The prefixes each first character may open, and those any other may (the empty one)."""
    empty = tuple(p for p in prefixes if not p)
    by_first: dict[str, list[str]] = {}
    for prefix in prefixes:
        if prefix:
            by_first.setdefault(prefix[0], []).append(prefix)
    return {first: (*names, *empty) for first, names in by_first.items()}, empty


#: no name of a special section is longer than this (after normalisation)
SECTION_NAME_MAX_CHARS: Final = 60


def special_kind(text: str, options: ParseOptions) -> SpecialKind | None:
    """Which special section a heading or label line names, if any."""
    if len(text) > SECTION_NAME_MAX_CHARS * 2:
        return None  # no vocabulary name is this long, decoration or not
    name = normalize_name(text)
    if not name or len(name) > SECTION_NAME_MAX_CHARS:
        return None
    vocabulary = _vocabulary(options)
    kind = vocabulary.kinds.get(name)
    if (
        kind is None
        and name.startswith(vocabulary.prefix_names)  # (one C call before the loop over them)
        and name.count(" ") < SECTION_PREFIX_MAX_WORDS
    ):
        kind = next((k for prefix, k in vocabulary.prefixes if name.startswith(prefix)), None)
    if kind is None and (" and " in name or "&" in name):
        kind = _joined_names(name, vocabulary)
    return kind


_NAME_JOINER: Final = regex.compile(r"\s*(?:&|\band\b)\s*")


def _joined_names(name: str, vocabulary: _Vocabulary) -> SpecialKind | None:
    """ "Sources and further reading", "References & Further Reading": two names of one
    kind joined are a name of that kind. (A comma joins words of a heading as often:
    "Resources, links" over an author's list stays a section.)"""
    kinds = {vocabulary.kinds.get(part) for part in _NAME_JOINER.split(name)}
    if len(kinds) == 1:
        return kinds.pop()  # (None when a part is no name)
    return None


#: at most this many answers of is_ui_remnant are remembered per vocabulary (a line asked
#: about is short: a few MB at most)
REMNANT_ANSWERS_MAX: Final = 16_384


def forget_remnant_answers() -> None:
    """Start an article with no answers remembered (so each parse costs the same, cold)."""
    for _, vocabulary in list(_VOCABULARIES.values()):
        vocabulary.remnant_answers.clear()


def is_ui_remnant(text: str, options: ParseOptions) -> bool:
    """Is this whole line a leftover of the page's interface ("Off On", "Share this")?"""
    if len(text) > options.remnant_max_chars * 2:
        return False
    vocabulary = _vocabulary(options)
    answers = vocabulary.remnant_answers
    answer = answers.get(text)
    if answer is None:
        if len(answers) >= REMNANT_ANSWERS_MAX:
            answers.clear()  # (atomic: safe with threads parsing at once)
        answer = answers[text] = _is_ui_remnant(text, options, vocabulary)
    return answer


def _is_ui_remnant(text: str, options: ParseOptions, vocabulary: _Vocabulary) -> bool:
    name = " ".join(unicodedata.normalize("NFKC", text).split()).casefold()
    if not name or len(name) > options.remnant_max_chars:
        return False
    remnants = vocabulary.remnants
    if name in remnants or name.rstrip(" .:!") in remnants:
        return True
    if _has_remnant_prefix(name, vocabulary):
        return True
    if name.endswith(CLICK_HERE_ENDINGS):
        return True  # "Get the app on the go by clicking here": a link between paragraphs
    if name[0] in "[(" and name[-1] in "])" and _has_remnant_prefix(name[1:], vocabulary):
        return True  # "[Related: Dreamforce keynote]": a link set in brackets between paragraphs
    if "read" in name and _READING_TIME.fullmatch(name):
        return True
    if name[0].isdigit() and (
        _ENGAGEMENT_COUNT.fullmatch(name) or _SHORT_COUNT.fullmatch(name) or name in _PLAYER_START
    ):
        return True  # "142 Likes", "6 Restacks", "1.2k" under a post; a player's "00:00"
    if text[:1] in "IPM" and _LABELLED_CAPTION.match(text):
        return True  # "Image caption: Empty shops on Market Street." (not "image: /a.jpg")
    if name[0] == "[" and _BRACKETED_MEDIA.fullmatch(name):
        return True  # "[Image: Houses on the river at sunset]", "[photo]": an image's stand-in
    if name[0].isdigit() and _FOUND_HELPFUL.fullmatch(name):
        return True  # "12 out of 15 found this helpful": a help page's vote
    if may_paginate(name[0]) and PAGINATION.fullmatch(name):
        return True  # "Page 1 of 3", "1 2 3 Next »", "« Previous 1 2 3 Next »"
    if name[0] == "r" and _COMMUNITY.fullmatch(name):
        return True  # "r/gardening": the forum a post was scraped from, above its title
    if name.startswith("follow ") and _FOLLOW_ON.fullmatch(name):
        return True  # "Follow Hannah Cole on Twitter"
    if name.startswith(_ACTIVITY_WORDS) and _ACTIVITY.fullmatch(name):
        return True  # "Asked 2 years, 3 months ago", "Viewed 14k times": a forum's counters
    if name.startswith("thanks for reading") and "subscribe" in name:
        return True  # a newsletter's closing call to subscribe
    if "inbox" in name and _NEWSLETTER_PITCH.search(name) and _NEWSLETTER_OFFER.search(name):
        return True  # "Get the latest local news delivered to your inbox."
    if len(name) <= SEPARATOR_MAX_CHARS and not any(c.isalnum() for c in name):
        return True  # "·", "--", "***": a separator left from the page's layout
    first = name.split(" ", 1)[0]  # (the three checks below are settled by it on most lines)
    if _is_share_bar(name, first, remnants) or _is_badge_row(name, first):
        return True
    if _remnant_sequence(name, first, vocabulary):
        return True
    if "|" not in name and "\u00b7" not in name and "\u2022" not in name:
        return False
    # a bar of short links, most of them furniture: "Privacy Policy | Terms of Use | Contact"
    parts = [part.strip(" .") for part in _NAV_SEPARATOR.split(name)]
    furniture = sum(part in remnants for part in parts)
    return (
        len(parts) >= 2
        and furniture * 2 >= len(parts)
        and all(len(part.split()) <= NAV_PART_MAX_WORDS for part in parts)
    )


def _has_remnant_prefix(name: str, vocabulary: _Vocabulary) -> bool:
    """``name.startswith(options.ui_remnant_prefixes)``."""
    prefixes = vocabulary.remnant_prefixes.get(name[:1], vocabulary.remnant_prefixes_any)
    return name.startswith(prefixes)


def _is_badge_row(name: str, first: str) -> bool:
    """ "Build status Coverage PyPI version License: MIT": the alt texts of a README's
    badges, every word a badge word and two of them strong ones."""
    if first.strip(":,|") not in BADGE_WORDS:
        return False  # most lines: the first word settles it
    words = [w.strip(":,|") for w in name.split()]
    return (
        len(words) >= BADGE_MIN_WORDS
        and sum(w in BADGE_STRONG_WORDS for w in words) >= BADGE_MIN_STRONG
        and all(w in BADGE_WORDS or not w for w in words)
    )


#: a badge row shows three words at least ("CRAN version downloads")
BADGE_MIN_WORDS: Final = 3


def _is_share_bar(name: str, first: str, remnants: frozenset[str]) -> bool:
    """ "Facebook Twitter Email", "Share Tweet Print": the buttons of a share bar, every
    word of them a UI remnant on its own or a share target."""
    first = first.rstrip(",")
    if " " not in name or (first not in remnants and first not in SHARE_BAR_WORDS):
        return False  # most lines: the first word settles it
    words = name.replace(",", " ").split()
    return all(w in remnants or w in SHARE_BAR_WORDS for w in words)


#: the longest remnant phrase looked for inside a line, in words
REMNANT_MAX_WORDS: Final = 6


def _remnant_sequence(name: str, first: str, vocabulary: _Vocabulary) -> bool:
    """ "Jump to Recipe Print Recipe" (two buttons side by side), "Did you make this recipe?
    Leave a comment below!" (two calls to action): a line that is remnants one after the
    other, word for word."""
    if first not in vocabulary.remnant_firsts:
        return False  # most lines: the first word settles it
    words = name.split()
    if len(words) < 2:
        return False
    remnants = vocabulary.remnants
    # reachable[i]: words[:i] is a run of remnants
    reachable = [True] + [False] * len(words)
    for i in range(len(words)):
        if not reachable[i]:
            continue
        for j in range(i + 1, min(len(words), i + REMNANT_MAX_WORDS) + 1):
            part = " ".join(words[i:j])
            if part in remnants or part.rstrip(" .:!,") in remnants:
                reachable[j] = True
    return reachable[-1]


#: a line of punctuation this short ("·", "--") is a separator of the page's layout
SEPARATOR_MAX_CHARS: Final = 5
_FOLLOW_ON: Final = regex.compile(
    r"follow (?:\S+ ){1,4}on (?:twitter|x|facebook|instagram|linkedin|mastodon|bluesky|threads"
    r"|tiktok|youtube|substack|medium)"
)
# "1.2k", "3M": a count shortened as a page's buttons show it (a bare "12" may be data)
_SHORT_COUNT: Final = regex.compile(r"\d{1,3}(?:[.,]\d)?[km]")
# "00:00", "04:12", "1:02:45 / 3:10:00": the clock and length of an audio or video player.
# Alone, only a player's start is furniture ("10:30" may be a time in a programme); under
# "Listen to this article" each such line is (see is_media_time)
_MEDIA_TIME: Final = regex.compile(r"\d{1,2}:\d\d(?::\d\d)?(?: ?/ ?\d{1,2}:\d\d(?::\d\d)?)?")
# "Image caption: Empty shops …", "Image: A flooded street …": a caption under its label
_LABELLED_CAPTION: Final = regex.compile(r"(?:Image|Picture|Photo|Media)(?: caption)?: \p{Lu}")
# "[image]", "[Photo: A heron on the weir]": the stand-in a scraper leaves for an image
_BRACKETED_MEDIA: Final = regex.compile(
    r"\[(?:image|picture|photo|figure|video|media)(?: caption)?(?:: [^\[\]]+)?\]"
)
# "12 out of 15 found this helpful", "34 people found this helpful"
_FOUND_HELPFUL: Final = regex.compile(
    r"\d[\d,]*+(?: out of \d[\d,]*+)?(?: people| readers| customers)?"
    r" found this (?:helpful|useful)\.?"
)
_PLAYER_START: Final = frozenset({"0:00", "00:00", "0:00 / 0:00", "00:00 / 00:00"})


def is_media_time(text: str) -> bool:
    """ "04:12", "0:00 / 3:41": a line of a media player's clock."""
    return _MEDIA_TIME.fullmatch(text.strip()) is not None


_COMMUNITY: Final = regex.compile(r"r/[a-z0-9_]{2,21}")
_ACTIVITY_WORDS: Final = (
    "asked ",
    "modified ",
    "viewed ",
    "edited ",
    "active ",
    "posted ",
    "updated ",
    "answered ",
)
_ACTIVITY: Final = regex.compile(
    r"(?:asked|modified|viewed|edited|active|posted|updated|answered)"
    r" (?:\d[\d,.]*k? times|(?:\d+|an?) \w+(?:, \d+ \w+)? ago|today|yesterday)"
)
# a sign-up box's pitch: news "delivered (straight) to your inbox", "right in your inbox"
_NEWSLETTER_PITCH: Final = regex.compile(
    r"(?:delivered|sent|straight|direct|directly|right) (?:straight |directly |right )?"
    r"(?:to|in|into) your inbox"
)
# ... and what it offers: a sentence of an article about e-mail ("Phishing mail is often
# delivered to your inbox") offers nothing
_NEWSLETTER_OFFER: Final = regex.compile(
    r"^(?:get|receive|sign up|subscribe|join)\b|\b(?:newsletter|latest|best|stories|news|"
    r"headlines|updates|weekly|daily|every (?:week|morning|day|friday))\b"
)
# "6 min read", "Reading time: 6 min", "Estimated reading time: 6 minutes", "6-minute read"
#: a reading time's length: "6 min", "4-minute", "12 minutes"
READING_MINUTES: Final = r"\d{1,3}[- ]?(?:min|mins|minutes?)"
_READING_TIME: Final = regex.compile(
    rf"(?:estimated )?read(?:ing)? time:? ?(?:about |approx\. |~ ?)?{READING_MINUTES}\.?(?: read)?"
    rf"|{READING_MINUTES} read"
)
_ENGAGEMENT_COUNT: Final = regex.compile(
    r"\d[\d,.]{0,8}[km]? (?:" + "|".join(map(regex.escape, ENGAGEMENT_WORDS)) + ")"
)
#: the links of a navigation bar are a few words each
NAV_PART_MAX_WORDS: Final = 4
_NAV_SEPARATOR: Final = regex.compile(r"\s+[|\u00b7\u2022]\s+")


# --------------------------------------------------------------------------- tags

# (with the ideographic and full-width commas, and the Arabic comma and semicolon)
_TAG_SPLIT: Final = regex.compile(
    r"\s*[,;|\u3001\uff0c\u060c\u061b]\s*|\s+[\u00b7\u2022]\s+|\s+/\s+"
)
_HASHTAG: Final = regex.compile(r"(?<![\w#])#(\p{L}[\p{L}\p{N}_-]*)")
_HASHTAG_LINE: Final = regex.compile(r"^(?:#\p{L}[\p{L}\p{N}_-]*[\s,]*)+$")


def split_tags(value: str) -> list[str]:
    """ "a, b; c" -> ["a", "b", "c"]; a value made of hashtags -> their names."""
    value = value.strip().rstrip(".")
    if is_hashtag_line(value):
        return [m.group(1) for m in _HASHTAG.finditer(value)]
    parts = [p.strip().strip("\"'").lstrip("#").strip() for p in _TAG_SPLIT.split(value)]
    return [p for p in parts if p]


def is_hashtag_line(text: str) -> bool:
    return "#" in text and bool(_HASHTAG_LINE.match(text.strip()))


def dedupe_tags(tags: Iterable[str]) -> list[str]:
    """Source order, first spelling wins, case-insensitive duplicates dropped."""
    seen: set[str] = set()
    out: list[str] = []
    for tag in tags:
        key = " ".join(tag.split()).casefold()
        if key and key not in seen:
            seen.add(key)
            out.append(" ".join(tag.split()))
    return out


# --------------------------------------------------------------------------- references

# "Title - Source - Description", with a dash or a bar ("Title | Source | Description")
_DASH_SPLIT: Final = regex.compile(r"\s+[-\u2013\u2014|]\s+")
_TITLE_URL: Final = regex.compile(
    r"^(?P<title>.+?)\s*(?P<sep>[:\u2013\u2014-]\s+|\(\s*)(?P<url>" + URL.pattern + r")\s*\)?\s*$"
)
_MD_LINK: Final = regex.compile(
    r"^\[(?P<title>[^\]]+)\]\((?P<url>[^)\s]+)\)\s*(?:[-\u2013\u2014:]\s*(?P<rest>.*))?$"
)
#: what follows a linked title before its source / description
_LEADING_SEP: Final = regex.compile(r"\s*[-\u2013\u2014:]\s+")
SOURCE_MAX_WORDS: Final = 5
SOURCE_MAX_CHARS: Final = 40


def _source_like(part: str) -> bool:
    return (
        0 < len(part) <= SOURCE_MAX_CHARS
        and len(part.split()) <= SOURCE_MAX_WORDS
        and not part.endswith(".")
        and not URL.match(part)
    )


def parse_reference(
    text: str, links: Sequence[tuple[str, str, int, int]] = ()
) -> tuple[str, str | None, str | None, str | None]:
    """Split a reference item into (title, source, description, url).

    Shapes: "Title - Source - Description", "Title — Source", "Title (https://…)",
    "Title: https://…", "[Title](https://…)", a bare URL. The separators inside the title
    and the description are kept as written ("a — b" stays "a — b"); a URL taken out of
    the text leaves no empty "()" or double space behind.

    ``links`` are the links a front end found in the item (``RawBlock.links``). When the
    item starts with a link that is markup, not text (a Markdown ``[Title](url)``, an HTML
    ``<a href>``: its URL is not one the item's text shows), that link is the title and its
    URL the reference's URL, whatever URLs the title itself shows; the rest of the item is
    " - Source - Description".

    Example:
        >>> parse_reference("Guide \u2014 Example Press \u2014 How it works \u2014 in short")
        ('Guide', 'Example Press', 'How it works \u2014 in short', None)
        >>> item = "Notes (see https://a.org) - Blog"
        >>> parse_reference(item, [("Notes (see https://a.org)", "https://b.org", 0, 25)])
        ('Notes (see https://a.org)', 'Blog', None, 'https://b.org')
    """
    text = text.strip()
    anchor = _anchor(text, links)
    if anchor is not None:
        linked = _linked_reference(text, *anchor)
        if linked is not None:
            return linked
    md = _MD_LINK.match(text)
    if md:
        rest = (md.group("rest") or "").strip() or None
        return md.group("title").strip(), rest, None, md.group("url")
    whole = URL.fullmatch(text)
    if whole:
        bare = trim_url(text)
        return bare, None, None, bare
    m = _TITLE_URL.match(text)
    if m:
        before = m.group("title").strip().rstrip(":").strip()
        if m.group("sep")[0] in "-\u2013\u2014":
            # "Title - Source - https://…": the parts before the URL as in any other item
            # ("Title - Subtitle: https://…" is one title)
            return (*_split_parts(before, title_known=False), trim_url(m.group("url")))
        return before, None, None, trim_url(m.group("url"))
    url: str | None = None
    found = URL.search(text)
    if found:
        url = trim_url(found.group())
        head, tail = text[: found.start()], text[found.start() + len(url) :]
        if _cuttable(head, tail):
            text = _join_cut(head, tail).strip(" -\u2013\u2014:()")
    elif anchor is not None:
        url = anchor[1]
    title, source, description = _split_parts(text, title_known=False)
    return title, source, description, url


def _anchor(text: str, links: Sequence[tuple[str, str, int, int]]) -> tuple[str, str] | None:
    """The item's first link with a text of its own, as (link text, url), when it is markup:
    its URL is not one the item's text shows after the link text (the text front end takes
    its links from the text: "Title (https://…)"), though the link text itself may show it.
    """
    first = next(((t, u) for t, u, _s, _e in links if t and t != u), None)
    if first is None:
        return None
    label, url = first
    offset = len(label) if text.startswith(label) else 0
    for m in URL.finditer(text, offset):
        shown = trim_url(m.group())
        if shown == url or "http://" + shown == url:
            return None
    return first


def _linked_reference(
    text: str, title: str, url: str
) -> tuple[str, str | None, str | None, str | None] | None:
    """ "Title - Source - Description" whose title is the link ``title`` → ``url``; None when
    the item does not start with the link or the link is not followed by a separator."""
    if not text.startswith(title):
        return None
    rest = text[len(title) :]
    if not rest.strip():
        return title, None, None, url
    sep = _LEADING_SEP.match(rest)
    if sep is None:
        return None
    _title, source, description = _split_parts(rest[sep.end() :], title_known=True)
    return title, source, description, url


def _split_parts(text: str, title_known: bool) -> tuple[str, str | None, str | None]:
    """ "Title - Source - Description" → (title, source, description); with ``title_known``
    the text is "Source - Description" (the title is elsewhere, returned as "")."""
    seps = list(_DASH_SPLIT.finditer(text))
    if not seps:
        if not title_known:
            return text, None, None
        rest = text.strip()
        return ("", rest, None) if _source_like(rest) else ("", None, rest or None)
    bounds = [0, *(x for m in seps for x in (m.start(), m.end())), len(text)]
    parts = [text[bounds[i] : bounds[i + 1]] for i in range(0, len(bounds), 2)]
    for k in range(0 if title_known else 1, len(parts)):
        if _source_like(parts[k]):
            title = text[: seps[k - 1].start()].strip() if k else ""
            description = text[seps[k].end() :].strip() if k < len(seps) else ""
            return title, parts[k].strip(), description or None
        if title_known:
            break  # after a known title the source comes first
    if title_known:
        return "", None, text.strip() or None
    return parts[0].strip(), None, text[seps[0].end() :].strip() or None


def _cuttable(head: str, tail: str) -> bool:
    """May the URL between ``head`` and ``tail`` be taken out of the item's text? Only when
    it stands apart and ends the title's words ("Title (URL) - Source", "Title: URL"): cut
    out of the middle of a phrase, or of a word, it would leave a title the text never
    shows."""
    if head and head[-1].isalnum():
        return False  # glued to a word: "Bhttp://…"
    if tail[:1] == ":":
        return False  # "Step http://3: Do It": a colon glued to it joins the words around it
    rest = tail.lstrip()
    if head.rstrip().endswith("(") and rest.startswith(")"):
        rest = rest[1:]
    return not rest.strip() or rest.lstrip()[:1] in ",;" or _LEADING_SEP.match(rest) is not None


def _join_cut(head: str, tail: str) -> str:
    """``head`` + ``tail`` where a URL was cut out between them: "(URL)" leaves no empty
    parentheses, and one space at most is left at the cut."""
    head, tail = head.rstrip(), tail.lstrip()
    if head.endswith("(") and tail.startswith(")"):
        head, tail = head[:-1].rstrip(), tail[1:].lstrip()
    if not head or not tail:
        return head + tail
    return head + ("" if tail[0] in ",.;:!?)" else " ") + tail


def looks_like_reference(text: str) -> bool:
    """Does a non-bulleted line inside a references section look like an entry?"""
    return bool(
        URL.search(text) or _DASH_SPLIT.search(text) or _MD_LINK.match(text) or _DOI.search(text)
    )


# a work cited by its DOI ("Nature Microbiology, 2025; DOI: 10.1038/s41564-025-0001-x")
_DOI: Final = regex.compile(r"\b10\.\d{4,9}/[^\s\\]++")

# the authors a citation opens with: "Clinton, V.", "Carslaw, H. S.", "Clinton V." and "Smith J,"
# (Vancouver), "Clinton, Virginia." (Chicago), "van der Berg, A."; not "Research Review, 25"
AUTHOR_OPENING: Final = regex.compile(
    r"(?:(?:van|von|de|der|den|da|di|du|le|la)\s)*+\p{Lu}[\p{L}'\u2019-]*+"
    r"(?:,\s(?:\p{Lu}\.\s?){1,3}|,\s\p{Lu}\p{Ll}+(?:\s\p{Lu}\.)?[.,]|\s\p{Lu}{1,2}[.,])"
)
# the year of the work cited after its authors: "(2019)", "(2019a)", "2019;42(2)", ". 2019."
_CITATION_YEAR: Final = regex.compile(r"(?<![\d/.-])(?:1[5-9]|20)\d\d[a-z]?(?=[);.,:])")


def reads_as_citation(text: str) -> bool:
    """A work cited by its authors, then its year: "Carslaw, H. S. (1959). Conduction of Heat
    in Solids. Oxford: Clarendon Press.", "Smith J, Doe A. Title. Journal. 2021;12(3):45-67.",
    "Smith, John. 2019. Title. Chicago: Press." (Prose opens with no initials after a name.)"""
    opening = AUTHOR_OPENING.match(text)
    return opening is not None and _CITATION_YEAR.search(text, opening.end()) is not None


# --------------------------------------------------------------------------- related

#: related-article titles are short; teasers are not
RELATED_TITLE_MAX_WORDS: Final = 25


def is_truncated(teaser: str) -> bool:
    """A teaser cut off by the site: it does not end like a sentence, or ends in "…"."""
    t = teaser.rstrip()
    if t.endswith(("...", "\u2026", "[\u2026]", "[...]")):
        return True
    core = t.rstrip("\"'\u201d\u2019)]")
    return not core or core[-1] not in TERMINAL


# --------------------------------------------------------------------------- duplicates

# A content word: a letter then letters, digits, apostrophes and hyphens, or a number.
# Words of two characters or fewer are never stems, so the patterns only match words of
# three or more ("{2,}", "{3,}"): the short ones are not made into strings to be dropped.
# (A short word cannot hide a longer match inside it: the character after it is one no
# word of its kind continues with.) Both patterns are linear.
_TOKEN: Final = regex.compile(r"\p{L}[\p{L}\p{N}'\u2019-]{2,}|\p{N}{3,}")
# the same on ASCII text, where the standard library's engine finds them about twice as fast
_ASCII_TOKEN: Final = re.compile(r"[a-z][a-z0-9'-]{2,}|[0-9]{3,}")
# ... and on text whose only other characters are typographic punctuation and spaces, none
# of them a letter or a digit (curly quotes, dashes, an ellipsis, a no-break space: seven in
# ten of the corpora's paragraphs that are not ASCII), where \p{L} and \p{N} can only meet
# [a-z] and [0-9] (the text is case-folded first)
_TYPOGRAPHIC: Final = "\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u2026"
_BEYOND_TYPOGRAPHIC: Final = re.compile(f"[^\\x00-\\x7f{_TYPOGRAPHIC}]")
_TYPOGRAPHIC_TOKEN: Final = re.compile(r"[a-z][a-z0-9'\u2019-]{2,}|[0-9]{3,}")
DUPLICATE_MIN_WORDS: Final = 25
#: a stem found in more paragraphs than this no longer points at duplicate candidates
DUPLICATE_COMMON_STEM: Final = 10
#: how many of a paragraph's rarest stems are followed to earlier paragraphs
DUPLICATE_PROBES: Final = 16
#: stems are word prefixes of this length: "redefining"/"redefines" meet, cheaply
_STEM: Final = 5
#: a repeat keeps the wording: at least this share of the shorter paragraph's runs of three
#: words recur in the other (a copy, a copy with a few words edited, a pull quote). Two
#: paragraphs on one topic share terms, not runs: on the corpora and held-out pages, pairs
#: sharing half their stems but under 0.5 of their runs were parallel paragraphs ("Matching
#: on host means ..." / "Matching on path means ...") or paragraphs that only share a
#: subject ("The Fermat numbers are ..." / "... any two distinct Fermat numbers are coprime")
DUPLICATE_MIN_RUN_SHARE: Final = 0.5
_RUN: Final = 3
#: a rewritten copy ("The ever-evolving landscape of artificial intelligence ..." restated as
#: "Artificial intelligence is rapidly changing ...") keeps few runs but many content words
#: on both sides: at least this many stems shared, and the duplicate threshold on both
#: paragraphs' stems (Dice), not only on the shorter's. Topical pairs shared at most 33
#: stems, and none of those reached the threshold on both sides.
DUPLICATE_REWRITE_MIN_SHARED: Final = 40
_WORD: Final = regex.compile(r"\w+")
_stem_of = operator.itemgetter(slice(_STEM))  # a word's first _STEM characters


def content_stems(text: str) -> frozenset[str]:
    # distinct words first: the stop words then go in one set difference, and each word is
    # cut to its stem once however often it recurs
    text = text.casefold()  # (on ASCII text, lower case: [a-z] are its letters)
    if text.isascii():
        words = set(_ASCII_TOKEN.findall(text))
    elif _BEYOND_TYPOGRAPHIC.search(text) is None:
        words = set(_TYPOGRAPHIC_TOKEN.findall(text))
    else:
        words = set(_TOKEN.findall(text))
    words -= DUPLICATE_STOPWORDS
    return frozenset(map(_stem_of, words))  # (a C-level getter: no Python loop per word)


def _has_words(text: str, n: int) -> bool:
    """At least ``n`` white-space separated words (without splitting a long text: a short
    paragraph is rejected by its length alone)."""
    return len(text) >= 2 * n - 1 and len(text.split(maxsplit=n - 1)) >= n


def _word_runs(text: str) -> frozenset[tuple[str, ...]]:
    """The runs of _RUN consecutive words: "a b c d" -> ("a", "b", "c"), ("b", "c", "d")."""
    words = _WORD.findall(text.casefold())
    return frozenset(zip(*(words[k:] for k in range(_RUN)), strict=False))


def _repeats(a: str, b: str, sa: frozenset[str], sb: frozenset[str], threshold: float) -> bool:
    """Whether two paragraphs sharing ``threshold`` of the shorter's stems are one text
    twice: most of the shorter's word runs recur in the other, or (a rewrite) both are long
    and share ``threshold`` of their stems together."""
    shared = len(sa & sb)
    if shared >= DUPLICATE_REWRITE_MIN_SHARED and 2 * shared >= threshold * (len(sa) + len(sb)):
        return True
    ra, rb = _word_runs(a), _word_runs(b)
    fewer = min(len(ra), len(rb))
    return fewer > 0 and len(ra & rb) >= DUPLICATE_MIN_RUN_SHARE * fewer


def near_duplicates(paragraphs: Sequence[str], threshold: float) -> list[tuple[int, int, float]]:
    """Pairs (earlier, later, similarity) of paragraphs sharing at least ``threshold`` of
    their content stems (overlap coefficient) that are one text twice (``_repeats``: the
    wording kept, or a long rewrite): two paragraphs that only share a subject are not. Short
    paragraphs are never compared: a
    repeated "Thanks for reading" is not a scraper duplicate. Candidates are the earlier
    paragraphs that hold one of a paragraph's DUPLICATE_PROBES rarest stems, so the cost
    stays near linear on long texts; a pair at the threshold that shares none of those is
    missed (4 such borderline pairs at 0.50-0.56 in the 1,282 corpus articles)."""
    stems = [
        content_stems(p) if _has_words(p, DUPLICATE_MIN_WORDS) else frozenset() for p in paragraphs
    ]
    # stem -> the paragraphs that have it, while it is rare enough to point at candidates:
    # a stem in more paragraphs than DUPLICATE_COMMON_STEM is a common word of this text,
    # and following it would make a long text's cost grow with its square
    index: dict[str, list[int]] = {}
    out: list[tuple[int, int, float]] = []
    for j, sj in enumerate(stems):
        if not sj:
            continue
        # a near duplicate shares most stems, so it shares some of the rarest ones: the
        # earlier paragraphs holding those are the only candidates. One pass over the stems
        # both finds the probes (a stem still rare, with its count of earlier paragraphs)
        # and files this paragraph under them: a bucket takes paragraphs exactly while its
        # stem is rare enough to be a probe.
        rare: list[tuple[int, str]] = []
        buckets: list[list[int]] = []
        for stem in sj:
            bucket = index.get(stem)
            if bucket is None:
                index[stem] = [j]
            elif len(bucket) <= DUPLICATE_COMMON_STEM:
                rare.append((len(bucket), stem))
                buckets.append(bucket)
                bucket.append(j)
        candidates: set[int] = set()
        if len(rare) > DUPLICATE_PROBES:
            # the rarest first (ties by the stem, whatever the set order)
            for _, stem in sorted(rare)[:DUPLICATE_PROBES]:
                candidates.update(index[stem])
        else:
            for bucket in buckets:
                candidates.update(bucket)
        candidates.discard(j)  # (filed above)
        best: tuple[int, float] | None = None
        # in paragraph order, so a tie goes to the earliest paragraph whatever the hash seed
        for i in sorted(candidates):
            sim = len(sj & stems[i]) / min(len(stems[i]), len(sj))
            if (
                sim >= threshold
                and (best is None or sim > best[1])
                and _repeats(paragraphs[i], paragraphs[j], stems[i], sj, threshold)
            ):
                best = (i, sim)
        if best is not None:
            out.append((best[0], j, round(best[1], 3)))
    return out
