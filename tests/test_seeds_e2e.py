"""End to end on the two seed articles of ../shared/seeds (skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

import articlekit as ak
from tests.helpers import assert_accounted

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not present")


def _seed(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def test_seed_000_forum_shape() -> None:
    path = _seed("000")
    art = ak.parse_file(path)
    assert art.title is None
    assert len(art.sections) == 6
    impact = next(s for s in art.sections if s.heading == "Implications and Industry Impact")
    lists = [b for b in impact.blocks if b.kind == "list"]
    assert len(lists) == 4 and all(b.lead_in for b in lists)
    assert len(art.references) == 5
    assert all(r.title and r.source and r.description for r in art.references)
    assert len(art.tags) == 19
    assert art.summary and art.meta_description
    assert art.summary not in art.text and art.meta_description not in art.text
    assert_accounted(path.read_text(encoding="utf-8"), art)


def test_seed_001_news_shape() -> None:
    path = _seed("001")
    art = ak.parse_file(path)
    assert art.title == "Is Open Source Shaping the Future of AI Development?"
    assert art.highlights == []
    assert "Off On" in [r.text for r in art.removed]
    assert len(art.sections) == 5 and art.sections[0].heading is None
    assert [w.code for w in art.warnings].count("near_duplicate") == 1
    assert len(art.related) == 5 and all(r.truncated for r in art.related)
    assert_accounted(path.read_text(encoding="utf-8"), art)
