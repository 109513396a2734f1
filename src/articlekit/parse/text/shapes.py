"""What the passes share: the thresholds and patterns of line shapes, the mark of a line."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

import regex

from articlekit.options import ParseOptions
from articlekit.parse.special import special_kind

#: heading candidates: at most this many words / characters
HEADING_MAX_WORDS: Final = 14


HEADING_MAX_CHARS: Final = 110


#: ... a line in Title Case, one sentence, may run to this many words / characters (a
#: release note's "Final Step for Requiring Native Modules to Be Context Aware (in
#: Version 12)": its capitals mark it as a heading whatever its length)
TITLE_CASE_HEADING_MAX_WORDS: Final = 20


TITLE_CASE_HEADING_MAX_CHARS: Final = 140


#: ... and at most this many Chinese, Japanese or Korean characters (words without spaces)
HEADING_MAX_CJK_CHARS: Final = 30


CJK_CHARACTER: Final = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")


#: evidence a one-line candidate needs to be a heading (see is_heading)
HEADING_MIN_SCORE: Final = 1.5


#: a line the rules reject with a score of at least this is borderline: the heading model
#: may still find it a heading (below it, the evidence against is clear)
MODEL_BAND_MIN: Final = 0.0


#: an underlined heading ("Installation" / "============") has at most this many words; a
#: paragraph above a rule is text
UNDERLINED_HEADING_MAX_WORDS: Final = 20


#: the numbered line of a numbered section ("3. Use version control to track changes and
#: share code for effective collaboration") has at most this many words: its number and the
#: text between its kind already mark it, so it may run longer than an unmarked heading
NUMBERED_SECTION_MAX_WORDS: Final = 20


#: a line whose words are capitalised at least this much is in Title Case (see title_ratio)
TITLE_CASE_MIN_RATIO: Final = 0.75


#: a next block longer than this is a full paragraph, what sections open with
HEADING_FULL_PARAGRAPH_WORDS: Final = 20


#: a subheading under a line under a colon ("What's new" / "Faster startup") runs this many
#: words at most (see headings._tops_a_subheading)
SUBHEADING_UNDER_COLON_MAX_WORDS: Final = 8


#: a heading over a one-word subheading and its list ("Other changes" / "Added" / items)
#: runs this many words at most
PARENT_HEADING_MAX_WORDS: Final = 8


#: list nesting deeper than this is kept at this depth
MAX_LIST_DEPTH: Final = 16


#: in a compact article (no blank lines), a short line above a full paragraph stands as far
#: apart as a line between blank lines does in a spaced one: the same evidence
COMPACT_APART_SCORE: Final = 0.5


COMPACT_APART_MIN_WORDS: Final = 2


#: a line glued to the block above it but apart from the one below ends a passage
HEADING_GLUED_ABOVE_PENALTY: Final = 2.0


#: this many "Q: …?" lines above prose answers make an article an interview, whose questions
#: are its headings, up to this many words
INTERVIEW_MIN_QUESTIONS: Final = 2


QUESTION_MAX_WORDS: Final = 30


#: a line right under a heading of at most this many content words that repeats them all,
#: exclaiming or with this many more words, restates the heading (see _restates)
RESTATED_HEADING_MAX_WORDS: Final = 3


RESTATING_EXTRA_WORDS: Final = 3


#: a line taken for code holds at least this many words of prose to be read as a heading
CODE_NAMING_MIN_WORDS: Final = 2


#: a heading that names a change to an API ("Behavior Changed: <what now behaves how>") runs
#: to at most this many words (the names of code in it make it longer than most headings)
CHANGE_HEADING_MAX_WORDS: Final = 16


#: a line naming this many profile sites ("on GitHub, Twitter") is a line of links
PROFILE_SITES_MIN: Final = 2


#: more unmarked headings than this in a row, with no text between, are short paragraphs
HEADING_STACK_MAX: Final = 2


#: a configuration file (nested "key: value" lines) has at least this many lines
CONFIG_MIN_LINES: Final = 3


#: a table typed with spaces has at least this many rows, its header included
ALIGNED_TABLE_MIN_ROWS: Final = 3


#: this many "#" lines in a row after code are printed output, not headings
COMMENT_STACK_MIN: Final = 3


#: an article with this many unmarked headings does not mark its headings with "#"
UNMARKED_HEADINGS_MIN: Final = 2


#: a shell command under its "#" comment has at most this many words
COMMAND_MAX_WORDS: Final = 6


#: a key opening this many "Key: value" lines of an article recurs (see _record_keys)
RECORD_KEY_MIN_LINES: Final = 2


#: label lines ("For Microsoft:") have at most this many words
LABEL_MAX_WORDS: Final = 7


#: a paragraph chunk is hard-wrapped when its longest line is at most this long
WRAP_MAX_WIDTH: Final = 100


WRAP_MIN_WIDTH: Final = 30


#: this many lines of running text longer than WRAP_MAX_WIDTH (of this many words at
#: least) show an article written one line per paragraph: it is hard-wrapped nowhere
UNWRAPPED_MIN_LINES: Final = 2


UNWRAPPED_MIN_WORDS: Final = 15


#: (one such line is enough when no paragraph of the article shows a hard wrap: three lines
#: or more, wrapped at this width at least, two of them broken mid-sentence near it)
WRAP_EVIDENCE_MIN_WIDTH: Final = 50


#: an article with at least this many blank lines per line of text separates its blocks
#: with blank lines (the other layout puts one block per line with no blank line at all)
SPACED_MIN_BLANKS: Final = 0.25


TITLE_WORD: Final = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*+")


# the same words in ASCII text (its only letters and figures), which the standard library's
# engine lists about three times as fast: most lines of an article are ASCII
ASCII_TITLE_WORD: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9'-]*")


FIGURES_OR_LIST: Final = regex.compile(r"\d|,")


# a value that is a quantity: a figure, maybe after a currency sign or "~" ("30 minutes",
# "$1.2 million", "~4 h"); QUANTITY_MAX_WORDS words at most
QUANTITY: Final = regex.compile(r"[~\u2248<>]?\p{Sc}?\d")


QUANTITY_MAX_WORDS: Final = 4


MORE_FIELDS: Final = regex.compile(r"\s[|\u00b7\u2022]\s[^:|\u00b7\u2022]{1,30}:\s")


BARE_NUMBER: Final = regex.compile(r"\d{1,2}\s+\S")


# "2 - Timeline for the Go SDK", "3- What does observability mean to you?": a section's number
# and a dash before its title, as digests and interview transcripts number their sections
DASH_NUMBERED: Final = regex.compile(r"(?P<num>\d{1,2}) ?[-\u2013\u2014] (?P<text>\S.*)")


WORD: Final = regex.compile(r"\p{L}{2}")  # a heading has at least one word of two letters


NAME_LIKE: Final = regex.compile(
    r"\S*?[\p{Lu}\d]"
)  # "iOS", "rOpenSci", "3D": not a lower-case word


# captions of figures and photos, which stand alone between blank lines like headings
CAPTION: Final = regex.compile(
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
    # the line a scraper leaves for an embedded post, picture or player: "Tweet from
    # @jane", "Here's a screenshot of what you should see", "Click on it to start playing"
    r"|^(?:tweet|toot|post|video|thread) (?:from|by) @?\w"
    r"|^here(?:'|\u2019)?s a (?:screen ?shot|picture|photo|video|demo|gif)\b"
    r"|^click (?:on )?(?:it|the (?:image|picture|video|player)|below) to "
    r"(?:start|play|open|watch)\b"
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
CREDIT: Final = regex.compile(
    r"\b(?i:photos?|images?|pictures?|illustrations?|artwork|drawings?|gifs?)"
    r"\s+(?i:(?:taken|made|drawn)\s+)?(?:by|via)\s+\p{Lu}"
)


# "880.76 kB", "12 MB", "3.5 s": a number and its unit
# "880.76 kB", "3min 58.8s": a value with its unit, or two ("what %time printed")
MEASUREMENT: Final = regex.compile(
    r"^[-+]?\d[\d.,]*\s*[\p{L}%]{1,3}(?: \d[\d.,]*\s*[\p{L}%]{1,3})?$"
)


# "[Beta] ", "[Stable] ": a release note's label of status before the feature it names
STATUS_LABEL: Final = regex.compile(r"\[\p{Lu}[\p{L} -]{1,20}\]\s+\S")


#: "Q&A", "R&D", "AT&T": capitals joined by "&", an abbreviation (its "&" is no operator)
AMPERSAND_ABBREVIATION: Final = regex.compile(r"\b(\p{Lu}{1,2})&(\p{Lu}{1,2})\b")


# "dask/distributed #952", "pandas-dev/pandas#41": an issue or pull request of a repository
ISSUE_REFERENCE: Final = regex.compile(r"[\w.-]+/[\w.-]+ ?#\d+")


#: a shell command set in lower case on a line of its own (its code fence dropped): a flag
#: ("checktool run suite -f path/x.yaml"), a shell variable ("docker compose run app
#: ${SUITES}") or an environment setting ('make check SUITE="billing"') among its words
SHELL_ARGUMENT: Final = regex.compile(
    r" --?[a-zA-Z][\w-]*+(?=\s|$)|\$\{[A-Za-z_]\w*+\}| [A-Z][A-Z0-9_]*+=\S"
)
#: the name of a program a shell command starts with: "make", "docker-compose", "lipo"
COMMAND_NAME: Final = regex.compile(r"[a-z][\w.+-]*")
#: ... or the command of a build tool or a package manager before its target or its
#: subcommand ("make check-integration", "npm run build-docs", "docker compose up")
SHELL_TOOL_COMMAND: Final = regex.compile(
    r"(?:make|rake|just) [a-z][\w:]*[-_.][\w.:-]*(?: \S+)*|"
    r"(?:docker(?:-compose)?|kubectl|helm|git|npm|npx|yarn|pnpm|pip3?|cargo) [a-z][\w-]*(?: \S+)*"
)


#: "This work is supported by …", "This post was originally published on …": a note set
#: above (or under) a post, a sentence whatever its capitals, never its title or a heading
PREFATORY_NOTE: Final = regex.compile(
    r"(?i:this|the following|an earlier version of this) "
    r"(?:work|post|article|blog ?post|piece|research|project|tutorial|series|page|story)"
    r" (?:is|was|has been|were|are) (?:\w+ )?"
    r"(?:supported|funded|sponsored|written|published|originally|cross-?posted|adapted|part"
    r"|co-?authored|updated|reposted|republished)\b"
)


# "Today we announce the release of Falco 0.37.1!", "We're pleased to announce …": the
# sentence a release post opens with (its verb in lower case: "We Are Announcing …" may be
# a title), not a heading or a title
ANNOUNCING_SENTENCE: Final = regex.compile(
    r"(?:(?:Today|Now),? )?[Ww]e(?:'re|\u2019re| are)? "
    r"(?:(?:very |so |really )?(?:happy|excited|pleased|proud|thrilled|delighted|glad) to )?"
    r"announc(?:e|ing)\b"
)

# "If you have any questions", "If we missed something": a conditional clause that leads
# into what follows (a list of contacts, a remedy), not a heading; "If You Build It" in
# Title Case may be one, and so may "If I Contribute As An Employee …" (an FAQ's question:
# after "I", the case of the next word tells)
CONDITIONAL_LEAD_IN: Final = regex.compile(r"If (?:(?:you|we|they|your|our)\b|I [a-z])")


# a word of prose: letters, then lower-case letters (a closing comma or mark allowed)
PLAIN_WORD: Final = regex.compile(r"^[\p{L}][\p{Ll}'\u2019-]*[,?!:]?$")


# a token that is code: a call, a namespace, an identifier with "_" or "."
EMAIL: Final = regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


# a path into someone's home or temporary folder ("No changes required to /Users/jo/pkg/
# WORDLIST", "Data saved at /tmp/RtmpX1/acc.csv", "C:\\Users\\jo\\notes.txt"): where a
# program wrote on the writer's machine, what it printed, never what a section is about
# (a system path, "Editing /etc/nginx/nginx.conf", may be)
MACHINE_PATH: Final = regex.compile(
    r"(?:^|[\s'\"(=<>])"
    r"(?:/(?:Users|home|tmp|private/var|var/folders)/[\w.-]+|[A-Za-z]:\\Users\\)"
)


# the credit closing a post embedded from a social network: a dash, who posted it, when
# ("Biscuits for everyone! — Nikeisha Caruana - October 25, 2017", "Enjoy! 🎉— Zenodo
# (@ZENODO_ORG) July 28, 2021"): the post's text and its author, not a heading
EMBEDDED_POST_CREDIT: Final = regex.compile(
    r"[\u2014\u2015]\s?[^\u2014\u2015]{1,60}?\s(?:-\s)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s\d{1,2},\s\d{4}$"
)


# a label then a social handle alone ("Instagram: @okuprin", "Аккаунт: @darkzip", "Twitter -
# @jane"): whose account it is, a contact field under a name, not a heading
HANDLE_FIELD: Final = regex.compile(r"[^:@]{1,40}?\s*[:\u2013\u2014-]\s*@[\w.]++")


# a name from code in a line of words: snake_case, a namespace, a call ("skim_df",
# "pkg::fun", "read()")
NAMED_CODE: Final = regex.compile(r"\w_\w|\w::\w|\w\(\)")


CODE_TOKEN: Final = regex.compile(r"::|[()]|\w_\w|\w\.\w|^\.")


# an assignment, a pipe, a prompt or brackets: a line of code, whatever words it holds
# a function named as prose names it: "use_github()", "pkg::fun()," (a list of them)
NAMED_FUNCTION: Final = regex.compile(r"(?:[A-Za-z][\w.]*::)?[A-Za-z_.][\w.]*\(\),?$")


# a token holding a name from code: a call "f(", "snake_case", "pkg::fun", "obj.attr", or
# a bracket ("(https://…)", "(auth_token,")
NAME_IN_CODE: Final = regex.compile(r"\w(?:\(|_\w|::|\.\w)|[()]")


CODE_OPERATOR: Final = regex.compile(r"<-|\s=\s|\$|^[>#]|[{}\[\]|]|%>%")

# a unified diff: the hunk header "@@ -12,7 +12,9 @@" opens the lines of one change, each
# of them a context line (" "), a removed one ("-") or an added one ("+"); the file lines
# "diff --git a/x b/x", "index 1a2b..3c4d", "--- a/x" and "+++ b/x" come above it
DIFF_HUNK_HEADER: Final = regex.compile(r"@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@")
DIFF_FILE_HEADER: Final = regex.compile(r"diff --git |index [0-9a-f]{4,}\.\.|--- \S|\+\+\+ \S")
# a line of a diff's body, kept in the code even past a blank line: a context line, or a
# removed or added line whose sign is not a bullet over words ("-#ifdef X", "-   x = 1",
# "+}"), which "- Fix the parser" below a diff is: a list that follows it
DIFF_BODY_PAST_BLANK: Final = regex.compile(r" |[-+](?! \p{L})")


# "Q: How did you start?", "Q2: …", "Question 3: …" - a question marked as one
QUESTION_MARK: Final = regex.compile(r"^(?:Q|Question)\s*\d{0,2}\s*[:.)]\s", regex.IGNORECASE)


# "KO: What got you started?" - an interview turn opened by the speaker's initials
#: MediaWiki's section edit link, left at the end of every heading of a scraped wiki page
#: ("Early life[edit]", "History [edit source]")
WIKI_EDIT_LINK: Final = regex.compile(r"\s*\[\s*edit(?: source)?\s*\]$", regex.IGNORECASE)


SPEAKER_TURN: Final = regex.compile(r"^(?P<who>\p{Lu}{1,4}):\s")


#: initials opening this many paragraphs of an article mark the turns of an interview
SPEAKER_MIN_TURNS: Final = 3


# "Dana Reyes [Sep 22nd]", "opsbot [10:42 AM]": who wrote a message of a chat log copied into
# a post (a digest of a team's chat), and when, opening the message or alone above it
CHAT_TURN: Final = regex.compile(
    r"(?P<who>[\p{L}\d][\p{L}\d._-]*(?: \p{L}[\p{L}\d._'-]*){0,2}) \["
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?"
    r"|\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?)\](?=\s|$)"
)


#: a post quotes a chat log when this many of its messages open on who wrote them and when
CHAT_LOG_MIN_TURNS: Final = 2


#: the bracket of a chat log's dated turn opens within this many characters of its line
CHAT_TURN_MAX_OPENING: Final = 48


#: a digest heads its threads with their topics when this share of its dated turns at least
#: sit under a heading
CHAT_TOPICS_MIN_SHARE: Final = 0.6


# "tomasz", "dev_ops42": a chat handle, one word in small letters, alone on its line above a
# message of a chat log
CHAT_HANDLE: Final = regex.compile(r"\p{Ll}[\p{Ll}\d._-]{2,30}")


# "Software :package:" ends in an emoji shortcode, not in a label's colon
EMOJI_SHORTCODE_END: Final = regex.compile(r"\s:[a-z0-9_+-]+:$")


EMOJI_SHORTCODES_END: Final = regex.compile(r"(?:\s+:[a-z0-9_+-]++:)++$")


# "rOpenSci HQ 👩🏼‍💻 🏗️", "visdat 📦👀": pictographs, skin tones and joiners ending a line
EMOJI_END: Final = regex.compile(
    r"(?:\s*+[\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0f])++$"
)


def without_emoji_end(text: str) -> str:
    """``text`` without the emoji shortcodes, then the pictographs, that end it ("Thanks,
    Mike! 🎉" -> "Thanks, Mike!"). Each pattern is tried only on a line whose end it can
    match: a ":" or a character beyond ASCII in its last two (most lines end otherwise)."""
    if ":" in text[-2:]:
        text = EMOJI_SHORTCODES_END.sub("", text)
    if not text[-2:].isascii():
        text = EMOJI_END.sub("", text)
    return text


# "Query OK, 1 row affected (0.01 sec)", "3 rows in set (0.15 sec)", "Empty set (0.00 sec)":
# the status line a SQL console (MySQL, MariaDB) prints under a statement
SQL_CONSOLE_STATUS: Final = regex.compile(
    r"(?:Query OK, \d+ rows? affected|\d+ rows? in set|Empty set)"
    r"(?:, \d+ warnings?)? \(\d+(?:\.\d+)? sec\)"
)


# what a program prints for an empty or logical value, alone on its line
PRINTED_LITERALS: Final = frozenset({"NULL", "NA", "NaN", "TRUE", "FALSE", "None", "null", "nil"})


TABLE_SPLIT: Final = regex.compile(r"\t+| +\| +")


MD_TABLE_SEP: Final = regex.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")


@dataclass(slots=True)
class Mark:
    kind: str  # blank | code | item | table | rule | underline | atx | wiki | quote | text
    cells: list[str] | None = None
    atx: regex.Match[str] | None = None  # an "atx" line's match of ATX (not made twice)


_WRAPPING_EMPHASIS: Final = regex.compile(r"(\*\*|__|\*|_)(?P<inner>[^*_\s](?:.*[^*_\s])?)\1")


_EMPHASIS_MARKS: Final = ("*", "_")


def without_emphasis(text: str) -> str:
    """ "**Relevance is a product decision**": a heading in scraped Markdown-ish text, its
    emphasis marks (which a Markdown renderer would have hidden) left out."""
    if text[:1] not in _EMPHASIS_MARKS:
        return text  # (the pattern opens with a mark: most headings skip it)
    m = _WRAPPING_EMPHASIS.fullmatch(text)
    if m is None or m[1] in m["inner"] or (m[1] != "**" and " " not in m["inner"]):
        # "__init__", "_id_": a name with its underscores; "**a** and **b**": two spans
        return text
    return m["inner"]


#: dashes that open a quotation's attribution ("— Matthew Turk (@mturk) October 5, 2022")
ATTRIBUTION_DASHES: Final = ("\u2014", "\u2015")


# a run of emoji (with their modifiers and joiners) or of their shortcodes (":tada:", as
# Markdown sources write them), and the space after it
EMOJI_START: Final = regex.compile(
    r"(?:[\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0f]|:[a-z0-9_+-]++:(?=\s))++\s*+"
)


def is_field_key(key: str, options: ParseOptions) -> bool:
    """Is "key" the label of a field ("Tags", "Summary", "Published", "By")?"""
    return special_kind(key, options) is not None or byline_or_date_key(key, options)


def byline_or_date_key(key: str, options: ParseOptions) -> bool:
    """Is "key" ("Published", "Author") a byline or date prefix without its colon?"""
    low = key.casefold().strip(" :\uff1a")
    return any(p.strip(" :") == low for p in options.byline_prefixes + options.date_prefixes)


# "00:00", "(12:34)", "[1:02:45]", "9:00 AM", "17:30 –": a time opening a row
TIME_FIRST: Final = regex.compile(r"[(\[]?\d{1,2}:\d{2}(?::\d{2})?[)\]]?(?:\s?[AaPp]\.?[Mm]\.?)?\s")


def opens_with_time(text: str) -> bool:
    """Does a time open ``text`` (TIME_FIRST)? Its first colon comes within the first four
    characters ("(12:34)"): most lines have none there and skip the pattern."""
    return ":" in text[:4] and TIME_FIRST.match(text) is not None


# "Step 5 Enable DLB Connection Load Balance": a step's number, then a capitalised title
# ("Step 1 is to install…" goes on as a sentence)
STEP_WITHOUT_SEPARATOR: Final = regex.compile(r"[Ss]tep \d{1,3} (?=\p{Lu})")


#: who said a quotation, under it: "- Dana Reyes, CTO at Fernhill" runs this many words at most
ATTRIBUTION_MAX_WORDS: Final = 8


#: a paragraph that is one quotation whole: "“It just works.”", "\"We love it!\""
QUOTATION: Final = regex.compile(r"[\"\u201c].*[\"\u201d][.!?]?", regex.DOTALL)
