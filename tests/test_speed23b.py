"""Session 23 (speed, lane b): shortcuts that must leave every answer as it was.

The code score skips two slow signals on lines that cannot match them, and the rule test
rejects a line without rewriting it; these tests pin the answers on both sides of each
shortcut, in both article layouts where a whole article is parsed."""

from __future__ import annotations

import pytest

from articlekit.parse.codelike import _code_score, code_score, forget_scores
from articlekit.parse.lines import is_rule
from tests.helpers import parse_checked


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("---", True),
        ("* * *", True),
        ("- - - -", True),
        ("~~~~~~~~", True),
        ("_\u00a0_\u00a0_", True),  # a no-break space is white space to the rule
        ("--", False),
        ("- -", False),
        ("- Faster search", False),
        ("-- x", False),
        ("*** Important ***", False),
        ("=== Title ===", False),
        ("-*-", False),
        ("", False),
    ],
)
def test_rule_is_one_character_repeated_with_white_space(text: str, rule: bool) -> None:
    assert is_rule(text) is rule


def test_table_row_signal_needs_three_gaps() -> None:
    # three gaps of two spaces: a printed table's row; two gaps are no row of it
    row = "web-1  Running  12m  ok"
    two = "web-1  Running  12m ok"
    assert _code_score(row) - _code_score(two) >= 2.5 - 1e-9
    # indentation is no gap: however deep, a line of indented prose scores the same
    indented = _code_score("    the value is read once")
    assert _code_score("            the value is read once") == indented


def test_address_without_scheme_is_found_with_its_path() -> None:
    forget_scores()
    assert code_score("image: gcr.io/kubeflow-ci/job:bde79d77") >= 1.5
    assert code_score("see gcr.io/kubeflow-ci/job for the image") > code_score(
        "see gcr.io for the image"
    )
    # a slash between words is no address
    assert code_score("read and/or write the file") < 0


@pytest.mark.parametrize("spaced", [False, True])
def test_article_with_rules_items_and_a_printed_table(spaced: bool) -> None:
    blocks = [
        "Deploying the service",
        "We roll the service out in two steps and check the pods after each one.",
        "- Build the image and push it to the registry",
        "- Apply the manifest to the cluster",
        "---",
        "kubectl get pods",
        "NAME   READY   STATUS   AGE",
        "web-1   1/1   Running   12m",
        "When every pod is running, the rollout is done and the old pods are gone.",
    ]
    text = ("\n\n" if spaced else "\n").join(blocks) + "\n"
    article = parse_checked(text)
    blocks_out = list(article.iter_blocks())
    items = [item.text for b in blocks_out if b.kind == "list" for item in b.items]
    assert items == [
        "Build the image and push it to the registry",
        "Apply the manifest to the cluster",
    ]
    code = "\n".join(b.text for b in blocks_out if b.kind == "code")
    assert "NAME   READY   STATUS   AGE" in code
