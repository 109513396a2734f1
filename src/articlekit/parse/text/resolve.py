"""Pass 3: for every one-line text block, whether it is a heading, a label ("For
Microsoft:"), a key-value line ("Tags: a, b") or a paragraph, from its shape and the
blocks around it; then the passes over the whole article (rows, questions, stacks of
headings, series).
"""

from __future__ import annotations

from itertools import pairwise
from typing import Final

import regex

from articlekit.options import ParseOptions
from articlekit.parse.blocks import RawBlock
from articlekit.parse.codelike import code_score
from articlekit.parse.lines import (
    NAME_SEPARATOR,
    NAME_WORD,
    STEP_HEADING,
    Line,
    division_name,
    ends_sentence,
    is_affiliation,
    is_all_caps,
    is_journal_citation,
    key_value,
    numbered_heading,
    word_count,
    words_at_most,
)
from articlekit.parse.special import special_kind
from articlekit.parse.text.headings import (
    box_marked_headings,
    change_heading,
    dash_numbered_sections,
    ends_with_colon,
    heading_like,
    heading_naming_code,
    is_heading,
    is_prose,
    is_shell_command,
    metadata_line,
    numbered_sections,
    setting_line,
    teaser_headings,
    title_ratio,
    year_headings,
)
from articlekit.parse.text.lists import lone_numbered_item, promote_numbered_heading
from articlekit.parse.text.shapes import (
    ATTRIBUTION_MAX_WORDS,
    BARE_NUMBER,
    CHAT_HANDLE,
    CHAT_LOG_MIN_TURNS,
    CHAT_TOPICS_MIN_SHARE,
    CHAT_TURN,
    CHAT_TURN_MAX_OPENING,
    HEADING_FULL_PARAGRAPH_WORDS,
    HEADING_MAX_WORDS,
    HEADING_STACK_MAX,
    INTERVIEW_MIN_QUESTIONS,
    LABEL_MAX_WORDS,
    NAMED_CODE,
    NUMBERED_SECTION_MAX_WORDS,
    QUESTION_MARK,
    QUESTION_MAX_WORDS,
    QUOTATION,
    RECORD_KEY_MIN_LINES,
    SPACED_MIN_BLANKS,
    SPEAKER_MIN_TURNS,
    SPEAKER_TURN,
    STEP_WITHOUT_SEPARATOR,
    TITLE_CASE_MIN_RATIO,
    WIKI_EDIT_LINK,
    byline_or_date_key,
    is_field_key,
    opens_with_time,
    without_emoji_end,
)
from articlekit.parse.vocabulary import (
    CALLOUT_LABELS,
    CREDITS_HEADING_WORDS,
    FIELD_LABELS,
    SIGN_OFFS,
    SIGNATURE_GROUPS,
    STEP_VERBS,
    TITLE_STOPWORDS,
)


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
    return key.casefold() in FIELD_LABELS or byline_or_date_key(key, options)


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
FIELD_LABEL_MAX_CHARS: Final = 24


#: a field's value on the line under its label (a date, a name) is at most this many words
FIELD_VALUE_MAX_WORDS: Final = 12


def _above_the_tags(nxt: RawBlock | None, options: ParseOptions) -> bool:
    """Is ``nxt`` the article's tags line ("Tags: conda-forge")? A line right above it
    closes the body (a signature, a sign-off): as a heading it would head nothing."""
    if nxt is None or nxt.kind != "paragraph" or len(nxt.line_spans) != 1:
        return False
    kv = key_value(nxt.text) if ":" in nxt.text else None
    return kv is not None and special_kind(kv.group("key"), options) == "tags"


def resolve(
    blocks: list[RawBlock], options: ParseOptions, rows: bool = False, compact: bool = False
) -> None:
    """Give every one-line paragraph its final kind: heading, label, key-value or text.
    ``rows``: the article separates its blocks with blank lines, so short lines glued under
    one another are rows (see _rows_are_not_headings).
    ``compact``: it writes paragraphs on one line each with no blank line between blocks
    (see _compact_evidence)."""
    numbered_sections(blocks)
    dash_numbered_sections(blocks)
    _fields_over_two_lines(blocks, options)
    speakers = _speaker_turns(blocks)
    records = _record_keys(blocks)
    caps_headings = 0  # (headings in capitals: the pass over code needs two)
    for k, block in enumerate(blocks):
        prev = blocks[k - 1] if k > 0 else None
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        after = blocks[k + 2] if k + 2 < len(blocks) else None
        if block.kind == "list_item":
            promote_numbered_heading(block, prev, nxt, after)
            continue
        if block.kind == "code":
            if change_heading(block, nxt) or heading_naming_code(block, prev, nxt, after):
                block.kind = "heading"
            continue
        if block.kind == "paragraph" and len(block.line_spans) > 1:
            _wrapped_tags(block, options)
        if block.kind != "paragraph" or len(block.line_spans) != 1:
            continue
        text = block.text
        if _wiki_heading(block):
            continue
        if (
            ends_with_colon(text)
            and word_count(text) <= LABEL_MAX_WORDS
            and not text.startswith(("http://", "https://"))
        ):
            block.kind = "label"
            continue
        turn = SPEAKER_TURN.match(text) if speakers else None
        if turn and turn.group("who") in speakers:
            continue  # "KO: What got you started?": a turn of an interview, not a heading
        if ": " in text and change_heading(block, nxt):
            block.kind = "heading"  # "Removed: app.getPath()" over what replaces it
            continue
        kv = key_value(text) if ":" in text or "\uff1a" in text else None
        if kv and word_count(kv.group("key")) <= 4 and not kv.group("value").startswith("//"):
            block.key = kv.group("key").strip()
            block.value = kv.group("value").strip()
            if is_field_key(block.key, options):
                block.kind = "key_value"
                continue
            # a "Step 2: Do this" line is a numbered heading, not a key-value pair (its
            # number marks it: it may be as long as a numbered section's heading)
            if STEP_HEADING.match(text) and heading_like(text, NUMBERED_SECTION_MAX_WORDS):
                block.kind, block.cue = "heading", "step"
                continue
            if metadata_line(block.key, block.value) or setting_line(block.key, block.value):
                continue
            if block.key.casefold() in records and not block.value.endswith("?"):
                _names_record(prev)
                continue  # "Job: Data Scientist at Acme": a field of one of the records listed
        elif (
            text[:1] in "Ss"
            and STEP_WITHOUT_SEPARATOR.match(text)
            and heading_like(text, NUMBERED_SECTION_MAX_WORDS)
        ):
            block.kind, block.cue = "heading", "step"  # "Step 5 Enable Load Balancing"
            continue
        if (
            (
                is_heading(block, prev, nxt, after, compact, options)
                # "Examples of using predict_linear": a heading that names code, which
                # scored too much like code to be judged as it stands
                or (
                    text[0].isalpha()
                    # (the line with its calls read as words has as many words as it, and a
                    # heading has no more than this: a long line is spared a second code
                    # score, which is not remembered for it)
                    and words_at_most(text, HEADING_MAX_WORDS)
                    and code_score(text) >= 1.0
                    and NAMED_CODE.search(text) is not None
                    and heading_naming_code(block, prev, nxt, after)
                )
            )
            # "Acme Logistics · Berlin (Hybrid)": fields side by side, not a heading
            and " \u00b7 " not in text
            and not _above_the_tags(nxt, options)
            # "Department of Soil Science, Northern University": who wrote a paper
            and not is_affiliation(text)
            # "Journal of Dryland Ecology, vol. 12, 2023, pp. 1-20": where it appeared
            and not is_journal_citation(text)
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
                caps_headings += 1
    if caps_headings >= CAPS_SECTIONS_MIN:
        _caps_section_names_over_code(blocks)
    if rows:
        _rows_are_not_headings(blocks)
    else:
        if compact:
            _rows_in_compact_text(blocks)
        _column_runs_without_blank_lines(blocks)
    _timed_rows_are_not_headings(blocks)
    _exclamations_close_passages(blocks)
    _thanks_open_credits(blocks)
    _sign_offs(blocks, options)
    _closing_signatures(blocks, options)
    _labels_over_prose(blocks, options)
    _interview_questions(blocks, speakers)
    _chat_log_speakers(blocks)
    _questions_alike(blocks)
    year_headings(blocks)
    teaser_headings(blocks)
    box_marked_headings(blocks)
    lone_numbered_item(blocks)
    _field_runs(blocks)
    _docstring_types(blocks)
    _demote_heading_stacks(blocks)
    _shell_commands_are_not_headings(blocks)
    _command_echoes_are_not_headings(blocks)
    _heading_series(blocks)
    _step_headings_over_code(blocks)
    _bare_numbered_headings(blocks)
    _wiki_marks_every_heading(blocks)
    _section_credits(blocks)
    _quote_attributions(blocks)
    _quoted_speakers(blocks)


#: this many capitalised section names read as headings make the article's
#: convention ("NAME", "DESCRIPTION", "EXIT STATUS" in a man page)
CAPS_SECTIONS_MIN: Final = 2


#: a capitalised section name is this many words at most ("SEE ALSO", "EXIT STATUS")
CAPS_SECTION_MAX_WORDS: Final = 3


def _caps_section_name(block: RawBlock) -> bool:
    """A short line in capitals on its own ("SYNOPSIS")."""
    return (
        len(block.line_spans) == 1
        and words_at_most(block.text, CAPS_SECTION_MAX_WORDS)
        and is_all_caps(block.text)
    )


def _caps_section_names_over_code(blocks: list[RawBlock]) -> None:
    """ "SYNOPSIS" / indented "grep [OPTION...] PATTERNS" read as code: a line introducing
    code scores low, but where the article's other capitalised names ("NAME",
    "DESCRIPTION") head its sections, the one over code does too (a man page set as text).
    Once the others are headings the line is no lead-in to its code."""
    names = [
        k
        for k, block in enumerate(blocks)
        if block.kind in ("heading", "paragraph") and _caps_section_name(block)
    ]
    if sum(blocks[k].kind == "heading" for k in names) < CAPS_SECTIONS_MIN:
        return
    for k in names:
        block = blocks[k]
        if block.kind == "paragraph" and k + 1 < len(blocks) and blocks[k + 1].kind == "code":
            block.kind, block.cue = "heading", "caps"


def _wrapped_tags(block: RawBlock, options: ParseOptions) -> None:
    """ "Categories: Lakes of Albania | World Heritage" / "Sites in North Macedonia": the
    article's tags line, its value wrapped onto a second line, is one key-value field."""
    if ":" not in block.text[:TAG_KEY_MAX_CHARS] or (kv := key_value(block.text)) is None:
        return  # (most paragraphs hold no key's colon in their first characters)
    key = kv.group("key").strip()
    if special_kind(key, options) == "tags":
        block.kind, block.key, block.value = "key_value", key, kv.group("value").strip()


#: the key of a tags line ("Explore more on these topics:") ends within this many characters
TAG_KEY_MAX_CHARS: Final = 40


#: this many "Key: value" lines one under another make a card of fields
FIELD_RUN_MIN: Final = 3


#: a field's key is at most this many words ("Council tax band", "Best time to visit")
FIELD_RUN_KEY_MAX_WORDS: Final = 4


#: ... and its value at most this many
FIELD_RUN_VALUE_MAX_WORDS: Final = 12


def _keyed(block: RawBlock) -> bool:
    """A one-line "Council tax band: C", "Language: Portuguese; English widely spoken": a
    short key, a colon and a value (a heading with its own mark or number aside)."""
    if block.kind not in ("paragraph", "heading", "key_value") or len(block.line_spans) != 1:
        return False
    if block.kind == "heading" and block.cue not in (None, "caps"):
        return False
    kv = key_value(block.text) if ":" in block.text else None
    return (
        kv is not None
        and word_count(kv.group("key")) <= FIELD_RUN_KEY_MAX_WORDS
        # (an interview's answers, "Ferreira: Honestly, panic. Then I started…", run long)
        and words_at_most(kv.group("value"), FIELD_RUN_VALUE_MAX_WORDS)
    )


def _field_runs(blocks: list[RawBlock]) -> None:
    """ "Tenure: Freehold" / "Council tax band: C" / "Floor area: 86 sq m", "Currency: Euro" /
    "Language: Portuguese; English widely spoken" / "Best time to visit: May-June": a run of
    FIELD_RUN_MIN "Key: value" lines or more, one under another, is a card of fields; none
    of them heads the others. (Only a run around a heading can change, so the runs are
    sought from the headings out: most blocks are never asked.)"""
    k = 0
    while k < len(blocks):
        if blocks[k].kind != "heading" or not _keyed(blocks[k]):
            k += 1
            continue
        start, end = k, k + 1
        while start > 0 and _keyed(blocks[start - 1]):
            start -= 1
        while end < len(blocks) and _keyed(blocks[end]):
            end += 1
        if end - start >= FIELD_RUN_MIN:
            for block in blocks[start:end]:
                if block.kind == "heading":
                    block.kind, block.cue = "paragraph", None
        k = end


#: the sections of a NumPy-style docstring that list types, each over its description
DOCSTRING_TYPE_SECTIONS: Final = frozenset({"returns", "raises", "yields", "warns", "receives"})


#: ... and its other sections, which end those ("Notes" is a section, no type)
DOCSTRING_SECTIONS: Final = DOCSTRING_TYPE_SECTIONS | frozenset(
    {"parameters", "other parameters", "attributes", "methods", "see also", "notes"}
    | {"references", "examples", "warnings", "summary", "extended summary"}
)


#: ... and those that list parameters, each "name : type" over its description
DOCSTRING_PARAMETER_SECTIONS: Final = frozenset({"parameters", "other parameters", "attributes"})


# "intervals : list of tuple", "low : float, optional": a parameter and its type
_PARAMETER: Final = regex.compile(r"[A-Za-z_*][\w.*]*+ : \S[^:]{0,60}")


# a type named alone on its line: "DataFrame", "ValueError", "numpy.ndarray", "list[str]",
# "list of tuple", "int or None"
_TYPE_NAME: Final = regex.compile(
    r"[A-Za-z_][\w.]*+(?:\[[\w., ]*+\])?(?: (?:of|or) [A-Za-z_][\w.]*+){0,3}"
)


def _docstring_types(blocks: list[RawBlock]) -> None:
    """ "Returns" / "DataFrame" / "The merged frame…", "Raises" / "ValueError" / "If either
    frame…": under a docstring's section of types (an API reference page), a type named
    alone over its description is a line of that section, not a subheading (which would
    then take "See Also" and "Notes" as its children); so is a parameter and its type
    ("x : int") under "Parameters", which is no field either."""
    inside = False
    for block in blocks:
        if block.kind != "heading":
            if inside and len(block.line_spans) == 1 and _PARAMETER.fullmatch(block.text):
                # "labels : list of str, optional": a parameter, no "Labels:" field of tags
                block.kind, block.key, block.value, block.literal = "paragraph", None, None, True
            continue
        name = block.text.casefold()
        if name in DOCSTRING_SECTIONS:
            inside = name in DOCSTRING_TYPE_SECTIONS or name in DOCSTRING_PARAMETER_SECTIONS
        elif (
            inside
            and block.cue in (None, "caps")
            and (_TYPE_NAME.fullmatch(block.text) or _PARAMETER.fullmatch(block.text))
        ):
            # ("intervals : list of tuple" under "Parameters": a parameter over its text)
            block.kind, block.cue = "paragraph", None
        else:
            inside = False


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


def is_spaced(lines: list[Line]) -> bool:
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
    # (each line asked once: a run's end is the next run's start; the kinds changed below
    # are of lines already asked about)
    column = [_column_line(block) for block in blocks]
    k = 0
    while k < len(blocks):
        end = after = k
        if column[k]:
            end = k + 1
            timed = end < len(blocks) and opens_with_time(blocks[end].text)
            while (
                end < len(blocks)
                and column[end]
                and (end == k + 1 or opens_with_time(blocks[end].text) == timed)
            ):
                end += 1
            after = end
            if end - k > COMPACT_COLUMN_MIN_LINES and _next_label(blocks, k, end):
                end -= 1  # (the prose comes after that label)
        # under a label that names the column ("Benefits:" / "Free staff meals" / "Employee
        # discount" / "Flexible hours"), the first line is a row too
        first_row = k if k > 0 and blocks[k - 1].kind == "label" else k + 1
        # (a stack of lines that all scored as headings is a section's heading over its
        # subsection's, "Registry" / "Look up datasets" / "Look up specific datasets": one
        # row at least the scorer left as text shows a column)
        if (
            end - k >= COMPACT_COLUMN_MIN_LINES
            and any(block.kind == "paragraph" for block in blocks[first_row:end])
            # between passages of prose: a column of a page's text, not lines of a listing
            # or of code's output ("Filters" / "Species: all")
            and k > 0
            and is_prose(blocks[k - 1])
            and (after == len(blocks) or is_prose(blocks[after]))
        ):
            for block in blocks[first_row:end]:
                block.kind, block.cue = "paragraph", None
        k = max(end, k + 1)


def _next_label(blocks: list[RawBlock], k: int, end: int) -> bool:
    """ "Ingredients" / "1 onion, diced" / "4 cups vegetable broth" / "Instructions": the last
    line of a column, a heading shaped like its label (as few words as it has, fewer than
    any row), is the label of the next passage, not a row of this one. So is one in Title
    Case under rows that are not ("Two built-in microphones" / "USB charging" / "Setting
    Up the Recorder"): the rows of a column share their case."""
    last = blocks[end - 1]
    if last.kind != "heading":
        return False
    words = word_count(last.text)
    rows = blocks[k + 1 : end - 1]
    if words <= word_count(blocks[k].text) and all(words < word_count(row.text) for row in rows):
        return True
    if not _title_cased_heading(last.text, words):
        return False
    # (a row of one word, "Cons" or "Salt", shows no case)
    cased = [row.text for row in rows if not words_at_most(row.text, 1)]
    return len(cased) >= TITLED_LABEL_MIN_ROWS and all(
        title_ratio(text) < TITLE_CASE_MIN_RATIO for text in cased
    )


def _title_cased_heading(text: str, words: int) -> bool:
    """ "Setting Up the Recorder", "Notes on Assembly": Title Case as a heading has it, its
    content words capitalised and a small word between them in lower case (a name at the
    end of a column, "Greek Yogurt", "Priority Support", is capitalised throughout)."""
    return (
        words >= TITLED_LABEL_MIN_WORDS
        and title_ratio(text) >= TITLE_CASE_MIN_RATIO
        and any(w in TITLE_STOPWORDS for w in text.split()[1:])
    )


#: a label told from the rows above it by its Title Case alone has this many words at
#: least ("Setting Up the Recorder"; one capitalised word is any row's case)
TITLED_LABEL_MIN_WORDS: Final = 3
#: ... under this many rows at least that show their case (of two words or more)
TITLED_LABEL_MIN_ROWS: Final = 2


#: short lines one under another, the label above them included, that make a column
COMPACT_COLUMN_MIN_LINES: Final = 3


def _column_line(block: RawBlock) -> bool:
    """A line of a column: a short one-line paragraph, or one scored as a heading, that
    ends no sentence and is no "Key: value" field."""
    return (
        (block.kind == "paragraph" or (block.kind == "heading" and block.cue in (None, "caps")))
        and not block.literal
        and _is_row(block)
        # "Some useful tips for package developers. :eyes:": a sentence before its emoji
        and not ends_sentence(without_emoji_end(block.text))
        and key_value(block.text) is None
        # words, as a writer lists them ("Free staff meals", "28 days holiday"), not a
        # command, a path or a handle ("tern init ~/dotfiles"), nor a line going on from
        # the one above ("and")
        and _WORDS_ROW.fullmatch(block.text) is not None
    )


# a capitalised word or a number, then words, figures, "'", "-", "–", ",", "&", "%", "."
_WORDS_ROW: Final = regex.compile(r"[\p{Lu}\p{N}][\p{L}\p{N}'\u2019\-\u2013,&%. ]*+")


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
TIMED_ROWS_MIN: Final = 3


def _timed_row(block: RawBlock) -> bool:
    return (
        block.kind in ("paragraph", "heading")
        and len(block.line_spans) == 1
        and not block.literal
        and opens_with_time(block.text)
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
WIKI_HEADINGS_MIN: Final = 2


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
ROWS_MIN_GLUED: Final = 2


#: a row of a column is a few words
ROW_MAX_WORDS: Final = 8


def _exclaims(text: str) -> bool:
    """Does this line end in "!" ("Voilà!", "Thanks, Mike! 🎉", "So much to explore!")?"""
    if "!" not in text:
        return False  # (what the patterns leave is a prefix of the line: most lines skip them)
    text = without_emoji_end(text)
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


#: an exclamation that opens a credits section is a sentence of at least this many words
#: ("Thanks to everyone who made this release possible!")
EXCLAMATION_OPENER_MIN_WORDS: Final = 5


def _credits_heading(text: str) -> bool:
    """Does this heading name a credits section ("Acknowledgements", "Thanks", "Contributors")?"""
    words = text.split()
    return bool(words) and words[0].strip(":!.").casefold() in CREDITS_HEADING_WORDS


def _thanks_open_credits(blocks: list[RawBlock]) -> None:
    """A sentence-long exclamation scored as a heading right under a credits heading, with
    the names or prose under it, is the first line of that section ("Acknowledgements" then
    "Thanks to everyone who made this release possible!" then the handles): as a heading it
    would leave the credits section empty. (Under another heading an exclamation may well
    head a sub-section: "Open call for applications!" in a digest.) A heading with its own
    mark, or a numbered one, stays."""
    for prev, block, nxt in zip(blocks, blocks[1:], blocks[2:], strict=False):
        if (
            block.kind == "heading"
            and block.cue in (None, "caps")
            and prev.kind == "heading"
            and nxt.kind != "heading"
            and _credits_heading(prev.text)
            and word_count(block.text) >= EXCLAMATION_OPENER_MIN_WORDS
            and _exclaims(block.text)
        ):
            block.kind, block.cue = "paragraph", None


#: a label heading its section ("FAQ:", "PyTorch API:") is a few words
LABEL_HEADING_MAX_WORDS: Final = 4


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
SIGNATURE_MAX_WORDS: Final = 5


def _sign_off(text: str) -> bool:
    """ "Cheers!", "Until next time 👋": a sign-off, whatever punctuation or emoji ends it."""
    return without_emoji_end(text).rstrip("!.,\u2026 ").casefold() in SIGN_OFFS


def _group_signature(text: str) -> bool:
    """ "The Istio Team", "The release managers for 1.2": a line naming the group that
    signs the post."""
    words = text.rstrip(".!").split()
    return (
        len(words) >= 2
        and words[0] == "The"
        and len(words) <= SIGNATURE_MAX_WORDS
        and any(w.casefold() in SIGNATURE_GROUPS for w in words[1:])
    )


def _closing_signatures(blocks: list[RawBlock], options: ParseOptions) -> None:
    """ "The release managers for 1.2" as the post's last line (nothing under it but the
    page's end matter): the group signing the post, no heading of an empty section."""
    for k, block in enumerate(blocks):
        if block.kind != "heading" or block.cue is not None or not _group_signature(block.text):
            continue
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if nxt is None or (nxt.kind == "heading" and special_kind(nxt.text, options)):
            block.kind = "paragraph"


def _sign_offs(blocks: list[RawBlock], options: ParseOptions) -> None:
    """ "Cheers!" then "Team PyTorch": the post's sign-off and its signature close the last
    section; neither heads one. ("Thanks" above a paragraph of thanks is a section's
    heading: a sign-off has a short signature under it, or nothing, or the page's end
    matter: "Until next time 👋" then "Summary" or "Tags".)"""
    for k, block in enumerate(blocks):
        if block.kind not in ("heading", "paragraph") or block.cue not in (None, "caps"):
            continue
        if not _sign_off(block.text):
            continue
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if nxt is None or (nxt.kind == "heading" and special_kind(nxt.text, options)):
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
    if nxt is None or not is_prose(nxt) or nxt.text.rstrip().endswith("?"):
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


def _chat_log_speakers(blocks: list[RawBlock]) -> None:
    """A chat log quoted in a post (a digest of a team's chat): "Dana Reyes [Sep 22nd]" above
    what she wrote, "opsbot" above its answer. The lines that name who wrote, alone or with
    the date in brackets, are the log's turns, not headings. Known by its dated turns (two
    at least); a name alone counts once the log has shown it dated, and so does a handle (one
    word in small letters) whoever wrote under it. A digest heads each thread with its
    topic, above the thread's first, dated, turn: when most threads show one as a heading,
    the line above the others is their topic too ("If the pods crash, check their limits",
    which a comma had kept from reading as a heading)."""
    names: set[str] = set()
    dated: list[int] = []
    for k, block in enumerate(blocks):
        # (the bracket of "Dana Reyes [Sep 22nd]" sits near the start: most lines skip the pattern)
        if block.kind in ("paragraph", "heading") and "[" in block.text[:CHAT_TURN_MAX_OPENING]:
            turn = CHAT_TURN.match(block.text)
            if turn:
                names.add(turn.group("who"))
                dated.append(k)
    if len(dated) < CHAT_LOG_MIN_TURNS:
        return
    for block in blocks:
        if block.kind != "heading" or len(block.line_spans) != 1:
            continue
        turn = CHAT_TURN.match(block.text) if block.text not in names else None
        if (
            block.text in names
            or (turn and turn.end() == len(block.text))
            # "tomasz": the handle of one who only replies, never opening a thread dated
            or CHAT_HANDLE.fullmatch(block.text)
        ):
            block.kind, block.cue = "paragraph", None
    topics = [k - 1 for k in dated if k > 0]
    headed = sum(blocks[k].kind == "heading" for k in topics)
    if headed < max(CHAT_LOG_MIN_TURNS, CHAT_TOPICS_MIN_SHARE * len(dated)):
        return
    for k in topics:
        topic = blocks[k]
        if (
            topic.kind == "paragraph"
            and len(topic.line_spans) == 1
            and topic.text not in names
            and heading_like(topic.text)
        ):
            topic.kind = "heading"


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
    for k in range(len(blocks)):
        if _series_question(blocks, k):
            blocks[k].kind = "heading"


def _series_question(blocks: list[RawBlock], k: int) -> bool:
    """A question over its answer in a series the short ones show, of the length a heading
    has; or longer, without a comma, as the later questions of an interview run ("What will
    you be working on and what do you think the hard parts are?"): the word limit of a
    heading guards single lines, not a page that asks questions. (A long question with
    commas, "When I sit down with it, the first thing I ask is, how do I get out?", is a
    sentence of an answer.)"""
    if _question_over_answer(blocks, k):
        return True
    return "," not in blocks[k].text and _question_over_answer(
        blocks, k, FAQ_SERIES_QUESTION_MAX_WORDS
    )


#: this many questions over answers, one of them read as a heading at least and this
#: share of them in all, make a series of questions
QUESTIONS_ALIKE_MIN: Final = 3


QUESTIONS_ALIKE_MIN_HEADINGS: Final = 2


QUESTIONS_ALIKE_MIN_SHARE: Final = 0.5


#: a question heading of an FAQ runs this many words at most
FAQ_QUESTION_MAX_WORDS: Final = 14


#: a question in a series of question headings (an FAQ, an interview) runs this many
#: words at most
FAQ_SERIES_QUESTION_MAX_WORDS: Final = 24


#: the first words of the questions an FAQ asks
QUESTION_OPENERS: Final = frozenset(
    {"what", "how", "why", "when", "where", "who", "whom", "whose", "which", "if"}
    | {"can", "could", "do", "does", "did", "is", "are", "was", "were", "will", "would"}
    | {"should", "shall", "may", "must", "have", "has", "am"}
)


#: "What’s", "How's", "Who’d": a question's first word with its contracted verb
_CONTRACTION: Final = regex.compile(r"['\u2019](?:s|re|d|ll|ve)$")


_INNER_SENTENCE_END: Final = regex.compile(r"[.!?\u2026]\s")


def _question_over_answer(
    blocks: list[RawBlock], k: int, max_words: int = FAQ_QUESTION_MAX_WORDS
) -> bool:
    """ "Do heat pumps work in cold climates?" on its own line, its answer under it."""
    block = blocks[k]
    if block.kind not in ("paragraph", "heading") or len(block.line_spans) != 1 or block.literal:
        return False
    text = block.text
    if not text.endswith("?") or "://" in text:
        return False
    if _CONTRACTION.sub("", text.split(None, 1)[0].casefold()) not in QUESTION_OPENERS:
        return False  # "That would be best, right?": a remark, not a question asked
    if word_count(text) > max_words or _INNER_SENTENCE_END.search(text):
        return False  # (two sentences, "Yes. But why?", are an answer's or a speaker's)
    nxt = blocks[k + 1] if k + 1 < len(blocks) else None
    return nxt is not None and is_prose(nxt) and not nxt.text.rstrip().endswith("?")


def _bare_numbered_headings(blocks: list[RawBlock]) -> None:
    """ "1 Introduction" beside "2.1 Tree Ensembles": where sub-numbered headings show the
    scheme, a heading opening with a bare number is numbered too, one level up."""
    if not any(b.kind == "heading" and b.cue == "numbered" and (b.level or 0) >= 2 for b in blocks):
        return
    for block in blocks:
        if (
            block.kind == "heading"
            and block.level is None
            and (BARE_NUMBER.match(block.text) or _NUMBERED_PART.match(block.text))
        ):
            block.cue, block.level = "numbered", 1


# "Section 3. Requirements", "Chapter 2 – Permits", "Part 4": a part named by its number,
# above "3.1 …" and "3.2 …"
_NUMBERED_PART: Final = regex.compile(
    r"(?:Section|Chapter|Part|Article|SECTION|CHAPTER|PART|ARTICLE)\s+(?:\d{1,2}|[IVX]{1,5})\b"
)


def _shell_commands_are_not_headings(blocks: list[RawBlock]) -> None:
    """ "make check-integration" / "checktool run suite -f path/x.yaml": a short command set
    on a line of its own between paragraphs (its code fence dropped) scores as a heading on
    its shape; in lower case, with a flag, a shell variable or a tool's target, it is a line
    of code and reads as a paragraph. (After the stacks are settled: a stack of commands is
    demoted whole already, and a line beside one is judged as before.)"""
    for block in blocks:
        if block.kind == "heading" and block.cue is None and is_shell_command(block.text):
            block.kind = "paragraph"


def _command_echoes_are_not_headings(blocks: list[RawBlock]) -> None:
    """ "$ helm create diy" then "Creating diy": the line glued under a shell command that
    names what the command was given is what the command printed (its code fence dropped),
    not a heading over the prose below it. A heading after a command names a topic, and
    rarely the command's own last argument as it was typed."""
    for prev, block in pairwise(blocks):
        if (
            block.kind == "heading"
            and block.cue is None
            and not block.gap_before
            and prev.kind == "code"
            and (argument := _last_argument(prev.text)) is not None
            and argument in block.text.split()
        ):
            block.kind = "paragraph"


def _last_argument(code: str) -> str | None:
    """The last word of a one-line shell command after a prompt ("$ helm create diy" ->
    "diy"), unless it is a flag or the command's name; None for any other code."""
    if "\n" in code or not code.startswith(SHELL_PROMPTS):
        return None
    words = code.split()
    if len(words) < COMMAND_ECHO_MIN_WORDS or words[-1].startswith("-"):
        return None
    return words[-1] if len(words[-1]) >= COMMAND_ECHO_MIN_CHARS else None


#: a prompt opening a line of shell code
SHELL_PROMPTS: Final = ("$ ", "% ")
#: "$ tool verb name": the prompt, the tool and its argument at least ...
COMMAND_ECHO_MIN_WORDS: Final = 3
#: ... the argument of a few letters at least (a "." or "x" is echoed by chance)
COMMAND_ECHO_MIN_CHARS: Final = 3


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
            keep = [
                last
                if last is blocks[end - 1] and end < len(blocks) and is_prose(blocks[end])
                else None
            ]
            # a label over the rows it names ("Learning goals" over three goals, scored as
            # headings where no blank line sets them apart) still heads them
            keep += [blocks[j] for j in range(start, end) if _label_over_rows(blocks, j)]
            # (by identity, in a set: a stack of many labels would ask each line of it about
            # each label)
            kept = {id(b) for b in keep if b is not None}
            for block in scored:
                if id(block) not in kept:
                    block.kind, block.cue = "paragraph", None
        _demote_step_rows(blocks[start:end])
        start = end


#: the rows under a label in a stack run this many words at least ("Write a memoised
#: recursive solution"), more than the label
LABELLED_ROW_MIN_WORDS: Final = 3


def _label_over_rows(blocks: list[RawBlock], k: int) -> bool:
    """ "Learning goals" over "Recognise problems with overlapping subproblems" / "Write a
    memoised recursive solution" / "Turn it into a bottom-up table": a label in sentence case
    (or one word) over LABELLED_ROWS_MIN one-line phrases or more, each longer than it, in
    sentence case and ending no sentence, as a writer lists goals or steps without markers.
    (A card's name in title case, "Jane Doe" over "Head of data at Acme", is no label.)"""
    if blocks[k].cue is not None:
        return False
    label = blocks[k].text
    words = word_count(label)
    rows = 0
    # (by index, not a slice nor islice: a stack of n lines asks this of every line, and
    # copying or skipping to the rest of the article each time would cost n squared)
    for i in range(k + 1, len(blocks)):
        row = blocks[i]
        if row.kind not in ("paragraph", "heading") or row.cue is not None:
            break
        if len(row.line_spans) != 1:
            return False
        if (
            word_count(row.text) < max(LABELLED_ROW_MIN_WORDS, words + 1)
            or title_ratio(row.text) >= TITLE_CASE_MIN_RATIO
            or ends_sentence(row.text)
        ):
            return False
        rows += 1
    # (the label's own case is weighed last: the first row under most lines of a stack
    # already rules them out, and a title-case ratio costs more than a word count)
    return rows >= LABELLED_ROWS_MIN and (words <= 1 or title_ratio(label) < TITLE_CASE_MIN_RATIO)


#: ... and there are this many rows at least
LABELLED_ROWS_MIN: Final = 2


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
    if not is_prose(blocks[end]) or parent.cue not in (None, "caps"):
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
STEP_ROWS_MIN: Final = 2


#: a series of headings shares its first this many words ("Creating a client connection
#: in Python", "… in Go"); this many headings of the series, at least, are found on their own
SERIES_PREFIX_WORDS: Final = 3


SERIES_MIN_HEADINGS: Final = 2


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


#: a tutorial names its steps so at least this many times ("Create Node" / its command)
STEP_HEADINGS_MIN: Final = 3


#: ... each step's name running this many words at least (a lone "OR" / "Output" between
#: two blocks of code labels them, it heads nothing)
STEP_HEADING_MIN_WORDS: Final = 2


def _step_heading(blocks: list[RawBlock], k: int) -> bool:
    """A one-line paragraph in title case naming an action, no stop at its end, right above
    a block of code: "Create Node" / "$ kubectl apply -f node.yaml" (a line introducing code
    ends with a colon or reads as a sentence: "Then apply the file:"; one naming no action
    labels what the code shows: "Memory Usage", "Good input")."""
    block = blocks[k]
    text = block.text
    return (
        block.kind == "paragraph"
        and len(block.line_spans) == 1
        and k + 1 < len(blocks)
        and blocks[k + 1].kind == "code"
        and text[-1] not in ".:;,!?"
        and text[0].isupper()
        and text.split(None, 1)[0].casefold() in STEP_VERBS
        and word_count(text) >= STEP_HEADING_MIN_WORDS
        and heading_like(text)
        and title_ratio(text) >= TITLE_CASE_MIN_RATIO
        and code_score(text) < 1.0
    )


def _step_headings_over_code(blocks: list[RawBlock]) -> None:
    """ "Set up Cluster" / its command, "Create Node" / its command, "Deploy Istio" / its
    command: a tutorial whose steps are headings each over its code. One such line is as
    likely a lead-in to its code as a heading, and scores low (over code); three or more
    in one article are the habit of its sections."""
    steps = [k for k in range(len(blocks)) if _step_heading(blocks, k)]
    if len(steps) < STEP_HEADINGS_MIN:
        return
    for k in steps:
        blocks[k].kind = "heading"


def _series_key(text: str) -> tuple[str, ...] | None:
    words = text.split(None, SERIES_PREFIX_WORDS)
    if len(words) <= SERIES_PREFIX_WORDS or not words[0][:1].isupper():
        return None  # (the series names something after its shared words)
    return tuple(w.casefold() for w in words[:SERIES_PREFIX_WORDS])


#: contributors credited under each section's heading ("Ian Butterworth, Shuhei Kadowaki"),
#: as a release's highlights do: at least this many such lines make the article's habit
SECTION_CREDITS_MIN: Final = 3


#: a credited name is at most this many words, a line of them at most this many
CREDIT_NAME_MAX_WORDS: Final = 4


CREDIT_LINE_MAX_WORDS: Final = 16


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
            and is_prose(below)
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


def _quote_attributions(blocks: list[RawBlock]) -> None:
    """ "The best tool we have used this year." / "- Dana Reyes, CTO at Fernhill": the dash
    under a quotation names who said it, as an em dash would; a list of one item, with no
    item beside it, it is not."""
    for k in range(1, len(blocks)):
        block, above = blocks[k], blocks[k - 1]
        if (
            block.kind == "list_item"
            and block.marker == "-"
            and block.depth == 0
            and len(block.line_spans) == 1
            and above.kind == "paragraph"
            and (k + 1 == len(blocks) or blocks[k + 1].kind != "list_item")
            and words_at_most(block.text, ATTRIBUTION_MAX_WORDS)
            and not ends_sentence(block.text)
            and QUOTATION.fullmatch(above.text) is not None
            and _credited_names(block.text.split(",", 1)[0])
        ):
            block.kind, block.depth, block.ordered = "paragraph", 0, False
            block.text = f"{block.marker} {block.text}"
            block.marker = None


#: the speaker's name in a quotation's credit line is at least this many words (a full
#: name: "Dana Reyes"), so that a heading opening on one capitalised word and a comma
#: ("Meanwhile, in the lab") is not read as one
QUOTED_SPEAKER_MIN_NAME_WORDS: Final = 2


def _quoted_speakers(blocks: list[RawBlock]) -> None:
    """ "“We moved every cluster to it in a week.”" / "Dana Reyes, Platform Lead at
    Fernhill": the line under a quotation that names who said it, before a comma and
    their role, is its credit, not a heading (a testimonial in an announcement or a
    release post; the quote marks of a blockquote are often all that is left of it)."""
    for k in range(1, len(blocks)):
        block, above = blocks[k], blocks[k - 1]
        if (
            block.kind == "heading"
            and block.cue is None
            and len(block.line_spans) == 1
            and above.kind == "paragraph"
            and "," in block.text
            and words_at_most(block.text, CREDIT_LINE_MAX_WORDS)
            and not ends_sentence(block.text)
            and QUOTATION.fullmatch(above.text) is not None
            and len(names := _credited_names(block.text.split(",", 1)[0])) == 1
            and len(names[0].split()) >= QUOTED_SPEAKER_MIN_NAME_WORDS
        ):
            block.kind = "paragraph"


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


_QUESTION_AND_ANSWER: Final = frozenset({"Q", "A"})
