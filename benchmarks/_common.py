"""Shared helpers of the benchmarks: corpus discovery, machine description, generated prose."""

from __future__ import annotations

import os
import platform
import random
import sys
from pathlib import Path

CORPORA = ("ropensci_blog", "ropensci_seo")
HERE = Path(__file__).resolve().parent
DEFAULT_SHARED = HERE.parent.parent / "shared"


def corpus_files(shared: Path) -> list[Path] | None:
    """The corpus ``.txt`` files (sorted), or None when ``shared`` has no corpora."""
    files: list[Path] = []
    for name in CORPORA:
        folder = shared / "corpora" / name
        if not folder.is_dir():
            return None
        files.extend(sorted(folder.glob("*.txt")))
    return files or None


def missing_corpus(shared: Path) -> None:
    """Say that the corpus is not there and exit 0 (benchmarks are not tests)."""
    print(
        f"corpus not found under {shared}/corpora ({', '.join(CORPORA)}); "
        "pass --shared PATH to the shared folder. Nothing measured."
    )
    sys.exit(0)


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def machine() -> str:
    return (
        f"Python {platform.python_version()} on {platform.system()} {platform.machine()}, "
        f"{cpu_model()}, {os.cpu_count()} logical CPUs"
    )


_SYLLABLES = [
    "ba",
    "be",
    "bi",
    "bo",
    "da",
    "de",
    "di",
    "do",
    "ka",
    "ke",
    "ki",
    "ko",
    "la",
    "le",
    "li",
    "lo",
    "ma",
    "me",
    "mi",
    "mo",
    "na",
    "ne",
    "ni",
    "no",
    "pa",
    "pe",
    "pi",
    "po",
    "ra",
    "re",
    "ri",
    "ro",
    "sa",
    "se",
    "si",
    "so",
    "ta",
    "te",
    "ti",
    "to",
    "va",
    "ve",
    "vi",
    "vo",
    "an",
    "en",
    "in",
    "on",
    "ar",
    "er",
    "ir",
    "or",
    "al",
    "el",
    "il",
    "ol",
    "st",
    "tr",
]
_COMMON = [
    "the",
    "of",
    "and",
    "to",
    "in",
    "is",
    "that",
    "for",
    "it",
    "as",
    "with",
    "was",
    "on",
    "be",
    "by",
    "this",
    "are",
    "from",
    "or",
    "have",
    "an",
    "they",
    "which",
    "one",
    "you",
    "were",
    "all",
    "we",
    "when",
    "there",
    "can",
    "more",
    "data",
    "package",
    "research",
    "code",
    "open",
    "science",
    "analysis",
    "results",
    "software",
    "users",
    "community",
    "tools",
    "workflow",
    "review",
    "species",
    "model",
]


def _vocabulary(rng: random.Random, size: int = 20_000) -> list[str]:
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


class ProseGenerator:
    """Corpus-like articles: headings, paragraphs of sentences, bulleted and numbered lists,
    a link now and then. Deterministic for a seed; paragraphs do not repeat (no near
    duplicates to trip the duplicate detector)."""

    def __init__(self, seed: int = 0) -> None:
        self.rng = random.Random(seed)
        self.vocab = _vocabulary(self.rng)

    def word(self) -> str:
        if self.rng.random() < 0.45:
            return self.rng.choice(_COMMON)
        return self.rng.choice(self.vocab)

    def sentence(self) -> str:
        words = [self.word() for _ in range(self.rng.randint(8, 22))]
        if self.rng.random() < 0.05:
            words.insert(self.rng.randint(1, len(words)), f"(https://example.org/{self.word()})")
        s = " ".join(words)
        return s[0].upper() + s[1:] + self.rng.choice("....?!")

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(2, 6)))

    def heading(self) -> str:
        return " ".join(self.word().capitalize() for _ in range(self.rng.randint(2, 5)))

    def section(self) -> str:
        parts = [self.heading()]
        for _ in range(self.rng.randint(2, 5)):
            parts.append(self.paragraph())
        if self.rng.random() < 0.4:
            ordered = self.rng.random() < 0.3
            items = [
                (f"{i + 1}. " if ordered else "- ") + self.sentence()
                for i in range(self.rng.randint(3, 7))
            ]
            parts.append("\n".join(items))
            parts.append(self.paragraph())
        return "\n\n".join(parts)

    def text(self, size: int) -> str:
        """About ``size`` characters (cut at a line end) of article-like prose."""
        chunks = [self.heading()]
        total = len(chunks[0])
        while total < size:
            chunk = self.section()
            chunks.append(chunk)
            total += len(chunk) + 2
        out = "\n\n".join(chunks)[:size]
        cut = out.rfind("\n")
        return (out[:cut] if cut > size // 2 else out) + "\n"
