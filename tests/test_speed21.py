"""The code score's signal plans (session 21): built from the set bits of a mask, they hold
the same signals in the same order as a test of every signal would (a score adds the
weights in that order, so the order is part of the result)."""

from __future__ import annotations

import random

from articlekit.parse import codelike


def _reference_plan(chosen: int) -> tuple[tuple[object, float], ...]:
    return tuple((s[0], s[1]) for k, s in enumerate(codelike._SIGNALS) if chosen >> k & 1)


def test_plan_holds_the_chosen_signals_in_order() -> None:
    rng = random.Random(21)
    n = len(codelike._SIGNALS)
    masks = [0, 1, 1 << (n - 1), (1 << n) - 1] + [rng.getrandbits(n) for _ in range(500)]
    for mask in masks:
        assert codelike._plan(mask) == _reference_plan(mask)


def test_plans_of_real_lines_match_the_reference() -> None:
    lines = [
        "x <- read_csv(path)",
        "## Heading 12",
        "The package reads the file and returns a data frame.",
        "    if (x > 1) { y = f(x); }",
        "SELECT name FROM users WHERE id = 1;",
        "Error: object 'x' not found",
    ]
    for text in lines:
        plan = codelike._signals_for(text.strip()[0], text)
        chosen = sum(
            1 << k for k, s in enumerate(codelike._SIGNALS) if any(s[0] is p for p, _ in plan)
        )
        assert plan == _reference_plan(chosen)


def test_code_score_is_unchanged_on_code_and_prose() -> None:
    assert codelike.code_score("x <- read_csv(path)") >= codelike.CODE_THRESHOLD
    assert codelike.code_score("The package reads the file and returns a data frame.") < 0
