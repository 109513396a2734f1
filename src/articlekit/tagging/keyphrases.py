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

import itertools
import math
import os
import unicodedata
import warnings
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

import numpy as np
import regex
from pydantic import BaseModel, ConfigDict
from sklearn.base import BaseEstimator

from articlekit.errors import InputError, ModelFileError, NotFittedError
from articlekit.model import Article, Block, ListItem, Span

__all__ = [
    "FEATURE_NAMES",
    "KeyphraseModel",
    "Keyword",
    "KeywordExtractor",
    "extract_keywords",
    "supported_languages",
]

Doc = Article | str
"""What the extractors accept: a parsed :class:`~articlekit.Article` or plain text."""

_MODEL_KIND = "keyphrase_model"
#: fewer training rows than this are boosted on one thread
_SMALL_TRAINING_SET = 20_000
#: folds of the cross-fitted word prior
_PRIOR_FOLDS = 3
_MODEL_VERSION = 4  # 4: context prior (older files are refused with a clear error)


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
_HYPHENS = regex.compile(r"[-\u2010\u2011]")
_MARK_RE = regex.compile(r"([^\s\p{L}\p{N}])\1*")  # a punctuation mark (a run of one as one)
_QUOTES = '"\u201c\u201d\u201e'
_OPENING_QUOTES = "\u201c\u201e"
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
    # offsets of the first occurrence (a Span is made only for the keywords returned)
    first_offsets: tuple[int, int] | None = None
    first_seen: bool = False
    surfaces: dict[str, int] = field(default_factory=dict)
    in_title: bool = False
    in_heading: bool = False
    capitalised: int = 0
    maximal: int = 0  # occurrences as a whole run (not inside a longer candidate)
    other: int = 0  # occurrences as a lone word outside noun-phrase runs (verbs, adverbs)
    n_segments: int = 0  # distinct segments (title, headings, paragraphs) it occurs in
    last_segment: int = -1
    early: int = 0  # occurrences among the first _EARLY tokens (title, abstract, lead)
    # (first, last + 1) indices into _Analysis.tokens of each occurrence
    occurrences: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class _Analysis:
    n_tokens: int
    lead_end: int
    cands: dict[tuple[str, ...], _Cand]
    word_count: dict[str, int]
    word_score: dict[str, float]
    stop_ratio: float
    n_segments: int = 0
    lexicon: dict[str, str] = field(default_factory=dict)
    # the lowercased words and punctuation marks of the text ("\n" between segments),
    # and whether each word stands inside quotation marks: the contexts of the candidates
    tokens: list[str] = field(default_factory=list)
    quoted: list[bool] = field(default_factory=list)


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


_EARLY = 250


def _note(c: _Cand, pos: int, seg_index: int) -> None:
    """Segment spread and early occurrences of one occurrence of ``c``."""
    if c.last_segment != seg_index:
        c.last_segment = seg_index
        c.n_segments += 1
    if pos < _EARLY:
        c.early += 1


def _add_other(
    cands: dict[tuple[str, ...], _Cand],
    surface: str,
    stem: str,
    pos: int,
    seg: _Segment,
    start: int,
    end: int,
    seg_index: int,
    tok: int,
) -> None:
    """Count a word that is not part of a noun-phrase run (a verb, an adverb...) as a
    one-word candidate of its own: trained models may learn that such words are
    keyphrases in some corpora; the unsupervised scores ignore them."""
    key = (stem,)
    c = cands.get(key)
    if c is None:
        c = cands[key] = _Cand(key, first=pos)
    c.other += 1
    c.last = pos
    c.occurrences.append((tok, tok + 1))
    _note(c, pos, seg_index)
    _seen_as(c, surface, seg, start, end)


def _seen_as(c: _Cand, surface: str, seg: _Segment, start: int, end: int) -> None:
    """One occurrence of ``c`` written ``surface`` at ``[start, end)`` of ``seg``: its
    surface forms, first span, title/heading presence and capitalisation."""
    c.surfaces[surface] = c.surfaces.get(surface, 0) + 1
    if not c.first_seen:
        c.first_seen = True
        if seg.base is not None:
            c.first_offsets = (seg.base + start, seg.base + end)
    if seg.kind == "title":
        c.in_title = True
    elif seg.kind == "heading":
        c.in_heading = True
    if surface[:1].isupper():
        c.capitalised += 1


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
    tokens: list[str] = []
    quoted: list[bool] = []
    for seg_index, seg in enumerate(segs):
        text = seg.text
        # (surface, stem, class, start, end, token index)
        run: list[tuple[str, str, str, int, int, int]] = []
        prev_end = -1
        in_quote = False
        if tokens:
            tokens.append("\n")
            quoted.append(False)

        def marks(gap: str, in_quote: bool) -> bool:
            """Append the punctuation marks of ``gap`` to the tokens (a run of one mark
            as one); returns whether the text after ``gap`` stands inside quotes."""
            for pm in _MARK_RE.finditer(gap):
                ch = pm.group()[0]
                tokens.append(ch)
                quoted.append(False)
                if ch in _QUOTES:
                    in_quote = ch in _OPENING_QUOTES or (ch == '"' and not in_quote)
            return in_quote

        def flush(
            run: list[tuple[str, str, str, int, int, int]],
            seg: _Segment,
            start_pos: int,
            seg_index: int = seg_index,
        ) -> None:
            # an adjective-like word never ends a phrase, but may be a keyphrase on its own
            for i, r in enumerate(run):
                if r[2] == "A":
                    _add_other(cands, r[0], r[1], start_pos + i, seg, r[3], r[4], seg_index, r[5])
            # trim words that cannot end a phrase
            while run and run[-1][2] == "A":
                run.pop()
            n = len(run)
            stems = [r[1] for r in run]
            for i in range(n):
                for j in range(i + 1, min(n, i + max_words) + 1):
                    last_cls = run[j - 1][2]
                    if last_cls == "A":
                        continue
                    key = tuple(stems[i:j])
                    c = cands.get(key)
                    if c is None:
                        c = cands[key] = _Cand(key, first=start_pos + i)
                    c.count += 1
                    if i == 0 and j == n:
                        c.maximal += 1
                    c.last = start_pos + i
                    c.occurrences.append((run[i][5], run[j - 1][5] + 1))
                    # (_note, inlined: this loop runs for every sub-phrase occurrence)
                    if c.last_segment != seg_index:
                        c.last_segment = seg_index
                        c.n_segments += 1
                    if start_pos + i < _EARLY:
                        c.early += 1
                    surface = seg.text[run[i][3] : run[j - 1][4]]
                    surface = " ".join(surface.split())
                    _seen_as(c, surface, seg, run[i][3], run[j - 1][4])

        run_start = pos
        for m in _WORD_RE.finditer(text):
            surface = m.group()
            low = surface.lower()
            cls = classes.get(low)
            if cls is None:
                cls = classes[low] = _word_class(low, lang)
            n_tok += 1
            # a gap of white space (most gaps: one space) holds no punctuation mark to read
            if prev_end < 0:
                space_gap = True
                if m.start() > 0:
                    in_quote = marks(text[: m.start()], in_quote)
            else:
                space_gap = _SPACE_GAP_RE.fullmatch(text, prev_end, m.start()) is not None
                if not space_gap:
                    in_quote = marks(text[prev_end : m.start()], in_quote)
            tok = len(tokens)
            tokens.append(low)
            quoted.append(in_quote)
            if not space_gap:
                flush(run, seg, run_start)
                run = []
            if cls == "S":
                n_stop += 1
                if run:
                    flush(run, seg, run_start)
                    run = []
                if len(low) > 2 and low not in lang.stopwords and not low.isdigit():
                    _add_other(
                        cands, surface, _stem(low), pos, seg, m.start(), m.end(), seg_index, tok
                    )
            else:
                st = _stem(low)
                if not run:
                    run_start = pos
                run.append((surface, st, cls, m.start(), m.end(), tok))
                word_count[st] = word_count.get(st, 0) + 1
                word_pos[st] = word_pos.get(st, 0.0) + 1.0 / (pos + 1)
                content_seq.append(st)
            prev_end = m.end()
            pos += 1
        if run:
            flush(run, seg, run_start)
        marks(text[max(prev_end, 0) :], in_quote)
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
        n_segments=len(segs),
        lexicon=lang.lexicon,
        tokens=tokens,
        quoted=quoted,
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
        new = (1 - damping) * p + damping * (mat @ (s / out_w))  # mat is symmetric
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
    "title_weight": 1.0,  # a candidate in the title scores x2
    "heading_weight": 0.5,  # in a heading: x1.5
    "length_exponent": 0.25,  # the sum of word scores is divided by n_words ** this
    "count_weight": 2.0,  # frequency factor 1 + count_weight * log(count)
}


def _unsupervised_scores(
    an: _Analysis, idf: dict[str, float] | None
) -> dict[tuple[str, ...], float]:
    """Score whole noun-phrase runs: the sum of their words' graph scores (times IDF when
    fitted), damped for long phrases, times ``1 + 2 log(count)``, boosted in the title and
    headings."""
    ws = an.word_score
    if idf is not None:
        default = idf[""]
        ws = {w: s * idf.get(w, default) for w, s in ws.items()}
    length_exp = _DEFAULTS["length_exponent"]
    count_w = _DEFAULTS["count_weight"]
    scores: dict[tuple[str, ...], float] = {}
    for key, c in an.cands.items():
        if not c.maximal:
            continue
        s = sum(ws.get(w, 0.0) for w in key) / len(key) ** length_exp
        s *= 1.0 + count_w * math.log(c.count)
        if c.in_title:
            s *= 1.0 + _DEFAULTS["title_weight"]
        if c.in_heading:
            s *= 1.0 + _DEFAULTS["heading_weight"]
        scores[key] = s
    return scores


def _check_language(an: _Analysis, language: str) -> None:
    """Warn when the text is not in ``language``, naming what it looks like: a script the
    language is not written in, a language whose function words outnumber its stopwords,
    or (a long text) almost none of its stopwords."""
    looks_like = _looks_like(an, language)
    if looks_like is None and an.n_tokens >= 30 and an.stop_ratio < 0.05:
        looks_like = f"does not look like {language!r} (almost no {language!r} stopwords)"
    if looks_like is not None:
        warnings.warn(
            f"the text {looks_like}: keyphrase extraction supports "
            f"{', '.join(supported_languages())}, so its keyphrases may be poor",
            UserWarning,
            stacklevel=3,
        )


#: at least this many words of another language before the text is said to be in it
FOREIGN_MIN_WORDS = 3
#: the language of a text is judged on its first words (as many as an abstract has)
LANGUAGE_SAMPLE_WORDS = 300


def _looks_like(an: _Analysis, language: str) -> str | None:
    """What the words of ``an`` look like, when that is clearly not ``language``."""
    words = list(itertools.islice((t for t in an.tokens if t[:1].isalpha()), LANGUAGE_SAMPLE_WORDS))
    if not words:
        return None
    script = _majority_script(words)
    if script != _language_script(language):
        return f"is written in the {script} script"
    own = _language_data(language).stopwords
    n_own = sum(1 for t in words if t in own)
    hits = Counter(code for t in words for code in _function_word_languages().get(t, ()))
    for code, n in hits.most_common(1):
        if code != language and n >= FOREIGN_MIN_WORDS and n > n_own:
            return f"looks like {code!r}"
    return None


def _script(ch: str) -> str:
    """ "LATIN", "CJK", "CYRILLIC", "ARABIC"...: the first word of the letter's Unicode name
    (every letter up to Latin Extended-B is LATIN, without asking for its name)."""
    return "LATIN" if ch < "\u0250" else unicodedata.name(ch, "UNKNOWN").split()[0]


def _majority_script(words: Sequence[str]) -> str:
    return Counter(_script(w[0]) for w in words).most_common(1)[0][0]


@lru_cache(maxsize=8)
def _language_script(language: str) -> str:
    """The script a supported language is written in, read from its stopwords (data)."""
    return _majority_script([w for w in _language_data(language).stopwords if w[:1].isalpha()])


@lru_cache(maxsize=1)
def _function_word_languages() -> dict[str, tuple[str, ...]]:
    """word -> the languages of data/function_words.tsv that use it."""
    text = (resources.files("articlekit.tagging") / "data" / "function_words.tsv").read_text(
        encoding="utf-8"
    )
    langs: dict[str, list[str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, *words = line.split("\t")
        for word in words:
            if word and code not in langs.setdefault(word, []):
                langs[word].append(code)
    return {word: tuple(codes) for word, codes in langs.items()}


def _select(
    an: _Analysis, scores: dict[tuple[str, ...], float], top_k: int, solid: bool = False
) -> list[Keyword]:
    """The ``top_k`` best-scored candidates as keywords; ``solid`` writes hyphenated words
    solid ("e-mail" -> "email")."""
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], an.cands[kv[0]].first, kv[0]))
    out: list[Keyword] = []
    seen: set[str] = set()
    for key, score in ranked:
        if len(out) >= top_k:
            break
        c = an.cands[key]
        phrase = _surface(c)
        if solid:
            phrase = _HYPHENS.sub("", phrase)
        norm = phrase.lower()
        if norm in seen:
            continue
        seen.add(norm)
        out.append(
            Keyword(
                phrase=phrase,
                score=round(float(score), 6),
                count=c.count + c.other,
                first_span=(
                    Span(start=c.first_offsets[0], end=c.first_offsets[1])
                    if c.first_offsets
                    else None
                ),
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
        >>> text = "Solar panels are cheap. In the energy market, solar panels are everywhere."
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
        df = self.document_frequency_
        cached = getattr(self, "_idf_cache", None)
        if cached is None or cached[0] is not df:  # computed once per fit
            cached = (df, _idf_table(df, self.n_documents_))
            self._idf_cache = cached
        return cached[1]

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


# --------------------------------------------------------------------------- trained model

FEATURE_NAMES: tuple[str, ...] = (
    "log_count",
    "log_count_whole",
    "tf_idf",
    "phrase_idf",
    "mean_word_idf",
    "first_position",
    "last_position",
    "spread",
    "n_words",
    "in_title",
    "in_heading",
    "in_lead",
    "capitalised",
    "keyphraseness",
    "graph_score",
    "graph_rank",
    "log_doc_length",
    "word_freq",
    "noun_share",
    "log_first_token",
    "word_keyphraseness",
    "has_hyphen",
    "has_digit",
    "count_rank",
    "tf_idf_rank",
    "keyphraseness_rank",
    "segment_spread",
    "log_segments",
    "early_count",
    "superstrings",
    "keyphraseness_ratio",
    "word_keyphraseness_ratio",
    "mean_word_chars",
    "max_word_chars",
    "head_word_chars",
    "head_suffix",
    "head_lexicon_tag",
    "word_prior",
    "head_word_prior",
    "context_prior",
)
"""The features :class:`KeyphraseModel` computes for every candidate, in column order."""


def _key_of(phrase: str) -> tuple[str, ...]:
    return tuple(_stem(m.group().lower()) for m in _WORD_RE.finditer(phrase))


def _unhyphenated(key: tuple[str, ...]) -> tuple[str, ...]:
    """``key`` with hyphenated words written solid and stemmed ("e-mail" -> "email")."""
    if not any(_HYPHENS.search(w) for w in key):
        return key
    return tuple(_stem(_HYPHENS.sub("", w)) if _HYPHENS.search(w) else w for w in key)


def _gold_keys(an: _Analysis, phrases: Sequence[str]) -> tuple[set[tuple[str, ...]], int, int]:
    """The candidate keys of the known keyphrases of a document, matching hyphenated and
    solid spellings ("e-mail" and "email"), and how many keyphrases were written solid
    (and with a hyphen) where the document hyphenates the word."""
    solid: dict[tuple[str, ...], tuple[str, ...]] = {}
    for key in an.cands:
        alt = _unhyphenated(key)
        if alt != key:
            solid.setdefault(alt, key)
    keys: set[tuple[str, ...]] = set()
    joined = kept = 0
    for phrase in phrases:
        key = _key_of(phrase)
        if not key:
            continue
        if key not in an.cands:
            match = solid.get(_unhyphenated(key))
            if match is not None:
                if key != match and not _HYPHENS.search(phrase):
                    joined += 1
                key = match
        elif _HYPHENS.search(phrase):
            kept += 1
        keys.add(key)
    return keys, joined, kept


def _superstrings(cands: dict[tuple[str, ...], _Cand]) -> dict[tuple[str, ...], int]:
    """For each candidate, how many distinct longer candidates contain it (a term that
    heads many longer terms is a term of the field, as in C-value)."""
    out: dict[tuple[str, ...], int] = {}
    for key in cands:
        n = len(key)
        if n < 2:
            continue
        for i in range(n):
            for j in range(i + 1, n + 1):
                if j - i < n:
                    sub = key[i:j]
                    out[sub] = out.get(sub, 0) + 1
    return out


def _leaf_size(setting: float, n_rows: int) -> int:
    """``min_samples_leaf`` as a count: an int as given, a float as a share of the rows."""
    if isinstance(setting, int) or setting >= 1:
        return max(1, int(setting))
    return max(20, int(setting * n_rows))


def _dense_rank(a: np.ndarray[Any, Any]) -> np.ndarray[Any, np.dtype[np.float64]]:
    """0 for the smallest value, 1 for the next distinct value, and so on."""
    _, inverse = np.unique(a, return_inverse=True)
    return inverse.astype(np.float64)


def _word_keyphraseness(keyphraseness: dict[str, int]) -> dict[str, int]:
    """For each word stem, how many training keyphrases (with repetition) contain it."""
    out: dict[str, int] = {}
    for phrase, n in keyphraseness.items():
        for w in set(phrase.split()):
            out[w] = out.get(w, 0) + n
    return out


def _features(
    an: _Analysis,
    keys: list[tuple[str, ...]],
    word_idf: dict[str, float],
    phrase_df: dict[str, int],
    keyphraseness: dict[str, int],
    n_docs: int,
    own_gold: set[tuple[str, ...]] | None = None,
    word_kp: dict[str, int] | None = None,
    word_prior: _WordPrior | None = None,
    context_prior: _ContextPrior | None = None,
) -> np.ndarray[Any, np.dtype[np.float64]]:
    n = an.n_tokens
    n_keys = len(keys)
    default_idf = word_idf.get("", 1.0)
    if word_kp is None:
        word_kp = _word_keyphraseness(keyphraseness)
    own_words: dict[str, int] = {}
    if own_gold is not None:  # leave-one-out: a document does not vote for itself
        for g in own_gold:
            for w in set(g):
                own_words[w] = own_words.get(w, 0) + 1
    loo = 1.0 if own_gold is not None else 0.0
    cs = [an.cands[k] for k in keys]
    n_words = np.array([len(k) for k in keys], dtype=np.float64)
    starts = np.concatenate([[0], np.cumsum(n_words[:-1])]).astype(np.int64)

    # per-word values, then their sums over each candidate's words
    vocab: dict[str, int] = {}
    flat = np.array([vocab.setdefault(w, len(vocab)) for k in keys for w in k], dtype=np.int64)
    stems = list(vocab)
    idf = np.array([word_idf.get(w, default_idf) for w in stems])
    digit = np.array([any(ch.isdigit() for ch in w) for w in stems], dtype=bool)
    own_single = own_gold if own_gold is not None else set()
    per_word = np.array(
        [
            [
                an.word_score.get(w, 0.0) * idf[i],
                math.log1p(an.word_count.get(w, 0)),
                math.log1p(max(word_kp.get(w, 0) - own_words.get(w, 0), 0)),
                (max(keyphraseness.get(w, 0) - ((w,) in own_single), 0) + 0.5)
                / (max(phrase_df.get(w, 0) - loo, 0.0) + 2.0),
            ]
            for i, w in enumerate(stems)
        ]
    ).reshape(len(stems), 4)
    sums = np.add.reduceat(np.column_stack([idf, per_word])[flat], starts, axis=0)
    mean_idf, graph_sum, mean_freq, mean_wkp, mean_ratio = (
        sums[:, 0] / n_words,
        sums[:, 1],
        sums[:, 2] / n_words,
        sums[:, 3] / n_words,
        sums[:, 4] / n_words,
    )

    count = np.array([c.count + c.other for c in cs], dtype=np.float64)
    noun = np.array([c.count for c in cs], dtype=np.float64)
    graph = graph_sum * (1.0 + np.log(np.maximum(noun, 1.0)))
    gmax = float(graph.max()) if n_keys else 1.0
    order = np.argsort(-graph, kind="stable")
    rank = np.empty(n_keys)
    rank[order] = np.arange(n_keys)
    joined = [" ".join(k) for k in keys]
    pdf = np.array([phrase_df.get(j, 0) for j in joined], dtype=np.float64)
    kp = np.array([keyphraseness.get(j, 0) for j in joined], dtype=np.float64)
    if own_gold is not None:
        pdf = np.maximum(pdf - 1, 0)  # the document itself was counted while fitting
        kp -= np.array([k in own_gold for k in keys])
    pidf = np.log((n_docs + 1) / (pdf + 1)) + 1.0
    first = np.array([c.first for c in cs], dtype=np.float64)
    last = np.array([c.last for c in cs], dtype=np.float64)

    # the words as written: length, ending, lexicon class, learnt prior
    words = [_surface(c).lower().split() for c in cs]
    lex = an.lexicon
    surf_vocab: dict[str, int] = {}
    surf_flat = np.array(
        [surf_vocab.setdefault(w, len(surf_vocab)) for ws_ in words for w in ws_], dtype=np.int64
    )
    surf_words = list(surf_vocab)
    per_surface = np.array(
        [
            [
                len(w),
                _suffix_class(w),
                _TAG_CODES.get(lex.get(w, ""), 0),
                word_prior.score(w) if word_prior is not None else 0.0,
                _HYPHENS.search(w) is not None,
            ]
            for w in surf_words
        ],
        dtype=np.float64,
    ).reshape(len(surf_words), 5)
    n_surface = np.array([len(ws_) for ws_ in words], dtype=np.float64)
    surf_starts = np.concatenate([[0], np.cumsum(n_surface[:-1])]).astype(np.int64)
    rows = per_surface[surf_flat]
    surf_sums = np.add.reduceat(rows, surf_starts, axis=0)
    surf_max = np.maximum.reduceat(rows, surf_starts, axis=0)
    head = per_surface[surf_flat[surf_starts + n_surface.astype(np.int64) - 1]]

    n_segs = max(an.n_segments, 1)
    supers = _superstrings(an.cands)
    X = np.column_stack(
        [
            np.log1p(count),
            np.log1p([c.maximal for c in cs]),
            count / n * 100 * pidf,
            pidf,
            mean_idf,
            first / n,
            last / n,
            (last - first) / n,
            n_words,
            [c.in_title for c in cs],
            [c.in_heading for c in cs],
            first < an.lead_end,
            np.array([c.capitalised for c in cs]) / np.maximum(count, 1.0),
            np.log1p(np.maximum(kp, 0)),
            graph / gmax if gmax > 0 else np.zeros(n_keys),
            rank / max(n_keys, 1),
            np.full(n_keys, math.log(n)),
            mean_freq,
            noun / np.maximum(count, 1.0),
            np.log1p(first),
            mean_wkp,
            surf_max[:, 4],
            digit[flat[starts]] | digit[flat[starts + n_words.astype(np.int64) - 1]],
            np.zeros((3, n_keys)).T,  # ranks, filled below
            [c.n_segments / n_segs for c in cs],
            np.log1p([c.n_segments for c in cs]),
            np.log1p([c.early for c in cs]),
            np.log1p([supers.get(k, 0) for k in keys]),
            # KEA's keyphraseness proper: how often the phrase (each word) was a keyphrase
            # of a training document it occurred in (smoothed; a document does not vote
            # for itself)
            (np.maximum(kp, 0) + 0.5) / (pdf + 2.0),
            mean_ratio,
            surf_sums[:, 0] / n_surface,
            surf_max[:, 0],
            head[:, 0],
            head[:, 1],
            head[:, 2],
            surf_sums[:, 3] / n_surface,
            head[:, 3],
            context_prior.score(an, keys) if context_prior is not None else np.zeros(n_keys),
        ]
    ).astype(np.float64)
    # where the candidate stands among this document's candidates (0 = first)
    for src, dst in ((0, 23), (2, 24), (13, 25)):
        X[:, dst] = _dense_rank(-X[:, src]) / max(n_keys, 1)
    assert X.shape[1] == len(FEATURE_NAMES)
    return X


_SUFFIX_CLASSES: tuple[tuple[str, ...], ...] = (
    ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ship", "ism", "ure", "age"),
    ("ist", "er", "or", "ian", "ant", "ent"),
    ("al", "ive", "ous", "ful", "able", "ible", "less", "ic", "ary", "ish"),
    ("ing",),
    ("ed",),
    ("ly",),
    ("s",),
)
_TAG_CODES = {"N": 1, "A": 2, "V": 3}


@lru_cache(maxsize=100_000)
def _suffix_class(word: str) -> int:
    """A coarse word-shape class of the ending of ``word`` (0 = none of them)."""
    for i, suffixes in enumerate(_SUFFIX_CLASSES, start=1):
        if word.endswith(suffixes) and len(word) > 4:
            return i
    return 0


_PRIOR_DIM = 2**14


def _affix_ids(word: str) -> list[int]:
    """Hashed features of a word for the word prior: its first 2-4 and last 1-5 letters,
    the word itself and its length (CRC-32, so the same in every process)."""
    n = len(word)
    feats = [f"<{word[:k]}" for k in (2, 3, 4) if n > k]
    feats += [f"{word[-k:]}>" for k in (1, 2, 3, 4, 5) if n > k]
    feats += [f"={word}", f"#{min(n, 15)}"]
    return [zlib.crc32(f.encode("utf-8")) & (_PRIOR_DIM - 1) for f in feats]


class _WordPrior:
    """How likely a word is to be (part of) a keyphrase, from its letters alone: logistic
    regression on hashed prefixes and suffixes, fitted on the one-word candidates of the
    training documents; it generalises keyphraseness to words never seen in training."""

    def __init__(self, coef: np.ndarray[Any, np.dtype[np.float64]], intercept: float) -> None:
        self.coef = coef
        self.intercept = intercept
        self._weights: list[float] = coef.tolist()
        self._cache: dict[str, float] = {}

    @classmethod
    def fit(cls, counts: dict[tuple[str, bool], int]) -> _WordPrior:
        """Fit on ``(word, in a keyphrase) -> how many documents`` counts."""
        from scipy.sparse import csr_matrix
        from sklearn.linear_model import LogisticRegression

        items = sorted(counts.items())
        labels = np.array([y for (_, y), _ in items])
        if len(items) == 0 or labels.all() or not labels.any():
            return cls(np.zeros(_PRIOR_DIM), 0.0)
        ids = [_affix_ids(w) for (w, _), _ in items]
        indptr = np.cumsum([0] + [len(i) for i in ids])
        data = np.concatenate([np.full(len(i), 1.0 / math.sqrt(len(i))) for i in ids])
        X = csr_matrix(
            (data, np.concatenate([np.array(i, dtype=np.int64) for i in ids]), indptr),
            shape=(len(items), _PRIOR_DIM),
        )
        clf = LogisticRegression(C=1.0, max_iter=2000)
        clf.fit(X, labels, sample_weight=np.array([n for _, n in items], dtype=np.float64))
        return cls(clf.coef_.ravel().astype(np.float64), float(clf.intercept_[0]))

    def score(self, word: str) -> float:
        """The log-odds of ``word`` (cached)."""
        value = self._cache.get(word)
        if value is None:
            if len(self._cache) >= 200_000:
                self._cache.clear()
            ids = _affix_ids(word)
            w = self._weights
            value = sum(w[i] for i in ids) / math.sqrt(len(ids)) + self.intercept
            self._cache[word] = value
        return value


_CONTEXT_DIM = 2**16
#: context features whose weight is remembered between documents, at most
_CONTEXT_MEMO_MAX = 200_000
_CONTEXT_C = 0.03  # strong regularisation: 1.0 overfits (500N-KPCrowd CV, sixth session)


def _hash(feature: str, dim: int) -> int:
    return zlib.crc32(feature.encode("utf-8")) & (dim - 1)


def _context_sides(
    tokens: list[str], quoted: list[bool], first: int, end: int
) -> tuple[list[str], list[str]]:
    """The context features of one occurrence ``tokens[first:end]``: the token before and
    the two before, whether it starts inside quotation marks (left side); the token after
    and the two after (right side)."""
    n = len(tokens)
    prev = tokens[first - 1] if first > 0 else "<s>"
    prev2 = tokens[first - 2] if first > 1 else "<s>"
    nxt = tokens[end] if end < n else "</s>"
    nxt2 = tokens[end + 1] if end + 1 < n else "</s>"
    left = [f"L:{prev}", f"LL:{prev2}_{prev}"]
    if quoted[first]:
        left.append("Q")
    return left, [f"R:{nxt}", f"RR:{nxt}_{nxt2}"]


class _ContextPrior:
    """How likely a candidate is to be a keyphrase from the words and punctuation around
    its occurrences (the words before and after, quotation marks): logistic regression on
    hashed context features averaged over the occurrences, fitted on the candidates of the
    training documents. It learns where a corpus's annotators take keyphrases from (the
    crowd of 500N-KPCrowd picks words inside quotes, after "the", before "said"...)."""

    def __init__(self, coef: np.ndarray[Any, np.dtype[np.float64]], intercept: float) -> None:
        self.coef = coef
        self.intercept = intercept
        self._weights: list[float] = coef.tolist()
        # feature -> weight, kept across documents (the same contexts recur); bounded
        self._weight_of: dict[tuple[str, ...], float] = {}

    @staticmethod
    def _rows(
        an: _Analysis, keys: Sequence[tuple[str, ...]]
    ) -> tuple[list[int], list[float], list[int]]:
        """CSR parts (indices, values, row pointers) of the hashed context features."""
        indices: list[int] = []
        values: list[float] = []
        indptr = [0]
        cache: dict[str, int] = {}
        for key in keys:
            occ = an.cands[key].occurrences
            counts: dict[int, float] = {}
            for first, end in occ:
                left, right = _context_sides(an.tokens, an.quoted, first, end)
                for f in (*left, *right):
                    h = cache.get(f)
                    if h is None:
                        h = cache[f] = _hash(f, _CONTEXT_DIM)
                    counts[h] = counts.get(h, 0.0) + 1.0
            share = 1.0 / max(len(occ), 1)
            length = _hash(f"nw{len(key)}", _CONTEXT_DIM)
            counts[length] = counts.get(length, 0.0) + 1.0 / share  # 1 after the scaling
            indices.extend(counts)
            values.extend(v * share for v in counts.values())
            indptr.append(len(indices))
        return indices, values, indptr

    @classmethod
    def fit(
        cls, analyses: Sequence[_Analysis], golds: Sequence[set[tuple[str, ...]]]
    ) -> _ContextPrior:
        """Fit on every candidate of ``analyses`` (a keyphrase when in its ``golds``)."""
        from scipy.sparse import csr_matrix
        from sklearn.linear_model import LogisticRegression

        indices: list[int] = []
        values: list[float] = []
        indptr = [0]
        labels: list[bool] = []
        for an, gold in zip(analyses, golds, strict=True):
            keys = sorted(an.cands)
            i, v, p = cls._rows(an, keys)
            indptr.extend(x + len(indices) for x in p[1:])
            indices.extend(i)
            values.extend(v)
            labels.extend(k in gold for k in keys)
        y = np.array(labels, dtype=bool)
        if not len(y) or y.all() or not y.any():
            return cls(np.zeros(_CONTEXT_DIM), 0.0)
        X = csr_matrix(
            (np.array(values), np.array(indices, dtype=np.int64), np.array(indptr)),
            shape=(len(y), _CONTEXT_DIM),
        )
        clf = LogisticRegression(C=_CONTEXT_C, max_iter=3000)
        clf.fit(X, y)
        return cls(clf.coef_.ravel().astype(np.float64), float(clf.intercept_[0]))

    def score(
        self, an: _Analysis, keys: Sequence[tuple[str, ...]]
    ) -> np.ndarray[Any, np.dtype[np.float64]]:
        """The log-odds of each candidate of ``keys``. The weights of an occurrence's left
        side depend on where it starts only, and of its right side on where it ends: the
        candidates of a document share their starts and ends (a phrase and its sub-phrases),
        so each side is weighed once per position (prediction stays within the speed budget
        of a news article)."""
        w = self._weights
        # a side's weight by its context words, kept across documents (contexts recur)
        side_weight = self._weight_of
        if len(side_weight) > _CONTEXT_MEMO_MAX:
            side_weight.clear()

        def weigh(context: tuple[str, ...], first: int, end: int, side: int) -> float:
            total = side_weight.get(context)
            if total is None:  # (the feature strings are made only for a new context)
                features = _context_sides(tokens, quoted, first, end)[side]
                total = sum(w[_hash(f, _CONTEXT_DIM)] for f in features)
                side_weight[context] = total
            return total

        tokens, quoted = an.tokens, an.quoted
        n = len(tokens)
        left_at: dict[int, float] = {}
        right_at: dict[int, float] = {}
        by_length: dict[int, float] = {}
        out = np.empty(len(keys))
        for r, key in enumerate(keys):
            occ = an.cands[key].occurrences
            total = 0.0
            for first, end in occ:
                left = left_at.get(first)
                if left is None:
                    context = (
                        tokens[first - 2] if first > 1 else "<s>",
                        tokens[first - 1] if first > 0 else "<s>",
                        "Q" if quoted[first] else "",
                    )
                    left = left_at[first] = weigh(context, first, end, 0)
                right = right_at.get(end)
                if right is None:
                    context = (
                        ">",
                        tokens[end] if end < n else "</s>",
                        tokens[end + 1] if end + 1 < n else "</s>",
                    )
                    right = right_at[end] = weigh(context, first, end, 1)
                total += left + right
            length = by_length.get(len(key))
            if length is None:
                length = by_length[len(key)] = w[_hash(f"nw{len(key)}", _CONTEXT_DIM)]
            out[r] = total / max(len(occ), 1) + length + self.intercept
        return out


def _prior_counts(
    analyses: Sequence[_Analysis], golds: Sequence[set[tuple[str, ...]]]
) -> dict[tuple[str, bool], int]:
    """``(word, in a known keyphrase of the document)`` -> number of documents."""
    counts: dict[tuple[str, bool], int] = {}
    for an, gold in zip(analyses, golds, strict=True):
        gold_words = {w for g in gold for w in g}
        seen: set[tuple[str, bool]] = set()
        for key, c in an.cands.items():
            if len(key) == 1:
                seen.add((_surface(c).lower(), key[0] in gold_words))
        for item in seen:
            counts[item] = counts.get(item, 0) + 1
    return counts


def _compiled_trees(trees: dict[str, np.ndarray[Any, Any]]) -> list[Any] | None:
    """The flattened trees as node records of scikit-learn's compiled tree walker, or None
    when that (private) walker is missing or disagrees with :func:`_tree_predict` on a
    check matrix. Saved models stay plain arrays; this is rebuilt from them."""
    try:
        from sklearn.ensemble._hist_gradient_boosting._predictor import (
            _predict_from_raw_data,
        )
        from sklearn.ensemble._hist_gradient_boosting.common import PREDICTOR_RECORD_DTYPE

        bounds = [*trees["roots"].tolist(), len(trees["feature"])]
        records = []
        for a, b in itertools.pairwise(bounds):
            nodes = np.zeros(b - a, dtype=PREDICTOR_RECORD_DTYPE)
            leaf = trees["is_leaf"][a:b]
            nodes["value"] = trees["value"][a:b]
            nodes["feature_idx"] = np.where(leaf, 0, trees["feature"][a:b])
            nodes["num_threshold"] = trees["threshold"][a:b]
            nodes["left"] = np.where(leaf, 0, trees["left"][a:b] - a)
            nodes["right"] = np.where(leaf, 0, trees["right"][a:b] - a)
            nodes["is_leaf"] = leaf
            records.append(nodes)
        compiled = (_predict_from_raw_data, records)
        # a check matrix of values at and next to the split thresholds of each feature
        rng = np.random.default_rng(0)
        check = rng.normal(size=(64, len(FEATURE_NAMES)))
        inner = ~trees["is_leaf"]
        for j in np.unique(trees["feature"][inner]).tolist():
            at = trees["threshold"][inner & (trees["feature"] == j)]
            check[:, j] = rng.choice(at, 64) + rng.choice([-1e-9, 0.0, 1e-9], 64)
        if not np.allclose(
            _tree_predict(check, trees, compiled), _tree_predict(check, trees), rtol=0, atol=1e-9
        ):
            return None
        return [compiled]
    except Exception:  # any failure: the numpy walker is used instead
        return None


def _tree_predict(
    X: np.ndarray[Any, np.dtype[np.float64]],
    trees: dict[str, np.ndarray[Any, Any]],
    compiled: tuple[Any, list[Any]] | None = None,
) -> np.ndarray[Any, np.dtype[np.float64]]:
    """Sum of the leaf values of flattened regression trees (nodes of all trees stacked).

    With ``compiled`` (from :func:`_compiled_trees`), scikit-learn's compiled walker
    evaluates one tree at a time on one thread. Otherwise every (row, tree) pair walks down
    at once in numpy, one level per step; pairs that reached a leaf drop out, so the work is
    the total path length, not rows x trees x depth. Both sum the trees in the same order."""
    if compiled is not None:
        walk, records = compiled
        per_tree = np.empty((len(X), len(records)))
        Xc = np.ascontiguousarray(X, dtype=np.float64)
        no_bits = np.zeros((0, 8), dtype=np.uint32)
        f_map = np.zeros(Xc.shape[1], dtype=np.uint32)
        buf = np.empty(len(X))
        for t, nodes in enumerate(records):
            walk(nodes, Xc, no_bits, no_bits, f_map, 1, buf)
            per_tree[:, t] = buf
        summed: np.ndarray[Any, np.dtype[np.float64]] = per_tree.sum(axis=1)
        return summed
    feature, threshold = trees["feature"], trees["threshold"]
    left, right, leaf, value = trees["left"], trees["right"], trees["is_leaf"], trees["value"]
    roots = trees["roots"]
    n_rows, n_trees = len(X), len(roots)
    node = np.tile(roots, n_rows)  # pair i: row i // n_trees, tree i % n_trees
    row = np.repeat(np.arange(n_rows), n_trees)
    active = np.flatnonzero(~leaf[node])
    flat = X.ravel()
    n_features = X.shape[1]
    while active.size:
        at = node[active]
        go_left = flat[row[active] * n_features + feature[at]] <= threshold[at]
        nxt = np.where(go_left, left[at], right[at])
        node[active] = nxt
        active = active[~leaf[nxt]]
    out: np.ndarray[Any, np.dtype[np.float64]] = value[node].reshape(n_rows, n_trees).sum(axis=1)
    return out


class KeyphraseModel(BaseEstimator):  # type: ignore[misc]
    """A trainable keyphrase extractor in the spirit of KEA.

    ``fit`` turns every candidate phrase of every training document into a row of
    :data:`FEATURE_NAMES` (frequency and TF-IDF, first and last position, spread, length,
    title / heading / lead presence, capitalisation, keyphraseness — how often the phrase
    was a keyphrase in other training documents, as a count and as a share of the documents
    it occurred in —, the unsupervised graph score, and the shape of its words: their
    lengths, endings and lexicon class, and a word prior learnt from the letters of the
    training keyphrases, which carries keyphraseness over to words never seen in training)
    and trains a classifier to tell keyphrases from other candidates; ``extract`` ranks the
    candidates of a new document by the classifier's score. Known keyphrases match their
    candidates whether a word is hyphenated or written solid ("e-mail", "email"); when the
    training keyphrases mostly write the document's hyphenated words solid, so does
    ``extract`` (``join_hyphens_``).

    Args:
        top_k: how many keyphrases ``extract`` returns.
        language: stopword list and lexicon (``"en"``).
        max_words: longest candidate phrase, in words.
        classifier: ``"gbm"`` (gradient-boosted trees, the default: best on every
            benchmark dataset) or ``"logreg"`` (logistic regression on scaled features).
        n_estimators: boosting rounds (``"gbm"``).
        learning_rate: boosting learning rate (``"gbm"``).
        max_leaf_nodes: leaves per tree (``"gbm"``).
        min_samples_leaf: fewest training rows per leaf (``"gbm"``): a count, or a
            fraction of the training rows (at least 20 then). The default, 0.5% of the
            rows, regularises the trees on long documents with thousands of candidates
            each; give a small count (1) for tiny training sets.
        max_negatives: at most this many non-keyphrase candidates per training document
            are kept (a random, seeded sample), which bounds training time on long papers.
        random_state: seed of the sampling and the classifier.

    Example:
        >>> from articlekit.tagging import KeyphraseModel
        >>> docs = ["Solar panels on roofs. Solar panels save money.",
        ...         "Wind turbines at sea. Wind turbines make power."] * 3
        >>> model = KeyphraseModel(top_k=1, n_estimators=20, min_samples_leaf=1).fit(
        ...     docs, [["solar panels"], ["wind turbines"]] * 3)
        >>> [k.phrase for k in model.extract("Cheap solar panels for homes.")]
        ['solar panels']
    """

    def __init__(
        self,
        top_k: int = 10,
        language: str = "en",
        max_words: int = 4,
        classifier: Literal["gbm", "logreg"] = "gbm",
        n_estimators: int = 200,
        learning_rate: float = 0.05,
        max_leaf_nodes: int = 15,
        min_samples_leaf: int | float = 0.005,
        max_negatives: int = 5000,
        random_state: int = 0,
    ) -> None:
        self.top_k = top_k
        self.language = language
        self.max_words = max_words
        self.classifier = classifier
        self.n_estimators = n_estimators
        self.learning_rate = learning_rate
        self.max_leaf_nodes = max_leaf_nodes
        self.min_samples_leaf = min_samples_leaf
        self.max_negatives = max_negatives
        self.random_state = random_state

    # ------------------------------------------------------------------ fit

    def fit(self, X: Sequence[Doc], y: Sequence[Sequence[str]] | None = None) -> KeyphraseModel:
        """Learn which candidates are keyphrases.

        Args:
            X: training Articles or texts.
            y: the known keyphrases of each document; None takes each Article's ``tags``.

        Returns:
            self

        Raises:
            InputError: ``X`` and ``y`` differ in length, no keyphrase of ``y`` occurs as a
                candidate, or the language is not supported.
        """
        docs = list(X)
        if y is None:
            labels = [list(d.tags) if isinstance(d, Article) else [] for d in docs]
        else:
            labels = [list(k) for k in y]
        if len(labels) != len(docs):
            raise InputError(f"{len(docs)} documents but {len(labels)} keyphrase lists")
        lang = _language_data(self.language)
        analyses = [_analyse(d, lang, self.max_words) for d in docs]
        word_df: dict[str, int] = {}
        phrase_df: dict[str, int] = {}
        kp_count: dict[str, int] = {}
        golds: list[set[tuple[str, ...]]] = []
        n_joined = n_kept = 0
        for an, labelled in zip(analyses, labels, strict=True):
            for w in an.word_count:
                word_df[w] = word_df.get(w, 0) + 1
            for k in an.cands:
                j = " ".join(k)
                phrase_df[j] = phrase_df.get(j, 0) + 1
            gold_keys, joined, kept = _gold_keys(an, labelled)
            n_joined += joined
            n_kept += kept
            golds.append(gold_keys)
            for k in gold_keys:
                j = " ".join(k)
                kp_count[j] = kp_count.get(j, 0) + 1
        n_docs = len(docs)
        word_idf = _idf_table(word_df, n_docs)
        word_kp = _word_keyphraseness(kp_count)
        rng = np.random.default_rng(self.random_state)
        rows: list[np.ndarray[Any, np.dtype[np.float64]]] = []
        ys: list[np.ndarray[Any, Any]] = []
        # the word prior of a training document comes from a model fitted on the other
        # documents (contiguous blocks, so near-duplicate neighbours stay together)
        n_blocks = min(_PRIOR_FOLDS, n_docs)
        block = [i * n_blocks // max(n_docs, 1) for i in range(n_docs)]
        priors = [
            _WordPrior.fit(
                _prior_counts(
                    [a for a, b in zip(analyses, block, strict=True) if b != f],
                    [g for g, b in zip(golds, block, strict=True) if b != f],
                )
            )
            for f in range(n_blocks)
        ]
        contexts = [
            _ContextPrior.fit(
                [a for a, b in zip(analyses, block, strict=True) if b != f],
                [g for g, b in zip(golds, block, strict=True) if b != f],
            )
            for f in range(n_blocks)
        ]
        for an, gold, b in zip(analyses, golds, block, strict=True):
            keys = sorted(an.cands)
            if not keys:
                continue
            target = np.array([k in gold for k in keys])
            feats = _features(
                an,
                keys,
                word_idf,
                phrase_df,
                kp_count,
                n_docs,
                gold,
                word_kp,
                priors[b],
                contexts[b],
            )
            neg = np.flatnonzero(~target)
            if len(neg) > self.max_negatives:
                # keep the best graph-ranked negatives half and a random half
                by_rank = neg[np.argsort(feats[neg, FEATURE_NAMES.index("graph_rank")])]
                half = self.max_negatives // 2
                rest = rng.choice(by_rank[half:], self.max_negatives - half, replace=False)
                neg = np.concatenate([by_rank[:half], rest])
            keep = np.concatenate([np.flatnonzero(target), neg])
            rows.append(feats[keep])
            ys.append(target[keep])
        if not rows or not any(t.any() for t in ys):
            raise InputError("none of the given keyphrases occurs as a candidate phrase")
        Xm = np.vstack(rows)
        ym = np.concatenate(ys).astype(np.int64)
        self.n_documents_ = n_docs
        self.word_document_frequency_ = word_df
        self.phrase_document_frequency_ = {k: v for k, v in phrase_df.items() if v > 1}
        self.keyphraseness_ = kp_count
        self.join_hyphens_ = n_joined > n_kept
        self.word_prior_ = _WordPrior.fit(_prior_counts(analyses, golds))
        self.context_prior_ = _ContextPrior.fit(analyses, golds)
        self.params_ = self._train(Xm, ym)
        return self

    def _train(
        self, Xm: np.ndarray[Any, np.dtype[np.float64]], ym: np.ndarray[Any, Any]
    ) -> dict[str, np.ndarray[Any, Any]]:
        if self.classifier == "logreg":
            from sklearn.linear_model import LogisticRegression

            mean = Xm.mean(axis=0)
            scale = Xm.std(axis=0)
            scale[scale == 0] = 1.0
            clf = LogisticRegression(C=1.0, max_iter=2000)
            clf.fit((Xm - mean) / scale, ym)
            return {
                "mean": mean,
                "scale": scale,
                "coef": clf.coef_.ravel().astype(np.float64),
                "intercept": np.asarray(clf.intercept_, dtype=np.float64),
            }
        if self.classifier != "gbm":
            raise InputError(f"unknown classifier {self.classifier!r} (use 'gbm' or 'logreg')")
        from sklearn.ensemble import HistGradientBoostingClassifier

        clf = HistGradientBoostingClassifier(
            max_iter=self.n_estimators,
            learning_rate=self.learning_rate,
            max_leaf_nodes=self.max_leaf_nodes,
            min_samples_leaf=_leaf_size(self.min_samples_leaf, len(Xm)),
            early_stopping=False,
            random_state=self.random_state,
        )
        if len(Xm) < _SMALL_TRAINING_SET:
            # OpenMP threads cost more than they save on a small matrix, and on a busy
            # machine their busy-waiting makes a sub-second fit take many seconds
            from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

            with threadpool_limits(limits=1, user_api="openmp"):
                clf.fit(Xm, ym)
        else:
            clf.fit(Xm, ym)
        feature, threshold, left, right, leaf, value, roots = [], [], [], [], [], [], []
        offset = 0
        depth = 0
        for (predictor,) in clf._predictors:
            nodes = predictor.nodes
            roots.append(offset)
            feature.append(nodes["feature_idx"].astype(np.int64))
            threshold.append(nodes["num_threshold"].astype(np.float64))
            left.append(nodes["left"].astype(np.int64) + offset)
            right.append(nodes["right"].astype(np.int64) + offset)
            leaf.append(nodes["is_leaf"].astype(bool))
            value.append(nodes["value"].astype(np.float64))
            depth = max(depth, int(nodes["depth"].max()))
            offset += len(nodes)
        baseline = float(np.ravel(clf._baseline_prediction)[0])
        return {
            "feature": np.concatenate(feature),
            "threshold": np.concatenate(threshold),
            "left": np.concatenate(left),
            "right": np.concatenate(right),
            "is_leaf": np.concatenate(leaf),
            "value": np.concatenate(value),
            "roots": np.array(roots, dtype=np.int64),
            "max_depth": np.array([depth], dtype=np.int64),
            "baseline": np.array([baseline]),
        }

    # ------------------------------------------------------------------ predict

    def _check_fitted(self) -> None:
        if not hasattr(self, "params_"):
            raise NotFittedError("this KeyphraseModel is not fitted yet: call fit() or load()")

    def _word_idf(self) -> dict[str, float]:
        """The IDF table of the fitted word document frequencies (computed once)."""
        df = self.word_document_frequency_
        cached = getattr(self, "_idf_cache", None)
        if cached is None or cached[0] is not df:
            cached = (df, _idf_table(df, self.n_documents_))
            self._idf_cache = cached
        return cached[1]

    def _word_kp(self) -> dict[str, int]:
        """Word keyphraseness from the fitted phrase keyphraseness (computed once)."""
        kp = self.keyphraseness_
        cached = getattr(self, "_word_kp_cache", None)
        if cached is None or cached[0] is not kp:
            cached = (kp, _word_keyphraseness(kp))
            self._word_kp_cache = cached
        return cached[1]

    def decision_function(
        self, X: np.ndarray[Any, np.dtype[np.float64]]
    ) -> np.ndarray[Any, np.dtype[np.float64]]:
        """Keyphrase scores (log-odds) of candidate feature rows (:data:`FEATURE_NAMES`)."""
        self._check_fitted()
        p = self.params_
        if "coef" in p:
            return np.asarray(((X - p["mean"]) / p["scale"]) @ p["coef"] + p["intercept"][0])
        cached = getattr(self, "_compiled_cache", None)
        if cached is None or cached[0] is not p["feature"]:
            cached = (p["feature"], _compiled_trees(p))
            self._compiled_cache = cached
        compiled = cached[1][0] if cached[1] else None
        return _tree_predict(X, p, compiled) + float(p["baseline"][0])

    def extract(self, doc: Doc, top_k: int | None = None) -> list[Keyword]:
        """The keyphrases of one document, best first.

        Args:
            doc: an Article or a text.
            top_k: overrides ``self.top_k``.

        Returns:
            Up to ``top_k`` keywords; ``score`` is the classifier's probability.

        Raises:
            NotFittedError: the model was neither fitted nor loaded.
        """
        self._check_fitted()
        lang = _language_data(self.language)
        an = _analyse(doc, lang, self.max_words)
        _check_language(an, self.language)
        keys = sorted(an.cands)
        if not keys:
            return []
        feats = _features(
            an,
            keys,
            self._word_idf(),
            self.phrase_document_frequency_,
            self.keyphraseness_,
            self.n_documents_,
            word_kp=self._word_kp(),
            word_prior=self.word_prior_,
            context_prior=self.context_prior_,
        )
        prob = 1.0 / (1.0 + np.exp(-np.clip(self.decision_function(feats), -500.0, 500.0)))
        scores = {k: float(p) for k, p in zip(keys, prob, strict=True)}
        return _select(an, scores, self.top_k if top_k is None else top_k, self.join_hyphens_)

    def transform(self, X: Iterable[Doc]) -> list[list[Keyword]]:
        """The keyphrases of each document of ``X``."""
        return [self.extract(doc) for doc in X]

    def predict(self, X: Iterable[Doc]) -> list[list[str]]:
        """The keyphrases of each document of ``X``, as phrases only."""
        return [[k.phrase for k in kws] for kws in self.transform(X)]

    # ------------------------------------------------------------------ persistence

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the fitted model to ``path`` in articlekit's safe model format (JSON
        metadata and numeric arrays; loading never unpickles anything).

        Raises:
            NotFittedError: the model was not fitted.
        """
        from articlekit.tagging.persist import save_model

        self._check_fitted()
        params = {
            "format": _MODEL_VERSION,
            "init": self.get_params(),
            "n_documents": self.n_documents_,
            "word_df": self.word_document_frequency_,
            "phrase_df": self.phrase_document_frequency_,
            "keyphraseness": self.keyphraseness_,
            "join_hyphens": self.join_hyphens_,
            "features": list(FEATURE_NAMES),
        }
        arrays = dict(self.params_)
        arrays["word_prior_coef"] = self.word_prior_.coef
        arrays["word_prior_intercept"] = np.array([self.word_prior_.intercept])
        arrays["context_prior_coef"] = self.context_prior_.coef
        arrays["context_prior_intercept"] = np.array([self.context_prior_.intercept])
        save_model(path, _MODEL_KIND, params, arrays)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> KeyphraseModel:
        """Read a model written by :meth:`save`.

        Raises:
            ModelFileError: the file is missing, damaged, of another kind or version.
        """
        from articlekit.tagging.persist import load_model

        params, arrays = load_model(path, _MODEL_KIND)
        prior_coef = arrays.pop("word_prior_coef", None)
        prior_intercept = arrays.pop("word_prior_intercept", None)
        context_coef = arrays.pop("context_prior_coef", None)
        context_intercept = arrays.pop("context_prior_intercept", None)
        if (
            prior_coef is None
            or prior_intercept is None
            or prior_coef.shape != (_PRIOR_DIM,)
            or prior_intercept.shape != (1,)
        ):
            raise ModelFileError(f"{path}: keyphrase model without a valid word prior")
        fmt = params.get("format")
        if isinstance(fmt, int) and fmt < _MODEL_VERSION:
            raise ModelFileError(
                f"{path}: keyphrase model of format {fmt}, written by an older articlekit "
                f"(this one reads format {_MODEL_VERSION}: it adds a context prior); "
                "train it again"
            )
        if (
            context_coef is None
            or context_intercept is None
            or context_coef.shape != (_CONTEXT_DIM,)
            or context_intercept.shape != (1,)
        ):
            raise ModelFileError(f"{path}: keyphrase model without a valid context prior")
        try:
            if fmt != _MODEL_VERSION or params["features"] != list(FEATURE_NAMES):
                raise ModelFileError(f"{path}: keyphrase model of an unsupported version")
            model = cls(**params["init"])
            model.n_documents_ = int(params["n_documents"])
            model.word_document_frequency_ = {str(k): int(v) for k, v in params["word_df"].items()}
            model.phrase_document_frequency_ = {
                str(k): int(v) for k, v in params["phrase_df"].items()
            }
            model.keyphraseness_ = {str(k): int(v) for k, v in params["keyphraseness"].items()}
            model.join_hyphens_ = bool(params["join_hyphens"])
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelFileError(f"{path}: malformed keyphrase model ({exc})") from exc
        expected = {"mean", "scale", "coef", "intercept"}
        if model.classifier == "gbm":
            expected = {
                "feature",
                "threshold",
                "left",
                "right",
                "is_leaf",
                "value",
                "roots",
                "max_depth",
                "baseline",
            }
        if set(arrays) != expected:
            raise ModelFileError(f"{path}: keyphrase model arrays do not match its classifier")
        if model.classifier == "gbm":
            n_nodes = len(arrays["feature"])
            for name in ("left", "right", "roots"):
                a = arrays[name]
                if len(a) and (a.min() < 0 or a.max() >= n_nodes):
                    raise ModelFileError(f"{path}: damaged keyphrase model (node index)")
            if len(arrays["feature"]) and (
                arrays["feature"].min() < 0 or arrays["feature"].max() >= len(FEATURE_NAMES)
            ):
                raise ModelFileError(f"{path}: damaged keyphrase model (feature index)")
        model.params_ = dict(arrays)
        model.word_prior_ = _WordPrior(
            prior_coef.astype(np.float64), float(prior_intercept.astype(np.float64)[0])
        )
        model.context_prior_ = _ContextPrior(
            context_coef.astype(np.float64), float(context_intercept.astype(np.float64)[0])
        )
        return model


def _idf_table(df: dict[str, int], n: int) -> dict[str, float]:
    idf = {w: math.log((n + 1) / (d + 1)) + 1.0 for w, d in df.items()}
    idf[""] = math.log(n + 1) + 1.0
    return idf
