"""Physical lines of a text with their offsets, and the small predicates that describe
what a single line looks like. Shared by the text front end and the assembler."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import regex

# Exactly the separators str.splitlines() knows, so "a line" means the same thing to the
# parser, to its tests and to users who count lines with Python.
LINE_BREAK: Final = regex.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_BREAK_CHARS: Final = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")

# Characters that take no room: zero-width spaces and joiners, BOM, soft hyphen, word joiner.
_INVISIBLE: Final = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"), None)
_FORMAT_CHARS: Final = regex.compile(r"\p{Cf}+")  # bidi marks, tags, joiners: no visible width
_SPACES: Final = regex.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def clean(text: str) -> str:
    """Visible text of a line: invisible characters dropped, every run of (any kind of)
    white space made one plain space, ends stripped."""
    if text.isprintable():
        # no control, format or invisible characters and no white space but " ": the C
        # split is exact and several times faster than the substitutions; and most lines
        # have single spaces only, inside: they are their own visible text as they are
        if "  " not in text and text[:1] != " " and text[-1:] != " ":
            return text
        return " ".join(text.split())
    if text.isascii():
        return str(_SPACES.sub(" ", text)).strip()
    if "\u200d" in text:
        return _clean_keeping_emoji_joiners(text)
    text = text.translate(_INVISIBLE)
    text = _FORMAT_CHARS.sub("", text)
    return str(_SPACES.sub(" ", text)).strip()


def _clean_keeping_emoji_joiners(text: str) -> str:
    """``clean`` for a line with a zero-width joiner: the joiners inside an emoji sequence
    ("👨🏽‍💻" is one picture, not two) stay; the others go with every invisible character."""
    text = _STRAY_JOINER.sub("", text)
    text = text.translate(_INVISIBLE_BUT_JOINER)
    text = _FORMAT_CHARS_BUT_JOINER.sub("", text)
    return str(_SPACES.sub(" ", text)).strip()


# a joiner with no emoji on both sides of it
_STRAY_JOINER: Final = regex.compile(
    r"\u200d(?!\p{Extended_Pictographic})"
    r"|(?<![\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f])\u200d"
)
_INVISIBLE_BUT_JOINER: Final = {k: v for k, v in _INVISIBLE.items() if k != 0x200D}
_FORMAT_CHARS_BUT_JOINER: Final = regex.compile(r"[^\P{Cf}\u200d]+")


def is_blank(text: str) -> bool:
    """True for a line with nothing visible on it (white space and format characters only)."""
    return not clean(text)


@dataclass(slots=True)
class Line:
    """A physical line: ``[start, end)`` excludes the line break. Treat it as read-only (not
    frozen only because a frozen dataclass is three times slower to make, and an article
    makes one per line)."""

    index: int
    start: int
    end: int
    raw: str
    text: str  # clean(raw)
    indent: int  # leading columns, tabs counted as 4

    @property
    def blank(self) -> bool:
        return not self.text

    # (most lines neither open nor end with white space: one test spares them a strip)
    @property
    def content_start(self) -> int:
        """Offset of the first visible character."""
        raw = self.raw
        if not raw[:1].isspace():
            return self.start
        return self.start + len(raw) - len(raw.lstrip())

    @property
    def content_end(self) -> int:
        raw = self.raw
        if not raw[-1:].isspace():
            return self.end
        return self.start + len(raw.rstrip())


def _indent(raw: str) -> int:
    if not raw or raw[0] not in _INDENT_CHARS:
        return 0  # most lines: no loop
    col = 0
    for ch in raw:
        if ch == "\t":
            col += 4 - col % 4
        elif ch == " " or ch == "\u00a0" or ch == "\u3000":
            col += 1
        else:
            break
    return col


_INDENT_CHARS: Final = "\t \u00a0\u3000"


def split_lines(text: str) -> list[Line]:
    """Every physical line of ``text`` (a trailing line break does not start a new line)."""
    lines: list[Line] = []
    pos = 0
    # str.splitlines knows exactly the separators of LINE_BREAK, and splits in C
    for chunk in text.splitlines(keepends=True):
        if chunk.endswith("\r\n"):
            raw = chunk[:-2]
        elif chunk[-1] in _BREAK_CHARS:
            raw = chunk[:-1]
        else:
            raw = chunk
        lines.append(Line(len(lines), pos, pos + len(raw), raw, clean(raw), _indent(raw)))
        pos += len(chunk)
    return lines


# --------------------------------------------------------------------------- line shapes

# Bullets: ASCII and typographic; ordered: "1." "1)" "(1)" "a)" "a." (lower-case letter),
# "(ii)" (roman).
# (and the emoji bullets of social and how-to posts: ✅ ☑ ➡️ ▶ ★ ❌ 🔹 👉 …, and the "^" and
# "↑" that open the footnotes of a wiki page, links back to where they are cited)
BULLETS: Final = (
    "-*+\u2022\u2023\u2043\u25e6\u25aa\u25cf\u25cb\u25a0\u25a1\u25ba\u27a2"
    "\u2713\u2714\u00b7\u2013\u2014\u2705\u2611\u27a1\u27a4\u25b6\u2605\u2606\u274c\u25c6\u25c7"
    "\U0001f539\U0001f538\U0001f449\U0001f4cc\U0001f4a1^\u2191"
)
LIST_MARKER: Final = regex.compile(
    r"^(?P<marker>[" + regex.escape(BULLETS) + r"]\ufe0f?"
    r"|(?P<num>\d{1,3})[.)]|\((?P<pnum>\d{1,2})\)"
    r"|(?P<letter>[a-z])[.)]|\((?P<pletter>[a-z])\)"
    # "(ii)", "(iv)": a roman numeral of a legal sub-clause ("(i)" alone reads as a letter
    # here; see grouping's _roman_depth)
    r"|\((?P<proman>i{2,3}|iv|vi{0,3}|ix|x)\))\s+(?P<text>\S.*)$"
)


def may_be_item(text: str) -> bool:
    """Could LIST_MARKER match ``text`` (a clean, non-empty line)? Decided from its first
    two characters, so the many lines that start with a word skip the pattern."""
    first = text[0]
    return (
        first in BULLETS
        or first.isdigit()
        or first == "("
        or (len(text) > 1 and text[1] in ".)" and "a" <= first <= "z")
    )


_WHITE_SPACE: Final = regex.compile(r"\s+")
_RULE_CHARS: Final = "-*_=~"


def is_rule(text: str) -> bool:
    r"""A horizontal rule: three or more of one of "-*_=~", white space after any of them
    ("---", "* * *"). (Checked without a repeated group: a pattern like
    ``(?:-\s*+){3,}+`` keeps state per repetition and runs out of memory on a 10 MB line.)"""
    if len(text) < 3 or text[0] not in _RULE_CHARS:
        return False
    # what is not the rule's character must be white space: a list item ("- Faster
    # search") fails at its first letter, without a substitution over the whole line
    rest = text.replace(text[0], "")
    if rest and _WHITE_SPACE.fullmatch(rest) is None:
        return False
    return len(text) - len(rest) >= 3


# three or more: "--" under a line is a separator of scraped pages (Medium), not an underline
UNDERLINE: Final = regex.compile(r"^(?:={3,}|-{3,})$")
ATX: Final = regex.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>[^#\s].*?)(?:\s+#+)?$")
# ATX's match of a line that does not end in "#": with no closing "#" sequence to leave out,
# the heading's text runs to the line's end, which a greedy run reaches at once (the lazy
# one tries the closing sequence after every character: a third of an ATX line's time)
_ATX_UNCLOSED: Final = regex.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>[^#\s].*)$")


def atx_heading(text: str) -> regex.Match[str] | None:
    """``ATX.match(text)``, for a line (it holds no line break, so "." matches all of it)."""
    return (ATX if text.endswith("#") else _ATX_UNCLOSED).match(text)


#: an ATX line's text with more words than this that reads as sentences is a paragraph
ATX_PARAGRAPH_MIN_WORDS: Final = 20
# a sentence ends inside the text: "... related content. Overviews of ..."
_INNER_SENTENCE_END: Final = regex.compile(r"[.!?][\"\u201d)]?\s+[A-Z]")


def atx_text_is_paragraph(text: str) -> bool:
    """An ATX line's text that is a whole paragraph, not a heading: "### What to expect As
    the blog grows, you can expect posts of many kinds. Overviews of ..." -- the "###" of a
    heading whose Markdown was never rendered (it sat inside an HTML block), glued to the
    paragraph under it. Such a text runs past ATX_PARAGRAPH_MIN_WORDS words and reads as
    sentences: it ends with a period or a sentence ends inside it."""
    words = text.split()
    if len(words) <= ATX_PARAGRAPH_MIN_WORDS:
        return False
    return text.rstrip().endswith(".") or _INNER_SENTENCE_END.search(text) is not None


# the words of an affiliation line under a paper's authors
_AFFILIATION: Final = regex.compile(
    r"\b(?:University|Universit[äéà]t?|Universidad|Universidade|Università|Institute|Institut|"
    r"Department|Dept\.|Laboratory|Laboratories|College|Faculty|School of|Hospital|"
    r"Centre for|Center for|Academy of)\b"
)


def is_affiliation(text: str) -> bool:
    """ "Department of Soil Science, Northern University": where a paper's authors work (an
    institution's name, then a comma before the place or parent body)."""
    return "," in text and _AFFILIATION.search(text) is not None


def is_journal_citation(text: str) -> bool:
    """ "Journal of Dryland Ecology, vol. 12, no. 3, 2023, pp. 1-20", "Ecology Letters 27(4),
    2024, 233-249": where a paper appeared, the journal and its volume with the pages or the
    issue; a line of a paper's page, never a heading."""
    # (substring tests first: most lines name no volume, issue or pages at all)
    volume = "ol" in text and _VOLUME.search(text) is not None
    issue = ("(" in text or "o." in text or "ssue" in text) and _VOLUME_ISSUE.search(
        text
    ) is not None
    if not (volume or issue):
        return False
    return (volume and issue) or _PAGES.search(text) is not None


# "vol. 12", "Vol 27", "Volume 4"
_VOLUME: Final = regex.compile(r"\b(?:[Vv]ol\.?|[Vv]olume) ?\d{1,4}\b")
# "40(2)", "27 (4)", "no. 3", "Issue 4": a volume's issue
_VOLUME_ISSUE: Final = regex.compile(
    r"\b\d{1,4} ?\(\d{1,3}(?:[-\u2013]\d{1,3})?\)|\b(?:[Nn]o\.|[Ii]ssue) ?\d{1,3}\b"
)
# "pp. 1-20", "p. 233", ", 115-131" at the end, ":115-131"
_PAGES: Final = regex.compile(
    r"\bpp?\. ?\d+(?:[-\u2013]\d+)?|[,:] ?[Ee]?\d{1,6}[-\u2013]\d{1,6}\.?$"
)


def wiki_heading(text: str) -> tuple[int, str] | None:
    """ "== History ==": a MediaWiki heading in text taken from a wiki, as (number of "=",
    title). Both sides must have the same number of "=" (2 to 6; a single "=" only with
    spaces inside, "= Title =", as "=x=" is more likely a formula or a divider). AsciiDoc
    writes the same headings without the closing run ("== History"): 2 to 6 "=", a space,
    then a title that is no test runner's progress line ("=== RUN   TestParse")."""
    if text[0] != "=":
        return None
    n = len(text) - len(text.lstrip("="))
    if text[-1] != "=":
        return _asciidoc_heading(text, n)
    inner = text.strip("=")
    if not inner.strip() or len(text) - len(text.rstrip("=")) != n or n > 6:
        return None
    if n == 1 and not (inner[0] == " " and inner[-1] == " "):
        return None
    return n, inner.strip()


def asciidoc_title(text: str) -> tuple[int, str] | None:
    """ "= Migrating to Gradle": an AsciiDoc document's title (read only on a text's first
    line, where a lone "=" opens no formula), as (1, title)."""
    if not text.startswith("= ") or text.endswith("="):
        return None
    found = _asciidoc_heading("=" + text, 2)
    return (1, found[1]) if found else None


# what Go's test runner prints between a test's lines ("=== RUN   TestX", "=== PAUSE TestX")
_TEST_PROGRESS: Final = regex.compile(r"=== (?:RUN|PAUSE|CONT|NAME) ")


def _asciidoc_heading(text: str, n: int) -> tuple[int, str] | None:
    title = text[n + 1 :]
    if not 2 <= n <= 6 or text[n : n + 1] != " " or not title[:1].isalnum():
        return None
    if "  " in title or "=" in title or _TEST_PROGRESS.match(text):
        return None  # (columns or an assignment: output or code, not a title)
    return n, title.strip()


# "2.3 Title", "1. Title", "IV. Title", "Step 4: Title", "Part 2 - Title"
NUMBERED_HEADING: Final = regex.compile(
    r"^(?:(?P<num>\d{1,2}(?:\.\d{1,2}){1,3}\.?|\d{1,2}\.)|(?P<roman>[IVX]{1,5})\.)\s+(?P<text>\S.*)$"
)


def numbered_heading(text: str) -> regex.Match[str] | None:
    """``NUMBERED_HEADING.match(text)``, tried only on a line opening with what the pattern
    opens with: an ASCII figure or Roman numeral, or a character outside ASCII (a figure
    of another script, which ``str.isdigit`` may not know)."""
    first = text[:1]
    if first in "IVX" or first.isdigit() or not first.isascii():
        return NUMBERED_HEADING.match(text)
    return None


# "PART II", "Chapter 3: Decline", "TITLE I - GENERAL", "Section 4.", "Article 12 – Scope",
# "Art. 2", "§ 5": a division of a book or of a legal text, by its name and number
DIVISION: Final = regex.compile(
    r"^(?:(?P<name>part|book|title|chapter|section|article|art\.)\s+|(?P<name>§)\s*)"
    r"(?:\d{1,3}[a-z]?|[ivxlc]{1,7}|one|two|three|four|five|six|seven|eight|nine|ten)\b"
    r"(?!\.\d)",
    regex.IGNORECASE,
)


def division_name(text: str) -> str | None:
    """ "chapter" for "Chapter 3: Decline", "article" for "Art. 2", "§" for "§ 5"; None for a
    line naming no division."""
    if text[:1] not in "PpBbTtCcSsAa\u00a7":
        return None
    m = DIVISION.match(text)
    if m is None:
        return None
    name = m.group("name").casefold()
    return "article" if name == "art." else name


STEP_HEADING: Final = regex.compile(
    r"^(?P<word>step|part|chapter|section|phase|stage|day|lesson|tip|rule)\s+"
    r"(?P<num>\d{1,3}|[ivx]{1,5}|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"\s*[:.\u2013\u2014-]\s*(?P<text>\S.*)$",
    regex.IGNORECASE,
)
KEY_VALUE: Final = regex.compile(r"^(?P<key>[^\W\d_][\w'&/ .;-]{0,40}?)\s*:\s+(?P<value>\S.*)$")
# a full-width colon ("タグ：Python") needs no space after it; tried only on lines holding
# one (an alternation in KEY_VALUE made every line's match three times slower)
_KEY_FULL_WIDTH: Final = regex.compile(
    r"^(?P<key>[^\W\d_][\w'&/ .;-]{0,40}?)\s*\uff1a\s*(?P<value>\S.*)$"
)


#: the longest key KEY_VALUE takes (its first character and forty more)
KEY_MAX_CHARS: Final = 41


def key_value(text: str) -> regex.Match[str] | None:
    """ "Key: value" (groups ``key`` and ``value``), with an ASCII or a full-width colon."""
    # most lines have no colon at all: a substring test spares them the match
    colon = text.find(":")
    if colon > KEY_MAX_CHARS and len(text[:colon].rstrip()) > KEY_MAX_CHARS:
        # the colon KEY_VALUE matches is the line's first (no key character is one), after
        # a key and white space; str.rstrip strips every character "\s" matches, so a line
        # with more than a key before it cannot match (a sentence with a colon far in)
        m = None
    else:
        m = KEY_VALUE.match(text) if colon >= 0 else None
    if m is None and "\uff1a" in text:
        m = _KEY_FULL_WIDTH.match(text)
    return m


#: a page's pagination links, casefolded: "1 2 3 Next »", "« Previous 1 2 3 … 9 Next »"
#: (page numbers alone may be what a program printed: they need a next or a previous link;
#: "Page 3 of 12" is a page's running foot, see the assembler)
_PAGE_NUMBERS: Final = r"(?:\d{1,3}|\u2026|\.\.\.)(?:\s+(?:\d{1,3}|\u2026|\.\.\.))*+"
_PREVIOUS: Final = r"(?:[\u00ab\u2039<]\s?)?(?:previous|prev|newer)(?: page)?"
_NEXT: Final = r"(?:next|older)(?: page)?(?:\s?[\u00bb\u203a>])?"
PAGINATION: Final = regex.compile(
    rf"{_PREVIOUS}\s+{_PAGE_NUMBERS}(?:\s+{_NEXT})?"
    rf"|{_PAGE_NUMBERS}\s+{_NEXT}"
)

#: the characters PAGINATION can start with, besides a page number's digit: "«", "‹", "<",
#: "previous" or "prev", "newer", "…", "..."
_PAGINATION_FIRSTS: Final = "\u00ab\u2039<pn\u2026."


def may_paginate(first: str) -> bool:
    """Can a line whose first character is ``first`` be a pagination, once casefolded?
    (Most lines cannot: the pattern is not tried on them.) A character that casefolding
    changes is let through, to be tried as it folds."""
    return first.isdigit() or first in _PAGINATION_FIRSTS or first.casefold() != first


TERMINAL: Final = ".!?\u2026\u3002\uff01\uff1f"  # sentence ends, including CJK ones


#: a capitalised word of a person's name ("Ana", "O'Neill", "M.", "García-Lopez")
NAME_WORD: Final = regex.compile(r"\p{Lu}[\p{L}'\u2019.-]*")
#: what stands between the names of a list of people ("A, B and C", "A & B")
NAME_SEPARATOR: Final = regex.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+")


def word_count(text: str) -> int:
    return len(text.split())


def words_at_most(text: str, n: int) -> bool:
    """``word_count(text) <= n``, without splitting all of a long text (a split stops after
    ``n`` words: one part more means more words)."""
    return len(text.split(None, n)) <= n


def ends_sentence(text: str) -> bool:
    """Does ``text`` end like a sentence (period, "!" "?", "…", maybe inside quotes)?"""
    t = text.rstrip("\"'\u201d\u2019)]*_ ")
    return bool(t) and t[-1] in TERMINAL


def is_all_caps(text: str) -> bool:
    if text.isascii():
        # the common case, without a loop over the characters: no lower-case letter, and
        # (rarely reached) three letters at least
        return text.isupper() and sum(1 for c in text if c.isalpha()) >= 3
    letters = [c for c in text if c.isalpha()]
    return (
        len(letters) >= 3
        and all(c.isupper() for c in letters if c.isalpha() and c.isascii())
        and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
    )
