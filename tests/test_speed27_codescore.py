"""The shortcuts of the code scorer are exact: a signal left out of a line's plan could not
have matched it, so every score is the one the full list of signals gives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articlekit.parse import codelike
from articlekit.parse.codelike import code_score

# lines shaped like the ones articles hold: prose, headings, code, printed output, base64
LINES = [
    "While the review template now states what a reviewer should check, we still ask.",
    "Acknowledgements",
    "Questions included:",
    "occ_search(taxonKey = key, limit = 2)",
    "topic1  <- c('dementia', 'vascular')  # combined with OR",
    "#> 1 10.1001/abc issn:002 71     Sett Peron Journal",
    "## # A tibble: 10 x 19",
    "iQEcBAEBCAAGBQJYu3kPAAoJEMfPa5Ck1x8F2b0H/0s3aQ3dd8EnVRxq2H7k9Dmn",
    "  iQEcBAEBCAAGBQJYu3kPAAoJEMfPa5Ck1x8F2b0H/0s3aQ3dd8EnVRxq2H7k9Dmn==  ",
    "iQEcBAEBCAAGBQJYu3kPAAoJEMfPa5Ck1x8F2b0H /0s3aQ3dd8EnVRxq2H7k9Dmn",
    "6a6ce9cb1f0d1e2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2  node.exe",
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN1\n",
    "\tQUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAx\t",
    "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9w\u00a0cXJzdHV2d3h5ejAx",
    "NAME          READY   STATUS    RESTARTS   AGE",
    "gcr.io/kubeflow-ci/job:bde79d77",
    "Summary: a package that wraps the command line tool write-good for grammar checks",
]


def _matching(text: str) -> list[int]:
    """The signals whose patterns match ``text`` (by index, in order)."""
    return [k for k, (pattern, _) in enumerate(codelike._WEIGHED) if pattern.search(text)]


def _planned(text: str) -> list[int]:
    stripped = text.strip()
    if not stripped:
        return list(range(len(codelike._WEIGHED)))
    plan = codelike._signals_for(stripped[0], text)
    index = {id(p): k for k, (p, _) in enumerate(codelike._WEIGHED)}
    return [index[id(p)] for p, _ in plan]


def _assert_plan_exact(text: str) -> None:
    planned = _planned(text)
    assert planned == sorted(planned)  # weights add up in the signals' order
    missing = set(_matching(text)) - set(planned)
    assert not missing, [codelike._WEIGHED[k][0].pattern for k in missing]


@pytest.mark.parametrize("text", LINES)
def test_plan_holds_every_signal_that_matches(text: str) -> None:
    _assert_plan_exact(text)


def test_base64_line_still_scores_as_printed_output() -> None:
    assert code_score(LINES[7]) >= codelike.CODE_THRESHOLD
    assert code_score(LINES[8]) >= codelike.CODE_THRESHOLD


_CODEY = st.text(
    alphabet=st.sampled_from(
        list("abcxyzABCXYZ0129+/=_-.,:;!?()[]{}<>#$%&|'\"@~*  \t\u00a0\u2003\u2139\u2500é")
    ),
    max_size=90,
)
_BASE64_ISH = st.builds(
    lambda pad, run, gap, tail: pad + run + gap + tail + pad,
    st.sampled_from(["", " ", "\t", "\u00a0", "\n"]),
    st.from_regex(r"[A-Za-z0-9+/]{30,60}", fullmatch=True),
    st.sampled_from(["", " ", "  ", "\u2003", "="]),
    st.from_regex(r"[A-Za-z0-9+/]{0,20}={0,2}", fullmatch=True),
)


@settings(max_examples=400, deadline=None)
@given(st.one_of(_CODEY, _BASE64_ISH))
def test_plan_exact_on_generated_lines(text: str) -> None:
    _assert_plan_exact(text)
