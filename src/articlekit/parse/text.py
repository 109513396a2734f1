"""Plain-text front end: scraped text in, :class:`RawBlock` s out.

Three passes, each a small function:

1. :func:`_mark_lines` says what every physical line looks like on its own (blank, list
   item, table row, rule, underline, ``#`` heading, code, or text), using its neighbours
   only to extend runs of code;
2. :func:`_group` turns runs of marked lines into blocks: code blocks, tables, list items
   with their continuation lines, hard-wrapped paragraphs, underlined headings;
3. :func:`_resolve` decides, for every one-line text block, whether it is a heading, a
   label ("For Microsoft:"), a key-value line ("Tags: a, b") or a paragraph, from its shape
   and the blocks around it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from itertools import pairwise

import regex

from articlekit.options import ParseOptions
from articlekit.parse import heading_model
from articlekit.parse.blocks import RawBlock, RawKind
from articlekit.parse.codelike import (
    CODE_THRESHOLD,
    RELEASE_HEADING,
    STATUS_SYMBOLS,
    code_score,
)
from articlekit.parse.lines import (
    BULLETS,
    LIST_MARKER,
    NAME_SEPARATOR,
    NAME_WORD,
    STEP_HEADING,
    UNDERLINE,
    Line,
    asciidoc_title,
    atx_heading,
    clean,
    division_name,
    ends_sentence,
    is_affiliation,
    is_all_caps,
    is_rule,
    key_value,
    may_be_item,
    numbered_heading,
    split_lines,
    wiki_heading,
    word_count,
    words_at_most,
)
from articlekit.parse.links import URL, find_links
from articlekit.parse.special import is_ui_remnant, normalize_name, special_kind
from articlekit.parse.vocabulary import (
    CALLOUT_LABELS,
    CLAUSE_FINAL_VERBS,
    CONTINUING_STARTS,
    DANGLING_ENDS,
    FIELD_LABELS,
    PROFILE_SITES,
    SETUP_WORDS,
    SIGN_OFFS,
    TITLE_FIELD_LABELS,
    TITLE_STOPWORDS,
    WH_WORDS,
)

#: heading candidates: at most this many words / characters
HEADING_MAX_WORDS = 14
HEADING_MAX_CHARS = 110
#: ... and at most this many Chinese, Japanese or Korean characters (words without spaces)
HEADING_MAX_CJK_CHARS = 30
_CJK_CHARACTER = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
#: evidence a one-line candidate needs to be a heading (see _is_heading)
HEADING_MIN_SCORE = 1.5
#: a line the rules reject with a score of at least this is borderline: the heading model
#: may still find it a heading (below it, the evidence against is clear)
MODEL_BAND_MIN = 0.0
#: an underlined heading ("Installation" / "============") has at most this many words; a
#: paragraph above a rule is text
UNDERLINED_HEADING_MAX_WORDS = 20
#: a line whose words are capitalised at least this much is in Title Case (see title_ratio)
TITLE_CASE_MIN_RATIO = 0.75
#: a next block longer than this is a full paragraph, what sections open with
HEADING_FULL_PARAGRAPH_WORDS = 20
#: list nesting deeper than this is kept at this depth
MAX_LIST_DEPTH = 16
#: in a compact article (no blank lines), a short line above a full paragraph stands as far
#: apart as a line between blank lines does in a spaced one: the same evidence
COMPACT_APART_SCORE = 0.5
COMPACT_APART_MIN_WORDS = 2
#: a line glued to the block above it but apart from the one below ends a passage
HEADING_GLUED_ABOVE_PENALTY = 2.0
#: this many "Q: …?" lines above prose answers make an article an interview, whose questions
#: are its headings, up to this many words
INTERVIEW_MIN_QUESTIONS = 2
QUESTION_MAX_WORDS = 30
#: a line right under a heading of at most this many content words that repeats them all,
#: exclaiming or with this many more words, restates the heading (see _restates)
RESTATED_HEADING_MAX_WORDS = 3
RESTATING_EXTRA_WORDS = 3
#: a line taken for code holds at least this many words of prose to be read as a heading
CODE_NAMING_MIN_WORDS = 2
#: a line naming this many profile sites ("on GitHub, Twitter") is a line of links
PROFILE_SITES_MIN = 2
#: more unmarked headings than this in a row, with no text between, are short paragraphs
HEADING_STACK_MAX = 2
#: a configuration file (nested "key: value" lines) has at least this many lines
CONFIG_MIN_LINES = 3
#: a table typed with spaces has at least this many rows, its header included
ALIGNED_TABLE_MIN_ROWS = 3
#: this many "#" lines in a row after code are printed output, not headings
COMMENT_STACK_MIN = 3
#: an article with this many unmarked headings does not mark its headings with "#"
UNMARKED_HEADINGS_MIN = 2
#: a shell command under its "#" comment has at most this many words
COMMAND_MAX_WORDS = 6
#: a key opening this many "Key: value" lines of an article recurs (see _record_keys)
RECORD_KEY_MIN_LINES = 2
#: label lines ("For Microsoft:") have at most this many words
LABEL_MAX_WORDS = 7
#: a paragraph chunk is hard-wrapped when its longest line is at most this long
WRAP_MAX_WIDTH = 100
WRAP_MIN_WIDTH = 30
#: this many lines of running text longer than WRAP_MAX_WIDTH (of this many words at
#: least) show an article written one line per paragraph: it is hard-wrapped nowhere
UNWRAPPED_MIN_LINES = 2
UNWRAPPED_MIN_WORDS = 15
#: (one such line is enough when no paragraph of the article shows a hard wrap: three lines
#: or more, wrapped at this width at least, two of them broken mid-sentence near it)
WRAP_EVIDENCE_MIN_WIDTH = 50
#: an article with at least this many blank lines per line of text separates its blocks
#: with blank lines (the other layout puts one block per line with no blank line at all)
SPACED_MIN_BLANKS = 0.25

_TITLE_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*+")
# the same words in ASCII text (its only letters and figures), which the standard library's
# engine lists about three times as fast: most lines of an article are ASCII
_ASCII_TITLE_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'-]*")
_FIGURES_OR_LIST = regex.compile(r"\d|,")
# a value that is a quantity: a figure, maybe after a currency sign or "~" ("30 minutes",
# "$1.2 million", "~4 h"); QUANTITY_MAX_WORDS words at most
_QUANTITY = regex.compile(r"[~\u2248<>]?\p{Sc}?\d")
QUANTITY_MAX_WORDS = 4
_MORE_FIELDS = regex.compile(r"\s[|\u00b7\u2022]\s[^:|\u00b7\u2022]{1,30}:\s")
_BARE_NUMBER = regex.compile(r"\d{1,2}\s+\S")
_WORD = regex.compile(r"\p{L}{2}")  # a heading has at least one word of two letters
_NAME_LIKE = regex.compile(r"\S*?[\p{Lu}\d]")  # "iOS", "rOpenSci", "3D": not a lower-case word
# captions of figures and photos, which stand alone between blank lines like headings
CAPTION = regex.compile(
    r"(?i)^(?:figure|fig\.|image|photo|table)\s*\d+\s*[.:]"
    r"|(?:^|\()\s*(?:photo(?:graph)?|image|picture|illustration|graphic|chart|map)s?\s*"
    r"(?:by\b|:|credit|courtesy)"
    r"|\b(?:photo\s+)?(?:credit|courtesy)\s*:"
    # "Source: Bureau of Labor Statistics" under a chart; "Editing by Mark Hill",
    # "Additional reporting by Ana Ruiz", "Contributing: Marcus Webb": a story's credits
    r"|^(?:sources?|contributing|contributors?)\s*:"
    r"|^(?:additional )?(?:reporting|editing|writing|research|fact-checking) by\b"
    # what a picture shows, said under it: "Graph showing the accelerometer data",
    # "Sensor graph generated by matplotlib", "Screenshot of the settings page"
    r"|(?<=\S )(?:showing|depicting)\s"
    r"|\b(?:generated|created|plotted|rendered) (?:by|with|in|using)\s"
    r"|^screen ?shots? (?:of|from)\s"
    # where an embedded picture comes from, alone under it: "via GIPHY", "(via Unsplash)"
    r"|^\(?(?-i:via)\s+\S+(?:\s+\S+){0,3}\)?$"
    # a caption closed by its credit: "… on Tuesday. (AP Photo/Jon Reed)", "… Photo: Maria
    # Santos", "… Photograph: Jon Reed/Reuters"
    r"|(?:[.(]|^)\s*+(?:\p{Lu}{2,5}\s+)?(?:photo(?:graph)?|image|picture)s?\s*[:/]\s*[^():]{2,60}\)?$"
    # a picture agency alone: "Getty Images", "AFP via Getty Images", "Shutterstock"
    r"|^(?:\S+ via )?(?:getty images|shutterstock|istock(?:photo)?|alamy(?: stock photo)?)$"
)
# credits, which stand alone like captions: "Photos taken by Ajay", "team picture by Mauro
# Lepore", "Artwork by Allison Horst", "Image via Wikimedia Commons" (a name follows; "The big
# picture by region" is no credit)
CREDIT = regex.compile(
    r"\b(?i:photos?|images?|pictures?|illustrations?|artwork|drawings?|gifs?)"
    r"\s+(?i:(?:taken|made|drawn)\s+)?(?:by|via)\s+\p{Lu}"
)
# "880.76 kB", "12 MB", "3.5 s": a number and its unit
# "880.76 kB", "3min 58.8s": a value with its unit, or two ("what %time printed")
_MEASUREMENT = regex.compile(r"^[-+]?\d[\d.,]*\s*[\p{L}%]{1,3}(?: \d[\d.,]*\s*[\p{L}%]{1,3})?$")
# "[Beta] ", "[Stable] ": a release note's label of status before the feature it names
_STATUS_LABEL = regex.compile(r"\[\p{Lu}[\p{L} -]{1,20}\]\s+\S")
# "dask/distributed #952", "pandas-dev/pandas#41": an issue or pull request of a repository
_ISSUE_REFERENCE = regex.compile(r"[\w.-]+/[\w.-]+ ?#\d+")
#: "This work is supported by …", "This post was originally published on …": a note set
#: above (or under) a post, a sentence whatever its capitals, never its title or a heading
PREFATORY_NOTE = regex.compile(
    r"(?i:this|the following|an earlier version of this) "
    r"(?:work|post|article|blog ?post|piece|research|project|tutorial|series|page|story)"
    r" (?:is|was|has been|were|are) (?:\w+ )?"
    r"(?:supported|funded|sponsored|written|published|originally|cross-?posted|adapted|part"
    r"|co-?authored|updated|reposted|republished)\b"
)
# a word of prose: letters, then lower-case letters (a closing comma or mark allowed)
_PLAIN_WORD = regex.compile(r"^[\p{L}][\p{Ll}'\u2019-]*[,?!:]?$")
# a token that is code: a call, a namespace, an identifier with "_" or "."
_EMAIL = regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# a label then a social handle alone ("Instagram: @okuprin", "Аккаунт: @darkzip", "Twitter -
# @jane"): whose account it is, a contact field under a name, not a heading
_HANDLE_FIELD = regex.compile(r"[^:@]{1,40}?\s*[:\u2013\u2014-]\s*@[\w.]++")
# a name from code in a line of words: snake_case, a namespace, a call ("skim_df",
# "pkg::fun", "read()")
_NAMED_CODE = regex.compile(r"\w_\w|\w::\w|\w\(\)")
_CODE_TOKEN = regex.compile(r"::|[()]|\w_\w|\w\.\w|^\.")
# an assignment, a pipe, a prompt or brackets: a line of code, whatever words it holds
# a function named as prose names it: "use_github()", "pkg::fun()," (a list of them)
_NAMED_FUNCTION = regex.compile(r"(?:[A-Za-z][\w.]*::)?[A-Za-z_.][\w.]*\(\),?$")
# a token holding a name from code: a call "f(", "snake_case", "pkg::fun", "obj.attr", or
# a bracket ("(https://…)", "(auth_token,")
_NAME_IN_CODE = regex.compile(r"\w(?:\(|_\w|::|\.\w)|[()]")
_CODE_OPERATOR = regex.compile(r"<-|\s=\s|\$|^[>#]|[{}\[\]|]|%>%")
# "Q: How did you start?", "Q2: …", "Question 3: …" - a question marked as one
QUESTION_MARK = regex.compile(r"^(?:Q|Question)\s*\d{0,2}\s*[:.)]\s", regex.IGNORECASE)
# "KO: What got you started?" - an interview turn opened by the speaker's initials
#: MediaWiki's section edit link, left at the end of every heading of a scraped wiki page
#: ("Early life[edit]", "History [edit source]")
WIKI_EDIT_LINK = regex.compile(r"\s*\[\s*edit(?: source)?\s*\]$", regex.IGNORECASE)
SPEAKER_TURN = regex.compile(r"^(?P<who>\p{Lu}{1,4}):\s")
#: initials opening this many paragraphs of an article mark the turns of an interview
SPEAKER_MIN_TURNS = 3
# "Software :package:" ends in an emoji shortcode, not in a label's colon
EMOJI_SHORTCODE_END = regex.compile(r"\s:[a-z0-9_+-]+:$")
EMOJI_SHORTCODES_END = regex.compile(r"(?:\s+:[a-z0-9_+-]++:)++$")
# "rOpenSci HQ 👩🏼‍💻 🏗️", "visdat 📦👀": pictographs, skin tones and joiners ending a line
EMOJI_END = regex.compile(r"(?:\s*+[\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0f])++$")
# what a program prints for an empty or logical value, alone on its line
PRINTED_LITERALS = frozenset({"NULL", "NA", "NaN", "TRUE", "FALSE", "None", "null", "nil"})
_TABLE_SPLIT = regex.compile(r"\t+| +\| +")
_MD_TABLE_SEP = regex.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")


@dataclass(slots=True)
class _Mark:
    kind: str  # blank | code | item | table | rule | underline | atx | wiki | quote | text
    cells: list[str] | None = None
    atx: regex.Match[str] | None = None  # an "atx" line's match of ATX (not made twice)


def text_blocks(text: str, options: ParseOptions) -> list[RawBlock]:
    """The blocks of a plain-text article, in order, each with its span in ``text``."""
    lines = split_lines(text)
    spaced = _spaced(lines)
    marks = _mark_lines(lines, spaced)
    one_line = _one_line_paragraphs(lines, marks)
    blocks = _group(lines, marks, options, one_line)
    rows, compact = spaced, one_line and not spaced
    _resolve(blocks, options, rows, compact)
    if _hash_lines_are_comments(lines, marks, blocks):
        blocks = _group(lines, marks, options, one_line)
        _resolve(blocks, options, rows, compact)
    if spaced:
        blocks = _unmarked_lists(blocks, text, options)
    for block in blocks:
        if block.kind == "heading":
            block.text = _without_emphasis(block.text)
        if block.kind in ("paragraph", "list_item", "heading", "quote", "key_value"):
            block.links = find_links(text, block.start, block.end)
    return blocks


_WRAPPING_EMPHASIS = regex.compile(r"(\*\*|__|\*|_)(?P<inner>[^*_\s](?:.*[^*_\s])?)\1")
_EMPHASIS_MARKS = ("*", "_")


def _without_emphasis(text: str) -> str:
    """ "**Relevance is a product decision**": a heading in scraped Markdown-ish text, its
    emphasis marks (which a Markdown renderer would have hidden) left out."""
    if text[:1] not in _EMPHASIS_MARKS:
        return text  # (the pattern opens with a mark: most headings skip it)
    m = _WRAPPING_EMPHASIS.fullmatch(text)
    if m is None or m[1] in m["inner"] or (m[1] != "**" and " " not in m["inner"]):
        # "__init__", "_id_": a name with its underscores; "**a** and **b**": two spans
        return text
    return m["inner"]


# --------------------------------------------------------------------------- pass 1


def _table_cells(line: Line) -> list[str] | None:
    raw = line.raw.strip()
    if "\t" not in raw and " | " not in raw and not (raw.startswith("|") and raw.endswith("|")):
        return None
    if raw.startswith("|") and raw.endswith("|") and len(raw) > 1:
        raw = raw[1:-1].strip()
    cells = [c.strip() for c in _TABLE_SPLIT.split(raw)]
    if raw.startswith("|") or ("|" in raw and "\t" not in raw and " | " not in raw):
        cells = [c.strip() for c in raw.split("|")]
    return cells if len(cells) >= 2 else None


#: the first characters that open a line of some mark other than table, code or text: an
#: underline, a rule, a wiki heading, a list item, an ATX heading, a table separator or a
#: quote (and digits, and "a." / "a)" items: see _opens_plainly)
_MARKED_FIRSTS = frozenset("=-*_~#|:>(^+`'\"." + BULLETS)

#: the characters a reStructuredText heading is over- and underlined with besides "=" and
#: "-" (which are Markdown's too); "*" and "_" are left out, as a line of them under text is
#: more often a rule than an underline
RST_ADORNMENT_CHARS = "~^#+`'\""


def _opens_plainly(text: str, first: str) -> bool:
    """Can the non-blank line ``text`` (starting with ``first``) be only a table row, code
    or text? True for most lines, which then skip the tests of every other mark."""
    return not (
        first in _MARKED_FIRSTS
        or first.isdigit()
        or ("a" <= first <= "z" and text[1:2] in (".", ")"))
    )


def _mark_lines(lines: list[Line], spaced: bool) -> list[_Mark]:
    marks: list[_Mark] = []
    scores: list[float] = []
    first_text = next((k for k, line in enumerate(lines) if line.text), -1)
    for i, line in enumerate(lines):
        text = line.text
        if not text:  # (line.blank, without a property call on every line)
            scores.append(0.0)
            marks.append(_Mark("blank"))
            continue
        scores.append(code_score(line.raw))
        # each pattern is tried only on lines whose first character it can start with
        first = text[0]
        if _opens_plainly(text, first):
            # (most lines: only a table row, code or text can they be)
            raw = line.raw
            if (
                ("|" in raw or "\t" in raw)
                and (cells := _table_cells(line)) is not None
                and scores[i] < CODE_THRESHOLD + 1
            ):
                marks.append(_Mark("table", cells))
                continue
            marks.append(_Mark("code" if scores[i] >= CODE_THRESHOLD else "text"))
            continue
        if (
            i > 0
            and (
                (first in "=-" and UNDERLINE.match(text))
                or (
                    first in RST_ADORNMENT_CHARS
                    and marks[i - 1].kind == "text"  # ("```" under code closes a fence)
                    and _rst_underline(text, lines[i - 1].text)
                )
            )
            and not lines[i - 1].blank
            and _is_plain_text(lines[i - 1])
            # a sentence above a rule is no heading, nor one that announces what follows
            # ("… starting on line 1 of your text editor:" above a front matter's "---")
            and not lines[i - 1].text.endswith((".", ":"))
            and words_at_most(lines[i - 1].text, UNDERLINED_HEADING_MAX_WORDS)
            # "output: html_document" above "---": the fence closing a front matter block
            and not _is_setting(lines[i - 1].text)
        ):
            marks.append(_Mark("underline"))
            if _overlines(lines, marks, i):
                marks[i - 2].kind = "overline"
        elif is_rule(text):
            marks.append(_Mark("rule"))
        elif (
            first == "."
            and (directive := _RST_DIRECTIVE.match(text))
            and directive[1] not in CODE_DIRECTIVES  # (their line stays with their code)
        ):
            marks.append(_Mark("directive"))
        elif first == "=" and (
            wiki_heading(text) is not None or (i == first_text and asciidoc_title(text) is not None)
        ):
            marks.append(_Mark("wiki"))  # before the code score: "==" is also an operator
        elif (
            may_be_item(text)
            and (item := LIST_MARKER.match(text))
            and (
                scores[i] < CODE_THRESHOLD + 1
                # (one space after the marker: "-        return x" is a line of a diff)
                or (text[item.start("text") - 2] != " " and _item_naming_code(item["text"]))
            )
        ):
            marks.append(_Mark("item"))
        elif first == "#" and (atx := atx_heading(text)) and atx["text"][0] in STATUS_SYMBOLS:
            marks.append(_Mark("code"))  # knitr's "## ℹ 2 rows excluded": printed output
        elif first == "#" and atx and scores[i] < 1.0:
            marks.append(_Mark("atx", atx=atx))
        elif first in "|:-" and "|" in text and _MD_TABLE_SEP.match(text):
            marks.append(_Mark("table", []))
        elif (cells := _table_cells(line)) is not None and scores[i] < CODE_THRESHOLD + 1:
            marks.append(_Mark("table", cells))
        elif scores[i] >= CODE_THRESHOLD:
            marks.append(_Mark("code"))
        elif (
            first == ">"
            and _quoted(text)
            and (scores[i] < QUOTE_MAX_CODE_SCORE or not text.strip("> "))
        ):
            marks.append(_Mark("quote"))
        else:
            marks.append(_Mark("text"))
    _config_blocks(lines, marks)
    _aligned_tables(lines, marks)
    # (before runs of code grow: a line carried over from prose is no code to grow from)
    _carried_over_lines(lines, marks)
    _extend_code_runs(lines, marks, scores, spaced)
    if any(mark.kind == "code" for mark in marks):
        _code_and_what_it_printed(lines, marks)
    _attributions(lines, marks)
    kinds = {mark.kind for mark in marks}
    if "wiki" in kinds:
        _banners_in_output(marks)
    if "quote" in kinds:
        _empty_quotes(lines, marks)
    _absorb_sandwiched(lines, marks)
    _demote_lone_table_rows(marks)
    return marks


# the first word of a line a wrapper carried over from a line of prose: a word in lower case
# ("review."), a volume with its issue or pages ("42(2),", "2019;42(2):288-325.", "25,"), or
# an address ("https://ico.org.uk/make-a-complaint/", "doi:10.1111/jrir.12269")
_CARRIED_WORD = regex.compile(
    r"\p{Ll}[\p{L}'\u2019-]*+[.,;:]?|\d[\d()\u2013;:.,-]*+|(?:https?://|doi:)\S++"
)


def _carried_over_lines(lines: list[Line], marks: list[_Mark]) -> None:
    """A lone line that scores as code for its figures or its address, glued under a line of
    prose the wrapper broke mid-sentence, is the rest of that line: "…Commissioner at" /
    "https://ico.org.uk/make-a-complaint/ or by calling 0303 123 1113.", "…a systematic" /
    "review. J Res Read. 2019;42(2):288-325.", "…Journal of Reading," / "42(2), 288-325.
    https://doi.org/…". It opens with a word the line above had no room for, and ends a
    sentence or an address, as a reference or a paragraph does; a command ("pip install
    foo", "library(dplyr)") does neither."""
    for i in range(1, len(marks)):
        if marks[i].kind != "code" or marks[i - 1].kind not in ("text", "item"):
            continue
        if i + 1 < len(marks) and marks[i + 1].kind == "code":
            continue  # a run of code
        above, line = lines[i - 1], lines[i]
        prev, text = above.text, line.text
        first = text.split(" ", 1)[0]
        if (
            ends_sentence(prev)
            or prev.endswith(":")  # "Run this:" introduces its code
            or not WRAP_MIN_WIDTH <= len(prev) <= WRAP_MAX_WIDTH
            or line.indent > _text_column(above, marks[i - 1])
            or _CARRIED_WORD.fullmatch(first) is None
            or not (ends_sentence(text) or URL.fullmatch(text.rsplit(" ", 1)[-1]))
            # the wrapper would have put the word on the line above had it fitted there
            or len(prev) + 1 + len(first) <= _chunk_width(lines, marks, i)
        ):
            continue
        marks[i].kind = "text"


def _text_column(line: Line, mark: _Mark) -> int:
    """The column a line's words start at: after its marker for a list item ("1. ")."""
    item = LIST_MARKER.match(line.text) if mark.kind == "item" else None
    return line.indent + (item.start("text") if item else 0)


def _chunk_width(lines: list[Line], marks: list[_Mark], i: int) -> int:
    """The widest line of the chunk (run of non-blank lines) that holds line ``i``."""
    start, end = i, i + 1
    while start > 0 and marks[start - 1].kind != "blank":
        start -= 1
    while end < len(marks) and marks[end].kind != "blank":
        end += 1
    return max(len(line.text) for line in lines[start:end])


def _rst_underline(text: str, above: str) -> bool:
    """ "~~~~~~~~~~" under "Why static": a reStructuredText underline, one character repeated
    at least as long as the line it underlines (so a short "~~~" fence under a line of text
    is no underline)."""
    return (
        len(text) >= max(3, len(above))
        and text.count(text[0]) == len(text)
        and any(c.isalpha() for c in above)
    )


def _overlines(lines: list[Line], marks: list[_Mark], i: int) -> bool:
    """Is the line two above the underline at ``i`` its heading's overline: the same
    characters as the underline, above the heading's line and under a blank line or the
    text's start? ("=====" / "Title" / "=====": a reStructuredText title.)"""
    if i < 2 or lines[i - 2].text != lines[i].text:
        return False
    return i == 2 or lines[i - 3].blank


def _item_naming_code(text: str) -> bool:
    """ "- case_when() and if_else()", "- Getting started (vignette("lintr"))": an item of
    words that names functions, which scores as code for the calls. Read with each name
    as a word, it is no code; a YAML entry or a statement ("- run: make", "- x <- 1") is."""
    tokens = text.split()
    named = _NAMED_FUNCTION.match(tokens[0]) is not None  # "- use_github() (https://…)"
    if not (named or any(_PLAIN_WORD.match(t) for t in tokens)) or _CODE_OPERATOR.search(text):
        return False
    if ": " in text or text.endswith(":"):
        return False  # "- uses: actions/checkout@v4": a YAML entry
    masked = " ".join("call" if _NAME_IN_CODE.search(t) else t for t in tokens)
    return masked != text and code_score(masked) < 1.0


def _banners_in_output(marks: list[_Mark]) -> None:
    """ "=== Kishor-Koenig Model ===" right under "summary(fit)": a banner a program printed,
    not a wiki heading. When every "== Title ==" line of an article has code next to it
    (blank lines aside), they are all part of that code's output."""
    wiki = [i for i, mark in enumerate(marks) if mark.kind == "wiki"]
    for i in wiki:
        near = (_neighbour(marks, i, -1), _neighbour(marks, i, 1))
        if not any(j is not None and marks[j].kind == "code" for j in near):
            return
    for i in wiki:
        marks[i].kind = "code"


def _empty_quotes(lines: list[Line], marks: list[_Mark]) -> None:
    """A run of ">" lines with no words in it quotes nothing: plain text (a separator)."""
    i = 0
    while i < len(marks):
        if marks[i].kind != "quote":
            i += 1
            continue
        j = i
        while j < len(marks) and marks[j].kind == "quote":
            j += 1
        if not any(line.text.strip("> ") for line in lines[i:j]):
            for mark in marks[i:j]:
                mark.kind = "text"
        i = j


def _is_plain_text(line: Line) -> bool:
    return not LIST_MARKER.match(line.text) and not is_rule(line.text)


def _neighbour(marks: list[_Mark], i: int, step: int) -> int | None:
    j = i + step
    while 0 <= j < len(marks) and marks[j].kind == "blank":
        j += step
    return j if 0 <= j < len(marks) else None


def _extend_code_runs(
    lines: list[Line], marks: list[_Mark], scores: list[float], spaced: bool
) -> None:
    """Weakly code-like lines next to code are code too; so are indented lines inside a
    run of code (the body of a function, wrapped arguments). ``spaced``: the article sets
    its blocks apart with blank lines."""
    # (a line becomes code only beside code: an article with none has nothing to extend)
    changed = any(mark.kind == "code" for mark in marks)
    rounds = 0
    while changed and rounds < 4:
        changed = False
        rounds += 1
        for i, mark in enumerate(marks):
            yaml_item = mark.kind == "item" and _YAML_ITEM.match(lines[i].text) is not None
            if (
                mark.kind not in ("text", "table", "atx", "quote")
                and not yaml_item
                # "✔ Setting active project" under the call that printed it: a status
                # line, not a checklist item
                and not (mark.kind == "item" and lines[i].text[0] in STATUS_SYMBOLS)
            ):
                continue
            weak = (
                scores[i] >= CODE_THRESHOLD / 2
                or (lines[i].indent >= 2 and scores[i] > 0)
                # "- name: Cache R packages" glued to YAML: an entry of a configuration file
                or (yaml_item and lines[i].indent >= 2)
                or _continues_indented_code(lines, marks, i)
                or _printed_under_prompt(lines, marks, i, spaced)
                or _continues_sql(lines, marks, i)
            )
            if not weak or _sentences_beside_code(lines[i], marks[i]):
                continue
            # "Use drop_duplicates:" introduces the code below it, it is not part of it
            steps = (-1,) if _introduces(lines[i].text) else (-1, 1)
            for step in steps:
                j = _neighbour(marks, i, step)
                if j is not None and marks[j].kind == "code" and abs(j - i) <= 2:
                    mark.kind = "code"
                    changed = True
                    break


def _sentences_beside_code(line: Line, mark: _Mark) -> bool:
    """ "where σ is the standard deviation. With α = 0.05, z = 1.96 …": a line of prose
    that names symbols and figures (so scores a little like code) beside a formula or code,
    not flush with the text: a long line that opens with two words and ends a sentence is
    the article's. (What code printed or a comment opens otherwise: "#> [2] "Cats …"",
    "## $ REGION_NAM <fct> …", "5 10.1… prep…", "str(df) # show only the first …!")"""
    return (
        mark.kind == "text"
        and line.indent == 0
        and _OPENS_WITH_TWO_WORDS.match(line.text) is not None
        and ends_sentence(line.text)
        and not words_at_most(line.text, PROSE_BESIDE_CODE_MIN_WORDS - 1)
    )


#: a line beside code that ends a sentence and runs this many words is prose
PROSE_BESIDE_CODE_MIN_WORDS = 12
# "where σ is", "Of course, this", "and to save": two words first, as a sentence opens
_OPENS_WITH_TWO_WORDS = regex.compile(r"\p{L}[\p{L}'\u2019]*+,? \p{L}")


def _code_and_what_it_printed(lines: list[Line], marks: list[_Mark]) -> None:
    """Lines that read as text but belong to the code around them: its strings over several
    lines and what it printed (rows, a variable's value, a data frame, a record)."""
    _string_literals(lines, marks)
    _printed_rows(lines, marks)
    _echoed_names(lines, marks)
    _printed_frames(lines, marks)
    _printed_fields(lines, marks)


#: Python's (and Julia's, Kotlin's, Scala's…) quotes of a string over several lines
_TRIPLE_QUOTES = ('"""', "'''")
#: a docstring or string literal closes within this many lines, or is taken for no literal
LITERAL_MAX_LINES = 300


def _string_literals(lines: list[Line], marks: list[_Mark]) -> None:
    """A string that a line of code opens with triple quotes runs to the line that closes
    it, all of it code: a function's docstring ("Parameters" / "fig : figure" / "The figure
    object for the plot") reads as text line by line, but it is part of the code."""
    openers = [
        i
        for i, (line, mark) in enumerate(zip(lines, marks, strict=True))
        if mark.kind == "code" and ('"""' in line.text or "'''" in line.text)
    ]
    done = -1  # (the lines up to here are inside a literal already closed)
    for i in openers:
        quote = _opened_quote(lines[i].text) if i > done else None
        end = _closing_quote(lines, i + 1, quote) if quote else None
        if end is not None:
            for k in range(i + 1, end + 1):
                if marks[k].kind != "blank":
                    marks[k].kind = "code"
            done = end


def _opened_quote(text: str) -> str | None:
    """The triple quote a line leaves open (an odd number of them on the line), if any."""
    for quote in _TRIPLE_QUOTES:
        if text.count(quote) % 2 == 1:
            return quote
    return None


def _closing_quote(lines: list[Line], start: int, quote: str) -> int | None:
    """The index of the line that closes ``quote``: it opens or ends with the quote."""
    for k in range(start, min(len(lines), start + LITERAL_MAX_LINES)):
        text = lines[k].text
        if quote in text:
            return k if text.startswith(quote) or text.endswith(quote) else None
    return None


#: rows of one shape glued under code, this many at least, are what the code printed
PRINTED_ROWS_MIN = 3
_LETTER_RUN = regex.compile(r"\p{L}+")
_DIGIT_RUN = regex.compile(r"\d+")


def _printed_rows(lines: list[Line], marks: list[_Mark]) -> None:
    """ "input:000, index:7, output 0", "input:001, index:6, output 1", …: lines right under
    code that differ only in their words and numbers, with numbers in them, are rows the
    code printed (the last of them is no heading above the text that follows)."""
    under_code = [
        i + 1
        for i, (mark, below) in enumerate(itertools.pairwise(marks))
        if mark.kind == "code" and below.kind == "text"
    ]
    for first in under_code:
        if marks[first].kind != "text":
            continue  # (made code by the rows above it)
        shape = _row_shape(lines[first].text)
        if "0" not in shape:
            continue
        j = first + 1
        while j < len(marks) and marks[j].kind == "text" and _row_shape(lines[j].text) == shape:
            j += 1
        if j - first >= PRINTED_ROWS_MIN:
            for k in range(first, j):
                marks[k].kind = "code"


# one name alone on a line: "fig", "dist", "df.head"
_NAME_ALONE = regex.compile(r"[A-Za-z_][\w.]*")
#: how many lines of code above a name alone are searched for where it was assigned
ECHO_LOOKBACK = 60


def _echoed_names(lines: list[Line], marks: list[_Mark]) -> None:
    """ "dist" alone under the code that assigned it ("dist <- … max() * 0.5"): a notebook
    cell's last line, which shows the variable's value, not a heading over the text below."""
    alone = [
        i
        for i, (line, mark) in enumerate(zip(lines, marks, strict=True))
        if mark.kind == "text" and " " not in line.text
    ]
    for i in alone:
        mark = marks[i]
        if not _NAME_ALONE.fullmatch(name := lines[i].text):
            continue
        above = _neighbour(marks, i, -1)
        if above is None or marks[above].kind != "code":
            continue
        k = above
        while k >= 0 and above - k < ECHO_LOOKBACK and marks[k].kind in ("code", "blank"):
            if marks[k].kind == "code" and _assigns(lines[k].text, name):
                mark.kind = "code"
                break
            k -= 1


def _assigns(code: str, name: str) -> bool:
    """Does the line of code assign ``name`` ("dist <- …", "fig = …", not "fig == …")?"""
    at = code.find(name)
    while at >= 0:
        before = code[at - 1] if at else " "
        after = code[at + len(name) :].lstrip()
        if not (before.isalnum() or before in "_.$") and (
            after.startswith("<-") or (after.startswith("=") and not after.startswith("=="))
        ):
            return True
        at = code.find(name, at + 1)
    return False


# a row of a printed data frame: its number, then its values ("1   Jocqué,Rudy 2008 …")
_FRAME_ROW = regex.compile(r"(\d{1,7}) +\S")
#: a printed frame's column header has at most this many words
FRAME_HEADER_MAX_WORDS = 8


def _printed_frames(lines: list[Line], marks: list[_Mark]) -> None:
    """ "1 University of Kansas…" / "2 Natural History Museum…": lines numbered 1, 2, 3… (or
    0, 1, 2…) one under the other, right under code or under a header of column names that
    is under code (or under a label such as "Studies:"), are the rows of a data frame a
    program printed: R numbers them from 1, pandas from 0. (A numbered line of prose has its
    "." or ")"; numbered headings take turns with text.)"""
    starts = [
        i
        for i, (line, mark) in enumerate(zip(lines, marks, strict=True))
        if mark.kind == "text" and line.text[:1] in ("0", "1")
    ]
    done = 0  # (the rows up to here belong to a frame already read)
    for i in starts:
        first = _row_number(lines[i].text) if i >= done and marks[i].kind == "text" else None
        if first not in (0, 1):
            continue
        j = i + 1
        while (
            j < len(marks)
            and marks[j].kind in ("text", "code")  # (a row of numbers may be code already)
            and _row_number(lines[j].text) == first + j - i
        ):
            j += 1
        if j - i >= 2 and _under_code_or_header(lines, marks, i):
            for k in range(i, j):
                marks[k].kind = "code"
        done = j


# "Last updated:  2013-07-27": a label, two spaces or more, and its value
_PADDED_FIELD = regex.compile(r"\S[^\t]{0,40}?\S  +(?=\S)")
#: a program's printout of fields is at least this many lines, their values in one column
PRINTED_FIELDS_MIN = 3


def _printed_fields(lines: list[Line], marks: list[_Mark]) -> None:
    """ "Study title:   Replication data…" / "Last updated:  2013-07-27…" / "Status:
    RELEASED": lines right under code whose values are padded into one column are a record
    the code printed, not "Key: value" fields of the article (nor a heading among them)."""
    under_code = [
        i + 1
        for i, (mark, below) in enumerate(itertools.pairwise(marks))
        if mark.kind == "code" and below.kind == "text"
    ]
    for first in under_code:
        column = _value_column(lines[first].raw) if marks[first].kind == "text" else 0
        j = first
        while (
            column
            and j < len(marks)
            and marks[j].kind == "text"
            and _value_column(lines[j].raw) == column
        ):
            j += 1
        if j - first >= PRINTED_FIELDS_MIN:
            for k in range(first, j):
                marks[k].kind = "code"


def _value_column(text: str) -> int:
    """Where a padded field's value starts ("Status:        RELEASED" -> 15), or 0."""
    if "  " not in text:
        return 0  # (most lines)
    found = _PADDED_FIELD.match(text)
    return found.end() if found else 0


def _row_number(text: str) -> int | None:
    if not text[:1].isdigit():
        return None  # (most lines)
    found = _FRAME_ROW.match(text)
    return int(found[1]) if found else None


def _under_code_or_header(lines: list[Line], marks: list[_Mark], i: int) -> bool:
    if i == 0 or marks[i - 1].kind == "blank":
        return False
    if marks[i - 1].kind == "code":
        return True
    header = lines[i - 1]
    if header.indent < 2 or not words_at_most(header.text, FRAME_HEADER_MAX_WORDS):
        return False  # (column names stand over their column, indented)
    if marks[i - 1].kind != "text" or i < 2:
        return False
    return marks[i - 2].kind == "code" or lines[i - 2].text.endswith(":")


def _row_shape(text: str) -> str:
    """ "input:011, index:4, output 1" -> "a:0, a:0, a 0"."""
    return _DIGIT_RUN.sub("0", _LETTER_RUN.sub("a", text))


# a clause of an SQL statement, its keyword in capitals ("WHERE project IN (…)", "AND ts >")
_SQL_CLAUSE = regex.compile(
    r"(?:SELECT|FROM|WHERE|AND|OR|ORDER BY|GROUP BY|HAVING|LIMIT|OFFSET|UNION(?: ALL)?|ON|"
    r"(?:LEFT |RIGHT |INNER |FULL |CROSS )?JOIN|SET|VALUES|RETURNING) "
)


def _continues_sql(lines: list[Line], marks: list[_Mark], i: int) -> bool:
    """ "WHERE project IN ({names})" glued under "SELECT * FROM downloads": the next clause
    of the statement, though its words read as an ALL-CAPS heading."""
    if i == 0 or marks[i - 1].kind != "code" or not lines[i].text[:1].isupper():
        return False  # (most lines)
    return (
        _SQL_CLAUSE.match(lines[i].text) is not None
        and _SQL_CLAUSE.match(lines[i - 1].text.lstrip()) is not None
    )


def _continues_indented_code(lines: list[Line], marks: list[_Mark], i: int) -> bool:
    """A line glued under an indented line of code, at least as deep, goes on with that code
    ("        run: npm install -g" under "        if: env.fork"): prose is not indented
    inside a block of code."""
    above = i - 1
    return (
        above >= 0
        and marks[above].kind == "code"
        and lines[above].indent >= 2
        and lines[i].indent >= lines[above].indent
    )


#: how many lines of code above a line are searched for the shell prompt that printed it
PROMPT_LOOKBACK = 30
# a shell prompt and a command: "$ go run .", "$> kubectl get pods", "% make test",
# "PS C:\\> dir", "(pprof) top" (R's str() prints "$ name: chr ..." lines, output and not a
# prompt)
_SHELL_PROMPT = regex.compile(
    r"\s*(?:(?:\$>?|%|\u276f|PS [^>]*>) (?![\w.]+\s*:)[a-z.~/]"
    r"|(?P<debugger>\((?:pprof|gdb|dlv|lldb|Pdb|pdb)\)) )"
)


#: dashes that open a quotation's attribution ("— Matthew Turk (@mturk) October 5, 2022")
ATTRIBUTION_DASHES = ("\u2014", "\u2015")


def _attributions(lines: list[Line], marks: list[_Mark]) -> None:
    """A line opened by an em dash with no other item beside it is the attribution of the
    quotation or post above it, text and not a list of one item."""
    for i, mark in enumerate(marks):
        if mark.kind != "item" or not lines[i].text.startswith(ATTRIBUTION_DASHES):
            continue
        above = next(
            (marks[k].kind for k in range(i - 1, -1, -1) if marks[k].kind != "blank"), None
        )
        below = next(
            (marks[k].kind for k in range(i + 1, len(marks)) if marks[k].kind != "blank"), None
        )
        if above != "item" and below != "item":
            marks[i] = _Mark("text")


def _printed_under_prompt(lines: list[Line], marks: list[_Mark], i: int, spaced: bool) -> bool:
    """A line glued under a shell command ("$ go run .") and what it printed is output
    ("hello", "greet.go:23: unreachable func"), unless the article goes on there: a
    sentence, a line introducing what follows (":"), or - in an article without blank
    lines between its blocks - a capitalised line, which may be the next heading ("Write a
    Dockerfile" under "$ go get …"). Where blank lines set the blocks apart, a heading
    stands after one: "Flash params set to 0x0020" glued under the command is output."""
    if i == 0 or marks[i - 1].kind != "code":
        return False  # (most lines: nothing to search)
    text = lines[i].text
    if text.endswith(":") or (
        ends_sentence(text) and word_count(text) >= PROSE_AFTER_OUTPUT_MIN_WORDS
    ):
        return False
    k = i - 1
    while k >= 0 and i - k <= PROMPT_LOOKBACK and marks[k].kind == "code":
        if prompt := _SHELL_PROMPT.match(lines[k].text):
            # a debugger prints capitalised lines ("Process 4196 stopped") where a shell's
            # command may be followed by the next heading ("Write a Dockerfile")
            return spaced or not text[:1].isupper() or prompt["debugger"] is not None
        k -= 1
    return False


#: a sentence of this many words under a command's output is the article again
PROSE_AFTER_OUTPUT_MIN_WORDS = 4


# "- name: Cache R packages", "- uses: actions/checkout@v4": an entry of a YAML list
_YAML_ITEM = regex.compile(r"-\s+[a-z_][\w-]*:(?:\s|$)")
# a line of a YAML configuration: "key:", "key: value", "- key: value", "- item" (one word)
_CONFIG_KEY = regex.compile(r"(?:-\s+)?[A-Za-z_][\w./-]*:(?:\s|$)")  # "app.kubernetes.io/name:"
_CONFIG_ITEM = regex.compile(r"-\s+\S+$")


def _config_blocks(lines: list[Line], marks: list[_Mark]) -> None:
    """A stretch of CONFIG_MIN_LINES lines or more, with no blank line, each a "key:", "key:
    value" or "- item" line or the value of a "key: |" above it, nested by indentation under
    a "key:" line, is a configuration file (a workflow, a manifest): code. In a compact
    article, with no blank lines anywhere, the stretch is found between the prose lines
    around it. A contact card ("Name: Jane", "Email: …") has no nesting and stays text."""
    i, n = 0, len(lines)
    while i < n:
        text = lines[i].text
        # (a key holds a ":", an item opens with "-": most lines are spared both patterns)
        if not (":" in text or text[:1] == "-") or (
            _CONFIG_KEY.match(text) is None and _CONFIG_ITEM.match(text) is None
        ):
            i += 1  # (a stretch opens with a key or an item: most lines are prose)
            continue
        j, keys, items, nested = _config_stretch(lines, marks, i)
        # (items may outnumber the keys of a manifest: "host:" over "- python", "- pip")
        if j - i >= CONFIG_MIN_LINES and nested and (keys >= items or keys >= CONFIG_MIN_KEYS):
            for k in range(i, j):
                marks[k].kind = "code"
        i = max(j, i + 1)


#: a nested stretch with this many lower-case keys is configuration however many items
CONFIG_MIN_KEYS = 3


def _config_stretch(lines: list[Line], marks: list[_Mark], i: int) -> tuple[int, int, int, bool]:
    """(end, keys, items, nested) of the configuration lines from ``i`` on; ``keys`` counts
    the lower-case keys less the capitalised ones."""
    keys = items = 0
    nested = False
    opener = -1  # indentation of the last "key:" / "key: |" line, whose value is below it
    scalar = False  # that line opens a block of text ("run: |"), not a mapping
    j = i
    while j < len(lines) and marks[j].kind != "blank":
        line = lines[j]
        text = line.text
        inside = opener >= 0 and line.indent > opener
        if j > i and (text in _YAML_MARKERS or _comment_between_keys(lines, marks, j)):
            j += 1  # "---" between documents, "..." where the writer cut the file, comments
            continue
        if _CONFIG_KEY.match(text) and not _reads_as_sentence_value(text.split(" #", 1)[0]):
            # configuration keys are identifiers ("apiVersion", "runs-on"); "Author: Noam
            # Ross" under a list marker is a label of a Markdown list
            keys += 1 if text.lstrip("- ")[:1].islower() else -1
        elif _CONFIG_ITEM.match(text):
            items += 1
        elif not inside or not (scalar or " " not in text):
            # a line of prose; under a plain "Reviewers:" only keys, items and one-word
            # values, so that a list of names under a label stays a list
            break
        if inside and lines[j - 1].indent == opener:
            nested = True
        if text.endswith(_VALUE_BELOW) and _CONFIG_KEY.match(text):
            opener, scalar = line.indent, not text.endswith(":")
        elif not inside:
            opener = -1
        j += 1
    return j, keys, items, nested


_YAML_MARKERS = frozenset({"---", "...", "\u2026"})


def _comment_between_keys(lines: list[Line], marks: list[_Mark], j: int) -> bool:
    """ "  # Check out the repository" above "  - uses: actions/checkout@v4": a comment of
    the file (a "#" line above prose may be a Markdown heading)."""
    if not lines[j].text.startswith("#") or j + 1 >= len(lines) or marks[j + 1].kind == "blank":
        return False
    below = lines[j + 1].text
    return _CONFIG_KEY.match(below) is not None or _CONFIG_ITEM.match(below) is not None


# a key whose value is on the lines below it: "metadata:", "run: |", "script: >-"
_VALUE_BELOW = (":", "|", ">", "|-", ">-", "|+", ">+")
#: a "Key: value" line whose value is a sentence this long is prose ("Note: this is …")
CONFIG_SENTENCE_MIN_WORDS = 5


def _reads_as_sentence_value(text: str) -> bool:
    return ends_sentence(text) and word_count(text) >= CONFIG_SENTENCE_MIN_WORDS


def _introduces(text: str) -> bool:
    """A capitalised line of words ending in ":" ("Use drop_duplicates:", "Then run:")."""
    return (
        text.endswith(":")
        and text[:1].isupper()
        and word_count(text) >= 2
        and not any(c in text for c in "=(){}[]<>;")
    )


def _absorb_sandwiched(lines: list[Line], marks: list[_Mark]) -> None:
    """A line directly between two code lines (no blank line around it) is part of the
    code - a comment ("# Add the key"), a column header of printed output - unless it reads
    like a sentence."""
    for i in range(1, len(marks) - 1):
        if marks[i].kind not in ("text", "table"):
            continue
        before, after = marks[i - 1].kind == "code", marks[i + 1].kind == "code"
        text = lines[i].text
        if (
            before
            and after
            and not ends_sentence(text)
            and not text.endswith(":")
            # "Step 5 Enable the Route" between two commands: the next step's title
            and not (text[:1] in "Ss" and _STEP_WITHOUT_SEPARATOR.match(text))
        ):
            marks[i].kind = "code"
    _hash_lines_beside_code(lines, marks)


def _hash_lines_beside_code(lines: list[Line], marks: list[_Mark]) -> None:
    """A run of "#" lines (no blank line between) glued to code, or holding a line of code,
    is comments ("# Add the key"); a stack of three or more right after a block of code is
    what the code printed (knitr's "## " output)."""
    start = 0
    while start < len(marks):
        if not lines[start].text.startswith("#"):
            start += 1
            continue
        end = start
        while end < len(marks) and lines[end].text.startswith("#"):
            end += 1
        run = marks[start:end]
        # a plain command glued under the "#" lines is code with its comment
        command = end < len(marks) and marks[end].kind != "code" and _command_like(lines[end].text)
        glued = (
            (start > 0 and marks[start - 1].kind == "code")
            or (end < len(marks) and marks[end].kind == "code")
            or command
        )
        before = _neighbour(marks, start, -1)
        printed = before is not None and marks[before].kind == "code"
        holds_code = any(m.kind == "code" for m in run)
        after = _neighbour(marks, end - 1, 1)
        between_code = printed and after is not None and marks[after].kind == "code"
        # "## Now I subset x2." between two blocks of code: a comment that reads as a sentence
        remarks = between_code and all(
            ends_sentence(ln.text) and not ln.text.endswith("?") for ln in lines[start:end]
        )
        # a bare "#" between "#" lines: a blank line inside a block of comments
        bare = end - start >= 2 and any(ln.text.strip() == "#" for ln in lines[start:end])
        if any(m.kind == "atx" for m in run) and (
            glued or holds_code or remarks or bare or (printed and len(run) >= COMMENT_STACK_MIN)
        ):
            for mark in run:
                mark.kind = "code"
            if command:
                marks[end].kind = "code"
        start = end


def _command_like(text: str) -> bool:
    """ "pixi exec feedrattler my-feedstock gh_user", "$CONDA activate env": a line of words
    starting in lower case or with a shell's "$", "./", "~", that ends no sentence - a
    command too plain to score as code, which a paragraph under a heading never is."""
    return (
        " " in text
        and (text[0].islower() or text[0] in "$./~")
        and not ends_sentence(text)
        and text[-1] != ":"
    )


_COLUMN_GAP = regex.compile(r"\S(?: ?\S)*+")  # a cell: words joined by single spaces
_ROW_INDEX_CELL = regex.compile(r"\d{1,6}:?|\[\d+,?\]")
_TYPE_CELL = regex.compile(r"<[a-z]{2,5}>")


def _aligned_tables(lines: list[Line], marks: list[_Mark]) -> None:
    """A run of ALIGNED_TABLE_MIN_ROWS lines or more whose cells (split by two spaces or
    more) line up in the same columns, under a header row of words, is a table typed with
    spaces ("Framework    Requests/s"). Printed data frames are not: their rows start with
    an index ("1", "2:", "[1,]") or a row of column types ("<chr>"), and they stand under
    the code that printed them."""
    for i, j in _runs(marks, lambda kind: kind in ("code", "text")):
        if j - i < ALIGNED_TABLE_MIN_ROWS or "  " not in lines[i].raw.strip():
            continue  # (the header shows the two spaces between its columns)
        before = _neighbour(marks, i, -1)
        if before is not None and marks[before].kind == "code":
            continue  # output of the code above it
        rows = _rows_of_cells(lines[i:j])
        if rows is None or not _is_aligned_table(rows[0], rows[1:]):
            continue
        for k, row in zip(range(i, j), rows, strict=True):
            marks[k] = _Mark("table", [text for _, _, text in row])


def _rows_of_cells(run: list[Line]) -> list[list[tuple[int, int, str]]] | None:
    """The cells of every line of ``run``, or None as soon as one line has not as many
    cells as the first (a long run of code is given up at its first odd line)."""
    rows: list[list[tuple[int, int, str]]] = []
    for line in run:
        cells = _spaced_cells(line.raw)
        if cells is None or (rows and len(cells) != len(rows[0])):
            return None
        rows.append(cells)
    return rows


def _spaced_cells(raw: str) -> list[tuple[int, int, str]] | None:
    """(start, end, text) of the cells of a line split at runs of two spaces or more, or
    None for a line with fewer than two cells or a tab in it."""
    if "\t" in raw:
        return None
    cells = [(m.start(), m.end(), m.group()) for m in _COLUMN_GAP.finditer(raw)]
    return cells if len(cells) >= 2 else None


def _is_aligned_table(
    header: list[tuple[int, int, str]], body: list[list[tuple[int, int, str]]]
) -> bool:
    if any(not any(c.isalpha() for c in text) for _, _, text in header):
        return False  # a header names its columns
    if any(len(row) != len(header) for row in body):
        return False
    if all(_ROW_INDEX_CELL.fullmatch(row[0][2]) for row in body):
        return False  # a printed data frame's row index
    if any(all(_TYPE_CELL.fullmatch(text) for _, _, text in row) for row in body):
        return False  # a tibble's row of column types
    for col, (start, end, _) in enumerate(header):
        left = all(row[col][0] == start for row in body)
        right = all(row[col][1] == end for row in body)
        if not (left or right):
            return False
    return True


def _demote_lone_table_rows(marks: list[_Mark]) -> None:
    """A table needs two rows in a row; a lone "a | b" line is text."""
    for i, mark in enumerate(marks):
        if mark.kind != "table":
            continue
        before = i > 0 and marks[i - 1].kind == "table"
        after = i + 1 < len(marks) and marks[i + 1].kind == "table"
        if not before and not after:
            mark.kind = "text"


def _atx_runs(marks: list[_Mark]) -> list[tuple[int, int]]:
    """Runs of "#" lines with only blank lines between them, as (first, last) line indexes."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(marks):
        if marks[i].kind != "atx":
            i += 1
            continue
        last = i
        j = i + 1
        while j < len(marks) and marks[j].kind in ("atx", "blank"):
            if marks[j].kind == "atx":
                last = j
            j += 1
        runs.append((i, last))
        i = last + 1
    return runs


def _beside_code(lines: list[Line], marks: list[_Mark], first: int, last: int) -> bool:
    before, after = _neighbour(marks, first, -1), _neighbour(marks, last, 1)
    return any(k is not None and marks[k].kind == "code" for k in (before, after)) or (
        _glued_command(lines, marks, last + 1)
    )


def _glued_command(lines: list[Line], marks: list[_Mark], i: int) -> bool:
    """Is line i, right under a "#" line, weakly code-like ("brew install mongodb") or a
    short lower-case line that is no sentence ("mongod", "gh repo fork me/repo"), as a shell
    command under its comment is?"""
    if i >= len(marks) or marks[i].kind != "text":
        return False
    text = lines[i].text
    command_like = (
        text[0].islower() and not ends_sentence(text) and word_count(text) <= COMMAND_MAX_WORDS
    )
    return command_like or code_score(lines[i].raw) >= CODE_THRESHOLD / 2


def _hash_lines_are_comments(lines: list[Line], marks: list[_Mark], blocks: list[RawBlock]) -> bool:
    """An article marks all its headings with "#" or none: when its headings are unmarked
    lines and every "#" line sits beside code (before or after it, blank lines aside, or
    right above a shell command), the "#" lines are comments of that code ("# Install the
    server") or what it printed ("## Loading required package"), not headings. Marks them
    (and the commands under them) as code; True if any."""
    runs = _atx_runs(marks)
    if not runs or any(not _beside_code(lines, marks, a, b) for a, b in runs):
        return False
    unmarked = sum(1 for b in blocks if b.kind == "heading" and b.cue not in ("atx", "setext"))
    if unmarked < UNMARKED_HEADINGS_MIN:
        return False
    for first, last in runs:
        if _glued_command(lines, marks, last + 1):
            marks[last + 1].kind = "code"
        for k in range(first, last + 1):
            if marks[k].kind == "atx":
                marks[k].kind = "code"
    return True


# --------------------------------------------------------------------------- pass 2


def _group(
    lines: list[Line], marks: list[_Mark], options: ParseOptions, one_line_paragraphs: bool
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


# a reStructuredText directive: ".. image:: /img/tiles.png", ".. note::"
_RST_DIRECTIVE = regex.compile(r"\.\. ([A-Za-z][\w-]*)::(?:\s|$)")
#: directives whose body is code: their line stays with the code under it
CODE_DIRECTIVES = frozenset(("code-block", "code", "sourcecode", "literalinclude"))
#: directives that show a picture: set aside as images, with their ":alt:"-style options
IMAGE_DIRECTIVES = frozenset(("image", "figure"))


def _directive(
    lines: list[Line], marks: list[_Mark], i: int, gap: bool, blocks: list[RawBlock]
) -> int:
    """A reStructuredText directive's line ("… note::", "… image:: /img/a.png"), set aside
    as markup, its body read as text; an image's options (":alt: …") go with it."""
    line = lines[i]
    name = _RST_DIRECTIVE.match(line.text)
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
ASCIIDOC_HEADER_LINES = 2


def _asciidoc_header(lines: list[Line], marks: list[_Mark], i: int, blocks: list[RawBlock]) -> int:
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


def _underline_levels(lines: list[Line], marks: list[_Mark]) -> dict[tuple[str, bool], int]:
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
    lines: list[Line], marks: list[_Mark], options: ParseOptions, one_line_paragraphs: bool
) -> list[int]:
    """For every line, the width its chunk (run of non-blank lines) seems wrapped at, or 0
    when the chunk is not hard-wrapped (long one-line paragraphs, compact layout). A line
    that names a special section ("Links mentioned in this episode") is never wrapped into
    the line under it."""
    widths = [0] * len(lines)
    # rows under a wrapped paragraph ("17:00 – Gates open" / "17:30 – Big Band") are far
    # from the width the article's paragraphs show, however close to each other's
    document = 0 if one_line_paragraphs else _document_wrap_width(lines, marks)
    for i, j in _runs(marks, lambda kind: kind != "blank"):
        prose = [len(lines[k].text) for k in range(i, j) if marks[k].kind in ("text", "item")]
        width = max(prose, default=0)
        if len(prose) >= 2 and WRAP_MIN_WIDTH <= width < document:
            width = document
        if (
            len(prose) >= 2
            and WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH
            and not _sentence_lines(lines[i:j])
            and not _rows_of_fields(
                [lines[k] for k in range(i, j) if marks[k].kind == "text"], width
            )
        ):
            for k in range(i, j):
                # in an article written one line per paragraph, three short lines under
                # "Pros" are a column of items, not a paragraph wrapped at 35 characters;
                # only a line going on in lower case ("why your skills…") continues one
                if not one_line_paragraphs or lines[k].text[:1].islower():
                    widths[k] = width
            named = [special_kind(lines[k].text, options) is not None for k in range(i, j)]
            for k in range(i, j - 1):
                # a section's name, or a footer under an ended paragraph, is never wrapped
                # into the line under or above it; nor is a field ("Author: Sam Osei"),
                # unless it stops on a comma
                ends_run = named[k - i] or (
                    not lines[k].text.endswith(",") and _field_line(lines[k].text, options)
                )
                if (
                    ends_run
                    or named[k + 1 - i]
                    or _caption_or_footer(lines[k], lines[k + 1], options)
                    or _field_line(lines[k + 1].text, options)
                ):
                    widths[k + 1] = 0
    return widths


def _field_line(text: str, options: ParseOptions) -> bool:
    """ "Author: Sam Osei", "Title: Growing Tomatoes", "Tags: a, b": a labelled field."""
    if ":" not in text:
        return False
    kv = key_value(text)
    if kv is None:
        return False
    key = kv.group("key")
    return _is_field_key(key, options) or normalize_name(key) in TITLE_FIELD_LABELS


def _caption_or_footer(prev: Line, line: Line, options: ParseOptions) -> bool:
    """An interface line glued above a paragraph ("Image caption, Waves crashed…"), or a
    footer glued under one that has ended ("…was quieter." / "© 2025 The Harbour Daily"):
    not a line of that paragraph. (A line going on in lower case, "share this with you.",
    still continues one.)"""
    if line.text[:1].islower():
        return False
    if ends_sentence(prev.text):
        return is_ui_remnant(line.text, options)
    return prev.text[:1].isupper() and is_ui_remnant(prev.text, options)


def _runs(marks: list[_Mark], inside: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """The runs ``[i, j)`` of consecutive lines whose mark kind is ``inside`` one."""
    i = 0
    while i < len(marks):
        if not inside(marks[i].kind):
            i += 1
            continue
        j = i
        while j < len(marks) and inside(marks[j].kind):
            j += 1
        yield i, j
        i = j


def _one_line_paragraphs(lines: list[Line], marks: list[_Mark]) -> bool:
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


def _document_wrap_width(lines: list[Line], marks: list[_Mark]) -> int:
    """The width the article is hard-wrapped at, or 0 when no paragraph shows it: the
    widest run of three text lines or more, at most WRAP_MAX_WIDTH and at least
    WRAP_EVIDENCE_MIN_WIDTH wide, two of whose lines break mid-sentence close to its width."""
    document = 0
    for i, j in _runs(marks, lambda kind: kind == "text"):
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
    return _short_paragraphs_and_headings(chunk, width)


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
SHORT_PARAGRAPH_LINES_MIN = 2


def _rows_of_fields(chunk: list[Line], width: int) -> bool:
    """Rows set one under another ("225 g butter, softened" / "200 g sugar" / "2 eggs",
    "Driver: 10 mm" / "Battery: 5 hours" / "Bluetooth: 5.3"): a line inside the chunk
    that is far from the width, after a line that ends no sentence, and ends none itself.
    A wrapper breaks every line but the last close to its width, and a paragraph that
    ended early would end a sentence. Nor does a wrapped line open with a key and a colon
    each time ("Step 2: …")."""
    if all(_keyed_row(line.text) for line in chunk):
        return True
    if all(_TIME_FIRST.match(line.text) for line in chunk):
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
TITLE_ABOVE_WRAP_MAX_SHARE = 0.6


_BOLD_LINE = regex.compile(r"(\*\*|__)[^*_\s](?:[^*_]*[^*_\s])?\1")


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
FITTED_MAX_SHARE = 0.85


#: a line at least this share of the width its chunk is wrapped at was broken there because
#: the next word did not fit
FULL_LINE_MIN_SHARE = 0.6


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
    m = _EMOJI_START.match(text)
    return m is not None and text[m.end() : m.end() + 1].isupper()


# a run of emoji (with their modifiers and joiners) or of their shortcodes (":tada:", as
# Markdown sources write them), and the space after it
_EMOJI_START = regex.compile(
    r"(?:[\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0f]|:[a-z0-9_+-]++:(?=\s))++\s*+"
)


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
    marks: list[_Mark],
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
    ordered = any(m.group(g) is not None for g in ("num", "pnum", "letter", "pletter"))
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
        link = j == i + 1 and nxt.indent >= line.indent and _address_alone(nxt.text)
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


#: a capitalised line of this many words at most, ending no sentence, under a list item
#: and not indented under its text, is a heading or a label of its own
APART_FROM_ITEM_MAX_WORDS = 4


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


#: a "> " line whose text scores this much as code is R's or Python's prompt, not a quote
QUOTE_MAX_CODE_SCORE = 1.0


def _quoted(text: str) -> bool:
    """ "> It is end-of-life in October", ">> nested", ">": a line of a quoted message."""
    return len(text) == 1 or text[1] in " >"


def _quote(lines: list[Line], marks: list[_Mark], i: int, gap: bool, blocks: list[RawBlock]) -> int:
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


def _paragraph(
    lines: list[Line],
    marks: list[_Mark],
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
        and _is_full(prev, wrap_width[j])
        and not _new_block_after_sentence(
            prev, lines[j], lines[j + 1] if j + 1 < len(lines) else None, wrap_width[j]
        )
        and not _next_word_fitted(prev, lines[j], wrap_width[j])
        # "**Why envelopes work**": a line in bold whole is a subhead, no line of a paragraph
        and not _BOLD_LINE.fullmatch(lines[j].text)
        and not _BOLD_LINE.fullmatch(prev.text)
        and not (j + 1 < len(lines) and marks[j + 1].kind == "underline")
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


# --------------------------------------------------------------------------- pass 3


def _fields_over_two_lines(blocks: list[RawBlock], options: ParseOptions) -> None:
    """ "Date:" with "April 14, 2025" glued under it: one field whose label and value a
    page set in cells of their own (a definition list, a table of facts), one line each.
    The two lines become one key-value block, read as "Date: April 14, 2025" would be."""
    out: list[RawBlock] = []
    k = 0
    while k < len(blocks):
        block = blocks[k]
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        out.append(block)
        k += 1
        if nxt is None or not _field_label(block, options) or not _field_value(nxt):
            continue
        block.kind = "key_value"
        block.key, block.value = block.text.rstrip(" :\uff1a"), nxt.text
        block.text = f"{block.text} {nxt.text}"
        block.end = nxt.end
        block.line_spans = block.line_spans + nxt.line_spans
        k += 1
    blocks[:] = out


def _field_label(block: RawBlock, options: ParseOptions) -> bool:
    """ "Date:", "Published:", "Author:" alone on a line: the label of a byline or date."""
    if block.kind != "paragraph" or block.literal or len(block.line_spans) != 1:
        return False
    text = block.text
    if not text.endswith((":", "\uff1a")) or len(text) > FIELD_LABEL_MAX_CHARS:
        return False
    key = text.rstrip(" :\uff1a")
    return key.casefold() in FIELD_LABELS or _byline_or_date_key(key, options)


def _field_value(block: RawBlock) -> bool:
    """The one short line of a field's value, glued under its label."""
    return (
        block.kind == "paragraph"
        and not block.literal
        and not block.gap_before
        and len(block.line_spans) == 1
        and words_at_most(block.text, FIELD_VALUE_MAX_WORDS)
        and not block.text.endswith((":", "\uff1a"))
    )


#: a field's label alone on its line ("Last updated:") is no longer than this
FIELD_LABEL_MAX_CHARS = 24
#: a field's value on the line under its label (a date, a name) is at most this many words
FIELD_VALUE_MAX_WORDS = 12


def _is_field_key(key: str, options: ParseOptions) -> bool:
    """Is "key" the label of a field ("Tags", "Summary", "Published", "By")?"""
    return special_kind(key, options) is not None or _byline_or_date_key(key, options)


def _byline_or_date_key(key: str, options: ParseOptions) -> bool:
    """Is "key" ("Published", "Author") a byline or date prefix without its colon?"""
    low = key.casefold().strip(" :\uff1a")
    return any(p.strip(" :") == low for p in options.byline_prefixes + options.date_prefixes)


def _above_the_tags(nxt: RawBlock | None, options: ParseOptions) -> bool:
    """Is ``nxt`` the article's tags line ("Tags: conda-forge")? A line right above it
    closes the body (a signature, a sign-off): as a heading it would head nothing."""
    if nxt is None or nxt.kind != "paragraph" or len(nxt.line_spans) != 1:
        return False
    kv = key_value(nxt.text) if ":" in nxt.text else None
    return kv is not None and special_kind(kv.group("key"), options) == "tags"


def _resolve(
    blocks: list[RawBlock], options: ParseOptions, rows: bool = False, compact: bool = False
) -> None:
    """Give every one-line paragraph its final kind: heading, label, key-value or text.
    ``rows``: the article separates its blocks with blank lines, so short lines glued under
    one another are rows (see _rows_are_not_headings).
    ``compact``: it writes paragraphs on one line each with no blank line between blocks
    (see _compact_evidence)."""
    _numbered_sections(blocks)
    _fields_over_two_lines(blocks, options)
    speakers = _speaker_turns(blocks)
    records = _record_keys(blocks)
    for k, block in enumerate(blocks):
        prev = blocks[k - 1] if k > 0 else None
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        after = blocks[k + 2] if k + 2 < len(blocks) else None
        if block.kind == "list_item":
            _numbered_heading(block, prev, nxt)
            continue
        if block.kind == "code":
            if _heading_naming_code(block, prev, nxt, after):
                block.kind = "heading"
            continue
        if block.kind != "paragraph" or len(block.line_spans) != 1:
            continue
        text = block.text
        if _wiki_heading(block):
            continue
        if (
            _ends_with_colon(text)
            and word_count(text) <= LABEL_MAX_WORDS
            and not text.startswith(("http://", "https://"))
        ):
            block.kind = "label"
            continue
        turn = SPEAKER_TURN.match(text) if speakers else None
        if turn and turn.group("who") in speakers:
            continue  # "KO: What got you started?": a turn of an interview, not a heading
        kv = key_value(text) if ":" in text or "\uff1a" in text else None
        if kv and word_count(kv.group("key")) <= 4 and not kv.group("value").startswith("//"):
            block.key = kv.group("key").strip()
            block.value = kv.group("value").strip()
            if _is_field_key(block.key, options):
                block.kind = "key_value"
                continue
            # a "Step 2: Do this" line is a numbered heading, not a key-value pair
            if STEP_HEADING.match(text) and heading_like(text):
                block.kind, block.cue = "heading", "step"
                continue
            if _metadata_line(block.key, block.value) or _setting_line(block.key, block.value):
                continue
            if block.key.casefold() in records and not block.value.endswith("?"):
                _names_record(prev)
                continue  # "Job: Data Scientist at Acme": a field of one of the records listed
        elif text[:1] in "Ss" and _STEP_WITHOUT_SEPARATOR.match(text) and heading_like(text):
            block.kind, block.cue = "heading", "step"  # "Step 5 Enable Load Balancing"
            continue
        if (
            (
                _is_heading(block, prev, nxt, after, compact)
                # "Examples of using predict_linear": a heading that names code, which
                # scored too much like code to be judged as it stands
                or (
                    text[0].isalpha()
                    # (the line with its calls read as words has as many words as it, and a
                    # heading has no more than this: a long line is spared a second code
                    # score, which is not remembered for it)
                    and words_at_most(text, HEADING_MAX_WORDS)
                    and code_score(text) >= 1.0
                    and _NAMED_CODE.search(text) is not None
                    and _heading_naming_code(block, prev, nxt, after)
                )
            )
            # "Acme Logistics · Berlin (Hybrid)": fields side by side, not a heading
            and " \u00b7 " not in text
            and not _above_the_tags(nxt, options)
            # "Department of Soil Science, Northern University": who wrote a paper
            and not is_affiliation(text)
        ):
            block.kind = "heading"
            num = numbered_heading(text)
            if num and num.group("num"):
                block.cue = "numbered"
                block.level = num.group("num").count(".") + 1
            elif num and num.group("roman"):
                block.cue, block.level = "numbered", 1
            elif is_all_caps(text):
                block.cue = "caps"
    if rows:
        _rows_are_not_headings(blocks)
    else:
        if compact:
            _rows_in_compact_text(blocks)
        _column_runs_without_blank_lines(blocks)
    _timed_rows_are_not_headings(blocks)
    _exclamations_close_passages(blocks)
    _sign_offs(blocks)
    _labels_over_prose(blocks, options)
    _interview_questions(blocks, speakers)
    _questions_alike(blocks)
    _year_headings(blocks)
    _box_marked_headings(blocks)
    _lone_numbered_item(blocks)
    _demote_heading_stacks(blocks)
    _heading_series(blocks)
    _bare_numbered_headings(blocks)
    _wiki_marks_every_heading(blocks)
    _section_credits(blocks)


def _line_key(block: RawBlock) -> str | None:
    """The key of a one-line "Key: value" paragraph, casefolded; None for any other block."""
    if block.kind != "paragraph" or len(block.line_spans) != 1:
        return None
    kv = key_value(block.text)
    return kv.group("key").strip().casefold() if kv else None


def _record_keys(blocks: list[RawBlock]) -> set[str]:
    """Keys of the fields an article repeats for every item it describes: a person's "Job:"
    and "Project contributions:", a project's "Team:" and "Code:". A key is a record's when
    it opens RECORD_KEY_MIN_LINES lines or more and one of them sits next to a line of
    another such key. A series of headings with the same prefix ("Challenge: Keeping our
    values", "Challenge: Scaling up") has a passage under each, not another field."""
    keys = [_line_key(block) for block in blocks]
    counts: dict[str, int] = {}
    for key in keys:
        if key is not None:
            counts[key] = counts.get(key, 0) + 1
    recurring = {key for key, n in counts.items() if n >= RECORD_KEY_MIN_LINES}
    records: set[str] = set()
    for above, below in pairwise(keys):
        if above in recurring and below in recurring and above != below:
            records.update(key for key in (above, below) if key is not None)
    return records


def _names_record(prev: RawBlock | None) -> None:
    """The short line right above a record's fields ("Jane Doe" / "Job: …") names the person
    or project the fields describe, as a card does: it heads no section."""
    if prev is not None and prev.kind == "heading" and prev.cue in (None, "caps"):
        prev.kind, prev.cue = "paragraph", None


def _wiki_heading(block: RawBlock) -> bool:
    """ "Early life[edit]": a wiki heading whatever its neighbours; its text loses the link."""
    if "]" not in block.text:
        return False  # (the pattern's last character: most lines skip the search)
    edit = WIKI_EDIT_LINK.search(block.text)
    if edit is None or edit.start() == 0 or not heading_like(block.text[: edit.start()]):
        return False
    block.kind, block.cue, block.text = "heading", "wiki", block.text[: edit.start()]
    return True


def _spaced(lines: list[Line]) -> bool:
    blanks = sum(1 for line in lines if line.blank)
    return blanks >= SPACED_MIN_BLANKS * (len(lines) - blanks)


def _rows_are_not_headings(blocks: list[RawBlock]) -> None:
    """Where blank lines separate the blocks, a short line glued under another one-line
    block is a row of a column ("Pros" then "Long battery life", rows of printed output),
    not a heading: a heading opens its run of lines."""
    for k, (prev, block) in enumerate(pairwise(blocks), start=1):
        if block.kind != "heading" or block.cue not in (None, "caps"):
            continue
        glued = not block.gap_before and prev.kind in ("paragraph", "heading")
        if (glued and len(prev.line_spans) == 1) or _opens_rows_under_heading(blocks, k):
            block.kind, block.cue = "paragraph", None


def _rows_in_compact_text(blocks: list[RawBlock]) -> None:
    """With no blank lines anywhere, a short line between two rows ("1 teaspoon cumin" /
    "Juice of half a lemon" / "Salt and pepper to taste", "Tom Reyes" / "Communications
    Manager" / "(541) 555-0142") is a row of the same column: a heading follows a paragraph
    or opens the article, it does not stand among rows."""
    for k in range(1, len(blocks) - 1):
        block = blocks[k]
        if block.kind != "heading" or block.cue not in (None, "caps"):
            continue
        prev, nxt = blocks[k - 1], blocks[k + 1]
        between_rows = _plain_row(prev) and _plain_row(nxt)
        # the last row of a column, with the next section's heading under it, would head an
        # empty section ("4 cups broth" / "Salt and pepper to taste" / "Instructions")
        last_row = (
            nxt.kind == "heading" and k >= 2 and _plain_row(prev) and _plain_row(blocks[k - 2])
        )
        if between_rows or last_row:
            block.kind, block.cue = "paragraph", None


def _column_runs_without_blank_lines(blocks: list[RawBlock]) -> None:
    """ "Benefits" / "28 days holiday" / "Free staff meals" / "Employee discount": a run of
    three short lines or more that end no sentence, in text without blank lines between its
    blocks (a wrapped paragraph there is one block of several lines), is a label
    and the rows of its column. The first line may head them; the others are rows, which
    head nothing (each would head an empty section, or the rows under it). The rows of a
    column are alike: "0:00 Welcome" / "2:30 First marathon" / "Guest Bio", where a line
    that does not open with a time ends rows that do, is a column and the next heading."""
    k = 0
    while k < len(blocks):
        end = after = k
        if _column_line(blocks[k]):
            end = k + 1
            while (
                end < len(blocks)
                and _column_line(blocks[end])
                and _opens_with_time(blocks[end].text) == _opens_with_time(blocks[k + 1].text)
            ):
                end += 1
            after = end
            if end - k > COMPACT_COLUMN_MIN_LINES and _next_label(blocks, k, end):
                end -= 1  # (the prose comes after that label)
        # (a stack of lines that all scored as headings is a section's heading over its
        # subsection's, "Registry" / "Look up datasets" / "Look up specific datasets": one
        # row at least the scorer left as text shows a column)
        if (
            end - k >= COMPACT_COLUMN_MIN_LINES
            and any(block.kind == "paragraph" for block in blocks[k + 1 : end])
            # between passages of prose: a column of a page's text, not lines of a listing
            # or of code's output ("Filters" / "Species: all")
            and k > 0
            and _is_prose(blocks[k - 1])
            and (after == len(blocks) or _is_prose(blocks[after]))
        ):
            for block in blocks[k + 1 : end]:
                block.kind, block.cue = "paragraph", None
        k = max(end, k + 1)


def _next_label(blocks: list[RawBlock], k: int, end: int) -> bool:
    """ "Ingredients" / "1 onion, diced" / "4 cups vegetable broth" / "Instructions": the last
    line of a column, a heading shaped like its label (as few words as it has, fewer than
    any row), is the label of the next passage, not a row of this one."""
    last = blocks[end - 1]
    words = word_count(last.text)
    return (
        last.kind == "heading"
        and words <= word_count(blocks[k].text)
        and all(words < word_count(row.text) for row in blocks[k + 1 : end - 1])
    )


def _opens_with_time(text: str) -> bool:
    return _TIME_FIRST.match(text) is not None


#: short lines one under another, the label above them included, that make a column
COMPACT_COLUMN_MIN_LINES = 3


def _column_line(block: RawBlock) -> bool:
    """A line of a column: a short one-line paragraph, or one scored as a heading, that
    ends no sentence and is no "Key: value" field."""
    return (
        (block.kind == "paragraph" or (block.kind == "heading" and block.cue in (None, "caps")))
        and not block.literal
        and _is_row(block)
        # "Some useful tips for package developers. :eyes:": a sentence before its emoji
        and not ends_sentence(EMOJI_END.sub("", EMOJI_SHORTCODES_END.sub("", block.text)))
        and key_value(block.text) is None
        # words, as a writer lists them ("Free staff meals", "28 days holiday"), not a
        # command, a path or a handle ("tern init ~/dotfiles"), nor a line going on from
        # the one above ("and")
        and _WORDS_ROW.fullmatch(block.text) is not None
    )


# a capitalised word or a number, then words, figures, "'", "-", "–", ",", "&", "%", "."
_WORDS_ROW = regex.compile(r"[\p{Lu}\p{N}][\p{L}\p{N}'\u2019\-\u2013,&%. ]*+")


def _timed_rows_are_not_headings(blocks: list[RawBlock]) -> None:
    """ "00:00 Intro" / "01:45 How it started" / "08:12 Overwatering", "17:00 – Gates open" /
    "17:30 – Big Band": a run of rows that each open with a time, one under another, is a
    programme; none of its rows is a heading over the others."""
    k = 0
    while k < len(blocks):
        end = k
        while (
            end < len(blocks)
            and _timed_row(blocks[end])
            and (end == k or not blocks[end].gap_before)
        ):
            end += 1
        if end - k >= TIMED_ROWS_MIN:
            for block in blocks[k:end]:
                if block.kind == "heading" and block.cue in (None, "caps"):
                    block.kind, block.cue = "paragraph", None
        k = max(end, k + 1)


#: a time opens this many rows one under another, the first of them included
TIMED_ROWS_MIN = 3
# "00:00", "(12:34)", "[1:02:45]", "9:00 AM", "17:30 –": a time opening a row
_TIME_FIRST = regex.compile(r"[(\[]?\d{1,2}:\d{2}(?::\d{2})?[)\]]?(?:\s?[AaPp]\.?[Mm]\.?)?\s")


def _timed_row(block: RawBlock) -> bool:
    return (
        block.kind in ("paragraph", "heading")
        and len(block.line_spans) == 1
        and not block.literal
        and _TIME_FIRST.match(block.text) is not None
    )


def _plain_row(block: RawBlock) -> bool:
    """A row of a column of words, not a "Key: value" field ("Servings: 4" above
    "Ingredients": a card of fields ends there, and a heading may follow it)."""
    return block.kind == "paragraph" and _is_row(block) and key_value(block.text) is None


def _wiki_marks_every_heading(blocks: list[RawBlock]) -> None:
    """Text taken from a wiki marks every heading ("== History =="): its other short lines
    (the titles listed under "See also", a caption) are no headings."""
    if sum(1 for b in blocks if b.kind == "heading" and b.cue == "wiki") < WIKI_HEADINGS_MIN:
        return
    for block in blocks:
        if block.kind == "heading" and block.cue in (None, "caps"):
            block.kind, block.cue = "paragraph", None


#: wiki-marked headings from which an article counts as wiki text
WIKI_HEADINGS_MIN = 2


def _opens_rows_under_heading(blocks: list[RawBlock], k: int) -> bool:
    """ "Features" / "Reads 1 GB in two seconds" / "Handles quoted fields": the first of
    the rows under a heading, the others glued under it, is a row too, not a subheading
    with nothing of its own."""
    if blocks[k - 1].kind != "heading" or not blocks[k].gap_before:
        return False
    end = k + 1
    while end < len(blocks) and not blocks[end].gap_before:
        if not _is_row(blocks[end]):
            return False
        end += 1
    return end - k - 1 >= ROWS_MIN_GLUED


def _is_row(block: RawBlock) -> bool:
    return (
        block.kind in ("paragraph", "heading")
        and len(block.line_spans) == 1
        and word_count(block.text) <= ROW_MAX_WORDS
        and not ends_sentence(block.text)
    )


#: rows glued under the first one, at least, for them all to be rows
ROWS_MIN_GLUED = 2
#: a row of a column is a few words
ROW_MAX_WORDS = 8


def _exclaims(text: str) -> bool:
    """Does this line end in "!" ("Voilà!", "Thanks, Mike! 🎉", "So much to explore!")?"""
    if "!" not in text:
        return False  # (what the patterns leave is a prefix of the line: most lines skip them)
    text = EMOJI_END.sub("", EMOJI_SHORTCODES_END.sub("", text))
    return text.rstrip(" \"'\u201d\u2019)*_").endswith("!")


def _exclamations_close_passages(blocks: list[RawBlock]) -> None:
    """An exclamation scored as a heading with another heading right under it would head an
    empty section: it is the closing cheer of the passage above it ("Thanks to Ann for this
    tip!", "Voilà!"). A heading with its own mark, or a numbered one, stays."""
    for block, nxt in pairwise(blocks):
        if (
            block.kind == "heading"
            and block.cue in (None, "caps")
            and nxt.kind == "heading"
            and _exclaims(block.text)
        ):
            block.kind, block.cue = "paragraph", None


#: a label heading its section ("FAQ:", "PyTorch API:") is a few words
LABEL_HEADING_MAX_WORDS = 4


def _labels_over_prose(blocks: list[RawBlock], options: ParseOptions) -> None:
    """ "FAQ:" or "Known Issues:" above a full paragraph, in Title Case: a heading the author
    ended with a colon. A callout's label ("Note:") or one in sentence case ("For example:")
    introduces the paragraph; one above a list or code is its lead-in."""
    for k, block in enumerate(blocks[:-1]):
        if block.kind != "label" or block.literal:
            continue
        if word_count(block.text) > LABEL_HEADING_MAX_WORDS:
            continue
        nxt = blocks[k + 1]
        if nxt.kind != "paragraph" or word_count(nxt.text) <= HEADING_FULL_PARAGRAPH_WORDS:
            continue
        name = block.text.rstrip(":\uff1a ").strip()
        if not name or special_kind(name, options) is not None or not heading_like(name):
            continue
        if name.casefold() in CALLOUT_LABELS:
            continue  # "Note:" introduces its paragraph
        if title_ratio(name) >= TITLE_CASE_MIN_RATIO:
            block.kind = "heading"


#: a signature under a sign-off is a name or a team of a few words
SIGNATURE_MAX_WORDS = 5


def _sign_offs(blocks: list[RawBlock]) -> None:
    """ "Cheers!" then "Team PyTorch": the post's sign-off and its signature close the last
    section; neither heads one. ("Thanks" above a paragraph of thanks is a section's
    heading: a sign-off has a short signature under it, or nothing.)"""
    for k, block in enumerate(blocks):
        if block.kind not in ("heading", "paragraph") or block.cue not in (None, "caps"):
            continue
        if block.text.rstrip("!.,\u2026 ").casefold() not in SIGN_OFFS:
            continue
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if nxt is None:
            block.kind, block.cue = "paragraph", None
        elif (
            nxt.kind in ("heading", "paragraph")
            and nxt.cue in (None, "caps")
            and len(nxt.line_spans) == 1
            and word_count(nxt.text) <= SIGNATURE_MAX_WORDS
            and not ends_sentence(nxt.text)
        ):
            block.kind, block.cue = "paragraph", None
            nxt.kind, nxt.cue = "paragraph", None


def _marked_question(blocks: list[RawBlock], k: int, speakers: set[str]) -> bool:
    """Is block k a one-line "Q: …?" question standing above a prose answer? (Not when "Q"
    is one speaker of a transcript whose answers are marked "A: …" too.)"""
    block = blocks[k]
    if block.kind not in ("paragraph", "heading") or len(block.line_spans) != 1:
        return False
    text = block.text.rstrip("\"'\u201d\u2019)*_ ")
    if not text.endswith("?") or not QUESTION_MARK.match(text):
        return False
    turn = SPEAKER_TURN.match(text)
    if turn and turn.group("who") in speakers:
        return False
    if word_count(text) > QUESTION_MAX_WORDS or "http://" in text or "https://" in text:
        return False
    nxt = blocks[k + 1] if k + 1 < len(blocks) else None
    if nxt is None or not _is_prose(nxt) or nxt.text.rstrip().endswith("?"):
        return False
    return block.gap_before or not nxt.gap_before  # not the closing line of a passage


def _interview_questions(blocks: list[RawBlock], speakers: set[str]) -> None:
    """An interview that marks its questions "Q: …?", each on a line of its own above the
    answer, is read by its questions: they are its headings, however long (a heading is
    otherwise at most HEADING_MAX_WORDS words). One such line alone may be a quote."""
    questions = [k for k in range(len(blocks)) if _marked_question(blocks, k, speakers)]
    if len(questions) < INTERVIEW_MIN_QUESTIONS:
        return
    for k in questions:
        if blocks[k].kind == "paragraph":
            blocks[k].kind = "heading"


def _questions_alike(blocks: list[RawBlock]) -> None:
    """A page of questions, each on its line above its answer, most of them read as
    headings (an FAQ, an interview): the others are headings too, though a comma ("If it
    rains, is the pool open?") or their length scored them lower. One rhetorical question
    among statements is left as it is."""
    questions = [k for k in range(len(blocks)) if _question_over_answer(blocks, k)]
    headings = sum(blocks[k].kind == "heading" for k in questions)
    if (
        len(questions) < QUESTIONS_ALIKE_MIN
        or headings < QUESTIONS_ALIKE_MIN_HEADINGS
        or QUESTIONS_ALIKE_MIN_SHARE * len(questions) > headings
    ):
        return
    for k in questions:
        blocks[k].kind = "heading"


#: this many questions over answers, one of them read as a heading at least and this
#: share of them in all, make a series of questions
QUESTIONS_ALIKE_MIN = 3
QUESTIONS_ALIKE_MIN_HEADINGS = 2
QUESTIONS_ALIKE_MIN_SHARE = 0.5
#: a question heading of an FAQ runs this many words at most
FAQ_QUESTION_MAX_WORDS = 14
#: the first words of the questions an FAQ asks
QUESTION_OPENERS = frozenset(
    {"what", "how", "why", "when", "where", "who", "whom", "whose", "which", "if"}
    | {"can", "could", "do", "does", "did", "is", "are", "was", "were", "will", "would"}
    | {"should", "shall", "may", "must", "have", "has", "am"}
)
_INNER_SENTENCE_END = regex.compile(r"[.!?\u2026]\s")


def _question_over_answer(blocks: list[RawBlock], k: int) -> bool:
    """ "Do heat pumps work in cold climates?" on its own line, its answer under it."""
    block = blocks[k]
    if block.kind not in ("paragraph", "heading") or len(block.line_spans) != 1 or block.literal:
        return False
    text = block.text
    if not text.endswith("?") or "://" in text:
        return False
    if text.split(None, 1)[0].casefold() not in QUESTION_OPENERS:
        return False  # "That would be best, right?": a remark, not a question asked
    if word_count(text) > FAQ_QUESTION_MAX_WORDS or _INNER_SENTENCE_END.search(text):
        return False  # (two sentences, "Yes. But why?", are an answer's or a speaker's)
    nxt = blocks[k + 1] if k + 1 < len(blocks) else None
    return nxt is not None and _is_prose(nxt) and not nxt.text.rstrip().endswith("?")


def _bare_numbered_headings(blocks: list[RawBlock]) -> None:
    """ "1 Introduction" beside "2.1 Tree Ensembles": where sub-numbered headings show the
    scheme, a heading opening with a bare number is numbered too, one level up."""
    if not any(b.kind == "heading" and b.cue == "numbered" and (b.level or 0) >= 2 for b in blocks):
        return
    for block in blocks:
        if (
            block.kind == "heading"
            and block.level is None
            and (_BARE_NUMBER.match(block.text) or _NUMBERED_PART.match(block.text))
        ):
            block.cue, block.level = "numbered", 1


# "Section 3. Requirements", "Chapter 2 – Permits", "Part 4": a part named by its number,
# above "3.1 …" and "3.2 …"
_NUMBERED_PART = regex.compile(
    r"(?:Section|Chapter|Part|Article|SECTION|CHAPTER|PART|ARTICLE)\s+(?:\d{1,2}|[IVX]{1,5})\b"
)


def _demote_heading_stacks(blocks: list[RawBlock]) -> None:
    """A heading has text under it: a stack of short lines that each scored as a heading,
    with nothing between them (a card of names and job titles, rows of printed output),
    is a run of short paragraphs. Headings with their own mark ("#", underline) stay."""
    start = 0
    while start < len(blocks):
        end = start
        while end < len(blocks) and blocks[end].kind == "heading":
            end += 1
        if end == start:
            start += 1
            continue
        scored = [b for b in blocks[start:end] if b.cue in (None, "caps")]
        if len(scored) >= HEADING_STACK_MAX + 1 and not _title_over_parent(blocks, start, end):
            # the last line of the stack may still head the prose that follows it
            # (when the stack ends on a heading of its own mark, "Step 1: …", that one does)
            last = scored[-1]
            keep = (
                last
                if last is blocks[end - 1] and end < len(blocks) and _is_prose(blocks[end])
                else None
            )
            for block in scored:
                if block is not keep:
                    block.kind, block.cue = "paragraph", None
        _demote_step_rows(blocks[start:end])
        start = end


def _title_over_parent(blocks: list[RawBlock], start: int, end: int) -> bool:
    """ "Solar FAQ" / "General questions" / "How much do panels cost?", "Regulation on Shared
    Scooters" / "CHAPTER I – General provisions" / "Article 1": the text's title, then a
    heading over its first part, then that part's heading, told apart by the part heading's
    cue: a question under a statement, a division of a book or a law ("Chapter 1",
    "Article 1"), capitals over Title Case. (A kicker or a dek under a title, "immunology" or
    "A guest blog post by Steve Moss", has none of these.)"""
    if start != 0 or end - start != HEADING_STACK_MAX + 1 or end >= len(blocks):
        return False
    parent, part = blocks[1], blocks[2]
    if not _is_prose(blocks[end]) or parent.cue not in (None, "caps"):
        return False
    if part.text.endswith("?"):
        return not parent.text.endswith("?")
    if parent.cue == "caps":
        return part.cue != "caps"
    return division_name(parent.text) is not None


def _demote_step_rows(stack: list[RawBlock]) -> None:
    """ "Step 1: Preheat the oven" / "Step 2: Mash the bananas" / …, one under the other with
    nothing between: numbered lines of one level, none heading any text, are the steps
    themselves (a numbered section has its text; "2. Setup" over "2.1 Install" nests)."""
    k = 0
    while k < len(stack):
        j = k
        while (
            j < len(stack)
            and stack[j].cue in ("numbered", "step")
            and stack[j].marker is None
            and stack[j].level == stack[k].level
        ):
            j += 1
        if j - k >= STEP_ROWS_MIN:
            for block in stack[k:j]:
                block.kind, block.cue, block.level = "paragraph", None, None
        k = max(j, k + 1)


#: numbered lines of one level stacked with nothing between are steps from this many on
STEP_ROWS_MIN = 2


#: a series of headings shares its first this many words ("Creating a client connection
#: in Python", "… in Go"); this many headings of the series, at least, are found on their own
SERIES_PREFIX_WORDS = 3
SERIES_MIN_HEADINGS = 2


def _heading_series(blocks: list[RawBlock]) -> None:
    """A line that opens as a series of the article's headings does ("Creating a client
    connection in Go" beside "… in Python" and "… in Ruby") is one of them, though it
    scored too low where it stands (over code, between two blocks of code)."""
    # (the distinct headings of each series: a line of output printed again and again,
    # taken for a heading each time, makes no series)
    series: dict[tuple[str, ...], set[str]] = {}
    for block in blocks:
        if block.kind == "heading" and block.cue is None:
            key = _series_key(block.text)
            if key is not None:
                series.setdefault(key, set()).add(block.text)
    if not any(len(texts) >= SERIES_MIN_HEADINGS for texts in series.values()):
        return
    for k, block in enumerate(blocks):
        if block.kind != "paragraph" or len(block.line_spans) != 1:
            continue
        key = _series_key(block.text)
        texts = series.get(key, set()) if key is not None else set()
        if (
            len(texts) >= SERIES_MIN_HEADINGS
            and block.text not in texts
            and heading_like(block.text)
            and k + 1 < len(blocks)
            and blocks[k + 1].kind != "heading"
        ):
            block.kind = "heading"


def _series_key(text: str) -> tuple[str, ...] | None:
    words = text.split(None, SERIES_PREFIX_WORDS)
    if len(words) <= SERIES_PREFIX_WORDS or not words[0][:1].isupper():
        return None  # (the series names something after its shared words)
    return tuple(w.casefold() for w in words[:SERIES_PREFIX_WORDS])


#: contributors credited under each section's heading ("Ian Butterworth, Shuhei Kadowaki"),
#: as a release's highlights do: at least this many such lines make the article's habit
SECTION_CREDITS_MIN = 3
#: a credited name is at most this many words, a line of them at most this many
CREDIT_NAME_MAX_WORDS = 4
CREDIT_LINE_MAX_WORDS = 16


# "Step 5 Enable DLB Connection Load Balance": a step's number, then a capitalised title
# ("Step 1 is to install…" goes on as a sentence)
_STEP_WITHOUT_SEPARATOR = regex.compile(r"[Ss]tep \d{1,3} (?=\p{Lu})")


def _section_credits(blocks: list[RawBlock]) -> None:
    """ "Manifest versioning" / "Ian Butterworth" / "Manifest.toml files can now…": the
    names of who did the work under each section's heading, read as headings themselves
    (they are short and capitalised). When an article does this at least
    SECTION_CREDITS_MIN times, and its names recur or come in lists (a stack of Title Case
    headings does neither), the names are text and the line above them the heading."""
    found: list[tuple[int, list[str]]] = []
    for k in range(1, len(blocks) - 1):
        block, above, below = blocks[k], blocks[k - 1], blocks[k + 1]
        if (
            block.kind in ("heading", "paragraph")
            and block.cue in (None, "caps")
            and len(block.line_spans) == 1
            and block.text[:1].isupper()
            and words_at_most(block.text, CREDIT_LINE_MAX_WORDS)
            and above.kind in ("heading", "paragraph")
            and len(above.line_spans) == 1
            # (prose below first: in a stack of short lines, no line has it, and the names
            # are not read)
            and _is_prose(below)
            and (names := _credited_names(block.text))
            and heading_like(above.text)
        ):
            found.append((k, names))
    if len(found) < SECTION_CREDITS_MIN:
        return
    # evidence of people: a full name (two words or more) twice, or a list of full names;
    # "Example" under every heading, or "Pros and Cons", are sub-headings
    full = [name for _, names in found for name in names if " " in name]
    listed = any(len(names) > 1 and all(" " in n for n in names) for _, names in found)
    if len(set(full)) == len(full) and not listed:
        return
    for k, _ in found:
        blocks[k].kind, blocks[k].cue = "paragraph", None
        if blocks[k - 1].kind == "paragraph":
            blocks[k - 1].kind = "heading"


def _credited_names(text: str) -> list[str]:
    """The names of "Tim Holy, Jameson Nash, and Valentin Churavy" (or of "Keno"); empty
    when any part is not a name of capitalised words."""
    parts = [p for p in NAME_SEPARATOR.split(text.strip()) if p]
    for part in parts:
        words = part.split()
        if not 1 <= len(words) <= CREDIT_NAME_MAX_WORDS:
            return []
        if not all(NAME_WORD.fullmatch(w) for w in words):
            return []
        if any(w.casefold() in TITLE_STOPWORDS for w in words):
            return []
    return parts


def _speaker_turns(blocks: list[RawBlock]) -> set[str]:
    """Initials that open several paragraphs ("KO: …", "JS: …"): the speakers of an interview.
    One prefix alone ("Q: …" above unprefixed answers) marks questions, which may be headings."""
    counts: dict[str, int] = {}
    for block in blocks:
        # (the colon of "KO: " sits in the first five characters: most lines skip the pattern)
        if (
            block.kind == "paragraph"
            and ":" in block.text[:5]
            and (turn := SPEAKER_TURN.match(block.text))
        ):
            counts[turn.group("who")] = counts.get(turn.group("who"), 0) + 1
    speakers = {who for who, n in counts.items() if n >= SPEAKER_MIN_TURNS}
    if all(counts.get(who, 0) >= 2 for who in _QUESTION_AND_ANSWER):
        speakers |= _QUESTION_AND_ANSWER  # "Q: …" / "A: …" twice: a short interview
    return speakers if len(speakers) >= 2 else set()


_QUESTION_AND_ANSWER = frozenset({"Q", "A"})


def _title_words(text: str) -> list[str]:
    return (_ASCII_TITLE_WORD if text.isascii() else _TITLE_WORD).findall(text)


def title_ratio(text: str) -> float:
    """The share of a line's content words (stop words aside) that open with a capital or
    a figure."""
    content = titled = 0
    for word in _title_words(text):
        if word.lower() not in TITLE_STOPWORDS:
            content += 1
            titled += not word[0].islower()
    return titled / content if content else 0.0


def heading_like(
    text: str, max_words: int = HEADING_MAX_WORDS, max_chars: int = HEADING_MAX_CHARS
) -> bool:
    """Could this one line be a heading on its own shape (short, no sentence end)? (A
    title may be longer: the assembler passes its own limits.)"""
    if not text or len(text) > max_chars or word_count(text) > max_words:
        return False
    if text[-1] in ",;|" or _ends_with_colon(text):
        return False  # (a "|" at the end: the edge of a table's cell)
    if "://" in text or "www." in text:
        return False  # (any scheme: "WebREPL daemon started on ws://192.168.4.1:8266")
    if "0x" in text and _HEX_LITERAL.search(text):
        return False  # "Flash params set to 0x0020": what a program printed
    if "@" in text and _EMAIL.search(text):
        return False  # "Signed-off-by: Jane Doe jane@example.com": a contact or a trailer
    if "@" in text and _HANDLE_FIELD.fullmatch(text):
        return False  # "Instagram: @okuprin": an account's handle under a person's name
    if text.count(" \u00b7 ") >= 2 or text.count(" | ") >= 2:
        return False  # "Acme · Berlin · Full-time", "Home | News | Sport": fields or links
    if text[0] in STATUS_SYMBOLS:
        return False  # "ℹ 2 rows excluded" is program output
    if text[-1] in ")]" and _unopened_bracket(text):
        return False  # "in Shahih Al-Jami’ no. 178]": the end of a note begun a line above
    if text[0] in "([" and text.find(")" if text[0] == "(" else "]") < 0:
        return False  # "(The delay is needed for two reasons: -": a note running on below
    if text[0] in "UuLlEePpRr" and _DATE_NOTE.match(text):
        return False  # "Updated 2016-06-18": when the post changed, not a heading
    if text[-1] == "]" and _LINK_LABEL_END.search(text):
        return False  # "Plane passengers quarantined after outbreak [VIDEO]": a story's link
    if text[0].isdigit() and _stamp_and_byline(text):
        return False  # "5:45 AM PST 11/19/2019 by Patrick Shanley": when and by whom
    if text[0] == "[" and text[-1] == "]" and text.count("[") == 1:
        return False  # "[Engadget]": a source's name, its link dropped
    if not text.isascii() and len(_CJK_CHARACTER.findall(text)) > HEADING_MAX_CJK_CHARS:
        return False  # a sentence of Chinese or Japanese: few spaces, so few "words"
    if not _WORD.search(text):
        # "0.43 0.49" has no words; "v2.3.0 (2025-01-10)" heads a changelog's release
        return RELEASE_HEADING.fullmatch(text) is not None
    # "Some tips for developers. :eyes:" ends its sentence before the emoji
    if text[-1] == ":":
        text = EMOJI_SHORTCODES_END.sub("", text) or text
    # "Our Team 🎉" is scored on its words: a run of emoji reads as symbols, as code does
    if not text[-1].isascii():
        text = EMOJI_END.sub("", text) or text
    if text[0] == ":" or not text[0].isascii():
        text = _EMOJI_START.sub("", text, count=1) or text  # ":purple_heart: Hello, SunPy"
    if text in PRINTED_LITERALS:
        return False  # "NULL" printed under a call, an all-caps word like "FAQ" is not
    if "#" in text and _ISSUE_REFERENCE.fullmatch(text):
        return False  # "dask/distributed #952": a link to an issue, its address dropped
    if text[0] in "TtA" and PREFATORY_NOTE.match(text):
        return False  # "This work is supported by Anaconda Inc": a note above the post
    if ends_sentence(text):
        # questions and exclamations may be headings; statements ending in "." are not
        stripped = text.rstrip("\"'\u201d\u2019)]*_ ")
        if stripped.endswith((".", "\u2026", "\u3002")) and not _ends_with_abbreviation(stripped):
            return False
        if word_count(text) > 12:
            return False
    return code_score(text) < 1.0


# "Updated 2016-06-18", "Last updated: March 3, 2025", "Edited on 12 May 2024"
_DATE_NOTE = regex.compile(
    r"(?i:(?:last\s+)?(?:updated|edited|revised|modified|posted|published))(?:\s+on)?:?\s+"
    r"(?=[^\n]*\d{4})\S+(?:\s+\S+){0,4}\s*$"
)


# the label in capitals a news site puts after a story's link: "[VIDEO]", "[INSIGHT]"
_LINK_LABEL_END = regex.compile(r"\s\[\p{Lu}{3,}(?: \p{Lu}{2,})?\]$")
# a time of day opening a line: "5:45 AM PST 11/19/2019", "09:14 GMT"
_TIME_OPENING = regex.compile(r"\d{1,2}:\d{2}\s?(?:[AaPp]\.?[Mm]\.?|[A-Z]{2,4}\b)")
_DATE_FIGURES = regex.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}")


def _stamp_and_byline(text: str) -> bool:
    """A time of day, then a date or a byline: a post's stamp ("5:45 AM PST 11/19/2019 by
    Patrick Shanley"). A time alone ("10:32 GMT") heads an entry of a live page."""
    m = _TIME_OPENING.match(text)
    if m is None:
        return False
    rest = text[m.end() :]
    return " by " in rest or _DATE_FIGURES.search(rest) is not None


_HEX_LITERAL = regex.compile(r"(?<![\w.])0x[0-9a-fA-F]+\b")


def _unopened_bracket(text: str) -> bool:
    """Does ``text`` close more brackets of its last character's kind than it opens?"""
    close = text[-1]
    return text.count(close) > text.count("(" if close == ")" else "[")


def _metadata_line(key: str, value: str) -> bool:
    """ "When: May 21-22, 2018", "Rows: 99", "Status: RELEASED": a one-word key with a
    value of figures or a list is a line of details, not a heading - unless the value reads
    as a sentence ("Governance: what is it, and why does it matter?")."""
    if _MORE_FIELDS.search(value):
        return True  # "Prep time: 10 min | Cook time: 1 h": a row of fields
    if _QUANTITY.match(value) and word_count(value) <= QUANTITY_MAX_WORDS:
        return True  # "Cook Time: 30 minutes", "Total raised: $1.2 million": a measured value
    if word_count(key) != 1 or _FIGURES_OR_LIST.search(value) is None:
        return False
    return not _reads_as_sentence(value)


def _setting_line(key: str, value: str) -> bool:
    """ "output: html_document", "latex: false", 'author: "Jane Doe"', "run: |": a setting
    of a configuration file or front matter - a lower-case identifier for a key, one token or
    a quoted string for a value. A package's tagline ("bib2df: from BibTeX to tibble") has
    a phrase for a value and may be a heading."""
    if _SETTING_KEY.fullmatch(key) is None:
        return False
    return len(value.split()) == 1 or _QUOTED.fullmatch(value) is not None


def _is_setting(text: str) -> bool:
    kv = key_value(text)
    return kv is not None and _setting_line(kv.group("key").strip(), kv.group("value").strip())


_SETTING_KEY = regex.compile(r"[a-z_][a-z0-9_.-]*")
_QUOTED = regex.compile(r"""(["']).*\1""")


def _reads_as_sentence(value: str) -> bool:
    """A question or exclamation, or a phrase opening with a lower-case word whose commas do
    not just separate short items ("celebrating 15 years together", "from A to B, C")."""
    if value.endswith(("?", "!")):
        return True
    items = [item.strip() for item in value.split(",")]
    short_items = len(items) > 1 and all(word_count(item) <= 2 for item in items)
    return value[:1].islower() and word_count(value) >= 3 and not short_items


def _continues_sentence(text: str) -> bool:
    """Does this line read as the rest of a sentence ("and the results…", "of the data…"),
    rather than a paragraph that opens with a lower-case name ("tabulizer can't…")?"""
    first = text.split(None, 1)[0] if text else ""
    return first[:1].islower() and first.casefold() in TITLE_STOPWORDS


def last_word(text: str) -> str:
    words = text.rstrip(" .!?\u2026").rsplit(None, 1)
    return words[-1].casefold() if words else ""


def ends_dangling(text: str) -> bool:
    """Does ``text`` end on a word a sentence runs on from ("The release includes")? An
    indirect question ends on its verb and is complete: "What the plan includes"."""
    last = last_word(text)
    if last not in DANGLING_ENDS:
        return False
    return last not in CLAUSE_FINAL_VERBS or text.split(None, 1)[0].casefold() not in WH_WORDS


def _ends_with_colon(text: str) -> bool:
    """A label's or an introducing sentence's colon; "Software :package:" ends in an emoji."""
    if text.endswith("\uff1a"):
        return True  # the full-width colon of Chinese and Japanese
    return text.endswith(":") and not EMOJI_SHORTCODE_END.search(text)


def _ends_with_abbreviation(text: str) -> bool:
    return _ABBREVIATION.fullmatch(text.rsplit(" ", 1)[-1]) is not None


_ABBREVIATION = regex.compile(r"(?:[A-Za-z]\.)++|(?:Inc|Ltd|Co|Corp|etc|vs|St|Jr|Sr)\.")


def _is_prose(block: RawBlock) -> bool:
    return block.kind in ("paragraph", "label", "key_value") and (
        not words_at_most(block.text, 7)  # (eight words or more)
        or ends_sentence(block.text)
        or _ends_with_colon(block.text)
    )


def _is_heading(
    block: RawBlock,
    prev: RawBlock | None,
    nxt: RawBlock | None,
    after: RawBlock | None = None,
    compact: bool = False,
) -> bool:
    """Score a one-line candidate by the evidence around it (see HEADING_* constants). A
    borderline line the rules reject goes to the heading model, which weighs the same
    evidence with the shapes of the blocks around the line (see
    articlekit.parse.heading_model)."""
    if nxt is None:
        return False
    evidence = _heading_evidence(block, prev, nxt, after, compact)
    if evidence is None:
        return False
    score = sum(evidence.values())
    collected = heading_model.collector()
    if collected is not None:
        collected.append(
            (block.text, _candidate_features(block, prev, nxt, after, compact, evidence))
        )
    if score >= HEADING_MIN_SCORE:
        return True
    if score < MODEL_BAND_MIN or not heading_model.enabled():
        return False
    # a borderline line the rules reject: the trees may find it a heading after all
    return heading_model.finds_heading(
        _candidate_features(block, prev, nxt, after, compact, evidence)
    )


def _heading_evidence(
    block: RawBlock,
    prev: RawBlock | None,
    nxt: RawBlock,
    after: RawBlock | None,
    compact: bool,
) -> dict[str, float] | None:
    """The rules' evidence for a one-line candidate, part by part (their sum is its score);
    None when a rule rules the line out whatever the rest says."""
    # "**Why envelopes work**": a line set in bold whole, as Markdown-ish text gives a
    # page's subheads, is read by its words, and its bold is a cue as capitals are
    # (a line in italics is as often a caption: "*The network core*" under its picture)
    text = _without_emphasis(block.text)
    bold = text != block.text and block.text[:2] in ("**", "__")
    if text != block.text and not bold:
        text = block.text
    if not heading_like(text):
        return None
    if nxt.kind == "paragraph" and not nxt.gap_before and _continues_sentence(nxt.text):
        return None  # a sentence broken across lines, not a heading
    if text.split(None, 1)[0] in CONTINUING_STARTS:
        return None  # "and you get something like this!": the end of a sentence
    first = text[0]
    if first in ATTRIBUTION_DASHES:
        return None  # "— Matthew Turk (@mturk)": who said the quotation above
    if _may_credit(text) and (CAPTION.search(text) or CREDIT.search(text)):
        return None  # "Figure 2. The pipeline", "The team at work (photo: A. Person)"
    if _profile_links(text):
        return None
    if _MEASUREMENT.match(text):
        return None  # "880.76 kB": a value with its unit, what code printed
    if prev is not None and prev.kind == "heading" and _restates(text, prev.text):
        return None  # "Coworking" / "Read all about coworking!": the section's lede
    if (
        ":" in text
        and _field_shaped(text)
        and (_field_shaped(nxt.text) or (prev is not None and _field_shaped(prev.text)))
        # (a label over prose is a heading: "Background: A Partnership Built on Vision",
        # "Anniversary: celebrating 15 years together"; a time or a count is no label)
        and (not _is_prose(nxt) or _value_is_a_figure(text))
    ):
        return None  # "Possession: City 58%" / "Shots on target: City 9": a run of fields
    evidence: dict[str, float] = {}
    if first in "v[" and RELEASE_HEADING.fullmatch(text):
        evidence["first"] = 0.0  # "v2.3.0 (2025-01-10)": a release in a changelog
    elif first.islower() and _NAME_LIKE.match(text.split()[0]) is None:
        evidence["first"] = -0.5
    elif not (first.isalnum() or first in "\"'\u201c\u2018(\u00bf\u00a1") and not (
        first == "[" and _STATUS_LABEL.match(text)
    ):
        evidence["first"] = -1.0  # (not for a label of status: "[Beta] Deterministic …")
    else:
        evidence["first"] = 0.0
    evidence["short"] = 1.0 if word_count(text) <= 8 else 0.0
    ratio = title_ratio(text)
    evidence["title_case"] = 0.5 if ratio >= TITLE_CASE_MIN_RATIO else 0.0
    evidence["caps_or_number"] = 1.0 if bold or is_all_caps(text) or numbered_heading(text) else 0.0
    if block.gap_before and nxt.gap_before:
        evidence["apart"] = 0.5  # a one-line chunk between blank lines
    elif nxt.gap_before and prev is not None:
        # the last line of a chunk, blank line below but none above: it ends what is above it
        # (a closing remark, what the code printed), where a heading would open what follows
        evidence["apart"] = -HEADING_GLUED_ABOVE_PENALTY
    else:
        evidence["apart"] = 0.0
    if nxt.kind == "code" and not _setup_section(text, prev):
        evidence["next"] = -2.0  # "Do the search" then code: a line introducing code
    elif nxt.kind == "table":
        evidence["next"] = 0.0  # a section's body as often as a line's illustration
    elif _is_prose(nxt):
        evidence["next"] = 1.0
    elif nxt.kind in ("list_item", "heading", "paragraph", "label", "key_value"):
        evidence["next"] = 0.5
    else:
        evidence["next"] = 0.0
    evidence["comma"] = -1.0 if "," in text and ratio < TITLE_CASE_MIN_RATIO else 0.0
    # "Our next sessions are": a sentence running into what follows
    evidence["dangling"] = -2.0 if ends_dangling(text) else 0.0
    # "Come join us!": an exclamation in sentence case closes a passage
    evidence["exclamation"] = -0.5 if text[-1] == "!" and ratio < TITLE_CASE_MIN_RATIO else 0.0
    # an exclamation or question closing a passage (a table under it says nothing of that:
    # it is a section's body as often as the line's illustration)
    closing = text[-1] in "!?" and (
        nxt.kind == "heading" or not (_is_prose(nxt) or nxt.kind == "table")
    )
    evidence["closing"] = -0.5 if closing else 0.0
    # "… as follows:" or "Team:" then a short line: the line is what the colon announces
    announced = (
        prev is not None and prev.kind in ("paragraph", "label") and _ends_with_colon(prev.text)
    )
    evidence["announced"] = -1.0 if announced else 0.0
    evidence["surroundings"] = _surroundings(prev, nxt, after)
    evidence["compact"] = _compact_evidence(block, nxt) if compact else 0.0
    return evidence


#: counts beyond these are all "long" to the model (as when it was trained)
FEATURE_MAX_WORDS = 200
FEATURE_MAX_LINES = 20
FEATURE_MAX_CODE_SCORE = 3.0
_NEIGHBOUR_KINDS = (
    "paragraph",
    "list_item",
    "heading",
    "code",
    "table",
    "label",
    "key_value",
    "quote",
)


def _candidate_features(
    block: RawBlock,
    prev: RawBlock | None,
    nxt: RawBlock,
    after: RawBlock | None,
    compact: bool,
    evidence: dict[str, float],
) -> dict[str, float]:
    """What the heading model reads of a candidate: the rules' evidence, its sum, the line's
    own shape and the kinds and sizes of the blocks around it."""
    text = block.text
    features = dict(evidence)
    features["score"] = sum(evidence.values())
    features["words"] = word_count(text)
    features["chars"] = len(text)
    features["title_ratio"] = title_ratio(text)
    code = code_score(text)
    features["code_score"] = max(-FEATURE_MAX_CODE_SCORE, min(FEATURE_MAX_CODE_SCORE, code))
    features["ends_question"] = float(text[-1] == "?")
    features["ends_exclamation"] = float(text[-1] == "!")
    features["ends_period"] = float(text[-1] == ".")
    features["ends_colon"] = float(text[-1] == ":")
    features["lower_first"] = float(text[0].islower())
    features["compact_text"] = float(compact)
    features["gap_before"] = float(block.gap_before)
    features["gap_after"] = float(nxt.gap_before)
    features["next_words"] = min(FEATURE_MAX_WORDS, word_count(nxt.text))
    features["next_lines"] = min(FEATURE_MAX_LINES, len(nxt.line_spans))
    features["next_sentence"] = float(ends_sentence(nxt.text))
    for kind in _NEIGHBOUR_KINDS:
        features["next_" + kind] = float(nxt.kind == kind)
        features["prev_" + kind] = float(prev is not None and prev.kind == kind)
        features["after_" + kind] = float(after is not None and after.kind == kind)
    features["prev_none"] = float(prev is None)
    prev_words = word_count(prev.text) if prev is not None else 0
    features["prev_words"] = min(FEATURE_MAX_WORDS, prev_words)
    features["prev_sentence"] = float(prev is not None and ends_sentence(prev.text))
    after_words = word_count(after.text) if after is not None else 0
    features["after_words"] = min(FEATURE_MAX_WORDS, after_words)
    features["has_digit"] = float(any(c.isdigit() for c in text))
    features["has_bracket"] = float("(" in text)
    features["inner_colon"] = float(":" in text[:-1])
    return features


#: a field's value ("City 58%", "Friday, 10 a.m.") runs this many words at most
SHORT_FIELD_VALUE_MAX_WORDS = 6
#: ... and its key this many
FIELD_KEY_MAX_WORDS = 4


def _field_shaped(text: str) -> bool:
    """ "Attendance: 18,204", "Funeral Mass: Friday, 10 a.m.": a short key and a short value
    on one line. Two of them side by side are fields, not a heading over its section."""
    kv = key_value(text)
    return (
        kv is not None
        and word_count(kv.group("key")) <= FIELD_KEY_MAX_WORDS
        and word_count(kv.group("value")) <= SHORT_FIELD_VALUE_MAX_WORDS
    )


def _value_is_a_figure(text: str) -> bool:
    """ "Funeral Mass: Friday, 10 a.m.", "Attendance: 18,204": a few words with a number."""
    kv = key_value(text)
    if kv is None:
        return False
    value = kv.group("value")
    return word_count(value) <= FIGURE_MAX_WORDS and any(c.isdigit() for c in value)


#: a value that is a time, a date or a count runs this many words at most
FIGURE_MAX_WORDS = 3


def _compact_evidence(block: RawBlock, nxt: RawBlock) -> float:
    """An article written one paragraph per line with no blank line anywhere cannot set a
    heading apart with blank lines, the evidence a spaced article gives: there a short line
    of a few words is as far apart as it can be when a full paragraph or a block of code
    follows it ("Install the package" above the install code still loses the credit a line
    introducing code loses, see _setup_section). One word alone on its line - a badge, a
    value, a name in a column - gets no such credit."""
    full = (
        nxt.kind == "paragraph" and word_count(nxt.text) > HEADING_FULL_PARAGRAPH_WORDS
    ) or nxt.kind == "code"
    phrase = word_count(block.text) >= COMPACT_APART_MIN_WORDS
    return COMPACT_APART_SCORE if full and phrase else 0.0


def _content_words(text: str) -> set[str]:
    return {w.casefold() for w in _title_words(text)} - TITLE_STOPWORDS


def _restates(text: str, heading: str) -> bool:
    """Does this line, right under a short heading, repeat all its words in a sentence
    ("Coworking" / "Read all about coworking!", "Get involved" / "Please get involved!")? A
    subheading narrows its heading; a line restating it is the section's opening line.
    "Maps" / "Static maps" stays a subheading: it neither exclaims nor runs on."""
    runs_on = word_count(text) - word_count(heading) >= RESTATING_EXTRA_WORDS
    if not (text.endswith("!") or runs_on):
        return False
    words = _content_words(heading)
    if (
        not words
        or len(words) > RESTATED_HEADING_MAX_WORDS
        or text.casefold() == heading.casefold()
    ):
        return False
    return words <= _content_words(text)


def _heading_naming_code(
    block: RawBlock, prev: RawBlock | None, nxt: RawBlock | None, after: RawBlock | None
) -> bool:
    """ "How babeldown::deepl_update() works under the hood" between two paragraphs: a lone
    line that looks like code for the calls it names, but has words around them, is a
    heading when it scores as one with those calls read as words."""
    if len(block.line_spans) != 1 or prev is None or prev.kind == "code":
        return False
    if nxt is None or not _is_prose(nxt):
        return False
    tokens = block.text.split()
    words = [t for t in tokens if _PLAIN_WORD.match(t)]
    if len(words) < CODE_NAMING_MIN_WORDS or 2 * len(words) < len(tokens):
        return False
    if _CODE_OPERATOR.search(block.text):
        return False  # "x <- read(path)", "a = 1": a statement, not a name
    masked = " ".join(
        t if _PLAIN_WORD.match(t) or not _CODE_TOKEN.search(t) else "call" for t in tokens
    )
    if masked == block.text:
        return False  # no call to read as a word: judged as it stands
    return _is_heading(replace(block, text=masked, kind="paragraph"), prev, nxt, after)


def _setup_section(text: str, prev: RawBlock | None) -> bool:
    """ "Installation", "Install rgbif from GitHub" after a finished paragraph: the section
    that installs the software, whose body is the install code, is named so in articles on
    software; the same line under a heading ("Setup" / "Install from CRAN") introduces code."""
    first = text.split(None, 1)[0].casefold()
    return first in SETUP_WORDS and (
        prev is None
        or prev.kind == "code"
        or (prev.kind == "paragraph" and ends_sentence(prev.text))
    )


#: words CAPTION or CREDIT cannot match without ("fig" for "figure" and "fig.")
_CREDIT_WORDS = (
    "via",
    "shutterstock",
    "istock",
    "alamy",
    "gif",
    "fig",
    "image",
    "photo",
    "table",
    "picture",
    "illustration",
    "credit",
    "courtesy",
    "artwork",
    "drawing",
    "graphic",
    "chart",
    "map",
    "source",
    "contribut",
    "reporting by",
    "editing by",
    "writing by",
    "research by",
    "checking by",
    "showing",
    "depicting",
    "generated",
    "created",
    "plotted",
    "rendered",
    "screen",
)


def _may_credit(text: str) -> bool:
    low = text.casefold()
    # a loop: twice as fast as any() over a generator, on a question asked of every line
    for word in _CREDIT_WORDS:  # noqa: SIM110
        if word in low:
            return True
    return False


def _profile_links(text: str) -> bool:
    """ "Jenny on GitHub, Twitter", "Twitter, GitHub, Web page": the names of someone's
    profiles, links whose addresses the scrape dropped, not a heading. Every site but one
    (a site of the publisher's own, "rOpenSci") is a known one, and there are two or more:
    "Collaborating on GitHub" is a heading."""
    if "," not in text:
        return False  # one site at most
    _, on, tail = text.rpartition(" on ")
    sites = [site.strip().casefold() for site in (tail if on else text).split(",")]
    known = sum(1 for site in sites if site in PROFILE_SITES)
    return known >= PROFILE_SITES_MIN and known >= len(sites) - 1


def _surroundings(prev: RawBlock | None, nxt: RawBlock, after: RawBlock | None) -> float:
    """A heading opens a passage of text, often a full paragraph; a short line beside
    one-word lines (names, values, printed output, a column of package names) heads nothing.
    A one-word line that itself opens prose is a subheading ("Updates" / "Scope" / text),
    not one of a column of words."""
    score = 0.0
    # (the words of a paragraph around are counted no further than the limits: a split of
    # every word of a long paragraph is the dearest part of the rule)
    if not words_at_most(nxt.text, HEADING_FULL_PARAGRAPH_WORDS):
        score += 0.5
    if nxt.kind == "paragraph" and words_at_most(nxt.text, 1):
        subheading = after is not None and _is_prose(after) and heading_like(nxt.text)
        score -= 0.0 if subheading else 1.0
    if prev is not None and prev.kind == "paragraph" and words_at_most(prev.text, 1):
        score -= 1.0
    return score


def _item_number(block: RawBlock) -> int | None:
    """The number of a top-level one-line "3." / "3)" item, None for anything else."""
    if block.kind != "list_item" or block.depth != 0 or len(block.line_spans) != 1:
        return None
    digits = (block.marker or "").rstrip(".)")
    return int(digits) if digits.isdigit() else None


#: numbered lines taking turns with text head numbered sections from this many on
NUMBERED_SECTIONS_MIN = 2


def _numbered_sections(blocks: list[RawBlock]) -> None:
    """ "1. Define the rules", some paragraphs, "2. Publish them", more paragraphs: numbered
    lines that take turns with body text are the headings of numbered sections, whatever
    their case. A list whose items follow one another stays a list. A run that starts past
    1 (the scraper made "1." a bullet, or the page starts mid-way) needs one line more."""
    sequence: list[int] = []  # block indexes of items numbered n, n + 1, n + 2… so far
    start = 1  # the number of the first of them
    interleaved = False

    def close() -> None:
        # one sequence is read one way: its lines are headings when every one of them reads
        # as a heading ("1. Tell us about yourself." among questions: a list of questions)
        if (
            interleaved
            and len(sequence)
            >= (NUMBERED_SECTIONS_MIN if start == 1 else NUMBERED_SECTIONS_MIN + 1)
            and all(heading_like(blocks[k].text) for k in sequence)
            # "1) Lego Star Wars Bomber" over its link, "2) …" over its: a list of links
            and not all(k + 1 < len(blocks) and _bare_link(blocks[k + 1]) for k in sequence)
        ):
            for k in sequence:
                _make_numbered_heading(blocks[k])

    for k, block in enumerate(blocks):
        number = _item_number(block)
        if number is None:
            continue
        if sequence and number == start + len(sequence):
            between = blocks[sequence[-1] + 1 : k]
            interleaved = interleaved or any(b.kind != "list_item" for b in between)
            sequence.append(k)
        else:
            close()
            sequence, start, interleaved = [k], number, False
    close()


_YEAR_LINE = regex.compile(r"(?:1[5-9]|20)\d\ds?")
#: a timeline names this many years at least on lines of their own
TIMELINE_MIN_YEARS = 2


def _year_headings(blocks: list[RawBlock]) -> None:
    """ "2019" / "The council votes…" / "2021" / "Construction begins…": the years of a
    timeline, each alone on a line above its passage, are its headings (one year alone may
    be a value; two or more in the same shape are the article's structure)."""
    years = [
        k
        for k, block in enumerate(blocks[:-1])
        if block.kind == "paragraph"
        and block.text[:1] in "12"
        and not block.literal
        and len(block.line_spans) == 1
        and _YEAR_LINE.fullmatch(block.text)
        and _is_prose(blocks[k + 1])
    ]
    if len(years) < TIMELINE_MIN_YEARS:
        return
    for k in years:
        blocks[k].kind, blocks[k].cue = "heading", "year"


#: markers that open headings in Japanese and Chinese articles ("■ はじめに"), and in some
#: newsletters, when the line stands alone above its text
BOX_HEADING_MARKERS = "\u25a0\u25a1\u25c6\u25c7"


def _box_marked_headings(blocks: list[RawBlock]) -> None:
    """A line opened by a box marker ("■ はじめに", "◆ The plan") standing alone, no item
    beside it, above a paragraph of text, is a heading, not a list of one item."""
    for k, block in enumerate(blocks):
        if block.kind != "list_item" or (block.marker or "")[:1] not in BOX_HEADING_MARKERS:
            continue
        prev = blocks[k - 1] if k > 0 else None
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if (prev is not None and prev.kind == "list_item") or nxt is None:
            continue
        if nxt.kind == "paragraph" and len(block.line_spans) == 1 and heading_like(block.text):
            block.kind, block.cue, block.depth = "heading", "marker", 0


#: a line of an unmarked list runs this many words at most
UNMARKED_ITEM_MAX_WORDS = 12
#: ... and a list has this many lines at least
UNMARKED_ITEMS_MIN = 2


def _unmarked_lists(blocks: list[RawBlock], source: str, options: ParseOptions) -> list[RawBlock]:
    """ "Highlights of the round:" and short lines glued under it, a blank line after the
    last: a list whose bullets the scraper dropped (an article that sets its blocks apart
    with blank lines would have put one between paragraphs). The lines may have been read
    as one wrapped paragraph: each opens with a capital or a figure, and none runs on into
    the next (a "," or a function word at its end)."""
    out: list[RawBlock] = []
    k = 0
    while k < len(blocks):
        block = blocks[k]
        out.append(block)
        k += 1
        under_heading = _heading_over_rows(blocks, k, options)  # "Pros" and its points
        if not under_heading and (
            not _introduces_list(block) or is_ui_remnant(block.text, options)
        ):
            continue  # ("Share this:" above "Facebook" / "Twitter": the page's furniture)
        if special_kind(block.text, options) in _PROSE_SECTIONS:
            continue  # "Summary:" above a wrapped paragraph: the summary's text
        run = k
        while (
            run < len(blocks)
            and _unmarked_item(blocks[run], first=run == k)
            and not is_ui_remnant(blocks[run].text, options)
        ):
            run += 1
        if run == k and k < len(blocks) and blocks[k].kind == "paragraph":
            run += 1  # one paragraph of several lines, perhaps (see below)
        if run < len(blocks) and not blocks[run].gap_before:
            continue  # the run goes on into text glued below it: no list ends there
        if run - k >= UNMARKED_ITEMS_MIN and not (
            under_heading and not _rows_of_a_list(blocks[k:run])
        ):
            for item in blocks[k:run]:
                item.kind, item.cue, item.level, item.marker = "list_item", None, None, None
        elif run - k == 1 and len(blocks[k].line_spans) >= UNMARKED_ITEMS_MIN:
            lines = [_line_block(source, span) for span in blocks[k].line_spans]
            if (
                all(_unmarked_item(line, first=True) for line in lines)
                and not any(
                    line.text.endswith(",")
                    or ends_dangling(line.text)
                    or is_ui_remnant(line.text, options)
                    for line in lines
                )
                and (not under_heading or (_broken_on_purpose(lines) and _rows_of_a_list(lines)))
            ):
                lines[0].gap_before = blocks[k].gap_before
                out.extend(lines)
                k += 1
    return out


#: special sections whose body is a paragraph, not a list
_PROSE_SECTIONS = ("summary", "meta_description")


def _heading_over_rows(blocks: list[RawBlock], k: int, options: ParseOptions) -> bool:
    """A heading the line's looks made ("Pros", "Ingredients") over short lines glued to one
    another (right under it or after a blank line), a blank line after the last: its list,
    whose bullets the scraper dropped. The lines may have been read as one paragraph; then
    they are a list only when none of them was wrapped (see _broken_on_purpose)."""
    if k >= len(blocks) or k < 2:
        return False  # (the first line is the title, whatever follows it)
    heading = blocks[k - 1]
    rows = blocks[k]
    several = (
        k + 1 < len(blocks)
        and not blocks[k + 1].gap_before
        and blocks[k + 1].kind in ("paragraph", "heading")
    ) or (rows.kind == "paragraph" and len(rows.line_spans) >= UNMARKED_ITEMS_MIN)
    return (
        several
        and heading.kind == "heading"
        and heading.cue in (None, "caps")
        and not heading.literal
        # a list's name is a few words ("Pros", "What you'll need"); with figures in it it
        # is a printed row or a program's message ("Linking to ImageMagick 6.9.11.57")
        and words_at_most(heading.text, ROWS_HEADING_MAX_WORDS)
        and not any(ch.isdigit() for ch in heading.text)
        and ":" not in heading.text  # ("Start time: all": a field among printed fields)
        and rows.kind in ("paragraph", "heading")
        # ("Explore more" over a title and its teaser, "On this page" over the headings
        # it lists: the special section's, the contents' reader's)
        and special_kind(heading.text, options) is None
        and heading.text.strip(" :").casefold() not in options.toc_names
        and rows.text.strip(" :").casefold() not in options.toc_names
    )


def _rows_of_a_list(rows: list[RawBlock]) -> bool:
    """Rows under a heading that make its list: none runs on into the next (a "," or a
    function word at its end); two alone are short and neither is a sentence (a title and
    its teaser, or two sentences of a paragraph, are not)."""
    if any(row.text.endswith(",") or ends_dangling(row.text) for row in rows):
        return False
    return len(rows) > 2 or all(
        words_at_most(row.text, ROWS_PAIR_MAX_WORDS) and not ends_sentence(row.text) for row in rows
    )


#: two rows alone under a heading are a list when each is at most this many words
ROWS_PAIR_MAX_WORDS = 8


def _broken_on_purpose(lines: list[RawBlock]) -> bool:
    """Lines that a writer ended, not a wrapping: each next line's first word would have
    fitted on the line before it, within the longest of them."""
    width = max(len(line.text) for line in lines)
    return all(
        len(line.text) + 1 + len(after.text.split(" ", 1)[0]) <= width
        for line, after in pairwise(lines)
    )


#: a heading over rows glued under it (see _heading_over_rows) has at most this many words
ROWS_HEADING_MAX_WORDS = 5


def _introduces_list(block: RawBlock) -> bool:
    """A label ("Highlights of the round:") or a one-line sentence ending in a colon ("The
    server knows five levels, from most to least verbose:")."""
    if block.literal or len(block.line_spans) != 1:
        return False
    return block.kind == "label" or (block.kind == "paragraph" and _ends_with_colon(block.text))


def _line_block(source: str, span: tuple[int, int]) -> RawBlock:
    """One line of a paragraph as an item of a list without bullets."""
    start, end = span
    raw = source[start:end]
    return RawBlock(
        "list_item",
        clean(raw),
        start + len(raw) - len(raw.lstrip()),
        start + len(raw.rstrip()),
        gap_before=False,
        line_spans=[span],
    )


def _unmarked_item(block: RawBlock, *, first: bool) -> bool:
    """Can ``block`` be a line of a list without bullets (see _unmarked_lists)?"""
    text = block.text
    return (
        block.kind in ("paragraph", "heading", "list_item")
        and block.cue in (None, "caps")
        and block.marker is None
        and not block.literal
        and len(block.line_spans) == 1
        and (first or not block.gap_before)
        and (text[:1].isupper() or text[:1].isdigit())
        and word_count(text) <= UNMARKED_ITEM_MAX_WORDS
        and not text.endswith((":", "\uff1a"))
        # a line of figures alone ("0.986403", "3") is a value a program printed
        and any(c.isalpha() for c in text)
    )


def _lone_numbered_item(blocks: list[RawBlock]) -> None:
    """Sections are numbered when there are several: the one numbered line of an article
    that took it for a heading ("1. Formerly the NCDC", a footnote under the last paragraph;
    "3. Download the data", a step between blocks of code) is a list item."""
    numbered = [b for b in blocks if b.kind == "heading" and b.cue == "numbered"]
    marker = numbered[0].marker if len(numbered) == 1 else None
    if marker is None:
        return
    block = numbered[0]
    block.kind, block.cue, block.level = "list_item", None, None
    block.text = block.text[len(marker) :].lstrip()


def _make_numbered_heading(block: RawBlock) -> None:
    if block.kind != "list_item" or not heading_like(block.text):
        return
    block.kind = "heading"
    block.cue = "numbered"
    block.level = 1
    block.text = f"{block.marker} {block.text}"


def _numbered_heading(block: RawBlock, prev: RawBlock | None, nxt: RawBlock | None) -> None:
    """ "1. Introduction" between paragraphs is a numbered heading, not a one-item list."""
    if not block.ordered or block.depth != 0 or len(block.line_spans) != 1:
        return
    if prev is not None and prev.kind == "list_item":
        return
    if nxt is None or nxt.kind == "list_item" or nxt.kind == "heading":
        return
    if nxt.kind not in ("paragraph", "label", "code", "table") or _bare_link(nxt):
        return
    if not heading_like(block.text) or title_ratio(block.text) < 0.5:
        return
    if not (block.marker or "")[:1].isdigit():
        return
    _make_numbered_heading(block)


def _address_alone(text: str) -> bool:
    return " " not in text and URL.fullmatch(text) is not None


def _bare_link(block: RawBlock) -> bool:
    """Is ``block`` one address alone on its line? Under a line, it is that line's link
    ("18) Hasbro Gaming – Taboo" / "http://amzn.to/2hXWsBA"), which heads no section."""
    return block.kind == "paragraph" and len(block.line_spans) == 1 and _address_alone(block.text)
