"""Parse options and the vocabularies the parser recognises.

Every name the parser looks for ("Reference Links", "Key Takeaways", "Off On", …) lives
here, so adapting articlekit to a site means passing different data, not forking code:

    >>> import articlekit as ak
    >>> opts = ak.ParseOptions().with_aliases("references", ["Quellen"])
    >>> "quellen" in opts.section_names["references"]
    True
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SpecialKind = Literal["references", "tags", "summary", "meta_description", "highlights", "related"]

_ENGLISH_SECTION_NAMES: dict[str, tuple[str, ...]] = {
    "references": (
        "reference links",
        "references",
        "reference",
        "sources",
        "source links",
        "further reading",
        "related links",
        "resources",
        "further resources",
        "useful links",
        "learn more",
        "more information",
        "see also",
        "links",
        "citations",
        "bibliography",
        "external links",
        "works cited",
        "recommended reading",
        "links mentioned",
        "links mentioned in this episode",
        "links from this episode",
        "resources mentioned",
        "mentioned in this episode",
        "journal reference",
        "journal references",
        "related internet links",
        "related external links",
    ),
    "tags": (
        "tags",
        "tag",
        "keywords",
        "topics",
        "categories",
        "category",
        "filed under",
        "tagged",
        "tagged with",
        "tagged as",
        "labels",
        "topic tags",
        "related topics",
        "related tags",
        "more on these topics",
        "explore more on these topics",
        "article tags",
        "post tags",
        "story tags",
    ),
    "summary": (
        "summary",
        "tl;dr",
        "tldr",
        "tl dr",
        "in brief",
        "article summary",
        "short summary",
        "too long; didn't read",
        "too long, didn't read",
        "executive summary",
        "quick summary",
    ),
    "meta_description": ("meta description", "meta-description", "seo description", "description"),
    "highlights": (
        "article highlights",
        "highlights",
        "key takeaways",
        "takeaways",
        "main takeaways",
        "top takeaways",
        "key findings",
        "key insights",
        "quick facts",
        "fast facts",
        "key points",
        "key highlights",
        "main points",
        "at a glance",
        "key facts",
        "what you need to know",
        "in this article",
    ),
    "related": (
        "explore more",
        "related articles",
        "related posts",
        "related stories",
        "read more",
        "read next",
        "you may also like",
        "you might also like",
        "more stories",
        "more articles",
        "recommended",
        "recommended articles",
        "more from us",
        "also read",
        "popular articles",
        "trending",
        "more like this",
        "most read",
        "most viewed",
        "most popular",
        "trending now",
        "editor's picks",
        "editors' picks",
        "what to read next",
        "related coverage",
        "more coverage",
        "related content",
        "related reading",
        "recommended reading",
        "related recipes",
        "more recipes",
        "related guides",
        "similar posts",
        "similar articles",
        "more posts",
        "popular posts",
        "recent posts",
        "latest posts",
        "you may also enjoy",
        "related",
        "related news",
        "more on this story",
        "more on this topic",
    ),
}

#: The same sections in German, French, Spanish, Italian, Portuguese and Dutch: the defaults
#: read the main European languages besides English (add others with ``with_aliases``).
_EUROPEAN_SECTION_NAMES: dict[str, tuple[str, ...]] = {
    "references": (
        "quellen",
        "literatur",
        "weiterführende links",
        "références",
        "sources et références",
        "referencias",
        "fuentes",
        "riferimenti",
        "fonti",
        "bronnen",
        "referências",
        "fontes",
        "weiterführende literatur",
        "weitere informationen",
        "pour aller plus loin",
        "plus d'informations",
        "para saber más",
        "más información",
        "per approfondire",
        "ulteriori informazioni",
        "saiba mais",
        "mais informações",
        "meer informatie",
        "verder lezen",
    ),
    "tags": (
        "schlagwörter",
        "stichwörter",
        "themen",
        "mots-clés",
        "mots clés",
        "étiquettes",
        "etiquetas",
        "palabras clave",
        "temas",
        "parole chiave",
        "argomenti",
        "trefwoorden",
        "onderwerpen",
        "palavras-chave",
        "schlagworte",
        "kategorien",
        "catégories",
        "categorías",
        "categorie",
        "categorias",
        "categorieën",
    ),
    "summary": (
        "zusammenfassung",
        "résumé",
        "en bref",
        "resumen",
        "en resumen",
        "riassunto",
        "in breve",
        "samenvatting",
        "resumo",
        "em resumo",
        "kort samengevat",
    ),
    "highlights": (
        "das wichtigste in kürze",
        "auf einen blick",
        "l'essentiel",
        "lo más importante",
        "in sintesi",
        "in het kort",
        "die wichtigsten punkte",
        "points clés",
        "à retenir",
        "ce qu'il faut retenir",
        "puntos clave",
        "punti chiave",
        "principais pontos",
        "pontos-chave",
        "belangrijkste punten",
        "kernpunten",
    ),
    "related": (
        "das könnte sie auch interessieren",
        "mehr zum thema",
        "weitere artikel",
        "à lire aussi",
        "lire aussi",
        "articles similaires",
        "te puede interesar",
        "artículos relacionados",
        "leggi anche",
        "articoli correlati",
        "lees ook",
        "gerelateerde artikelen",
        "leia também",
        "artigos relacionados",
        "lesen sie auch",
        "auch interessant",
        "vous aimerez aussi",
        "sur le même sujet",
        "noticias relacionadas",
        "también te puede interesar",
        "potrebbe interessarti",
        "ti potrebbe interessare",
        "veja também",
        "notícias relacionadas",
        "você também pode gostar",
        "ook interessant",
    ),
}

#: Name openings that make a section of the kind whatever follows them: news and blog pages
#: close with "More from Local News", "More in Business", "Latest from The Verge". Matched
#: on a whole short line only (at most SECTION_PREFIX_MAX_WORDS words), and the section's
#: reader still has to find its items there (a "More from the survey" heading over prose
#: stays a heading).
DEFAULT_SECTION_PREFIXES: dict[str, tuple[str, ...]] = {
    "related": (
        "more from",
        "more in",
        "more stories from",
        "more news from",
        "more articles from",
        "more posts from",
        "latest from",
        "mehr aus",  # (not "plus de", "más de": "more than" opens headlines too)
    ),
}
#: a line longer than this is not a prefix-named section ("More from X" names are short)
SECTION_PREFIX_MAX_WORDS = 7

#: The same sections in Japanese, Chinese (simplified and traditional) and Korean.
_CJK_SECTION_NAMES: dict[str, tuple[str, ...]] = {
    "references": (
        "参考文献",
        "参考リンク",
        "出典",
        "参考资料",
        "參考資料",
        "参考链接",
        "참고 문헌",
    ),
    "tags": ("タグ", "キーワード", "标签", "標籤", "关键词", "關鍵詞", "태그", "키워드"),
    "summary": ("まとめ", "要約", "摘要", "总结", "總結", "요약"),
    "related": ("関連記事", "相关文章", "相關文章", "相关阅读", "相關閱讀", "관련 기사"),
}

DEFAULT_SECTION_NAMES: dict[str, tuple[str, ...]] = {
    kind: names + _EUROPEAN_SECTION_NAMES.get(kind, ()) + _CJK_SECTION_NAMES.get(kind, ())
    for kind, names in _ENGLISH_SECTION_NAMES.items()
}

#: Whole lines that are leftovers of a page's interface, compared case-insensitively.
DEFAULT_UI_REMNANTS: tuple[str, ...] = (
    "off on",
    "on off",
    "enter your email",
    "like loading...",
    "like loading\u2026",
    "enter your email address",
    "your email address",
    "share this",
    "share this article",
    "share this post",
    "share this story",
    "share",
    "advertisement",
    "advertising",
    "sponsored",
    "sponsored content",
    "print",
    "print this article",
    "email",
    "tweet",
    "pin it",
    "follow us",
    "skip to content",
    "skip to main content",
    "back to top",
    "scroll to top",
    "loading...",
    "loading",
    "continue reading",
    "continue reading below",
    "show more",
    "show less",
    "view comments",
    "comments",
    "leave a comment",
    "subscribe",
    "subscribe now",
    "sign up",
    "log in",
    "login",
    "sign in",
    "menu",
    "close",
    "accept",
    "accept all",
    "reject all",
    "toggle navigation",
    "listen to this article",
    "listen to this story",
    "listen to this post",
    "listen to article",
    "listen now",
    "purchase licensing rights",
    "our standards: the thomson reuters trust principles.",
    "copy link",
    "link copied",
    "facebook",
    "twitter",
    "linkedin",
    "whatsapp",
    "reddit",
    "reply",
    "report",
    "report this post",
    "press release",
    "for immediate release",
    "breaking news",
    "###",
    "privacy policy",
    "cookie policy",
    "terms of use",
    "terms of service",
    "terms and conditions",
    "contact us",
    "about us",
    "sitemap",
    "all rights reserved",
    "member-only story",
    "unsubscribe",
    "forward to a friend",
    "update your preferences",
    "manage preferences",
    "view in browser",
    "view online",
    "follow",
    "listen",
    "from wikipedia, the free encyclopedia",
    "jump to navigation",
    "jump to search",
    "apply now",
    "buy now",
    "shop now",
    "order now",
    "book now",
    "register now",
    "donate now",
    "get the app",
    "was this article helpful?",
    "was this page helpful?",
    "was this helpful?",
    "yes no",
    "yes / no",
    "jump to recipe",
    "print recipe",
    "pin recipe",
    "save recipe",
    "rate this recipe",
    "did you make this recipe?",
    "story continues below advertisement",
    "article continues below advertisement",
    "article continues below",
    "story continues below",
    "content continues below",
    "improve this question",
    "improve this answer",
    "gift this article",
    "upvote",
    "downvote",
    "save",
    "like this story?",
    "like this article?",
    "enjoyed this article?",
    "share it with a friend",
    "share full article",
    "save for later",
    "save article",
    "open in app",
    "get unlimited access",
    "already a subscriber?",
    "already have an account?",
    "leave a comment below",
    "add a comment",
    "show 1 more comment",
    "full story",
    "cite this page",
    "cite this article",
    "cite this story",
    "reuse this content",
    "add to calendar",
    "add to my calendar",
    "is this page useful?",
    # the same in German, French, Spanish, Italian, Portuguese and Dutch
    "anzeige",
    "werbung",
    "teilen",
    "drucken",
    "publicité",
    "partager",
    "imprimer",
    "publicidad",
    "compartir",
    "imprimir",
    "pubblicità",
    "condividi",
    "publicidade",
    "advertentie",
    "delen",
)

#: Lines that start with one of these (and are short) are interface leftovers too.
DEFAULT_UI_REMNANT_PREFIXES: tuple[str, ...] = (
    "click here to",
    "edit this page",
    "edit on github",
    "improve this page",
    "suggest an edit",
    "share this",
    "share on ",
    "sign up for",
    "subscribe to our",
    "we use cookies",
    "this site uses cookies",
    "this website uses cookies",
    "by continuing to",
    "accept cookies",
    "cookie settings",
    "follow us on",
    "subscribe on ",
    "listen on ",
    "advertisement -",
    "related:",
    "tap here to",
    "download our app",
    "image credit",
    "photo credit",
    "(photo:",
    "photo:",
    "(ap photo",
    "(afp photo",
    "(reuters photo",
    "(photo by ",
    "photo by ",
    "image source, ",
    "image caption, ",
    "media caption, ",
    "image copyright",
    "(image:",
    "(credit:",
    "credit:",
    "(function(",
    "was this helpful",
    "sorted by:",
    "also read:",
    "read also:",
    "lesen sie auch:",
    "auch interessant:",
    "lire aussi :",
    "lire aussi:",
    "à lire aussi :",
    "à lire aussi:",
    "lea también:",
    "leggi anche:",
    "leia também:",
    "lees ook:",
    "watch:",
    "view this email in your browser",
    "view this email in a browser",
    "you are receiving this email",
    "you received this email",
    "\u00a9 ",
    "copyright \u00a9",
    "home > ",
    "home \u203a ",
    "home \u00bb ",
    "home / ",
    "was this article helpful",
    "did you find this article helpful",
    "did you find this guide",
    "did you find this page",
    "did you find this post",
    "did you find this information",
    "did you find this helpful",
    "did you find this useful",
    "was this guide helpful",
    "was this post helpful",
    "was this answer helpful",
    "was this information helpful",
    # syndication notes at the foot of a republished story
    "this article is republished from",
    "this article was originally published",
    "this story was originally published",
    "this article originally appeared",
    "this story originally appeared",
)

#: Lines that open a table of contents (whose entries repeat the article's headings).
DEFAULT_TOC_NAMES: tuple[str, ...] = (
    "table of contents",
    "contents",
    "in this article",
    "in this post",
    "on this page",
    "jump to",
    "jump to section",
    "sections",
    "toc",
    "inhaltsverzeichnis",
    "inhalt",
    "sommaire",
    "table des matières",
    "índice",
    "indice",
    "inhoud",
    "inhoudsopgave",
)

#: Labels that introduce a byline / a date near the top of an article.
DEFAULT_BYLINE_PREFIXES: tuple[str, ...] = (
    "by ",
    "written by ",
    "written by: ",
    "story by ",
    "words by ",
    "authored by ",
    "author: ",
    "authors: ",
    "posted by ",
    "live reporting by ",
    "reporting by ",
    "reported by ",
    "opinion by ",
    "analysis by ",
    "commentary by ",
    "live updates by ",
    "compiled by ",
    # German, French, Spanish/Portuguese, Italian, Dutch
    "von ",
    "autor: ",
    "par ",
    "auteur: ",
    "por ",
    "di ",
    "door ",
)
DEFAULT_DATE_PREFIXES: tuple[str, ...] = (
    "published",
    "posted on",
    "posted",
    "updated on",
    "updated",
    "last updated on",
    "last updated",
    "last modified",
    "last revised",
    # a policy's "Effective date: 15 January 2025": the date its text took effect
    "effective date",
    "date published",
    "date modified",
    "publication date",
    "published date",
    "date:",
    "published on",
    "veröffentlicht am",
    "veröffentlicht",
    "aktualisiert am",
    "aktualisiert",
    "stand:",
    "publié le",
    "publié",
    "mis à jour le",
    "mis à jour",
    "publicado el",
    "publicado em",
    "publicado",
    "actualizado el",
    "actualizado",
    "pubblicato il",
    "pubblicato",
    "aggiornato il",
    "aggiornato",
    "gepubliceerd op",
    "gepubliceerd",
    "bijgewerkt op",
    "bijgewerkt",
)


class ParseOptions(BaseModel):
    """How the parser reads articles. Immutable: derive changed copies with
    :meth:`with_aliases` or ``model_copy(update=...)``.

    Attributes:
        section_names: for each special section kind, the lower-case names (aliases) that
            open it, with or without a trailing colon.
        section_prefixes: for each special section kind, lower-case openings of a short
            name that open it whatever follows ("more from" for "More from Local News").
        ui_remnants: whole lines (lower case) that are interface leftovers.
        ui_remnant_prefixes: line prefixes (lower case) that mark interface leftovers.
        remnant_max_chars: a prefix-matched line longer than this is kept as text.
        toc_names: lines (lower case) that open a table of contents; the entries below
            one that repeat headings of the article are removed with it.
        drop_duplicates: move near-duplicate paragraphs to ``removed`` instead of only
            warning about them.
        duplicate_threshold: share of content words two paragraphs must share to count as
            near duplicates (0..1).
        max_chars: inputs longer than this raise :class:`~articlekit.InputError`.
        strict_decoding: bytes that are not valid UTF-8 raise instead of being decoded with a
            fallback (and a warning).

    Example:
        >>> import articlekit as ak
        >>> ak.ParseOptions(drop_duplicates=True).drop_duplicates
        True
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    section_names: Mapping[SpecialKind, tuple[str, ...]] = Field(
        default_factory=lambda: dict(DEFAULT_SECTION_NAMES)  # type: ignore[arg-type]
    )
    section_prefixes: Mapping[SpecialKind, tuple[str, ...]] = Field(
        default_factory=lambda: dict(DEFAULT_SECTION_PREFIXES)  # type: ignore[arg-type]
    )
    ui_remnants: tuple[str, ...] = DEFAULT_UI_REMNANTS
    ui_remnant_prefixes: tuple[str, ...] = DEFAULT_UI_REMNANT_PREFIXES
    remnant_max_chars: int = 120
    toc_names: tuple[str, ...] = DEFAULT_TOC_NAMES
    byline_prefixes: tuple[str, ...] = DEFAULT_BYLINE_PREFIXES
    date_prefixes: tuple[str, ...] = DEFAULT_DATE_PREFIXES
    drop_duplicates: bool = False
    duplicate_threshold: float = Field(default=0.5, ge=0.0, le=1.0)
    max_chars: int = Field(default=50_000_000, gt=0)
    strict_decoding: bool = False

    def with_aliases(self, kind: SpecialKind, names: Iterable[str]) -> ParseOptions:
        """A copy of these options where ``names`` also open a ``kind`` section."""
        merged = dict(self.section_names)
        extra = tuple(n.strip().lower().rstrip(":").strip() for n in names)
        merged[kind] = tuple(dict.fromkeys(merged.get(kind, ()) + extra))
        return self.model_copy(update={"section_names": merged})

    def with_remnants(self, lines: Iterable[str]) -> ParseOptions:
        """A copy of these options where ``lines`` also count as interface leftovers."""
        extra = tuple(x.strip().lower() for x in lines)
        return self.model_copy(update={"ui_remnants": self.ui_remnants + extra})
