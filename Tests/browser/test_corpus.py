"""The help site built from the whole shared corpus (issue 18): a home page that scales, axe-core on
every kind of page at both widths and in both themes, no sideways scrolling on a phone over a sample
of 200 topics, and search over real text. Skipped when ../shared is not beside the checkout.

The corpus site is built once per session; pages are sampled, so the run stays short."""

import json
import re
from pathlib import Path

import pytest

from conftest import ROOT, run_fixpath
from test_navigation import DESKTOP, PHONE

CORPUS = ROOT.parent / "shared" / "corpus" / "officedocs-support"
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"{CORPUS} is not beside this checkout")
TAG = re.compile(r"<[^>]+>")


@pytest.fixture(scope="session")
def corpus_site(tmp_path_factory):
    out = tmp_path_factory.mktemp("corpus") / "site"
    proc = run_fixpath("build", "--content", str(CORPUS), "--output", str(out))
    assert proc.returncode == 0, f"building the corpus failed:\n{proc.stderr[-2000:]}"
    return out


@pytest.fixture(scope="session")
def topics(corpus_site):
    """Every topic page (not guides), as (path, html), sorted."""
    pages = sorted(p for p in corpus_site.rglob("*.html") if not p.name.endswith(".guide.html")
                   and p.parent.name != "sections" and p.parent != corpus_site)
    return [(p.relative_to(corpus_site).as_posix(), p.read_text(encoding="utf-8")) for p in pages]


def assert_clean(b):
    """No request left the page and the console has no errors, except images the corpus itself lacks
    (fixpath reports them as FP040 when it builds)."""
    b.collect()
    b.errors = [e for e in b.errors if "net::ERR_FILE_NOT_FOUND" not in e]
    b.assert_clean()


def first(topics, predicate, what):
    for path, html in topics:
        if predicate(html):
            return path
    pytest.fail(f"no corpus topic has {what}")


@pytest.fixture(scope="session")
def kinds(corpus_site, topics):
    """One page of each kind the issue names, found by what the pages contain."""
    home = (corpus_site / "index.html").read_text(encoding="utf-8")
    section = re.search(r'<li class="card"><a href="([^"]+)"', home).group(1)
    wide = lambda html: any(len(re.findall(r"<th", row)) >= 4 for row in re.findall(r"<thead>(.*?)</thead>", html, re.S))
    return {
        "home": "index.html",
        "section": section,
        "tabs": first(topics, lambda h: 'class="tab-group"' in h, "tabs"),
        "wide table": first(topics, wide, "a table of four columns or more"),
        "help icons": first(topics, lambda h: "community-forum" in h and "/ndr/" in h, "the NDR help icons"),
        "search": "search.html?q=outlook%20crash",
        "guide": "Exchange/ExchangeOnline/email-delivery/ndr/fix-error-code-5-7-124-in-exchange-online.guide.html",
    }


def test_home_page_is_a_small_landing_page(corpus_site):
    size = (corpus_site / "index.html").stat().st_size
    assert size < 100 * 1024, f"the corpus home page is {size} bytes"
    home = (corpus_site / "index.html").read_text(encoding="utf-8")
    assert home.count('class="card"') >= 8, "the home page does not show the top sections as cards"
    assert 'id="bounce-form"' in home, "the corpus has status codes, so the home page asks for the bounce message"


def test_axe_on_every_kind_of_corpus_page(driver, corpus_site, kinds):
    from conftest import Browser
    b = Browser(driver, corpus_site)
    try:
        for size in (DESKTOP, PHONE):
            driver.set_window_size(*size)
            for theme in ("light", "dark"):
                b.open("index.html")
                b.js("localStorage.setItem('fixpath-theme', arguments[0])", theme)
                for kind, page in kinds.items():
                    b.open(page)
                    if kind == "search":
                        b.wait(lambda: b.find_all("#search-results li"), "the search found nothing")
                    b.axe(f"the corpus {kind} page at {size[0]} px, {theme}")
        assert_clean(b)
    finally:
        b.js("localStorage.clear()")
        driver.set_window_size(*DESKTOP)


def test_help_icons_keep_their_size_and_name_their_links(driver, corpus_site, kinds):
    from conftest import Browser
    b = Browser(driver, corpus_site)
    b.open(kinds["help icons"])
    icons = b.find_all("a > img[src*='community-forum'], a > img[src*='service-request'], a > img[src*='call-support']")
    assert len(icons) == 3
    for icon in icons:
        b.js("arguments[0].scrollIntoView()", icon)
        b.wait(lambda: b.js("return arguments[0].complete && arguments[0].naturalWidth > 0", icon), f"{icon.get_attribute('src')} never loaded")
        natural = b.js("return [arguments[0].naturalWidth, arguments[0].naturalHeight]", icon)
        assert [icon.size["width"], icon.size["height"]] == natural, f"{icon.get_attribute('src')} is squashed"
        assert icon.get_attribute("alt"), f"the link around {icon.get_attribute('src')} has no name"


def test_no_sampled_page_is_wider_than_a_phone(driver, corpus_site, topics):
    from conftest import Browser
    b = Browser(driver, corpus_site)
    step = max(1, len(topics) // 200)
    sample = [path for path, _ in topics[::step]][:200]
    driver.set_window_size(*PHONE)
    wide = []
    try:
        for page in sample:
            b.open(page)
            width = b.js("return document.documentElement.scrollWidth")
            if width > PHONE[0]:
                wide.append((page, width))
    finally:
        driver.set_window_size(*DESKTOP)
    assert len(sample) == 200
    assert not wide, f"{len(wide)} of 200 pages are wider than {PHONE[0]} px: {wide[:10]}"


def text_of(html):
    """The article's own text: the main element without the previous and next links."""
    main = html.split('<main id="main"', 1)[-1].split("</main>", 1)[0].split('<nav class="pager"', 1)[0]
    return TAG.sub(" ", main)


def test_search_finds_other_word_forms_and_codes_in_body_text(driver, corpus_site, topics):
    from conftest import Browser
    docs = json.loads((corpus_site / "assets/search-docs.js").read_text(encoding="utf-8")
                      .removeprefix("window.FIXPATH_DOCS = ").rstrip().rstrip(";"))
    claimed = " ".join(d[1] + " " + d[3].replace("-", " ") for d in docs)
    crashes = next(p for p, h in topics if re.search(r"\bcrashes\b", text_of(h)) and not re.search(r"\bcrash\b", text_of(h), re.I))
    body_code = None
    for path, html in topics:
        for code in re.findall(r"(?<![\d.])[45]\.\d{1,3}\.\d{1,3}(?![\d.])", text_of(html)):
            if code not in claimed:
                body_code = (code, path)
                break
        if body_code:
            break
    assert body_code, "no corpus topic mentions a status code that no title claims"
    b = Browser(driver, corpus_site)
    for query, expected in (("crash", crashes), (body_code[0], body_code[1])):
        b.open("search.html?q=" + query)
        b.wait(lambda: b.find("#search-status").get_attribute("data-ms") is not None, f"searching {query!r} never finished")
        status = b.find("#search-status").text
        total = int(re.match(r"(?:\d+ of )?(\d+)", status).group(1))
        every = b.js("return window.fixpathSearch(arguments[0], 100000).map(function (d) { return d[0]; })", query)
        assert len(every) == total, f"the page says {status!r} but the search found {len(every)}"
        assert expected in every, f"{query!r} does not find {expected}: {status}"
        if total > 50:
            assert status.startswith("50 of "), f"the count is not honest: {status}"
            assert len(b.find_all("#search-results li.search-result")) == 50
        ms = int(b.find("#search-status").get_attribute("data-ms"))
        assert ms < 50, f"{query!r} took {ms} ms"
    assert_clean(b)
