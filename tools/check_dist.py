"""Check what the built distributions carry: ``python tools/check_dist.py DIST_DIR``.

The wheel must hold the package with ``py.typed``, the tagging data files and the licence,
at the version of ``src/articlekit/_version.py``, and nothing from ``tests/``,
``benchmarks/``, ``docs/`` or ``tools/``; the sdist must hold what its tests and docs need.
Exit 0 when all holds, 1 with one line per problem otherwise.
"""

from __future__ import annotations

import re
import sys
import tarfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN_IN_WHEEL = ("tests/", "benchmarks/", "docs/", "tools/", "examples/", "schema/")


def project_version() -> str:
    text = (ROOT / "src" / "articlekit" / "_version.py").read_text(encoding="utf-8")
    match = re.search(r"__version__\s*=\s*[\"']([^\"']+)[\"']", text)
    if not match:
        raise SystemExit("src/articlekit/_version.py: no __version__")
    return match.group(1)


def check_wheel_names(names: list[str], version: str) -> list[str]:
    """Problems with a wheel whose members are ``names`` (empty when it is fine).

    Example:
        >>> check_wheel_names(["articlekit/__init__.py", "tests/test_x.py"], "0.1.0")[0]
        'wheel: no articlekit/py.typed'
    """
    problems: list[str] = []
    required = ["articlekit/__init__.py", "articlekit/py.typed", "articlekit/_version.py"]
    problems += [f"wheel: no {name}" for name in required if name not in names]
    if not any(n.startswith("articlekit/tagging/data/") for n in names):
        problems.append("wheel: no articlekit/tagging/data/ (stopwords, lexicon)")
    dist_info = f"articlekit-{version}.dist-info/"
    if not any(n.startswith(dist_info) for n in names):
        problems.append(f"wheel: no {dist_info} (version mismatch?)")
    if not any(n.startswith(dist_info) and n.endswith("/LICENSE") for n in names):
        problems.append(f"wheel: no licence file in {dist_info}")
    for name in names:
        if name.startswith(FORBIDDEN_IN_WHEEL) or "/tests/" in name or "__pycache__" in name:
            problems.append(f"wheel: should not contain {name}")
        elif not (name.startswith(("articlekit/", dist_info))):
            problems.append(f"wheel: unexpected top-level file {name}")
    return problems


def check_sdist_names(names: list[str], version: str) -> list[str]:
    """Problems with an sdist whose members are ``names`` (empty when it is fine).

    Example:
        >>> check_sdist_names(["articlekit-0.1.0/pyproject.toml"], "0.1.0")[0]
        'sdist: no articlekit-0.1.0/LICENSE'
    """
    top = f"articlekit-{version}/"
    required = [
        "LICENSE",
        "README.md",
        "CHANGELOG.md",
        "pyproject.toml",
        "mkdocs.yml",
        "src/articlekit/__init__.py",
        "src/articlekit/py.typed",
        "examples/forum-article.txt",
        "schema/article.schema.json",
        "tests/snapshots/public_api.json",
        "docs/index.md",
        "tools/docs_hooks.py",
    ]
    problems = [f"sdist: no {top}{name}" for name in required if top + name not in names]
    for name in names:
        if not name.startswith(top):
            problems.append(f"sdist: member outside {top}: {name}")
        elif any(part in name for part in ("/.venv", "/.ci-venv", "__pycache__", "/.git/")):
            problems.append(f"sdist: should not contain {name}")
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    dist = Path(argv[0])
    version = project_version()
    wheels = sorted(dist.glob("articlekit-*.whl"))
    sdists = sorted(dist.glob("articlekit-*.tar.gz"))
    problems: list[str] = []
    if len(wheels) != 1 or len(sdists) != 1:
        problems.append(f"{dist}: expected one wheel and one sdist, found {wheels + sdists}")
    for wheel in wheels:
        if f"articlekit-{version}-" not in wheel.name:
            problems.append(f"{wheel.name}: not version {version}")
        with zipfile.ZipFile(wheel) as zf:
            problems += check_wheel_names(zf.namelist(), version)
    for sdist in sdists:
        with tarfile.open(sdist) as tf:
            problems += check_sdist_names([m.name for m in tf.getmembers()], version)
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        for path in wheels + sdists:
            print(f"ok: {path.name} ({path.stat().st_size // 1024} KiB)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
