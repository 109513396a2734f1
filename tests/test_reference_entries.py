"""Reference entries hard-wrapped over several lines (APA, Vancouver, Harvard, Chicago), in
the layouts a scraper leaves them in, and lines a wrapper carried over from prose that open
with an address or a volume. Each article is written for these tests."""

from __future__ import annotations

import pytest

import articlekit as ak
from tests.helpers import assert_accounted, assert_spans_valid

HEAD = (
    "Reading on Paper or Screen?\n\n"
    "Whether students understand a text better on paper than on a screen is a much\n"
    "studied question, and the answer depends on the kind of text and on the time\n"
    "readers are given.\n\n"
    "References\n\n"
)

#: two entries of each style, each as the lines a wrapper at about 72 characters leaves
STYLES = {
    "apa": [
        [
            "Clinton, V. (2019). Reading from paper compared to screens: A",
            "systematic review. Journal of Research in Reading, 42(2), 288-325.",
        ],
        [
            "Delgado, P. (2018). Don't throw away your printed books. Educational",
            "Research Review, 25, 23-38. https://doi.org/10.1016/j.edurev.2018.09.003",
        ],
    ],
    "vancouver": [
        [
            "Clinton V, Smith J. Reading from paper compared to screens: a",
            "systematic review. J Res Read. 2019;42(2):288-325. doi:10.1111/jrir.12269",
        ],
        [
            "Delgado P, Vargas C, Ackerman R. Don't throw away your printed books.",
            "Educ Res Rev. 2018;25:23-38.",
        ],
    ],
    "harvard": [
        [
            "Clinton, V. (2019) 'Reading from paper compared to screens: a systematic",
            "review', Journal of Research in Reading, 42(2), pp. 288-325.",
        ],
        [
            "Delgado, P. and Salmeron, L. (2018) 'Don't throw away your printed books',",
            "Educational Research Review, 25, pp. 23-38.",
        ],
    ],
    "chicago": [
        [
            'Clinton, Virginia. 2019. "Reading from Paper Compared to Screens: A Systematic',
            'Review." Journal of Research in Reading 42 (2): 288-325.',
        ],
        [
            "Delgado, Pablo, and Ladislao Salmeron. 2018. \"Don't Throw Away Your Printed",
            'Books." Educational Research Review 25: 23-38.',
        ],
    ],
}


def _layout(entries: list[list[str]], layout: str) -> str:
    if layout == "spaced":  # a blank line between the entries
        return HEAD + "\n\n".join("\n".join(entry) for entry in entries) + "\n"
    if layout == "wrapped":  # no blank line between them
        return HEAD + "\n".join("\n".join(entry) for entry in entries) + "\n"
    if layout == "bullets":  # "- " items, their wrapped lines not indented
        return HEAD + "\n".join("- " + "\n".join(entry) for entry in entries) + "\n"
    # compact: one line a paragraph, one an entry, no blank line anywhere
    head = HEAD.replace("much\n", "much ").replace("time\n", "time ").replace("\n\n", "\n")
    return head + "\n".join(" ".join(entry) for entry in entries) + "\n"


@pytest.mark.parametrize("layout", ["spaced", "wrapped", "bullets", "compact"])
@pytest.mark.parametrize("style", sorted(STYLES))
def test_a_wrapped_entry_is_one_reference(style: str, layout: str) -> None:
    entries = STYLES[style]
    text = _layout(entries, layout)
    art = ak.parse(text)
    joined = [" ".join(entry) for entry in entries]
    titles = [r.title for r in art.references]
    assert len(titles) == 2, titles
    for title, entry in zip(titles, joined, strict=True):
        # the entry's words in order (an address at its end is the reference's URL)
        assert entry.startswith(title), (title, entry)
        assert len(title.split()) >= len(entry.split()) - 1
    # nothing of them is left in the body, and "References" is no section
    assert [s.heading for s in art.sections] == [None]
    assert len(art.sections[0].blocks) == 1
    assert_accounted(text, art)
    assert_spans_valid(text, art)


def test_the_address_on_the_wrapped_line_is_the_url() -> None:
    art = ak.parse(_layout(STYLES["apa"], "spaced"))
    assert [r.url for r in art.references] == [
        None,
        "https://doi.org/10.1016/j.edurev.2018.09.003",
    ]
    assert art.references[1].title.endswith("Educational Research Review, 25, 23-38.")


def test_numbered_entries_wrapped_leave_nothing_in_the_body() -> None:
    text = (
        "T\n\nBody text here.\n\nReferences\n\n"
        "1. Clinton V. Reading from paper compared to screens: a systematic\n"
        "review. J Res Read. 2019;42(2):288-325.\n"
        "2. Delgado P. Printed books. Educ Res Rev. 2018;25:23-38.\n"
    )
    art = ak.parse(text)
    assert [r.title for r in art.references] == [
        "Clinton V. Reading from paper compared to screens: a systematic review. "
        "J Res Read. 2019;42(2):288-325.",
        "Delgado P. Printed books. Educ Res Rev. 2018;25:23-38.",
    ]
    assert [b.kind for s in art.sections for b in s.blocks] == ["paragraph"]
    assert_accounted(text, art)


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_line_opening_with_the_volume_is_no_code(gap: str) -> None:
    text = (
        "T\n\nBody text here.\n\nReferences\n\n"
        # (wrapped at 72: "42(2)," does not fit on the line above)
        "Clinton, V. (2019). Reading from paper and screens. Journal of Reading,\n"
        "42(2), 288-325. https://doi.org/10.1111/1467-9817.12269"
        f"{gap}Delgado, P. (2018). Don't throw away your printed books. Educational\n"
        "Research Review, 25, 23-38.\n"
    )
    art = ak.parse(text)
    assert [(r.title, r.url) for r in art.references] == [
        (
            "Clinton, V. (2019). Reading from paper and screens. Journal of Reading, "
            "42(2), 288-325.",
            "https://doi.org/10.1111/1467-9817.12269",
        ),
        (
            "Delgado, P. (2018). Don't throw away your printed books. "
            "Educational Research Review, 25, 23-38.",
            None,
        ),
    ]
    assert [s.heading for s in art.sections] == [None]
    assert_accounted(text, art)


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
def test_a_single_citation_under_references_is_a_reference(sep: str) -> None:
    text = sep.join(
        [
            "Thermal inertia",
            "Thermal inertia measures how slowly the temperature of a body responds to heat.",
            "References",
            "Carslaw, H. S. (1959). Conduction of Heat in Solids. Oxford: Clarendon Press.",
        ]
    )
    art = ak.parse(text)
    assert [r.title for r in art.references] == [
        "Carslaw, H. S. (1959). Conduction of Heat in Solids. Oxford: Clarendon Press."
    ]
    assert [s.heading for s in art.sections] == [None]
    assert_accounted(text, art)


def test_one_reference_a_line_is_still_split() -> None:
    text = (
        "Counting Birds by Their Songs\n\n"
        "Recorders left in the forest for a month picked up forty species.\n\n"
        "References\n\n"
        "Okafor, N., & Lind, T. (2021). Listening to forests. Acoustic Ecology.\n"
        "Berg, H. (2020). Automated song recognition in the field. Bird Study.\n"
        "Sound maps of the Baltic: https://soundmaps.example.org/baltic\n"
        "Forest Acoustics Network: https://fan.example.org\n"
    )
    art = ak.parse(text)
    assert [(r.title, r.url) for r in art.references] == [
        ("Okafor, N., & Lind, T. (2021). Listening to forests. Acoustic Ecology.", None),
        ("Berg, H. (2020). Automated song recognition in the field. Bird Study.", None),
        ("Sound maps of the Baltic", "https://soundmaps.example.org/baltic"),
        ("Forest Acoustics Network", "https://fan.example.org"),
    ]
    assert_accounted(text, art)


def test_prose_under_references_stays_in_the_body() -> None:
    text = (
        "Measuring Air Quality at Home\n\n"
        "Cheap sensors now give readings that are close to those of official stations.\n\n"
        "References\n\n"
        "All figures in this article come from the annual report of the Environment\n"
        "Agency, published in March 2024, and from our own measurements.\n"
    )
    art = ak.parse(text)
    assert art.references == []
    assert [s.heading for s in art.sections] == [None, "References"]


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
def test_a_wrapped_line_opening_with_an_address_stays_in_its_paragraph(sep: str) -> None:
    text = (
        f"Your Rights{sep}"
        "If you are unhappy with how we have handled your information, you can\n"
        "complain to the Information Commissioner's Office (ICO) at\n"
        "https://ico.org.uk/make-a-complaint/ or by calling 0303 123 1113.\n"
    )
    art = ak.parse(text)
    blocks = art.sections[0].blocks
    assert [b.kind for b in blocks] == ["paragraph"]
    assert blocks[0].text.endswith(  # type: ignore[union-attr]
        "(ICO) at https://ico.org.uk/make-a-complaint/ or by calling 0303 123 1113."
    )
    assert [link.url for link in art.links] == ["https://ico.org.uk/make-a-complaint/"]
    assert_accounted(text, art)


def test_a_command_under_prose_stays_code() -> None:
    text = (
        "Installing the Parser\n\n"
        "The package is on PyPI, and the quickest way to get the newest release is\n"
        "pip install --upgrade articlekit==0.1.0\n\n"
        "It needs Python 3.10 or newer.\n"
    )
    art = ak.parse(text)
    kinds = [b.kind for b in art.sections[0].blocks]
    assert "code" in kinds
    assert_accounted(text, art)
