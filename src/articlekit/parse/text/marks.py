"""Pass 1: what every physical line looks like on its own (blank, list item, table row,
rule, underline, ``#`` heading, code or text), using its neighbours only to extend runs of
code and what code printed.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from typing import Final

import regex

from articlekit.options import ParseOptions
from articlekit.parse.blocks import RawBlock
from articlekit.parse.codelike import CODE_THRESHOLD, HOST_PROMPT, STATUS_SYMBOLS, code_score
from articlekit.parse.lines import (
    BULLETS,
    LIST_MARKER,
    STEP_HEADING,
    UNDERLINE,
    Line,
    asciidoc_title,
    atx_heading,
    ends_sentence,
    is_rule,
    key_value,
    may_be_item,
    wiki_heading,
    word_count,
    words_at_most,
)
from articlekit.parse.links import URL
from articlekit.parse.text.headings import is_setting, names_a_change
from articlekit.parse.text.shapes import (
    ALIGNED_TABLE_MIN_ROWS,
    ATTRIBUTION_DASHES,
    CODE_OPERATOR,
    COMMAND_MAX_WORDS,
    COMMENT_STACK_MIN,
    CONFIG_MIN_LINES,
    DIFF_BODY_PAST_BLANK,
    DIFF_FILE_HEADER,
    DIFF_HUNK_HEADER,
    MD_TABLE_SEP,
    NAME_IN_CODE,
    NAMED_FUNCTION,
    PLAIN_WORD,
    STEP_WITHOUT_SEPARATOR,
    TABLE_SPLIT,
    UNDERLINED_HEADING_MAX_WORDS,
    UNMARKED_HEADINGS_MIN,
    WRAP_MAX_WIDTH,
    WRAP_MIN_WIDTH,
    Mark,
    is_field_key,
)


def _table_cells(line: Line) -> list[str] | None:
    raw = line.raw.strip()
    if "\t" not in raw and " | " not in raw and not (raw.startswith("|") and raw.endswith("|")):
        return None
    if raw.startswith("|") and raw.endswith("|") and len(raw) > 1:
        raw = raw[1:-1].strip()
    cells = [c.strip() for c in TABLE_SPLIT.split(raw)]
    if raw.startswith("|") or ("|" in raw and "\t" not in raw and " | " not in raw):
        cells = [c.strip() for c in raw.split("|")]
    return cells if len(cells) >= 2 else None


#: the first characters that open a line of some mark other than table, code or text: an
#: underline, a rule, a wiki heading, a list item, an ATX heading, a table separator or a
#: quote (and digits, and "a." / "a)" items: see _opens_plainly)
_MARKED_FIRSTS: Final = frozenset("=-*_~#|:>(^+`'\"." + BULLETS)


#: the characters a reStructuredText heading is over- and underlined with besides "=" and
#: "-" (which are Markdown's too); "*" and "_" are left out, as a line of them under text is
#: more often a rule than an underline
RST_ADORNMENT_CHARS: Final = "~^#+`'\""


def _opens_plainly(text: str, first: str) -> bool:
    """Can the non-blank line ``text`` (starting with ``first``) be only a table row, code
    or text? True for most lines, which then skip the tests of every other mark."""
    return not (
        first in _MARKED_FIRSTS
        or first.isdigit()
        or ("a" <= first <= "z" and text[1:2] in (".", ")"))
    )


#: how knitr prints a comment of the output, its "## " then the comment's "# " ("## # A
#: tibble: 3 x 2", "## # ... with 9 more rows"): printed output, never a heading
KNITR_PRINTED_COMMENT: Final = "## # "


def _opens_fenced_chunk(lines: list[Line], i: int) -> bool:
    """Is line ``i`` the first inside a fence ("```r", "```{r setup}", "~~~"), right under
    it? A "#" line there is a comment of the code, however it reads, never a heading."""
    return i > 0 and lines[i - 1].text.startswith(("```", "~~~"))


#: a "#" heading read by its context has at most this many words ("Usage", "Getting started")
HASH_HEADING_MAX_WORDS: Final = 6


def _hash_heading_under_prose(
    lines: list[Line], scores: list[float], i: int, name: str, spaced: bool
) -> bool:
    """ "## Usage", "## Install": a short "#" heading scores as code (its marks count as
    symbols), as knitr's printed output does ("## Errors", "## Reading in: a.csv" under the
    code that printed them). A heading follows prose: the line above it ends a sentence
    or is an item of a list of words ("- Faster search" / "### Fixes"), or there is none;
    where the article separates its blocks, a blank line sets it apart; and the line below
    is not more of the same "#" output."""
    if not (
        name[0].isupper() and name[-1].isalnum() and words_at_most(name, HASH_HEADING_MAX_WORDS)
    ):
        return False
    if spaced and i > 0 and not lines[i - 1].blank:
        return False
    j = i - 1
    while j >= 0 and lines[j].blank:
        j -= 1
    if j >= 0 and not (
        scores[j] < 1.0
        and lines[j].text[0] != "#"
        and (ends_sentence(lines[j].text) or _item_of_words(lines[j].text))
    ):
        return False
    k = i + 1
    while k < len(lines) and lines[k].blank:
        k += 1
    mark = lines[i].text.split(None, 1)[0] + " "
    return k < len(lines) and not lines[k].text.startswith(mark)


def _root_prompt_command(atx: regex.Match[str]) -> bool:
    """ "# kubectl describe svc web", "# ipvsadm -ln": root's shell prompt is one "#" and a
    space, so a transcript run as root reads like a first-level Markdown heading. Its text
    is a command line (it scores as code on its own); a heading names a topic in words."""
    return len(atx["hashes"]) == 1 and code_score(atx["text"]) >= CODE_THRESHOLD


def _item_of_words(text: str) -> bool:
    """ "- Faster search across large projects": a bulleted item that reads as words."""
    return (
        may_be_item(text)
        and (item := LIST_MARKER.match(text)) is not None
        and (code_score(item["text"]) <= 0)
    )


#: knitr's prefix of every line a chunk printed
KNITR_OUTPUT_PREFIX: Final = "## "


def _knitr_output_runs(lines: list[Line], marks: list[Mark]) -> None:
    """ "## Files identified: data_2017.zip" / "##    http://example.org/data_2017.zip" /
    "## Data saved at /tmp/data.csv": what a chunk printed, each line behind knitr's "## ",
    one a paragraph apart in the spaced layout. A run of "## " lines (blank lines between
    them allowed) in which some line scores as printed output is output through and
    through: its "## " lines that read as words are no ATX headings. A "## " line that ends
    the run stays a heading ("## [1] 42" then "## Next steps" then prose: the section after
    the output), so only those with another "## " line under them are taken."""
    run: list[int] = []
    for i in range(len(lines) + 1):
        if i < len(lines) and (lines[i].blank or lines[i].text.startswith(KNITR_OUTPUT_PREFIX)):
            if not lines[i].blank:
                run.append(i)
            continue
        if len(run) >= 2 and any(marks[k].kind == "code" for k in run):
            for k in run[:-1]:
                if marks[k].kind == "atx":
                    marks[k] = Mark("code")
        run = []


#: a command typed into an issue comment for a bot: its hyphenated handle, then lower-case
#: words, mentions and placeholders only ("@review-bot check package", "@review-bot add
#: @ana to reviewers", "@all-contributors please add @<username> for <contributions>").
#: A roxygen tag has no hyphen ("@examplesIf for conditional examples": a heading can name
#: it), and a heading about a command says more than the command ("@review-bot help: fewer
#: steps!")
BOT_COMMAND: Final = regex.compile(
    r"@[a-z0-9]+(?:-[a-z0-9]+)+(?: (?:@?<?[a-z][\w-]*>?|@\w[\w-]*)){0,8}"
)


def mark_lines(lines: list[Line], spaced: bool, options: ParseOptions) -> list[Mark]:
    marks: list[Mark] = []
    scores: list[float] = []
    first_text = next((k for k, line in enumerate(lines) if line.text), -1)
    hunks = False
    for i, line in enumerate(lines):
        text = line.text
        if not text:  # (line.blank, without a property call on every line)
            scores.append(0.0)
            marks.append(Mark("blank"))
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
                marks.append(Mark("table", cells))
                continue
            if first == "@":
                command = BOT_COMMAND.fullmatch(text) is not None
                # "@@ -3,7 +3,6 @@": a diff's hunk, whose lines _diff_hunks keeps together
                hunks = hunks or text.startswith("@@ ")
            else:
                command = False
            marks.append(Mark("code" if command or scores[i] >= CODE_THRESHOLD else "text"))
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
            and not is_setting(lines[i - 1].text)
        ):
            marks.append(Mark("underline"))
            if _overlines(lines, marks, i):
                marks[i - 2].kind = "overline"
        elif is_rule(text):
            marks.append(Mark("rule"))
        elif (
            first == "."
            and (directive := RST_DIRECTIVE.match(text))
            and directive[1] not in CODE_DIRECTIVES  # (their line stays with their code)
        ):
            marks.append(Mark("directive"))
        elif first == "=" and (
            wiki_heading(text) is not None or (i == first_text and asciidoc_title(text) is not None)
        ):
            marks.append(Mark("wiki"))  # before the code score: "==" is also an operator
        elif (
            may_be_item(text)
            and (item := LIST_MARKER.match(text))
            and (
                scores[i] < CODE_THRESHOLD + 1
                # (one space after the marker: "-        return x" is a line of a diff)
                or (text[item.start("text") - 2] != " " and _item_naming_code(item["text"]))
                or (first == "\u2022" and _RENAMING.fullmatch(item["text"]) is not None)
            )
        ):
            marks.append(Mark("item"))
        elif first == "#" and text.startswith(KNITR_PRINTED_COMMENT):
            marks.append(Mark("code"))  # knitr's "## # A tibble: 3 x 2": printed output
        elif first == "#" and (atx := atx_heading(text)) and atx["text"][0] in STATUS_SYMBOLS:
            marks.append(Mark("code"))  # knitr's "## ℹ 2 rows excluded": printed output
        elif first == "#" and atx and _opens_fenced_chunk(lines, i):
            marks.append(Mark("code"))  # "```{r}" / "# hint: use rnorm()": a code comment
        elif first == "#" and atx and _root_prompt_command(atx):
            marks.append(Mark("code"))  # "# kubectl get pods -A": root's prompt, a command
        elif (
            first == "#"
            and atx
            and (
                scores[i] < 1.0 or _hash_heading_under_prose(lines, scores, i, atx["text"], spaced)
            )
        ):
            marks.append(Mark("atx", atx=atx))
        elif first in "|:-" and "|" in text and MD_TABLE_SEP.match(text):
            marks.append(Mark("table", []))
        elif (cells := _table_cells(line)) is not None and scores[i] < CODE_THRESHOLD + 1:
            marks.append(Mark("table", cells))
        elif scores[i] >= CODE_THRESHOLD:
            marks.append(Mark("code"))
        elif (
            first == ">"
            and _quoted(text)
            and (scores[i] < QUOTE_MAX_CODE_SCORE or not text.strip("> "))
        ):
            marks.append(Mark("quote"))
        else:
            marks.append(Mark("text"))
    if {"atx", "code"} <= {mark.kind for mark in marks}:
        _knitr_output_runs(lines, marks)
    _config_blocks(lines, marks)
    _aligned_tables(lines, marks)
    # (before runs of code grow: a line carried over from prose is no code to grow from)
    _carried_over_lines(lines, marks)
    if any(mark.kind == "item" for mark in marks):
        _block_comments(lines, marks)
    _extend_code_runs(lines, marks, scores, spaced, options)
    if hunks:
        _diff_hunks(lines, marks)
    if any(mark.kind == "code" for mark in marks):
        _printed_bullets(lines, marks)
        _code_and_what_it_printed(lines, marks)
    if any(mark.kind == "code" for mark in marks):
        _change_headings(lines, marks)
        _option_lists(lines, marks)
    _attributions(lines, marks)
    kinds = {mark.kind for mark in marks}
    if "wiki" in kinds:
        _banners_in_output(marks)
    if "quote" in kinds:
        _empty_quotes(lines, marks)
    _absorb_sandwiched(lines, marks)
    if "table" in kinds:
        _title_and_site_line(lines, marks)
    _demote_lone_table_rows(marks)
    if "code" in kinds:
        _user_cards(lines, marks)
    return marks


def _block_comments(lines: list[Line], marks: list[Mark]) -> None:
    """The lines of a C-style block comment are code, its " * " lines no list items: a
    "/*" (or "/**") line, lines that open with "*", and the "*/" that closes them ("/*",
    " * YOUR CODE HERE", " */" in Go, Java's and JavaScript's doc comments). Only a comment
    that closes within BLOCK_COMMENT_MAX_LINES counts: a "/*" in prose opens nothing."""
    n = len(lines)
    i = 0
    while i < n:
        text = lines[i].text
        if not (text.startswith("/*") and "*/" not in text[2:]):
            i += 1
            continue
        j = i + 1
        while j < n and j - i <= BLOCK_COMMENT_MAX_LINES and lines[j].text.startswith("*"):
            if lines[j].text.startswith("*/"):
                break
            j += 1
        if j < n and lines[j].text.startswith("*/") and j - i > 1:
            for k in range(i, j + 1):
                marks[k].kind = "code"
            i = j + 1
        else:
            i += 1


#: how many lines a block comment ("/*" … "*/") may span for its lines to be taken as code
BLOCK_COMMENT_MAX_LINES: Final = 40


# the stamp of a post on a Q&A site, above its author's card: "asked Sep 3, 2018 at 14:22",
# "answered Jan 12 at 9:02", "edited May 1, 2020 at 7:45"
_POST_STAMP: Final = regex.compile(
    r"(?:asked|answered|edited)\s+\p{L}{3,9}\.? \d{1,2}(?:, \d{4})? at \d{1,2}:\d{2}"
)


# the author's reputation, then the counts of the badges: "1,204 2 11 24", "15.3k 4 41 67"
_REPUTATION: Final = regex.compile(r"\d{1,3}(?:[,.]\d{1,3})*k? (?:\d{1,4} ?){1,3}")


#: an author's name on a card is a few words ("dmitri_k", "Ana Ferreira")
CARD_NAME_MAX_WORDS: Final = 3


def _user_cards(lines: list[Line], marks: list[Mark]) -> None:
    """ "asked Sep 3, 2018 at 14:22" / "dmitri_k" / "1,204 2 11 24": a post's stamp on a Q&A
    page, then its author's card, a name and the reputation with the badge counts. The
    handle ("_") and the row of figures score as code; under the stamp they are text."""
    for i in range(len(lines) - 2):
        if marks[i].kind != "text" or not lines[i].text.startswith(("asked", "answered", "edited")):
            continue
        if _POST_STAMP.fullmatch(lines[i].text) is None:
            continue
        name, figures = lines[i + 1], lines[i + 2]
        if (
            not name.blank
            and words_at_most(name.text, CARD_NAME_MAX_WORDS)
            and _REPUTATION.fullmatch(figures.text.strip()) is not None
        ):
            marks[i + 1].kind = marks[i + 2].kind = "text"


# the first word of a line a wrapper carried over from a line of prose: a word in lower case
# ("review."), a volume with its issue or pages ("42(2),", "2019;42(2):288-325.", "25,"), or
# an address ("https://ico.org.uk/make-a-complaint/", "doi:10.1111/jrir.12269")
_CARRIED_WORD: Final = regex.compile(
    r"\p{Ll}[\p{L}'\u2019-]*+[.,;:]?|\d[\d()\u2013;:.,-]*+|(?:https?://|doi:)\S++"
)


def _carried_over_lines(lines: list[Line], marks: list[Mark]) -> None:
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


def _text_column(line: Line, mark: Mark) -> int:
    """The column a line's words start at: after its marker for a list item ("1. ")."""
    item = LIST_MARKER.match(line.text) if mark.kind == "item" else None
    return line.indent + (item.start("text") if item else 0)


def _chunk_width(lines: list[Line], marks: list[Mark], i: int) -> int:
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


def _overlines(lines: list[Line], marks: list[Mark], i: int) -> bool:
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
    named = NAMED_FUNCTION.match(tokens[0]) is not None  # "- use_github() (https://…)"
    if not (named or any(PLAIN_WORD.match(t) for t in tokens)) or CODE_OPERATOR.search(text):
        return False
    if ": " in text or text.endswith(":"):
        return False  # "- uses: actions/checkout@v4": a YAML entry
    masked = " ".join("call" if NAME_IN_CODE.search(t) else t for t in tokens)
    return masked != text and code_score(masked) < 1.0


def _banners_in_output(marks: list[Mark]) -> None:
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


def _empty_quotes(lines: list[Line], marks: list[Mark]) -> None:
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


def _neighbour(marks: list[Mark], i: int, step: int) -> int | None:
    j = i + step
    while 0 <= j < len(marks) and marks[j].kind == "blank":
        j += step
    return j if 0 <= j < len(marks) else None


def _extend_code_runs(
    lines: list[Line], marks: list[Mark], scores: list[float], spaced: bool, options: ParseOptions
) -> None:
    """Weakly code-like lines next to code are code too; so are indented lines inside a
    run of code (the body of a function, wrapped arguments). ``spaced``: the article sets
    its blocks apart with blank lines."""
    # (a line becomes code only beside code: an article with none has nothing to extend)
    changed = any(mark.kind == "code" for mark in marks)
    rounds = 0
    last = len(marks) - 1
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
            if not (
                (i > 0 and marks[i - 1].kind == "code")
                or (i < last and marks[i + 1].kind == "code")
                or (i > 1 and marks[i - 2].kind == "code")
                or (i < last - 1 and marks[i + 2].kind == "code")
            ):
                # (exact: the line turns to code only with code at most two lines from it,
                # the test at the end; the tests between read the marks and change nothing,
                # so a line with no code that near is settled without them)
                continue
            weak = (
                scores[i] >= CODE_THRESHOLD / 2
                or (lines[i].indent >= 2 and scores[i] > 0)
                # "- name: Cache R packages" glued to YAML: an entry of a configuration file
                or (yaml_item and lines[i].indent >= 2)
                or _continues_indented_code(lines, marks, i)
                or _indented_between_code(lines, marks, i)
                or _printed_under_prompt(lines, marks, scores, i, spaced, options)
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


def _diff_hunks(lines: list[Line], marks: list[Mark]) -> None:
    """A unified diff shown in an article (a patch, a change to a configuration file) is
    one piece of code: from its hunk header "@@ -3,7 +3,6 @@" on, every line that opens
    with the diff's space, "-" or "+" is a line of the change, not a list item ("-  return
    x;") nor a paragraph ("-#ifdef DEBUG"); the file header lines above the hunk too."""
    last = len(lines) - 1
    i = 0
    while i <= last:
        if not (lines[i].raw.startswith("@@ ") and DIFF_HUNK_HEADER.match(lines[i].raw)):
            i += 1
            continue
        k = i - 1
        while k >= 0 and DIFF_FILE_HEADER.match(lines[k].raw):
            marks[k].kind = "code"
            k -= 1
        marks[i].kind = "code"
        j = i + 1
        while j <= last:
            raw = lines[j].raw
            if raw.startswith("@@ ") and DIFF_HUNK_HEADER.match(raw):
                marks[j].kind = "code"
            elif lines[j].blank:
                # a blank line inside the change, when the change goes on below it
                nxt = j + 1
                while nxt <= last and lines[nxt].blank:
                    nxt += 1
                if nxt > last or not DIFF_BODY_PAST_BLANK.match(lines[nxt].raw):
                    break
                j = nxt
                continue
            elif raw[:1] in (" ", "-", "+", "\\"):
                marks[j].kind = "code"
            else:
                break
            j += 1
        i = j


def _change_headings(lines: list[Line], marks: list[Mark]) -> None:
    """ "Removed: BrowserWindow.getTrafficLightPosition()" over the paragraph that explains
    the change, under the code of the change before it: a release note's heading for a
    change to an API scores as code for the names it holds, and would run into the code
    above it. Its label and the prose under it make it text (a heading, see
    headings.change_heading)."""
    for i, mark in enumerate(marks):
        if mark.kind != "code" or lines[i].indent or not names_a_change(lines[i].text):
            continue
        j = _neighbour(marks, i, 1)
        if j is not None and marks[j].kind == "text" and _reads_as_prose(lines[j].text):
            mark.kind = "text"


def _option_lists(lines: list[Line], marks: list[Mark]) -> None:
    """ "-i, --ignore-case" / "Ignore case distinctions in patterns …": a manual page's
    options, each on a line of its own over the sentences that describe it, indented deeper.
    The option scores as code for its dashes (and the sentences join it where no blank line
    parts them), but two options or more, each described in sentences, are the article's
    text (a definition list), not code. A listing under a command ("$ grep --help") is what
    the command printed, and stays code: the line above the run must not be code."""
    dashed = (m.kind == "code" and ln.text[:1] == "-" for ln, m in zip(lines, marks, strict=True))
    if not any(dashed):
        return  # (most articles: no line of code opens with an option's dash)
    shown = [k for k, mark in enumerate(marks) if mark.kind != "blank"]
    n, p = len(shown), 0
    while p < n:
        i = shown[p]
        if not _option_line(lines, marks, i) or (p and marks[shown[p - 1]].kind == "code"):
            p += 1
            continue
        options, q = 0, p
        while q < n and _option_line(lines, marks, shown[q]):
            r = q + 1
            while (
                r < n
                and marks[shown[r]].kind in ("code", "text")
                and lines[shown[r]].indent > lines[shown[q]].indent
                and _reads_as_prose(lines[shown[r]].text)
            ):
                r += 1
            if r == q + 1:
                break  # an option without its sentences: not this shape
            options += 1
            q = r
        if options >= OPTION_LIST_MIN and (q == n or marks[shown[q]].kind != "code"):
            for k in shown[p:q]:
                marks[k].kind = "text"
        p = max(q, p + 1)


def _option_line(lines: list[Line], marks: list[Mark], i: int) -> bool:
    return marks[i].kind == "code" and _OPTION.fullmatch(lines[i].text) is not None


#: a manual page's option list describes this many options at least
OPTION_LIST_MIN: Final = 2


# "-i, --ignore-case", "--color[=WHEN]", "-e PATTERNS, --regexp=PATTERNS", "-A NUM": an
# option of a command, its short and long names, the value it takes
_OPTION: Final = regex.compile(
    r"(?:-[\w?]|--[\w][\w-]*+)(?:[= ]?\[?[=A-Z_]+\]?)?"
    r"(?:, (?:-[\w?]|--[\w][\w-]*+)(?:[= ]?\[?[=A-Z_]+\]?)?)*+"
)


def _reads_as_prose(text: str) -> bool:
    """A sentence of words (at least PROSE_UNDER_CHANGE_MIN_WORDS), as a paragraph is."""
    return ends_sentence(text) and not words_at_most(text, PROSE_UNDER_CHANGE_MIN_WORDS - 1)


#: the paragraph under a change's heading runs this many words at least
PROSE_UNDER_CHANGE_MIN_WORDS: Final = 8


def _printed_bullets(lines: list[Line], marks: list[Mark]) -> None:
    """ "flask --app hello run" / " * Serving Flask app 'hello'" / " * Running on http://…":
    lines opening like bullets right under a command (a blank line between at most), none of
    them a sentence, are what the command printed, not a list: an article introduces its
    lists with words, not with code. A short line glued under them that is no sentence
    ("Press CTRL+C to quit") is printed too."""
    items = [k for k, mark in enumerate(marks) if mark.kind == "item"]
    runs: list[tuple[int, int]] = []
    for k in items:  # (runs of item lines, as [first, past the last))
        if runs and runs[-1][1] == k:
            runs[-1] = (runs[-1][0], k + 1)
        else:
            runs.append((k, k + 1))
    for i, j in runs:
        above = _neighbour(marks, i, -1)
        if above is not None and _progress_line(lines, marks, above):
            above -= 1  # ("Creating cluster "x" ..." between the command and its steps)
        if (
            j - i >= PRINTED_BULLETS_MIN
            and above is not None
            and marks[above].kind == "code"
            and i - above <= 2
            # (under a bulleted line of code, "- httr: verbose()", a list goes on)
            and lines[above].text[:1] not in "*-"
            and all(_printed_bullet(line.text) for line in lines[i:j])
        ):
            for k in range(i, j):
                marks[k].kind = "code"
            if (
                j < len(marks)
                and marks[j].kind == "text"
                and not ends_sentence(lines[j].text)
                and words_at_most(lines[j].text, PRINTED_TAIL_MAX_WORDS)
            ):
                marks[j].kind = "code"


def _progress_line(lines: list[Line], marks: list[Mark], k: int) -> bool:
    """A program's progress line, glued under the command that printed it: a short text
    line ending in "..." ("Creating cluster "knative" ...", "Installing dependencies…")."""
    return (
        marks[k].kind == "text"
        and k > 0
        and marks[k - 1].kind == "code"
        and lines[k].text.endswith(("...", "\u2026"))
        and words_at_most(lines[k].text, PRINTED_BULLET_MAX_WORDS)
    )


def _printed_bullet(text: str) -> bool:
    """A "*" or "-" line that ends no sentence, holds none and introduces nothing, in a few
    words: what a program printed may look so. A release note's item ("- Added nativeTheme
    API to read … color scheme. #19758") is a sentence with its issue numbers after it, and
    keeps its list even under a table read as code."""
    return (
        text[:1] in PRINTED_BULLET_MARKS
        and not ends_sentence(text)
        and not text.endswith(":")
        and words_at_most(text, PRINTED_BULLET_MAX_WORDS)
        and not _SENTENCE_INSIDE.search(text)
    )


#: the marks a program prints before a line of its output: "*" and "-", and the check
#: marks of its finished steps (kind's " \u2713 Preparing nodes", a scaffolder's "\u2714 Done")
PRINTED_BULLET_MARKS: Final = "*-\u2713\u2714"

#: a line a program printed as a bullet runs this many words at most (" * Running on
#: http://127.0.0.1:5000 (Press CTRL+C to quit)")
PRINTED_BULLET_MAX_WORDS: Final = 12

# a sentence's end followed by more text: "release. #18591", "IPC. These are …"
_SENTENCE_INSIDE: Final = regex.compile(r"\p{L}{2}[.!?] +\S")


#: a program's bulleted output runs this many lines at least (one bullet between two
#: commands is a step of the article's: "- Get OAuth credentials")
PRINTED_BULLETS_MIN: Final = 2


#: a line glued under a program's bulleted output that runs this many words at most, and
#: ends no sentence, is printed too
PRINTED_TAIL_MAX_WORDS: Final = 6


def _sentences_beside_code(line: Line, mark: Mark) -> bool:
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
PROSE_BESIDE_CODE_MIN_WORDS: Final = 12


# "where σ is", "Of course, this", "and to save": two words first, as a sentence opens
_OPENS_WITH_TWO_WORDS: Final = regex.compile(r"\p{L}[\p{L}'\u2019]*+,? \p{L}")


def _code_and_what_it_printed(lines: list[Line], marks: list[Mark]) -> None:
    """Lines that read as text but belong to the code around them: its strings over several
    lines and what it printed (rows, a variable's value, a data frame, a record)."""
    _string_literals(lines, marks)
    _printed_rows(lines, marks)
    _echoed_names(lines, marks)
    _printed_frames(lines, marks)
    _printed_fields(lines, marks)
    _printed_tables(lines, marks)


#: Python's (and Julia's, Kotlin's, Scala's…) quotes of a string over several lines
_TRIPLE_QUOTES: Final = ('"""', "'''")


#: a docstring or string literal closes within this many lines, or is taken for no literal
LITERAL_MAX_LINES: Final = 300


def _string_literals(lines: list[Line], marks: list[Mark]) -> None:
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
PRINTED_ROWS_MIN: Final = 3


_LETTER_RUN: Final = regex.compile(r"\p{L}+")


_DIGIT_RUN: Final = regex.compile(r"\d+")


def _printed_rows(lines: list[Line], marks: list[Mark]) -> None:
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


# a column header a command prints over its rows: "NAME READY STATUS AGE" (kubectl,
# docker, helm), "CONTAINER ID   IMAGE   PORTS", "PID USER %CPU COMMAND", or the same in
# lower case ("name ready status age", as some blogs restyle it)
_COLUMN_HEADER: Final = regex.compile(
    r"[A-Z][A-Z0-9_%/().+-]*(?:\s+[A-Z%][A-Z0-9_%/().+-]*){2,}"
    r"|[a-z][a-z0-9_-]*(?:\s+[a-z][a-z0-9_-]*){2,}"
)


def _printed_tables(lines: list[Line], marks: list[Mark]) -> None:
    """ "NAME READY STATUS AGE" under "kubectl get pods", over "web-1 1/1 Running 3m": a
    column header a command printed, with its rows, is the command's output and no heading.
    The header follows the code (a blank line between them at most) and at least one row
    below it has as many columns; a heading in capitals ("INSTALLING THE CHART") is
    followed by a sentence, not by a row of as many words."""
    for i, mark in enumerate(marks):
        # (code one or two lines above first: the cheap test that settles most lines)
        if (
            mark.kind not in ("text", "atx")
            or not (
                (i > 0 and marks[i - 1].kind == "code")
                or (i > 1 and marks[i - 2].kind == "code" and marks[i - 1].kind == "blank")
            )
            or not _COLUMN_HEADER.fullmatch(lines[i].text)
        ):
            continue
        columns = len(lines[i].text.split())
        rows: list[int] = []
        j = _neighbour(marks, i, 1)
        while (
            j is not None
            and j - (rows[-1] if rows else i) <= 2
            and marks[j].kind in ("text", "atx", "code")
            and len(lines[j].text.split()) == columns
            and not _COLUMN_HEADER.fullmatch(lines[j].text)
            and not ends_sentence(lines[j].text)
        ):
            rows.append(j)
            j = _neighbour(marks, j, 1)
        if rows:
            for k in (i, *rows):
                marks[k].kind = "code"


# one name alone on a line: "fig", "dist", "df.head"
_NAME_ALONE: Final = regex.compile(r"[A-Za-z_][\w.]*")


#: how many lines of code above a name alone are searched for where it was assigned
ECHO_LOOKBACK: Final = 60


def _echoed_names(lines: list[Line], marks: list[Mark]) -> None:
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
_FRAME_ROW: Final = regex.compile(r"(\d{1,7}) +\S")


#: a printed frame's column header has at most this many words
FRAME_HEADER_MAX_WORDS: Final = 8


def _printed_frames(lines: list[Line], marks: list[Mark]) -> None:
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
_PADDED_FIELD: Final = regex.compile(r"\S[^\t]{0,40}?\S  +(?=\S)")


#: a program's printout of fields is at least this many lines, their values in one column
PRINTED_FIELDS_MIN: Final = 3


def _printed_fields(lines: list[Line], marks: list[Mark]) -> None:
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


def _under_code_or_header(lines: list[Line], marks: list[Mark], i: int) -> bool:
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
_SQL_CLAUSE: Final = regex.compile(
    r"(?:SELECT|FROM|WHERE|AND|OR|ORDER BY|GROUP BY|HAVING|LIMIT|OFFSET|UNION(?: ALL)?|ON|"
    r"(?:LEFT |RIGHT |INNER |FULL |CROSS )?JOIN|SET|VALUES|RETURNING) "
)


def _continues_sql(lines: list[Line], marks: list[Mark], i: int) -> bool:
    """ "WHERE project IN ({names})" glued under "SELECT * FROM downloads": the next clause
    of the statement, though its words read as an ALL-CAPS heading."""
    if i == 0 or marks[i - 1].kind != "code" or not lines[i].text[:1].isupper():
        return False  # (most lines)
    return (
        _SQL_CLAUSE.match(lines[i].text) is not None
        and _SQL_CLAUSE.match(lines[i - 1].text.lstrip()) is not None
    )


def _continues_indented_code(lines: list[Line], marks: list[Mark], i: int) -> bool:
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


def _indented_between_code(lines: list[Line], marks: list[Mark], i: int) -> bool:
    """An indented line glued between two lines of code, shallower than the one above
    ("    if n not in memo:" after "        return n"), is code: prose is not indented
    inside a block of code."""
    return (
        lines[i].indent >= 2
        and 0 < i < len(marks) - 1
        and marks[i - 1].kind == "code"
        and marks[i + 1].kind == "code"
    )


#: how many lines of code above a line are searched for the shell prompt that printed it
PROMPT_LOOKBACK: Final = 30


# a shell prompt and a command: "$ go run .", "$> kubectl get pods", "% make test",
# "PS C:\\> dir", "(pprof) top", Python's ">>> len(xs)" (R's str() prints "$ name: chr ..."
# lines, output and not a prompt)
_SHELL_PROMPT: Final = regex.compile(
    r"\s*(?:(?:\$>?|%|\u276f|PS [^>]*>) (?![\w.]+\s*:)[a-z.~/]"
    r"|(?P<debugger>\((?:pprof|gdb|dlv|lldb|Pdb|pdb)\)) |>>> )"
    # bash's "vagrant@vagrant:~$ free -m"
    r"|" + HOST_PROMPT
)


def _attributions(lines: list[Line], marks: list[Mark]) -> None:
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
            marks[i] = Mark("text")


def _printed_under_prompt(
    lines: list[Line],
    marks: list[Mark],
    scores: list[float],
    i: int,
    spaced: bool,
    options: ParseOptions,
) -> bool:
    """A line glued under a shell command ("$ go run .") and what it printed is output
    ("hello", "greet.go:23: unreachable func"), unless the article goes on there: a
    sentence, a line introducing what follows (":"), or - in an article without blank
    lines between its blocks - a capitalised line, which may be the next heading ("Write a
    Dockerfile" under "$ go get …"). Where blank lines set the blocks apart, a heading
    stands after one: "Flash params set to 0x0020" glued under the command is output. A
    record of "Key: value" lines the command printed ("Name: demo" / "Version: 1.2.0") is
    output in either layout: no heading is a field among fields."""
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
            return (
                spaced
                or not text[:1].isupper()
                or prompt["debugger"] is not None
                or _printed_record(lines, i, options)
                or _status_line_below(lines, scores, i)
                or _names_what_the_command_named(text, lines[k].text)
            )
        k -= 1
    return False


#: a line under a command repeating this many of its words is what the command printed
ECHOED_COMMAND_WORDS_MIN: Final = 2


def _names_what_the_command_named(text: str, command: str) -> bool:
    """ "Deleted config: serviceentry mysql-external" under "$ kubectl delete serviceentry
    mysql-external": a capitalised line naming again what the command named, and mostly
    that, is the command's report; the next heading names its own step ("Check the Routes"
    under "$ lanectl apply routes.yaml" shares no more than a word with it)."""
    said = {w.strip(",;:'\"").casefold() for w in command.split()}
    words = [w.strip(",;:'\"").casefold() for w in text.split()]
    shared = sum(1 for w in words if len(w) > 2 and w in said)
    return shared >= ECHOED_COMMAND_WORDS_MIN and 2 * shared >= len(words)


def _status_line_below(lines: list[Line], scores: list[float], i: int) -> bool:
    """Is the line under line ``i`` a tool's status line in plain lower-case words
    ("successfully initialized stack", "installing plugins...")? A capitalised line glued
    under a command's output ("Starting the deploy") is then a line of that output too: a
    heading is followed by prose or code, not by a fragment of a log."""
    j = i + 1
    if j >= len(lines) or not lines[j].text or scores[j] > 0:
        return False
    below = lines[j].text
    return (
        _LOG_STATUS_LINE.fullmatch(below) is not None
        and STATUS_LINE_MIN_WORDS <= word_count(below) <= STATUS_LINE_MAX_WORDS
    )


# "successfully initialized stack", "installing aws plugin...": lower-case words only, an
# ellipsis at most (a tool at work), no sign of code or of a sentence
_LOG_STATUS_LINE: Final = regex.compile(r"[a-z]+(?: [a-z]+)*(?:\.\.\.|\u2026)?")

#: a status line printed by a tool is this many words
STATUS_LINE_MIN_WORDS: Final = 2
STATUS_LINE_MAX_WORDS: Final = 6


def _printed_record(lines: list[Line], i: int, options: ParseOptions) -> bool:
    """Is line ``i`` a printed field ("Status: running") beside another one, the line above
    or below it?"""
    if not _printed_field(lines[i].text, options):
        return False
    return any(
        0 <= k < len(lines) and _printed_field(lines[k].text, options) for k in (i - 1, i + 1)
    )


def _printed_field(text: str, options: ParseOptions) -> bool:
    """ "Version: 1.2.0", "Status: running": a short label and a value that ends no sentence,
    the label none of the article's own fields ("Tags: …", "Published: …")."""
    kv = key_value(text)
    return (
        kv is not None
        and words_at_most(kv["key"], PRINTED_FIELD_KEY_MAX_WORDS)
        and not kv["key"][-1].isdigit()  # "Step 2: Configure the server", a step's heading
        and words_at_most(kv["value"], PRINTED_FIELD_VALUE_MAX_WORDS)
        and not ends_sentence(kv["value"])
        and not is_field_key(kv["key"], options)
    )


#: a printed field's label and value are this many words at most
PRINTED_FIELD_KEY_MAX_WORDS: Final = 3
PRINTED_FIELD_VALUE_MAX_WORDS: Final = 6


#: a sentence of this many words under a command's output is the article again
PROSE_AFTER_OUTPUT_MIN_WORDS: Final = 4


# "• get_retval -> bpf_get_retval": under a typographic bullet, which no language writes, one
# name mapped to another (a rename, a port from one API to another) is an item, not code
_RENAMING: Final = regex.compile(r"`?[\w.:()]+`?\s+(?:->|=>|\u2192)\s+`?[\w.:()]+`?")


# "- name: Cache R packages", "- uses: actions/checkout@v4": an entry of a YAML list
_YAML_ITEM: Final = regex.compile(r"-\s+[a-z_][\w-]*:(?:\s|$)")


# a line of a YAML configuration: "key:", "key: value", "- key: value", "- item" (one word)
_CONFIG_KEY: Final = regex.compile(
    r"(?:-\s+)?[A-Za-z_][\w./-]*:(?:\s|$)"
)  # "app.kubernetes.io/name:"


_CONFIG_ITEM: Final = regex.compile(r"-\s+\S+$")


def _config_blocks(lines: list[Line], marks: list[Mark]) -> None:
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
CONFIG_MIN_KEYS: Final = 3


def _config_stretch(lines: list[Line], marks: list[Mark], i: int) -> tuple[int, int, int, bool]:
    """(end, keys, items, nested) of the configuration lines from ``i`` on; ``keys`` counts
    the lower-case keys less the capitalised ones."""
    keys = items = 0
    nested = False
    opener = -1  # indentation of the last "key:" / "key: |" line, whose value is below it
    scalar = False  # that line opens a block of text ("run: |"), not a mapping
    entry = -1  # indentation of the last "- key: value" line, whose mapping may go on below
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
        if text[0] == "-" and _YAML_ITEM.match(text):
            entry = line.indent
        elif entry >= 0 and line.indent == entry + 2 and _CONFIG_KEY.match(text):
            # "- rule: Too many retries" over "  desc: …", "  priority: WARNING": more keys of
            # the same entry of a YAML list, lined up under its first key
            nested = True
        if text.endswith(_VALUE_BELOW) and _CONFIG_KEY.match(text):
            opener, scalar = line.indent, not text.endswith(":")
        elif not inside:
            opener = -1
        j += 1
    return j, keys, items, nested


_YAML_MARKERS: Final = frozenset({"---", "...", "\u2026"})


def _comment_between_keys(lines: list[Line], marks: list[Mark], j: int) -> bool:
    """ "  # Check out the repository" above "  - uses: actions/checkout@v4": a comment of
    the file (a "#" line above prose may be a Markdown heading)."""
    if not lines[j].text.startswith("#") or j + 1 >= len(lines) or marks[j + 1].kind == "blank":
        return False
    below = lines[j + 1].text
    return _CONFIG_KEY.match(below) is not None or _CONFIG_ITEM.match(below) is not None


# a key whose value is on the lines below it: "metadata:", "run: |", "script: >-"
_VALUE_BELOW: Final = (":", "|", ">", "|-", ">-", "|+", ">+")


#: a "Key: value" line whose value is a sentence this long is prose ("Note: this is …")
CONFIG_SENTENCE_MIN_WORDS: Final = 5


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


def _absorb_sandwiched(lines: list[Line], marks: list[Mark]) -> None:
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
            # "Step 5 Enable the Route", "Step 3: Push the file" between two commands: the
            # next step's title
            and not (text[:1] in "Ss" and STEP_WITHOUT_SEPARATOR.match(text))
            and not (text[:1].isupper() and STEP_HEADING.match(text))
            and not _captions_next_command(lines, i)
        ):
            marks[i].kind = "code"
    _hash_lines_beside_code(lines, marks)


# a caption in words: "Checking the pods of the gateway", "Memory in use, idle state"
_CAPTION_OF_WORDS: Final = regex.compile(r"\p{Lu}[\p{L}'-]*(?:,? [\p{L}][\p{L}'-]*){2,}")


# a step's title of two words, both capitalised: "Create Node", "Deploy Istio"
_TITLE_OF_TWO_WORDS: Final = regex.compile(r"\p{Lu}[\p{L}'-]* \p{Lu}[\p{L}'-]*")


def _captions_next_command(lines: list[Line], i: int) -> bool:
    """ "Checking components of the gateway" glued over "user@host:~$ kubectl get pods": a
    line of words over a prompt names the next command (a heading or a caption); it is no
    line the command above printed. Two capitalised words ("Create Node") name it as well,
    a tutorial's step, unless the command above wrote them ("$ echo Hello World")."""
    text = lines[i].text
    if not _SHELL_PROMPT.match(lines[i + 1].text):
        return False
    if _CAPTION_OF_WORDS.fullmatch(text) is not None:
        return True
    return _TITLE_OF_TWO_WORDS.fullmatch(text) is not None and text not in lines[i - 1].text


def _hash_lines_beside_code(lines: list[Line], marks: list[Mark]) -> None:
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


_COLUMN_GAP: Final = regex.compile(r"\S(?: ?\S)*+")  # a cell: words joined by single spaces


_ROW_INDEX_CELL: Final = regex.compile(r"\d{1,6}:?|\[\d+,?\]")


_TYPE_CELL: Final = regex.compile(r"<[a-z]{2,5}>")


def _aligned_tables(lines: list[Line], marks: list[Mark]) -> None:
    """A run of ALIGNED_TABLE_MIN_ROWS lines or more whose cells (split by two spaces or
    more) line up in the same columns, under a header row of words, is a table typed with
    spaces ("Framework    Requests/s"). Printed data frames are not: their rows start with
    an index ("1", "2:", "[1,]") or a row of column types ("<chr>"), and they stand under
    the code that printed them."""
    for i, j in mark_runs(marks, lambda kind: kind in ("code", "text")):
        if j - i < ALIGNED_TABLE_MIN_ROWS or "  " not in lines[i].raw.strip():
            continue  # (the header shows the two spaces between its columns)
        before = _neighbour(marks, i, -1)
        if before is not None and marks[before].kind == "code":
            continue  # output of the code above it
        rows = _rows_of_cells(lines[i:j])
        if rows is None or not _is_aligned_table(rows[0], rows[1:]):
            continue
        for k, row in zip(range(i, j), rows, strict=True):
            marks[k] = Mark("table", [text for _, _, text in row])


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


def _title_and_site_line(lines: list[Line], marks: list[Mark]) -> None:
    """ "Lentil Soup Review | Kitchen Notes" on the first line: a page's title and its
    site's name, as a scraper writes the page's ``<title>`` above the text, not the first
    row of a table (a line under it with a "|" of its own stays text with it; a table's
    rule under the line, "--- | ---", keeps it a header row)."""
    first = next((i for i, mark in enumerate(marks) if mark.kind != "blank"), None)
    if first is None or marks[first].kind != "table" or len(marks[first].cells or ()) != 2:
        return
    raw = lines[first].raw.strip()
    if "\t" in raw or raw.startswith("|") or raw.endswith("|"):
        return
    after = next((m for m in marks[first + 1 :] if m.kind != "blank"), None)
    if after is not None and after.kind == "table" and not after.cells:
        return  # a separator row: a header row above it
    marks[first].kind = "text"


def _demote_lone_table_rows(marks: list[Mark]) -> None:
    """A table needs two rows in a row; a lone "a | b" line is text."""
    for i, mark in enumerate(marks):
        if mark.kind != "table":
            continue
        before = i > 0 and marks[i - 1].kind == "table"
        after = i + 1 < len(marks) and marks[i + 1].kind == "table"
        if not before and not after:
            mark.kind = "text"


def _atx_runs(marks: list[Mark]) -> list[tuple[int, int]]:
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


def _beside_code(lines: list[Line], marks: list[Mark], first: int, last: int) -> bool:
    before, after = _neighbour(marks, first, -1), _neighbour(marks, last, 1)
    return any(k is not None and marks[k].kind == "code" for k in (before, after)) or (
        _glued_command(lines, marks, last + 1)
    )


def _glued_command(lines: list[Line], marks: list[Mark], i: int) -> bool:
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


def hash_lines_are_comments(lines: list[Line], marks: list[Mark], blocks: list[RawBlock]) -> bool:
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


# a reStructuredText directive: ".. image:: /img/tiles.png", ".. note::"
RST_DIRECTIVE: Final = regex.compile(r"\.\. ([A-Za-z][\w-]*)::(?:\s|$)")


#: directives whose body is code: their line stays with the code under it
CODE_DIRECTIVES: Final = frozenset(("code-block", "code", "sourcecode", "literalinclude"))


def mark_runs(marks: list[Mark], inside: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
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


#: a "> " line whose text scores this much as code is R's or Python's prompt, not a quote
QUOTE_MAX_CODE_SCORE: Final = 1.0


def _quoted(text: str) -> bool:
    """ "> It is end-of-life in October", ">> nested", ">": a line of a quoted message."""
    return len(text) == 1 or text[1] in " >"
