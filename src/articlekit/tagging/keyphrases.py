"""Keyphrases: good keywords without training, better ones with it.

Three public names:

* :func:`extract_keywords` — unsupervised keyphrases of one article or text.
* :class:`KeywordExtractor` — the same extractor as a scikit-learn style estimator; ``fit``
  on a corpus (no labels) keeps document frequencies, which sharpen the scores.
* :class:`KeyphraseModel` — trainable in the spirit of KEA: it learns from documents whose
  keyphrases are known which candidates are keyphrases.

Candidates approximate noun phrases without any tagger model: runs of words bounded by
stopwords and punctuation, refined by a small part-of-speech lexicon and word-shape rules
(adverbs in ``-ly`` and frequent verbs break a phrase, adjectives do not end one). Stopwords
and the lexicon are data files under ``articlekit/tagging/data`` selected by ``language``.
Candidates are grouped by the stems of their words, so "model" and "models" are one
candidate, shown in the surface form the article uses most.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

import numpy as np
import regex
from pydantic import BaseModel, ConfigDict
from sklearn.base import BaseEstimator

from articlekit.errors import InputError
from articlekit.model import Article, Block, ListItem, Span

__all__ = [
    "Keyword",
    "KeywordExtractor",
    "extract_keywords",
    "supported_languages",
]

Doc = Article | str
"""What the extractors accept: a parsed :class:`~articlekit.Article` or plain text."""

_MODEL_KIND = "keyphrase_model"
_MODEL_VERSION = 1


class Keyword(BaseModel):
    """One keyphrase of a document.

    Attributes:
        phrase: the phrase in the article's own surface form (its most frequent spelling).
        score: higher is better; comparable within one document only.
        count: how often the phrase (any inflection of it) occurs.
        first_span: character offsets of its first occurrence in the text given (for an
            Article, in the parsed source when the block's span allows it), or None.

    Example:
        >>> from articlekit.tagging import Keyword
        >>> kw = Keyword(phrase="neural networks", score=1.5, count=3)
        >>> kw.phrase, kw.first_span is None
        ('neural networks', True)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    phrase: str
    score: float
    count: int
    first_span: Span | None = None


# --------------------------------------------------------------------------- language data


@dataclass(frozen=True)
class _LanguageData:
    stopwords: frozenset[str]
    lexicon: dict[str, str]


def supported_languages() -> list[str]:
    """The languages with stopword data shipped in the package.

    Example:
        >>> from articlekit.tagging.keyphrases import supported_languages
        >>> "en" in supported_languages()
        True
    """
    root = resources.files("articlekit.tagging") / "data"
    names = [p.name for p in root.iterdir() if p.name.startswith("stopwords_")]
    return sorted(n[len("stopwords_") : -len(".txt")] for n in names if n.endswith(".txt"))


@lru_cache(maxsize=8)
def _language_data(language: str) -> _LanguageData:
    if language not in supported_languages():
        raise InputError(
            f"keyphrase extraction does not support language {language!r} "
            f"(supported: {', '.join(supported_languages())}); add "
            f"articlekit/tagging/data/stopwords_{language}.txt to support it"
        )
    root = resources.files("articlekit.tagging") / "data"
    stop_text = (root / f"stopwords_{language}.txt").read_text(encoding="utf-8")
    stopwords = frozenset(
        line.strip().lower()
        for line in stop_text.splitlines()
        if line.strip() and not line.startswith("#")
    )
    lexicon: dict[str, str] = {}
    lex = root / f"lexicon_{language}.tsv"
    if lex.is_file():
        for line in lex.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            word, _, tag = line.partition("\t")
            lexicon[word.strip().lower()] = tag.strip() or "V"
    return _LanguageData(stopwords, lexicon)


# --------------------------------------------------------------------------- stemming


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    """A light English stemmer (plurals, -ing, -ed, a few derivational suffixes)."""
    w = word.lower()
    if len(w) <= 3 or not w.isalpha():
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith(("sses", "ches", "shes", "xes", "zes")):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is", "ys")):
        w = w[:-1]
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            base = w[: -len(suffix)]
            if not any(c in "aeiouy" for c in base):
                break
            if len(base) > 2 and base[-1] == base[-2] and base[-1] not in "lsz":
                base = base[:-1]
            w = base
            break
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    return w


# --------------------------------------------------------------------------- tokens

_WORD_RE = regex.compile(r"[\p{L}\p{N}]+(?:[-\u2010\u2011][\p{L}\p{N}]+)*")
_SPACE_GAP_RE = regex.compile(r"[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?")
_ADJ_SUFFIXES = ("al", "ive", "ous", "ful", "able", "ible", "less", "ic", "ary", "ish")


@dataclass
class _Segment:
    text: str
    kind: Literal["title", "heading", "body"]
    base: int | None  # offset of text[0] in the source, when known


@dataclass
class _Cand:
    key: tuple[str, ...]
    count: int = 0
    first: int = 0
    last: int = 0
    first_span: Span | None = None
    first_seen: bool = False
    surfaces: dict[str, int] = field(default_factory=dict)
    in_title: bool = False
    in_heading: bool = False
    capitalised: int = 0
    maximal: int = 0  # occurrences as a whole run (not inside a longer candidate)


@dataclass
class _Analysis:
    n_tokens: int
    lead_end: int
    cands: dict[tuple[str, ...], _Cand]
    word_count: dict[str, int]
    word_score: dict[str, float]
    stop_ratio: float


def _segments(doc: Doc) -> list[_Segment]:
    if isinstance(doc, str):
        return [_Segment(doc, "body", 0)]
    if not isinstance(doc, Article):
        raise InputError(f"expected an Article or a str, got {type(doc).__name__}")
    segs: list[_Segment] = []
    if doc.title:
        segs.append(_Segment(doc.title, "title", _base(doc.title, doc.title_span)))
    for section in doc.iter_sections():
        if section.heading:
            segs.append(
                _Segment(section.heading, "heading", _base(section.heading, section.heading_span))
            )
        for block in section.blocks:
            _block_segments(block, segs)
    return segs


def _base(text: str, span: Span | None) -> int | None:
    if span is not None and span.end - span.start == len(text):
        return span.start
    return None


def _block_segments(block: Block, segs: list[_Segment]) -> None:
    if block.kind == "paragraph":
        segs.append(_Segment(block.text, "body", _base(block.text, block.span)))
    elif block.kind == "list":
        if block.lead_in:
            segs.append(_Segment(block.lead_in, "body", None))
        _item_segments(block.items, segs)
    elif block.kind == "table":
        for row in block.rows:
            segs.append(_Segment(" | ".join(row), "body", None))
    elif block.kind == "quote":
        for inner in block.blocks:
            _block_segments(inner, segs)
    # code blocks are not prose: skipped


def _item_segments(items: Sequence[ListItem], segs: list[_Segment]) -> None:
    for item in items:
        segs.append(_Segment(item.text, "body", _base(item.text, item.span)))
        _item_segments(item.children, segs)


def _word_class(low: str, lang: _LanguageData) -> str:
    """ "S" stop/break, "A" adjective-like (cannot end a phrase), "N" otherwise."""
    if low in lang.stopwords:
        return "S"
    tag = lang.lexicon.get(low)
    if tag is not None:
        return "S" if tag == "V" else tag
    if len(low) < 2 or low.isdigit():
        return "S"
    if low.endswith("ly") and len(low) > 4:
        return "S"
    if (low.endswith(_ADJ_SUFFIXES) and len(low) > 5) or (low.endswith("ed") and len(low) > 4):
        return "A"
    return "N"


def _analyse(doc: Doc, lang: _LanguageData, max_words: int, window: int = 10) -> _Analysis:
    segs = _segments(doc)
    cands: dict[tuple[str, ...], _Cand] = {}
    word_count: dict[str, int] = {}
    word_pos: dict[str, float] = {}
    content_seq: list[str] = []
    pos = 0
    n_stop = 0
    n_tok = 0
    lead_end = 0
    classes: dict[str, str] = {}
    for seg_index, seg in enumerate(segs):
        text = seg.text
        run: list[tuple[str, str, str, int, int]] = []  # (surface, stem, class, start, end)
        prev_end = -1

        def flush(run: list[tuple[str, str, str, int, int]], seg: _Segment, start_pos: int) -> None:
            # trim words that cannot end a phrase
            while run and run[-1][2] == "A":
                run.pop()
            n = len(run)
            for i in range(n):
                for j in range(i + 1, min(n, i + max_words) + 1):
                    last_cls = run[j - 1][2]
                    if last_cls == "A":
                        continue
                    key = tuple(r[1] for r in run[i:j])
                    c = cands.get(key)
                    if c is None:
                        c = cands[key] = _Cand(key, first=start_pos + i)
                    c.count += 1
                    if i == 0 and j == n:
                        c.maximal += 1
                    c.last = start_pos + i
                    surface = seg.text[run[i][3] : run[j - 1][4]]
                    surface = " ".join(surface.split())
                    c.surfaces[surface] = c.surfaces.get(surface, 0) + 1
                    if not c.first_seen:
                        c.first_seen = True
                        if seg.base is not None:
                            c.first_span = Span(
                                start=seg.base + run[i][3], end=seg.base + run[j - 1][4]
                            )
                    if seg.kind == "title":
                        c.in_title = True
                    elif seg.kind == "heading":
                        c.in_heading = True
                    if surface[:1].isupper():
                        c.capitalised += 1

        run_start = pos
        for m in _WORD_RE.finditer(text):
            surface = m.group()
            low = surface.lower()
            cls = classes.get(low)
            if cls is None:
                cls = classes[low] = _word_class(low, lang)
            n_tok += 1
            if prev_end >= 0 and not _SPACE_GAP_RE.fullmatch(text, prev_end, m.start()):
                flush(run, seg, run_start)
                run = []
            if cls == "S":
                n_stop += 1
                if run:
                    flush(run, seg, run_start)
                    run = []
            else:
                st = _stem(low)
                if not run:
                    run_start = pos
                run.append((surface, st, cls, m.start(), m.end()))
                word_count[st] = word_count.get(st, 0) + 1
                word_pos[st] = word_pos.get(st, 0.0) + 1.0 / (pos + 1)
                content_seq.append(st)
            prev_end = m.end()
            pos += 1
        if run:
            flush(run, seg, run_start)
        content_seq.append("")  # segment break for the co-occurrence window
        if seg.kind == "title" or seg_index == 0:
            lead_end = pos
    lead_end = max(lead_end, min(pos, 60))
    word_score = _position_rank(content_seq, word_pos, window)
    return _Analysis(
        n_tokens=max(pos, 1),
        lead_end=lead_end,
        cands=cands,
        word_count=word_count,
        word_score=word_score,
        stop_ratio=n_stop / n_tok if n_tok else 1.0,
    )


def _position_rank(seq: list[str], bias: dict[str, float], window: int) -> dict[str, float]:
    """PageRank on the word co-occurrence graph, biased towards early words."""
    if not bias:
        return {}
    vocab = {w: i for i, w in enumerate(bias)}
    ids = np.array([vocab.get(w, -1) for w in seq], dtype=np.int64)
    n = len(vocab)
    rows: list[np.ndarray[Any, Any]] = []
    cols: list[np.ndarray[Any, Any]] = []
    for off in range(1, window):
        if off >= len(ids):
            break
        a, b = ids[:-off], ids[off:]
        # a window never crosses a segment break (-1)
        breaks = np.cumsum(ids == -1)
        ok = (a >= 0) & (b >= 0) & (a != b) & (breaks[:-off] == breaks[off:])
        rows.append(a[ok])
        cols.append(b[ok])
    p = np.array([bias[w] for w in vocab], dtype=np.float64)
    p /= p.sum()
    if not rows or sum(len(r) for r in rows) == 0:
        return {w: float(p[i]) for w, i in vocab.items()}
    from scipy.sparse import coo_matrix

    r = np.concatenate(rows + cols)
    c = np.concatenate(cols + rows)
    mat = coo_matrix((np.ones(len(r)), (r, c)), shape=(n, n)).tocsr()
    out_w = np.asarray(mat.sum(axis=1)).ravel()
    out_w[out_w == 0] = 1.0
    s = p.copy()
    damping = 0.85
    for _ in range(40):
        new = (1 - damping) * p + damping * (mat.T @ (s / out_w))
        if np.abs(new - s).sum() < 1e-6:
            s = new
            break
        s = new
    return {w: float(s[i]) for w, i in vocab.items()}


def _surface(c: _Cand) -> str:
    best = max(c.surfaces.items(), key=lambda kv: kv[1])
    return best[0]


# --------------------------------------------------------------------------- unsupervised

_DEFAULTS: dict[str, Any] = {
    "title_weight": 1.0,
    "heading_weight": 0.5,
}


def _unsupervised_scores(
    an: _Analysis, idf: dict[str, float] | None
) -> dict[tuple[str, ...], float]:
    """Score whole noun-phrase runs: the sum of their words' graph scores (times IDF when
    fitted), times ``1 + log(count)``, boosted in the title and headings."""
    ws = an.word_score
    if idf is not None:
        default = idf[""]
        ws = {w: s * idf.get(w, default) for w, s in ws.items()}
    scores: dict[tuple[str, ...], float] = {}
    for key, c in an.cands.items():
        if not c.maximal:
            continue
        s = sum(ws.get(w, 0.0) for w in key) * (1.0 + math.log(c.count))
        if c.in_title:
            s *= 1.0 + _DEFAULTS["title_weight"]
        if c.in_heading:
            s *= 1.0 + _DEFAULTS["heading_weight"]
        scores[key] = s
    return scores


def _check_language(an: _Analysis, language: str) -> None:
    if an.n_tokens >= 30 and an.stop_ratio < 0.05:
        warnings.warn(
            f"the text does not look like {language!r} (almost no {language!r} stopwords); "
            f"keyphrases may be poor. Supported languages: {', '.join(supported_languages())}",
            UserWarning,
            stacklevel=3,
        )


def _select(an: _Analysis, scores: dict[tuple[str, ...], float], top_k: int) -> list[Keyword]:
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], an.cands[kv[0]].first, kv[0]))
    out: list[Keyword] = []
    seen: set[str] = set()
    for key, score in ranked:
        if len(out) >= top_k:
            break
        c = an.cands[key]
        phrase = _surface(c)
        norm = phrase.lower()
        if norm in seen:
            continue
        seen.add(norm)
        out.append(
            Keyword(
                phrase=phrase, score=round(float(score), 6), count=c.count, first_span=c.first_span
            )
        )
    return out


def extract_keywords(
    article_or_text: Doc, top_k: int = 10, *, language: str = "en"
) -> list[Keyword]:
    """Unsupervised keyphrases of one article or text, best first.

    Candidates are noun-phrase-like runs of words; they are scored from where their words
    first appear, how often and with which other words (a position-biased PageRank), and
    whether they occur in the title or a heading. No corpus and no training is needed;
    :class:`KeywordExtractor` adds corpus statistics.

    Args:
        article_or_text: a parsed :class:`~articlekit.Article` (title and headings count)
            or plain text.
        top_k: how many keyphrases to return at most.
        language: the language of the stopword list and lexicon (``"en"``).

    Returns:
        Up to ``top_k`` :class:`Keyword` objects, de-duplicated by stem.

    Raises:
        InputError: ``language`` is not supported, or the input is neither text nor an
            Article.

    Example:
        >>> from articlekit import extract_keywords
        >>> text = ("Solar panels convert sunlight. Cheap solar panels changed the "
        ...         "energy market, and solar panels now power homes.")
        >>> [k.phrase for k in extract_keywords(text, top_k=2)]
        ['Solar panels', 'energy market']
    """
    return KeywordExtractor(top_k=top_k, language=language).extract(article_or_text)


class KeywordExtractor(BaseEstimator):  # type: ignore[misc]
    """Unsupervised keyphrase extractor following scikit-learn's estimator conventions.

    Without ``fit`` it works on each document alone (like :func:`extract_keywords`);
    ``fit(documents)`` on a corpus keeps word document frequencies, which down-weight
    words common to every document of that corpus.

    Args:
        top_k: how many keyphrases ``extract``/``transform`` return per document.
        language: stopword list and lexicon to use (``"en"``).
        max_words: longest candidate phrase, in words.
        window: co-occurrence window of the word graph.
        use_idf: use the fitted document frequencies (when fitted).

    Example:
        >>> from articlekit.tagging import KeywordExtractor
        >>> corpus = ["Solar panels and wind farms.", "Wind farms at sea.", "Solar cells."]
        >>> ex = KeywordExtractor(top_k=1).fit(corpus)
        >>> ex.n_documents_
        3
        >>> [k.phrase for k in ex.extract("Wind farms feed the grid with wind farms.")]
        ['Wind farms']
    """

    def __init__(
        self,
        top_k: int = 10,
        language: str = "en",
        max_words: int = 4,
        window: int = 10,
        use_idf: bool = True,
    ) -> None:
        self.top_k = top_k
        self.language = language
        self.max_words = max_words
        self.window = window
        self.use_idf = use_idf

    def fit(self, X: Iterable[Doc], y: object = None) -> KeywordExtractor:
        """Count in how many documents of ``X`` each word occurs.

        Args:
            X: Articles or texts (no labels needed).
            y: ignored (scikit-learn convention).

        Returns:
            self
        """
        lang = _language_data(self.language)
        df: dict[str, int] = {}
        n = 0
        for doc in X:
            n += 1
            an = _analyse(doc, lang, 1, self.window)
            for w in an.word_count:
                df[w] = df.get(w, 0) + 1
        self.document_frequency_ = df
        self.n_documents_ = n
        return self

    def _idf(self) -> dict[str, float] | None:
        if not self.use_idf or not hasattr(self, "document_frequency_"):
            return None
        n = self.n_documents_
        idf = {w: math.log((n + 1) / (d + 1)) + 1.0 for w, d in self.document_frequency_.items()}
        idf[""] = math.log(n + 1) + 1.0
        return idf

    def extract(self, doc: Doc, top_k: int | None = None) -> list[Keyword]:
        """The keyphrases of one document, best first.

        Args:
            doc: an Article or a text.
            top_k: overrides ``self.top_k``.

        Returns:
            Up to ``top_k`` keywords.
        """
        lang = _language_data(self.language)
        an = _analyse(doc, lang, self.max_words, self.window)
        _check_language(an, self.language)
        scores = _unsupervised_scores(an, self._idf())
        return _select(an, scores, self.top_k if top_k is None else top_k)

    def transform(self, X: Iterable[Doc]) -> list[list[Keyword]]:
        """The keyphrases of each document of ``X``.

        Args:
            X: Articles or texts.

        Returns:
            One list of keywords per document.
        """
        return [self.extract(doc) for doc in X]

    def fit_transform(self, X: Iterable[Doc], y: object = None) -> list[list[Keyword]]:
        """``fit(X)`` then ``transform(X)``."""
        docs = list(X)
        return self.fit(docs).transform(docs)
