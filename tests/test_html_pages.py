"""Whole HTML pages of the shapes scrapers meet (a documentation page, a blog post, a
newsletter post, a Medium-like post, a page with footnotes), each written for these tests."""

from __future__ import annotations

import pytest

pytest.importorskip("lxml")
pytest.importorskip("trafilatura")

import articlekit as ak

DOCS_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Retries &mdash; fetchwell 2.3 documentation</title>
<link rel="canonical" href="https://fetchwell.example/en/stable/retries.html"></head>
<body><nav class="side"><ul><li><a href="install.html">Installation</a></li>
<li><a href="#">Retries</a></li><li><a href="timeouts.html">Timeouts</a></li></ul></nav>
<div role="main" class="document"><div itemprop="articleBody">
<section id="retries"><h1>Configuring retries<a class="headerlink" href="#retries"
 title="Permalink to this heading">¶</a></h1>
<p>fetchwell retries failed requests with an exponential back-off. The defaults suit most
services, but a client talking to a rate-limited API usually wants to tune them.</p>
<section id="policy"><h2>The retry policy<a class="headerlink" href="#policy">¶</a></h2>
<p>A policy is built from the number of attempts, the first delay and the factor by which
the delay grows between one attempt and the next.</p>
<div class="highlight-python notranslate"><div class="highlight"><pre><span class="kn">from</span> fetchwell <span class="kn">import</span> RetryPolicy

policy = RetryPolicy(attempts=5, first_delay=0.5)
</pre></div></div>
<div class="admonition note"><p class="admonition-title">Note</p>
<p>Only idempotent methods are retried by default, so a POST is never sent twice.</p></div>
</section>
<section id="options"><h2>Options<a class="anchor" href="#options">#</a></h2>
<p>Every option can also be set from the environment, which suits containers where the
code cannot be changed.</p></section></section>
</div></div>
<footer><p>&copy; Copyright 2025, the fetchwell authors.</p></footer></body></html>"""


def test_permalink_marks_after_headings_are_dropped() -> None:
    art = ak.parse(DOCS_PAGE, "html")
    assert art.title == "Configuring retries"
    assert [s.heading for s in art.iter_sections()][1:] == ["The retry policy", "Options"]
    assert not any(link.url.endswith(("#retries", "#policy", "#options")) for link in art.links)
