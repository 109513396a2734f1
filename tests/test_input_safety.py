"""Paths from users and from JSONL records are only ever read, and only when they name a
regular file of bounded size: devices, FIFOs, sockets, link loops, dangling links, huge and
growing files are refused with an InputError (or a ParseFailure) that says what and why,
promptly, without hanging or reading without end."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import articlekit as ak
from articlekit.cli import Progress, main
from articlekit.corpus import BadRecord

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX special files")


def finishes(func: Callable[[], Any], seconds: float = 10.0) -> Any:
    """Run ``func`` in a thread; fail (instead of hanging the suite) if it blocks."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = func()
        except BaseException as exc:
            box["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still running after {seconds} s: it blocked"
    if "error" in box:
        raise box["error"]
    return box.get("value")


# --------------------------------------------------------------------------- parse_file


@posix_only
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null", "/dev/urandom"])
def test_device_files_are_refused(device: str) -> None:
    if not os.path.exists(device):
        pytest.skip(f"no {device}")
    with pytest.raises(ak.InputError, match="not a regular file \\(a character device\\)"):
        finishes(lambda: ak.parse_file(device))


@posix_only
def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(ak.InputError, match="FIFO") as info:
        finishes(lambda: ak.parse_file(fifo))
    assert str(fifo) in str(info.value)


@posix_only
def test_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    if len(str(path)) > 100:
        pytest.skip("socket path too long for AF_UNIX")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(path))
        with pytest.raises(ak.InputError, match="socket"):
            finishes(lambda: ak.parse_file(path))


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ak.InputError, match="not a regular file \\(a directory\\)"):
        ak.parse_file(tmp_path)


@posix_only
def test_symlink_loop_and_dangling_link(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    with pytest.raises(ak.InputError, match="link loop"):
        finishes(lambda: ak.parse_file(tmp_path / "a.txt"))
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    with pytest.raises(ak.InputError, match="dangling symbolic link"):
        ak.parse_file(tmp_path / "dangling.txt")


@posix_only
def test_symlink_to_a_regular_file_is_read_but_not_to_a_device(tmp_path: Path) -> None:
    (tmp_path / "real.txt").write_text("Linked\n\nBody.\n", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "real.txt")
    assert ak.parse_file(tmp_path / "link.txt").title == "Linked"
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    with pytest.raises(ak.InputError, match="character device"):
        finishes(lambda: ak.parse_file(tmp_path / "zero.txt"))


def test_huge_sparse_file_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:  # 8 GB that take no disk space
        handle.truncate(8 * 1024**3)
    with pytest.raises(ak.InputError, match=r"8,589,934,592 bytes.*max_chars"):
        finishes(lambda: ak.parse_file(big), seconds=5)


@posix_only
def test_file_that_reports_a_small_size_is_still_bounded() -> None:
    """/proc files report size 0: the read itself stops one byte past the limit."""
    path = Path("/proc/self/status")
    if not path.exists():
        pytest.skip("no /proc")
    assert ak.parse_file(path, format="text").sections  # within the limit: read
    with pytest.raises(ak.InputError, match="more than 400 bytes"):
        ak.parse_file(path, options=ak.ParseOptions(max_chars=100))


def test_path_with_nul_is_an_input_error() -> None:
    with pytest.raises(ak.InputError, match="not a valid path"):
        ak.parse_file("bad\x00name.txt")


@posix_only
def test_unreadable_file(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads everything")
    path = tmp_path / "secret.txt"
    path.write_text("x", encoding="utf-8")
    path.chmod(0)
    with pytest.raises(ak.InputError, match="permission denied"):
        ak.parse_file(path)


# --------------------------------------------------------------------------- expand_paths


@posix_only
def test_expand_paths_terminates_on_link_loops(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "x.txt").write_text("X\n\nText.\n", encoding="utf-8")
    (tmp_path / "a" / "up").symlink_to(tmp_path)  # folder loops
    (tmp_path / "a" / "b" / "self").symlink_to(tmp_path / "a" / "b")
    (tmp_path / "a" / ".hidden.txt").write_text("hidden", encoding="utf-8")
    walked = finishes(lambda: list(ak.expand_paths([tmp_path])))
    assert walked == [tmp_path / "a" / ".hidden.txt", tmp_path / "a" / "b" / "x.txt"]
    globbed = finishes(lambda: list(ak.expand_paths([str(tmp_path / "**" / "*.txt")])))
    assert globbed == [tmp_path / "a" / "b" / "x.txt"]  # hidden names skipped, like glob
    everything = finishes(lambda: list(ak.expand_paths([str(tmp_path / "**")])))
    assert everything == [tmp_path / "a" / "b" / "x.txt"]
    relative = tmp_path / "a"
    cwd = os.getcwd()
    try:
        os.chdir(relative)
        assert finishes(lambda: list(ak.expand_paths(["b/*.txt"]))) == [Path("b/x.txt")]
    finally:
        os.chdir(cwd)


# --------------------------------------------------------------------------- records


def test_record_paths_stay_inside_root(tmp_path: Path) -> None:
    root = tmp_path / "root"
    (root / "docs").mkdir(parents=True)
    (root / "docs" / "ok.txt").write_text("Inside\n\nBody.\n", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("Secret\n\nBody.\n", encoding="utf-8")
    assert ak.parse_record({"path": "docs/ok.txt"}, root=root).title == "Inside"
    with pytest.raises(ak.InputError, match="outside the root"):
        ak.parse_record({"path": "../secret.txt"}, root=root)
    with pytest.raises(ak.InputError, match="absolute"):
        ak.parse_record({"path": str(tmp_path / "secret.txt")}, root=root)
    if os.name == "posix":
        (root / "docs" / "escape.txt").symlink_to(tmp_path / "secret.txt")
        with pytest.raises(ak.InputError, match="outside the root"):
            ak.parse_record({"path": "docs/escape.txt"}, root=root)
    # without a root, a path is read as given (it is still only ever read)
    assert ak.parse_record({"path": str(tmp_path / "secret.txt")}).title == "Secret"


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"id": 1}, "neither 'text' nor 'path'"),
        ({"text": 42}, "'text' must be a string"),
        ({"path": ["a"]}, "'path' must be a string"),
        ({"text": "x", "format": "pdf"}, "unknown format"),
        ({"path": "a\x00b"}, "not a valid path"),
        ([1, 2], "must be a JSON object"),
    ],
)
def test_bad_records(record: Any, message: str) -> None:
    with pytest.raises(ak.InputError, match=message):
        ak.parse_record(record)


@posix_only
def test_parse_many_reports_every_kind_of_bad_path(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    good = tmp_path / "good.txt"
    good.write_text("Good\n\nBody.\n", encoding="utf-8")
    sources: list[Any] = [
        Path("/dev/zero"),
        fifo,
        tmp_path / "loop.txt",
        tmp_path,
        {"id": "rec", "path": "/dev/zero"},
        good,
    ]
    out = finishes(lambda: list(ak.parse_many(sources, errors="collect", jobs=1)))
    assert isinstance(out[-1], ak.Article) and out[-1].title == "Good"
    errors = [f.error for f in out[:-1]]
    assert all(isinstance(f, ak.ParseFailure) for f in out[:-1])
    assert "character device" in errors[0] and "FIFO" in errors[1]
    assert "link loop" in errors[2] and "directory" in errors[3]
    assert out[4].source == "record rec" and "character device" in errors[4]
    parallel = finishes(lambda: list(ak.parse_many(sources, errors="collect", jobs=2)), 60)
    assert [str(x) for x in parallel] == [str(x) for x in out]


def test_read_jsonl_bad_lines_and_bounded_long_lines(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    long_text = "x" * 5_000
    path.write_bytes(
        b'{"id": 1, "text": "A\\n\\nB."}\n'
        + b"\n"
        + b"not json\n"
        + json.dumps({"text": long_text}).encode()
        + b"\n"
        + b'"a string"\n'
        + b'{"text": "caf\xe9"}\n'
        + b"[" * 100_000
        + b"\n"
        + b'{"id": 2, "path": "x.txt"}'  # no final newline
    )
    records = list(ak.read_jsonl(path, max_line_bytes=1_000))
    assert len(records) == 7
    assert records[0] == {"id": 1, "text": "A\n\nB."} and records[6] == {"id": 2, "path": "x.txt"}
    bad = [r for r in records if isinstance(r, BadRecord)]
    assert [b.where for b in bad] == [f"{path}:{n}" for n in (3, 4, 5, 6, 7)]
    assert "not valid JSON" in bad[0].error
    assert "longer than 1,000 bytes" in bad[1].error
    assert "JSON object, not str" in bad[2].error
    assert "not UTF-8" in bad[3].error
    assert "line longer" in bad[4].error
    deep = list(ak.read_jsonl(path))[5]  # within the default limit: too deep, still reported
    assert isinstance(deep, BadRecord) and "not valid JSON" in deep.error
    out = list(ak.parse_many(records, errors="collect"))
    assert [type(x).__name__ for x in out][:2] == ["Article", "ParseFailure"]
    assert out[1].source == f"{path}:3"


@posix_only
def test_read_jsonl_refuses_special_files(tmp_path: Path) -> None:
    fifo = tmp_path / "in.jsonl"
    os.mkfifo(fifo)
    with pytest.raises(ak.InputError, match="FIFO"):
        finishes(lambda: list(ak.read_jsonl(fifo)))
    with pytest.raises(ak.InputError, match="character device"):
        list(ak.read_jsonl("/dev/zero"))


def test_parse_partition_outputs() -> None:
    items: list[Any] = ["One\n\nText.\n", b"\x00", {"id": 9}]
    arts = ak.parse_partition(items)
    assert isinstance(arts[0], ak.Article) and isinstance(arts[1], ak.ParseFailure)
    as_json = ak.parse_partition(items, output="json")
    assert as_json[0] == arts[0].model_dump_json()
    assert json.loads(as_json[2]) == {"index": 2, "source": "record 9", "error": arts[2].error}
    assert ak.parse_partition(items, output="dict", errors="skip") == [
        arts[0].model_dump(mode="json")
    ]
    with pytest.raises(ValueError, match="output"):
        ak.parse_partition(items, output="xml")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- CLI


@posix_only
def test_cli_reports_special_paths_and_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    good = tmp_path / "good.txt"
    good.write_text("Good\n\nBody.\n", encoding="utf-8")
    args = ["parse", "/dev/zero", str(fifo), str(tmp_path / "loop.txt"), str(good)]
    assert finishes(lambda: main([*args, "--to", "jsonl"])) == 1
    captured = capsys.readouterr()
    assert [json.loads(x)["title"] for x in captured.out.splitlines()] == ["Good"]
    err = captured.err.splitlines()
    assert len(err) == 3
    assert err[0].startswith("articlekit: /dev/zero: not a regular file (a character device)")
    assert str(fifo) in err[1] and "FIFO" in err[1]
    assert "link loop" in err[2]


def test_cli_records_with_root_and_jobs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("From path\n\nBody.\n", encoding="utf-8")
    (tmp_path / "outside.txt").write_text("Outside\n\nBody.\n", encoding="utf-8")
    records = tmp_path / "in.jsonl"
    records.write_text(
        "\n".join(
            [
                json.dumps({"id": "t", "text": "From text\n\nBody.\n"}),
                json.dumps({"id": "p", "path": "a.txt"}),
                json.dumps({"id": "x", "path": "../outside.txt"}),
                "{broken",
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    argv = ["parse", "--records", str(records), "--root", str(tmp_path / "docs")]
    assert main([*argv, "--jobs", "2", "--out", str(out)]) == 1
    assert [json.loads(x)["title"] for x in out.read_text().splitlines()] == [
        "From text",
        "From path",
    ]
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"articlekit: {records}:3: ") and "outside the root" in err[0]
    assert err[1].startswith(f"articlekit: {records}:4: not valid JSON")


def test_cli_stdin_is_bounded() -> None:
    code = (
        "import sys, articlekit.cli as c; "
        "c._STDIN_OPTIONS = c.ParseOptions(max_chars=10); "
        "sys.exit(c.main(['parse', '-']))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], input=b"x" * 100, capture_output=True, check=False
    )
    assert proc.returncode == 1
    assert b"<stdin>: more than 40 bytes" in proc.stderr


def test_cli_rejects_zero_jobs(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--jobs", "0", "x.txt"]) == 2
    assert "--jobs" in capsys.readouterr().err


def test_progress_line_has_rate_and_eta() -> None:
    class Tty:
        def __init__(self) -> None:
            self.text = ""

        def isatty(self) -> bool:
            return True

        def write(self, s: str) -> None:
            self.text += s

        def flush(self) -> None:
            pass

    stream = Tty()
    progress = Progress("parsed", 10, stream=stream)  # type: ignore[arg-type]
    progress.start -= 2.0  # as if two seconds had passed
    for i in range(5):
        progress.step(failed=i == 0)
    line = progress.line()
    assert line.startswith("parsed 5/10  ") and "docs/s" in line and "ETA 2s" in line
    assert "1 failed" in line
    progress.close()
    assert stream.text.endswith("\n")
    quiet = Progress("parsed", 10, stream=stream, quiet=True)  # type: ignore[arg-type]
    assert not quiet.active


class Boom(os.PathLike):  # type: ignore[type-arg]
    """A path that fails in a way no parser policy covers (a bug, not bad input)."""

    def __fspath__(self) -> str:
        raise RuntimeError("boom")


def test_parse_many_batches_keep_order_and_raise_bugs_in_place() -> None:
    sources: list[Any] = [f"T{i}\n\nBody.\n" for i in range(10)]
    sources[5] = b"\x00"
    out = list(ak.parse_many(sources, jobs=2, chunk=12, errors="collect"))  # batches of 3
    assert [getattr(x, "title", None) for x in out] == [
        *(f"T{i}" for i in range(5)),
        None,
        *(f"T{i}" for i in range(6, 10)),
    ]
    assert isinstance(out[5], ak.ParseFailure) and out[5].index == 5
    sources[5] = Boom()
    results = ak.parse_many(sources, jobs=2, chunk=12, errors="collect")
    assert [next(results).title for _ in range(5)] == [f"T{i}" for i in range(5)]  # type: ignore[union-attr]
    with pytest.raises(RuntimeError, match="boom"):
        next(results)


class Unpicklable(os.PathLike):  # type: ignore[type-arg]
    """A path whose failure carries something no pickle can hold back to the caller."""

    def __fspath__(self) -> str:
        exc = RuntimeError("odd path")
        exc.hook = lambda: None  # type: ignore[attr-defined]
        raise exc


def test_parse_many_reports_an_exception_that_cannot_be_pickled() -> None:
    sources: list[Any] = ["T0\n\nBody.\n", Unpicklable(), "T2\n\nBody.\n"]
    results = ak.parse_many(sources, jobs=2, chunk=12)
    assert next(results).title == "T0"  # type: ignore[union-attr]
    with pytest.raises(RuntimeError, match="RuntimeError: odd path"):
        next(results)


@pytest.mark.parametrize("jobs", [1, 2])
def test_parse_many_json_and_dict_outputs(jobs: int) -> None:
    sources: list[Any] = [f"T{i}\n\nBody {i}.\n" for i in range(6)] + [b"\x00"]
    arts = list(ak.parse_many(sources[:6]))
    as_json = list(ak.parse_many(sources, jobs=jobs, chunk=4, errors="collect", output="json"))
    assert as_json[:6] == [a.model_dump_json() for a in arts]  # type: ignore[union-attr]
    assert isinstance(as_json[6], ak.ParseFailure)
    as_dict = list(ak.parse_many(sources[:6], jobs=jobs, output="dict"))
    assert as_dict == [a.model_dump(mode="json") for a in arts]  # type: ignore[union-attr]
    with pytest.raises(ValueError, match="output"):
        list(ak.parse_many(sources, output="xml"))  # type: ignore[call-overload]


@posix_only
def test_tagging_cli_refuses_a_fifo_named_as_jsonl(tmp_path: Path) -> None:
    from articlekit.tagging._cli_common import _iter_jsonl

    fifo = tmp_path / "articles.jsonl"
    os.mkfifo(fifo)
    with pytest.raises(ak.InputError, match="FIFO"):
        finishes(lambda: list(_iter_jsonl(fifo)))
