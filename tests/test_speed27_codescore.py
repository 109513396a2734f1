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
    "const [count, setCount] = useState(0);",
    "library(gapminder)",
    "fetchData(url)",
    "SELECT id, name FROM jobs",
    "  WHERE id = 1",
    "\x1cFROM golang",
    "\u2003LEFT JOIN runs ON runs.job_id = jobs.id",
    "Summary of the SELECT statement",
    "S ELECT id",
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


_SQL_ISH = st.builds(
    lambda pad, keyword, rest: pad + keyword + rest,
    st.sampled_from(["", " ", "\t", "\x1c", "\u2003", "\n"]),
    st.sampled_from(["SELECT", "Select", "SELECT DISTINCT", "CREATE TABLE", "LEFT JOIN", "FROM"]),
    st.text(alphabet=st.sampled_from(list(" aZ_*(\"`'1xX,")), max_size=12),
)
_CAMEL_ISH = st.text(alphabet=st.sampled_from(list("abzABZ(_. =1é\u0130")), max_size=24)


@settings(max_examples=400, deadline=None)
@given(st.one_of(_CODEY, _BASE64_ISH, _SQL_ISH, _CAMEL_ISH))
def test_plan_exact_on_generated_lines(text: str) -> None:
    _assert_plan_exact(text)


# the scorer's own shortcuts: each skips a call whose answer it already knows

_PHONE_ISH = st.builds(
    lambda label, number, tail: label + number + tail,
    st.sampled_from(["", "Tel: ", "Media enquiries: ", "Press office: ", "Fax ", "x: "]),
    st.from_regex(r"\+?\(?\d{1,4}\)?[ .-]?\d{2,4}([ .-]\d{2,4}){1,3}", fullmatch=True),
    st.sampled_from(["", " ", " ext 12", "x9", ".", "\u0663", "\u00b2", " a", ")"]),
)


@settings(max_examples=400, deadline=None)
@given(st.one_of(_PHONE_ISH, _CODEY))
def test_a_phone_number_ends_in_a_digit(text: str) -> None:
    stripped = text.strip()
    if not stripped:
        return
    if codelike._labelled_phone_number(stripped) or codelike._is_phone_number(stripped):
        assert stripped[-1].isdigit()


@pytest.mark.parametrize(
    "line",
    ["Media enquiries: 020 7946 0000", "Press office: +44 20 7946 0000", "+1 (555) 010-2334"],
)
def test_phone_numbers_still_score_as_contact_lines(line: str) -> None:
    assert code_score(line) == -1.0


def test_enough_numbers_needs_three() -> None:
    for words in range(0, 40):
        for numeric in range(0, 3):
            assert not codelike._enough_numbers(numeric, words)


@settings(max_examples=400, deadline=None)
@given(st.one_of(_CODEY, st.text(alphabet=st.sampled_from(list("CF+#x c")), max_size=12)))
def test_a_line_without_c_or_f_names_no_language(text: str) -> None:
    if "C" not in text and "F" not in text:
        assert codelike._without_language_names(text) == text
