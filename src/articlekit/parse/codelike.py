"""How much a line of plain text looks like source code or program output.

Scrapers flatten code blocks into the text with nothing to mark them, and code lines are
short and unpunctuated, exactly like headings. A line is scored by signals that prose and
headings rarely show (assignments, calls, braces, snake_case, aligned columns) against
signals of prose (a sentence with words). The thresholds live in :data:`CODE_THRESHOLD`.
"""

from __future__ import annotations

import regex

#: a line scoring this much is code on its own; half of it is code beside other code
CODE_THRESHOLD = 2.0

_SIGNALS: tuple[tuple[regex.Pattern[str], float], ...] = tuple(
    (regex.compile(p), w)
    for p, w in (
        # assignment and operators
        (r"[\w\]\)'\"]\s*(?:<<?-|->|:=|\+=|-=|\*=|==|!=|=>|%>%|\|>|&&|\|\|)", 2.0),
        (r"^\s*[\w.$\[\]]+\s*=\s*\S", 1.5),
        (r"\w\s*=\s*[\w\"'\[({-]", 1.0),
        # calls, members, indexing
        (r"[\w.$]\((?:[^()]*\)|$)", 1.5),
        (r"\w\.\w+\(", 1.0),
        (r"\w\[[\w\"', :$-]*\]", 1.0),
        (r"\w::\w", 1.5),
        # braces and statement ends
        (r"(?:[{;]|\)\s*\{?)\s*$", 1.0),
        (r"^\s*[}\])]", 1.5),
        # comments, prompts, console output
        (r"^\s*(?:#[!>']|//|/\*|\*/|--\s|>>>\s|\$\s|%\s|>\s*\w+\()", 1.5),
        (r"^\s*\[\d+\]\s", 2.0),
        (r"^\s*##?\s*\S*[(_=<]", 1.0),
        # identifiers that prose does not have
        (r"\b[a-z]+_[a-z0-9_]+\b", 1.0),
        (r"\b[a-z]+[A-Z][a-zA-Z]*\(", 1.0),
        # markup
        (r"</?[a-zA-Z][\w-]*(?:\s[^<>]*)?/?>", 1.5),
        (r"^\s*@\w+\{", 2.0),
        # program output: R's str(), tibble headers and footers, knitr's "##", errors
        (r"^\s*\$ ?[\w.]+\s*:", 2.0),
        (r"<(?:chr|dbl|int|fct|lgl|date|dttm|list|num)>", 2.0),
        (
            r"^\s*(?:#>|##\s+(?:\[\d|[\w.$]+\s*[:=<(]|\s)|#\s*(?:\u2026|\.\.\.|\u2139|A tibble))",
            2.0,
        ),
        (r"^\s*(?:Error|Warning|Warning message|Traceback)\b.*:", 1.5),
        # column-aligned program output or source indentation
        (r"\S {2,}\S", 1.0),
        (r"^ {4,}\S", 1.0),
        # keywords that start statements
        (
            r"^\s*(?:import|from \S+ import|def|class|library|require|return|if\s*\(|for\s*\(|"
            r"while\s*\(|var|let|const|function|package|func|pub fn|fn|use|export|echo|"
            r"sudo|pip|npm|git|cd|mkdir|curl|wget|docker|Rscript|R CMD|python3?|install\.packages)"
            r"\b",
            1.5,
        ),
        # quoted strings followed by code punctuation
        (r"[\"'][^\"'\s]*[\"']\s*[,)\]]", 1.0),
    )
)

_WORD = regex.compile(r"\p{L}{2,}")
_BLOCK_DRAWING = regex.compile(r"[\u2500-\u259f]")
_ROW_INDEX = regex.compile(r"^\d{1,5}\s+\S+(?:\s+\S+)*$")
_NUMERIC = regex.compile(r"^(?:[-+]?[\d.,:eE%+-]*\d[\d.,:eE%+-]*|NA|NaN|TRUE|FALSE|NULL|<NA>)$")


def code_score(text: str) -> float:
    """Positive: looks like code; zero or below: looks like prose or a heading."""
    if not text.strip():
        return 0.0
    score = 0.0
    for pattern, weight in _SIGNALS:
        if pattern.search(text):
            score += weight
    stripped = text.strip()
    words = stripped.split()
    alpha_words = len(_WORD.findall(stripped))
    if _BLOCK_DRAWING.search(stripped):
        score += 2.0  # sparklines and box drawing: printed output
    if _ROW_INDEX.match(stripped) and sum(w[:1].isupper() for w in words[1:]) < len(words) / 3:
        score += 1.5
    elif _ROW_INDEX.match(stripped):
        score += 0.5  # "4 hp numeric hist": a row of a printed table
    numeric = sum(1 for w in words if _NUMERIC.match(w))
    if numeric >= 3 and numeric >= 0.4 * len(words):
        score += 2.0  # rows of numbers: a printed data frame or matrix
    symbols = sum(1 for c in stripped if not c.isalnum() and not c.isspace())
    if symbols / max(len(stripped), 1) > 0.2:
        score += 1.0
    # prose: a sentence of ordinary words
    if len(words) >= 5 and alpha_words >= 0.7 * len(words):
        score -= 1.5
        if stripped[0].isupper() and stripped[-1] in ".!?:":
            score -= 1.5
    if len(words) >= 12:
        score -= 1.0
    return score
