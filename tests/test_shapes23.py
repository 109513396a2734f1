"""Shapes left open by earlier sessions on real posts, in small articles written for these
tests (both layouts where it matters: compact = one line a block, no blank lines; spaced =
blank lines between blocks)."""

from __future__ import annotations

import pytest

import articlekit as ak
from articlekit.parse.codelike import CODE_THRESHOLD, code_score
from tests.helpers import both_layouts, parse_checked


def _blocks(art: ak.Article, kind: str) -> list[str]:
    return [b.text for s in art.iter_sections() for b in s.blocks if b.kind == kind]


# --- a shell command without its prompt --------------------------------------------------

PROMPTLESS_COMMANDS = """\
Shipping a desktop app in an afternoon

The quickest start is the template the project keeps for new apps:

npm init desktop-kit@latest hello-app

Then turn on the sparse checkout so only the docs folder comes down:

git config core.sparseCheckout true

On a Mac the image library wants its optional parts as well:

brew install libvips --with-heif --with-poppler

Finally deploy the manifest through the mesh proxy:

istioctl kube-inject -f site.yml | kubectl apply -f -

The upgrade tool rewrites the routes for you:

npx router-upgrade routes-3

That is everything needed for the first release.
"""

COMMANDS = [
    "npm init desktop-kit@latest hello-app",
    "git config core.sparseCheckout true",
    "brew install libvips --with-heif --with-poppler",
    "istioctl kube-inject -f site.yml | kubectl apply -f -",
    "npx router-upgrade routes-3",
    "R CMD INSTALL weatherdata_0.2.1.tar.gz",
    "helm upgrade web charts/web --set replicas=3",
]


@pytest.mark.parametrize("line", COMMANDS)
def test_a_command_without_prompt_scores_as_code_alone(line: str) -> None:
    assert code_score(line) >= CODE_THRESHOLD


@pytest.mark.parametrize(
    "line",
    [
        "git is what the whole team uses.",
        "npm and yarn both work here",
        "curl 5.0.0: faster downloads over HTTP/2",
        "docker images are smaller now",
        "Install it with npm",
    ],
)
def test_prose_naming_a_tool_is_not_a_command(line: str) -> None:
    assert code_score(line) < CODE_THRESHOLD


@pytest.mark.parametrize("text", both_layouts(PROMPTLESS_COMMANDS))
def test_commands_without_prompt_are_code_blocks_in_both_layouts(text: str) -> None:
    art = parse_checked(text)
    code = "\n".join(_blocks(art, "code"))
    for line in COMMANDS[:5]:
        assert line in code
    paragraphs = _blocks(art, "paragraph")
    assert not any(line in p for p in paragraphs for line in COMMANDS[:5])
    assert "That is everything needed for the first release." in paragraphs
    assert [s.heading for s in art.iter_sections() if s.heading] == []


TABLE_NAMING_PROGRAMS = """\
Small tools worth knowing

The shell ships with a few helpers that every pipeline uses.

Program | What it does
sort | orders the lines it reads
head | keeps the first lines
grep | keeps the lines that match

They combine well with one another.
"""


@pytest.mark.parametrize("text", both_layouts(TABLE_NAMING_PROGRAMS))
def test_a_table_naming_programs_stays_a_table(text: str) -> None:
    art = parse_checked(text)
    assert _blocks(art, "code") == []
    tables = [b for s in art.iter_sections() for b in s.blocks if b.kind == "table"]
    assert len(tables) == 1


# --- a teaser heading ending on an ellipsis ----------------------------------------------

TEASERS = """\
Monthly notes for maintainers

Here is what happened in the community this month.

Tips for package authors

Name your test files after the code they test...

... so that a failing test points you to the right file at once.

Keep the changelog in the repository...

and write each entry the day the change is merged.

Let's take a look at the numbers…

Forty new packages joined the registry this month.

See you next month!
"""


@pytest.mark.parametrize("text", both_layouts(TEASERS))
def test_a_teaser_heading_over_the_text_that_takes_it_up(text: str) -> None:
    art = parse_checked(text)
    found = [s.heading for s in art.iter_sections() if s.heading]
    assert "Name your test files after the code they test..." in found
    assert "Keep the changelog in the repository..." in found
    # an ellipsis over a sentence of its own leads into it: no heading
    assert "Let's take a look at the numbers…" not in found


PROGRAM_OUTPUT_ELLIPSES = """\
Setting up the local cache

The first run prints where it keeps everything.

Cache path ...
... Path '/home/ana/cache'
Downloads ...
... Path '/home/ana/cache/downloads'

After that the files are read from the disk.
"""


def test_program_output_with_ellipses_gets_no_heading() -> None:
    art = parse_checked(PROGRAM_OUTPUT_ELLIPSES)
    found = [s.heading for s in art.iter_sections() if s.heading]
    assert not any(h.endswith("...") for h in found)


# --- a short sentence opening with a call ------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "print(x) shows the value.",
        "plot_graph() draws the network of the package's functions (an interactive view).",
        "all(is.finite(x)) was rewritten as allFinite(x)!",
        "cfg::read_user() looks in your settings (the home folder, then the project).",
    ],
)
def test_a_sentence_opening_with_a_call_scores_as_prose(line: str) -> None:
    assert code_score(line) < CODE_THRESHOLD / 2


@pytest.mark.parametrize("line", ["foo(x) or die.", "f(x) (see above).", "x <- f(a) and g(b)."])
def test_statements_with_calls_still_score_as_code(line: str) -> None:
    assert code_score(line) > 0


CALL_SENTENCES = """\
Drawing the call graph

plot_graph() draws the network of the package's functions (an interactive view).

plot_graph(path, labels = TRUE)

The labels can be turned off for big packages.
"""


@pytest.mark.parametrize("text", both_layouts(CALL_SENTENCES))
def test_a_call_sentence_above_its_call_stays_text(text: str) -> None:
    art = parse_checked(text)
    assert _blocks(art, "code") == ["plot_graph(path, labels = TRUE)"]
    assert (
        "plot_graph() draws the network of the package's functions (an interactive view)."
        in _blocks(art, "paragraph")
    )


# --- the line an embedded post, picture or player leaves ---------------------------------

EMBED_LINES = """\
A year of the router

The router turned one this week, and the community noticed.

Thread from @lenaj_dev

Since then three frameworks have adopted it as their default.

You can try it in the playground we set up.

Click on it to start exploring the routes

The examples cover nested layouts and redirects.

Here's a screenshot of the page you should now see

The sidebar lists every route the app knows.
"""


@pytest.mark.parametrize("text", both_layouts(EMBED_LINES))
def test_lines_left_by_embeds_are_not_headings(text: str) -> None:
    art = parse_checked(text)
    found = [s.heading for s in art.iter_sections() if s.heading]
    assert "Thread from @lenaj_dev" not in found
    assert "Click on it to start exploring the routes" not in found
    assert "Here's a screenshot of the page you should now see" not in found


EXCLAIMED_CALL_SENTENCE = """\
Tidier checks

The linter fixed the slow idiom in one pass.

lleno <- !anyNA(values)

all(is.finite(x)) was rewritten as allFinite(x)!

It runs on every commit from now on.
"""


@pytest.mark.parametrize("text", both_layouts(EXCLAIMED_CALL_SENTENCE))
def test_an_exclaimed_call_sentence_is_no_heading(text: str) -> None:
    art = parse_checked(text)
    assert [s.heading for s in art.iter_sections() if s.heading] == []
    assert "all(is.finite(x)) was rewritten as allFinite(x)!" in _blocks(art, "paragraph")
