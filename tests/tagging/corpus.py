"""A small synthetic tagged corpus with learnable tags (no external data)."""

from __future__ import annotations

import random

import articlekit as ak

TOPICS: dict[str, list[str]] = {
    "oil": ["crude", "barrel", "opec", "refinery", "petroleum", "drilling", "pipeline"],
    "gold": ["bullion", "ounce", "mine", "gold", "precious", "vault", "karat"],
    "tech": ["software", "chip", "startup", "cloud", "silicon", "algorithm", "server"],
    "sport": ["football", "goal", "league", "coach", "stadium", "match", "tournament"],
}
FILLER = ["the", "report", "said", "on", "monday", "analysts", "expect", "more", "news", "today"]


def make_texts(n: int = 48, seed: int = 0) -> tuple[list[str], list[list[str]]]:
    """``n`` short texts, each with one or two topic tags."""
    rng = random.Random(seed)
    names = sorted(TOPICS)
    texts, labels = [], []
    for i in range(n):
        tags = [names[i % len(names)]]
        if i % 5 == 0:
            tags.append(names[(i + 1) % len(names)])
        words = [w for t in tags for w in rng.sample(TOPICS[t], 4)] + rng.sample(FILLER, 5)
        rng.shuffle(words)
        texts.append(" ".join(words))
        labels.append(sorted(tags))
    return texts, labels


def make_articles(n: int = 48, seed: int = 0) -> list[ak.Article]:
    """Articles with a title, one section and the tags in ``.tags``."""
    texts, labels = make_texts(n, seed)
    return [
        ak.Article(
            title=" ".join(text.split()[:3]).title(),
            sections=[ak.Section(heading="News", blocks=[ak.Paragraph(text=text)])],
            tags=tags,
        )
        for text, tags in zip(texts, labels, strict=True)
    ]


def article_file_text(text: str, tags: list[str]) -> str:
    """A plain-text article file the parser reads back with its tags."""
    title = " ".join(text.split()[:3]).title()
    return f"{title}\n\n{text}.\n\nTags: {', '.join(tags)}\n"
