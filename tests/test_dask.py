"""articlekit.dask on a real dask.distributed LocalCluster: two worker processes, loopback
only, no dashboard. The cluster's results must equal parse_many's, byte for byte in JSON.
Skipped when the ``dask`` extra is not installed."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

import articlekit as ak  # noqa: E402
from articlekit.dask import (  # noqa: E402
    jsonl_bag,
    parse_bag,
    parse_dataframe,
    parse_frame_partition,
)
from tests.test_fuzz_regressions import _tie_article  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"


def _corpus() -> list[str]:
    """Real-looking articles: the example, the seeds when present, and generated ones."""
    texts = [(ROOT / "examples" / "forum-article.txt").read_text(encoding="utf-8")]
    if SEEDS.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    for i in range(30):
        texts.append(
            f"Article number {i}\n\nIntroduction\n\nSome text about topic {i} "
            f"(https://example.org/{i}).\n\nKey points:\n- first point {i}\n- second point\n\n"
            f"# A markdown heading {i}\n\nTags: t{i % 3}, news\n"
        )
    texts.append("<html><head><title>Page</title></head><body><p>Hello.</p></body></html>")
    texts.append(_tie_article())  # a near-duplicate tie: once picked by the hash seed
    return texts


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from dask.distributed import Client, LocalCluster

    cluster = LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        worker_dashboard_address=None,
        silence_logs=40,
    )
    c = Client(cluster)
    try:
        yield c
    finally:
        c.close()
        cluster.close()


def test_cluster_is_two_processes_on_loopback(client: Any) -> None:
    workers = client.scheduler_info()["workers"]
    assert len(workers) == 2
    assert all(addr.startswith("tcp://127.0.0.1:") for addr in workers)
    pids = set(client.run(os.getpid).values())
    assert len(pids) == 2 and os.getpid() not in pids


def test_json_equals_parse_many_byte_for_byte(client: Any) -> None:
    texts = _corpus()
    expected = [a.model_dump_json() for a in ak.parse_many(texts)]  # type: ignore[union-attr]
    got = parse_bag(db.from_sequence(texts, npartitions=4), output="json").compute()
    assert got == expected


def test_articles_in_order_and_failures_collected(client: Any, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("From a file\n\nBody text.\n", encoding="utf-8")
    sources: list[Any] = ["One\n\nText.\n", b"\x00\x01binary", good, tmp_path / "missing.txt"]
    sources += [{"id": "r1", "text": "Record\n\nText.\n"}, {"id": "r2"}]
    out = parse_bag(db.from_sequence(sources, npartitions=2)).compute()
    assert len(out) == 6
    assert [a.title for a in out if isinstance(a, ak.Article)] == ["One", "From a file", "Record"]
    failures = {f.source: f.error for f in out if isinstance(f, ak.ParseFailure)}
    assert "binary" in failures["input #1"]
    assert "no such file" in failures[str(tmp_path / "missing.txt")]
    assert "neither 'text' nor 'path'" in failures["record r2"]


def test_dict_output_and_skip(client: Any) -> None:
    bag = db.from_sequence(["A title\n\nText.\n", b"\x00", "B title\n\nText.\n"], npartitions=2)
    out = parse_bag(bag, output="dict", errors="skip").compute()
    assert [d["title"] for d in out] == ["A title", "B title"]
    assert ak.Article.model_validate(out[0]) == ak.parse("A title\n\nText.\n")


def test_raise_fails_the_computation(client: Any) -> None:
    bag = db.from_sequence(["Fine\n\nText.\n", b"\x00"], npartitions=1)
    with pytest.raises(ak.InputError, match="binary"):
        parse_bag(bag, errors="raise").compute()


def test_jsonl_records_with_texts_paths_and_bad_lines(client: Any, tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("Path record\n\nBody.\n", encoding="utf-8")
    first = tmp_path / "part-1.jsonl"
    first.write_text(
        json.dumps({"id": 1, "text": "Text record\n\nBody.\n"})
        + "\nnot json\n\n"
        + json.dumps({"id": 3, "path": "docs/a.txt"})
        + "\n",
        encoding="utf-8",
    )
    second = tmp_path / "part-2.jsonl"
    second.write_text(
        json.dumps({"id": 4, "path": "../outside.txt"})
        + "\n"
        + json.dumps({"id": 5, "path": "/dev/zero"})
        + "\n[1, 2]\n",
        encoding="utf-8",
    )
    records = jsonl_bag(str(tmp_path / "part-*.jsonl"))
    assert records.npartitions == 2
    out = parse_bag(records, root=tmp_path).compute()
    assert len(out) == 6
    assert isinstance(out[0], ak.Article) and out[0].title == "Text record"
    assert isinstance(out[1], ak.ParseFailure)
    assert out[1].source == f"{first}:2" and "not valid JSON" in out[1].error
    assert isinstance(out[2], ak.Article) and out[2].title == "Path record"
    assert isinstance(out[3], ak.ParseFailure) and "outside the root" in out[3].error
    assert isinstance(out[4], ak.ParseFailure) and "absolute" in out[4].error
    assert isinstance(out[5], ak.ParseFailure) and "JSON object" in out[5].error


def test_dataframe_partitions(client: Any, tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    texts = _corpus()[:12]
    frame = pd.DataFrame(
        {"body": [*texts, None, "\x00bad"], "file": [None] * 12 + [str(tmp_path / "x.txt"), None]},
        index=range(100, 114),
    )
    (tmp_path / "x.txt").write_text("From path\n\nBody.\n", encoding="utf-8")
    ddf = dd.from_pandas(frame, npartitions=3)
    out = parse_dataframe(ddf, text_column="body", path_column="file").compute()
    assert list(out.index) == list(range(100, 114))
    expected = [a.model_dump_json() for a in ak.parse_many(texts)]  # type: ignore[union-attr]
    assert list(out.article[:12]) == expected
    assert json.loads(out.article.iloc[12])["title"] == "From path"
    assert out.article.iloc[13] is None and "NUL" in out.error.iloc[13]
    assert out.error[:13].isna().all()


def test_frame_partition_is_a_plain_function(tmp_path: Path) -> None:
    """What Spark mapInPandas / Ray map_batches would call: no Dask involved."""
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame(
        {"text": ["T\n\nBody.\n", "# Heading\n\nText.\n"], "format": ["text", "markdown"]}
    )
    out = parse_frame_partition(frame)
    arts = [ak.Article.model_validate_json(x) for x in out.article]
    assert [a.source_format for a in arts] == ["text", "markdown"]
    with pytest.raises(ValueError, match="no column"):
        parse_frame_partition(frame, text_column="body")
