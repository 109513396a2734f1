"""Code-versus-prose and special-section shapes left open by the twenty-first session, in small
articles written for these tests (in both layouts where it matters: compact = one line a
paragraph, no blank lines; spaced = blank lines between blocks)."""

from __future__ import annotations

import pytest

import articlekit as ak
from articlekit.parse.codelike import CODE_THRESHOLD, code_score
from tests.helpers import both_layouts, parse_checked


def _blocks(art: ak.Article, kind: str) -> list[str]:
    return [b.text for s in art.iter_sections() for b in s.blocks if b.kind == kind]


# --- 1. a sentence whose subject is the names of functions -----------------------------

CALLS_OPEN_SENTENCES = """\
Cancelling reads in the new release

Node 24 adds cancellation to the file system functions.

const controller = new AbortController();
await fs.readFile(path, { signal: controller.signal });

fs.open(), fs.read() and fs.close() now accept a signal.

useState() and useEffect() are the hooks you will use most.

const [count, setCount] = useState(0);

That is all for this release.
"""


@pytest.mark.parametrize(
    "line",
    [
        "fs.open(), fs.read() and fs.close() now accept a signal.",
        "useState() and useEffect() are the hooks you will use most.",
        "glimpse() is the tidy version of str().",
        "useEffect() runs after every render.",
    ],
)
def test_sentence_opening_with_calls_scores_as_prose(line: str) -> None:
    assert code_score(line) < CODE_THRESHOLD / 2


@pytest.mark.parametrize(
    "line",
    ["x <- f(a) and g(b).", "foo(x) or die.", "print(x)", "fs.open(path, flags)"],
)
def test_statements_still_score_as_code(line: str) -> None:
    assert code_score(line) > 0


@pytest.mark.parametrize("text", both_layouts(CALLS_OPEN_SENTENCES))
def test_sentences_opening_with_calls_stay_paragraphs_beside_code(text: str) -> None:
    art = parse_checked(text)
    paragraphs = _blocks(art, "paragraph")
    assert "fs.open(), fs.read() and fs.close() now accept a signal." in paragraphs
    assert "useState() and useEffect() are the hooks you will use most." in paragraphs
    code = _blocks(art, "code")
    assert code == [
        "const controller = new AbortController();\n"
        "await fs.readFile(path, { signal: controller.signal });",
        "const [count, setCount] = useState(0);",
    ]
