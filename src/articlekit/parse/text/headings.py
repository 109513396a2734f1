"""The evidence that a one-line block is a heading, and the shapes it is read from."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

import regex

from articlekit.options import ParseOptions
from articlekit.parse import heading_model
from articlekit.parse.blocks import RawBlock
from articlekit.parse.codelike import (
    RELEASE_HEADING,
    STATUS_SYMBOLS,
    code_score,
    sentence_opening_with_calls,
)
from articlekit.parse.lines import (
    ends_sentence,
    is_all_caps,
    key_value,
    numbered_heading,
    word_count,
    words_at_most,
)
from articlekit.parse.links import URL
from articlekit.parse.special import special_kind
from articlekit.parse.text.shapes import (
    AMPERSAND_ABBREVIATION,
    ANNOUNCING_SENTENCE,
    ASCII_TITLE_WORD,
    ATTRIBUTION_DASHES,
    CAPTION,
    CHANGE_HEADING_MAX_WORDS,
    CJK_CHARACTER,
    CODE_NAMING_MIN_WORDS,
    CODE_OPERATOR,
    CODE_TOKEN,
    COMMAND_NAME,
    COMPACT_APART_MIN_WORDS,
    COMPACT_APART_SCORE,
    CONDITIONAL_LEAD_IN,
    CREDIT,
    DASH_NUMBERED,
    EMAIL,
    EMBEDDED_POST_CREDIT,
    EMOJI_END,
    EMOJI_SHORTCODE_END,
    EMOJI_SHORTCODES_END,
    EMOJI_START,
    FIGURES_OR_LIST,
    HANDLE_FIELD,
    HEADING_FULL_PARAGRAPH_WORDS,
    HEADING_GLUED_ABOVE_PENALTY,
    HEADING_MAX_CHARS,
    HEADING_MAX_CJK_CHARS,
    HEADING_MAX_WORDS,
    HEADING_MIN_SCORE,
    ISSUE_REFERENCE,
    MACHINE_PATH,
    MEASUREMENT,
    MODEL_BAND_MIN,
    MORE_FIELDS,
    NAME_LIKE,
    NUMBERED_SECTION_MAX_WORDS,
    PARENT_HEADING_MAX_WORDS,
    PLAIN_WORD,
    PREFATORY_NOTE,
    PRINTED_LITERALS,
    PROFILE_SITES_MIN,
    QUANTITY,
    QUANTITY_MAX_WORDS,
    RESTATED_HEADING_MAX_WORDS,
    RESTATING_EXTRA_WORDS,
    SHELL_ARGUMENT,
    SHELL_TOOL_COMMAND,
    SQL_CONSOLE_STATUS,
    STATUS_LABEL,
    SUBHEADING_UNDER_COLON_MAX_WORDS,
    TITLE_CASE_HEADING_MAX_CHARS,
    TITLE_CASE_HEADING_MAX_WORDS,
    TITLE_CASE_MIN_RATIO,
    TITLE_WORD,
    WORD,
    without_emphasis,
)
from articlekit.parse.vocabulary import (
    CALLOUT_OPENINGS,
    CHANGE_LABELS,
    CLAUSE_FINAL_VERBS,
    CLICK_TO_TWEET,
    CODE_SECTION_NAMES,
    CONTINUING_STARTS,
    CREDIT_ROLES,
    DANGLING_ENDS,
    FLAG_VALUES,
    LINK_RUN_LABEL_WORDS,
    MARKUP_RESIDUE_OPENINGS,
    PROFILE_SITES,
    RUN_ON_ENDS,
    SETUP_WORDS,
    SUBJECT_PRONOUNS,
    TITLE_STOPWORDS,
    WH_WORDS,
)


def _title_words(text: str) -> list[str]:
    return (ASCII_TITLE_WORD if text.isascii() else TITLE_WORD).findall(text)


def title_ratio(text: str) -> float:
    """The share of a line's content words (stop words aside) that open with a capital or
    a figure."""
    content = titled = 0
    for word in _title_words(text):
        if word.lower() not in TITLE_STOPWORDS:
            content += 1
            titled += not word[0].islower()
    return titled / content if content else 0.0


#: the vocabulary of special sections when a caller gives none (heading_naming_code's
#: second look, tests)
_DEFAULT_OPTIONS: Final = ParseOptions()


#: WORD on ASCII text: two letters in a row
ASCII_LETTER_PAIR: Final = re.compile(r"[A-Za-z]{2}")


def heading_like(
    text: str, max_words: int = HEADING_MAX_WORDS, max_chars: int = HEADING_MAX_CHARS
) -> bool:
    """Could this one line be a heading on its own shape (short, no sentence end)? (A
    title may be longer: the assembler passes its own limits.)"""
    if not text or len(text) > max_chars or word_count(text) > max_words:
        return False
    if text[-1] in ",;|" or ends_with_colon(text):
        return False  # (a "|" at the end: the edge of a table's cell)
    if "://" in text or "www." in text:
        return False  # (any scheme: "WebREPL daemon started on ws://192.168.4.1:8266")
    if "0x" in text and _HEX_LITERAL.search(text):
        return False  # "Flash params set to 0x0020": what a program printed
    if "@" in text and EMAIL.search(text):
        return False  # "Signed-off-by: Jane Doe jane@example.com": a contact or a trailer
    # (exact gate: the credit opens with one of the two dashes; most lines ending in a figure
    # hold neither and are spared the pattern)
    if (
        text[-1].isdigit()
        and ("\u2014" in text or "\u2015" in text)
        and EMBEDDED_POST_CREDIT.search(text)
    ):
        return False  # "Biscuits for everyone! — Nikeisha Caruana - October 25, 2017"
    if text[0] in ":/" and text.startswith(MARKUP_RESIDUE_OPENINGS):
        return False  # "::: details Why?", "// TODO: …": markup or a comment the text kept
    if ":" in text and _credit_line(text):
        return False  # "Editor: Jane Doe", "Photo: Getty Images": who made the piece
    if ":" in text and (_flag_value(text) or _callout_opening(text) or _labelled_links(text)):
        # "Complete checklists only: No", "1: Yes": a field, an option; "Note: …": a remark
        return False
    if "=" in text and _VERSION_CONSTRAINT.search(text):
        return False  # "Update to ChartMuseum >= 0.8.1": a requirement stated, a sentence
    if text[-1] in _DASH_ENDS and _BROKEN_OFF.search(text):
        return False  # "Of bugfixes -- and k8s --": a verse or a sentence broken off
    if "/" in text and MACHINE_PATH.search(text):
        return False  # "Updated /Users/jo/pkg/tests/spelling.R": what a program printed
    if text[-1] == ")" and SQL_CONSOLE_STATUS.fullmatch(text):
        return False  # "Query OK, 0 rows affected (0.01 sec)": what a SQL console printed
    if "@" in text and HANDLE_FIELD.fullmatch(text):
        return False  # "Instagram: @okuprin": an account's handle under a person's name
    if text.count(" \u00b7 ") >= 2 or text.count(" | ") >= 2:
        return False  # "Acme · Berlin · Full-time", "Home | News | Sport": fields or links
    if text[0] in STATUS_SYMBOLS:
        return False  # "ℹ 2 rows excluded" is program output
    if text[-1] in ")]" and _unopened_bracket(text):
        return False  # "in Shahih Al-Jami’ no. 178]": the end of a note begun a line above
    if text[0] in "([" and text.find(")" if text[0] == "(" else "]") < 0:
        return False  # "(The delay is needed for two reasons: -": a note running on below
    if text[0] == "(" and text[-1] == ")" and _aside(text):
        return False  # "(Yes, we checked twice, didn't we?)": the writer's aside
    if text[-1] in "tT" and text.casefold().endswith(CLICK_TO_TWEET):
        return False  # "Small steps compound.Click To Tweet": a quotation's share box
    if text[0] in "UuLlEePpRrAa" and _DATE_NOTE.match(text):
        # "Updated 2016-06-18", "answered Sep 3, 2018 at 14:30": when the post changed or
        # was written, not a heading
        return False
    if text[-1] == "]" and _LINK_LABEL_END.search(text):
        return False  # "Plane passengers quarantined after outbreak [VIDEO]": a story's link
    if text[0] in "[(0123456789" and _TIMED_TURN.match(text):
        return False  # "[00:00:41] Marcus Reid: What did they come for?": a transcript's turn
    if text[0].isdigit() and _stamp_and_byline(text):
        return False  # "5:45 AM PST 11/19/2019 by Patrick Shanley": when and by whom
    if (
        text[0] == "["
        and text[-1] == "]"
        and text.count("[") == 1
        and RELEASE_HEADING.fullmatch(text) is None  # ("[Unreleased]" heads a changelog's part)
    ):
        return False  # "[Engadget]": a source's name, its link dropped
    if not text.isascii() and len(CJK_CHARACTER.findall(text)) > HEADING_MAX_CJK_CHARS:
        return False  # a sentence of Chinese or Japanese: few spaces, so few "words"
    if "&" in text:
        # "Q&A", "R&D Update": capitals joined by "&" are an abbreviation, a word, not an
        # operator between two names
        text = AMPERSAND_ABBREVIATION.sub(r"\1\2", text)
    # (an ASCII line's letters are A-Z and a-z, which the standard library's engine finds
    # for less than WORD's call costs: the same answer)
    if not (ASCII_LETTER_PAIR if text.isascii() else WORD).search(text):
        # "0.43 0.49" has no words; "v2.3.0 (2025-01-10)" heads a changelog's release
        return RELEASE_HEADING.fullmatch(text) is not None
    # "Some tips for developers. :eyes:" ends its sentence before the emoji
    if text[-1] == ":":
        text = EMOJI_SHORTCODES_END.sub("", text) or text
    # "Our Team 🎉" is scored on its words: a run of emoji reads as symbols, as code does
    if not text[-1].isascii():
        text = EMOJI_END.sub("", text) or text
    if text[0] == ":" or not text[0].isascii():
        text = EMOJI_START.sub("", text, count=1) or text  # ":purple_heart: Hello, SunPy"
    if text in PRINTED_LITERALS:
        return False  # "NULL" printed under a call, an all-caps word like "FAQ" is not
    if "#" in text and ISSUE_REFERENCE.fullmatch(text):
        return False  # "dask/distributed #952": a link to an issue, its address dropped
    if text[0] in "TtA" and PREFATORY_NOTE.match(text):
        return False  # "This work is supported by Anaconda Inc": a note above the post
    if text[0] in "TNW" and ANNOUNCING_SENTENCE.match(text):
        return False  # "Today we announce the release of Falco 0.25 🥳": a post's opening
    if text[0] == "I" and "," not in text and CONDITIONAL_LEAD_IN.match(text):
        # "If you have any questions" leads into the contacts listed below; with its main
        # clause after a comma ("If you rent, compare the offers") it is a whole step's title
        return False
    if ends_sentence(text):
        # questions and exclamations may be headings; statements ending in "." are not
        stripped = text.rstrip("\"'\u201d\u2019)]*_ ")
        if stripped.endswith((".", "\u2026", "\u3002")) and not _ends_with_abbreviation(stripped):
            return False
        if word_count(text) > 12:
            return False
        if "(" in text and sentence_opening_with_calls(text):
            return False  # "any(is.na(x)) was replaced with anyNA(x)!": a remark on code
    return code_score(text) < 1.0


# a sentence's end inside the line ("below! Thanks", "steps. They're"): its word before
# has two small letters at least, so "Mr. Smith" or "U.S. Open" does not count
_SENTENCE_END_INSIDE: Final = regex.compile(
    r"(?<=\p{Ll}{2})[.!][\"'\u201d\u2019]?\s+[\"'\u201c\u2018]?\p{Lu}"
)


#: the quotation marks that may close an exclamation ("… below!\u201d"), and with "!" the
#: last characters of one
_CLOSING_QUOTES: Final = "\"'\u201d\u2019"
_EXCLAMATION_ENDS: Final = "!" + _CLOSING_QUOTES


def _exclaims_after_a_sentence(text: str) -> bool:
    """A line ending in "!" after a sentence already ended inside it is two sentences, a
    remark or a call to the reader ("Leave us your questions below! Thanks for sharing!",
    "That is the first step. It matters!"): a heading exclaims once, as one phrase ("Now
    get cooking!")."""
    text = text.rstrip(_CLOSING_QUOTES)
    if not text.endswith("!"):
        return False
    for m in _SENTENCE_END_INSIDE.finditer(text):
        if text[m.start()] == "!" or not _ends_with_abbreviation(text[: m.start() + 1]):
            return True
    return False


# "Updated 2016-06-18", "Last updated: March 3, 2025", "Edited on 12 May 2024"
_DATE_NOTE: Final = regex.compile(
    r"(?i:(?:last\s+)?(?:updated|edited|revised|modified|posted|published|asked|answered))"
    r"(?:\s+on)?:?\s+"
    r"(?=[^\n]*\d{4})\S+(?:\s+\S+){0,4}\s*$"
)


# the label in capitals a news site puts after a story's link: "[VIDEO]", "[INSIGHT]"
_LINK_LABEL_END: Final = regex.compile(r"\s\[\p{Lu}{3,}(?: \p{Lu}{2,})?\]$")


# a time of day opening a line: "5:45 AM PST 11/19/2019", "09:14 GMT"
_TIME_OPENING: Final = regex.compile(r"\d{1,2}:\d{2}\s?(?:[AaPp]\.?[Mm]\.?|[A-Z]{2,4}\b)")


# a time, then a speaker and a colon: "[00:00:41] Marcus Reid: ", "(12:04) Host: ", "1:02:45 Ana:"
_TIMED_TURN: Final = regex.compile(
    r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+\p{Lu}[\p{L}.'\u2019 -]{0,40}:\s"
)


_DATE_FIGURES: Final = regex.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}")


_MONTHS: Final = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
# a date, then a dash or a colon, opening an entry of a schedule: "June 9 – Tampa, FL @ Bay
# Arena", "Aug. 8 -- Rose Hall, Denver", "12 March: doors open at seven"
_DATED_ENTRY: Final = regex.compile(
    rf"(?:{_MONTHS} \d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)? {_MONTHS})"
    r"(?:,? \d{4})?\s*(?:--|[\u2013\u2014:-])\s"
)


def _dated_entry(text: str) -> bool:
    # (exact gates: the pattern opens with a month or a figure, and its date is followed by
    # "--", "-", "–", "—" or ":", so a line holding none of them is spared the pattern)
    return (
        text[:1] in "JFMASOND0123456789"
        and ("-" in text or ":" in text or "\u2013" in text or "\u2014" in text)
        and _DATED_ENTRY.match(text) is not None
    )


def is_shell_command(text: str) -> bool:
    """A line in lower case that is a shell command, not a heading in lower case ("iOS app
    gets offline mode", "npm 7 is now required"): it holds a flag, a shell variable or an
    environment setting ("checktool run suite -f path/x.yaml", "docker compose run app
    ${SUITES}"), or it is a build tool's command with its target ("make check-integration")
    or a package manager's with its subcommand ("docker compose up"); it ends no sentence."""
    if (
        not text[:1].islower()
        or ends_sentence(text)
        or not COMMAND_NAME.fullmatch(text.split(None, 1)[0])
    ):
        return False  # ("pkg> test --coverage is now faster": a console's prompt, a heading)
    return SHELL_ARGUMENT.search(text) is not None or SHELL_TOOL_COMMAND.fullmatch(text) is not None


def _stamp_and_byline(text: str) -> bool:
    """A time of day, then a date or a byline: a post's stamp ("5:45 AM PST 11/19/2019 by
    Patrick Shanley"). A time alone ("10:32 GMT") heads an entry of a live page."""
    m = _TIME_OPENING.match(text)
    if m is None:
        return False
    rest = text[m.end() :]
    return " by " in rest or _DATE_FIGURES.search(rest) is not None


# ">= 0.8.1", "<= 2.15": a version bound, as a requirement states it
_VERSION_CONSTRAINT: Final = regex.compile(r"[<>]=\s?v?\d+(?:\.\d+)+\b")

# a line that ends on a dash (in closing quotes, perhaps) goes on in the next one
_DASH_ENDS: Final = frozenset("-\u2013\u2014\"'\u201d\u2019")
_BROKEN_OFF: Final = regex.compile(r"(?:--|\s[-\u2013\u2014]|\w\u2014)[\"'\u201d\u2019]*$")


_HEX_LITERAL: Final = regex.compile(r"(?<![\w.])0x[0-9a-fA-F]+\b")


def _credit_line(text: str) -> bool:
    """ "Editor: Jane Doe", "Authors & Interviewers: Ana Ruiz, Li Wei": roles (CREDIT_ROLES,
    joined by "&", "and", "," or "/") before the colon, and after it names only - each word
    capitalised, or a comma between them. A heading that names a photo says what is in it
    in words ("Photo: the view from the summit")."""
    key, _, value = text.partition(":")
    roles = _ROLE_JOINS.split(key.strip().casefold())
    if not all(role in CREDIT_ROLES for role in roles):
        return False
    names = value.replace(",", " ").split()
    return bool(names) and all(name[0].isupper() or name in _NAME_JOINS for name in names)


_ROLE_JOINS: Final = regex.compile(r"\s*(?:&|\band\b|,|/)\s*")
#: the small words between the names of a credit ("Ana Ruiz and Li Wei", "Jan van Dijk")
_NAME_JOINS: Final = frozenset({"and", "&", "van", "von", "de", "da", "del", "der", "la", "le"})


def _flag_value(text: str) -> bool:
    """Is the value after the line's last colon a flag's ("yes", "FALSE", "none")?"""
    return text.rsplit(":", 1)[1].strip().casefold() in FLAG_VALUES


def _labelled_links(text: str) -> bool:
    """A label of links, then their texts joined by commas: "Quick links: Docs, Changelog",
    "Translations: Deutsch, Español, 日本語" (a heading joins its last item with "and":
    "Python: Lists, Dicts and Sets")."""
    label, rest = text.split(":", 1)
    words = label.split()
    if not words or words[-1].casefold() not in LINK_RUN_LABEL_WORDS or "," not in rest:
        return False
    items = rest.split(",")
    return all(0 < word_count(item) <= 3 and " and " not in item for item in items)


def _callout_opening(text: str) -> bool:
    """Does the line open with a callout's label ("Note: …", "Hint: …", "Error: …")?"""
    return text.split(":", 1)[0].strip().casefold() in CALLOUT_OPENINGS


def _aside(text: str) -> bool:
    """A whole line in parentheses, of a sentence's words: "(I know, bold claim, right?)",
    never a heading's ("(Optional)" may be a heading's part, and stays a candidate)."""
    inner = text[1:-1]
    return "(" not in inner and word_count(inner) >= ASIDE_MIN_WORDS


#: an aside in parentheses runs this many words at least ("(continued)" is a label)
ASIDE_MIN_WORDS: Final = 3


def _unopened_bracket(text: str) -> bool:
    """Does ``text`` close more brackets of its last character's kind than it opens?"""
    close = text[-1]
    return text.count(close) > text.count("(" if close == ")" else "[")


def metadata_line(key: str, value: str) -> bool:
    """ "When: May 21-22, 2018", "Rows: 99", "Status: RELEASED": a one-word key with a
    value of figures or a list is a line of details, not a heading - unless the value reads
    as a sentence ("Governance: what is it, and why does it matter?")."""
    if MORE_FIELDS.search(value):
        return True  # "Prep time: 10 min | Cook time: 1 h": a row of fields
    if QUANTITY.match(value) and word_count(value) <= QUANTITY_MAX_WORDS:
        return True  # "Cook Time: 30 minutes", "Total raised: $1.2 million": a measured value
    if word_count(key) != 1 or FIGURES_OR_LIST.search(value) is None:
        return False
    return not _reads_as_sentence(value)


def setting_line(key: str, value: str) -> bool:
    """ "output: html_document", "latex: false", 'author: "Jane Doe"', "run: |": a setting
    of a configuration file or front matter - a lower-case identifier for a key, one token or
    a quoted string for a value. A package's tagline ("bib2df: from BibTeX to tibble") has
    a phrase for a value and may be a heading."""
    if _SETTING_KEY.fullmatch(key) is None:
        return False
    return len(value.split()) == 1 or _QUOTED.fullmatch(value) is not None


def is_setting(text: str) -> bool:
    kv = key_value(text)
    return kv is not None and setting_line(kv.group("key").strip(), kv.group("value").strip())


_SETTING_KEY: Final = regex.compile(r"[a-z_][a-z0-9_.-]*")


_QUOTED: Final = regex.compile(r"""(["']).*\1""")


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


def _runs_on_into(text: str, nxt: RawBlock) -> bool:
    """A line that ends on a word a sentence runs on from, with no closing mark, over a
    paragraph opening in lower case is one sentence the scraper broke, a blank line or not
    between its halves (the rules' "dangling" evidence alone may be outweighed)."""
    return (
        nxt.kind == "paragraph"
        and nxt.text[:1].islower()
        and text[-1:].isalnum()
        and ends_dangling(text)
    )


def last_word(text: str) -> str:
    words = text.rstrip(" .!?\u2026").rsplit(None, 1)
    return words[-1].casefold() if words else ""


def ends_dangling(text: str) -> bool:
    """Does ``text`` end on a word a sentence runs on from ("The release includes")? An
    indirect question ends on its verb and is complete: "What the plan includes"."""
    last = last_word(text)
    if last not in DANGLING_ENDS and (last not in RUN_ON_ENDS or " " not in text.strip()):
        return False
    if last in SUBJECT_PRONOUNS and text.rstrip().endswith("?"):
        return False  # "Who are we?" asks; "This means we" runs on
    return last not in CLAUSE_FINAL_VERBS or text.split(None, 1)[0].casefold() not in WH_WORDS


def ends_with_colon(text: str) -> bool:
    """A label's or an introducing sentence's colon; "Software :package:" ends in an emoji."""
    if text.endswith("\uff1a"):
        return True  # the full-width colon of Chinese and Japanese
    return text.endswith(":") and not EMOJI_SHORTCODE_END.search(text)


def _ends_with_abbreviation(text: str) -> bool:
    return _ABBREVIATION.fullmatch(text.rsplit(" ", 1)[-1]) is not None


_ABBREVIATION: Final = regex.compile(r"(?:[A-Za-z]\.)++|(?:Inc|Ltd|Co|Corp|etc|vs|St|Jr|Sr)\.")


def is_prose(block: RawBlock) -> bool:
    return block.kind in ("paragraph", "label", "key_value") and (
        not words_at_most(block.text, 7)  # (eight words or more)
        or ends_sentence(block.text)
        or ends_with_colon(block.text)
    )


def is_heading(
    block: RawBlock,
    prev: RawBlock | None,
    nxt: RawBlock | None,
    after: RawBlock | None = None,
    compact: bool = False,
    options: ParseOptions | None = None,
) -> bool:
    """Score a one-line candidate by the evidence around it (see HEADING_* constants). A
    borderline line the rules reject goes to the heading model, which weighs the same
    evidence with the shapes of the blocks around the line (see
    articlekit.parse.heading_model)."""
    if nxt is None:
        return False
    if block.text[-1] == "}" and _HEADER_ID.search(block.text) and heading_like(block.text):
        return True  # "Upgrade notes {#upgrade-notes}": Markdown's id, given headings only
    evidence = _heading_evidence(block, prev, nxt, after, compact, options or _DEFAULT_OPTIONS)
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


#: the id (and classes) Pandoc, kramdown and Hugo let a Markdown heading carry at its end,
#: which a text taken from the source keeps: "What changed {#changes}", "Setup {#setup .wide}"
_HEADER_ID: Final = regex.compile(r"\s\{#[A-Za-z][\w:.-]*(?:\s+\.[A-Za-z][\w-]*)*\}$")


def _heading_evidence(
    block: RawBlock,
    prev: RawBlock | None,
    nxt: RawBlock,
    after: RawBlock | None,
    compact: bool,
    options: ParseOptions,
) -> dict[str, float] | None:
    """The rules' evidence for a one-line candidate, part by part (their sum is its score);
    None when a rule rules the line out whatever the rest says."""
    # "**Why envelopes work**": a line set in bold whole, as Markdown-ish text gives a
    # page's subheads, is read by its words, and its bold is a cue as capitals are
    # (a line in italics is as often a caption: "*The network core*" under its picture)
    text = without_emphasis(block.text)
    bold = text != block.text and block.text[:2] in ("**", "__")
    if text != block.text and not bold:
        text = block.text
    if not heading_like(text) and not (
        _over_heading_limits(text) and _long_title_case_heading(text)
    ):
        return None
    if text[-1] in _EXCLAMATION_ENDS and _exclaims_after_a_sentence(text):
        # "Leave us your questions below! Thanks for sharing!": a remark to the reader (a
        # title may say so: "Version 4 is here! Faster OCR in R!" heads a post)
        return None
    if nxt.kind == "paragraph" and not nxt.gap_before and _continues_sentence(nxt.text):
        return None  # a sentence broken across lines, not a heading
    if _dated_entry(text) and (
        prev is None
        or prev.start == 0
        or any(b is not None and _dated_entry(b.text) for b in (prev, nxt))
    ):
        # "June 9 – Tampa, FL @ Bay Arena" among its fellows: a tour's dates; first in the
        # text or under its first line (the title), "February 16, 2021 - Read the 3.0
        # announcement": the post's dateline
        return None
    if _runs_on_into(text, nxt):
        return None  # "The archive contains" / blank line / "gridded winds at …": one sentence
    if text.split(None, 1)[0] in CONTINUING_STARTS:
        return None  # "and you get something like this!": the end of a sentence
    if text.casefold() in CONTINUING_STARTS:
        return None  # "OR" alone between two commands: the hinge of two alternatives
    first = text[0]
    if first in ATTRIBUTION_DASHES:
        return None  # "— Matthew Turk (@mturk)": who said the quotation above
    if _may_credit(text) and (CAPTION.search(text) or CREDIT.search(text)):
        return None  # "Figure 2. The pipeline", "The team at work (photo: A. Person)"
    if _profile_links(text):
        return None
    # (the pattern opens with a sign or a digit: an ASCII first character of neither spares
    # the line the pattern; any other is left to it, regex knowing digits str does not)
    if (first in "-+0123456789" or not first.isascii()) and MEASUREMENT.match(text):
        return None  # "880.76 kB": a value with its unit, what code printed
    if prev is not None and prev.kind == "heading" and _restates(text, prev.text):
        return None  # "Coworking" / "Read all about coworking!": the section's lede
    prose_next = is_prose(nxt)  # (asked three times below: found once)
    if (
        ":" in text
        and _field_shaped(text)
        and (_field_shaped(nxt.text) or (prev is not None and _field_shaped(prev.text)))
        # (a label over prose is a heading: "Background: A Partnership Built on Vision",
        # "Anniversary: celebrating 15 years together"; a time or a count is no label)
        and (not prose_next or _value_is_a_figure(text))
    ):
        return None  # "Possession: City 58%" / "Shots on target: City 9": a run of fields
    evidence: dict[str, float] = {}
    if (first == ":" or not first.isascii()) and nxt.kind == "list_item":
        # ":lock: Security enhancements" over its items: a part of release notes or a digest
        # (over prose an emoji-led line is as often a detail: "🕘 Tuesday, 9-10 AM PDT")
        first = _first_after_emoji(text)
    if (first in "v[" or (first.islower() and text[-1] == ")")) and RELEASE_HEADING.fullmatch(text):
        # "v2.3.0 (2025-01-10)", "edge-24.7.5 (July 26, 2024)": a release in a changelog
        evidence["first"] = 0.0
    elif first.islower() and NAME_LIKE.match(text.split()[0]) is None:
        evidence["first"] = -0.5
    elif not (first.isalnum() or first in "\"'\u201c\u2018(\u00bf\u00a1") and not (
        first == "[" and STATUS_LABEL.match(text)
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
    elif prose_next:
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
        nxt.kind == "heading" or not (prose_next or nxt.kind == "table")
    )
    evidence["closing"] = -0.5 if closing else 0.0
    # "… as follows:" or "Team:" then a short line: the line is what the colon announces
    announced = (
        prev is not None
        and prev.kind in ("paragraph", "label")
        and ends_with_colon(prev.text)
        and not _tops_a_subheading(nxt, after)
    )
    evidence["announced"] = -1.0 if announced else 0.0
    evidence["surroundings"] = _surroundings(text, prev, nxt, after, options)
    evidence["compact"] = _compact_evidence(block, nxt) if compact else 0.0
    return evidence


def _first_after_emoji(text: str) -> str:
    """The first character of ``text`` after the emoji or shortcodes opening it: release
    notes and digests open their parts with one (":rocket: New features", "🐛 Bug fixes"),
    a heading judged by its first word as any other is."""
    m = EMOJI_START.match(text)
    return text[m.end()] if m is not None and m.end() < len(text) else text[0]


#: counts beyond these are all "long" to the model (as when it was trained)
FEATURE_MAX_WORDS: Final = 200


FEATURE_MAX_LINES: Final = 20


FEATURE_MAX_CODE_SCORE: Final = 3.0


_NEIGHBOUR_KINDS: Final = (
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
SHORT_FIELD_VALUE_MAX_WORDS: Final = 6


#: ... and its key this many
FIELD_KEY_MAX_WORDS: Final = 4


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
FIGURE_MAX_WORDS: Final = 3


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


def heading_naming_code(
    block: RawBlock, prev: RawBlock | None, nxt: RawBlock | None, after: RawBlock | None
) -> bool:
    """ "How babeldown::deepl_update() works under the hood" between two paragraphs: a lone
    line that looks like code for the calls it names, but has words around them, is a
    heading when it scores as one with those calls read as words."""
    if len(block.line_spans) != 1 or prev is None or prev.kind == "code":
        return False
    if nxt is None or not is_prose(nxt):
        return False
    tokens = block.text.split()
    words = [t for t in tokens if PLAIN_WORD.match(t)]
    if len(words) < CODE_NAMING_MIN_WORDS or 2 * len(words) < len(tokens):
        return False
    if CODE_OPERATOR.search(block.text):
        return False  # "x <- read(path)", "a = 1": a statement, not a name
    masked = " ".join(
        t if PLAIN_WORD.match(t) or not CODE_TOKEN.search(t) else "call" for t in tokens
    )
    if masked == block.text:
        return False  # no call to read as a word: judged as it stands
    return is_heading(replace(block, text=masked, kind="paragraph"), prev, nxt, after)


def names_a_change(text: str) -> bool:
    """ "Removed: app.getPath()": a label of CHANGE_LABELS, a colon, what it befell."""
    # (asked of every line of code: the colon is looked for only where a label would end)
    colon = text.find(": ", 0, CHANGE_LABEL_MAX_CHARS + 2)
    return (
        colon > 0
        and len(text) > colon + 2
        and text[0].isupper()
        and text[:colon].casefold() in CHANGE_LABELS
    )


#: no label of CHANGE_LABELS is longer (a longer text before ": " is not compared)
CHANGE_LABEL_MAX_CHARS: Final = max(map(len, CHANGE_LABELS))


def change_heading(block: RawBlock, nxt: RawBlock | None) -> bool:
    """ "Removed: BrowserWindow.getTrafficLightPosition()", "Deprecated: setPreloads on
    Session" over the paragraph that explains the change: a release note heads each change
    to an API with what befell it (CHANGE_LABELS), a colon and the code it names. The names
    make the line score as code, and no heading names only one word before them; the label
    says what the line is. A line that ends its sentence is an entry of a changelog."""
    text = block.text
    if len(block.line_spans) != 1 or not names_a_change(text):
        return False
    if nxt is None or not is_prose(nxt) or ends_sentence(text) or ends_with_colon(text):
        return False
    return words_at_most(text, CHANGE_HEADING_MAX_WORDS)


def _setup_section(text: str, prev: RawBlock | None) -> bool:
    """ "Installation", "Install rgbif from GitHub" after a finished paragraph: the section
    that installs the software, whose body is the install code, is named so in articles on
    software; the same line under a heading ("Setup" / "Install from CRAN") introduces code.
    So does "Examples" on an API reference page, over its session of code."""
    first = text.split(None, 1)[0].casefold()
    named = first in SETUP_WORDS or text.casefold() in CODE_SECTION_NAMES
    return named and (
        prev is None
        or prev.kind == "code"
        or (prev.kind == "paragraph" and ends_sentence(prev.text))
    )


#: words CAPTION or CREDIT cannot match without ("fig" for "figure" and "fig.")
_CREDIT_WORDS: Final = (
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
    "tweet",
    "toot",
    "post ",
    "video",
    "thread",
    "here",
    "click",
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


def _names_changes(text: str, options: ParseOptions) -> bool:
    """ "Added" / "Fixed" / "Highlights" over a list: a word that heads a part of a
    changelog, not the name of what a page lists after its article ("Sources" over the
    links of a page, "Tags", "Related posts"), which the line above it does not head."""
    return special_kind(text, options) not in _LISTED_AFTER_THE_ARTICLE


_LISTED_AFTER_THE_ARTICLE: Final = ("references", "tags", "related")


def _tops_a_subheading(nxt: RawBlock, after: RawBlock | None) -> bool:
    """ "Update the packages with:" / "What's new in 2.1" / "Faster startup" / its text: a
    line under a colon heads the section whose first subheading follows it. The colon
    announced something a scraper dropped (a box of tabbed install commands, an embed), not
    the line: what a colon announces is not itself over a heading with prose below."""
    return (
        after is not None
        and nxt.kind == "paragraph"
        and len(nxt.line_spans) == 1
        and words_at_most(nxt.text, SUBHEADING_UNDER_COLON_MAX_WORDS)
        and not ends_sentence(nxt.text)
        and not ends_with_colon(nxt.text)
        and heading_like(nxt.text)
        and after.kind == "paragraph"
        and not words_at_most(after.text, HEADING_FULL_PARAGRAPH_WORDS)
    )


def _surroundings(
    text: str,
    prev: RawBlock | None,
    nxt: RawBlock,
    after: RawBlock | None,
    options: ParseOptions,
) -> float:
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
        # ("Other changes" / "New" / its list of changes: a one-word subheading over a list)
        subheading = (
            after is not None
            and (
                is_prose(after)
                or (
                    after.kind == "list_item"
                    # (a parent heading is short: a reference or a sentence above is not one)
                    and words_at_most(text, PARENT_HEADING_MAX_WORDS)
                    and _names_changes(nxt.text, options)
                )
            )
            and heading_like(nxt.text)
        )
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
NUMBERED_SECTIONS_MIN: Final = 2


def numbered_sections(blocks: list[RawBlock]) -> None:
    """ "1. Define the rules", some paragraphs, "2. Publish them", more paragraphs: numbered
    lines that take turns with body text are the headings of numbered sections, whatever
    their case. A list whose items follow one another stays a list, and so does one with
    two items one right under the other while a blank line sets another of its items apart
    ("1. Install the driver" / its command / "2. Create a file" / "3. Seed the table":
    steps, a command under some; a section's heading has something under it, and a text
    with no blank lines cannot show this). A run that starts past 1
    (the scraper made "1." a bullet, or the page starts mid-way) needs one line more."""
    sequence: list[int] = []  # block indexes of items numbered n, n + 1, n + 2… so far
    start = 1  # the number of the first of them
    interleaved = False
    adjacent = False  # two of them one right under the other, no blank line between

    def close() -> None:
        # one sequence is read one way: its lines are headings when every one of them reads
        # as a heading ("1. Tell us about yourself." among questions: a list of questions)
        if (
            interleaved
            and not (adjacent and any(blocks[k].gap_before for k in sequence))
            and len(sequence)
            >= (NUMBERED_SECTIONS_MIN if start == 1 else NUMBERED_SECTIONS_MIN + 1)
            and all(
                _numbered_section_line(blocks[k].text, first=n == 0) for n, k in enumerate(sequence)
            )
            # "1) Lego Star Wars Bomber" over its link, "2) …" over its: a list of links
            and not all(k + 1 < len(blocks) and bare_link(blocks[k + 1]) for k in sequence)
        ):
            for k in sequence:
                make_numbered_heading(blocks[k], checked=True)

    for k, block in enumerate(blocks):
        number = _item_number(block)
        if number is None:
            continue
        if sequence and number == start + len(sequence):
            between = blocks[sequence[-1] + 1 : k]
            interleaved = interleaved or any(b.kind != "list_item" for b in between)
            adjacent = adjacent or (not between and not block.gap_before)
            sequence.append(k)
        else:
            close()
            sequence, start, interleaved, adjacent = [k], number, False, False
    close()


def _numbered_section_line(text: str, *, first: bool) -> bool:
    """Does the text of a numbered line read as a section's heading? Its number marks it, so
    it may be longer than an unmarked heading; and a line past the first may close with a
    stray period ("5. An exercise in reproducible science." after four headings without
    one): the first line sets how its sequence reads ("1. Tell us about yourself." opens a
    list of questions). A numbered question ("4. How often do you upgrade your database,
    including minor releases?" in a survey's results, an FAQ) is judged as a numbered line,
    not held to the shorter length of an unmarked question."""
    if heading_like(text, max_words=NUMBERED_SECTION_MAX_WORDS):
        return True
    if text.endswith("?") and not text.endswith("??"):
        return heading_like(text[:-1], max_words=NUMBERED_SECTION_MAX_WORDS)
    return (
        not first
        and text.endswith(".")
        and not text.endswith("..")
        and heading_like(text[:-1], max_words=NUMBERED_SECTION_MAX_WORDS)
    )


def dash_numbered_sections(blocks: list[RawBlock]) -> None:
    """ "1 - Monitoring the collector" / its question and answer / "2 - Buffering" / … /
    "1 - Timeline for the Go SDK" under the next topic: lines numbered with a dash take turns
    with text, each series counting from 1, are the headings of numbered sections (the dash is
    no list marker, so numbered_sections does not see them). All of them or none: one line off
    the count ("7 - 2 was the final score") or with nothing under it shows a text, not a
    series of sections; a series needs one step from n to n + 1 at least."""
    lines: list[tuple[int, RawBlock]] = []
    stepped = False
    for k, block in enumerate(blocks):
        if block.kind != "paragraph" or len(block.line_spans) != 1 or not block.text[:1].isdigit():
            continue
        m = DASH_NUMBERED.fullmatch(block.text)
        if m is None:
            continue
        number = int(m.group("num"))
        expected = lines[-1][0] + 1 if lines else 1
        if number not in (1, expected) or not _numbered_section_line(m.group("text"), first=True):
            return
        if k + 1 >= len(blocks) or DASH_NUMBERED.fullmatch(blocks[k + 1].text):
            return  # (nothing under it, or the next numbered line right under it: a list)
        stepped = stepped or (number == expected and number > 1)
        lines.append((number, block))
    if len(lines) >= NUMBERED_SECTIONS_MIN and stepped:
        for _, block in lines:
            block.kind, block.cue = "heading", "numbered"


_YEAR_LINE: Final = regex.compile(r"(?:1[5-9]|20)\d\ds?")


#: a timeline names this many years at least on lines of their own
TIMELINE_MIN_YEARS: Final = 2


def year_headings(blocks: list[RawBlock]) -> None:
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
        and is_prose(blocks[k + 1])
    ]
    if len(years) < TIMELINE_MIN_YEARS:
        return
    for k in years:
        blocks[k].kind, blocks[k].cue = "heading", "year"


#: a teaser heading runs this many words at most
TEASER_MAX_WORDS: Final = 12
#: a teaser heading: a short line in sentence case ending on an ellipsis set tight to its
#: last word ("Check your contributing guide..."), not program output ("Download ...")
_TEASER_LINE: Final = regex.compile(r"\p{Lu}[^\n]{2,}[\p{L}\d)'\u2019](?:\.\.\.|\u2026)")
#: ... then the section's text taking the sentence up again: "... with this tool", or a word
#: in lower case, "with desc::desc_add_me()!" (output after "Download ..." opens "... Path")
_TAKEN_UP: Final = regex.compile(r"(?:(?:\.\.\.|\u2026) ?)?\p{Ll}+\b")


def _reads_on(line: str) -> bool:
    """Is this line text (a sentence naming a call is: "with desc::desc_add_me()!"), not
    code ("threads <- group_by(threads, id)") under the teaser?"""
    return ends_sentence(line) or code_score(line) < 1.0


def teaser_headings(blocks: list[RawBlock]) -> None:
    """ "Check your contributing guide..." / "... with this evaluation tool.": a teaser
    heading, its sentence taken up by the text under it. A line of prose is not broken by
    a scraper at an ellipsis, so the two are a heading and its text, not one sentence (a
    line ending on an ellipsis over anything else stays a paragraph: "Let's take a look…")."""
    for k, block in enumerate(blocks[:-1]):
        nxt = blocks[k + 1]
        if (
            block.kind == "paragraph"
            and nxt.kind == "paragraph"
            and block.text[-1:] in ".\u2026"
            and len(block.line_spans) == 1
            and words_at_most(block.text, TEASER_MAX_WORDS)
            and _TEASER_LINE.fullmatch(block.text)
            and ". " not in block.text  # (one sentence: "Fetching data. This may take…")
            and _TAKEN_UP.match(nxt.text)
            and code_score(block.text) < 1.0
            and _reads_on(nxt.text.split("\n", 1)[0])
        ):
            block.kind, block.cue = "heading", "teaser"


#: markers that open headings in Japanese and Chinese articles ("■ はじめに"), and in some
#: newsletters, when the line stands alone above its text
BOX_HEADING_MARKERS: Final = "\u25a0\u25a1\u25c6\u25c7"


def box_marked_headings(blocks: list[RawBlock]) -> None:
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
UNMARKED_ITEM_MAX_WORDS: Final = 12


#: ... and a list has this many lines at least
UNMARKED_ITEMS_MIN: Final = 2


def make_numbered_heading(block: RawBlock, *, checked: bool = False) -> None:
    """Make a numbered item a heading ("3. Results"), if its text reads as one (``checked``:
    the caller has judged that already, on its own terms)."""
    if block.kind != "list_item" or not (checked or heading_like(block.text)):
        return
    block.kind = "heading"
    block.cue = "numbered"
    block.level = 1
    block.text = f"{block.marker} {block.text}"


def address_alone(text: str) -> bool:
    return " " not in text and URL.fullmatch(text) is not None


def bare_link(block: RawBlock) -> bool:
    """Is ``block`` one address alone on its line? Under a line, it is that line's link
    ("18) Hasbro Gaming – Taboo" / "http://amzn.to/2hXWsBA"), which heads no section."""
    return block.kind == "paragraph" and len(block.line_spans) == 1 and address_alone(block.text)


# a sentence's end inside the line, or a ";": two sentences, or fields run together
# ("osfr - R interface to OSF. Author: …; Reviewers: …")
_INNER_SENTENCE_END: Final = regex.compile(r"[.;!?]\s")


# (_over_heading_limits relies on it: the long title's limits contain the heading's)
assert TITLE_CASE_HEADING_MAX_WORDS >= HEADING_MAX_WORDS
assert TITLE_CASE_HEADING_MAX_CHARS >= HEADING_MAX_CHARS


def _over_heading_limits(text: str) -> bool:
    """Is ``text`` over heading_like's default limits of characters or words? A line within
    them that heading_like rejects failed a test the limits play no part in, so it fails
    _long_title_case_heading's heading_like as well (wider limits, the same tests after
    them): the second call is spared on every such line (exact)."""
    return len(text) > HEADING_MAX_CHARS or not words_at_most(text, HEADING_MAX_WORDS)


def _long_title_case_heading(text: str) -> bool:
    """Over HEADING_MAX_WORDS, a line in Title Case that is one sentence can be a heading:
    headings are set so, sentences and listings are not."""
    return (
        heading_like(text, TITLE_CASE_HEADING_MAX_WORDS, TITLE_CASE_HEADING_MAX_CHARS)
        and title_ratio(text) >= TITLE_CASE_MIN_RATIO
        and not _INNER_SENTENCE_END.search(text)
    )
